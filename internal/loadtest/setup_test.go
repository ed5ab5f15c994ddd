package loadtest

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/sqlite"
)

// TestPopulate stores a small corpus as the benchmark does, copies it to a
// second store, and checks both: every article in the story the corpus
// gives it, every story's report covering exactly its articles, and no job
// left for the workers.
func TestPopulate(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates and reconciles 120 articles; skipped with -short")
	}
	ctx := context.Background()
	const n = 120
	src := openTemp(t)
	stories, err := populate(ctx, src, DefaultCorpus, n, 1, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if want := DefaultCorpus.Count(n); stories != want {
		t.Fatalf("populate made %d stories, want %d", stories, want)
	}
	checkPopulated(t, src, n)
	copies := map[string]func(t *testing.T) parallax.Store{
		"sqlite":   openTemp,
		"postgres": func(t *testing.T) parallax.Store { return pgtest.Open(t) },
	}
	for name, open := range copies {
		t.Run("copy to "+name, func(t *testing.T) {
			dst := open(t)
			gotStories, gotArticles, err := copyStories(ctx, src, dst, 2, t.Logf)
			if err != nil {
				t.Fatal(err)
			}
			if gotStories != stories || gotArticles != n {
				t.Errorf("copied %d stories and %d articles, want %d and %d", gotStories, gotArticles, stories, n)
			}
			checkPopulated(t, dst, n)
		})
	}
}

func openTemp(t *testing.T) parallax.Store {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

// checkPopulated checks that store holds the first n articles of the
// default corpus, each story with the corpus's articles and a report
// covering exactly them, and an empty queue.
func checkPopulated(t *testing.T, store parallax.Store, n int) {
	t.Helper()
	ctx := context.Background()
	ids, err := storyIDs(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	corpus, _ := DefaultCorpus.Stories(n)
	want := map[string][]string{} // first article → the story's articles
	for _, arts := range corpus {
		for _, a := range arts {
			want[arts[0].ID] = append(want[arts[0].ID], a.ID)
		}
	}
	if len(ids) != len(corpus) {
		t.Errorf("%d stories stored, want %d", len(ids), len(corpus))
	}
	for _, id := range ids {
		st, err := store.Stories.FindStoryByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if w := want[st.Articles[0]]; !slices.Equal(st.Articles, w) {
			t.Errorf("story %s has articles %q, want %q", id, st.Articles, w)
		}
		rv, err := store.Stories.FindReport(ctx, id, 0)
		if err != nil {
			t.Fatalf("report of %s: %v", id, err)
		}
		var covered []string
		for _, a := range rv.Report.Articles {
			covered = append(covered, a.ID)
		}
		slices.Sort(covered)
		if w := slices.Sorted(slices.Values(st.Articles)); !slices.Equal(covered, w) {
			t.Errorf("report of %s covers %q, want %q", id, covered, w)
		}
	}
	if backlog, failed, err := jobBacklog(ctx, store); err != nil || backlog+failed != 0 {
		t.Errorf("jobs left: %d pending or claimed, %d failed (%v); want none", backlog, failed, err)
	}
}
