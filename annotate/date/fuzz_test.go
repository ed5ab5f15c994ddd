package date

import (
	"testing"
	"time"
)

// FuzzResolve checks that Resolve never panics, always explains itself, and
// keeps dates it computed from the reference time within five years of it.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Tuesday", "last week", "Nov. 27", "3 December 2024", "two days ago", "in recent days"} {
		f.Add(s, int64(1741771800), true)
	}
	f.Fuzz(func(t *testing.T, expr string, sec int64, hasRef bool) {
		var refp *time.Time
		r := time.Unix(1e9+sec%(3e9), 0).UTC() // 1970..2096
		if hasRef {
			refp = &r
		}
		got := Resolve(expr, refp)
		if got.Evidence == "" {
			t.Fatalf("Resolve(%q, %v) has no Evidence", expr, refp)
		}
		if !got.Resolved {
			if !got.Date.IsZero() {
				t.Fatalf("Resolve(%q, %v) = unresolved with date %v", expr, refp, got.Date)
			}
			return
		}
		switch got.Granularity {
		case "day", "week", "month", "year":
		default:
			t.Fatalf("Resolve(%q, %v).Granularity = %q", expr, refp, got.Granularity)
		}
		if got.Relative && refp == nil {
			t.Fatalf("Resolve(%q, nil) = relative date %v without a reference", expr, got.Date)
		}
		if got.Relative && !within(got, r, 5) {
			t.Fatalf("Resolve(%q, %v) = %v %s, more than 5 years from the reference", expr, r, got.Date, got.Granularity)
		}
	})
}

// within reports whether the period got denotes overlaps ref ± years.
func within(got Resolution, ref time.Time, years int) bool {
	end := got.Date
	switch got.Granularity {
	case "day":
		end = end.AddDate(0, 0, 1)
	case "week":
		end = end.AddDate(0, 0, 7)
	case "month":
		end = end.AddDate(0, 1, 0)
	default:
		end = end.AddDate(1, 0, 0)
	}
	return end.After(ref.AddDate(-years, 0, 0)) && got.Date.Before(ref.AddDate(years, 0, 0))
}
