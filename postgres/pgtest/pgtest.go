// Package pgtest opens PostgreSQL stores for tests: each in a schema of its
// own, dropped at cleanup, so that tests and parallel runs never see each
// other's rows. Tests skip, saying how to run them, when no server is set.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
)

// Env names the variable holding the test server's connection string.
const Env = "PARALLAX_TEST_POSTGRES"

// Skip skips t when Env is unset.
func Skip(t testing.TB) {
	t.Helper()
	if os.Getenv(Env) == "" {
		t.Skip("set " + Env + "=postgres://… to run the PostgreSQL tests")
	}
}

// Open returns a store in a fresh schema, closed and dropped at cleanup.
func Open(t testing.TB) parallax.Store {
	t.Helper()
	Skip(t)
	dsn := os.Getenv(Env)
	schema := newSchema(t, dsn)
	db, err := postgres.Open(context.Background(), withSearchPath(dsn, schema))
	if err != nil {
		t.Fatalf("postgres.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

// URL returns a connection string whose search_path is a fresh schema,
// dropped at cleanup, for a test that opens the store in another process.
func URL(t testing.TB) string {
	t.Helper()
	Skip(t)
	dsn := os.Getenv(Env)
	return withSearchPath(dsn, newSchema(t, dsn))
}

// newSchema creates a uniquely named schema and drops it at cleanup.
func newSchema(t testing.TB, dsn string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "parallax_test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("connect to drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return schema
}

// withSearchPath adds search_path to a URL or key=value connection string.
func withSearchPath(dsn, schema string) string {
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
