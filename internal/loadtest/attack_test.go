package loadtest

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// attack sends tr's requests at rate per second for d, open loop: each
// request leaves on schedule whether or not the earlier ones have been
// answered, so a slow server shows as latency, not as a lower rate. each,
// when not nil, sees every result. It returns the attack's metrics.
func attack(name string, rate int, d time.Duration, tr vegeta.Targeter, each func(*vegeta.Result)) *vegeta.Metrics {
	a := vegeta.NewAttacker(vegeta.Timeout(30 * time.Second))
	var m vegeta.Metrics
	for res := range a.Attack(tr, vegeta.Rate{Freq: rate, Per: time.Second}, d, name) {
		m.Add(res)
		if each != nil {
			each(res)
		}
	}
	m.Close()
	return &m
}

// reportLatency reports m's latency percentiles (ms) and success rate (%)
// as benchmark metrics, and logs them in a sentence.
func reportLatency(b *testing.B, what string, rate int, m *vegeta.Metrics) {
	b.ReportMetric(0, "ns/op") // one attack, not an operation
	b.ReportMetric(ms(m.Latencies.P50), "p50-ms")
	b.ReportMetric(ms(m.Latencies.P95), "p95-ms")
	b.ReportMetric(ms(m.Latencies.P99), "p99-ms")
	b.ReportMetric(100*m.Success, "success-%")
	b.Logf("%s: %d requests at %d/s for %v: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.2f%% succeeded; status %v; errors %v",
		what, m.Requests, rate, m.Duration.Round(time.Millisecond), ms(m.Latencies.P50), ms(m.Latencies.P95),
		ms(m.Latencies.P99), ms(m.Latencies.Max), 100*m.Success, m.StatusCodes, m.Errors)
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// randomGets returns a targeter of GET base+p for paths p drawn at random
// (from a fixed seed, so runs ask for the same sequence).
func randomGets(base string, paths []string) vegeta.Targeter {
	var mu sync.Mutex
	r := rand.New(rand.NewPCG(1, 2))
	return func(t *vegeta.Target) error {
		mu.Lock()
		p := paths[r.IntN(len(paths))]
		mu.Unlock()
		*t = vegeta.Target{Method: "GET", URL: base + p}
		return nil
	}
}
