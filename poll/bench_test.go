package poll_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/poll"
)

// benchFeeds and benchEntries size the benchmark: 1,000 feeds of 10
// entries, each entry's article page served too.
const (
	benchFeeds   = 1000
	benchEntries = 10
)

// benchServer serves /feed/<f> (an RSS feed of benchEntries items) and
// /a/<n> (article n's page), generated on request.
func benchServer(b *testing.B) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/feed/"):
			f, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
			items := make([]item, benchEntries)
			for i := range items {
				n := f*benchEntries + i
				items[i] = item{guid: fmt.Sprintf("bench-%d", n), link: fmt.Sprintf("%s/a/%d", srv.URL, n),
					title: fmt.Sprintf("Council approves project %d", n), date: t0.Format(time.RFC1123Z),
					content: "<p>" + articleText(n)[0] + "</p>"}
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("ETag", `"`+r.URL.Path+`"`)
			fmt.Fprint(w, rss("Feed "+strconv.Itoa(f), items...))
		case strings.HasPrefix(r.URL.Path, "/a/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/a/"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, pageHTML(fmt.Sprintf("Council approves project %d", n), articleText(n)))
		default:
			http.NotFound(w, r)
		}
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkPoll1000Feeds runs the poll loop (Run, with ClaimSources) on a
// fresh SQLite store over 1,000 feeds of 10 new entries each, every page
// fetched from a local server, and reports feeds polled per minute and
// articles stored per second. One server stands in for many hosts, so the
// client's per-host limit is raised to the poller's concurrency.
func BenchmarkPoll1000Feeds(b *testing.B) {
	srv := benchServer(b)
	client := fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}, PerHost: poll.DefaultConcurrency})
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		store := openSQLite(b)
		for f := range benchFeeds {
			addSource(b, store, fmt.Sprintf("%s/feed/%d", srv.URL, f))
		}
		p := poll.New(store, poll.Config{Client: client, Tick: 20 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
		b.StartTimer()
		start := time.Now()
		runUntilPolled(b, p, store)
		elapsed += time.Since(start)
		b.StopTimer()
		if n := len(allArticlesN(b, store)); n != benchFeeds*benchEntries {
			b.Fatalf("%d articles stored, want %d", n, benchFeeds*benchEntries)
		}
		b.StartTimer()
	}
	per := elapsed / time.Duration(b.N)
	b.ReportMetric(benchFeeds/per.Minutes(), "feeds/min")
	b.ReportMetric(benchFeeds*benchEntries/per.Seconds(), "articles/s")
}

// runUntilPolled runs p until every source of store has been polled once.
func runUntilPolled(b *testing.B, p *poll.Poller, store parallax.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	for {
		time.Sleep(50 * time.Millisecond)
		srcs, err := store.Sources.ListSources(ctx)
		if err != nil {
			b.Fatal(err)
		}
		polled := 0
		for _, s := range srcs {
			if !s.LastPolled.IsZero() {
				polled++
				if s.LastError != "" {
					b.Fatalf("%s: %s", s.URL, s.LastError)
				}
			}
		}
		if polled == len(srcs) {
			break
		}
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

// allArticlesN returns every stored article, page after page.
func allArticlesN(b *testing.B, store parallax.Store) []*parallax.StoredArticle {
	var out []*parallax.StoredArticle
	f := parallax.ArticleFilter{Limit: parallax.MaxLimit}
	for {
		page, err := store.Articles.FindArticles(context.Background(), f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, page.Articles...)
		if page.Next == "" {
			return out
		}
		f.Cursor = page.Next
	}
}
