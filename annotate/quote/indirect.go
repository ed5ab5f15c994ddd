package quote

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// findIndirect finds reported speech: a reporting verb with a subject
// before it and a complement after it ("X stressed that …", "X urged Y to
// …", "X underlined the importance of …"), content followed by its
// attribution ("…, the minister said"), and participle clauses continuing
// an attributed one ("…, adding that …").
func (f *finder) findIndirect() {
	for si := range f.sents {
		toks := f.toks[si]
		f.initialParticiple(si)
		for k := range toks {
			f.reportedAt(si, k)
		}
		f.postposedIn(si)
	}
}

// irregularPast are past-tense verbs that mark a reported clause: "said
// millions lost their homes".
var irregularPast = set("lost made took gave went came got won thought felt left kept saw ran paid brought built " +
	"began became knew found held meant sent spent stood understood wrote fell rose grew led chose broke sold bought " +
	"fought caught taught drove hit cut shut")

// maxContent bounds reported content, in tokens, so that run-on text costs
// linear time.
const maxContent = 160

// questionWords open reported questions: "asked whether …".
var questionWords = set("whether if how why what who when where which")

// initialParticiple records a sentence-initial participle clause, which
// reports words of the main clause's subject: "Noting that the quays were
// empty, Lind said …".
func (f *finder) initialParticiple(si int) {
	toks := f.toks[si]
	k := 0
	for k < len(toks) && !toks[k].word {
		k++ // an opening quotation mark
	}
	if k+2 >= len(toks) || !strings.HasSuffix(toks[k].low, "ing") || verbs[toks[k].low]&takesThat == 0 || toks[k+1].low != "that" {
		return
	}
	for m := k + 3; m < len(toks) && m < k+maxContent; m++ {
		if toks[m-1].low != "," {
			continue
		}
		e, _, ok := subjectAfter(toks, m)
		if !ok {
			continue
		}
		q, ok := f.quoteAt(toks[k+2].start, toks[m-2].end, parallax.Indirect)
		if !ok || f.used[toks[k].start] {
			return
		}
		c := cand{quotes: []parallax.Quote{q}, inherit: -1, outer: -1}
		if p, in := f.quoteGroupAt(toks[k].start); in {
			if pronouns[toks[e-1].low] {
				return // pronouns inside a quotation belong to the quoted speaker
			}
			c.nested, c.outer = true, f.candOfPiece(p)
		}
		f.take(&c, toks, clause{subj: span{toks[m].start, toks[e-1].end}, verb: k})
		f.cands = append(f.cands, c)
		return
	}
}

// passives may not precede a reporting verb whose subject is the speaker.
var passives = set("was were is are be been being")

// reportedAt records the reported speech whose verb is toks[k], if any.
func (f *finder) reportedAt(si, k int) {
	toks := f.toks[si]
	flags := verbAt(toks, k)
	if flags == 0 || flags&noIndirect != 0 || f.used[toks[k].start] {
		return
	}
	i, e, ok := subjectBefore(toks, k)
	if !ok && k > 0 && (toks[k-1].low == "and" || toks[k-1].low == "but") {
		i, e, ok = coordinatedSubject(toks, k-1)
	}
	participle := k > 0 && toks[k-1].low == "," && strings.HasSuffix(toks[k].low, "ing")
	if !participle && (!ok || (e < k && passives[toks[e].low]) || (k > 0 && passives[toks[k-1].low])) {
		return
	}
	limit := len(toks)
	nested, outer := false, -1
	if p, in := f.quoteGroupAt(toks[k].start); in {
		// Reported speech inside a quotation counts only for a named
		// subject: pronouns there belong to the quoted speaker's context.
		if !ok || pronouns[toks[e-1].low] || f.mentionAt(toks[e-1].start) == nil || toks[i].start < p.start {
			return
		}
		nested, outer = true, f.candOfPiece(p)
		limit = f.tokenIndex(si, p.end)
	}
	from, chanSpan := complement(toks, k, flags, limit)
	if from < 0 {
		return
	}
	to := contentEnd(toks, from, limit)
	if to-from < 3 {
		return
	}
	q, ok2 := f.quoteAt(toks[from].start, toks[to-1].end, parallax.Indirect)
	if !ok2 {
		return
	}
	c := cand{quotes: []parallax.Quote{q}, inherit: -1, nested: nested, outer: outer}
	if participle {
		main := f.mainClauseBefore(si, toks[k].start)
		switch {
		case main >= 0:
			c.subj, c.inherit = f.cands[main].subj, main
		default:
			mi, me, mok := coordinatedSubject(toks, k-1)
			if !mok {
				return
			}
			c.subj = span{toks[mi].start, toks[me-1].end}
		}
	} else {
		c.subj = span{toks[i].start, toks[e-1].end}
	}
	f.take(&c, toks, clause{subj: c.subj, verb: k})
	c.addChannel(chanSpan, span{})
	c.addChannel(channelIn(toks, to, len(toks)))
	f.cands = append(f.cands, c)
}

// coordinatedSubject returns the subject of the predicate coordinated
// with the one after toks[and]: "Graham called X “crazy” and said …".
func coordinatedSubject(toks []token, and int) (i, e int, ok bool) {
	for v := and - 1; v > 0 && v >= and-30; v-- {
		t := toks[v]
		switch t.low {
		case "that", "who", "which", ";", "whom", "whose":
			return 0, 0, false
		}
		if !t.word || t.upper || (verbs[t.low] == 0 && !strings.HasSuffix(t.low, "ed")) {
			continue
		}
		if i, e, ok = subjectBefore(toks, v); ok {
			return i, e, true
		}
	}
	return 0, 0, false
}

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
// itself ("the need to …", "his commitment to …", "Turkey's stance").
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

// contentEnd returns where reported content starting at toks[from] ends:
// before ", according to", a participle clause (", adding …"), or a trailing
// attribution (", the minister said"); otherwise at limit.
func contentEnd(toks []token, from, limit int) int {
	limit = min(limit, from+maxContent)
	for j := from + 1; j+1 < limit; j++ {
		if toks[j].low == "according" && toks[j+1].low == "to" && !toks[j-1].word {
			return j
		}
		if (toks[j].low == "and" || toks[j].low == "but") && verbAt(toks, j+1)&(takesThat|takesObjInf|takesInf) != 0 &&
			verbAt(toks, j+1)&noIndirect == 0 && !strings.HasSuffix(toks[j+1].low, "ing") {
			return j // "… and insisted that …": the second verb reports its own content
		}
		if toks[j].low != "," {
			continue
		}
		n := toks[j+1]
		if n.low == "according" || n.low == "citing" ||
			(strings.HasSuffix(n.low, "ing") && verbAt(toks, j+1) != 0) {
			return j
		}
		if cl, ok := postClause(toks, j+1); ok && cl.after+4 >= limit {
			return j
		}
	}
	for limit > from && !toks[limit-1].word && strings.Contains(".,;:!?", toks[limit-1].low) {
		limit--
	}
	return limit
}

// postposedIn records content followed by its attribution in sentence si:
// "The port will reopen on Monday, the minister said."
func (f *finder) postposedIn(si int) {
	toks := f.toks[si]
	for k := 3; k < len(toks); k++ {
		if toks[k].low != "," || f.inQuote(toks[k].start) {
			continue
		}
		cl, ok := postClause(toks, k+1)
		if !ok || f.used[toks[cl.verb].start] || verbAt(toks, cl.verb)&noIndirect != 0 {
			continue
		}
		if cl.after+8 < len(toks) || (cl.after < len(toks) && toks[cl.after].low == "that") {
			continue
		}
		from := 0
		for from < k && (!toks[from].word) {
			from++
		}
		if k-from < 4 || f.inQuote(toks[from].start) {
			continue
		}
		q, ok := f.quoteAt(toks[from].start, toks[k-1].end, parallax.Indirect)
		if !ok {
			continue
		}
		c := cand{quotes: []parallax.Quote{q}, inherit: -1, outer: -1}
		f.take(&c, toks, cl)
		c.addChannel(channelIn(toks, cl.after, len(toks)))
		f.cands = append(f.cands, c)
		return
	}
}

// mainClauseBefore returns the candidate whose attribution stands in the
// same sentence before off: the subject of a participle clause.
func (f *finder) mainClauseBefore(si, off int) int {
	for i := len(f.cands) - 1; i >= 0; i-- {
		c := f.cands[i]
		if (c.subj.ok() || c.inherit >= 0) && c.at < off && f.sentenceAt(c.at) == si {
			return i
		}
	}
	return -1
}

// candOfPiece returns the candidate holding the quotation piece p.
func (f *finder) candOfPiece(p piece) int {
	for i, c := range f.cands {
		for _, q := range c.quotes {
			if q.Kind == parallax.Direct && q.Start >= p.start && q.End <= p.end {
				return i
			}
		}
	}
	return -1
}
