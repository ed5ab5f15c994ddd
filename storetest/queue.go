package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func claim(t testing.TB, s parallax.Store, c parallax.Claim) []parallax.Job {
	t.Helper()
	jobs, err := s.Queue.Claim(context.Background(), c)
	if err != nil {
		t.Fatalf("Claim(%+v): %v", c, err)
	}
	return jobs
}

func testQueue(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	wantCode(t, "Enqueue(no kind)", s.Queue.Enqueue(ctx, "", "a"), parallax.EINVALID)
	wantCode(t, "Enqueue(empty id)", s.Queue.Enqueue(ctx, parallax.JobAnnotate, "a", ""), parallax.EINVALID)
	_, err := s.Queue.Claim(ctx, parallax.Claim{Kind: parallax.JobAnnotate})
	wantCode(t, "Claim(no worker)", err, parallax.EINVALID)

	for _, ids := range [][]string{{"a1", "a2", "a3"}, {"a2", "a3"}} { // the second adds nothing
		if err := s.Queue.Enqueue(ctx, parallax.JobAnnotate, ids...); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Queue.Enqueue(ctx, parallax.JobAssign, "a1"); err != nil {
		t.Fatal(err)
	}
	jobs := claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w1", Limit: 2})
	if len(jobs) != 2 || jobs[0].Article != "a1" || jobs[1].Article != "a2" || jobs[0].Attempts != 1 || jobs[0].Worker != "w1" {
		t.Fatalf("Claim(2) = %+v, want a1 and a2, first attempt, for w1", jobs)
	}
	if err := s.Queue.Complete(ctx, jobs[0]); err != nil {
		t.Errorf("Complete(a1): %v", err)
	}
	wantCode(t, "Complete(a1 again)", s.Queue.Complete(ctx, jobs[0]), parallax.ENOTFOUND)
	stats, err := s.Queue.Stats(ctx, parallax.JobAnnotate)
	if err != nil || stats["pending"] != 1 || stats["claimed"] != 1 || stats["failed"] != 0 {
		t.Errorf("Stats = %v, %v; want 1 pending, 1 claimed", stats, err)
	}
	if err := s.Queue.Enqueue(ctx, parallax.JobAnnotate, "a1"); err != nil { // done, so it can come back
		t.Fatal(err)
	}

	// a2's lease runs out: another worker takes it, and w1's claim is void.
	later := time.Now().Add(parallax.DefaultLease + time.Minute)
	retaken := claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w2", Limit: 10, Now: later})
	if len(retaken) != 3 || retaken[0].Article != "a2" || retaken[0].Attempts != 2 {
		t.Fatalf("Claim after lease = %+v, want a2 (second attempt), a3, a1", retaken)
	}
	wantCode(t, "Complete(stale claim)", s.Queue.Complete(ctx, jobs[1]), parallax.ENOTFOUND)
	wantCode(t, "Fail(stale claim)", s.Queue.Fail(ctx, jobs[1], "late"), parallax.ENOTFOUND)
	if got := claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w3", Now: later}); len(got) != 0 {
		t.Errorf("Claim while every job is held = %+v, want none", got)
	}
	t.Run("retries", func(t *testing.T) { testRetries(t, s, retaken[0]) })
}

// testRetries fails j until the queue gives it up.
func testRetries(t *testing.T, s parallax.Store, j parallax.Job) {
	ctx := context.Background()
	at := time.Now().Add(parallax.DefaultLease + time.Minute)
	for j.Attempts < parallax.MaxAttempts {
		before := time.Now()
		if err := s.Queue.Fail(ctx, j, "parse error"); err != nil {
			t.Fatalf("Fail(attempt %d): %v", j.Attempts, err)
		}
		if got := claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w9", Now: before}); len(got) != 0 && got[0].ID == j.ID {
			t.Fatalf("job claimed again before its retry delay: %+v", got[0])
		}
		at = at.Add(parallax.RetryDelay(j.Attempts) + parallax.DefaultLease + time.Minute)
		var next []parallax.Job
		for _, c := range claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w9", Limit: 10, Now: at}) {
			if c.ID == j.ID {
				next = append(next, c)
			}
		}
		if len(next) != 1 || next[0].Attempts != j.Attempts+1 || next[0].LastError != "parse error" {
			t.Fatalf("after Fail and the delay, Claim = %+v; want the job, attempt %d, with its last error", next, j.Attempts+1)
		}
		j = next[0]
	}
	if err := s.Queue.Fail(ctx, j, "gave up"); err != nil {
		t.Fatal(err)
	}
	stats, _ := s.Queue.Stats(ctx, parallax.JobAnnotate)
	if stats["failed"] != 1 {
		t.Errorf("Stats after %d failures = %v, want 1 failed", parallax.MaxAttempts, stats)
	}
	far := at.Add(24 * time.Hour)
	for _, c := range claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w9", Limit: 10, Now: far}) {
		if c.ID == j.ID {
			t.Errorf("a failed job was claimed again: %+v", c)
		}
	}
}
