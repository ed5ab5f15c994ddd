// Package sqlite implements Parallax's storage interfaces on SQLite, through
// the pure-Go modernc.org/sqlite driver: the default engine of a single
// Parallax process.
//
// One file holds everything. Writes go through a pool of one connection whose
// transactions begin IMMEDIATE, so writers queue in the process instead of
// failing with SQLITE_BUSY; reads go through a separate pool of read-only
// connections that WAL lets run beside the writer. Another process writing the
// same file waits up to BusyTimeout. Migrations in migrations/ are embedded
// and applied by Open. See docs/storage.md.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/parallax-news/parallax"
)

//go:embed migrations/*.sql
var migrations embed.FS

// BusyTimeout is how long a write waits for another process's write lock.
const BusyTimeout = 10 * time.Second

// readConns is the size of the read pool. WAL readers do not block one
// another, and a connection stays taken while the goroutine holding it waits
// for a CPU, so the pool must cover readers descheduled mid-transaction, not
// just the cores. Measured on 2 cores with 200 story pages/s over 100,000
// articles (docs/EVALUATION.md, "Service under load"): 4 connections queued
// requests for seconds (p99 0.9–1.8 s); 16 gave p99 34 ms in the least
// loaded run and 32 did no better. Each connection costs at most its page cache
// (2 MB).
const readConns = 16

// DB is an open SQLite store. It is safe for concurrent use.
type DB struct {
	write *sql.DB // one connection; BEGIN IMMEDIATE
	read  *sql.DB // query_only connections
	locks *keyLocks
}

// Open opens (creating if needed) the SQLite database file at path and
// applies every pending migration. path must name a file: an in-memory
// database cannot be shared by the two pools.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || path == ":memory:" {
		return nil, parallax.Errorf(parallax.EINVALID, "sqlite: a database file path is required")
	}
	write, err := openPool(path, true)
	if err != nil {
		return nil, err
	}
	write.SetMaxOpenConns(1)
	if err := migrate(ctx, write); err != nil {
		write.Close()
		return nil, err
	}
	read, err := openPool(path, false)
	if err != nil {
		write.Close()
		return nil, err
	}
	read.SetMaxOpenConns(readConns)
	read.SetMaxIdleConns(readConns)
	return &DB{write: write, read: read, locks: newKeyLocks()}, nil
}

func openPool(path string, writer bool) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if writer {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EIO, Op: "open database", Path: path, Err: err}
	}
	return db, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return &parallax.Error{Code: parallax.EINTERNAL, Op: "migrate", Err: err}
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub)
	if err == nil {
		_, err = p.Up(ctx)
	}
	if err != nil {
		return &parallax.Error{Code: parallax.EIO, Op: "migrate", Message: "apply migrations", Err: err}
	}
	return nil
}

// Close closes both pools.
func (db *DB) Close() error {
	return errors.Join(db.read.Close(), db.write.Close())
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

// update runs fn in a write transaction (BEGIN IMMEDIATE) and commits it when
// fn returns nil.
func (db *DB) update(ctx context.Context, op string, fn func(tx *sql.Tx) error) error {
	return inTx(ctx, db.write, op, fn)
}

// view runs fn in a read transaction, which sees one snapshot.
func (db *DB) view(ctx context.Context, op string, fn func(tx *sql.Tx) error) error {
	return inTx(ctx, db.read, op, fn)
}

func inTx(ctx context.Context, pool *sql.DB, op string, fn func(tx *sql.Tx) error) error {
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return ioErr(op, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return ioErr(op, err)
	}
	if err := tx.Commit(); err != nil {
		return ioErr(op, err)
	}
	return nil
}

// ioErr classifies err as EIO unless it is already a *parallax.Error.
func ioErr(op string, err error) error {
	var pe *parallax.Error
	if errors.As(err, &pe) {
		return err
	}
	return &parallax.Error{Code: parallax.EIO, Op: op, Message: op, Err: err}
}

// micros and fromMicros convert times to the column representation: integer
// microseconds since the Unix epoch, UTC.
func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(n int64) time.Time { return time.UnixMicro(n).UTC() }

// nullMicros is micros for an optional time.
func nullMicros(t *time.Time) sql.NullInt64 {
	if t == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMicro(), Valid: true}
}

func fromNullMicros(n sql.NullInt64) *time.Time {
	if !n.Valid {
		return nil
	}
	t := fromMicros(n.Int64)
	return &t
}

// nullString stores "" as NULL, so that unique indexes ignore it.
func nullString(s string) sql.NullString {
	return sql.NullString{String: s, Valid: s != ""}
}

// now is the current time at the stored resolution.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }
