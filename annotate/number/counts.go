package number

import "strings"

// counts returns what c counts, as a lower-case singular noun: the percent
// or currency it is written with, the noun after it ("47 farmers"), the
// event before it ("killing 40"), the subject of the copular or change
// verb before it ("the death toll had risen to 571"), or, after "put the
// number at", what the number before it in the sentence counts (prev);
// "" when unclear.
func counts(toks []token, c cand, prev string) string {
	switch {
	case c.percent:
		return "percent"
	case c.currency != "":
		return c.currency
	case c.unit != "":
		return singular(c.unit)
	}
	if n, end, ok := nounAt(toks, c.to); ok {
		if genericNouns[n] {
			if ev := ownEvent(toks, end); ev != "" {
				return ev // "two residents who had been missing"
			}
		}
		return n
	}
	if ev := eventAfter(toks, c.to); ev != "" {
		return ev
	}
	k := c.from - 1
	for n := 0; k >= 0 && n < 4 && preModifiers[toks[k].low]; n++ {
		k--
	}
	if k < 0 || toks[k].kind != word {
		return ""
	}
	switch toks[k].low {
	case "toll":
		return "death"
	case "number", "figure", "total", "tally", "count", "estimate":
		return prev // "police put the number at 3,100"
	}
	if ev, ok := eventCounts[toks[k].low]; ok {
		return ev
	}
	if changeVerbs[toks[k].low] {
		return subjectOf(toks, k)
	}
	return ""
}

// nounAfter finds what a number ending before token j counts: the first
// noun after it, past "of the", modifiers ("more", "Russian",
// "Turkish-backed") and a noun used as an adjective ("civilian deaths"). It
// reports false when the number is not followed by a noun at all.
func nounAfter(toks []token, j int) (string, bool) {
	n, _, ok := nounAt(toks, j)
	return n, ok
}

// nounAt is nounAfter that also returns the index of the token after the
// noun.
func nounAt(toks []token, j int) (string, int, bool) {
	if at(toks, j).low == "of" {
		j++
		switch at(toks, j).low {
		case "them", "whom", "which", "those":
			return "", j, false
		case "the", "these", "their", "its":
			j++
		}
		if at(toks, j).kind == num {
			j++ // "18 of the 26 shelters"
		}
	}
	for skipped := 0; j < len(toks) && skipped <= 3; skipped++ {
		t := toks[j]
		if t.kind != word {
			return "", j, false
		}
		next := at(toks, j+1)
		switch {
		case next.text == "-" && adjacent(toks, j) && at(toks, j+2).kind == word && adjacent(toks, j+1):
			j += 3 // "Turkish-backed"
			continue
		case capitalised(t.text) && next.kind == word && !capitalised(next.text) && !notNouns[next.low]:
			j++ // "Russian soldiers"
			continue
		case (next.text == "'" || next.text == "’") && at(toks, j+2).low == "s":
			j += 3 // "the party's activists"
			continue
		case modifiers[t.low]:
			j++
			continue
		}
		if ev, ok := eventCounts[t.low]; ok {
			return ev, j + 1, true
		}
		if notNouns[t.low] || cardinals[t.low] > 0 || scales[t.low] > 0 ||
			strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ly") {
			return "", j, false
		}
		n, end := t.low, j+1
		if next.kind == word && !capitalised(next.text) && !notNouns[next.low] &&
			!strings.HasSuffix(n, "s") && strings.HasSuffix(next.low, "s") {
			n, end = next.low, j+2 // "civilian deaths"
		}
		return singular(n), end, true
	}
	return "", j, false
}

// eventAfter reads "were killed", "had been wounded" after a number that
// has no noun of its own ("318 were killed").
func eventAfter(toks []token, j int) string {
	for k := j; k < j+3 && k < len(toks); k++ {
		switch w := toks[k].low; w {
		case "were", "was", "have", "had", "has", "been", "reportedly", "also":
			continue
		default:
			if k > j {
				return eventCounts[w]
			}
			return ""
		}
	}
	return ""
}

// subjectOf finds what the subject of the verb at token v counts: a "toll"
// ("death toll" → "death"), "the number of X" or "a total of X", else the
// first noun of the clause ("Casualties rose to 40").
func subjectOf(toks []token, v int) string {
	cs := clauseStart(toks, v)
	for k := cs; k < v; k++ {
		switch toks[k].low {
		case "toll":
			if p := at(toks, k-1).low; p == "casualty" || p == "injury" {
				return p
			}
			return "death"
		case "number", "total", "tally", "count":
			if at(toks, k+1).low == "of" {
				n, _ := nounAfter(toks, k+1)
				return n
			}
		}
	}
	for k := cs; k < v; k++ {
		t := toks[k]
		if t.kind != word || (capitalised(t.text) && k > 0) || t.low == "s" || modifiers[t.low] {
			continue
		}
		if notNouns[t.low] {
			continue
		}
		return singular(t.low)
	}
	return ""
}

// clauseStart returns the first token of the clause that ends at token v:
// after the last comma, colon, semicolon, opening quote or "that".
func clauseStart(toks []token, v int) int {
	for k := v - 1; k > 0; k-- {
		switch toks[k-1].text {
		case ",", ";", ":", "(", "“", "\"":
			return k
		}
		if toks[k-1].low == "that" {
			return k
		}
	}
	return 0
}

// irregular maps plurals that the rules in singular get wrong.
var irregular = map[string]string{
	"people": "person", "children": "child", "men": "man", "women": "woman",
	"police": "police", "personnel": "personnel", "feet": "foot", "lives": "life",
	"wives": "wife", "halves": "half", "thieves": "thief", "crises": "crisis",
	"analyses": "analysis", "data": "data", "media": "media", "series": "series",
	"species": "species", "news": "news", "buses": "bus", "gases": "gas",
	"aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "teeth": "tooth",
	"mice": "mouse", "geese": "goose", "indices": "index", "bases": "base",
	"arms": "arms", "kids": "kid", "dies": "die", "heroes": "hero", "vetoes": "veto",
	"tomatoes": "tomato", "potatoes": "potato", "shelves": "shelf", "leaves": "leave",
}

// singular returns the singular of a lower-case English noun.
func singular(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		len(w) <= 3:
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
