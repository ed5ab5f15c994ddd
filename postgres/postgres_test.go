package postgres_test

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
	"github.com/parallax-news/parallax/storetest"
)

// envDSN names the variable holding the test server's connection string.
const envDSN = "PARALLAX_TEST_POSTGRES"

// open returns a store in a schema of its own, dropped at cleanup, so that
// tests and parallel runs never see each other's rows.
func open(t testing.TB) parallax.Store {
	t.Helper()
	dsn := os.Getenv(envDSN)
	if dsn == "" {
		t.Skip("set PARALLAX_TEST_POSTGRES=postgres://… to run the PostgreSQL suite")
	}
	ctx := context.Background()
	schema := newSchema(t, dsn)
	db, err := postgres.Open(ctx, withSearchPath(dsn, schema))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

// newSchema creates a uniquely named schema and drops it at cleanup.
func newSchema(t testing.TB, dsn string) string {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", envDSN, err)
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

func TestConformance(t *testing.T) {
	if os.Getenv(envDSN) == "" {
		t.Skip("set PARALLAX_TEST_POSTGRES=postgres://… to run the PostgreSQL suite")
	}
	storetest.Run(t, open)
}

func TestOpenBadDSN(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://%zz")
	if parallax.ErrorCode(err) != parallax.EINVALID {
		t.Errorf("Open(bad dsn) error %v, want EINVALID", err)
	}
}

func BenchmarkPut1000(b *testing.B)    { storetest.BenchPut(b, open) }
func BenchmarkReadReport(b *testing.B) { storetest.BenchReport(b, open) }
