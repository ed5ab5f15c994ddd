package date

import "strings"

// cueWindow is how many tokens before a date expression, within its clause,
// are searched for a tense cue; cueAhead is how many after it are searched
// when none stands before ("On May 1, the council voted").
const (
	cueWindow = 10
	cueAhead  = 8
)

// scheduledVerbs are present-tense verbs of a scheduled event: "the
// exhibition opens on Friday" speaks of the future.
var scheduledVerbs = map[string]bool{
	"opens": true, "begins": true, "starts": true, "ends": true, "closes": true,
	"reopens": true, "resumes": true, "expires": true, "runs": true, "lasts": true,
}

// effectVerbs are the present forms of "take effect", "come into force".
var effectVerbs = map[string]bool{
	"take": true, "takes": true, "come": true, "comes": true, "go": true, "goes": true,
	"enter": true, "enters": true,
}

// pastWords are past-tense auxiliaries, irregular past forms and words that
// place a date behind the speaker ("since", "ago"). Forms that are also
// present tense ("put", "set", "cut", "hit") are left out.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "been": true, "since": true, "ago": true,
	"said": true, "told": true, "began": true, "came": true, "went": true, "took": true,
	"fell": true, "rose": true, "met": true, "held": true, "left": true, "gave": true,
	"found": true, "saw": true, "made": true, "won": true, "lost": true, "struck": true,
	"broke": true, "ran": true, "sold": true, "bought": true, "brought": true, "became": true,
	"kept": true, "fought": true, "flew": true, "drove": true, "stole": true, "froze": true,
	"spent": true, "sent": true, "built": true, "paid": true, "led": true, "fed": true,
	"knew": true, "thought": true, "wrote": true, "spoke": true, "chose": true, "threw": true,
	"drew": true, "grew": true, "blew": true, "sank": true, "fled": true, "died": true,
}

// notPast are words ending in "-ed" that are not past forms.
var notPast = map[string]bool{
	"hundred": true, "sacred": true, "naked": true, "wicked": true, "kindred": true,
	"rugged": true, "ragged": true, "jagged": true, "beloved": true,
}

// tenseAround reports whether the date expression at tokens [from, to)
// lies ahead (a future cue before it in its clause, or, when no cue stands
// before it, one shortly after it) or behind (a past-tense cue, and no
// future one, in the same places). Both are false when no cue is found.
func tenseAround(toks []token, from, to int) (future, past bool) {
	c := cueBefore(toks, from)
	if c == 0 {
		c = cueAfter(toks, to)
	}
	return c > 0, c < 0
}

// cueBefore searches the clause before token i: +1 when a future cue stands
// there (it outranks a past one: "said it would reopen in March"), -1 when
// only a past cue does, 0 otherwise.
func cueBefore(toks []token, i int) int {
	out := 0
	for j := i - 1; j >= 0 && j >= i-cueWindow; j-- {
		if clauseEnd(toks[j].text) {
			break
		}
		switch cue(toks, j) {
		case 1:
			return 1
		case -1:
			out = -1
		}
	}
	return out
}

// cueAfter returns the first cue within cueAhead tokens after token i,
// stopping at the end of the sentence part (commas are crossed: "On May 1,
// the fares rose").
func cueAfter(toks []token, i int) int {
	for j := i; j < len(toks) && j < i+cueAhead; j++ {
		if t := toks[j].text; t != "," && clauseEnd(t) {
			return 0
		}
		if c := cue(toks, j); c != 0 {
			return c
		}
	}
	return 0
}

// clauseEnd reports whether punctuation t ends the clause a cue is searched in.
func clauseEnd(t string) bool {
	switch t {
	case ".", ";", ",", ":", "“", "”", "\"", "?", "!":
		return true
	}
	return false
}

// cue classifies token j: +1 for a future cue ("will", "expect", "is due",
// "take effect", "opens"), -1 for a past-tense one ("was", "closed",
// "since"), 0 otherwise.
func cue(toks []token, j int) int {
	t := toks[j]
	if t.kind != word {
		return 0
	}
	switch t.low {
	case "set": // "set for May 1", not "set fire to"
		if n := at(toks, j+1).low; n == "to" || n == "for" {
			return 1
		}
		return 0
	case "due": // "is due to open", "due next month", not "closed due to flooding"
		if at(toks, j+1).low != "to" || beForm(at(toks, j-1).low) {
			return 1
		}
		return 0
	case "effect", "force": // "take effect", "comes into force"
		v := at(toks, j-1).low
		if v == "into" {
			v = at(toks, j-2).low
		}
		if effectVerbs[v] {
			return 1
		}
		return 0
	}
	switch {
	case futureCues[t.low] || scheduledVerbs[t.low]:
		return 1
	case t.text != t.low: // a name ("United"), not a verb
		return 0
	case pastWords[t.low]:
		return -1
	case len(t.low) >= 5 && strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "eed") && !notPast[t.low]:
		return -1
	}
	return 0
}

// beForm reports whether w is a form of "to be".
func beForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "s":
		return true
	}
	return false
}
