package reconcile_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/reconcile"
)

// bigStory returns n articles made from the fixture's five, each under its
// own id and outlet: a worst case for alignment, since every sentence has
// n/5 exact matches.
func bigStory(tb testing.TB, n int) []parallax.Article {
	tb.Helper()
	arts, errs := ingest.Reader{}.Read(context.Background(), []string{kelmaria}, nil)
	if len(errs) > 0 || len(arts) == 0 {
		tb.Fatalf("read %s: %v", kelmaria, errs)
	}
	out := make([]parallax.Article, n)
	for i := range out {
		a := arts[i%len(arts)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		a.Outlet = fmt.Sprintf("Outlet %d", i)
		out[i] = a
	}
	return out
}

func benchmarkStory(b *testing.B, n int) {
	an := annotate.New()
	an.Workers = 1
	annotated := an.Batch(context.Background(), bigStory(b, n))
	b.ResetTimer()
	for b.Loop() {
		reconcile.Story(annotated, reconcile.Options{})
	}
}

func benchmarkEndToEnd(b *testing.B, n int) {
	arts := bigStory(b, n)
	an := annotate.New()
	an.Workers = 1
	b.ResetTimer()
	for b.Loop() {
		reconcile.Story(an.Batch(context.Background(), arts), reconcile.Options{})
	}
}

// BenchmarkStory5 reconciles a 5-article story already annotated (goal:
// ≤ 50 ms on one core, including the end-to-end variant).
func BenchmarkStory5(b *testing.B) { benchmarkStory(b, 5) }

// BenchmarkStory100 reconciles a 100-article story already annotated
// (goal: ≤ 1 s on one core, including the end-to-end variant).
func BenchmarkStory100(b *testing.B) { benchmarkStory(b, 100) }

// BenchmarkEndToEnd5 annotates (one worker) and reconciles 5 articles.
func BenchmarkEndToEnd5(b *testing.B) { benchmarkEndToEnd(b, 5) }

// BenchmarkEndToEnd100 annotates (one worker) and reconciles 100 articles.
func BenchmarkEndToEnd100(b *testing.B) { benchmarkEndToEnd(b, 100) }
