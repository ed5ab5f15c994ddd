package postgres

import (
	"context"
	"hash/fnv"

	"github.com/parallax-news/parallax"
)

var _ parallax.Locker = (*Locker)(nil)

// Locker implements parallax.Locker with transaction-scoped advisory locks:
// WithLock opens a transaction on a connection of its own, takes
// pg_advisory_xact_lock on a 64-bit hash of the key, runs fn, and ends the
// transaction, which releases the lock; so does the server when the
// process's connection drops. Two keys whose hashes collide share a lock,
// which costs waiting, never correctness.
type Locker struct{ db *DB }

// WithLock implements parallax.Locker.
func (l *Locker) WithLock(ctx context.Context, key string, fn func(ctx context.Context) error) error {
	tx, err := l.db.pool.Begin(ctx)
	if err != nil {
		return ioErr("lock", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockID(key)); err != nil {
		return &parallax.Error{Code: parallax.EIO, Op: "lock", Message: "wait for lock " + key, Err: err}
	}
	return fn(ctx)
}

// lockID is the advisory lock id of key.
func lockID(key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return int64(h.Sum64())
}
