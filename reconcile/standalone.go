package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// does not open with a pronoun pointing back, and closes every quotation it
// opens.
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
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, `"`)%2 == 0
}
