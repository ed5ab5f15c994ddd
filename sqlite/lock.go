package sqlite

import (
	"context"
	"sync"

	"github.com/parallax-news/parallax"
)

var _ parallax.Locker = (*Locker)(nil)

// Locker implements parallax.Locker within one process: SQLite serves one
// Parallax process, and a lock held in the database would have to be held by
// the single writer connection, which fn needs for its own writes.
type Locker struct{ db *DB }

// WithLock implements parallax.Locker.
func (l *Locker) WithLock(ctx context.Context, key string, fn func(ctx context.Context) error) error {
	if err := l.db.locks.lock(ctx, key); err != nil {
		return &parallax.Error{Code: parallax.EIO, Op: "lock", Message: "wait for lock " + key, Err: err}
	}
	defer l.db.locks.unlock(key)
	return fn(ctx)
}

// keyLocks is a set of named mutexes whose waits ctx can cancel.
type keyLocks struct {
	mu   sync.Mutex
	held map[string]chan struct{} // closed when the holder unlocks
}

func newKeyLocks() *keyLocks { return &keyLocks{held: make(map[string]chan struct{})} }

func (k *keyLocks) lock(ctx context.Context, key string) error {
	for {
		k.mu.Lock()
		ch, busy := k.held[key]
		if !busy {
			k.held[key] = make(chan struct{})
			k.mu.Unlock()
			return nil
		}
		k.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (k *keyLocks) unlock(key string) {
	k.mu.Lock()
	close(k.held[key])
	delete(k.held, key)
	k.mu.Unlock()
}
