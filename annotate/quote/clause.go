package quote

import "strings"

// clause is a reporting clause read from a sentence's tokens: the subject
// naming the speaker, the reporting verb, and what follows the verb.
type clause struct {
	subj    span
	verb    int // token index of the verb
	after   int // token index just past the verb, its particle and any addressee
	channel span
	accord  span
}

// isHead reports whether t can end a noun phrase naming a speaker.
func isHead(t token) bool {
	if !t.word {
		return false
	}
	if pronouns[t.low] {
		return true
	}
	b, poss := base(t.low)
	if poss {
		return false
	}
	return (t.upper && !leadingJunk[b] && !determiners[b]) || personNouns[b] || channelNouns[b]
}

// npAble reports whether t may stand inside a speaker's noun phrase.
func npAble(t token) bool {
	if !t.word {
		return t.low == "'" || t.low == "’" || t.low == "(" || t.low == ")" // "Dockworkers' Union (TDU)"
	}
	b, _ := base(t.low)
	return t.upper || determiners[b] || modifiers[b] || personNouns[b] || channelNouns[b] ||
		b == "of" || b == "from" || b == "and" || isNumber(b) || participles[b]
}

// participles may link a document to its owner inside a noun phrase: "the
// communique published by the press office".
var participles = set("issued published released posted by")

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// subjectBefore returns the noun phrase [i, j) that ends just before the
// verb at toks[k], skipping adverbs ("also", ", meanwhile,"); ok is false
// when there is none.
func subjectBefore(toks []token, k int) (i, j int, ok bool) {
	j, appos := subjectEnd(toks, k)
	if j == 0 || !isHead(toks[headAt(toks, j)]) {
		return 0, 0, false
	}
	if pronouns[toks[j-1].low] {
		return j - 1, j, true
	}
	return subjectStart(toks, j, appos), j, true
}

// headAt returns the index of the head of the noun phrase ending at
// toks[e-1], passing over a bracketed acronym: "the Dockworkers' Union
// (TDU)".
func headAt(toks []token, e int) int {
	if e >= 3 && toks[e-1].low == ")" {
		for x := e - 2; x > 0 && x >= e-5; x-- {
			if toks[x].low == "(" {
				return x - 1
			}
		}
	}
	return e - 1
}

// subjectEnd returns where the subject of the verb at toks[k] ends, past
// adverbs (", meanwhile,"), a parenthetical (", in a call on Tuesday,") and
// a relative clause ("Lind, who chairs the union, said"); appos reports an
// apposition ("the chairwoman, Mara Lind,") that the subject spans.
func subjectEnd(toks []token, k int) (j int, appos bool) {
	j = k
	for j > 0 {
		t := toks[j-1]
		if t.word && adverbs[t.low] {
			j--
			continue
		}
		if t.low == "," && j >= 3 && adverbs[toks[j-2].low] && toks[j-3].low == "," {
			j -= 3
			continue
		}
		break
	}
	if j > 0 && toks[j-1].low == "," {
		switch x := parentheticalStart(toks, j-1); {
		case x >= 0:
			j = x
		case x == -2:
			j, appos = j-1, true
		}
	}
	if j > 1 && toks[j-1].low == "who" {
		j--
		if toks[j-1].low == "," {
			j--
		}
	}
	return j, appos
}

// subjectStart returns where the noun phrase ending at toks[j-1] starts.
func subjectStart(toks []token, j int, appos bool) int {
	i := j - 1
	loose := 0 // lower-case words of no known class, taken as adjectives
	for i > 0 {
		t := toks[i-1]
		if t.low == "," && appos {
			appos = false
			i--
			continue
		}
		if t.low == "by" && (i < 2 || !participles[toks[i-2].low]) {
			break // "by" belongs to the phrase only after "issued", "published"
		}
		if (t.low == "for" || t.low == "on" || t.low == "de") && toks[i].upper && i >= 2 && toks[i-2].upper {
			i-- // "the Observatory for Human Rights"
			continue
		}
		if appos && roleLink(toks, i-1) {
			i-- // "Mara Lind, a spokeswoman for the Harbour Council,"
			continue
		}
		if npAble(t) {
			i--
			continue
		}
		if t.word && !t.upper && loose == 0 && i < j-1 && !verbsOrFunction(t.low) {
			loose++
			i--
			continue
		}
		break
	}
	for i < j-1 {
		b, _ := base(toks[i].low)
		year := isNumber(b) && toks[i+1].upper // "In 2017 Norland said"
		if leadingJunk[b] || b == "of" || b == "from" || b == "and" || year || (!npAble(toks[i]) && i == 0) {
			i++
			continue
		}
		break
	}
	return i
}

// parentheticalStart returns, for the comma toks[c] closing a parenthetical
// between a subject and its verb ("Lind, in a call with X on Tuesday,
// stressed"), the index of the comma opening it; -1 when there is none.
func parentheticalStart(toks []token, c int) int {
	for x := c - 1; x > 0 && x >= c-20; x-- {
		t := toks[x]
		if t.low == "," {
			if isHead(toks[x-1]) && x+1 < c && (toks[x+1].low == "in" || toks[x+1].low == "who" || toks[x+1].low == "during" ||
				toks[x+1].low == "speaking" || toks[x+1].low == "at" || toks[x+1].low == "on") {
				return x
			}
			if isHead(toks[x-1]) && apposition(toks, x+1, c) {
				return -2 // the subject spans both: "the union's leader, Mara Lind,"
			}
			return -1
		}
		if !t.word && t.low != "(" && t.low != ")" && t.low != "-" {
			return -1
		}
	}
	return -1
}

// apposition reports whether toks[i:e] is a noun phrase standing in
// apposition: words of a speaker's noun phrase ending with a head.
func apposition(toks []token, i, e int) bool {
	if e-i < 1 || e-i > 12 || !isHead(toks[e-1]) {
		return false
	}
	loose := 0
	for x, t := range toks[i:e] {
		if x > 0 && roleLink(toks, i+x) {
			continue
		}
		if !npAble(t) {
			if loose++; loose > 2 || !t.word || verbsOrFunction(t.low) {
				return false
			}
		}
	}
	return true
}

// roleLink reports whether toks[x] is the "for" or "at" of a role in an
// apposition, linking it to a named body: "a spokesman for the Harbour
// Council", "a lecturer at Orsk University".
func roleLink(toks []token, x int) bool {
	if x < 1 || x+1 >= len(toks) || (toks[x].low != "for" && toks[x].low != "at") {
		return false
	}
	b, _ := base(toks[x-1].low)
	n := toks[x+1]
	return personNouns[b] && (n.upper || determiners[n.low])
}

// verbsOrFunction reports whether w cannot be an adjective inside a subject.
func verbsOrFunction(w string) bool {
	if verbs[w] != 0 {
		return true
	}
	switch w {
	case "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "to", "in", "on", "at",
		"by", "with", "for", "as", "if", "than", "but", "or", "not", "also", "when", "while", "after", "before":
		return true
	}
	return strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing")
}

// subjectAfter reads "SUBJECT VERB" starting at toks[k]: the subject [k, j)
// and the verb's index v.
func subjectAfter(toks []token, k int) (j, v int, ok bool) {
	loose := 0 // one lower-case word of no known class: "a crane driver"
	for v = k; v < len(toks) && v < k+16; v++ {
		if v > k && verbAt(toks, v) != 0 {
			e := v
			for e > k && adverbs[toks[e-1].low] {
				e--
			}
			if e > k && isHead(toks[headAt(toks, e)]) && (e-k == 1 || !pronouns[toks[k].low]) {
				return e, v, true
			}
		}
		if !npAble(toks[v]) && !pronouns[toks[v].low] && !adverbs[toks[v].low] {
			if loose++; loose > 1 || !toks[v].word || v == k || verbsOrFunction(toks[v].low) {
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// nounPhraseAfter returns the end of the noun phrase starting at toks[k]
// (k when there is none).
func nounPhraseAfter(toks []token, k int) int {
	if k < len(toks) && pronouns[toks[k].low] {
		return k + 1
	}
	j := k
	for j < len(toks) && npAble(toks[j]) {
		j++
	}
	for j > k && !isHead(toks[j-1]) {
		j--
	}
	return j
}

// postClause reads an attribution that follows a quotation or content,
// starting at toks[k]: "he explained", "the statement affirmed",
// "said the minister".
func postClause(toks []token, k int) (clause, bool) {
	for k < len(toks) && (toks[k].low == "," || toks[k].low == "—" || toks[k].low == "–") {
		k++
	}
	if k >= len(toks) {
		return clause{}, false
	}
	if j, v, ok := subjectAfter(toks, k); ok && verbAt(toks, v)&postposed != 0 {
		c := clause{subj: span{toks[k].start, toks[j-1].end}, verb: v}
		c.after = v + verbSpan(toks, v)
		return c, true
	}
	// Inversion ("said the minister") is for verbs without an addressee:
	// in "X, told the Post" the noun phrase is whom X told. "asked" and
	// "urged" take one only before an infinitive, so "asked one worker."
	// ending the sentence is inverted.
	if f := verbAt(toks, k); f&postposed != 0 && f&takesObj == 0 && (f&takesObjInf == 0 || !infinitiveAfter(toks, k)) {
		j := nounPhraseAfter(toks, k+verbSpan(toks, k))
		if s := k + verbSpan(toks, k); j == s && s+1 < len(toks) && determiners[toks[s].low] && toks[s+1].word &&
			!verbsOrFunction(toks[s+1].low) && (s+2 == len(toks) || !toks[s+2].word) {
			j = s + 2 // "said one shopkeeper."
		}
		if j > k+verbSpan(toks, k) && (j == len(toks) || !toks[j].word || toks[j].low == "in" || toks[j].low == "on" || toks[j].low == "according") {
			return clause{subj: span{toks[k+verbSpan(toks, k)].start, toks[j-1].end}, verb: k, after: j}, true
		}
	}
	return clause{}, false
}

// infinitiveAfter reports whether "to" follows the verb toks[k] in its
// clause: "asked the crews to leave".
func infinitiveAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		if toks[j].low == "to" {
			return true
		}
		if !toks[j].word && toks[j].low != "'" && toks[j].low != "’" {
			return false
		}
	}
	return false
}

// preClause reads an attribution that ends just before toks[k], the
// opening of a quotation: "X said:", "X told Y that", "X said in a
// statement:".
func preClause(toks []token, k int) (clause, bool) {
	j := k
	for j > 0 && (toks[j-1].low == ":" || toks[j-1].low == "," || toks[j-1].low == "that") {
		j--
	}
	// Walk back over an addressee or a channel phrase to the verb.
	for v := j - 1; v >= 0 && v >= j-10; v-- {
		f := verbAt(toks, v)
		if f == 0 {
			if !toks[v].word {
				return clause{}, false
			}
			continue
		}
		if v > 0 && verbAt(toks, v-1) != 0 && verbSpan(toks, v-1) == 2 {
			v-- // "called on"
		}
		i, e, ok := subjectBefore(toks, v)
		if !ok || e-i > 14 {
			return clause{}, false
		}
		c := clause{subj: span{toks[i].start, toks[e-1].end}, verb: v, after: j}
		if v+verbSpan(toks, v) < j {
			c.channel, c.accord = channelIn(toks, v+verbSpan(toks, v), j)
		}
		return c, true
	}
	return clause{}, false
}
