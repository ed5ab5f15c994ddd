package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// TestReliability builds the parallax binary and runs each reliability
// scenario on a new database of each engine: SQLite, and PostgreSQL when
// PARALLAX_TEST_POSTGRES is set.
func TestReliability(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the parallax binary; skipped with -short")
	}
	bin := buildParallax(t)
	scenarios := []struct {
		name string
		run  func(t *testing.T, bin, db string)
	}{
		{"kill-and-resend", testKillAndResend},
		{"sigterm", testTermFinishesWork},
	}
	for _, sc := range scenarios {
		for _, e := range relEngines {
			t.Run(sc.name+"/"+e.name, func(t *testing.T) { sc.run(t, bin, e.db(t)) })
		}
	}
}

// testKillAndResend kills the server (SIGKILL) while it reads a chunk of a
// batch of articles and its workers annotate and assign the earlier ones, restarts it on the
// same database and sends the whole batch again. Every article must then be
// stored exactly once, every article acknowledged before the kill must
// have survived it, no article may be in two stories, and every story's
// current report must cover exactly the story's articles.
func testKillAndResend(t *testing.T, bin, db string) {
	arts := relArticles(200)
	chunks := slices.Collect(slices.Chunk(arts, 20))
	first := startServer(t, bin, db)
	acked := map[string]bool{} // ids the first server said it stored
	half, cut := len(chunks)/2, len(chunks)*7/10
	for i, c := range chunks[:cut] {
		for _, r := range mustPost(t, first.base, c).Results {
			acked[r.ID] = true
		}
		if i == half-1 {
			waitForProgress(t, first.base, len(acked))
		}
	}
	// Kill the server while it reads the next chunk (half its body sent)
	// and its workers are busy; the chunks after it are not sent.
	body, _ := json.Marshal(postArticles(chunks[cut]))
	pr, pw := io.Pipe()
	answered := make(chan error, 1)
	go func() {
		_, err := send(first.base, pr)
		answered <- err
	}()
	pw.Write(body[:len(body)/2])
	time.Sleep(100 * time.Millisecond)
	backlog := queueBacklog(t, first.base)
	first.kill(t)
	pw.CloseWithError(errors.New("the server was killed"))
	if err := <-answered; err == nil {
		t.Fatal("the POST in flight when the server was killed was answered")
	}
	t.Logf("killed the server with %d of %d articles acknowledged, a chunk of %d in flight and %d jobs pending or claimed",
		len(acked), len(arts), len(chunks[cut]), backlog)

	second := startServer(t, bin, db)
	stored := 0
	for _, c := range chunks {
		for _, r := range mustPost(t, second.base, c).Results {
			switch {
			case r.Status == parallax.PutStored && !acked[r.ID]:
				stored++
			case r.Status == parallax.PutDuplicate && r.DuplicateOf == r.ID:
			default:
				t.Errorf("re-sent article %s: %s (duplicate of %q; acknowledged before the kill: %v); want stored, or a duplicate of itself",
					r.ID, r.Status, r.DuplicateOf, acked[r.ID])
			}
		}
	}
	t.Logf("after the restart %d articles were new", stored)
	waitForPipeline(t, second.base)
	checkStories(t, second.base, articleIDs(arts), true)
	second.stop(t)
}

// testTermFinishesWork stops the server with SIGTERM while a request is in
// flight (its body half sent) and its workers are busy: the request must
// succeed, the server exit cleanly, and the database be left with no job
// claimed and every story's report covering exactly its articles.
func testTermFinishesWork(t *testing.T, bin, db string) {
	arts := relArticles(250)
	early, late := arts[:150], arts[150:]
	srv := startServer(t, bin, db)
	mustPost(t, srv.base, early)
	waitForProgress(t, srv.base, len(early))
	body, _ := json.Marshal(postArticles(late))
	pr, pw := io.Pipe()
	type answer struct {
		resp *postResponse
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := send(srv.base, pr)
		answered <- answer{resp, err}
	}()
	pw.Write(body[:len(body)/2])
	time.Sleep(300 * time.Millisecond) // the server is reading the body
	backlog := queueBacklog(t, srv.base)
	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the server is shutting down
	pw.Write(body[len(body)/2:])
	pw.Close()
	a := <-answered
	if a.err != nil {
		t.Fatalf("POST in flight at SIGTERM: %v; want it answered (stderr: %s)", a.err, srv.stderr)
	}
	if a.resp.Stored != len(late) {
		t.Errorf("POST in flight at SIGTERM stored %d articles, want %d", a.resp.Stored, len(late))
	}
	if err := srv.wait(time.Minute); err != nil {
		t.Fatalf("server after SIGTERM: %v; want exit status 0 (stderr: %s)", err, srv.stderr)
	}
	t.Logf("SIGTERM with %d jobs pending or claimed", backlog)

	// Read the database as the server left it, with no workers.
	after := startServer(t, bin, db, "--workers", "0")
	q := queue(t, after.base)
	for kind, st := range q {
		if st["claimed"] != 0 || st["failed"] != 0 {
			t.Errorf("%s jobs after SIGTERM: %v; want none claimed (work in flight finished) or failed", kind, st)
		}
	}
	checkStories(t, after.base, articleIDs(arts), false)
	after.stop(t)
}

// postArticle is an article as POST /api/articles takes it.
type postArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func postArticles(arts []parallax.Article) []postArticle {
	out := make([]postArticle, len(arts))
	for i, a := range arts {
		out[i] = postArticle{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, Published: a.Published.Format(time.RFC3339), Text: a.Text}
	}
	return out
}

// postResponse is the body of a POST /api/articles answer.
type postResponse struct {
	Stored, Duplicate, Rejected int
	Results                     []parallax.PutResult
}

// post sends arts in one POST /api/articles.
func post(base string, arts []parallax.Article) (*postResponse, error) {
	body, err := json.Marshal(postArticles(arts))
	if err != nil {
		return nil, err
	}
	return send(base, bytes.NewReader(body))
}

// send posts body to /api/articles and decodes a 200 answer.
func send(base string, body io.Reader) (*postResponse, error) {
	req, err := http.NewRequest("POST", base+"/api/articles", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+relToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("POST /api/articles: status %d: %s", resp.StatusCode, data)
	}
	var pr postResponse
	if err := json.Unmarshal(data, &pr); err != nil {
		return nil, fmt.Errorf("POST /api/articles: %w: %s", err, data)
	}
	return &pr, nil
}

func mustPost(t *testing.T, base string, arts []parallax.Article) *postResponse {
	t.Helper()
	pr, err := post(base, arts)
	if err != nil {
		t.Fatal(err)
	}
	return pr
}

// waitForProgress waits until the workers have finished a job or two: the
// backlog is below backlog, the jobs queued so far.
func waitForProgress(t *testing.T, base string, backlog int) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for queueBacklog(t, base) >= backlog-2 {
		if time.Now().After(deadline) {
			t.Fatalf("the workers did no job within a minute: %v", queue(t, base))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
