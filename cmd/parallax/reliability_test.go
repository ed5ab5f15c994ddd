package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/loadtest"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// The reliability tests run the parallax binary as a user would, kill or
// stop it while it works, and check what the database holds afterwards
// through the API (docs/EVALUATION.md, "Reliability").

// relToken is the API token of the servers the tests start.
const relToken = "T"

// relLease is the job lease of those servers: a job claimed by a killed
// server is taken up again this long after, instead of the default 5 min.
const relLease = "3s"

// TestReliability builds the parallax binary and runs each reliability
// scenario on a new database of each engine: SQLite, and PostgreSQL when
// PARALLAX_TEST_POSTGRES is set.
func TestReliability(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the parallax binary; skipped with -short")
	}
	bin := buildParallax(t)
	engines := []struct {
		name string
		db   func(t *testing.T) string // a new empty database's --db value
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "parallax.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.URL(t) }},
	}
	scenarios := []struct {
		name string
		run  func(t *testing.T, bin, db string)
	}{
		{"kill-and-resend", testKillAndResend},
		{"sigterm", testTermFinishesWork},
	}
	for _, sc := range scenarios {
		for _, e := range engines {
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
	checkStories(t, second.base, arts, true)
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
	checkStories(t, after.base, arts, false)
	after.stop(t)
}

// buildParallax builds the parallax binary into a temporary directory.
func buildParallax(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to build parallax with")
	}
	bin := filepath.Join(t.TempDir(), "parallax")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// relArticles returns n invented articles (internal/loadtest's corpus,
// stories over a month), in an order that mixes the stories.
func relArticles(n int) []parallax.Article {
	c := loadtest.Corpus{Seed: 23, Start: time.Date(2032, 3, 1, 0, 0, 0, 0, time.UTC), Days: 30}
	stories, _ := c.Stories(n)
	var arts []parallax.Article
	for _, s := range stories {
		arts = append(arts, s...)
	}
	r := rand.New(rand.NewPCG(1, 1))
	r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	return arts
}

// server is a running `parallax serve` process.
type server struct {
	cmd    *exec.Cmd
	base   string // http://127.0.0.1:port
	stderr *syncBuffer
	done   chan struct{} // closed when the process has exited
	err    error         // its exit error, once done
}

// startServer starts `parallax serve` on db with extra flags, on a free
// port, and waits until it serves. The process is killed at cleanup if it
// still runs.
func startServer(t *testing.T, bin, db string, flags ...string) *server {
	t.Helper()
	args := append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", relToken, "--lease", relLease}, flags...)
	s := &server{cmd: exec.Command(bin, args...), stderr: &syncBuffer{}, done: make(chan struct{})}
	s.cmd.Stderr = s.stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	t.Cleanup(func() {
		s.cmd.Process.Kill()
		<-s.done
	})
	deadline := time.After(time.Minute)
	for {
		if m := servingRE.FindStringSubmatch(s.stderr.String()); m != nil {
			s.base = m[1]
			return s
		}
		select {
		case <-s.done:
			t.Fatalf("parallax serve exited: %v: %s", s.err, s.stderr)
		case <-deadline:
			t.Fatalf("parallax serve did not start within a minute: %s", s.stderr)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// kill sends SIGKILL and waits for the process to die.
func (s *server) kill(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-s.done
}

// stop sends SIGTERM and checks that the process exits with status 0.
func (s *server) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := s.wait(time.Minute); err != nil {
		t.Errorf("server after SIGTERM: %v; want exit status 0 (stderr: %s)", err, s.stderr)
	}
}

// wait waits up to d for the process to exit and returns its exit error.
func (s *server) wait(d time.Duration) error {
	select {
	case <-s.done:
		return s.err
	case <-time.After(d):
		return fmt.Errorf("still running after %v", d)
	}
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

// getJSON decodes the 200 answer of GET base+path into v.
func getJSON(t *testing.T, base, path string, v any) {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d: %s", path, resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("GET %s: %v: %.300s", path, err, data)
	}
}

// queue returns the job counts GET /healthz reports, by kind and state.
func queue(t *testing.T, base string) map[string]map[string]int {
	t.Helper()
	var h struct {
		Queue map[string]map[string]int `json:"queue"`
	}
	getJSON(t, base, "/healthz", &h)
	return h.Queue
}

// queueBacklog counts the jobs pending or claimed.
func queueBacklog(t *testing.T, base string) int {
	n := 0
	for _, st := range queue(t, base) {
		n += st["pending"] + st["claimed"]
	}
	return n
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

// waitForPipeline waits until the server's queue has no job pending or
// claimed, and fails if any job was given up.
func waitForPipeline(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		q := queue(t, base)
		n := 0
		for kind, st := range q {
			if st["failed"] > 0 {
				t.Fatalf("%d %s jobs failed: %v", st["failed"], kind, q)
			}
			n += st["pending"] + st["claimed"]
		}
		if n == 0 {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("the pipeline did not drain its queue within 2 minutes: %v", queue(t, base))
}

// checkStories checks, through the API, that every article of arts is
// stored once under its id and is in at most one story (exactly one when
// all is true), that the stories hold no other article, and that each
// story's current report covers exactly its articles.
func checkStories(t *testing.T, base string, arts []parallax.Article, all bool) {
	t.Helper()
	storyOf := map[string]string{}
	var stories []storyListing
	for cur := ""; ; {
		var page struct {
			Stories []storyListing `json:"stories"`
			Next    string         `json:"next"`
		}
		getJSON(t, base, "/api/stories?limit=1000&cursor="+url.QueryEscape(cur), &page)
		stories = append(stories, page.Stories...)
		if cur = page.Next; cur == "" {
			break
		}
	}
	for _, s := range stories {
		for _, id := range s.Articles {
			if prev, ok := storyOf[id]; ok {
				t.Errorf("article %s is in stories %s and %s", id, prev, s.ID)
			}
			storyOf[id] = s.ID
		}
		var r parallax.Report
		getJSON(t, base, "/api/stories/"+s.ID, &r)
		var covered []string
		for _, a := range r.Articles {
			covered = append(covered, a.ID)
		}
		if !sameSet(covered, s.Articles) {
			t.Errorf("story %s (version %d): report covers %q, want its articles %q", s.ID, s.Version, covered, s.Articles)
		}
	}
	for _, a := range arts {
		var got struct {
			Article struct {
				ID string `json:"id"`
			} `json:"article"`
			Story       *string `json:"story"`
			AnnotatedAt *string `json:"annotated_at"`
		}
		getJSON(t, base, "/api/articles/"+url.PathEscape(a.ID), &got)
		listed, inStory := storyOf[a.ID]
		switch {
		case got.Story == nil && (all || inStory):
			t.Errorf("article %s has no story; want %q", a.ID, listed)
		case got.Story != nil && *got.Story != listed:
			t.Errorf("article %s says story %q, the stories list it in %q", a.ID, *got.Story, listed)
		case all && got.AnnotatedAt == nil:
			t.Errorf("article %s is not annotated", a.ID)
		}
		delete(storyOf, a.ID)
	}
	if len(storyOf) > 0 {
		t.Errorf("stories hold %d articles that were never sent: %v", len(storyOf), storyOf)
	}
}

// storyListing is a story in GET /api/stories.
type storyListing struct {
	ID       string   `json:"id"`
	Articles []string `json:"articles"`
	Version  int      `json:"version"`
}

// sameSet reports whether a and b hold the same strings, each once.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b) && len(slices.Compact(a)) == len(b)
}
