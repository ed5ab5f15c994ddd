package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/text"
)

func TestIsReferencePoint(t *testing.T) {
	tests := []struct {
		sent, date string
		want       bool
	}{
		{"Rebels held a provincial capital for the first time since 2009.", "2009", true},
		{"Some 4,000 people have fled since the fighting began in 2012, an agency said.", "2012", true},
		{"It was the first city the movement had taken since 2009.", "2009", true},
		{"Troops have been stationed there ever since March.", "March", true},
		{"The truce, in force since March, collapsed on Tuesday.", "on Tuesday", false},
		{"Rebels seized the town in 2009 after a long siege.", "2009", false},
		{"Since then, the army retook the bridge on Friday.", "on Friday", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sent, tt.date)
		if got := isReferencePoint(tt.sent, 0, i, i+len(tt.date)); got != tt.want {
			t.Errorf("isReferencePoint(%q, %q) = %v, want %v", tt.sent, tt.date, got, tt.want)
		}
	}
}

func TestBuildSkipsReferenceYears(t *testing.T) {
	doc := "Fighters seized the river town of Orlam on Sunday, holding a city for the first time since 2009.\n\n" +
		"About 900 families have left Orlam since the fighting began in 2012, a charity said.\n"
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	a := &parallax.Annotated{Article: parallax.Article{ID: "a", Text: doc, Published: &pub}}
	a.Sentences = text.Split(doc)
	a.Dates = date.Find(doc, a.Sentences, a.Published)
	for _, ev := range Build([]*parallax.Annotated{a}, nil) {
		if ev.Date == "2009" || ev.Date == "2012" {
			t.Errorf("Build: event %q dated %s, a reference point", ev.Text, ev.Date)
		}
	}
}
