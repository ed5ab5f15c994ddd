package eval

import (
	"compress/gzip"
	"context"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// pageServer serves pages put into it, gzip-compressed when the client
// accepts it (as most news sites do), as text/html without a charset (the
// benchmark records none), so that the client's decompression and
// character-set detection are part of the measure.
type pageServer struct {
	mu    sync.Mutex
	pages map[string][]byte
}

func (s *pageServer) put(path string, page []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = page
}

func (s *pageServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	page, ok := s.pages[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html")
	if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Write(page)
		return
	}
	w.Header().Set("Content-Encoding", "gzip")
	zw := gzip.NewWriter(w)
	zw.Write(page)
	zw.Close()
}

// TestExtractionThroughFetch serves every page of shared/eval/extraction
// from a local server and reads it the way `parallax fetch` and the poller
// do (fetch.Client, then ingest.FetchArticle's page extraction). The F1
// must equal the file path's (ingest.ExtractText on the stored page): the
// network, decompression and decoding must not change what is extracted.
func TestExtractionThroughFetch(t *testing.T) {
	dir := filepath.Join(sharedEvalDir(t), "extraction")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("extraction benchmark not found at %s (../shared beside the repository): %v", dir, err)
	}
	ctx := context.Background()
	file, err := Extraction(ctx, dir, ingest.ExtractText)
	if err != nil {
		t.Fatal(err)
	}
	ps := &pageServer{pages: map[string][]byte{}}
	srv := httptest.NewServer(ps)
	defer srv.Close()
	client := fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}})
	n := 0
	viaHTTP, err := Extraction(ctx, dir, func(page []byte, _ string) (string, error) {
		n++
		path := fmt.Sprintf("/page/%d", n)
		ps.put(path, page)
		a, err := ingest.FetchArticle(ctx, client, srv.URL+path)
		if err != nil {
			return "", err
		}
		return a.Text, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("file path: pages %d, failed %d, F1 %.4f; through fetch: pages %d, failed %d, F1 %.4f",
		file.Pages, file.Failed, file.F1, viaHTTP.Pages, viaHTTP.Failed, viaHTTP.F1)
	for i, p := range viaHTTP.PerPage {
		if f := file.PerPage[i]; math.Abs(p.F1-f.F1) > 1e-9 {
			t.Errorf("page %s (%s): F1 through fetch %.4f, from the file %.4f (error %q)", p.ID, p.URL, p.F1, f.F1, p.Err)
		}
	}
	if math.Abs(viaHTTP.F1-file.F1) > 1e-9 || viaHTTP.Pages != file.Pages {
		t.Errorf("F1 through fetch = %.4f over %d pages, want the file path's %.4f over %d", viaHTTP.F1, viaHTTP.Pages, file.F1, file.Pages)
	}
}
