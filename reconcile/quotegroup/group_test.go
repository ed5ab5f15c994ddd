package quotegroup

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

const (
	kessy  = "Amara Kessy"
	halvik = "Tomas Halvik"
	org    = "Varenian presidency"
	direct = parallax.Direct
	indir  = parallax.Indirect
)

// planted is a quote of the fixture and the grade it must get ("" for
// any grade but divergent).
type planted struct {
	file, speaker, text string
	kind                parallax.QuoteKind
	want                parallax.Fidelity
	group               string // the speaker of the group it must be in; none: in no group
}

// none marks a planted quote that must be in no group: a fragment of a
// few words standing alone.
const none = "\x00none"

var kelmariaQuotes = []planted{
	{"meridian-wire.txt", halvik, "armed aggression", direct, "", none},
	{"meridian-wire.txt", "", "Tomas Halvik stressed the urgent need to halt the armed aggression of radical groups against the Kelmarian state and to support the legitimate authorities in restoring order across the country", direct, parallax.Verbatim, halvik},
	{"meridian-wire.txt", kessy, "fair and lasting", direct, "", none},
	{"meridian-wire.txt", kessy, "Ndova is making strenuous efforts to restore calm in Kelmaria and will not allow the fighting to spill across its border", direct, parallax.Verbatim, kessy},
	{"eastgate-times.txt", kessy, "his country supports Kelmaria's territorial integrity and seeks a just and permanent solution", indir, "", kessy},
	{"eastgate-times.txt", kessy, "Ndova is doing its utmost to restore calm in Kelmaria and will not let the fighting spill over its border", direct, parallax.Close, kessy},
	{"eastgate-times.txt", halvik, "to promptly stop the armed aggression against the Kelmarian state by radical groups", direct, parallax.Close, halvik},
	{"eastgate-times.txt", org, "Both presidents will remain in touch to look for ways to ease tensions", indir, "", org},
	{"coastal-courier.txt", org, "sharply deteriorating situation in Kelmaria", direct, "", org},
	{"coastal-courier.txt", kessy, "his country was working hard to bring calm back to Kelmaria and would keep the fighting from crossing into Ndova", indir, parallax.Paraphrase, kessy},
	{"coastal-courier.txt", kessy, "Ndova backs Kelmaria's territorial integrity and is working for a fair and lasting solution", indir, "", kessy},
	{"northline-post.txt", halvik, "the importance of stopping what he called “the armed aggression” against the Kelmarian state", indir, parallax.Paraphrase, halvik},
	{"northline-post.txt", kessy, "Ndova was ready to send troops into Kelmaria to restore calm", indir, parallax.Divergent, kessy},
	{"northline-post.txt", "", "The jihadist militants will be driven out of Ostrel", direct, "", ""},
	{"harbor-ledger.txt", "", "Tomas Halvik stressed the urgent need to halt the armed aggression of radical groups against the Kelmarian state and to support the legitimate authorities in restoring order across the country.\n\nThe two presidents will stay in touch to look for steps to ease the crisis", direct, parallax.Verbatim, halvik},
	{"harbor-ledger.txt", "", "Ndova is making strenuous efforts to restore calm in Kelmaria and will not allow the fighting to spill across its border.", direct, parallax.Verbatim, kessy},
}

var kelmariaFiles = []string{"meridian-wire.txt", "eastgate-times.txt", "coastal-courier.txt", "northline-post.txt", "harbor-ledger.txt"}

// kelmaria returns the fixture articles with the planted quotes.
func kelmaria(t testing.TB) []*parallax.Annotated {
	byFile := make(map[string]*parallax.Annotated)
	var arts []*parallax.Annotated
	for _, f := range kelmariaFiles {
		a := load(t, f)
		byFile[f] = a
		arts = append(arts, a)
	}
	for _, p := range kelmariaQuotes {
		quote(t, byFile[p.file], p.speaker, p.text, p.kind)
	}
	return arts
}

func TestGroupPlantedGrades(t *testing.T) {
	groups := Group(kelmaria(t), nil)
	for _, p := range kelmariaQuotes {
		g, v := findVariant(groups, p.file, p.text)
		if p.group == none {
			if v != nil {
				t.Errorf("fragment %q of %s is in the group of %q, want in none", p.text, p.file, g.Text)
			}
			continue
		}
		if v == nil {
			t.Errorf("quote %q of %s is in no group", p.text, p.file)
			continue
		}
		if g.Speaker != p.group {
			t.Errorf("quote %q of %s: group speaker = %q, want %q", p.text, p.file, g.Speaker, p.group)
		}
		switch {
		case p.want != "" && v.Fidelity != p.want:
			t.Errorf("quote %q of %s: fidelity = %s (%s), want %s", p.text, p.file, v.Fidelity, v.Why, p.want)
		case p.want == "" && v.Fidelity == parallax.Divergent:
			t.Errorf("quote %q of %s: divergent (%s), want not divergent", p.text, p.file, v.Why)
		}
		if v.Fidelity == parallax.Divergent && v.Why == "" {
			t.Errorf("quote %q of %s: divergent without Why", p.text, p.file)
		}
	}
}

func TestGroupStatements(t *testing.T) {
	groups := Group(kelmaria(t), nil)
	tests := []struct {
		name      string
		a, b      string // texts that must be in the same group (b "" : a alone)
		together  bool
		fileA, fB string
	}{
		{"Kessy's calm statement across outlets", "Ndova is doing its utmost", "Ndova was ready to send troops", true, "eastgate-times.txt", "northline-post.txt"},
		{"Halvik's statement across outlets", "to promptly stop the armed aggression", "Tomas Halvik stressed", true, "eastgate-times.txt", "meridian-wire.txt"},
		{"different speakers apart", "Both presidents will remain in touch", "Tomas Halvik stressed", false, "eastgate-times.txt", "harbor-ledger.txt"},
		{"different statements of one speaker apart", "his country supports Kelmaria", "Ndova is doing its utmost", false, "eastgate-times.txt", "eastgate-times.txt"},
	}
	for _, tt := range tests {
		ga, _ := findVariant(groups, tt.fileA, tt.a)
		gb, _ := findVariant(groups, tt.fB, tt.b)
		if ga == nil || gb == nil {
			t.Errorf("%s: quote not found", tt.name)
			continue
		}
		if got := ga == gb; got != tt.together {
			t.Errorf("%s: same group = %v, want %v", tt.name, got, tt.together)
		}
	}
	if g, _ := findVariant(groups, "harbor-ledger.txt", "Tomas Halvik stressed"); g != nil && !strings.Contains(g.Text, "stay in touch") {
		t.Errorf("Halvik group text = %q, want the fullest (harbor) version", g.Text)
	}
}

// findVariant returns the group and variant of the quote of file starting
// with prefix.
func findVariant(groups []parallax.QuoteGroup, file, prefix string) (*parallax.QuoteGroup, *parallax.QuoteVariant) {
	id := file[:len(file)-len(".txt")]
	for gi := range groups {
		for vi := range groups[gi].Variants {
			v := &groups[gi].Variants[vi]
			if v.Article == id && len(v.Text) >= len(prefix) && v.Text[:len(prefix)] == prefix {
				return &groups[gi], v
			}
		}
	}
	return nil, nil
}
