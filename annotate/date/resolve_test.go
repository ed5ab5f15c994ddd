package date

import (
	"strings"
	"testing"
	"time"
)

// ref is a Wednesday.
var ref = time.Date(2025, 3, 12, 9, 30, 0, 0, time.UTC)

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestResolve(t *testing.T) {
	tests := []struct {
		expr     string
		want     time.Time
		gran     string
		relative bool
	}{
		{"Tuesday", ymd(2025, 3, 11), "day", true},
		{"Friday", ymd(2025, 3, 7), "day", true},
		{"on Wednesday", ymd(2025, 3, 12), "day", true},
		{"last Wednesday", ymd(2025, 3, 5), "day", true},
		{"next Monday", ymd(2025, 3, 17), "day", true},
		{"this Friday", ymd(2025, 3, 14), "day", true},
		{"they will meet on Friday", ymd(2025, 3, 14), "day", true},
		{"March 3", ymd(2025, 3, 3), "day", true},
		{"talks will resume in April", ymd(2025, 4, 1), "month", true},
		{"the vote is scheduled for March 5", ymd(2026, 3, 5), "day", true},
		{"Nov. 27", ymd(2024, 11, 27), "day", true},
		{"March 20", ymd(2025, 3, 20), "day", true},
		{"April 2", ymd(2025, 4, 2), "day", true},
		{"the ferry sank on April 2", ymd(2024, 4, 2), "day", true},
		{"August 30", ymd(2025, 8, 30), "day", true},
		{"October 1", ymd(2024, 10, 1), "day", true},
		{"3rd of March", ymd(2025, 3, 3), "day", true},
		{"Thursday, March 13", ymd(2025, 3, 13), "day", true},
		{"3 December 2024", ymd(2024, 12, 3), "day", false},
		{"December 3, 2024", ymd(2024, 12, 3), "day", false},
		{"Tuesday, December 3, 2024", ymd(2024, 12, 3), "day", false},
		{"Dec 2024", ymd(2024, 12, 1), "month", false},
		{"November 2019", ymd(2019, 11, 1), "month", false},
		{"2024-12-04", ymd(2024, 12, 4), "day", false},
		{"04.12.2024", ymd(2024, 12, 4), "day", false},
		{"in 2011", ymd(2011, 1, 1), "year", false},
		{"since 2016", ymd(2016, 1, 1), "year", false},
		{"in early 2020", ymd(2020, 1, 1), "year", false},
		{"in December", ymd(2024, 12, 1), "month", true},
		{"mid-January", ymd(2025, 1, 1), "month", true},
		{"today", ymd(2025, 3, 12), "day", true},
		{"yesterday", ymd(2025, 3, 11), "day", true},
		{"tomorrow", ymd(2025, 3, 13), "day", true},
		{"last night", ymd(2025, 3, 11), "day", true},
		{"last week", ymd(2025, 3, 3), "week", true},
		{"the previous week", ymd(2025, 3, 3), "week", true},
		{"this week", ymd(2025, 3, 10), "week", true},
		{"next week", ymd(2025, 3, 17), "week", true},
		{"last weekend", ymd(2025, 3, 3), "week", true},
		{"last month", ymd(2025, 2, 1), "month", true},
		{"earlier this month", ymd(2025, 3, 1), "month", true},
		{"next month", ymd(2025, 4, 1), "month", true},
		{"last year", ymd(2024, 1, 1), "year", true},
		{"two days ago", ymd(2025, 3, 10), "day", true},
		{"3 days ago", ymd(2025, 3, 9), "day", true},
		{"three weeks earlier", ymd(2025, 2, 17), "week", true},
		{"a year ago", ymd(2024, 1, 1), "year", true},
		{"two months ago", ymd(2025, 1, 1), "month", true},
	}
	for _, tt := range tests {
		got := Resolve(tt.expr, &ref)
		if !got.Resolved || !got.Date.Equal(tt.want) || got.Granularity != tt.gran || got.Relative != tt.relative {
			t.Errorf("Resolve(%q) = %v %s %v relative=%v (%s), want %v %s relative=%v",
				tt.expr, got.Date.Format(time.DateOnly), got.Granularity, got.Resolved, got.Relative, got.Evidence,
				tt.want.Format(time.DateOnly), tt.gran, tt.relative)
		}
		if got.Evidence == "" {
			t.Errorf("Resolve(%q).Evidence is empty", tt.expr)
		}
	}
}

func TestResolveUnresolved(t *testing.T) {
	tests := []struct {
		expr     string
		ref      *time.Time
		evidence string // a part of the wanted Evidence
	}{
		{"Tuesday", nil, `no publication date to resolve "Tuesday" against`},
		{"Nov. 27", nil, "no publication date"},
		{"last week", nil, "no publication date"},
		{"two days ago", nil, "no publication date"},
		{"in recent days", &ref, `vague period "in recent days"`},
		{"over the past few weeks", &ref, "vague period"},
		{"the past week", &ref, "vague period"},
		{"a few days ago", &ref, "vague period"},
		{"several weeks ago", &ref, "vague period"},
		{"February 30, 2025", &ref, "no such date"},
		{"2024-13-01", &ref, "no such date"},
		{"30 years ago", &ref, "too far"},
		{"the meeting", &ref, "no date expression"},
		{"", nil, "no date expression"},
	}
	for _, tt := range tests {
		got := Resolve(tt.expr, tt.ref)
		if got.Resolved || !got.Date.IsZero() || !strings.Contains(got.Evidence, tt.evidence) {
			t.Errorf("Resolve(%q) = %v %v %q, want unresolved with evidence containing %q",
				tt.expr, got.Resolved, got.Date, got.Evidence, tt.evidence)
		}
	}
}

func TestResolveAbsoluteWithoutRef(t *testing.T) {
	for _, expr := range []string{"3 December 2024", "December 3, 2024", "2024-12-03", "since 2016"} {
		if got := Resolve(expr, nil); !got.Resolved || got.Relative {
			t.Errorf("Resolve(%q, nil) = resolved %v relative %v (%s), want resolved, not relative", expr, got.Resolved, got.Relative, got.Evidence)
		}
	}
}

func TestResolveEvidence(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"Tuesday", "Tuesday on or before publication 2025-03-12"},
		{"on Wednesday", "the publication day itself"},
		{"will meet on Friday", "future tense"},
		{"March 20", "the nearest such day, after it (no tense cue)"},
		{"the ferry sank on March 20", "on or before it (past tense)"},
		{"Monday, 3 December 2024", "the text calls it a Monday; it was a Tuesday"},
	}
	for _, tt := range tests {
		if got := Resolve(tt.expr, &ref); !strings.Contains(got.Evidence, tt.want) {
			t.Errorf("Resolve(%q).Evidence = %q, want it to contain %q", tt.expr, got.Evidence, tt.want)
		}
	}
}

// TestResolveLocalDay checks that the publication day is taken in the
// publisher's own time zone.
func TestResolveLocalDay(t *testing.T) {
	loc := time.FixedZone("UTC+3", 3*3600)
	late := time.Date(2025, 3, 13, 1, 0, 0, 0, loc) // still 12 March in UTC
	got := Resolve("yesterday", &late)
	if want := ymd(2025, 3, 12); !got.Date.Equal(want) {
		t.Errorf("Resolve(yesterday, %v) = %v, want %v", late, got.Date, want)
	}
}
