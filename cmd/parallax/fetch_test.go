package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
)

// fetchOutput is the JSON of `parallax fetch --format json`.
type fetchOutput struct {
	Results []struct {
		URL    string `json:"url"`
		Title  string `json:"title"`
		ID     string `json:"id"`
		Status string `json:"status"`
		By     string `json:"by"`
	} `json:"results"`
}

func TestFetchStores(t *testing.T) {
	srv := cliSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	args := []string{"fetch", "--db", db, "--allow-private", "127.0.0.1", "--format", "json", srv.URL + "/tram"}
	code, out, errOut := runCLI(t, args...)
	var got fetchOutput
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitOK {
		t.Fatalf("fetch = %d %v\nstdout %s\nstderr %s", code, err, out, errOut)
	}
	if len(got.Results) != 1 || got.Results[0].Status != "stored" || got.Results[0].Title != "Tram line to Selvig opens" || got.Results[0].URL != srv.URL+"/tram" {
		t.Fatalf("fetch results = %+v, want the tram page stored with its title", got.Results)
	}
	id := got.Results[0].ID

	d, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.Store().Articles.FindArticleByID(context.Background(), id)
	d.Close()
	if err != nil {
		t.Fatalf("FindArticleByID(%s): %v", id, err)
	}
	if !strings.Contains(a.Text, "4,200 people rode the line") || strings.Contains(a.Text, "<p>") || a.Outlet != "Brannock Echo" {
		t.Errorf("stored article: outlet %q, text %q; want the page's main text from Brannock Echo", a.Outlet, a.Text)
	}

	code, out, _ = runCLI(t, args...)
	got = fetchOutput{}
	if json.Unmarshal([]byte(out), &got); code != exitOK || len(got.Results) != 1 || got.Results[0].Status != "duplicate" || got.Results[0].ID != id {
		t.Errorf("fetch again = %d %s, want the same article as a duplicate", code, out)
	}

	code, out, _ = runCLI(t, "fetch", "--db", db, "--allow-private", "127.0.0.1", srv.URL+"/tram")
	if code != exitOK || !strings.HasPrefix(out, "already stored (same ") || !strings.Contains(out, id) {
		t.Errorf("fetch text = %d %q, want 'already stored' with the id", code, out)
	}
}

func TestFetchAnalyze(t *testing.T) {
	srv := cliSite(t)
	db := filepath.Join(t.TempDir(), "never.db")
	code, out, errOut := runCLI(t, "fetch", "--analyze", "--db", db, "--allow-private", "127.0.0.1", "--format", "json", srv.URL+"/tram")
	var got struct{ Stories []parallax.Report }
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != exitOK || len(got.Stories) != 1 || len(got.Stories[0].Articles) != 1 {
		t.Fatalf("fetch --analyze = %d %v: want one story of one article\nstdout %.300s\nstderr %s", code, err, out, errOut)
	}
	if _, err := filepath.Glob(db); err != nil || fileExists(db) {
		t.Errorf("fetch --analyze created the database %s; it must store nothing", db)
	}
}

func TestFetchFailures(t *testing.T) {
	srv := cliSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	allow := []string{"--db", db, "--allow-private", "127.0.0.1"}
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		inErr []string
	}{
		{"loopback refused", []string{"--db", db, srv.URL + "/tram"}, exitFailed, []string{srv.URL + "/tram", "(blocked)"}},
		{"404", append(allow, srv.URL+"/gone"), exitFailed, []string{srv.URL + "/gone", "404", "(not_found)"}},
		{"page without text", append(allow, srv.URL+"/empty"), exitFailed, []string{srv.URL + "/empty", "no article text", "(invalid)"}},
		{"one of two fails", append(allow, srv.URL+"/gone", srv.URL+"/tram"), exitPartial, []string{"1 of 2 URLs failed"}},
		{"scheme", append(allow, "file:///etc/passwd"), exitFailed, []string{"file:///etc/passwd", "(blocked)"}},
		{"format", append(allow, "--format", "html", srv.URL+"/tram"), exitUsage, []string{`unknown --format "html"`}},
		{"no URL", allow, exitUsage, []string{"Usage: parallax fetch"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"fetch"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("fetch %v = %d, want %d\n%s", tc.args, code, tc.code, errOut)
			}
			for _, s := range tc.inErr {
				if !strings.Contains(errOut, s) {
					t.Errorf("fetch %v stderr %q, want %q in it", tc.args, errOut, s)
				}
			}
		})
	}
}

func fileExists(p string) bool {
	m, _ := filepath.Glob(p)
	return len(m) > 0
}
