package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
)

// kinds are the job kinds a worker takes, in the order it looks for them:
// assignment first, so that an annotated article reaches its story before
// more articles are annotated, and a single worker handles articles in the
// order they were stored.
var kinds = []string{parallax.JobAssign, parallax.JobAnnotate}

// claimTimeout bounds one claim of a job.
const claimTimeout = 30 * time.Second

// Run takes and does jobs until ctx is cancelled, waiting Config.Idle
// whenever the queue is empty. Cancelling ctx stops it between jobs: the job
// in flight is finished (its own context is not cancelled, only bounded by
// the lease) and completed before Run returns nil. A job that fails is
// released for a retry (parallax.Queue.Fail) and logged; Run returns an
// error only when the queue itself cannot be reached for a whole lease.
func (w *Worker) Run(ctx context.Context) error {
	var failingSince time.Time
	for ctx.Err() == nil {
		did, err := w.Step(ctx)
		if err != nil && ctx.Err() == nil {
			if failingSince.IsZero() {
				failingSince = time.Now()
			}
			w.log.Warn("job queue unavailable", "err", err)
			if time.Since(failingSince) > w.cfg.Lease {
				return fmt.Errorf("worker %s: %w", w.cfg.Worker, err)
			}
		} else if err == nil {
			failingSince = time.Time{}
			if did {
				continue
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(w.cfg.Idle):
		}
	}
	return nil
}

// Drain does jobs until none is available, then returns how many it did.
// Jobs other workers hold, or that wait for a retry, are not waited for.
func (w *Worker) Drain(ctx context.Context) (int, error) {
	n := 0
	for ctx.Err() == nil {
		did, err := w.Step(ctx)
		if err != nil {
			return n, err
		}
		if !did {
			return n, nil
		}
		n++
	}
	return n, ctx.Err()
}

// Step claims one job, of the first kind that has one, and does it. It
// reports whether it found a job; the error is the queue's, not the job's
// (a failed job is released for a retry and logged).
func (w *Worker) Step(ctx context.Context) (bool, error) {
	for _, kind := range kinds {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		// A claim is not cancelled half-way: one committed while its
		// caller gave up would hold the job until the lease ran out.
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), claimTimeout)
		jobs, err := w.store.Queue.Claim(cctx, parallax.Claim{Kind: kind, Worker: w.cfg.Worker, Limit: 1, Lease: w.cfg.Lease})
		cancel()
		if err != nil {
			return false, err
		}
		if len(jobs) > 0 {
			return true, w.finish(ctx, jobs[0])
		}
	}
	return false, nil
}

// finish does job j on a context that outlives ctx's cancellation but not
// the lease, then completes it, or fails it for a retry.
func (w *Worker) finish(ctx context.Context, j parallax.Job) error {
	jctx, cancel := context.WithDeadline(context.WithoutCancel(ctx), j.LeaseUntil)
	defer cancel()
	start := time.Now()
	err := w.Do(jctx, j.Kind, j.Article)
	if parallax.ErrorCode(err) == parallax.ENOTFOUND {
		w.log.Info("job's article is gone", "kind", j.Kind, "article", j.Article, "err", err)
		err = nil
	}
	if err != nil {
		w.log.Error("job failed", "kind", j.Kind, "article", j.Article, "attempt", j.Attempts, "err", err)
		err = w.store.Queue.Fail(jctx, j, err.Error())
	} else {
		w.log.Debug("job done", "kind", j.Kind, "article", j.Article, "took", time.Since(start))
		err = w.store.Queue.Complete(jctx, j)
	}
	if parallax.ErrorCode(err) == parallax.ENOTFOUND {
		// The lease ran out and another worker holds the job now; it will
		// redo the same (idempotent) work.
		w.log.Warn("job lease lost", "kind", j.Kind, "article", j.Article)
		return nil
	}
	return err
}

// Do does one job of kind to the article id, without the queue: annotate
// it, or assign it to its story and recompute that story's report.
// ENOTFOUND when the article does not exist; EINVALID for an unknown kind.
func (w *Worker) Do(ctx context.Context, kind, id string) error {
	switch kind {
	case parallax.JobAnnotate:
		return w.Annotate(ctx, id)
	case parallax.JobAssign:
		_, err := w.Assign(ctx, id)
		return err
	}
	return &parallax.Error{Code: parallax.EINVALID, Op: "do job", Message: fmt.Sprintf("unknown job kind %q", kind), Err: errors.ErrUnsupported}
}
