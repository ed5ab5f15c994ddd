package quotegroup

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// statements returns one article per text, each holding the whole text as
// one statement by speaker.
func statements(speaker string, texts ...string) []*parallax.Annotated {
	var arts []*parallax.Annotated
	for i, s := range texts {
		arts = append(arts, &parallax.Annotated{
			Article:   parallax.Article{ID: string(rune('a' + i)), Text: s},
			Sentences: []parallax.Sentence{{Text: s, Start: 0, End: len(s)}},
			Quotes:    []parallax.Quote{{Speaker: speaker, Text: s, Kind: parallax.Direct, Start: 0, End: len(s)}},
		})
	}
	return arts
}

// TestGradeDifferentCount plants renderings that count the same thing with
// different figures: beyond rounding words and a few percent, a different
// figure is divergent, whichever rendering is the centre and however many
// articles repeat either figure.
func TestGradeDifferentCount(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  map[string]parallax.Fidelity
		figs  []string // figures Why of each divergent variant must name
	}{
		{"two figures", []string{
			"Around 9,400 residents have left Dorvane",
			"About 14,000 residents have left Dorvane",
		}, map[string]parallax.Fidelity{"b": parallax.Divergent}, []string{"9,400", "14,000"}},
		{"repeated figure", []string{
			"About 14,000 residents have left Dorvane",
			"Around 9,400 residents have left Dorvane",
			"Some 14,000 residents have left Dorvane",
		}, map[string]parallax.Fidelity{"b": parallax.Divergent}, []string{"9,400", "14,000"}},
		{"rounding is not divergence", []string{
			"Nearly 9,400 residents have left Dorvane",
			"About 9,500 residents have left Dorvane",
		}, map[string]parallax.Fidelity{"b": parallax.Paraphrase}, nil},
	}
	for _, tt := range tests {
		groups := Group(statements("Lene Marsk", tt.texts...), nil)
		if len(groups) != 1 {
			t.Errorf("%s: Group = %d groups, want 1", tt.name, len(groups))
			continue
		}
		for _, v := range groups[0].Variants {
			want, ok := tt.want[v.Article]
			if !ok {
				continue
			}
			if v.Fidelity != want {
				t.Errorf("%s: grade(%q) = %s (%s), want %s", tt.name, v.Text, v.Fidelity, v.Why, want)
			}
			for _, f := range tt.figs {
				if v.Fidelity == parallax.Divergent && !strings.Contains(v.Why, f) {
					t.Errorf("%s: Why of %q = %q, want it to name %s", tt.name, v.Text, v.Why, f)
				}
			}
		}
	}
}
