package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/text"
)

// article annotates an invented article published on 2031-06-12.
func article(id, doc string) *parallax.Annotated {
	pub := time.Date(2031, 6, 12, 0, 0, 0, 0, time.UTC)
	a := &parallax.Annotated{Article: parallax.Article{ID: id, Text: doc, Published: &pub}}
	a.Sentences = text.Split(doc)
	a.Dates = date.Find(doc, a.Sentences, a.Published)
	return a
}

// TestMergeSameDayDifferentEvents plants two events of one day reported
// with the same source: the source's words must not merge them, while two
// wordings of one event still merge.
func TestMergeSameDayDifferentEvents(t *testing.T) {
	arts := []*parallax.Annotated{
		article("a", "On June 10, the militia columns reached the outskirts of Dorvan, according to residents and the Brisk Valley Rights Watch. The Brisk Valley Rights Watch said on June 10 that 87 people had died in the shelling."),
		article("b", "The Brisk Valley Rights Watch put the shelling's toll at 87 dead on June 10."),
		article("c", "The Brisk Valley Rights Watch counted 95 casualties of the offensive in a June 10 update."),
	}
	evs := Build(arts, nil)
	march := findEvent(evs, "2031-06-10", "outskirts")
	if march == nil {
		t.Fatalf("no event about the columns in\n%s", dump(evs))
	}
	if len(march.Articles) != 1 || strings.Contains(march.Text, "Rights Watch") {
		t.Errorf("columns event = %q %v, want article a alone, without its attribution", march.Text, march.Articles)
	}
	toll := findEvent(evs, "2031-06-10", "87")
	if toll == nil || len(toll.Articles) != 2 {
		t.Errorf("toll event = %v, want the two tolls of 87 (a, b) merged in\n%s", toll, dump(evs))
	}
	if other := findEvent(evs, "2031-06-10", "95"); other == nil || len(other.Articles) != 1 {
		t.Errorf("toll of 95 = %v, want its own event: its figure differs", other)
	}
}

func TestClauseOfLongSentence(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"The mayor toured the flooded districts of the lower town and met the families who had lost their homes, while the river rose again on June 9 and cut the road to the airport.",
			"The river rose again on June 9 and cut the road to the airport."},
		{"The northern harbour reopened to cargo ships on June 8, the port authority said.", "The northern harbour reopened to cargo ships on June 8."},
		{"The ferry company resumed its crossings on June 7 after repairing the damaged pier at the northern terminal, restoring the link to the islands for the first time in weeks.",
			"The ferry company resumed its crossings on June 7 after repairing the damaged pier at the northern terminal, restoring the link to the islands for the first time in weeks."},
	}
	for _, tt := range tests {
		a := article("x", tt.doc)
		if len(a.Dates) == 0 {
			t.Fatalf("no date found in %q", tt.doc)
		}
		c, ok := clauseOf(a, a.Dates[0])
		if !ok || c.text != tt.want {
			t.Errorf("clauseOf(%q) = %q, %v, want %q", tt.doc, c.text, ok, tt.want)
		}
	}
}
