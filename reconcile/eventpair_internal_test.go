package reconcile

import (
	"context"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

// TestUndatedPeriodsFollowTense checks that the dates of an article without
// a publication date, resolved against the story's earliest one, take the
// direction the tense of their sentence gives, as the annotator's do.
func TestUndatedPeriodsFollowTense(t *testing.T) {
	published := time.Date(2025, 11, 8, 9, 0, 0, 0, time.UTC) // a Saturday
	tests := []struct {
		name, sent, want string
	}{
		{"until a weekday looks ahead", "The Harlow bridge will stay shut until Thursday, the county engineers warned.", "2025-11-13"},
		{"a weekday after a past verb looks back", "The Harlow bridge was shut on Thursday, the county engineers said.", "2025-11-06"},
		{"a year-less date after a future cue looks ahead", "The Harlow bridge toll is due to rise on Oct. 2 under the county plan.", "2026-10-02"},
		{"a year-less date after a past verb looks back", "The Harlow bridge toll rose on Oct. 2 under the county plan.", "2025-10-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []parallax.Article{
				{ID: "dated", Outlet: "Ash Courier", Text: "Traffic in Harlow was slow all week.\n", Published: &published},
				{ID: "undated", Outlet: "Birch Wire", Text: tt.sent + "\n"},
			}
			st := newStory(annotate.New().Batch(context.Background(), arts), Options{})
			ps := st.periods(st.c.first[1])
			if len(ps) != 1 {
				t.Fatalf("periods(%q) = %v, want one period from %s", tt.sent, ps, tt.want)
			}
			if got := ps[0].lo.Format("2006-01-02"); got != tt.want {
				t.Errorf("periods(%q) start %s, want %s", tt.sent, got, tt.want)
			}
		})
	}
}
