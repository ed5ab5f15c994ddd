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
	{"meridian-wire.txt", halvik, "attacks", direct, "", none},
	{"meridian-wire.txt", "", "Tomas Halvik insisted that the attacks of armed radical groups on the Kelmarian state must end immediately and that the legitimate authorities deserve help in bringing order back to the whole country", direct, parallax.Verbatim, halvik},
	{"meridian-wire.txt", kessy, "fair and durable", direct, "", none},
	{"meridian-wire.txt", kessy, "Ndova is making tireless efforts to bring quiet back to Kelmaria and will not allow the clashes to cross onto its soil", direct, parallax.Verbatim, kessy},
	{"eastgate-times.txt", kessy, "his country stands by Kelmaria's territorial integrity and seeks a balanced and long-term resolution", indir, "", kessy},
	{"eastgate-times.txt", kessy, "Ndova is making vigorous efforts to bring quiet back to Kelmaria and will not let the clashes cross onto its soil", direct, parallax.Close, kessy},
	{"eastgate-times.txt", halvik, "the attacks of radical groups on the Kelmarian state to end swiftly", direct, parallax.Close, halvik},
	{"eastgate-times.txt", org, "Both presidents will keep in contact to seek ways of lowering tensions", indir, "", org},
	{"coastal-courier.txt", org, "rapidly worsening crisis in Kelmaria", direct, "", org},
	{"coastal-courier.txt", kessy, "his country was putting intense effort into getting quiet back in Kelmaria and would keep the clashes from crossing into Ndova", indir, parallax.Paraphrase, kessy},
	{"coastal-courier.txt", kessy, "upholds the territorial integrity of Kelmaria and wants an equitable and durable settlement", indir, "", kessy},
	{"northline-post.txt", halvik, "it vital to end what he described as “the attacks on the Kelmarian state”", indir, parallax.Paraphrase, halvik},
	{"northline-post.txt", kessy, "Ndova stood ready to send soldiers to bring quiet back to Kelmaria", indir, parallax.Divergent, kessy},
	{"northline-post.txt", "", "We will drive the jihadist militants out of Ostrel", direct, "", ""},
	{"harbor-ledger.txt", "", "Tomas Halvik insisted that the attacks of armed radical groups on the Kelmarian state must end immediately and that the legitimate authorities deserve help in bringing order back to the whole country.\n\nThe presidents will remain in contact to find ways of calming the crisis", direct, parallax.Verbatim, halvik},
	{"harbor-ledger.txt", "", "Ndova is making tireless efforts to bring quiet back to Kelmaria and will not allow the clashes to cross onto its soil.", direct, parallax.Verbatim, kessy},
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
		{"Kessy's quiet statement across outlets", "Ndova is making vigorous efforts", "Ndova stood ready to send soldiers", true, "eastgate-times.txt", "northline-post.txt"},
		{"Halvik's statement across outlets", "the attacks of radical groups", "Tomas Halvik insisted", true, "eastgate-times.txt", "meridian-wire.txt"},
		{"different speakers apart", "Both presidents will keep in contact", "Tomas Halvik insisted", false, "eastgate-times.txt", "harbor-ledger.txt"},
		{"different statements of one speaker apart", "his country stands by Kelmaria", "Ndova is making vigorous efforts", false, "eastgate-times.txt", "eastgate-times.txt"},
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
	if g, _ := findVariant(groups, "harbor-ledger.txt", "Tomas Halvik insisted"); g != nil && !strings.Contains(g.Text, "remain in contact") {
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
