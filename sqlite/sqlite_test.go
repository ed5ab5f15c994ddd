package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/storetest"
)

func open(t testing.TB) parallax.Store {
	return openFile(t, filepath.Join(t.TempDir(), "parallax.db"))
}

func openFile(t testing.TB, path string) parallax.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// TestTwoHandlesWrite has two stores opened on one file, as two processes
// would, write at once: busy_timeout and BEGIN IMMEDIATE make each writer
// wait its turn, so no write fails with SQLITE_BUSY.
func TestTwoHandlesWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	stores := []parallax.Store{openFile(t, path), openFile(t, path)}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := stores[w%2]
			for i := range 10 {
				a := parallax.Article{ID: fmt.Sprintf("w%d-%d", w, i), Title: "Tide gauge", Text: fmt.Sprintf("Gauge %d read %d metres at Pellmoor.", w, i)}
				if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: a}}); err != nil {
					errs <- err
					return
				}
				if err := s.Queue.Enqueue(ctx, parallax.JobAnnotate, a.ID); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	stats, err := stores[1].Queue.Stats(ctx, parallax.JobAnnotate)
	if err != nil || stats["pending"] != 80 {
		t.Errorf("Stats = %v, %v; want 80 pending jobs", stats, err)
	}
}

func TestOpenNeedsAFile(t *testing.T) {
	for _, p := range []string{"", ":memory:"} {
		if _, err := sqlite.Open(context.Background(), p); parallax.ErrorCode(err) != parallax.EINVALID {
			t.Errorf("Open(%q) error %v, want EINVALID", p, err)
		}
	}
}

func BenchmarkPut1000(b *testing.B)    { storetest.BenchPut(b, open) }
func BenchmarkReadReport(b *testing.B) { storetest.BenchReport(b, open) }
