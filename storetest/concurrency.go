package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// workers is the number of goroutines racing in each concurrency test.
const workers = 8

// race runs fn(i) in workers goroutines at once and waits for them.
func race(fn func(i int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			fn(i)
		}()
	}
	close(start)
	wg.Wait()
}

func testLocks(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	var inside, most atomic.Int32
	var errs atomic.Int32
	race(func(int) {
		err := s.Locks.WithLock(ctx, "assign:event-1", func(context.Context) error {
			n := inside.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			time.Sleep(2 * time.Millisecond) // give another holder a chance to overlap
			inside.Add(-1)
			return nil
		})
		if err != nil {
			errs.Add(1)
		}
	})
	if most.Load() != 1 || errs.Load() != 0 {
		t.Errorf("WithLock: %d holders at once, %d errors; want 1 and 0", most.Load(), errs.Load())
	}
	want := fmt.Errorf("fn failed")
	if err := s.Locks.WithLock(ctx, "k", func(context.Context) error { return want }); err != want {
		t.Errorf("WithLock returned %v, want fn's error", err)
	}
	held := make(chan struct{})
	release := make(chan struct{})
	go s.Locks.WithLock(ctx, "k", func(context.Context) error { close(held); <-release; return nil })
	<-held
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	err := s.Locks.WithLock(short, "k", func(context.Context) error { return nil })
	if err == nil {
		t.Errorf("WithLock on a held lock with an expiring context returned nil")
	}
	close(release)
}

func testConcurrency(t *testing.T, open Open) {
	t.Run("same story key", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		var created atomic.Int32
		ids := make([]string, workers)
		race(func(i int) {
			st := &parallax.Story{Key: "event:ferry-fire", Title: fmt.Sprintf("worker %d", i)}
			ok, err := s.Stories.CreateStory(ctx, st)
			if err != nil {
				t.Errorf("CreateStory (worker %d): %v", i, err)
			}
			if ok {
				created.Add(1)
			}
			ids[i] = st.ID
		})
		for i, id := range ids {
			if id != ids[0] {
				t.Errorf("worker %d got story %q, worker 0 %q", i, id, ids[0])
			}
		}
		if created.Load() != 1 {
			t.Errorf("%d workers creating one key created %d stories, want 1", workers, created.Load())
		}
	})
	t.Run("same articles", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		var stored atomic.Int32
		race(func(i int) {
			var in []parallax.ArticleInput
			for k := range 20 {
				in = append(in, parallax.ArticleInput{Article: article((k + i) % 20)})
			}
			res, err := s.Articles.PutArticles(ctx, in)
			if err != nil {
				t.Errorf("PutArticles (worker %d): %v", i, err)
			}
			for _, r := range res {
				if r.Status == parallax.PutStored {
					stored.Add(1)
				}
			}
		})
		if stored.Load() != 20 {
			t.Errorf("%d workers putting the same 20 articles stored %d, want 20", workers, stored.Load())
		}
	})
	t.Run("claims", func(t *testing.T) { testClaimRace(t, open) })
	t.Run("source claims", func(t *testing.T) { testClaimSourcesRace(t, open) })
	t.Run("same revision", func(t *testing.T) { testReviseRace(t, open) })
}

// testClaimRace has workers claim and complete jobs until none is left, and
// checks that each job was handed out once.
func testClaimRace(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	const jobs = 200
	ids := make([]string, jobs)
	for i := range ids {
		ids[i] = fmt.Sprintf("art-%03d", i)
	}
	if err := s.Queue.Enqueue(ctx, parallax.JobAssign, ids...); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]int{}
	race(func(i int) {
		for {
			got, err := s.Queue.Claim(ctx, parallax.Claim{Kind: parallax.JobAssign, Worker: fmt.Sprintf("w%d", i), Limit: 7})
			if err != nil {
				t.Errorf("Claim (worker %d): %v", i, err)
				return
			}
			if len(got) == 0 {
				return
			}
			for _, j := range got {
				mu.Lock()
				seen[j.Article]++
				mu.Unlock()
				if err := s.Queue.Complete(ctx, j); err != nil {
					t.Errorf("Complete(%d) (worker %d): %v", j.ID, i, err)
				}
			}
		}
	})
	if len(seen) != jobs {
		t.Errorf("%d of %d jobs were claimed", len(seen), jobs)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("job of %s was claimed %d times", id, n)
		}
	}
}

// testReviseRace has workers put the same changed text of one article at
// once: one revises it, the others find the revision stored.
func testReviseRace(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	a := article(70)
	put(t, s, a)
	var counts sync.Map
	race(func(i int) {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: revised(a, 0), Revise: true}})
		if err != nil {
			t.Errorf("PutArticles (worker %d): %v", i, err)
			return
		}
		n, _ := counts.LoadOrStore(res[0].Status, new(atomic.Int32))
		n.(*atomic.Int32).Add(1)
	})
	got := map[parallax.PutStatus]int32{}
	counts.Range(func(k, v any) bool { got[k.(parallax.PutStatus)] = v.(*atomic.Int32).Load(); return true })
	if got[parallax.PutRevised] != 1 || got[parallax.PutDuplicate] != workers-1 {
		t.Errorf("%d workers putting one revision: %v, want 1 revised and the rest duplicates", workers, got)
	}
	if revs, err := s.Articles.FindRevisions(ctx, a.ID); err != nil || len(revs) != 1 {
		t.Errorf("FindRevisions after the race = %+v, %v; want 1 revision", revs, err)
	}
}
