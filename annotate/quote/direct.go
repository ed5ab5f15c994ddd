package quote

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
)

// findDirect turns every quotation in marks, and every dash-led quotation,
// into a candidate with the attribution the text gives it.
func (f *finder) findDirect() {
	f.groups = scanMarks(f.doc)
	for _, g := range f.groups {
		f.pieces = append(f.pieces, g.pieces...)
	}
	sort.Slice(f.pieces, func(i, j int) bool { return f.pieces[i].start < f.pieces[j].start })
	for _, g := range f.groups {
		f.addGroup(g)
	}
	f.findDashed()
}

// addGroup attributes one quotation in marks and records it.
func (f *finder) addGroup(g group) {
	c := cand{inherit: -1, outer: -1}
	for _, p := range g.pieces {
		if q, ok := f.quoteAt(p.start, p.end, parallax.Direct); ok {
			c.quotes = append(c.quotes, q)
		}
	}
	if len(c.quotes) == 0 {
		return
	}
	open := g.pieces[0].open
	si0 := f.sentenceAt(open)
	k0 := f.tokenIndex(si0, open)
	c.at = open
	found := false
	if g.after > 0 {
		found = f.attributeAfter(&c, g.after)
	}
	post := found
	if found && g.pieces[0].open >= 0 {
		var pre cand
		if f.attributeBefore(&pre, si0, k0) {
			c.alt = pre.subj // "Varga said: “…” … the minister said."
		}
	}
	if !found {
		found = f.attributeBefore(&c, si0, k0)
	}
	if !found && k0 > 0 {
		found = f.attributeInSentence(&c, si0, k0)
	}
	if found && !post && !c.channel.ok() && !c.accord.ok() && g.after > 0 {
		si := f.sentenceAt(g.after)
		c.addChannel(channelIn(f.toks[si], f.tokenIndex(si, g.after), len(f.toks[si])))
	}
	whole := k0 == 0 && (g.after < 0 || f.endsSentence(g.after))
	if !found && !c.accord.ok() {
		if whole {
			c.inherit = f.previousInParagraph(si0)
		} else if k0 > 0 && (words(c.quotes[0].Text) <= 3 || f.namedBefore(si0, k0)) {
			return // a scare quote or a name, not a statement
		}
	}
	f.cands = append(f.cands, c)
}

// attributeAfter reads "…,” he said" after the closing mark at off.
func (f *finder) attributeAfter(c *cand, off int) bool {
	si := f.sentenceAt(off)
	toks := f.toks[si]
	k := f.tokenIndex(si, off)
	if k < len(toks) && toks[k].start > f.sents[si].End {
		return false
	}
	// "… Lind said:" introduces the next quotation, not this one.
	if cl, ok := postClause(toks, k); ok && !f.used[toks[cl.verb].start] && (cl.after >= len(toks) || toks[cl.after].low != ":") {
		f.take(c, toks, cl)
		c.addChannel(channelIn(toks, cl.after, len(toks)))
		return true
	}
	_, c.accord = channelIn(toks, k, min(k+3, len(toks)))
	if c.accord.ok() {
		c.channel, c.accord = channelIn(toks, k, len(toks))
	}
	return false
}

// attributeBefore reads "X said: “…" in the quotation's sentence, or in the
// previous one when it ends with a colon ("the statement says:").
func (f *finder) attributeBefore(c *cand, si, k int) bool {
	toks := f.toks[si]
	if k == 0 && si > 0 {
		prev := f.toks[si-1]
		if n := len(prev); n > 0 && prev[n-1].low == ":" {
			si, toks, k = si-1, prev, n
		}
	}
	if k == 0 {
		return false
	}
	cl, ok := preClause(toks, k)
	if !ok || f.used[toks[cl.verb].start] {
		return false
	}
	f.take(c, toks, cl)
	c.addChannel(cl.channel, cl.accord)
	if between := cl.after - cl.verb - verbSpan(toks, cl.verb); between >= 2 && toks[k-1].low != ":" && !isPrep(toks[cl.verb+verbSpan(toks, cl.verb)].low) {
		f.used[toks[cl.verb].start] = false // "said the port is “…”": the verb reports a clause too
	}
	return true
}

// attributeInSentence attributes a quotation standing inside reported
// speech to the nearest reporting clause before it in its sentence: "he
// stressed the need for “…”", "what he called “…”".
func (f *finder) attributeInSentence(c *cand, si, k int) bool {
	toks := f.toks[si]
	for v := k - 1; v >= 0 && v >= k-maxContent; v-- {
		if verbAt(toks, v) == 0 || f.inQuote(toks[v].start) {
			continue
		}
		if i, e, ok := subjectBefore(toks, v); ok {
			f.take(c, toks, clause{subj: span{toks[i].start, toks[e-1].end}, verb: v})
			f.used[toks[v].start] = false // the clause still reports its own complement
			_, c.accord = channelIn(toks, k, len(toks))
			return true
		}
	}
	return false
}

// take records the clause's subject and verb as c's attribution.
func (f *finder) take(c *cand, toks []token, cl clause) {
	if cl.subj.ok() {
		c.subj = cl.subj
	}
	v := toks[cl.verb]
	end := toks[cl.verb+verbSpan(toks, cl.verb)-1].end
	c.verb = f.doc[v.start:end]
	c.at = v.start
	f.used[v.start] = true
	if cl.subj.ok() && len(toks) > 0 && (toks[0].low == "in" || toks[0].low == "on" || toks[0].low == "during") {
		// "In a statement, the forces said …"
		i := f.tokenIndex(f.sentenceAt(v.start), cl.subj.start)
		for k := 1; k < i && k < len(toks); k++ {
			if toks[k].low == "," {
				ch, _ := channelIn(toks, 0, k)
				c.addChannel(ch, span{})
				break
			}
		}
	}
}

// addChannel records a channel and an "according to" phrase, keeping those
// already found.
func (c *cand) addChannel(channel, accord span) {
	if !c.channel.ok() {
		c.channel = channel
	}
	if !c.accord.ok() {
		c.accord = accord
	}
}

// endsSentence reports whether only closing punctuation follows off in its
// sentence.
func (f *finder) endsSentence(off int) bool {
	si := f.sentenceAt(off)
	k := f.tokenIndex(si, off)
	for _, t := range f.toks[si][k:] {
		if t.word {
			return false
		}
	}
	return true
}

// previousInParagraph returns the candidate attributed in sentence si-1 when
// that sentence is in the same paragraph: a quotation following an
// attributed one continues the same speaker's words.
func (f *finder) previousInParagraph(si int) int {
	if si == 0 || strings.Contains(f.doc[f.sents[si-1].End:f.sents[si].Start], "\n") {
		return -1
	}
	for i := len(f.cands) - 1; i >= 0; i-- {
		c := f.cands[i]
		if c.subj.ok() && f.sentenceAt(c.at) == si-1 {
			return i
		}
	}
	return -1
}

// namedBefore reports whether the quotation at toks[k] follows a naming word
// ("named", "dubbed", "so-called").
func (f *finder) namedBefore(si, k int) bool {
	toks := f.toks[si]
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if namingVerbs[toks[j].low] || (toks[j].low == "as" && j > 0 && toks[j-1].low == "known") {
			return true
		}
	}
	return false
}

// inQuote reports whether off lies inside a quotation in marks, and which.
func (f *finder) inQuote(off int) bool {
	_, ok := f.quoteGroupAt(off)
	return ok
}

func (f *finder) quoteGroupAt(off int) (piece, bool) {
	ps := f.pieces
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > off })
	if i > 0 && off < ps[i-1].end {
		return ps[i-1], true
	}
	return piece{}, false
}

func isPrep(w string) bool {
	switch w {
	case "in", "on", "to", "at", "during", "via", "through", "after", "before":
		return true
	}
	return false
}

func words(s string) int {
	return len(strings.Fields(s))
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
