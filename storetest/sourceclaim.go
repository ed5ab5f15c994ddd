package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func testClaimSources(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	var ids []int64
	for i, due := range []time.Duration{-time.Hour, -2 * time.Hour, time.Hour} { // the third is not due yet
		src := &parallax.Source{URL: fmt.Sprintf("https://outlet%d.example/feed", i), NextPoll: day.Add(due)}
		if _, err := s.Sources.CreateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, src.ID)
	}
	disabled := &parallax.Source{URL: "https://gone.example/feed", NextPoll: day.Add(-3 * time.Hour), Disabled: "HTTP 410"}
	if _, err := s.Sources.CreateSource(ctx, disabled); err != nil {
		t.Fatal(err)
	}
	lease := 10 * time.Minute
	got := claimSources(t, s, day, lease, 10)
	if len(got) != 2 || got[0].ID != ids[1] || got[1].ID != ids[0] {
		t.Fatalf("ClaimSources(day) = %v, want sources %d then %d (longest due first)", sourceIDs(got), ids[1], ids[0])
	}
	if !got[0].NextPoll.Equal(day.Add(lease)) {
		t.Errorf("claimed source NextPoll = %v, want the lease end %v", got[0].NextPoll, day.Add(lease))
	}
	if stored, _ := s.Sources.FindSourceByID(ctx, ids[0]); stored == nil || !stored.NextPoll.Equal(day.Add(lease)) {
		t.Errorf("stored NextPoll after ClaimSources = %+v, want %v", stored, day.Add(lease))
	}
	if again := claimSources(t, s, day.Add(lease-time.Second), lease, 10); len(again) != 0 {
		t.Errorf("ClaimSources while the lease holds = %v, want none", sourceIDs(again))
	}
	expired := claimSources(t, s, day.Add(lease), 0, 1) // the poller died: the lease ran out
	if len(expired) != 1 || expired[0].ID != ids[0] || !expired[0].NextPoll.Equal(day.Add(lease+parallax.DefaultLease)) {
		t.Errorf("ClaimSources(lease run out, limit 1, default lease) = %+v, want source %d leased for DefaultLease", expired, ids[0])
	}
	if none := claimSources(t, s, day, lease, 0); len(none) != 0 {
		t.Errorf("ClaimSources(limit 0) = %v, want none", sourceIDs(none))
	}
}

func claimSources(t testing.TB, s parallax.Store, now time.Time, lease time.Duration, limit int) []*parallax.Source {
	t.Helper()
	got, err := s.Sources.ClaimSources(context.Background(), now, lease, limit)
	if err != nil {
		t.Fatalf("ClaimSources(%v, %v, %d): %v", now, lease, limit, err)
	}
	return got
}

func sourceIDs(srcs []*parallax.Source) []int64 {
	ids := []int64{}
	for _, s := range srcs {
		ids = append(ids, s.ID)
	}
	return ids
}

// testClaimSourcesRace has workers claim due sources until none is left, and
// checks that each source was handed out once.
func testClaimSourcesRace(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	const sources = 40
	for i := range sources {
		src := &parallax.Source{URL: fmt.Sprintf("https://outlet%d.example/feed", i), NextPoll: day.Add(-time.Duration(i) * time.Minute)}
		if _, err := s.Sources.CreateSource(ctx, src); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	seen := map[int64]int{}
	race(func(i int) {
		for {
			got, err := s.Sources.ClaimSources(ctx, day, time.Hour, 3)
			if err != nil {
				t.Errorf("ClaimSources (worker %d): %v", i, err)
				return
			}
			if len(got) == 0 {
				return
			}
			mu.Lock()
			for _, src := range got {
				seen[src.ID]++
			}
			mu.Unlock()
		}
	})
	if len(seen) != sources {
		t.Errorf("%d of %d sources were claimed", len(seen), sources)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("source %d was claimed %d times", id, n)
		}
	}
}
