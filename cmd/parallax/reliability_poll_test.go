package main

import (
	"context"
	"fmt"
	"html"
	"maps"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// The feeds of the kill-mid-poll scenario: pollFeeds feeds of pollPerFeed
// entries each, feed f carrying entries pollStep·f … pollStep·f+pollPerFeed-1,
// so that neighbouring feeds share pollPerFeed-pollStep entries (the same
// article seen by two sources). Each page answers after pollPageDelay, so a
// poll lasts a second or two.
const (
	pollFeeds     = 3
	pollPerFeed   = 20
	pollStep      = 15
	pollEntries   = pollStep*(pollFeeds-1) + pollPerFeed
	pollPageDelay = 60 * time.Millisecond
)

// pollServeFlags are the flags of the servers: feeds are polled once in the test (the next
// poll an hour later), and a feed claimed by a killed server is free again
// 2·5 s later instead of 2·5 min.
var pollServeFlags = []string{"--allow-private", "127.0.0.1", "--poll-interval", "1h", "--poll-timeout", "5s"}

// TestReliabilityPoll builds the parallax binary and, on each engine, kills
// `parallax serve` (SIGKILL) in the middle of polling its feeds, restarts
// it on the same database and checks that no entry was lost or stored
// twice (docs/EVALUATION.md, "Reliability").
func TestReliabilityPoll(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the parallax binary; skipped with -short")
	}
	bin := buildParallax(t)
	for _, e := range relEngines {
		t.Run("kill-mid-poll/"+e.name, func(t *testing.T) {
			t.Parallel()
			testKillMidPoll(t, bin, e.db(t))
		})
	}
}

// testKillMidPoll adds three feeds with `parallax sources add`, starts the
// server, kills it once a batch of entries is committed but not all, and
// restarts it. Once the feeds are polled again and the pipeline is idle,
// every entry must be stored exactly once with one sighting per feed that
// carries it, no page committed before the kill may have been fetched
// again, every feed must have its ETag stored and be scheduled by a
// finished poll, and every story's report must cover exactly its articles.
func testKillMidPoll(t *testing.T, bin, db string) {
	ctx := context.Background()
	site := newPollSite(t, relArticles(pollEntries))
	addFeeds(t, bin, db, site)
	store, closeStore, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer closeStore()

	first := startServer(t, bin, db, pollServeFlags...)
	before := waitForStored(t, store, pollEntries/4)
	first.kill(t)
	hitsAtKill := site.hits()
	atKill := storedEntries(t, store, site)
	complete := completeEntries(t, store, atKill)
	t.Logf("killed the server with %d of %d entries stored (%d complete, %d when the kill was decided), %d pages fetched, %d of %d feeds finished",
		len(atKill), pollEntries, len(complete), before, sum(hitsAtKill), countValidated(t, store), pollFeeds)
	if len(atKill) == pollEntries {
		t.Fatal("every entry was stored before the kill: the pages answer too fast to kill a poll half-way")
	}

	second := startServer(t, bin, db, pollServeFlags...)
	waitForFeeds(t, store, second)
	waitForPipeline(t, second.base)
	got := storedEntries(t, store, site)
	checkEntries(t, store, site, got)
	checkFeeds(t, store, site)
	checkRefetched(t, site, complete, hitsAtKill)
	checkStories(t, second.base, slices.Collect(maps.Values(got)), true)
	second.stop(t)
}

// pollSite serves the feeds and the article pages, and counts the requests
// for each page.
type pollSite struct {
	*httptest.Server
	arts []parallax.Article // entry k is arts[k], its page at /a/k

	mu       sync.Mutex
	pageHits map[int]int // entry -> requests for its page
}

func newPollSite(t *testing.T, arts []parallax.Article) *pollSite {
	s := &pollSite{arts: arts, pageHits: map[int]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed/{f}", s.feed)
	mux.HandleFunc("GET /a/{k}", s.page)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// feedURL is the URL of feed f.
func (s *pollSite) feedURL(f int) string { return fmt.Sprintf("%s/feed/%d", s.URL, f) }

// pageURL is the URL of entry k's page.
func (s *pollSite) pageURL(k int) string { return fmt.Sprintf("%s/a/%d", s.URL, k) }

// feedETag is the ETag of feed f, which never changes.
func feedETag(f int) string { return fmt.Sprintf(`"feed-%d-v1"`, f) }

// feedsOf returns the feeds that carry entry k.
func feedsOf(k int) []int {
	var fs []int
	for f := range pollFeeds {
		if k >= pollStep*f && k < pollStep*f+pollPerFeed {
			fs = append(fs, f)
		}
	}
	return fs
}

// feed serves feed f as RSS with its ETag, and 304 to a request that
// sends the ETag back. Entries have GUIDs local to the feed ("entry-k").
func (s *pollSite) feed(w http.ResponseWriter, r *http.Request) {
	f, err := strconv.Atoi(r.PathValue("f"))
	if err != nil || f < 0 || f >= pollFeeds {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("ETag", feedETag(f))
	if r.Header.Get("If-None-Match") == feedETag(f) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire desk %d</title><link>%s</link>`, f, s.URL)
	for k := pollStep * f; k < pollStep*f+pollPerFeed; k++ {
		a := s.arts[k]
		fmt.Fprintf(&b, `<item><guid isPermaLink="false">entry-%d</guid><link>%s</link><title>%s</title><pubDate>%s</pubDate></item>`,
			k, s.pageURL(k), html.EscapeString(a.Title), a.Published.Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprint(w, b.String())
}

// page serves entry k's article page after pollPageDelay.
func (s *pollSite) page(w http.ResponseWriter, r *http.Request) {
	k, err := strconv.Atoi(r.PathValue("k"))
	if err != nil || k < 0 || k >= len(s.arts) {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	s.pageHits[k]++
	s.mu.Unlock()
	select {
	case <-r.Context().Done():
		return
	case <-time.After(pollPageDelay):
	}
	a := s.arts[k]
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%s"></head>
<body><nav><a href="/">Home</a></nav><article><h1>%s</h1>`,
		html.EscapeString(a.Title), html.EscapeString(a.Outlet), a.Published.Format(time.RFC3339), html.EscapeString(a.Title))
	for _, p := range strings.Split(a.Text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
		}
	}
	b.WriteString("</article><footer>Letters to the desk</footer></body></html>")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, b.String())
}

// hits returns a copy of the page request counts.
func (s *pollSite) hits() map[int]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.pageHits)
}

// addFeeds adds the site's feeds with `parallax sources add`.
func addFeeds(t *testing.T, bin, db string, site *pollSite) {
	t.Helper()
	args := []string{"sources", "add", "--db", db, "--allow-private", "127.0.0.1"}
	for f := range pollFeeds {
		args = append(args, site.feedURL(f))
	}
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("parallax sources add: %v\n%s", err, out)
	}
	if n := strings.Count(string(out), "added\t"); n != pollFeeds {
		t.Fatalf("parallax sources add added %d feeds, want %d:\n%s", n, pollFeeds, out)
	}
}

// allArticles returns every article of store.
func allArticles(t *testing.T, store parallax.Store) []*parallax.StoredArticle {
	t.Helper()
	var out []*parallax.StoredArticle
	for cur := ""; ; {
		page, err := store.Articles.FindArticles(context.Background(), parallax.ArticleFilter{Limit: parallax.MaxLimit, Cursor: cur})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page.Articles...)
		if cur = page.Next; cur == "" {
			return out
		}
	}
}

// waitForStored waits until store holds at least n articles and returns
// how many it holds.
func waitForStored(t *testing.T, store parallax.Store, n int) int {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		if got := len(allArticles(t, store)); got >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("fewer than %d articles stored within a minute", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// storedEntries maps each entry stored in store to its article id. An
// article whose URL is no entry's page, or a page stored twice, fails the
// test.
func storedEntries(t *testing.T, store parallax.Store, site *pollSite) map[int]string {
	t.Helper()
	byURL := map[string]int{}
	for k := range site.arts {
		byURL[site.pageURL(k)] = k
	}
	got := map[int]string{}
	for _, a := range allArticles(t, store) {
		k, ok := byURL[a.URL]
		switch {
		case !ok:
			t.Errorf("article %s has the URL %q, no entry's page", a.ID, a.URL)
		case got[k] != "":
			t.Errorf("entry %d (%s) is stored twice: articles %s and %s", k, a.URL, got[k], a.ID)
		default:
			got[k] = a.ID
		}
	}
	return got
}

// countValidated counts the sources with an ETag stored.
func countValidated(t *testing.T, store parallax.Store) int {
	t.Helper()
	srcs, err := store.Sources.ListSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range srcs {
		if s.ETag != "" {
			n++
		}
	}
	return n
}

// waitForFeeds waits until every source was polled to the end: its next
// poll is scheduled by a finished poll (beyond a claim's lease) rather
// than by a claim.
func waitForFeeds(t *testing.T, store parallax.Store, srv *server) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		srcs, err := store.Sources.ListSources(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		polled := 0
		for _, s := range srcs {
			if time.Until(s.NextPoll) > 30*time.Minute || s.Disabled != "" {
				polled++
			}
		}
		if polled == len(srcs) {
			return
		}
		if time.Now().After(deadline) {
			for _, s := range srcs {
				t.Logf("source %d %s: next poll %v, last polled %v, etag %q, error %q", s.ID, s.URL, s.NextPoll, s.LastPolled, s.ETag, s.LastError)
			}
			t.Fatalf("the restarted server did not finish polling the feeds within a minute (stderr: %s)", srv.stderr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// checkEntries checks that every entry is stored (got maps each to its
// article) and sighted once by each feed that carries it.
func checkEntries(t *testing.T, store parallax.Store, site *pollSite, got map[int]string) {
	t.Helper()
	sourceOf := feedSources(t, store, site)
	for k := range site.arts {
		id, ok := got[k]
		if !ok {
			t.Errorf("entry %d (%s) was not stored", k, site.pageURL(k))
			continue
		}
		sights, err := store.Articles.FindSightings(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		var gotSrc, wantSrc []int64
		for _, s := range sights {
			gotSrc = append(gotSrc, s.Source)
		}
		for _, f := range feedsOf(k) {
			wantSrc = append(wantSrc, sourceOf[f])
		}
		slices.Sort(gotSrc)
		if !slices.Equal(gotSrc, wantSrc) {
			t.Errorf("entry %d (article %s) sighted by sources %v, want %v (one sighting per feed carrying it)", k, id, gotSrc, wantSrc)
		}
	}
	if len(got) != pollEntries {
		t.Errorf("%d entries stored, want %d", len(got), pollEntries)
	}
}

// feedSources maps each feed to its source id.
func feedSources(t *testing.T, store parallax.Store, site *pollSite) map[int]int64 {
	t.Helper()
	srcs, err := store.Sources.ListSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[int]int64{}
	for f := range pollFeeds {
		for _, s := range srcs {
			if s.URL == site.feedURL(f) {
				out[f] = s.ID
			}
		}
	}
	if len(out) != pollFeeds || len(srcs) != pollFeeds {
		t.Fatalf("sources %v, want the %d feeds", srcs, pollFeeds)
	}
	return out
}

// checkFeeds checks that every source's last poll succeeded and stored
// the feed's ETag, and that its next poll is an interval after it: no
// source is left claimed.
func checkFeeds(t *testing.T, store parallax.Store, site *pollSite) {
	t.Helper()
	srcs, err := store.Sources.ListSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	feedOf := map[string]int{}
	for f := range pollFeeds {
		feedOf[site.feedURL(f)] = f
	}
	for _, s := range srcs {
		f := feedOf[s.URL]
		if s.ETag != feedETag(f) || s.LastError != "" || s.Failures != 0 || s.Disabled != "" {
			t.Errorf("source %s: ETag %q, error %q, %d failures, disabled %q; want ETag %q, no error",
				s.URL, s.ETag, s.LastError, s.Failures, s.Disabled, feedETag(f))
		}
		if gap := s.NextPoll.Sub(s.LastPolled); gap < 54*time.Minute || gap > 66*time.Minute {
			t.Errorf("source %s: next poll %v after the last, want the interval (1h ±10%%)", s.URL, gap)
		}
	}
}

// completeEntries returns the entries of got (entry -> article) already
// sighted by every feed that carries them: no poll needs their pages.
func completeEntries(t *testing.T, store parallax.Store, got map[int]string) []int {
	t.Helper()
	var out []int
	for k, id := range got {
		sights, err := store.Articles.FindSightings(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if len(sights) == len(feedsOf(k)) {
			out = append(out, k)
		}
	}
	return out
}

// checkRefetched checks that no page of the entries complete at the kill
// was fetched again after it.
func checkRefetched(t *testing.T, site *pollSite, complete []int, hitsAtKill map[int]int) {
	t.Helper()
	after := site.hits()
	for _, k := range complete {
		if n := after[k] - hitsAtKill[k]; n > 0 {
			t.Errorf("entry %d, stored and sighted by its feeds before the kill, had its page fetched %d more times after it", k, n)
		}
	}
	t.Logf("after the restart %d pages were fetched", sum(after)-sum(hitsAtKill))
}

func sum(m map[int]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
