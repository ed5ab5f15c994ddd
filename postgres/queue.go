package postgres

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parallax-news/parallax"
)

var _ parallax.Queue = (*Queue)(nil)

// Queue implements parallax.Queue. Claim selects jobs FOR UPDATE SKIP
// LOCKED, so concurrent claims from any number of processes take disjoint
// jobs without waiting for each other.
type Queue struct{ db *DB }

// Enqueue implements parallax.Queue.
func (q *Queue) Enqueue(ctx context.Context, kind string, articleIDs ...string) error {
	if kind == "" {
		return parallax.Errorf(parallax.EINVALID, "job kind is empty")
	}
	if slices.Contains(articleIDs, "") {
		return parallax.Errorf(parallax.EINVALID, "article id is empty")
	}
	return q.db.update(ctx, "enqueue", func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO jobs (kind, article_id, available_at, created_at)
			SELECT $1, id, $3, $3 FROM unnest($2::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n
			ON CONFLICT (kind, article_id) DO NOTHING`, kind, articleIDs, now())
		return err
	})
}

// Claim implements parallax.Queue.
func (q *Queue) Claim(ctx context.Context, c parallax.Claim) ([]parallax.Job, error) {
	if c.Kind == "" || c.Worker == "" {
		return nil, parallax.Errorf(parallax.EINVALID, "a claim needs a job kind and a worker name")
	}
	c.Limit = max(c.Limit, 1)
	if c.Lease <= 0 {
		c.Lease = parallax.DefaultLease
	}
	if c.Now.IsZero() {
		c.Now = now()
	}
	lease := c.Now.Add(c.Lease).UTC().Truncate(time.Microsecond)
	jobs := []parallax.Job{}
	err := q.db.update(ctx, "claim jobs", func(tx pgx.Tx) error {
		jobs = jobs[:0]
		rows, err := tx.Query(ctx, `UPDATE jobs SET state = 'claimed', worker = $1, lease_until = $2,
			attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs WHERE kind = $3
				AND ((state = 'pending' AND available_at <= $4) OR (state = 'claimed' AND lease_until <= $4))
				ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED)
			RETURNING id, article_id, attempts, last_error`, c.Worker, lease, c.Kind, c.Now, c.Limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			j := parallax.Job{Kind: c.Kind, Worker: c.Worker, LeaseUntil: lease}
			if err := rows.Scan(&j.ID, &j.Article, &j.Attempts, &j.LastError); err != nil {
				return err
			}
			jobs = append(jobs, j)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(jobs, func(a, b parallax.Job) int { return cmp.Compare(a.ID, b.ID) })
	return jobs, nil
}

// Complete implements parallax.Queue.
func (q *Queue) Complete(ctx context.Context, j parallax.Job) error {
	return q.db.update(ctx, "complete job", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM jobs WHERE id = $1 AND state = 'claimed'
			AND worker = $2 AND attempts = $3`, j.ID, j.Worker, j.Attempts)
		return claimHeld(tag, err, j)
	})
}

// Fail implements parallax.Queue.
func (q *Queue) Fail(ctx context.Context, j parallax.Job, cause string) error {
	state := "pending"
	if j.Attempts >= parallax.MaxAttempts {
		state = "failed"
	}
	return q.db.update(ctx, "fail job", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE jobs SET state = $1, available_at = $2, last_error = $3,
			worker = '', lease_until = 'epoch' WHERE id = $4 AND state = 'claimed' AND worker = $5 AND attempts = $6`,
			state, now().Add(parallax.RetryDelay(j.Attempts)), cause, j.ID, j.Worker, j.Attempts)
		return claimHeld(tag, err, j)
	})
}

// claimHeld returns ENOTFOUND when the statement that needed j's claim
// changed no row.
func claimHeld(tag pgconn.CommandTag, err error, j parallax.Job) error {
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return parallax.Errorf(parallax.ENOTFOUND, "job %d is no longer claimed by %s", j.ID, j.Worker)
	}
	return nil
}

// Stats implements parallax.Queue.
func (q *Queue) Stats(ctx context.Context, kind string) (map[string]int, error) {
	out := map[string]int{"pending": 0, "claimed": 0, "failed": 0}
	err := q.db.view(ctx, "queue stats", func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT CASE WHEN state = 'claimed' AND lease_until <= $1 THEN 'pending'
			ELSE state END AS st, count(*) FROM jobs WHERE kind = $2 GROUP BY st`, now(), kind)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var st string
			var n int
			if err := rows.Scan(&st, &n); err != nil {
				return err
			}
			out[st] = n
		}
		return rows.Err()
	})
	return out, err
}
