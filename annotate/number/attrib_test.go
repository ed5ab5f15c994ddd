package number

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestFindReportedBy(t *testing.T) {
	tests := []struct {
		sentence string
		ents     [][]string // name, then surface forms
		want     []string   // ReportedBy of each number
	}{
		{
			"The Harbour Watch said on Friday that deaths had climbed to 571.",
			[][]string{{"Harbour Watch", "Harbour Watch"}},
			[]string{"Harbour Watch"},
		},
		{
			"The militia fields between 3,000 and 8,000 gunmen, according to Velmoran intelligence figures.",
			[][]string{{"Velmora", "Velmoran"}},
			[]string{"Velmora"},
		},
		{
			"The Velmora Ministry said 40 boats sank.",
			[][]string{{"Velmora Ministry", "Velmora Ministry"}},
			[]string{"Velmora Ministry"},
		},
		{
			"At least 12 people drowned, said the Coast Guard.",
			[][]string{{"Coast Guard", "Coast Guard"}},
			[]string{"Coast Guard"},
		},
		{
			"According to figures from the Port Authority, 3,100 workers struck, but the Dockers Union said 4,200 did.",
			[][]string{{"Port Authority", "Port Authority"}, {"Dockers Union", "Dockers Union"}},
			[]string{"Port Authority", "Dockers Union"},
		},
		{
			"The Lantern Party has also reported 30 arrests.",
			[][]string{{"Lantern Party", "Lantern Party"}},
			[]string{"Lantern Party"},
		},
		{
			"Some 30 ships waited near Drascow.",
			[][]string{{"Drascow", "Drascow"}},
			[]string{""},
		},
		{
			"The union said 4,200 workers struck, while police put the number at 3,100.",
			nil,
			[]string{"union", "police"},
		},
		{
			"Police detained 14 people, according to the interior ministry.",
			nil,
			[]string{"interior ministry"},
		},
		{
			"Minister Ilse Varga, who runs transport, said the government lost 40 million euros.",
			[][]string{{"Ilse Varga", "Minister Ilse Varga"}},
			[]string{"Ilse Varga"},
		},
		{
			"He said the army lost 30 ships.",
			nil,
			[]string{""},
		},
		{
			"He said 30 ships waited.",
			nil,
			[]string{""},
		},
	}
	for _, tt := range tests {
		var ents []parallax.Entity
		for _, e := range tt.ents {
			ents = append(ents, entity(tt.sentence, e[0], e[1:]...))
		}
		var got []string
		for _, n := range Find(tt.sentence, oneSentence(tt.sentence), ents) {
			got = append(got, n.ReportedBy)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) ReportedBy = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestFindInsideMention(t *testing.T) {
	doc := "The Group of 20 met, and 3 ministers spoke."
	ents := []parallax.Entity{entity(doc, "Group of 20", "Group of 20")}
	got := Find(doc, oneSentence(doc), ents)
	if len(got) != 1 || got[0].Text != "3" {
		t.Errorf("Find(%q) = %+v, want only the 3", doc, got)
	}
}

func TestIsVague(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"several hundred", true}, {"Hundreds", true}, {"tens of thousands", true},
		{"3,000 and 8,000", false}, {"a dozen", false}, {"318", false},
	}
	for _, tt := range tests {
		if got := IsVague(parallax.Number{Text: tt.text}); got != tt.want {
			t.Errorf("IsVague(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
