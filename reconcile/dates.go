package reconcile

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// dateDiscrepancies reports statements made by several articles (pairs of
// sentences that say the same thing) that date the event to different days:
// each sentence must carry exactly one resolved, day-precise date, the two
// dates must be firm (at least one absolute, see absoluteDate, or both
// weekdays resolved against their own articles' publication dates, see
// ownWeekday), and at least one of the two must come from an article with
// its own publication date (a relative date resolved without one is too
// weak to contradict). The note says which days were resolved from a
// weekday, so that a reader can check them.
func (st *story) dateDiscrepancies() []parallax.Discrepancy {
	var out []parallax.Discrepancy
	done := map[int]bool{}
	for _, p := range st.pairs {
		if !p.same() || st.groupOf[p.a] < 0 || st.groupOf[p.a] != st.groupOf[p.b] {
			continue
		}
		da, oka := st.soleDay(p.a)
		db, okb := st.soleDay(p.b)
		if !oka || !okb || da.Date.Equal(db.Date) || !st.firmDates(p.a, da, p.b, db) {
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
		var notes []string
		if diff := da.Date.Sub(db.Date); diff <= 24*time.Hour && diff >= -24*time.Hour {
			notes = append(notes, oneDayNote(da, db))
		}
		notes = append(notes, st.weekdayNotes([]int{p.a, p.b}, []parallax.Date{da, db})...)
		d.Note = strings.Join(notes, "; ")
		out = append(out, d)
	}
	return out
}

// soleDay returns the one day-precise, explicit date of unit u's
// sentence (or clause), as the annotator resolved it; a date of the
// telling ("the agency said on Monday", see tellingDate) is not one. In an
// article without a publication date, a date the annotator could not resolve ("March 14",
// "until Thursday") is resolved against the earliest publication date of
// the other articles, with the tense of its sentence (see resolved).
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
		if d.Sentence != un.sent || d.Start < un.start || d.End > un.end || !explicitDate(d.Text) ||
			tellingDate(art.Text[un.start:d.Start]) {
			continue
		}
		d = st.resolved(art, d)
		if d.Resolved && d.Granularity == "day" {
			found = d
			n++
		}
	}
	return found, n == 1
}

// tellingWords may stand between a speech word and the date of the telling
// ("told reporters on Monday", "said in a statement late on Monday").
var tellingWords = wordSet("reporters journalists media in a statement to late early")

// tellingDate reports whether a date written after before, the text of its
// sentence up to it, dates the telling rather than what is told: a speech
// word stands right before it, or with only tellingWords between ("the
// agency said on Monday evening").
func tellingDate(before string) bool {
	words := strings.Fields(text.Fold(before))
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ".,;:\"“”'’()")
		switch {
		case w != words[i] && i < len(words)-1:
			return false // a clause ends between the speech word and the date
		case speechWords[w]:
			return true
		case !tellingWords[w]:
			return false
		}
	}
	return false
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
// weekdays make a discrepancy on their own only when both are resolved
// against their own articles' publication dates (see firmDates).
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

// firmDates reports whether the dates da of unit ua and db of unit ub are
// firm enough to contradict each other: one of them gives its day outright,
// or both are weekdays resolved against their own articles' publication
// dates. A weekday of an undated article is never firm on its own.
func (st *story) firmDates(ua int, da parallax.Date, ub int, db parallax.Date) bool {
	if absoluteDate(da.Text) || absoluteDate(db.Text) {
		return true
	}
	return st.ownWeekday(ua, da) && st.ownWeekday(ub, db)
}

// ownWeekday reports whether d, a date of unit u, is a weekday ("on
// Tuesday") the annotator resolved against the publication date its
// article states itself, not one inferred from the story's other articles.
func (st *story) ownWeekday(u int, d parallax.Date) bool {
	art := st.arts[st.c.units[u].art]
	return art.Published != nil && d.Resolved && weekdayDate(d.Text)
}

// weekdayDate reports whether a date expression gives its day only as a
// weekday ("on Tuesday", "last Friday").
func weekdayDate(expr string) bool {
	if absoluteDate(expr) {
		return false
	}
	f := text.Fold(expr)
	for _, w := range dateWords[12:19] {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// weekdayNotes says, for each date ds[i] of unit us[i] that is a weekday
// resolved against its article's own publication date, how its day was
// found, so that a reader can check it.
func (st *story) weekdayNotes(us []int, ds []parallax.Date) []string {
	var out []string
	for i, u := range us {
		if !st.ownWeekday(u, ds[i]) {
			continue
		}
		art := st.arts[st.c.units[u].art]
		who := art.Outlet
		if who == "" {
			who = st.ids[st.c.units[u].art]
		}
		out = append(out, fmt.Sprintf("%q (%s) is %s, resolved from a weekday against the article's publication date (%s)",
			ds[i].Text, who, ds[i].Date.Format("Mon 2006-01-02"), ds[i].Evidence))
	}
	return out
}
