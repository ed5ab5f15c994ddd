package reconcile_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/reconcile"
)

// TestFactsKeepDatesApart checks that a fact never claims the support of an
// outlet that dated what it tells to another day: the outlets that agree
// support the wording with their date, and the sentence with the other date
// is still shown: in the date discrepancy when the dates are firm (written
// out in full, or weekdays resolved against the articles' own publication
// dates), else among its article's unique claims.
func TestFactsKeepDatesApart(t *testing.T) {
	published := time.Date(2025, 3, 8, 10, 0, 0, 0, time.UTC) // a Saturday
	type article struct{ id, outlet, text, gave string }
	tests := []struct {
		name     string
		arts     []article
		majority string // what two outlets gave: a fact with it cites exactly them
		values   []string
		reported string // the minority's day as the date discrepancy gives it; "" when none is due
	}{
		{
			name: "weekdays",
			arts: []article{
				{"a", "Dunvale Gazette", "The Dunvale council approved the new tram depot at Corran Yard on Tuesday after a long debate.\nResidents had objected to night work.\n", "Tuesday"},
				{"b", "Pellham Star", "The Dunvale council approved the new tram depot at Corran Yard on Thursday after a long debate.\nWork is to start in the spring.\n", "Thursday"},
				{"c", "Corran Post", "The Dunvale council approved the new tram depot at Corran Yard on Thursday after a long debate, the mayor said.\nResidents had objected to night work.\n", "Thursday"},
			},
			majority: "Thursday",
			values:   []string{"Tuesday", "Thursday"},
			reported: "2025-03-04",
		},
		{
			name: "calendar dates",
			arts: []article{
				{"a", "Dunvale Gazette", "The Dunvale council approved the new tram depot at Corran Yard on March 3 after a long debate.\nResidents had objected to night work.\n", "March 3"},
				{"b", "Pellham Star", "The Dunvale council approved the new tram depot at Corran Yard on March 5 after a long debate.\nWork is to start in the spring.\n", "March 5"},
				{"c", "Corran Post", "The Dunvale council approved the new tram depot at Corran Yard on March 5 after a long debate, the mayor said.\nResidents had objected to night work.\n", "March 5"},
			},
			majority: "March 5",
			values:   []string{"March 3", "March 5"},
			reported: "2025-03-03",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []parallax.Article
			gave := map[string]string{}
			for _, a := range tt.arts {
				arts = append(arts, parallax.Article{ID: a.id, Outlet: a.outlet, Text: a.text, Published: &published})
				gave[a.id] = a.gave
			}
			r := reconcile.Story(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
			foundMajority := false
			for _, f := range r.Facts {
				for _, v := range tt.values {
					if !strings.Contains(f.Text, v) {
						continue
					}
					foundMajority = foundMajority || v == tt.majority && len(f.Outlets) == 2
					for _, e := range f.Support {
						if gave[e.Article] != v {
							t.Errorf("fact %q (%d outlets) is supported by %s, which gave %q", f.Text, len(f.Outlets), e.Article, gave[e.Article])
						}
					}
				}
			}
			if !foundMajority {
				t.Errorf("no fact with %q cited to the two outlets that gave it; facts:\n%s", tt.majority, factList(r))
			}
			if tt.reported != "" && !strings.Contains(discrepancyList(r), tt.reported) {
				t.Errorf("the other day (%s) is in no discrepancy:\n%s", tt.reported, discrepancyList(r))
			}
			if !shown(r, "a", 0) {
				t.Errorf("a's first sentence (%q) is in no fact, discrepancy or unique claim:\nfacts:\n%s\ndiscrepancies:\n%s",
					gave["a"], factList(r), discrepancyList(r))
			}
		})
	}
}

// shown reports whether sentence i of article id appears in the report: in
// a fact's support, a discrepancy's values or the article's unique claims.
func shown(r *parallax.Report, id string, i int) bool {
	var ev []parallax.Evidence
	for _, f := range r.Facts {
		ev = append(ev, f.Support...)
	}
	for _, d := range r.Discrepancies {
		for _, v := range d.Values {
			ev = append(ev, v.Evidence)
		}
	}
	for _, u := range r.Unique {
		ev = append(ev, u.Claims...)
	}
	return slices.ContainsFunc(ev, func(e parallax.Evidence) bool { return e.Article == id && e.Sentence == i })
}
