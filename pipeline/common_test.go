package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

// TestCommonTerms runs workers whose searches return a page of 4 stories
// (Candidates 2) on 20 invented events whose titles all begin with the
// same two words: those match more stories than a page holds, so they
// become common and are searched no more, and other words of the title
// stand in for them, while each event's own words stay searched; the
// stories are still the events, and two workers racing make the stories
// one worker makes.
func TestCommonTerms(t *testing.T) {
	arts := eventArticles(20, 5)
	gold := map[string]string{}
	for i, a := range arts {
		gold[a.ID] = a.Title
		arts[i].Title = "Council bulletin: " + a.Title
	}
	cfg := func(name string) pipeline.Config { return pipeline.Config{Worker: name, Idle: 20e6, Candidates: 2} }

	single := openSQLite(t)
	put(t, single, arts, parallax.PutStored)
	w := pipeline.NewWithAnnotator(single, cfg("only"), sharedAnnotator())
	if _, err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := partition(t, single)
	if g := goldPartition(gold); !slices.Equal(want, g) {
		t.Errorf("stories = %q, want %q", want, g)
	}
	for q, common := range map[string]bool{"council": true, "bulletin": true, word(0): false, word(1): false} {
		if got := w.IsCommon(q); got != common {
			t.Errorf("IsCommon(%q) = %v, want %v", q, got, common)
		}
	}

	store := openSQLite(t)
	put(t, store, arts, parallax.PutStored)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range 2 {
		w := pipeline.NewWithAnnotator(store, cfg(fmt.Sprint("w", i)), sharedAnnotator())
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
		})
	}
	waitIdle(t, store, 3*time.Minute)
	cancel()
	wg.Wait()
	if got := partition(t, store); !slices.Equal(got, want) {
		t.Errorf("two workers' stories = %q, want one worker's %q", got, want)
	}
}

func TestSiblingSharesWhatItLearns(t *testing.T) {
	w := pipeline.New(openSQLite(t), pipeline.Config{Worker: "first"})
	s := w.Sibling()
	if s.Name() == w.Name() {
		t.Fatalf("Sibling name = %q, want a name of its own", s.Name())
	}
	w.LearnCommon("harbour")
	if !s.IsCommon("harbour") {
		t.Errorf("a term the first worker found common is not common to its sibling")
	}
}
