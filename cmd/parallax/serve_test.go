package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingRE = regexp.MustCompile(`serving (http://\S+)`)

// TestServeLoad runs the README's command on a temporary database: the
// example story must appear with a report, and cancelling (as SIGTERM does)
// must stop the server cleanly.
func TestServeLoad(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	db := filepath.Join(t.TempDir(), "parallax.db")
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--load", kelmariaDir}, &bytes.Buffer{}, &stderr)
	}()
	base := ""
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if m := servingRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			if n := storiesWithReport(t, base); n == 1 {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	if n := storiesWithReport(t, base); n != 1 {
		t.Fatalf("stories with a report = %d, want 1 (stderr %s)", n, stderr.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exit status after cancel = %d, want %d: %s", code, exitOK, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop after cancel")
	}
}

// storiesWithReport counts the stories listed at base that have a report.
func storiesWithReport(t *testing.T, base string) int {
	if base == "" {
		return 0
	}
	resp, err := http.Get(base + "/api/stories")
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	var list struct {
		Stories []struct {
			Articles []string `json:"articles"`
			Version  int      `json:"version"`
		} `json:"stories"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatalf("GET /api/stories: %v", err)
	}
	n := 0
	for _, s := range list.Stories {
		if s.Version > 0 && len(s.Articles) == 5 {
			n++
		}
	}
	return n
}
