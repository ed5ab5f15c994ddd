package timeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/text"
)

const fixtureDir = "../testdata/kelmaria-call"

// kelmaria loads the team's invented fixture with sentences and dates;
// publication dates are set where the articles give them (as ingest does).
func kelmaria(t testing.TB) []*parallax.Annotated {
	t.Helper()
	published := map[string][2]string{
		"northline-post": {"2025-10-11", "Published 11 October 2025 at 08.40"},
		"harbor-ledger":  {"2025-10-10", "date 2025-10-10"},
	}
	var arts []*parallax.Annotated
	for _, f := range []string{"meridian-wire", "eastgate-times", "coastal-courier", "northline-post", "harbor-ledger"} {
		b, err := os.ReadFile(filepath.Join(fixtureDir, f+".txt"))
		if err != nil {
			t.Skipf("fixture %s: %v", f, err)
		}
		a := &parallax.Annotated{Article: parallax.Article{ID: f, Text: string(b)}}
		if p, ok := published[f]; ok {
			d, _ := time.Parse("2006-01-02", p[0])
			a.Published, a.PublishedEvidence = &d, p[1]
		}
		a.Sentences = text.Split(a.Text)
		a.Dates = date.Find(a.Text, a.Sentences, a.Published)
		arts = append(arts, a)
	}
	return arts
}

func TestBuildKelmaria(t *testing.T) {
	evs := Build(kelmaria(t), nil)
	tests := []struct {
		date, contains string
		arts           []string
		inferred       bool
	}{
		{"2025-10-09", "telephone", []string{"meridian-wire", "eastgate-times", "harbor-ledger"}, true},
		{"2025-10-05", "offensive", []string{"meridian-wire", "eastgate-times"}, true},
		{"2025-10-04", "offensive", []string{"harbor-ledger"}, false},
		{"2025-10-10", "fled Ostrel", []string{"northline-post"}, false},
	}
	for _, tt := range tests {
		ev := findEvent(evs, tt.date, tt.contains)
		if ev == nil {
			t.Errorf("no event on %s containing %q in\n%s", tt.date, tt.contains, dump(evs))
			continue
		}
		for _, id := range tt.arts {
			if !contains(ev.Articles, id) {
				t.Errorf("event %s %q: articles = %v, want %s among them", tt.date, ev.Text, ev.Articles, id)
			}
		}
		if got := ev.Inferred != ""; got != tt.inferred {
			t.Errorf("event %s %q: inferred = %q, want inferred %v", tt.date, ev.Text, ev.Inferred, tt.inferred)
		}
	}
	for i := 1; i < len(evs); i++ {
		if evs[i].Date[:4] < evs[i-1].Date[:4] {
			t.Errorf("events out of order: %s after %s", evs[i].Date, evs[i-1].Date)
		}
	}
	for _, ev := range evs {
		if strings.Contains(ev.Text, "Published") || strings.HasPrefix(ev.Text, "date ") || strings.Contains(ev.Text, "Kelmar Today") {
			t.Errorf("metadata line as event: %q", ev.Text)
		}
	}
}

func TestInferenceRef(t *testing.T) {
	day := func(s string) *time.Time { d, _ := time.Parse("2006-01-02", s); return &d }
	arts := []*parallax.Annotated{
		{Article: parallax.Article{ID: "a"}, Dates: []parallax.Date{{Date: *day("2025-03-19"), Granularity: "day", Resolved: true}}},
		{Article: parallax.Article{ID: "b", Published: day("2025-03-18")}},
		{Article: parallax.Article{ID: "c", Published: day("2025-03-21")}},
		{Article: parallax.Article{ID: "d", Published: day("2025-03-20")}},
	}
	if got := inferenceRef(arts, 0); got == nil || !got.Equal(*day("2025-03-20")) {
		t.Errorf("inferenceRef(a) = %v, want 2025-03-20 (earliest not before the article's own latest date)", got)
	}
	if got := inferenceRef(arts, 1); got != nil {
		t.Errorf("inferenceRef(b) = %v, want nil (b has a publication date)", got)
	}
}

func TestTrimDatePrefix(t *testing.T) {
	tests := []struct{ clause, date, want string }{
		{"On March 18, the presidents spoke.", "March 18", "The presidents spoke."},
		{"on Tuesday, the presidents spoke.", "on Tuesday", "The presidents spoke."},
		{"The presidents spoke on Tuesday.", "on Tuesday", "The presidents spoke on Tuesday."},
	}
	for _, tt := range tests {
		if got := trimDatePrefix(tt.clause, tt.date); got != tt.want {
			t.Errorf("trimDatePrefix(%q, %q) = %q, want %q", tt.clause, tt.date, got, tt.want)
		}
	}
}

func findEvent(evs []parallax.TimelineEvent, day, sub string) *parallax.TimelineEvent {
	for i := range evs {
		if evs[i].Date == day && strings.Contains(evs[i].Text, sub) {
			return &evs[i]
		}
	}
	return nil
}

func dump(evs []parallax.TimelineEvent) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s %v %q (%s)\n", e.Date, e.Articles, e.Text, e.Inferred)
	}
	return b.String()
}
