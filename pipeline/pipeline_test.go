package pipeline_test

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/pipeline"
)

// events are folders of invented articles, one event each.
var events = []string{
	"../reconcile/testdata/kelmaria-call",
	"../testdata/port-strike",
	"../reconcile/testdata/calvera-ferry",
	"../reconcile/testdata/dalmar-front",
}

// sharedAnnotator is built once: its tables take a while.
var sharedAnnotator = sync.OnceValue(annotate.New)

func newWorker(store parallax.Store, name string) *pipeline.Worker {
	return pipeline.NewWithAnnotator(store, pipeline.Config{Worker: name, Idle: 20e6}, sharedAnnotator())
}

// readEvents reads the articles of dirs and maps each id to its folder.
func readEvents(t testing.TB, dirs ...string) ([]parallax.Article, map[string]string) {
	t.Helper()
	var arts []parallax.Article
	gold := map[string]string{}
	for _, d := range dirs {
		as, errs := ingest.Reader{}.Read(context.Background(), []string{d}, nil)
		if len(errs) > 0 || len(as) == 0 {
			t.Fatalf("read %s: %d articles, errors %v", d, len(as), errs)
		}
		for _, a := range as {
			gold[a.ID] = filepath.Base(d)
		}
		arts = append(arts, as...)
	}
	return arts, gold
}

// put stores arts and fails the test unless each result has status want.
func put(t testing.TB, store parallax.Store, arts []parallax.Article, want parallax.PutStatus) {
	t.Helper()
	in := make([]parallax.ArticleInput, len(arts))
	for i, a := range arts {
		in[i] = parallax.ArticleInput{Article: a}
	}
	res, err := store.Articles.PutArticles(context.Background(), in)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	for i, r := range res {
		if r.Status != want {
			t.Errorf("PutArticles(%s).Status = %s, want %s (%s)", arts[i].ID, r.Status, want, r.Reason)
		}
	}
}

// partition returns every stored story's article ids, sorted, as a sorted
// list of "id id id" strings, and checks that no article is in two stories.
func partition(t testing.TB, store parallax.Store) []string {
	t.Helper()
	page, err := store.Stories.FindStories(context.Background(), parallax.StoryFilter{Limit: parallax.MaxLimit})
	if err != nil {
		t.Fatalf("FindStories: %v", err)
	}
	seen := map[string]string{}
	var out []string
	for _, s := range page.Stories {
		ids := slices.Clone(s.Articles)
		for _, id := range ids {
			if other, ok := seen[id]; ok {
				t.Errorf("article %s is in stories %s and %s", id, other, s.ID)
			}
			seen[id] = s.ID
		}
		sort.Strings(ids)
		out = append(out, strings.Join(ids, " "))
	}
	sort.Strings(out)
	return out
}

// goldPartition is partition's form of the folders' grouping.
func goldPartition(gold map[string]string) []string {
	by := map[string][]string{}
	for id, d := range gold {
		by[d] = append(by[d], id)
	}
	var out []string
	for _, ids := range by {
		sort.Strings(ids)
		out = append(out, strings.Join(ids, " "))
	}
	sort.Strings(out)
	return out
}
