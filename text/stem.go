package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Stem returns the English Snowball (Porter2) stem of word, which should be
// folded first (see Fold): "negotiations" → "negoti", "stressed" →
// "stress". Stop words are stemmed too, so the result depends on the word
// alone.
func Stem(word string) string {
	return english.Stem(word, true)
}

// ContentWords returns the words of s that carry its content, in order: the
// tokens of s, folded, without possessive endings, stop words removed, and
// stemmed. Numbers are kept as written ("5,000", "3.5"). It is the unit on
// which sentences and articles are compared.
func ContentWords(s string) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsDigit(r) {
			out = append(out, t.Text)
			continue
		}
		w := Fold(t.Text)
		if IsStopword(w) {
			continue
		}
		w = Base(w)
		if IsStopword(w) {
			continue
		}
		w = strings.TrimSuffix(w, ".") // dotted acronyms: "u.s." → "u.s"
		out = append(out, Stem(w))
	}
	return out
}
