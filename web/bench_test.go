package web_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/web"
)

// BenchmarkPostArticles posts 1,000 new invented articles (about 1.5 KB
// each) as JSON Lines per iteration and reports articles stored per second,
// reading and cleaning included (annotation is the pipeline's, not timed).
func BenchmarkPostArticles(b *testing.B) {
	srv, _ := newServer(b, web.Config{Token: token})
	para := strings.Repeat("Engineers inspected the Kessan Bridge in Ostrel again on Monday and found further cracks in its girders, the transport office said. ", 12)
	n := 0
	b.ResetTimer()
	for b.Loop() {
		var sb strings.Builder
		for range 1000 {
			n++
			fmt.Fprintf(&sb, `{"outlet":"Bench Wire","published":"2025-04-08","title":"Bridge report %d","text":"Report number %d. %s"}`+"\n", n, n, para)
		}
		status, body := post(b, srv.URL, "application/x-ndjson", sb.String())
		if status != 200 || !strings.Contains(string(body), `"stored":1000`) {
			b.Fatalf("POST = %d %.300s", status, body)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
