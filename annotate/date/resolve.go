package date

import (
	"fmt"
	"time"
)

// maxOffset bounds how far from the publication date a relative expression
// is resolved ("30 years ago" is left unresolved): beyond it, such phrases are
// background rather than events a story's timeline compares.
const maxOffsetYears = 5

// day returns the UTC midnight of the calendar day of t in t's own location.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// iso formats a day as 2006-01-02.
func iso(t time.Time) string { return t.Format("2006-01-02") }

// monday returns the Monday of the ISO week containing d.
func monday(d time.Time) time.Time {
	back := (int(d.Weekday()) + 6) % 7
	return d.AddDate(0, 0, -back)
}

// resolve turns e, written as text, into a calendar date, using ref (the
// publication time) for everything that is not a full calendar date.
func resolve(e expr, text string, ref *time.Time) Resolution {
	switch e.kind {
	case vague:
		return Resolution{Granularity: e.unit, Evidence: fmt.Sprintf("vague period %q: no single date", text)}
	case narrative:
		return Resolution{Granularity: e.unit, Evidence: fmt.Sprintf("%q counts from an event in the text, not from publication", text)}
	}
	if e.kind == absolute && e.year > 0 {
		return resolveAbsolute(e)
	}
	if ref == nil {
		g := e.unit
		if e.kind == absolute {
			g = granularity(e)
		} else if e.kind == weekday {
			g = "day"
		}
		return Resolution{Granularity: g, Evidence: fmt.Sprintf("no publication date to resolve %q against", text)}
	}
	r := day(*ref)
	switch e.kind {
	case absolute:
		return resolveYearless(e, r)
	case weekday:
		return resolveWeekday(e, r)
	case dayOffset:
		return Resolution{Date: r.AddDate(0, 0, e.n), Granularity: "day", Resolved: true, Relative: true,
			Evidence: dayEvidence(e.n, r)}
	case period:
		return resolvePeriod(e, r)
	case ago:
		return resolveAgo(e, r)
	}
	return Resolution{Evidence: fmt.Sprintf("unknown expression %q", text)}
}

// granularity is the precision of an absolute expression.
func granularity(e expr) string {
	switch {
	case e.day > 0:
		return "day"
	case e.month > 0:
		return "month"
	}
	return "year"
}

// valid reports whether y-m-d (d may be 0) is a real date.
func valid(y, m, d int) bool {
	if m < 1 || m > 12 {
		return false
	}
	if d == 0 {
		return true
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return d >= 1 && t.Day() == d
}

func resolveAbsolute(e expr) Resolution {
	g := granularity(e)
	if e.month > 0 && !valid(e.year, e.month, e.day) {
		return Resolution{Granularity: g, Evidence: fmt.Sprintf("no such date: %04d-%02d-%02d", e.year, e.month, e.day)}
	}
	m, d := max(e.month, 1), max(e.day, 1)
	t := time.Date(e.year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	ev := "calendar date as written"
	switch {
	case e.since:
		ev = "start of the period as written"
	case e.hasWD && t.Weekday() != e.wd:
		ev = fmt.Sprintf("calendar date as written (the text calls it a %s; it was a %s)", e.wd, t.Weekday())
	}
	return Resolution{Date: t, Granularity: g, Resolved: true, Evidence: ev}
}

// resolveYearless gives "Nov. 27" or "in December" a year from r: the
// next such date after a future cue, the last one on or before r after a
// past-tense cue, and otherwise the nearest one, before or after r (so
// within six months of it).
func resolveYearless(e expr, r time.Time) Resolution {
	switch {
	case e.future:
		return resolveYearlessAhead(e, r)
	case e.past:
		return resolveYearlessBehind(e, r)
	}
	g := granularity(e)
	var best time.Time
	bestGap := time.Duration(-1)
	for y := r.Year() - 1; y <= r.Year()+1; y++ {
		if !valid(y, e.month, e.day) {
			continue
		}
		t := time.Date(y, time.Month(e.month), max(e.day, 1), 0, 0, 0, 0, time.UTC)
		if gap := distance(t, periodEnd(e, t), r); bestGap < 0 || gap < bestGap {
			best, bestGap = t, gap
		}
	}
	if bestGap < 0 {
		return Resolution{Granularity: g, Evidence: fmt.Sprintf("no such date: --%02d-%02d", e.month, e.day)}
	}
	side := "on or before"
	if best.After(r) {
		side = "after"
	}
	ev := fmt.Sprintf("year from publication %s: the nearest such %s, %s it (no tense cue)", iso(r), g, side)
	return Resolution{Date: best, Granularity: g, Resolved: true, Relative: true, Evidence: ev}
}

// resolveYearlessBehind gives a year-less date after a past-tense cue
// ("closed in March") the year that puts it nearest on or before r.
func resolveYearlessBehind(e expr, r time.Time) Resolution {
	g := granularity(e)
	for y := r.Year(); y >= r.Year()-1; y-- {
		if !valid(y, e.month, e.day) {
			continue
		}
		t := time.Date(y, time.Month(e.month), max(e.day, 1), 0, 0, 0, 0, time.UTC)
		if t.After(r) {
			continue
		}
		ev := fmt.Sprintf("year from publication %s: the nearest such %s on or before it (past tense)", iso(r), g)
		return Resolution{Date: t, Granularity: g, Resolved: true, Relative: true, Evidence: ev}
	}
	return Resolution{Granularity: g, Evidence: fmt.Sprintf("no such date: --%02d-%02d", e.month, e.day)}
}

// periodEnd is the first instant after the day or month starting at t.
func periodEnd(e expr, t time.Time) time.Time {
	if e.day == 0 {
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// distance is how far the day r lies from the days [start, end): 0 inside
// them, else the days to the nearest of them.
func distance(start, end, r time.Time) time.Duration {
	switch {
	case r.Before(start):
		return start.Sub(r)
	case !r.Before(end):
		return r.Sub(end) + 24*time.Hour
	}
	return 0
}

// dayEvidence says which day "today", "yesterday" or "tomorrow" is.
func dayEvidence(n int, r time.Time) string {
	switch {
	case n < 0:
		return "the day before publication " + iso(r)
	case n > 0:
		return "the day after publication " + iso(r)
	}
	return "the publication day " + iso(r)
}

// resolveYearlessAhead gives a year-less date after a future cue ("will
// meet on March 20", "could last until April") the year that puts it
// nearest on or after r.
func resolveYearlessAhead(e expr, r time.Time) Resolution {
	g := granularity(e)
	for y := r.Year() - 1; y <= r.Year()+1; y++ {
		if !valid(y, e.month, e.day) {
			continue
		}
		t := time.Date(y, time.Month(e.month), max(e.day, 1), 0, 0, 0, 0, time.UTC)
		if periodEnd(e, t).After(r) {
			ev := fmt.Sprintf("year from publication %s: the nearest such %s on or after it (future tense)", iso(r), g)
			return Resolution{Date: t, Granularity: g, Resolved: true, Relative: true, Evidence: ev}
		}
	}
	return Resolution{Granularity: g, Evidence: fmt.Sprintf("no such date: --%02d-%02d", e.month, e.day)}
}
