package date

import (
	"fmt"
	"time"
)

// resolveWeekday picks the weekday nearest the publication day r in the
// direction the text implies: on or before r by default, strictly before
// for "last", strictly after for "next", on or after after a future cue, and
// within r's week for "this".
func resolveWeekday(e expr, r time.Time) Resolution {
	back := (int(r.Weekday()) - int(e.wd) + 7) % 7
	fwd := (int(e.wd) - int(r.Weekday()) + 7) % 7
	var t time.Time
	var ev string
	switch {
	case e.this:
		t = monday(r).AddDate(0, 0, (int(e.wd)+6)%7)
		ev = fmt.Sprintf("%s in the week of publication %s", e.wd, iso(r))
	case e.dir < 0:
		if back == 0 {
			back = 7
		}
		t, ev = r.AddDate(0, 0, -back), fmt.Sprintf("%s before publication %s (\"last\")", e.wd, iso(r))
	case e.dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		t, ev = r.AddDate(0, 0, fwd), fmt.Sprintf("%s after publication %s (\"next\")", e.wd, iso(r))
	case e.future:
		t, ev = r.AddDate(0, 0, fwd), fmt.Sprintf("%s on or after publication %s (future tense)", e.wd, iso(r))
	default:
		t, ev = r.AddDate(0, 0, -back), fmt.Sprintf("%s on or before publication %s", e.wd, iso(r))
	}
	if t.Equal(r) {
		ev += ": the publication day itself"
	}
	return Resolution{Date: t, Granularity: "day", Resolved: true, Relative: true, Evidence: ev}
}

// resolvePeriod resolves "last week", "this month", "next year", "last
// weekend" to the first day of the period; a weekend resolves to its week
// (granularity "week", the Monday before it). "Over the weekend" is the
// latest weekend begun by publication, or the one ending the week of
// publication after a future cue ("will stay closed over the weekend").
func resolvePeriod(e expr, r time.Time) Resolution {
	var t time.Time
	n := e.n
	switch e.unit {
	case "week":
		if e.weekend && n < 0 && r.Weekday() == time.Sunday {
			n = 0 // on a Sunday, "last weekend" may still be the current one
		}
		if e.recent && (e.future || r.Weekday() == time.Saturday || r.Weekday() == time.Sunday) {
			n = 0 // "will … over the weekend", or "over the weekend" published during one
		}
		t = monday(r).AddDate(0, 0, 7*n)
	case "month":
		t = time.Date(r.Year(), r.Month()+time.Month(e.n), 1, 0, 0, 0, 0, time.UTC)
	default:
		t = time.Date(r.Year()+e.n, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	what := e.unit
	if e.weekend {
		what = "weekend"
	}
	var ev string
	switch {
	case e.recent && e.future:
		ev = fmt.Sprintf("the weekend ending the week of publication %s (future tense)", iso(r))
	case e.recent && n == 0:
		ev = fmt.Sprintf("the weekend of publication %s", iso(r))
	case n < 0:
		ev = fmt.Sprintf("the %s before publication %s", what, iso(r))
	case n > 0:
		ev = fmt.Sprintf("the %s after publication %s", what, iso(r))
	default:
		ev = fmt.Sprintf("the %s of publication %s", what, iso(r))
	}
	if e.weekend {
		ev += "; given as its week, from Monday" // a weekend is no single day
	}
	return Resolution{Date: t, Granularity: e.unit, Resolved: true, Relative: true, Evidence: ev}
}

// resolveAgo resolves "two days ago", "three weeks earlier" by counting back
// from the publication day; weeks, months and years give the first day of
// the period reached.
func resolveAgo(e expr, r time.Time) Resolution {
	if e.n > 0 && offsetYears(e.n, e.unit) > maxOffsetYears {
		return Resolution{Granularity: e.unit, Evidence: fmt.Sprintf("%s back is too far from publication %s to resolve", plural(e.n, e.unit), iso(r))}
	}
	var t time.Time
	switch e.unit {
	case "day":
		t = r.AddDate(0, 0, -e.n)
	case "week":
		t = monday(r.AddDate(0, 0, -7*e.n))
	case "month":
		t = time.Date(r.Year(), r.Month()-time.Month(e.n), 1, 0, 0, 0, 0, time.UTC)
	default:
		t = time.Date(r.Year()-e.n, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return Resolution{Date: t, Granularity: e.unit, Resolved: true, Relative: true,
		Evidence: fmt.Sprintf("%s before publication %s", plural(e.n, e.unit), iso(r))}
}

// offsetYears converts n units to whole years, rounding up.
func offsetYears(n int, unit string) int {
	switch unit {
	case "day":
		return (n + 364) / 365
	case "week":
		return (n + 51) / 52
	case "month":
		return (n + 11) / 12
	}
	return n
}

// plural writes "1 day", "-2 days".
func plural(n int, unit string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, unit)
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
