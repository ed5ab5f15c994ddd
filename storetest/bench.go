package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// BenchPut measures PutArticles of 1,000 new articles (one call per
// iteration) and reports articles/s.
func BenchPut(b *testing.B, open Open) {
	s, ctx := open(b), context.Background()
	const n = 1000
	batch := 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		in := make([]parallax.ArticleInput, n)
		for i := range in {
			a := article(i)
			a.ID = fmt.Sprintf("b%d-%d", batch, i)
			a.URL = fmt.Sprintf("https://courier.example/b%d/%d", batch, i)
			a.Text += fmt.Sprintf(" Batch %d.", batch)
			in[i] = parallax.ArticleInput{Article: a}
		}
		batch++
		b.StartTimer()
		res, err := s.Articles.PutArticles(ctx, in)
		if err != nil || res[n-1].Status != parallax.PutStored {
			b.Fatalf("PutArticles: %v (%+v)", err, res[n-1])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchReport measures reading a story's current report (FindReport) and the
// story itself (FindStoryByID), as a story page does, with 50 articles.
func BenchReport(b *testing.B, open Open) {
	s, ctx := open(b), context.Background()
	var arts []parallax.Article
	for i := range 50 {
		arts = append(arts, article(i))
	}
	put(b, s, arts...)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	st := newStory(b, s, "bench", ids...)
	if _, err := s.Stories.SaveReport(ctx, st.ID, report(st.ID, 50)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Stories.FindReport(ctx, st.ID, 0); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Stories.FindStoryByID(ctx, st.ID); err != nil {
			b.Fatal(err)
		}
	}
}
