package text

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Stem returns the English Snowball (Porter2) stem of word, which should be
// folded first (see Fold): "negotiations" → "negoti", "stressed" →
// "stress". Stop words are stemmed too, so the result depends on the word
// alone. Stems are remembered (up to maxCachedStems words), since the
// Snowball library is slow and news vocabulary repeats.
func Stem(word string) string {
	if v, ok := stemCache.Load(word); ok {
		return v.(string)
	}
	st := english.Stem(word, true)
	if stemCount.Load() < maxCachedStems {
		stemCount.Add(1)
		// Clone: word may be a slice of a whole article.
		stemCache.Store(strings.Clone(word), st)
	}
	return st
}

// maxCachedStems bounds the memory the stem cache takes (a few MB).
const maxCachedStems = 1 << 16

// stemCache memoises Stem, a pure function; stemCount counts its entries.
var (
	stemCache sync.Map
	stemCount atomic.Int64
)

// ContentWords returns the words of s that carry its content, in order,
// as the unit on which sentences and articles are compared:
//   - numbers are kept as written ("5,000", "3.5");
//   - acronyms (two or more letters, all upper case: "US", "U.S.", "NATO")
//     are folded with their periods removed and not stemmed, so "U.S." and
//     "US" both give "us" and are not taken for the pronoun;
//   - other words are folded, stripped of possessive endings (Base), dropped
//     when they are stop words (IsStopword), and stemmed (Stem).
//
// In a string written wholly in capitals (a shouted headline) no word is
// taken for an acronym.
func ContentWords(s string) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks))
	shouted := allUpper(toks)
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		switch {
		case unicode.IsDigit(r):
			out = append(out, t.Text)
		case !shouted && isAcronym(t.Text):
			out = append(out, strings.ReplaceAll(Fold(t.Text), ".", ""))
		default:
			if w := contentWord(t.Text); w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// contentWord returns the folded stem of word, or "" for a stop word.
func contentWord(word string) string {
	w := Fold(word)
	if IsStopword(w) {
		return ""
	}
	w = Base(w)
	if IsStopword(w) || w == "" {
		return ""
	}
	return Stem(w)
}

// isAcronym reports whether word has at least two letters and no lower-case
// ones ("US", "U.S.", "NATO", "G7" is not: one letter).
func isAcronym(word string) bool {
	letters := 0
	for _, r := range word {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r), r == '\'', r == '’':
			return false
		}
	}
	return letters >= 2
}

// allUpper reports whether toks hold at least three words with letters and
// none with a lower-case letter.
func allUpper(toks []Token) bool {
	words := 0
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLetter(r) {
			words++
		}
	}
	return words >= 3
}
