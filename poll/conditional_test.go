package poll_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// validatedFeed serves doc with an ETag and a Last-Modified, answering 304
// when the request presents either.
func validatedFeed(s *site, path, doc, etag, lastModified string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		if etag != "" && r.Header.Get("If-None-Match") == etag ||
			lastModified != "" && r.Header.Get("If-Modified-Since") == lastModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, doc)
	})
}

func TestConditionalGet(t *testing.T) {
	const lm = "Tue, 04 Mar 2025 08:00:00 GMT"
	tests := []struct {
		name, etag, lastModified string
	}{
		{"etag", `"v1"`, ""},
		{"last-modified", "", lm},
		{"both", `"v1"`, lm},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
			validatedFeed(s, "/feed", rss("Ledger", publish(s, 0, 3)...), tt.etag, tt.lastModified)
			src := addSource(t, store, s.URL+"/feed")
			p := newPoller(store, c)

			res := mustPoll(t, p, src)
			if res.Err != nil || res.Stored != 3 || res.NotModified {
				t.Fatalf("first poll = %+v, want 3 stored", res)
			}
			got := stored(t, store, src.ID)
			if got.ETag != tt.etag || got.LastModified != tt.lastModified {
				t.Errorf("stored validators = %q, %q, want %q, %q", got.ETag, got.LastModified, tt.etag, tt.lastModified)
			}
			if got.Title != "Ledger" || got.LastStatus != 200 || !got.LastPolled.Equal(t0) {
				t.Errorf("stored source = %+v, want title Ledger, status 200, polled at t0", got)
			}
			if want := t0.Add(10 * time.Minute); !got.NextPoll.Equal(want) {
				t.Errorf("NextPoll = %v, want %v (Interval, jitter factor 1)", got.NextPoll, want)
			}

			c.Add(10 * time.Minute)
			res = mustPoll(t, p, got)
			if !res.NotModified || res.Status != http.StatusNotModified || res.Stored != 0 {
				t.Errorf("second poll = %+v, want 304 and nothing stored", res)
			}
			h := s.header("/feed")
			if h.Get("If-None-Match") != tt.etag || h.Get("If-Modified-Since") != tt.lastModified {
				t.Errorf("second request sent If-None-Match %q, If-Modified-Since %q", h.Get("If-None-Match"), h.Get("If-Modified-Since"))
			}
			if got := stored(t, store, src.ID); got.ETag != tt.etag || got.LastModified != tt.lastModified || got.Failures != 0 {
				t.Errorf("after 304 the source is %+v, want validators kept and no failure", got)
			}
			if n := s.hitsOf("/a/0"); n != 1 {
				t.Errorf("article page fetched %d times, want 1", n)
			}
		})
	}
}

// failingArticles is the real article store except that PutArticles fails
// from the after-th call on (0: every call).
type failingArticles struct {
	parallax.ArticleStore
	after int
	calls int
}

var errDiskFull = errors.New("disk full")

func (f *failingArticles) PutArticles(ctx context.Context, in []parallax.ArticleInput) ([]parallax.PutResult, error) {
	f.calls++
	if f.calls > f.after {
		return nil, &parallax.Error{Code: parallax.EIO, Op: "put articles", Err: errDiskFull}
	}
	return f.ArticleStore.PutArticles(ctx, in)
}

func TestValidatorsSavedOnlyAfterCommit(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	validatedFeed(s, "/feed", rss("Ledger", publish(s, 0, 3)...), `"v2"`, "")
	src := addSource(t, store, s.URL+"/feed")
	src.ETag = `"v1"`
	if err := store.Sources.UpdateSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	broken := store
	broken.Articles = &failingArticles{ArticleStore: store.Articles}

	res := mustPoll(t, newPoller(broken, c), src)
	if res.Err == nil || !errors.Is(res.Err, errDiskFull) {
		t.Fatalf("poll with a failing store: Err = %v, want the store's failure", res.Err)
	}
	got := stored(t, store, src.ID)
	if got.ETag != `"v1"` {
		t.Errorf("ETag = %q after a failed commit, want the old %q", got.ETag, `"v1"`)
	}
	if got.Failures != 1 || !strings.Contains(got.LastError, "disk full") {
		t.Errorf("source = %+v, want 1 failure and the cause in LastError", got)
	}
	if n := len(allArticles(t, store)); n != 0 {
		t.Errorf("%d articles stored, want 0", n)
	}

	c.Add(time.Hour)
	res = mustPoll(t, newPoller(store, c), got)
	if res.Err != nil || res.Stored != 3 {
		t.Fatalf("poll after the store recovered = %+v, want 3 stored (the old validators do not match)", res)
	}
	if got := stored(t, store, src.ID); got.ETag != `"v2"` || got.Failures != 0 || got.LastError != "" {
		t.Errorf("source = %+v, want the new ETag and no failure", got)
	}
}

func TestUserAgent(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.feed("/feed", rss("Ledger", publish(s, 0, 1)...))
	src := addSource(t, store, s.URL+"/feed")
	mustPoll(t, newPoller(store, c), src)
	for _, path := range []string{"/feed", "/a/0"} {
		ua := s.header(path).Get("User-Agent")
		if !strings.Contains(ua, "Parallax/") || !strings.Contains(ua, "https://github.com/parallax-news/parallax") {
			t.Errorf("User-Agent of %s = %q, want the name, version and URL of the project", path, ua)
		}
	}
}
