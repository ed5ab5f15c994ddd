package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/parallax-news/parallax"
)

// benchIngest posts new articles, cfg.batch to a request, at
// cfg.ingestRate articles/s for cfg.duration while the pipeline workers
// run, then watches the pipeline for half as long again. It reports the
// articles stored per second (from the responses, over the time until the
// last one arrived), the POST latency, the articles per second the pipeline
// finished (annotated, assigned to a story, report saved) and the backlog
// it was left with.
func benchIngest(b *testing.B, cfg config, svc *service, stories int) {
	ctx := context.Background()
	rate := max(1, cfg.ingestRate/cfg.batch)
	bodies := ingestBodies(stories, rate*cfg.batch*int(cfg.duration/time.Second+1), cfg.batch)
	before, _, err := jobBacklog(ctx, svc.store)
	if err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	hdr := http.Header{"Authorization": {"Bearer " + token}, "Content-Type": {"application/json"}}
	tr := func(t *vegeta.Target) error {
		k := next.Add(1) - 1
		if k >= int64(len(bodies)) {
			return vegeta.ErrNoTargets
		}
		*t = vegeta.Target{Method: "POST", URL: svc.base + "/api/articles", Body: bodies[k], Header: hdr}
		return nil
	}
	var mu sync.Mutex
	var got postResult
	var badBodies []string
	done := make(chan struct{})
	trace := sampleBacklog(ctx, svc.store, done)
	start := time.Now()
	m := attack("ingest", rate, cfg.duration, tr, func(res *vegeta.Result) {
		if res.Code != http.StatusOK {
			return
		}
		r, err := decodePost(res.Body)
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			badBodies = append(badBodies, err.Error())
		}
		got.Stored, got.Duplicate, got.Rejected = got.Stored+r.Stored, got.Duplicate+r.Duplicate, got.Rejected+r.Rejected
	})
	wall := time.Since(start)
	atEnd, _, err := jobBacklog(ctx, svc.store)
	if err != nil {
		b.Fatal(err)
	}
	time.Sleep(cfg.duration / 2)
	after, failed, err := jobBacklog(ctx, svc.store)
	close(done)
	if err != nil {
		b.Fatal(err)
	}
	if len(badBodies) > 0 || got.Duplicate+got.Rejected > 0 {
		b.Errorf("ingest: %d responses unreadable (%v); %d articles duplicate, %d rejected; want every article stored",
			len(badBodies), badBodies[:min(3, len(badBodies))], got.Duplicate, got.Rejected)
	}
	reportLatency(b, "POST /api/articles ("+fmt.Sprint(cfg.batch)+" articles each)", rate, m)
	storedRate := float64(got.Stored) / wall.Seconds()
	doneAtEnd, doneAfter := got.Stored-(atEnd-before), got.Stored-(after-before)
	total := wall + cfg.duration/2
	b.ReportMetric(storedRate, "stored-articles/s")
	b.ReportMetric(float64(doneAfter)/total.Seconds(), "pipeline-articles/s")
	b.ReportMetric(float64(after-before), "backlog-articles")
	b.Logf("ingest: %d articles stored in %v (%.0f articles/s; %d/s offered); the pipeline (%d workers) finished %d by the end of the posts (%.1f/s) and %d after %v more (%.1f/s overall), leaving %d queued and %d failed",
		got.Stored, wall.Round(time.Millisecond), storedRate, rate*cfg.batch, cfg.workers, doneAtEnd, float64(doneAtEnd)/wall.Seconds(),
		doneAfter, cfg.duration/2, float64(doneAfter)/total.Seconds(), after-before, failed)
	b.Logf("ingest: queue backlog every 5 s: %s", <-trace)
}

// ingestBodies returns n new articles as JSON arrays of batch each: half
// follow-ups of stored stories (stories 0 to stories-2; the last may have
// been cut short), half the articles of stories not stored yet, in turn.
func ingestBodies(stories, n, batch int) [][]byte {
	r := rand.New(rand.NewPCG(5, 6))
	follow := r.Perm(max(0, stories-1))
	fresh, queue := stories, []parallax.Article(nil)
	arts := make([]postBody, 0, n)
	for len(arts) < n {
		if len(arts)%2 == 0 && len(follow) > 0 {
			i := follow[0]
			follow = follow[1:]
			arts = append(arts, toPost(DefaultCorpus.Article(i, DefaultCorpus.Size(i))))
			continue
		}
		if len(queue) == 0 {
			for j := range DefaultCorpus.Size(fresh) {
				queue = append(queue, DefaultCorpus.Article(fresh, j))
			}
			fresh++
		}
		arts = append(arts, toPost(queue[0]))
		queue = queue[1:]
	}
	var bodies [][]byte
	for start := 0; start < len(arts); start += batch {
		body, err := json.Marshal(arts[start:min(len(arts), start+batch)])
		if err != nil {
			panic(err) // plain strings always marshal
		}
		bodies = append(bodies, body)
	}
	return bodies
}

// sampleBacklog reads the pipeline's backlog every 5 seconds until done is
// closed, then sends the readings, as "0s 0, 5s 812, …".
func sampleBacklog(ctx context.Context, store parallax.Store, done <-chan struct{}) <-chan string {
	out := make(chan string, 1)
	go func() {
		var readings []string
		start := time.Now()
		tick := time.NewTicker(5 * time.Second)
		defer tick.Stop()
		for {
			n, _, err := jobBacklog(ctx, store)
			reading := fmt.Sprint(n)
			if err != nil {
				reading = "error"
			}
			readings = append(readings, fmt.Sprintf("%v %s", time.Since(start).Round(time.Second), reading))
			select {
			case <-done:
				out <- strings.Join(readings, ", ")
				return
			case <-tick.C:
			}
		}
	}()
	return out
}
