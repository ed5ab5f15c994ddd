package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// syllables make invented names, distinct per event.
var syllables = []string{"ka", "lo", "mer", "vin", "tas", "rou", "bel", "dan", "sor", "ith", "pal", "gre"}

func inventedName(i int) string {
	b := []byte(syllables[i%12] + syllables[(i/12)%12] + syllables[(i/144)%12])
	b[0] -= 'a' - 'A'
	return string(b)
}

// word returns an invented lower-case word, distinct for each i < 1728.
func word(i int) string {
	return syllables[i%12] + syllables[(i/12)%12] + syllables[(i/144)%12] + "o"
}

// eventArticles returns k invented articles on each of n events. Each event
// has names and a vocabulary of its own (invented words), as real events
// differ in what they are about; the outlets word it differently.
func eventArticles(n, k int) []parallax.Article {
	var arts []parallax.Article
	day := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	for e := range n {
		town, chief, hall := inventedName(3*e), inventedName(3*e+1), inventedName(3*e+2)
		w := func(i int) string { return word(8*e + i) }
		for j := range k {
			pub := day.Add(time.Duration(e)*6*time.Hour + time.Duration(j)*time.Hour)
			arts = append(arts, parallax.Article{
				ID: fmt.Sprintf("e%d-a%d", e, j), Outlet: fmt.Sprintf("Outlet %d", j), Published: &pub,
				Title: fmt.Sprintf("%s %s at %s Hall in %s", w(0), w(1), hall, town),
				Text: fmt.Sprintf("The %s %s at %s Hall in %s began on %s, %s officer %s said. "+
					"About %d %s were %s for %d hours near the %s %s. "+
					"\"The %s is %s but the %s stands,\" %s told reporters, according to Outlet %d. "+
					"Residents of %s were asked to avoid the %s.",
					w(0), w(1), hall, town, pub.Weekday(), w(2), chief,
					20+e%50+j, w(3), w(4), 2+j, w(5), w(6),
					w(6), w(7), w(5), chief, j, town, w(1)),
			})
		}
	}
	return arts
}

// BenchmarkPipeline stores 20 events of 5 articles on SQLite and times one
// worker doing every job: annotation, assignment and the story's report
// after each article. It reports articles per second.
func BenchmarkPipeline(b *testing.B) {
	arts := eventArticles(20, 5)
	total := 0
	for b.Loop() {
		b.StopTimer()
		store := openSQLite(b)
		put(b, store, arts, parallax.PutStored)
		w := newWorker(store, "bench")
		b.StartTimer()
		if _, err := w.Drain(context.Background()); err != nil {
			b.Fatal(err)
		}
		total += len(arts)
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}

func TestInventedEvents(t *testing.T) {
	store := openSQLite(t)
	arts := eventArticles(6, 3)
	gold := map[string]string{}
	for _, a := range arts {
		gold[a.ID] = a.Title
	}
	put(t, store, arts, parallax.PutStored)
	if _, err := newWorker(store, "w").Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := partition(t, store), goldPartition(gold); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("stories = %q, want %q", got, want)
	}
}
