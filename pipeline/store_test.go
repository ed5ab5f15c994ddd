package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/sqlite"
)

// openSQLite opens a store in a fresh file under t.TempDir().
func openSQLite(t testing.TB) parallax.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

// openPostgres opens a store in a schema of its own (package pgtest), or
// skips the test when no server is configured.
func openPostgres(t testing.TB) parallax.Store { return pgtest.Open(t) }
