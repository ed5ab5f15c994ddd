package annotate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

// benchArticle returns a ~3 KB article made of the fixture's paragraphs.
func benchArticle(b *testing.B) parallax.Article {
	arts := readFixture(b)
	var sb strings.Builder
	for sb.Len() < 3000 {
		for _, a := range arts {
			sb.WriteString(a.Text)
			sb.WriteString("\n")
		}
	}
	a := arts[0]
	a.Text = sb.String()[:strings.LastIndex(sb.String()[:3100], "\n")]
	return a
}

// BenchmarkAnnotate measures one ~3 KB plain-text article on one core, after
// start-up (the Annotator is built once). Goal: ≥ 500 articles/s.
func BenchmarkAnnotate(b *testing.B) {
	an := annotate.New()
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ResetTimer()
	for b.Loop() {
		an.Annotate(a)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBatch measures a batch of 100 articles through Batch (parallel
// annotation and cross-article unification) with one worker.
func BenchmarkBatch(b *testing.B) {
	an := annotate.New()
	an.Workers = 1
	one := benchArticle(b)
	batch := make([]parallax.Article, 100)
	for i := range batch {
		batch[i] = one
	}
	b.ResetTimer()
	for b.Loop() {
		an.Batch(context.Background(), batch)
	}
	b.ReportMetric(float64(b.N*len(batch))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNew measures building an Annotator (part of start-up).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		annotate.New()
	}
}
