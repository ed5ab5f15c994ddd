package reconcile

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestOneDayNote(t *testing.T) {
	tests := []struct {
		a, b   string
		want   string // a phrase the note must hold
		forbid string // a phrase it must not hold
	}{
		{"12 May", "May 13", "time zones may explain it", "relative"},
		{"on Friday", "12 May", `the relative date "on Friday"`, "Tuesday"},
		{"yesterday", "on Friday", `"yesterday" or "on Friday"`, "Tuesday"},
	}
	for _, tt := range tests {
		got := oneDayNote(parallax.Date{Text: tt.a}, parallax.Date{Text: tt.b})
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.forbid) {
			t.Errorf("oneDayNote(%q, %q) = %q, want it to hold %q and not %q", tt.a, tt.b, got, tt.want, tt.forbid)
		}
	}
}

func TestUndatedNote(t *testing.T) {
	tests := []struct {
		dates []parallax.Date
		want  string
	}{
		{nil, "x: no publication date"},
		{[]parallax.Date{{Text: "on Sunday"}, {Text: "2009", Resolved: true}, {Text: "on Sunday"}, {Text: "last night"}},
			`x: no publication date; its relative dates ("on Sunday", "last night") are resolved against the other articles where possible`},
	}
	for _, tt := range tests {
		a := &parallax.Annotated{Dates: tt.dates}
		if got := undatedNote("x", a); got != tt.want {
			t.Errorf("undatedNote(%v) = %q, want %q", tt.dates, got, tt.want)
		}
	}
}
