package cluster

import (
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/parallax-news/parallax"
)

// benchArticles is the size of the streamed corpus: PARALLAX_BENCH_ARTICLES,
// or 20,000 by default so that CI stays quick. The curve in
// docs/EVALUATION.md was measured at 10k, 100k and 1M with -benchtime=1x.
func benchArticles(b *testing.B) int {
	if v := os.Getenv("PARALLAX_BENCH_ARTICLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			b.Fatalf("PARALLAX_BENCH_ARTICLES=%q: want a positive integer", v)
		}
		return n
	}
	return 20000
}

// BenchmarkStream streams a generated corpus (about 2,000 articles a day,
// stories of 1 to ~30 articles over 1 to 10 days) through one clusterer on
// one core. Generation is outside the timer. It reports articles/s over the
// whole stream and over its last tenth (flat cost means the two agree), the
// live heap at the end, and the heap per article in the active window.
func BenchmarkStream(b *testing.B) {
	n := benchArticles(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g := newGenerator(2000)
		c := New(Config{OnRetire: func(Story) {}})
		batch := make([]*parallax.Annotated, 0, 1000)
		var lastTenth float64
		lastN := 0
		for done := 0; done < n; {
			batch = batch[:0]
			for len(batch) < cap(batch) && done+len(batch) < n {
				a, _ := g.next()
				batch = append(batch, a)
			}
			before := b.Elapsed()
			b.StartTimer()
			for _, a := range batch {
				c.Add(a)
			}
			b.StopTimer()
			if done >= n-n/10 {
				lastTenth += (b.Elapsed() - before).Seconds()
				lastN += len(batch)
			}
			done += len(batch)
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		window := 0
		for _, s := range c.stories {
			window += len(s.articles)
		}
		b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
		b.ReportMetric(float64(ms.HeapAlloc)/float64(max(window, 1)), "heap-B/window-article")
		b.ReportMetric(float64(window), "window-articles")
		if lastTenth > 0 {
			b.ReportMetric(float64(lastN)/lastTenth, "last-tenth-articles/s")
		}
		runtime.KeepAlive(c)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
