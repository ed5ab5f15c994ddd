package poll_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/poll"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// checkOnce fails the test unless the store holds exactly one article per
// entry of items, each sighted once from the source.
func checkOnce(t *testing.T, store parallax.Store, items []item) {
	t.Helper()
	arts := allArticles(t, store)
	byURL := map[string]int{}
	for _, a := range arts {
		byURL[a.URL]++
		sights, err := store.Articles.FindSightings(context.Background(), a.ID)
		if err != nil || len(sights) != 1 {
			t.Errorf("article %s: %d sightings (%v), want 1", a.URL, len(sights), err)
		}
	}
	for _, it := range items {
		if byURL[it.link] != 1 {
			t.Errorf("entry %s stored %d times, want once", it.guid, byURL[it.link])
		}
	}
	if len(arts) != len(items) {
		t.Errorf("%d articles stored, want %d", len(arts), len(items))
	}
}

func TestCrashMidPollStoreFailure(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	items := publish(s, 0, 40) // three batches
	validatedFeed(s, "/feed", rss("Ledger", items...), `"v1"`, "")
	src := addSource(t, store, s.URL+"/feed")

	// The store fails after the first batch was committed.
	broken := store
	broken.Articles = &failingArticles{ArticleStore: store.Articles, after: 1}
	res := mustPoll(t, newPoller(broken, c), src)
	if res.Err == nil || res.Stored == 0 || res.Stored == len(items) {
		t.Fatalf("poll with a store failing midway = %+v, want a failure after some entries", res)
	}
	if got := stored(t, store, src.ID); got.ETag != "" {
		t.Fatalf("ETag %q stored after an incomplete poll", got.ETag)
	}
	committed := res.Stored

	// A new poller (a restarted process) finishes the job.
	c.Add(time.Hour)
	res = mustPoll(t, newPoller(store, c), stored(t, store, src.ID))
	if res.Err != nil || res.Seen != committed || res.Stored != len(items)-committed {
		t.Fatalf("poll after the restart = %+v, want %d seen and %d stored", res, committed, len(items)-committed)
	}
	checkOnce(t, store, items)
	if got := stored(t, store, src.ID); got.ETag != `"v1"` {
		t.Errorf("ETag = %q after the completed poll, want it stored", got.ETag)
	}
}

func TestCrashMidPollCancelled(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	items := publish(s, 0, 30)
	validatedFeed(s, "/feed", rss("Ledger", items...), `"v1"`, "")
	src := addSource(t, store, s.URL+"/feed")

	// The process is stopped while the 21st page is being fetched: the first
	// batch of 16 is committed, the next four are fetched but not.
	ctx, cancel := context.WithCancel(context.Background())
	stuck := "/a/20"
	s.handle(stuck, func(w http.ResponseWriter, r *http.Request) {
		cancel()
		<-r.Context().Done()
	})
	res, err := newPoller(store, c).Poll(ctx, src)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled poll: %+v, err %v; want context.Canceled", res, err)
	}
	got := stored(t, store, src.ID)
	if got.ETag != "" || got.Failures != 0 || got.NextPoll.After(c.Now()) {
		t.Errorf("source after a cancelled poll = %+v, want it released: due now, no validators, no failure", got)
	}
	committed := len(allArticles(t, store))
	if committed != 16 {
		t.Errorf("%d articles committed before the cancel, want the first batch of 16", committed)
	}

	s.page(stuck, pageHTML("Council approves project 20", articleText(20)))
	res = mustPoll(t, newPoller(store, c), got)
	if res.Err != nil || res.Seen != committed || res.Stored != len(items)-committed {
		t.Fatalf("poll after the restart = %+v, want %d seen, %d stored", res, committed, len(items)-committed)
	}
	checkOnce(t, store, items)
}

func TestRunPollsEachSourceOnce(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testRunPollsEachSourceOnce(t, openSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { testRunPollsEachSourceOnce(t, pgtest.Open(t)) })
}

func testRunPollsEachSourceOnce(t *testing.T, store parallax.Store) {
	s, c := newSite(t), &clock{t: t0}
	const feeds = 12
	var items []item
	for f := range feeds {
		its := publish(s, f*3, 3)
		items = append(items, its...)
		s.feed(fmt.Sprintf("/feed/%d", f), rss(fmt.Sprintf("Feed %d", f), its...))
		addSource(t, store, fmt.Sprintf("%s/feed/%d", s.URL, f))
	}
	// Three pollers share the store, as three processes would a database.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for w := range 3 {
		p := newPoller(store, c, func(cfg *poll.Config) {
			cfg.Worker = fmt.Sprintf("w%d", w)
			cfg.Concurrency = 2
			cfg.Tick = 5 * time.Millisecond
		})
		wg.Go(func() {
			if err := p.Run(ctx); err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		srcs, err := store.Sources.ListSources(ctx)
		if err != nil {
			t.Fatal(err)
		}
		done := 0
		for _, src := range srcs {
			if !src.LastPolled.IsZero() {
				done++
			}
		}
		if done == feeds {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	for f := range feeds {
		if n := s.hitsOf(fmt.Sprintf("/feed/%d", f)); n != 1 {
			t.Errorf("feed %d fetched %d times, want once (the clock did not move, so it is not due again)", f, n)
		}
	}
	checkOnce(t, store, items)
}
