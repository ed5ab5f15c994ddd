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

// maxContent bounds reported content, in tokens, so that run-on text costs
// linear time.
const maxContent = 160

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
	coordinated := -1
	if !ok && k > 0 && (toks[k-1].low == "and" || toks[k-1].low == "but") {
		// "Varga said the talks failed but warned that …": the subject of
		// the sentence's reporting clause, else of the nearest verb.
		if coordinated = f.mainClauseBefore(si, toks[k].start); coordinated < 0 {
			i, e, ok = coordinatedSubject(toks, k-1)
		}
	}
	participle := k > 0 && toks[k-1].low == "," && strings.HasSuffix(toks[k].low, "ing")
	if !participle && coordinated < 0 && (!ok || (e < k && passives[toks[e].low]) || (k > 0 && passives[toks[k-1].low])) {
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
	} else if coordinated >= 0 {
		c.subj, c.inherit = f.cands[coordinated].subj, coordinated
	} else {
		c.subj = span{toks[i].start, toks[e-1].end}
	}
	f.take(&c, toks, clause{subj: c.subj, verb: k})
	c.addChannel(chanSpan, span{})
	c.addChannel(channelIn(toks, to, len(toks)))
	f.cands = append(f.cands, c)
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
