package postgres_test

import (
	"context"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/storetest"
)

// open returns a store in a schema of its own (package pgtest).
func open(t testing.TB) parallax.Store { return pgtest.Open(t) }

func TestConformance(t *testing.T) {
	pgtest.Skip(t)
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
