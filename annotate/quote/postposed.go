package quote

import "github.com/parallax-news/parallax"

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
