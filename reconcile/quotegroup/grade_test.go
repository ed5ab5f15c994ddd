package quotegroup

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// pair groups two renderings by one speaker, each its own article whose
// whole text is the quote, and returns the grade of the second.
func pair(t *testing.T, full, variant string) (parallax.Fidelity, string) {
	t.Helper()
	mk := func(id, s string) *parallax.Annotated {
		return &parallax.Annotated{
			Article:   parallax.Article{ID: id, Text: s},
			Sentences: []parallax.Sentence{{Text: s, Start: 0, End: len(s)}},
			Quotes:    []parallax.Quote{{Speaker: "Mayor Ilka Sorn", Text: s, Kind: parallax.Direct, Start: 0, End: len(s)}},
		}
	}
	groups := Group([]*parallax.Annotated{mk("a", full), mk("b", variant)}, nil)
	for _, g := range groups {
		for _, v := range g.Variants {
			if v.Article == "b" {
				if len(g.Variants) != 2 {
					t.Errorf("%q and %q not grouped", full, variant)
				}
				return v.Fidelity, v.Why
			}
		}
	}
	t.Fatalf("variant %q lost", variant)
	return "", ""
}

func TestGradeKinds(t *testing.T) {
	const full = "The city will not raise the bridge tolls this year and the repairs must be finished by May"
	tests := []struct {
		name, variant string
		want          parallax.Fidelity
		why           string // a word Why must contain
	}{
		{"omission is verbatim", "the repairs must be finished by May", parallax.Verbatim, ""},
		{"punctuation and case", "The city will not raise the bridge tolls this year, and the repairs must be finished by May.", parallax.Verbatim, ""},
		{"negation flipped", "The city will raise the bridge tolls this year and the repairs must be finished by May", parallax.Divergent, "negation"},
		{"modality changed", "the repairs may be finished by May", parallax.Divergent, "modality"},
		{"synonyms are close", "The city will not increase the bridge tolls this year and the repairs must be completed by May", parallax.Close, ""},
	}
	for _, tt := range tests {
		got, why := pair(t, full, tt.variant)
		if got != tt.want || !strings.Contains(why, tt.why) {
			t.Errorf("%s: grade(%q) = %s (%s), want %s (%s)", tt.name, tt.variant, got, why, tt.want, tt.why)
		}
	}
}

func TestGradeNumbers(t *testing.T) {
	got, why := pair(t, "The repairs will cost 40 million and take two years", "The repairs will cost 65 million and take two years")
	if got != parallax.Divergent || !strings.Contains(why, "65") {
		t.Errorf("different figure: grade = %s (%s), want divergent naming 65", got, why)
	}
}

func TestGroupNeverMixesSpeakers(t *testing.T) {
	s := "We will not return to work until the ministry puts a written offer on the table"
	mk := func(id, speaker string) *parallax.Annotated {
		return &parallax.Annotated{Article: parallax.Article{ID: id, Text: s},
			Quotes: []parallax.Quote{{Speaker: speaker, Text: s, Kind: parallax.Direct, End: len(s)}}}
	}
	groups := Group([]*parallax.Annotated{mk("a", "Mira Tasse"), mk("b", "Jon Verel"), mk("c", "")}, nil)
	for _, g := range groups {
		speakers := make(map[string]bool)
		for _, v := range g.Variants {
			if v.Article != "c" {
				speakers[v.Article] = true
			}
		}
		if len(speakers) > 1 {
			t.Errorf("group %q mixes the statements of two speakers", g.Text)
		}
	}
	if len(groups) != 2 {
		t.Errorf("Group = %d groups, want 2 (the unknown speaker's quote joins one of them)", len(groups))
	}
}

// TestGradeReplacedClaim plants a rendering that shares the frame of a
// statement ("X must not turn into a …") but replaces what three other
// articles agree on with words none of them has.
func TestGradeReplacedClaim(t *testing.T) {
	texts := map[string]string{
		"a": "Recalling that the safety of crews comes first, the minister said that the harbour must not turn into a hub of greater disruption, and that the ministry is working hard to reopen the terminal",
		"b": "the harbour must not turn into a hub of further disruption",
		"c": "the harbour must not turn into a hub of greater disruption",
		"d": "the harbour must not turn into a notorious smuggling base",
		"e": "the harbour should not become a centre of more disruption",
	}
	var arts []*parallax.Annotated
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		s := texts[id]
		arts = append(arts, &parallax.Annotated{Article: parallax.Article{ID: id, Text: s},
			Quotes: []parallax.Quote{{Speaker: "Ilse Varga", Text: s, Kind: parallax.Direct, End: len(s)}}})
	}
	want := map[string]parallax.Fidelity{"a": parallax.Verbatim, "b": parallax.Close, "c": parallax.Verbatim, "d": parallax.Divergent, "e": parallax.Paraphrase}
	groups := Group(arts, nil)
	if len(groups) != 1 {
		t.Fatalf("Group = %d groups, want 1", len(groups))
	}
	for _, v := range groups[0].Variants {
		if v.Fidelity != want[v.Article] {
			t.Errorf("grade(%q) = %s (%s), want %s", v.Text, v.Fidelity, v.Why, want[v.Article])
		}
	}
}
