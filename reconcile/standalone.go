package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/text"
)

// shown returns the unit of units whose wording a report shows: the fullest
// of those whose text (as text gives it) stands alone, or the fullest of all
// when none does. A line a journalist may lift out of the report must not
// open with a dangling "He added" or leave a quotation mark unclosed.
func (st *story) shown(units []int, text func(u int) string) int {
	best := -1
	for _, u := range units {
		if !standsAlone(text(u)) {
			continue
		}
		if best < 0 || st.c.units[u].norm > st.c.units[best].norm {
			best = u
		}
	}
	if best < 0 {
		return st.fullest(units)
	}
	return best
}

// leadingReferences are sentence openers that point back at earlier text.
var leadingReferences = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "these": true,
	"that": true, "those": true, "his": true, "her": true, "its": true, "their": true,
}

// standsAlone reports whether s reads on its own: it starts like a
// sentence (a capital or a digit, not a continuation or a closing mark),
// does not open with a pronoun pointing back, closes every quotation it
// opens, and does not cite a source named only before it (danglingSource).
func standsAlone(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" || unicode.IsLower(r) || strings.ContainsRune("”’)]", r) {
		return false
	}
	first := strings.ToLower(strings.TrimRight(strings.Fields(s)[0], ",;:"))
	if leadingReferences[first] {
		return false
	}
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, `"`)%2 == 0 && !danglingSource(s)
}

// sourceDeterminers point back at a document named earlier ("the
// statement", "this release").
var sourceDeterminers = map[string]bool{"the": true, "this": true, "that": true}

// danglingSource reports whether s gives as its source a document it does
// not name, pointing back at an earlier sentence: it ends, after a comma or
// a closing quotation mark, "…, the statement affirmed." ("also" allowed)
// or opens "The statement said …", with a word of the lexicon's ~statement
// concept ("readout", "press release"). A source named on the spot ("The
// statement from the harbour office said") is not dangling.
func danglingSource(s string) bool {
	toks := text.Tokens(s)
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = text.Fold(t.Text)
	}
	if n := sourceAt(w, 0); n > 0 && n < len(w) && !namingWords[w[n]] {
		return true
	}
	for i := max(1, len(w)-5); i < len(w); i++ {
		if n := sourceAt(w, i); n > 0 && strings.ContainsAny(s[toks[i-1].End:toks[i].Start], ",”\"") {
			rest := w[i+n:]
			return len(rest) == 1 || len(rest) == 2 && (rest[0] == "also" || rest[1] == "also")
		}
	}
	return false
}

// namingWords, right after "the statement", name its source or make the
// noun something else ("the release of prisoners").
var namingWords = map[string]bool{"of": true, "from": true, "by": true, "issued": true, "released": true,
	"published": true, "signed": true}

// sourceAt returns the length in words of a reference to a document at
// w[i:] ("the statement", "this press release"), 0 when there is none.
func sourceAt(w []string, i int) int {
	if i+1 >= len(w) || !sourceDeterminers[w[i]] {
		return 0
	}
	c, n := defaultLexicon.phraseAt(w[i+1:])
	if n == 0 {
		c, n = defaultLexicon.concept(w[i+1]), 1
	}
	if c != "~statement" {
		return 0
	}
	return 1 + n
}
