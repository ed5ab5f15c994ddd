package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/web"
)

// countingStories counts the reports a server reads, to tell a cached page
// from a rendered one.
type countingStories struct {
	parallax.StoryStore
	reads atomic.Int64
}

func (c *countingStories) FindReport(ctx context.Context, id string, v int) (*parallax.ReportVersion, error) {
	c.reads.Add(1)
	return c.StoryStore.FindReport(ctx, id, v)
}

// cacheSite serves a SQLite store through countingStories with cfg.
func cacheSite(t *testing.T, cfg web.Config) (*httptest.Server, parallax.Store, *countingStories) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	store := db.Store()
	counted := &countingStories{StoryStore: store.Stories}
	served := store
	served.Stories = counted
	srv := httptest.NewServer(web.New(served, cfg).Handler())
	t.Cleanup(srv.Close)
	return srv, store, counted
}

// saveTitled stores a report titled title as the story's next version.
func saveTitled(t *testing.T, store parallax.Store, story, title string) int {
	t.Helper()
	v, err := store.Stories.SaveReport(context.Background(), story, &parallax.Report{ID: story, Title: title})
	if err != nil {
		t.Fatalf("SaveReport(%s): %v", title, err)
	}
	return v
}

// getPage fetches a story page, fails unless it is a 200 with every page
// header, and returns its body.
func getPage(t *testing.T, url string) string {
	t.Helper()
	resp, body := get(t, url)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d: %.300s", url, resp.StatusCode, body)
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if resp.Header.Get(h) == "" {
			t.Errorf("GET %s: no %s header", url, h)
		}
	}
	if got := resp.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q, want text/html; charset=utf-8", url, got)
	}
	return body
}

func TestStoryPageCache(t *testing.T) {
	srv, store, counted := cacheSite(t, web.Config{})
	ctx := context.Background()
	st := &parallax.Story{Key: "quay-flood-ostrel"}
	if _, err := store.Stories.CreateStory(ctx, st); err != nil {
		t.Fatalf("CreateStory: %v", err)
	}
	url := srv.URL + "/stories/" + st.ID

	saveTitled(t, store, st.ID, "Quay flooded in Ostrel")
	first := getPage(t, url)
	again := getPage(t, url)
	if again != first {
		t.Errorf("the cached page differs from the page rendered first")
	}
	if n := counted.reads.Load(); n != 1 {
		t.Errorf("two GETs of one version read the report %d times, want 1 (the second from the cache)", n)
	}

	t.Run("a new version is never served stale", func(t *testing.T) {
		saveTitled(t, store, st.ID, "Quay reopens in Ostrel")
		body := getPage(t, url)
		if !strings.Contains(body, "Quay reopens in Ostrel") || strings.Contains(body, "<h1>Quay flooded") {
			t.Errorf("after version 2 the page is still version 1: %.400s", body)
		}
		if !strings.Contains(body, "report version 2") {
			t.Errorf("the page does not say it shows report version 2")
		}
	})
	t.Run("a missing story is still 404", func(t *testing.T) {
		if resp, _ := get(t, srv.URL+"/stories/no-such-story"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET a missing story = %d, want 404", resp.StatusCode)
		}
	})
}

func TestStoryPageCacheOff(t *testing.T) {
	srv, store, counted := cacheSite(t, web.Config{PageCacheBytes: -1})
	st := &parallax.Story{Key: "ferry-strike-vell"}
	if _, err := store.Stories.CreateStory(context.Background(), st); err != nil {
		t.Fatalf("CreateStory: %v", err)
	}
	saveTitled(t, store, st.ID, "Ferry crews strike at Vell")
	for range 3 {
		getPage(t, srv.URL+"/stories/"+st.ID)
	}
	if n := counted.reads.Load(); n != 3 {
		t.Errorf("three GETs with the cache off read the report %d times, want 3", n)
	}
}

// BenchmarkStoryPageCached measures GET /stories/{id} of the five-article
// story when its page is cached: the version list read from SQLite and the
// stored bytes sent. BenchmarkStoryPage measures the same page rendered
// every time.
func BenchmarkStoryPageCached(b *testing.B) {
	st := newStorySite(b)
	h := web.New(st.Store, web.Config{}).Handler()
	req := httptest.NewRequest("GET", "/stories/"+st.Story, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("GET story page = %d", rec.Code)
		}
	}
}
