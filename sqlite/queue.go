package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"slices"

	"github.com/parallax-news/parallax"
)

var _ parallax.Queue = (*Queue)(nil)

// Queue implements parallax.Queue. Claims run in the single writer's
// BEGIN IMMEDIATE transaction, so two claims never overlap.
type Queue struct{ db *DB }

// Enqueue implements parallax.Queue.
func (q *Queue) Enqueue(ctx context.Context, kind string, articleIDs ...string) error {
	if err := checkEnqueue(kind, articleIDs); err != nil {
		return err
	}
	return q.db.update(ctx, "enqueue", func(tx *sql.Tx) error {
		t := micros(now())
		for _, id := range articleIDs {
			_, err := tx.ExecContext(ctx, `INSERT INTO jobs (kind, article_id, available_at, created_at)
				VALUES (?, ?, ?, ?) ON CONFLICT (kind, article_id) DO NOTHING`, kind, id, t, t)
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func checkEnqueue(kind string, ids []string) error {
	if kind == "" {
		return parallax.Errorf(parallax.EINVALID, "job kind is empty")
	}
	for _, id := range ids {
		if id == "" {
			return parallax.Errorf(parallax.EINVALID, "article id is empty")
		}
	}
	return nil
}

// Claim implements parallax.Queue.
func (q *Queue) Claim(ctx context.Context, c parallax.Claim) ([]parallax.Job, error) {
	c, err := claimDefaults(c)
	if err != nil {
		return nil, err
	}
	lease := c.Now.Add(c.Lease)
	jobs := []parallax.Job{}
	err = q.db.update(ctx, "claim jobs", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `UPDATE jobs SET state = 'claimed', worker = ?1, lease_until = ?2,
			attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs WHERE kind = ?3
				AND ((state = 'pending' AND available_at <= ?4) OR (state = 'claimed' AND lease_until <= ?4))
				ORDER BY id LIMIT ?5)
			RETURNING id, article_id, attempts, last_error`,
			c.Worker, micros(lease), c.Kind, micros(c.Now), c.Limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			j := parallax.Job{Kind: c.Kind, Worker: c.Worker, LeaseUntil: fromMicros(micros(lease))}
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

// claimDefaults checks c and fills its defaults.
func claimDefaults(c parallax.Claim) (parallax.Claim, error) {
	if c.Kind == "" || c.Worker == "" {
		return c, parallax.Errorf(parallax.EINVALID, "a claim needs a job kind and a worker name")
	}
	if c.Limit <= 0 {
		c.Limit = 1
	}
	if c.Lease <= 0 {
		c.Lease = parallax.DefaultLease
	}
	if c.Now.IsZero() {
		c.Now = now()
	}
	return c, nil
}

// Complete implements parallax.Queue.
func (q *Queue) Complete(ctx context.Context, j parallax.Job) error {
	return q.db.update(ctx, "complete job", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM jobs WHERE id = ? AND state = 'claimed'
			AND worker = ? AND attempts = ?`, j.ID, j.Worker, j.Attempts)
		return claimHeld(res, err, j)
	})
}

// Fail implements parallax.Queue.
func (q *Queue) Fail(ctx context.Context, j parallax.Job, cause string) error {
	return q.db.update(ctx, "fail job", func(tx *sql.Tx) error {
		state := "pending"
		if j.Attempts >= parallax.MaxAttempts {
			state = "failed"
		}
		res, err := tx.ExecContext(ctx, `UPDATE jobs SET state = ?, available_at = ?, last_error = ?,
			worker = '', lease_until = 0 WHERE id = ? AND state = 'claimed' AND worker = ? AND attempts = ?`,
			state, micros(now().Add(parallax.RetryDelay(j.Attempts))), cause, j.ID, j.Worker, j.Attempts)
		return claimHeld(res, err, j)
	})
}

// claimHeld returns ENOTFOUND when the statement that needed j's claim
// changed no row.
func claimHeld(res sql.Result, err error, j parallax.Job) error {
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return parallax.Errorf(parallax.ENOTFOUND, "job %d is no longer claimed by %s", j.ID, j.Worker)
	}
	return nil
}

// Stats implements parallax.Queue.
func (q *Queue) Stats(ctx context.Context, kind string) (map[string]int, error) {
	out := map[string]int{"pending": 0, "claimed": 0, "failed": 0}
	err := q.db.view(ctx, "queue stats", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT CASE WHEN state = 'claimed' AND lease_until <= ? THEN 'pending'
			ELSE state END AS st, count(*) FROM jobs WHERE kind = ? GROUP BY st`, micros(now()), kind)
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
