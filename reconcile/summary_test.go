package reconcile_test

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/reconcile"
)

// TestSummaryCitesOnlyWhatOutletsGave checks that a summary line is cited
// only to the articles that state what it states: an outlet that gave
// another figure or another day for it is never cited, and the line shown
// is the wording most outlets give (cited to those outlets).
func TestSummaryCitesOnlyWhatOutletsGave(t *testing.T) {
	type article struct{ id, outlet, text, gave string }
	tests := []struct {
		name     string
		arts     []article
		majority string // what two outlets gave: a line with it cites exactly them
		values   []string
	}{
		{
			name: "figure",
			arts: []article{
				{"a", "Korvel Herald", "Police in Osterlin said 12 people were arrested after the cup final at Korvel Arena on Sunday.\nThe league said it would review stewarding at the east gate.\n", "12 people"},
				{"b", "Tamsey Observer", "Police in Osterlin said 12 people were arrested after the cup final at Korvel Arena on Sunday night.\nBus services to the arena were halted for an hour.\n", "12 people"},
				{"c", "Osterlin Daily", "Police in Osterlin said 17 people were arrested after the cup final at Korvel Arena on Sunday, most of them near the east gate, a police spokesman added.\nThe league said it would review stewarding at the east gate.\n", "17 people"},
			},
			majority: "12 people",
			values:   []string{"12 people", "17 people"},
		},
		{
			name: "day",
			arts: []article{
				{"a", "Korvel Herald", "The Korvel ferry resumed sailings to Tamsey Island on Tuesday after a week of storms.\nHarbour staff cleared fallen slates from the pier.\n", "Tuesday"},
				{"b", "Tamsey Observer", "The Korvel ferry resumed sailings to Tamsey Island on Tuesday after a week of storms, the operator said.\nIsland shops had run short of bread.\n", "Tuesday"},
				{"c", "Osterlin Daily", "The Korvel ferry resumed sailings to Tamsey Island on Thursday after a week of storms, the operator Tamsey Lines said in its notice to islanders.\nHarbour staff cleared fallen slates from the pier.\n", "Thursday"},
			},
			majority: "Tuesday",
			values:   []string{"Tuesday", "Thursday"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []parallax.Article
			gave := map[string]string{}
			for _, a := range tt.arts {
				arts = append(arts, parallax.Article{ID: a.id, Outlet: a.outlet, Text: a.text})
				gave[a.id] = a.gave
			}
			lines := reconcile.Summary(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
			foundMajority := false
			for _, l := range lines {
				for _, v := range tt.values {
					if !strings.Contains(l.Text, v) {
						continue
					}
					for _, id := range l.Citations {
						if gave[id] != v {
							t.Errorf("line %q is cited to %s, which gave %q", l.Text, id, gave[id])
						}
					}
					foundMajority = foundMajority || v == tt.majority && len(l.Citations) == 2 && l.Outlets == 2
				}
			}
			if !foundMajority {
				t.Errorf("no line with %q cited to the two outlets that gave it; summary:\n%s", tt.majority, summaryList(lines))
			}
		})
	}
}

// summaryList renders summary lines for a failure message.
func summaryList(lines []parallax.SummaryLine) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString("  - " + l.Text + " " + strings.Join(l.Citations, ",") + "\n")
	}
	return b.String()
}
