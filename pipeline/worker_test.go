package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func TestDrainBuildsStories(t *testing.T) {
	ctx := context.Background()
	store := openSQLite(t)
	arts, gold := readEvents(t, events...)
	put(t, store, arts, parallax.PutStored)
	w := newWorker(store, "w1")
	if n, err := w.Drain(ctx); err != nil || n != 2*len(arts) {
		t.Fatalf("Drain = %d, %v; want %d jobs (annotate and assign each article)", n, err, 2*len(arts))
	}
	if got, want := partition(t, store), goldPartition(gold); !slices.Equal(got, want) {
		t.Fatalf("stories = %q, want %q", got, want)
	}
	versions := reportsCover(t, store)

	put(t, store, arts, parallax.PutDuplicate)
	if n, err := w.Drain(ctx); err != nil || n != 0 {
		t.Errorf("Drain after re-sending = %d, %v; want 0 jobs", n, err)
	}
	for _, a := range arts {
		if err := w.Do(ctx, parallax.JobAssign, a.ID); err != nil {
			t.Errorf("Do(assign %s) again: %v", a.ID, err)
		}
	}
	if got := reportsCover(t, store); !mapsEqual(got, versions) {
		t.Errorf("versions after re-running every assignment = %v, want unchanged %v", got, versions)
	}
}

func TestIncrementalVersions(t *testing.T) {
	ctx := context.Background()
	store := openSQLite(t)
	arts, _ := readEvents(t, events[0])
	w := newWorker(store, "w1")
	put(t, store, arts[:3], parallax.PutStored)
	if _, err := w.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	story := storyOf(t, store, arts[0].ID)
	first, err := store.Stories.FindReport(ctx, story, 0)
	if err != nil || len(first.Report.Articles) != 3 {
		t.Fatalf("report after 3 articles: %v, %v; want 3 articles", first, err)
	}
	put(t, store, arts[3:], parallax.PutStored)
	if _, err := w.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if got := storyOf(t, store, a.ID); got != story {
			t.Errorf("story of %s = %s, want %s", a.ID, got, story)
		}
	}
	cur, err := store.Stories.FindReport(ctx, story, 0)
	if err != nil || len(cur.Report.Articles) != len(arts) || cur.Version <= first.Version {
		t.Fatalf("current report: version %d, %d articles, %v; want a version after %d with %d articles", cur.Version, len(cur.Report.Articles), err, first.Version, len(arts))
	}
	old, err := store.Stories.FindReport(ctx, story, first.Version)
	if err != nil || len(old.Report.Articles) != 3 {
		t.Errorf("version %d after new articles: %v; want it kept with 3 articles", first.Version, err)
	}
	vs, err := store.Stories.FindReportVersions(ctx, story)
	if err != nil || len(vs) != cur.Version {
		t.Errorf("FindReportVersions = %d versions, %v; want %d", len(vs), err, cur.Version)
	}
}

func TestTwoWorkersSQLite(t *testing.T) { testTwoWorkers(t, openSQLite) }

func TestTwoWorkersPostgres(t *testing.T) { testTwoWorkers(t, openPostgres) }

// testTwoWorkers runs two workers on one stream until the queue is empty and
// checks that every article is in exactly one story, that no job is left
// claimed or failed once both stopped, and that the stories are those a
// single worker makes (and the events' own grouping).
func testTwoWorkers(t *testing.T, open func(testing.TB) parallax.Store) {
	arts, gold := readEvents(t, events...)
	single := open(t)
	put(t, single, arts, parallax.PutStored)
	if _, err := newWorker(single, "only").Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := partition(t, single)
	if g := goldPartition(gold); !slices.Equal(want, g) {
		t.Fatalf("single worker's stories = %q, want %q", want, g)
	}

	store := open(t)
	put(t, store, arts, parallax.PutStored)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		w := newWorker(store, name)
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				t.Errorf("worker %s: %v", name, err)
			}
		})
	}
	waitIdle(t, store, 3*time.Minute)
	cancel()
	wg.Wait()
	for _, kind := range []string{parallax.JobAnnotate, parallax.JobAssign} {
		st, err := store.Queue.Stats(context.Background(), kind)
		if err != nil || st["claimed"]+st["failed"]+st["pending"] != 0 {
			t.Errorf("Stats(%s) after stop = %v, %v; want no job left", kind, st, err)
		}
	}
	got := partition(t, store)
	if !slices.Equal(got, want) {
		t.Errorf("two workers' stories = %q, want a single worker's %q", got, want)
	}
	n := 0
	for _, a := range arts {
		if storyOf(t, store, a.ID) != "" {
			n++
		}
	}
	if n != len(arts) {
		t.Errorf("%d of %d articles in a story, want all", n, len(arts))
	}
	reportsCover(t, store)
}

// waitIdle waits until no annotate or assign job is pending or claimed.
func waitIdle(t *testing.T, store parallax.Store, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		busy := 0
		for _, kind := range []string{parallax.JobAnnotate, parallax.JobAssign} {
			st, err := store.Queue.Stats(context.Background(), kind)
			if err != nil {
				t.Fatalf("Stats: %v", err)
			}
			busy += st["pending"] + st["claimed"]
		}
		if busy == 0 {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("jobs still pending after %v", limit)
}

// reportsCover checks that every story's current report covers exactly its
// articles, and returns each story's version.
func reportsCover(t testing.TB, store parallax.Store) map[string]int {
	t.Helper()
	ctx := context.Background()
	page, err := store.Stories.FindStories(ctx, parallax.StoryFilter{Limit: parallax.MaxLimit})
	if err != nil {
		t.Fatalf("FindStories: %v", err)
	}
	versions := map[string]int{}
	for _, s := range page.Stories {
		rv, err := store.Stories.FindReport(ctx, s.ID, 0)
		if err != nil {
			t.Errorf("FindReport(%s): %v", s.ID, err)
			continue
		}
		var ids []string
		for _, a := range rv.Report.Articles {
			ids = append(ids, a.ID)
		}
		if slices.Sort(ids); !slices.Equal(ids, slices.Sorted(slices.Values(s.Articles))) || rv.Report.ID != s.ID {
			t.Errorf("report of %s covers %v (id %s), want %v", s.ID, ids, rv.Report.ID, s.Articles)
		}
		versions[s.ID] = rv.Version
	}
	return versions
}

func storyOf(t testing.TB, store parallax.Store, id string) string {
	t.Helper()
	a, err := store.Articles.FindArticleByID(context.Background(), id)
	if err != nil {
		t.Fatalf("FindArticleByID(%s): %v", id, err)
	}
	return a.Story
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestFourWorkersInventedSQLite(t *testing.T) { testManyWorkers(t, openSQLite, 4) }

func TestFourWorkersInventedPostgres(t *testing.T) { testManyWorkers(t, openPostgres, 4) }

// testManyWorkers runs n workers on 20 invented events of 5 articles and
// checks that they make one story per event, each reported in full.
func testManyWorkers(t *testing.T, open func(testing.TB) parallax.Store, n int) {
	arts := eventArticles(20, 5)
	gold := map[string]string{}
	for _, a := range arts {
		gold[a.ID] = a.Title
	}
	store := open(t)
	put(t, store, arts, parallax.PutStored)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range n {
		w := newWorker(store, fmt.Sprintf("w%d", i))
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
		})
	}
	waitIdle(t, store, 3*time.Minute)
	cancel()
	wg.Wait()
	if got, want := partition(t, store), goldPartition(gold); !slices.Equal(got, want) {
		t.Errorf("%d workers' stories = %q, want %q", n, got, want)
	}
	reportsCover(t, store)
}
