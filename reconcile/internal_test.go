package reconcile

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

func TestFeaturesParaphrase(t *testing.T) {
	tests := []struct {
		a, b string
		want bool // the two share the concept feature named
		feat string
	}{
		{"making tireless efforts to reopen the port", "doing everything possible to get the docks working", true, "~effort"},
		{"arranged at the proposal of the ministry", "organised on the union's initiative", true, "~request"},
		{"a quick halt to the shelling", "the raids must end without delay", true, "~swift"},
		{"an equitable and durable deal", "a balanced and enduring accord", true, "~lasting"},
		{"the mayors will keep in contact", "both delegations are to remain in touch", true, "~contact"},
		{"the police said on Monday", "officials added", false, "~say"},
	}
	for _, tt := range tests {
		fa := features(parallax.Sentence{Text: tt.a}, nil, defaultLexicon, nil)
		fb := features(parallax.Sentence{Text: tt.b}, nil, defaultLexicon, nil)
		got := slices.Contains(fa, tt.feat) && slices.Contains(fb, tt.feat)
		if got != tt.want {
			t.Errorf("features(%q) = %q, features(%q) = %q: share %s = %v, want %v", tt.a, fa, tt.b, fb, tt.feat, got, tt.want)
		}
	}
}

func TestFeaturesEntitiesAndNumbers(t *testing.T) {
	doc := "Türkiye said 5,000 people fled."
	sent := parallax.Sentence{Text: doc, End: len(doc)}
	ments := []span{{0, len("Türkiye"), "Turkey"}}
	got := features(sent, ments, defaultLexicon, nil)
	want := []string{"@turkey", "#5000", "peopl", "~flee"}
	if !slices.Equal(got, want) {
		t.Errorf("features(%q) = %q, want %q", doc, got, want)
	}
}

func TestClauseCuts(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ndova supports the plan, and underscored that talks must resume soon.",
			[]string{"Ndova supports the plan", "underscored that talks must resume soon."}},
		{"Cooperation among Ardan, Velmora, and Tesk was praised.", nil},
		{"The army advanced; the rebels withdrew from the town.",
			[]string{"The army advanced", "the rebels withdrew from the town."}},
		{"A short sentence.", nil},
	}
	for _, tt := range tests {
		cuts := clauseCuts(tt.in)
		var got []string
		if len(cuts) > 0 {
			lo := 0
			for _, c := range append(cuts, [2]int{len(tt.in), len(tt.in)}) {
				got = append(got, tt.in[lo:c[0]])
				lo = c[1]
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("clauses of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountKind(t *testing.T) {
	tests := []struct {
		name                     string
		counts, sentence, number string // number: the figure's text in sentence
		want                     string
	}{
		{"lemma names the class", "death", "The death toll rose to 50.", "50", "deaths"},
		{"casualties", "casualty", "Casualties reached 60.", "60", "casualties"},
		{"verb after", "person", "At least 40 people had been killed.", "40", "deaths"},
		{"verb after, displaced", "person", "About 9,000 people have fled the city.", "9,000", "displaced"},
		{"no event", "person", "A port of about 210,000 people.", "210,000", "people"},
		{"other lemma", "fighter", "It has 3,000 fighters.", "3,000", "fighter"},
		{"nothing counted", "", "He said 12 on Monday.", "12", ""},
		{"verb before", "person", "Guards at Orvel prison detained 18 people, most of them visitors.", "18", "arrested"},
		{"relative clause after", "person", "Wardens named 5 residents who the ferry crew evacuated at dawn.", "5", "displaced"},
		{"another clause's toll", "resident", "Divers reached two residents in the flooded mill at Sornby on Friday, and the death toll rose to 4.", "two", "people"},
		{"another clause after a subordinator", "person", "The Sornby toll rose to 4 after divers reached 12 people in the mill.", "12", "people"},
		{"killed in another clause", "person", "Eleven people were killed and 6 people were not injured.", "6", "people"},
		{"negated", "person", "Officials said 30 people were not hurt in the Sornby blast.", "30", "people"},
		{"nothing counted, a verb in the clause", "", "Orla Vint, 46, died in the Sornby mill fire.", "46", ""},
		{"coordinated verbs after", "person", "Eight people were shot and killed at the Sornby depot.", "Eight", "deaths"},
		{"coordinated verbs before", "person", "Guards at Orvel prison seized and detained 18 people.", "18", "arrested"},
		{"a new subject after and", "person", "Two guards were hurt and 30 people left the Orvel yard.", "30", "people"},
		{"aside passed over", "person", "Nine people, including a Sornby ferryman, were hurt.", "Nine", "injured"},
		{"as many as", "person", "The blast at the Orvel depot injured as many as 40 people.", "40", "injured"},
		{"annotator's class trusted", "missing", "The toll rose to 4 after divers found the two residents who had been missing since the mill flooded.", "two", "missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.sentence, tt.number)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.number, tt.sentence)
			}
			if got := countKind(tt.counts, tt.sentence, i, i+len(tt.number)); got != tt.want {
				t.Errorf("countKind(%q, %q, %q) = %q, want %q", tt.counts, tt.sentence, tt.number, got, tt.want)
			}
		})
	}
}

func TestCompatibleKinds(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"deaths", "casualties", true},
		{"deaths", "deaths", true},
		{"deaths", "civilian", false},
		{"fighter", "casualties", false},
		{"people", "displaced", false},
	}
	for _, tt := range tests {
		if got := compatibleKinds(tt.a, tt.b); got != tt.want {
			t.Errorf("compatibleKinds(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFormatRange(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   string
	}{
		{602, 602, "602"},
		{5000, 10000, "5,000–10,000"},
		{1234567, 1234567, "1,234,567"},
		{3.5, 3.5, "3.5"},
	}
	for _, tt := range tests {
		if got := formatRange(tt.lo, tt.hi); got != tt.want {
			t.Errorf("formatRange(%v, %v) = %q, want %q", tt.lo, tt.hi, got, tt.want)
		}
	}
}

func TestExplicitDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"on March 14", true}, {"Nov. 27", true}, {"on Tuesday", true}, {"2024-12-03", true},
		{"Today", false}, {"now", false},
	}
	for _, tt := range tests {
		if got := explicitDate(tt.in); got != tt.want {
			t.Errorf("explicitDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPairsUnrelated checks that sentences sharing no feature are never
// paired.
func TestPairsUnrelated(t *testing.T) {
	mk := func(id, doc string) *parallax.Annotated {
		return &parallax.Annotated{Article: parallax.Article{ID: id, Text: doc}, Sentences: text.Split(doc)}
	}
	arts := []*parallax.Annotated{
		mk("a", "Harvest festivals attract farmers from distant valleys every autumn."),
		mk("b", "Submarine cables carry encrypted banking traffic beneath oceans."),
	}
	if p := newCorpus(arts).pairs(); len(p) != 0 {
		t.Errorf("pairs of unrelated sentences = %v, want none", p)
	}
}
