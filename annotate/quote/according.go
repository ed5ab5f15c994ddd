package quote

import "github.com/parallax-news/parallax"

// findAccording records statements attributed with "according to X" that
// no reporting verb attributes already: "According to the ministry, the
// port reopened." and "The port reopened, according to the ministry." The
// speaker is the entity X names (or whose document X is); X is the channel.
func (f *finder) findAccording() {
	for si := range f.sents {
		toks := f.toks[si]
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].low != "according" || toks[k+1].low != "to" || f.inQuote(toks[k].start) {
				continue
			}
			e := phraseEnd(toks, k+2, len(toks))
			if e <= k+2 {
				continue
			}
			var from, to int
			switch {
			case e < len(toks) && toks[e].low == "," && !f.hasWordsBefore(toks, k):
				from, to = e+1, contentEnd(toks, e+1, len(toks))
			case k > 0 && toks[k-1].low == "," && onlyPunctAfter(toks, e):
				from, to = 0, k-1
			default:
				continue
			}
			f.addAccording(si, from, to, span{toks[k+2].start, toks[e-1].end}, toks[k].start)
		}
	}
}

// addAccording records the content toks[from:to] of sentence si unless an
// attribution already covers it.
func (f *finder) addAccording(si, from, to int, accord span, at int) {
	toks := f.toks[si]
	for from < to && !toks[from].word {
		from++
	}
	if to-from < 3 {
		return
	}
	q, ok := f.quoteAt(toks[from].start, toks[to-1].end, parallax.Indirect)
	if !ok {
		return
	}
	for _, c := range f.cands {
		for _, o := range c.quotes {
			if o.Start < q.End && q.Start < o.End {
				return
			}
		}
	}
	c := cand{quotes: []parallax.Quote{q}, accord: accord, at: at, inherit: -1, outer: -1, verb: "according to"}
	if hasChannelNoun(toks, f.tokenIndex(si, accord.start), f.tokenIndex(si, accord.end)) {
		c.channel = accord
	}
	f.cands = append(f.cands, c)
}

// hasWordsBefore reports whether a word other than an opening adverbial
// precedes toks[k] in its clause.
func (f *finder) hasWordsBefore(toks []token, k int) bool {
	for _, t := range toks[:k] {
		if t.word && !leadingJunk[t.low] {
			return true
		}
	}
	return false
}

func onlyPunctAfter(toks []token, e int) bool {
	for _, t := range toks[e:] {
		if t.word {
			return false
		}
	}
	return true
}
