package reconcile

import (
	"time"

	"github.com/parallax-news/parallax"
)

// dateDiscrepancies reports statements made by several articles (pairs of
// sentences that say the same thing) that date the event to different days:
// each sentence must carry exactly one resolved, day-precise date, and at
// least one of the two must come from an article with its own publication
// date (a relative date resolved without one is too weak to contradict).
func (st *story) dateDiscrepancies() []parallax.Discrepancy {
	var out []parallax.Discrepancy
	done := map[int]bool{}
	for _, p := range st.pairs {
		if !p.same() || st.groupOf[p.a] < 0 || st.groupOf[p.a] != st.groupOf[p.b] {
			continue
		}
		da, oka := st.soleDay(p.a)
		db, okb := st.soleDay(p.b)
		if !oka || !okb || da.Date.Equal(db.Date) {
			continue
		}
		ua, ub := st.c.units[p.a], st.c.units[p.b]
		if st.arts[ua.art].Published == nil && st.arts[ub.art].Published == nil {
			continue
		}
		if done[st.groupOf[p.a]] {
			continue
		}
		done[st.groupOf[p.a]] = true
		d := parallax.Discrepancy{Kind: "date", About: "the date of: " + clip(st.c.sentence(st.fullest([]int{p.a, p.b})).Text, 100)}
		for _, x := range []struct {
			u int
			d parallax.Date
		}{{p.a, da}, {p.b, db}} {
			d.Values = append(d.Values, parallax.DiscrepantValue{
				Value:    x.d.Date.Format("2006-01-02"),
				Evidence: st.unitEvidence(x.u),
			})
		}
		if diff := da.Date.Sub(db.Date); diff <= 24*time.Hour && diff >= -24*time.Hour {
			d.Note = "one day apart: time zones, or a relative date (\"on Tuesday\") resolved differently, may explain it"
		}
		out = append(out, d)
	}
	return out
}

// soleDay returns the one resolved day-precise date of unit u's sentence.
func (st *story) soleDay(u int) (parallax.Date, bool) {
	un := st.c.units[u]
	var found parallax.Date
	n := 0
	for _, d := range st.arts[un.art].Dates {
		if d.Sentence == un.sent && d.Start >= un.start && d.End <= un.end && d.Resolved && d.Granularity == "day" {
			found = d
			n++
		}
	}
	return found, n == 1
}

// clip shortens s to at most n bytes at a word boundary, with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut] != ' ' {
		cut--
	}
	if cut == 0 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}
