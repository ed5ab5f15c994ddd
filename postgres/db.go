// Package postgres implements Parallax's storage interfaces on PostgreSQL
// through pgx: the engine for several Parallax processes, possibly on several
// machines, sharing one database.
//
// Work is claimed with FOR UPDATE SKIP LOCKED, stories are created once per
// key through a unique constraint and ON CONFLICT, named locks are
// transaction-scoped advisory locks, and a transaction that loses a deadlock
// to another writer is retried. Migrations in migrations/ are embedded and
// applied by Open under goose's advisory lock, so processes starting together
// migrate once. See docs/storage.md.
package postgres

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/parallax-news/parallax"
)

//go:embed migrations/*.sql
var migrations embed.FS

// retries is how many times a transaction that lost a deadlock or a
// serialization conflict is run again.
const retries = 5

// DB is an open PostgreSQL store. It is safe for concurrent use.
type DB struct {
	pool *pgxpool.Pool
}

// Open connects to the database at dsn (a postgres:// URL or key=value
// string; extra parameters such as search_path are sent as run-time
// parameters) and applies every pending migration.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EINVALID, Op: "open database", Message: "invalid PostgreSQL connection string", Err: err}
	}
	if cfg.MaxConns < 8 {
		cfg.MaxConns = 8 // a held lock keeps one connection; writes need others
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EIO, Op: "open database", Message: "connect to PostgreSQL", Err: err}
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	return &DB{pool: pool}, nil
}

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return &parallax.Error{Code: parallax.EINTERNAL, Op: "migrate", Err: err}
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return &parallax.Error{Code: parallax.EINTERNAL, Op: "migrate", Err: err}
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithSessionLocker(locker))
	if err == nil {
		_, err = p.Up(ctx)
	}
	if err != nil {
		return &parallax.Error{Code: parallax.EIO, Op: "migrate", Message: "apply migrations", Err: err}
	}
	return nil
}

// Close closes the connection pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Store returns the storage interfaces on db.
func (db *DB) Store() parallax.Store {
	return parallax.Store{
		Articles: &ArticleStore{db: db},
		Stories:  &StoryStore{db: db},
		Queue:    &Queue{db: db},
		Sources:  &SourceStore{db: db},
		Locks:    &Locker{db: db},
	}
}

// update runs fn in a read-committed transaction and commits it when fn
// returns nil, running it again when it loses a deadlock or a serialization
// conflict; fn must therefore only have effects through tx.
func (db *DB) update(ctx context.Context, op string, fn func(tx pgx.Tx) error) error {
	var err error
	for range retries {
		if err = inTx(ctx, db.pool, fn); !retryable(err) {
			break
		}
	}
	if err != nil {
		return ioErr(op, err)
	}
	return nil
}

// view runs fn in a read-only repeatable-read transaction, which sees one
// snapshot.
func (db *DB) view(ctx context.Context, op string, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return ioErr(op, err)
	}
	defer tx.Rollback(ctx)
	if err := fn(tx); err != nil {
		return ioErr(op, err)
	}
	return ioErr(op, tx.Commit(ctx))
}

func inTx(ctx context.Context, pool *pgxpool.Pool, fn func(tx pgx.Tx) error) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// retryable reports whether err is a deadlock or serialization failure.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// isViolation reports whether err violates the named constraint.
func isViolation(err error, constraint string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == constraint
}

// ioErr classifies err as EIO unless it is nil or already a *parallax.Error.
func ioErr(op string, err error) error {
	var pe *parallax.Error
	if err == nil || errors.As(err, &pe) {
		return err
	}
	return &parallax.Error{Code: parallax.EIO, Op: op, Message: op, Err: err}
}

// now is the current time at the stored resolution.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// utc returns t in UTC, nil for nil.
func utc(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// nullString stores "" as NULL, so that unique indexes ignore it.
func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
