package quote

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// findDashed finds dash-led quotations, the convention of several European
// presses: a paragraph opening with a dash, its attribution after a comma
// ("– We will not yield, the minister said."). Without an attribution the
// dash may open a list item, so the paragraph is skipped.
func (f *finder) findDashed() {
	for si, s := range f.sents {
		toks := f.toks[si]
		if len(toks) < 4 || !isDash(toks[0].low) || (s.Start > 0 && !strings.HasSuffix(strings.TrimRight(f.doc[:s.Start], " \t"), "\n")) {
			continue
		}
		f.addDashed(si)
	}
}

// addDashed looks for the attribution of the dash-led quotation opening
// sentence si in that sentence or the next ones of its paragraph.
func (f *finder) addDashed(si int) {
	start := f.toks[si][0].end
	for sj := si; sj < len(f.sents); sj++ {
		if sj > si && strings.Contains(f.doc[f.sents[sj-1].End:f.sents[sj].Start], "\n") {
			return
		}
		toks := f.toks[sj]
		for k, t := range toks {
			if t.low != "," || f.inQuote(t.start) {
				continue
			}
			cl, ok := postClause(toks, k+1)
			if !ok || f.used[toks[cl.verb].start] {
				continue
			}
			q, ok := f.quoteAt(start, t.start, parallax.Direct)
			if !ok {
				return
			}
			c := cand{quotes: []parallax.Quote{q}, inherit: -1, outer: -1}
			f.take(&c, toks, cl)
			c.addChannel(channelIn(toks, cl.after, contentEnd(toks, cl.after, len(toks))))
			f.cands = append(f.cands, c)
			return
		}
	}
}

func isDash(s string) bool {
	return s == "–" || s == "—" || s == "-" || s == "―"
}
