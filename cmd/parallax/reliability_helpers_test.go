package main

import (
	"encoding/json"
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

// The reliability tests (reliability_test.go, reliability_poll_test.go) run
// the parallax binary as a user would, kill or stop it while it works, and
// check what the database holds afterwards, through the API where it tells
// (docs/EVALUATION.md, "Reliability"). This file holds what they share.

// relToken is the API token of the servers the tests start.
const relToken = "T"

// relLease is the job lease of those servers: a job claimed by a killed
// server is taken up again this long after, instead of the default 5 min.
const relLease = "3s"

// relEngines are the database engines the reliability scenarios run on:
// SQLite, and PostgreSQL when PARALLAX_TEST_POSTGRES is set.
var relEngines = []struct {
	name string
	db   func(t *testing.T) string // a new empty database's --db value
}{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "parallax.db") }},
	{"postgres", func(t *testing.T) string { return pgtest.URL(t) }},
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

// checkStories checks, through the API, that every article of ids is
// stored under its id and is in at most one story (exactly one when all is
// true), that the stories hold no other article, and that each story's
// current report covers exactly its articles.
func checkStories(t *testing.T, base string, ids []string, all bool) {
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
	for _, id := range ids {
		var got struct {
			Article struct {
				ID string `json:"id"`
			} `json:"article"`
			Story       *string `json:"story"`
			AnnotatedAt *string `json:"annotated_at"`
		}
		getJSON(t, base, "/api/articles/"+url.PathEscape(id), &got)
		listed, inStory := storyOf[id]
		switch {
		case got.Story == nil && (all || inStory):
			t.Errorf("article %s has no story; want %q", id, listed)
		case got.Story != nil && *got.Story != listed:
			t.Errorf("article %s says story %q, the stories list it in %q", id, *got.Story, listed)
		case all && got.AnnotatedAt == nil:
			t.Errorf("article %s is not annotated", id)
		}
		delete(storyOf, id)
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

// articleIDs returns the ids of arts, in order.
func articleIDs(arts []parallax.Article) []string {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	return ids
}
