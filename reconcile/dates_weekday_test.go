package reconcile_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/reconcile"
)

// TestWeekdayDateDiscrepancies checks when days given only as weekdays, or
// resolved from them, make a date discrepancy: a weekday resolved against
// its own article's publication date is evidence, and the note says so; a
// weekday of an undated article is not; the same day written two ways
// agrees; the day a source spoke ("said on Saturday") dates no event; and
// an undated article's weekday is resolved with the tense of
// its sentence ("would remain closed until Thursday" looks ahead).
func TestWeekdayDateDiscrepancies(t *testing.T) {
	sat := time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC) // a Saturday
	wed := time.Date(2024, 12, 4, 9, 0, 0, 0, time.UTC) // a Wednesday
	type article struct {
		outlet, text string
		published    *time.Time // nil: undated
	}
	approved := func(when string) string {
		return "The Dunvale council approved the new tram depot at Corran Yard " + when + " after a long debate.\nResidents had objected to night work.\n"
	}
	closed := func(when string) string {
		return "Officials said the Brackwater ferry port would remain closed " + when + " while divers search the harbour.\nTwo boats were damaged.\n"
	}
	tests := []struct {
		name string
		arts []article
		want []string // the days the date discrepancy gives; nil when none is due
		note []string // what its note must say
	}{
		{
			name: "weekdays of dated articles conflict",
			arts: []article{
				{"Dunvale Gazette", approved("on Tuesday"), &sat},
				{"Pellham Star", approved("on Thursday"), &sat},
				{"Corran Post", approved("on Thursday"), &sat},
			},
			want: []string{"2025-03-04", "2025-03-06"},
			note: []string{`"on Tuesday" (Dunvale Gazette)`, "resolved from a weekday against the article's publication date", "2025-03-08"},
		},
		{
			name: "weekday of an undated article is no evidence",
			arts: []article{
				{"Dunvale Gazette", approved("on Tuesday"), nil},
				{"Pellham Star", approved("on Thursday"), &sat},
				{"Corran Post", approved("on Thursday"), &sat},
			},
		},
		{
			name: "weekday and the same day written out agree",
			arts: []article{
				{"Dunvale Gazette", approved("on Tuesday"), &wed},
				{"Pellham Star", approved("on December 3"), &wed},
				{"Corran Post", approved("on December 3"), &wed},
			},
		},
		{
			name: "weekday and another day written out conflict, with a note",
			arts: []article{
				{"Dunvale Gazette", approved("on Tuesday"), &wed},
				{"Pellham Star", approved("on November 28"), &wed},
				{"Corran Post", approved("on November 28"), &wed},
			},
			want: []string{"2024-12-03", "2024-11-28"},
			note: []string{`"on Tuesday" (Dunvale Gazette) is Tue 2024-12-03, resolved from a weekday`, "2024-12-04"},
		},
		{
			name: "the day of the telling is not the day of the event",
			arts: []article{
				{"Dunvale Gazette", "Four fishermen were rescued off Tessel Point on Friday after their trawler sank, the coastguard said.\nOne was treated for cold.\n", &sat},
				{"Pellham Star", "Four fishermen were rescued off Tessel Point after their trawler sank, the coastguard said on Saturday.\nThe trawler was old.\n", &sat},
				{"Corran Post", "Four fishermen were rescued off Tessel Point after their trawler sank, the coastguard told reporters on Saturday.\nThe trawler was old.\n", &sat},
			},
		},
		{
			name: "undated weekday resolved with the tense of its sentence",
			arts: []article{
				{"Harbour Ledger", closed("until Thursday"), nil},
				{"Pellham Star", closed("until March 13"), &sat},
				{"Corran Post", closed("until March 13"), &sat},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []parallax.Article
			for i, a := range tt.arts {
				arts = append(arts, parallax.Article{ID: string(rune('a' + i)), Outlet: a.outlet, Text: a.text, Published: a.published})
			}
			r := reconcile.Story(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
			var got []parallax.Discrepancy
			for _, d := range r.Discrepancies {
				if d.Kind == "date" {
					got = append(got, d)
				}
			}
			if tt.want == nil {
				if len(got) > 0 {
					t.Fatalf("date discrepancies = %s, want none", discrepancyList(r))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d date discrepancies, want 1:\n%s", len(got), discrepancyList(r))
			}
			for _, w := range tt.want {
				if !strings.Contains(discrepancyList(r), w) {
					t.Errorf("date discrepancy lacks %s:\n%s", w, discrepancyList(r))
				}
			}
			for _, w := range tt.note {
				if !strings.Contains(got[0].Note, w) {
					t.Errorf("note = %q, want it to say %q", got[0].Note, w)
				}
			}
		})
	}
}
