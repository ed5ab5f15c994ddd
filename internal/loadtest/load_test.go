package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// BenchmarkService stores the generated corpus (PARALLAX_LOAD_ARTICLES,
// default 100,000), serves it on 127.0.0.1 as `parallax serve` does, and
// attacks it at fixed rates for PARALLAX_LOAD_DURATION (default 20 s) each:
//
//	story-api   GET /api/stories/{id} over random stories (PARALLAX_LOAD_RATE, 200/s)
//	story-page  GET /stories/{id} the same way
//	search      GET /api/stories?q=… (PARALLAX_LOAD_SEARCH_RATE, 50/s)
//	ingest      POST /api/articles, 100 articles a request (PARALLAX_LOAD_INGEST_RATE, 1,000 articles/s)
//
// on SQLite, and on PostgreSQL when PARALLAX_TEST_POSTGRES is set. Run it
// alone (docs/EVALUATION.md, "Service under load"):
//
//	go test -run '^$' -bench Service -benchtime 1x -timeout 60m ./internal/loadtest/
func BenchmarkService(b *testing.B) {
	cfg := configFromEnv(b)
	b.Run("sqlite", func(b *testing.B) {
		store, stories := openSQLite(b, cfg)
		benchService(b, cfg, store, stories)
	})
	b.Run("postgres", func(b *testing.B) {
		pgtest.Skip(b)
		store, stories := openPostgres(b, cfg)
		benchService(b, cfg, store, stories)
	})
}

// benchService runs the attacks on store, whose first stories of the
// corpus are stored; ingestion last, since it leaves the pipeline busy.
func benchService(b *testing.B, cfg config, store parallax.Store, stories int) {
	ids, err := storyIDs(context.Background(), store)
	if err != nil {
		b.Fatal(err)
	}
	if len(ids) != stories {
		b.Fatalf("the store lists %d stories, want %d", len(ids), stories)
	}
	svc := startService(b, store, cfg.workers)
	b.Run("story-api", func(b *testing.B) {
		benchReads(b, cfg, svc, "GET /api/stories/{id}", "/api/stories/", ids)
	})
	b.Run("story-page", func(b *testing.B) {
		benchReads(b, cfg, svc, "GET /stories/{id}", "/stories/", ids)
	})
	b.Run("search", func(b *testing.B) { benchSearch(b, cfg, svc, stories) })
	b.Run("ingest", func(b *testing.B) { benchIngest(b, cfg, svc, stories) })
}

// benchReads attacks prefix+id over random story ids at cfg.readRate, after
// checking that the route answers; a route the server does not have yet is
// skipped with a message.
func benchReads(b *testing.B, cfg config, svc *service, what, prefix string, ids []string) {
	status, body, err := get(svc.base + prefix + ids[0])
	if err != nil {
		b.Fatal(err)
	}
	if status == http.StatusNotFound {
		b.Skipf("%s answers 404 for story %s: the route is not served yet (%.100s)", what, ids[0], body)
	}
	if status != http.StatusOK {
		b.Fatalf("%s for story %s: status %d: %.300s", what, ids[0], status, body)
	}
	paths := make([]string, len(ids))
	for i, id := range ids {
		paths[i] = prefix + id
	}
	warmUp(svc.base, paths, cfg.readRate)
	m := attack(what, cfg.readRate, cfg.duration, randomGets(svc.base, paths), nil)
	reportLatency(b, what, cfg.readRate, m)
}

// topics are words of the corpus's event kinds (vocab.go), each in many
// stories; place names are each in a few.
var topics = []string{"reservoir", "cable car", "dockers", "archive", "substation", "blight",
	"stadium", "glacier", "depositors", "seabirds", "tram", "observatory"}

// benchSearch attacks GET /api/stories?q=… at cfg.searchRate: half the
// queries a place name (a few stories), a quarter a topic (thousands), a
// quarter both, of the stored stories.
func benchSearch(b *testing.B, cfg config, svc *service, stories int) {
	r := rand.New(rand.NewPCG(3, 4))
	var paths []string
	for k := range 400 {
		p := DefaultCorpus.plan(r.IntN(stories))
		q := p.place
		switch k % 4 {
		case 1:
			q = topics[r.IntN(len(topics))]
		case 2:
			q = p.place + " " + topics[r.IntN(len(topics))]
		}
		paths = append(paths, "/api/stories?q="+url.QueryEscape(q))
	}
	if status, body, err := get(svc.base + paths[0]); err != nil || status != http.StatusOK {
		b.Fatalf("search %s: status %d, %v: %.300s", paths[0], status, err, body)
	}
	warmUp(svc.base, paths, cfg.searchRate)
	m := attack("search", cfg.searchRate, cfg.duration, randomGets(svc.base, paths), nil)
	reportLatency(b, "GET /api/stories?q=…", cfg.searchRate, m)
}

// warmUp sends a couple of seconds of requests first, unmeasured, as a
// running service has them.
func warmUp(base string, paths []string, rate int) {
	attack("warm-up", rate, 2*time.Second, randomGets(base, paths), nil)
}

// get returns the status and body of GET u.
func get(u string) (int, string, error) {
	resp, err := http.Get(u)
	if err != nil {
		return 0, "", fmt.Errorf("GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), err
}

// jobBacklog counts the articles the pipeline has not finished: jobs
// pending or claimed, of both kinds; and the jobs given up.
func jobBacklog(ctx context.Context, store parallax.Store) (backlog, failed int, err error) {
	for _, kind := range []string{parallax.JobAnnotate, parallax.JobAssign} {
		st, err := store.Queue.Stats(ctx, kind)
		if err != nil {
			return 0, 0, err
		}
		backlog += st["pending"] + st["claimed"]
		failed += st["failed"]
	}
	return backlog, failed, nil
}

// postBody is an article as POST /api/articles takes it (docs/input.md).
type postBody struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func toPost(a parallax.Article) postBody {
	return postBody{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Published: a.Published.Format(time.RFC3339), Text: a.Text}
}

// postResult is the part of a POST /api/articles response the benchmark reads.
type postResult struct {
	Stored, Duplicate, Rejected int
}

func decodePost(body []byte) (postResult, error) {
	var r postResult
	err := json.Unmarshal(body, &r)
	return r, err
}
