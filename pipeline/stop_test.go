package pipeline_test

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
)

// cancelOnAdd cancels a context the first time an article is added to a
// story, that is in the middle of an assignment job.
type cancelOnAdd struct {
	parallax.StoryStore
	cancel func()
	once   sync.Once
	first  string // the article being added when cancel was called
}

func (c *cancelOnAdd) AddArticles(ctx context.Context, story string, ms []parallax.StoryMember) error {
	c.once.Do(func() {
		c.first = ms[0].Article
		c.cancel()
	})
	return c.StoryStore.AddArticles(ctx, story, ms)
}

// TestStopFinishesJobInFlight cancels Run in the middle of an assignment:
// the job must be finished (the article in its story, the story reported)
// and completed, not left claimed; the rest waits in the queue for the next
// worker, which makes the same stories.
func TestStopFinishesJobInFlight(t *testing.T) {
	store := openSQLite(t)
	arts, gold := readEvents(t, events...)
	put(t, store, arts, parallax.PutStored)
	ctx, cancel := context.WithCancel(context.Background())
	hook := &cancelOnAdd{StoryStore: store.Stories, cancel: cancel}
	hooked := store
	hooked.Stories = hook
	if err := newWorker(hooked, "stopping").Run(ctx); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if hook.first == "" {
		t.Fatal("Run stopped before any assignment")
	}
	for _, kind := range []string{parallax.JobAnnotate, parallax.JobAssign} {
		if st, err := store.Queue.Stats(context.Background(), kind); err != nil || st["claimed"] != 0 {
			t.Errorf("Stats(%s) after stop = %v, %v; want no job left claimed", kind, st, err)
		}
	}
	story := storyOf(t, store, hook.first)
	rv, err := store.Stories.FindReport(context.Background(), story, 0)
	if err != nil || len(rv.Report.Articles) != 1 {
		t.Errorf("story of %s after stop: report %v, %v; want the job finished with a report", hook.first, rv, err)
	}
	if n, err := newWorker(store, "next").Drain(context.Background()); err != nil || n == 0 {
		t.Fatalf("Drain after stop = %d, %v; want the remaining jobs", n, err)
	}
	if got, want := partition(t, store), goldPartition(gold); !slices.Equal(got, want) {
		t.Errorf("stories = %q, want %q", got, want)
	}
}
