package quote

import "strings"

// Complements of reporting verbs: where the reported content starts.

// questionWords open reported questions: "asked whether …".
var questionWords = set("whether if how why what who when where which")

// irregularPast are past-tense verbs that mark a reported clause: "said
// millions lost their homes".
var irregularPast = set("lost made took gave went came got won thought felt left kept saw ran paid brought built " +
	"began became knew found held meant sent spent stood understood wrote fell rose grew led chose broke sold bought " +
	"fought caught taught drove hit cut shut")

// complement returns the token index where the content reported by the verb
// at toks[k] starts (-1 when the verb has no speech complement) and any
// channel phrase standing between verb and content.
func complement(toks []token, k int, flags verbFlags, limit int) (int, span) {
	j := k + verbSpan(toks, k)
	if j >= limit {
		return -1, span{}
	}
	// An addressee, channel or time phrase before "that": "told reporters
	// that", "said in a statement that", "said on Tuesday that".
	var ch span
	if toks[j].low != "that" && flags&(takesThat|takesObj) != 0 {
		for x := j + 1; x < limit && x < j+12; x++ {
			if toks[x].low == "that" {
				ch, _ = channelIn(toks, j, x)
				return x + 1, ch
			}
			if !toks[x].word && toks[x].low != "(" && toks[x].low != ")" && toks[x].low != "," && toks[x].low != "." {
				break
			}
			if verbs[toks[x].low] != 0 || passives[toks[x].low] {
				break
			}
		}
	}
	t := toks[j]
	switch {
	case t.low == "that" && flags&takesThat != 0:
		return j + 1, ch
	case t.low == ":" && flags&takesThat != 0:
		return j + 1, ch
	case t.low == "to" && flags&takesInf != 0:
		return j, ch
	}
	if flags&takesObjInf != 0 {
		if wh := questionWords[t.low]; wh && j+2 < limit {
			return j, ch // "asked whether …"
		}
		if e := max(nounPhraseAfter(toks, j), objectPronoun(toks, j)); e > j && e+2 < limit && questionWords[toks[e].low] {
			return e, ch // "asked him how …"
		}
		if e := nounPhraseAfter(toks, j); e > j && e < limit && toks[e].low == "to" {
			return j, ch
		}
		if e := objectPronoun(toks, j); e > j && e < limit && toks[e].low == "to" {
			return j, ch
		}
	}
	if flags&takesNP != 0 && startsNP(t) {
		return j, ch
	}
	if flags&takesObj != 0 { // "told the crews the port would reopen"
		if e := max(nounPhraseAfter(toks, j), objectPronoun(toks, j)); e > j && e < limit && startsClause(toks, e, limit) {
			return e, ch
		}
		return -1, span{}
	}
	if flags&takesThat != 0 && flags&takesNP == 0 && startsClause(toks, j, limit) {
		return j, ch
	}
	return -1, span{}
}

func objectPronoun(toks []token, j int) int {
	switch toks[j].low {
	case "him", "her", "them", "us", "me", "everyone", "people", "supporters", "voters":
		return j + 1
	}
	return j
}

// startsNP reports whether t can open a noun phrase that is the content
// itself ("the need to …", "his commitment to …", "Norland's stance").
func startsNP(t token) bool {
	if !t.word {
		return false
	}
	b, poss := base(t.low)
	return b == "the" || b == "a" || b == "an" || possProns[b] || (poss && t.upper)
}

// startsClause reports whether toks[j:] opens a clause reported without
// "that": a word that is not a preposition or a date, followed within a few
// words by an auxiliary or a past-tense verb ("said the talks will …",
// "said Carter stopped …"), or a pronoun with a contracted auxiliary
// ("said he'll …").
func startsClause(toks []token, j, limit int) bool {
	t := toks[j]
	if !t.word || timeWords[t.low] || isPrep(t.low) || t.low == "so" || t.low == "yes" || t.low == "no" || verbs[t.low] != 0 {
		return false
	}
	if i := strings.IndexByte(t.low, '\''); i > 0 && pronouns[t.low[:i]] {
		return true // "he'll", "it's"
	}
	if pronouns[t.low] && t.low != "you" && j+1 < limit && toks[j+1].word && !toks[j+1].upper && !isPrep(toks[j+1].low) &&
		toks[j+1].low != "and" && toks[j+1].low != "or" {
		return true // "they want", "she hopes"
	}
	for x := j + 1; x < limit && x < j+16; x++ {
		w := strings.TrimSuffix(toks[x].low, "n't")
		switch w {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must",
			"may", "might", "did", "does", "do", "wo", "ca", "wants", "needs", "plans", "remains":
			return true
		}
		if !toks[x].word {
			if w == "'" || w == "’" || w == "-" || isDoubleMark([]rune(w)[0]) || (w == "." && strings.Contains(toks[x-1].low, ".")) {
				continue // quotation marks, "U.S."
			}
			return false
		}
		if irregularPast[w] && !toks[x].upper {
			return true
		}
		if w == "that" || w == "who" || w == "which" || w == "whose" {
			return false
		}
		if strings.HasSuffix(w, "ed") && !toks[x].upper && len(w) > 4 && x+1 < limit && toks[x+1].word && !isPrep(toks[x-1].low) {
			return true
		}
	}
	return false
}
