package reconcile

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/text"
)

// dateDiscrepancies reports statements made by several articles (pairs of
// sentences that say the same thing) that date the event to different days:
// each sentence must carry exactly one resolved, day-precise date, at least
// one of the two dates must be absolute (absoluteDate), and at least one of
// the two must come from an article with its own publication date (a
// relative date resolved without one is too weak to contradict).
func (st *story) dateDiscrepancies() []parallax.Discrepancy {
	var out []parallax.Discrepancy
	done := map[int]bool{}
	for _, p := range st.pairs {
		if !p.same() || st.groupOf[p.a] < 0 || st.groupOf[p.a] != st.groupOf[p.b] {
			continue
		}
		da, oka := st.soleDay(p.a)
		db, okb := st.soleDay(p.b)
		if !oka || !okb || da.Date.Equal(db.Date) || !absoluteDate(da.Text) && !absoluteDate(db.Text) {
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
			d.Note = oneDayNote(da, db)
		}
		out = append(out, d)
	}
	return out
}

// soleDay returns the one day-precise, explicit date of unit u's
// sentence (or clause). In an article without a publication date, a
// year-less date ("March 14") the annotator could not resolve is resolved
// against the earliest publication date of the other articles.
func (st *story) soleDay(u int) (parallax.Date, bool) {
	if st.days == nil {
		st.days = make([]*soleDate, len(st.c.units))
	}
	if st.days[u] == nil {
		d, ok := st.findSoleDay(u)
		st.days[u] = &soleDate{d, ok}
	}
	return st.days[u].d, st.days[u].ok
}

// soleDate is a memoised result of soleDay.
type soleDate struct {
	d  parallax.Date
	ok bool
}

// findSoleDay computes soleDay.
func (st *story) findSoleDay(u int) (parallax.Date, bool) {
	un := st.c.units[u]
	art := st.arts[un.art]
	var found parallax.Date
	n := 0
	for _, d := range art.Dates {
		if d.Sentence != un.sent || d.Start < un.start || d.End > un.end || !explicitDate(d.Text) {
			continue
		}
		if !d.Resolved && art.Published == nil {
			if ref := st.earliestPublished(); ref != nil {
				res := date.Resolve(d.Text, ref)
				d.Date, d.Granularity, d.Resolved = res.Date, res.Granularity, res.Resolved
			}
		}
		if d.Resolved && d.Granularity == "day" {
			found = d
			n++
		}
	}
	return found, n == 1
}

// earliestPublished returns the earliest publication time of the story's
// articles, nil when none is dated.
func (st *story) earliestPublished() *time.Time {
	var out *time.Time
	for _, a := range st.arts {
		if a.Published != nil && (out == nil || a.Published.Before(*out)) {
			out = a.Published
		}
	}
	return out
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

// dateWords are the words that make a date expression name its day rather
// than point at the moment of writing ("today", "now").
var dateWords = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}

// absoluteDate reports whether a date expression gives its day outright
// (a digit or a month name), not only as a weekday whose resolution depends
// on tense ("until Thursday" looks ahead, "on Thursday" may look back): two
// weekdays never make a discrepancy on their own.
func absoluteDate(expr string) bool {
	f := text.Fold(expr)
	if strings.ContainsAny(f, "0123456789") {
		return true
	}
	for _, w := range dateWords[:12] {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// explicitDate reports whether a date expression names its day: it holds a
// digit, a month or a weekday. "Today" and the like are left out: they
// restate the publication day, and may be words of a name ("Kelmar Today").
func explicitDate(expr string) bool {
	f := text.Fold(expr)
	if strings.ContainsAny(f, "0123456789") {
		return true
	}
	for _, w := range dateWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// oneDayNote explains a one-day difference between dates a and b: time
// zones, or, when one of them is relative ("on Tuesday"), that expression
// resolved differently.
func oneDayNote(a, b parallax.Date) string {
	var rel []string
	for _, d := range []parallax.Date{a, b} {
		if !absoluteDate(d.Text) {
			rel = append(rel, strconv.Quote(d.Text))
		}
	}
	if len(rel) == 0 {
		return "one day apart: time zones may explain it"
	}
	return fmt.Sprintf("one day apart: time zones, or the relative date %s resolved differently, may explain it",
		strings.Join(rel, " or "))
}
