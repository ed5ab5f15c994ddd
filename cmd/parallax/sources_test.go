package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/postgres/pgtest"
)

// An invented outlet's documents: two feeds, a home page advertising the
// first, a page advertising nothing, and an article page.
const (
	cliFeedA = `<?xml version="1.0"?><rss version="2.0"><channel><title>Brannock Echo</title><link>http://brannock.example/</link>
<item><title>Tram line to Selvig opens</title><link>http://brannock.example/tram</link><guid>e1</guid></item></channel></rss>`
	cliFeedB = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Brannock Echo: Sport</title><id>urn:echo:sport</id>
<updated>2026-01-05T10:00:00Z</updated><entry><title>Rowing club wins</title><id>urn:echo:s1</id><updated>2026-01-05T10:00:00Z</updated></entry></feed>`
	cliHome  = `<html><head><title>Brannock Echo</title><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Home</body></html>`
	cliPlain = `<html><head><title>About us</title></head><body><p>We print on Tuesdays.</p></body></html>`
	cliPage  = `<html><head><title>Tram line to Selvig opens | Brannock Echo</title>
<meta property="og:site_name" content="Brannock Echo"><meta property="article:published_time" content="2026-01-05T09:00:00Z"></head>
<body><article><h1>Tram line to Selvig opens</h1>
<p>The new tram line between Brannock and Selvig carried its first passengers on Monday morning, three months later than the council had promised.</p>
<p>Transport councillor Oda Fenwick said 4,200 people rode the line before noon and that trams would run every eight minutes at peak times.</p>
<p>Shopkeepers on Harrow Street, where the works closed the road for a year, said they hoped the line would bring their customers back.</p>
</article></body></html>`
)

// cliSite serves the documents above; every other path is 404.
func cliSite(t *testing.T) *httptest.Server {
	t.Helper()
	docs := map[string]struct{ body, typ string }{
		"/rss":   {cliFeedA, "application/rss+xml"},
		"/sport": {cliFeedB, "application/atom+xml"},
		"/":      {cliHome, "text/html"},
		"/about": {cliPlain, "text/html"},
		"/tram":  {cliPage, "text/html; charset=utf-8"},
		"/empty": {"<html><head><title>Nothing</title></head><body></body></html>", "text/html"},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, ok := docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", d.typ)
		w.Write([]byte(d.body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// listedSources runs `sources list --format json` on db.
func listedSources(t *testing.T, db string) []sourceJSON {
	t.Helper()
	code, out, errOut := runCLI(t, "sources", "list", "--db", db, "--format", "json")
	if code != exitOK {
		t.Fatalf("sources list = %d: %s", code, errOut)
	}
	var got struct{ Sources []sourceJSON }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("sources list JSON: %v\n%s", err, out)
	}
	return got.Sources
}

func TestSourcesAddListRemove(t *testing.T) {
	srv := cliSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	allow := []string{"--db", db, "--allow-private", "127.0.0.1"}

	code, out, errOut := runCLI(t, append([]string{"sources", "add", srv.URL + "/", srv.URL + "/sport"}, allow...)...)
	if code != exitOK || !strings.Contains(out, "added\t1\t"+srv.URL+"/rss") || !strings.Contains(out, "found on "+srv.URL+"/") ||
		!strings.Contains(out, "added\t2\t"+srv.URL+"/sport") {
		t.Fatalf("sources add = %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	code, out, _ = runCLI(t, append([]string{"sources", "add", srv.URL + "/rss"}, allow...)...)
	if code != exitOK || !strings.HasPrefix(out, "already present\t1\t") {
		t.Errorf("sources add again = %d %q, want already present", code, out)
	}

	got := listedSources(t, db)
	if len(got) != 2 || got[0].Title != "Brannock Echo" || got[0].Site != srv.URL+"/" || got[1].Title != "Brannock Echo: Sport" || got[1].Site != "" {
		t.Fatalf("sources list = %+v, want the two feeds with titles, the first with its site", got)
	}
	code, out, _ = runCLI(t, "sources", "list", "--db", db)
	if code != exitOK || !strings.Contains(out, "NEXT POLL") || !regexp.MustCompile(`(?m)^1 .*Brannock Echo .*due .*not polled yet$`).MatchString(out) {
		t.Errorf("sources list text = %d:\n%s", code, out)
	}

	code, out, errOut = runCLI(t, "sources", "remove", "--db", db, "1", srv.URL+"/sport", "9")
	if code != exitPartial || !strings.Contains(out, "removed\t1\t") || !strings.Contains(out, "removed\t2\t") || !strings.Contains(errOut, "no feed has id 9") {
		t.Errorf("sources remove 1 URL 9 = %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if got := listedSources(t, db); len(got) != 0 {
		t.Errorf("after remove, sources list = %+v, want none", got)
	}
	if code, _, errOut = runCLI(t, "sources", "remove", "--db", db, "http://nowhere.example/rss"); code != exitFailed || !strings.Contains(errOut, "no feed has the URL http://nowhere.example/rss") {
		t.Errorf("sources remove unknown URL = %d %q, want %d naming the URL", code, errOut, exitFailed)
	}
}

func TestSourcesAddFailures(t *testing.T) {
	srv := cliSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	for _, tc := range []struct {
		name  string
		args  []string
		code  int
		inErr []string
	}{
		{"loopback refused without --allow-private", []string{srv.URL + "/rss"}, exitFailed, []string{srv.URL + "/rss", "blocked"}},
		{"page without a feed", []string{"--allow-private", "127.0.0.1", srv.URL + "/about"}, exitFailed, []string{srv.URL + "/about", "neither a feed nor a page"}},
		{"missing page", []string{"--allow-private", "127.0.0.1", srv.URL + "/gone"}, exitFailed, []string{srv.URL + "/gone", "404"}},
		{"one of two fails", []string{"--allow-private", "127.0.0.1", srv.URL + "/gone", srv.URL + "/rss"}, exitPartial, []string{"1 of 2 URLs failed"}},
		{"not a URL", []string{"--allow-private", "127.0.0.1", "ftp://brannock.example/rss"}, exitFailed, []string{"ftp://brannock.example/rss", "scheme"}},
		{"bad allow-list entry", []string{"--allow-private", "10.0.0.0/99", srv.URL + "/rss"}, exitUsage, []string{"--allow-private"}},
		{"no URL", []string{}, exitUsage, []string{"Usage: parallax sources add"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"sources", "add", "--db", db}, tc.args...)...)
			if code != tc.code {
				t.Errorf("sources add %v = %d, want %d\n%s", tc.args, code, tc.code, errOut)
			}
			for _, s := range tc.inErr {
				if !strings.Contains(errOut, s) {
					t.Errorf("sources add %v stderr %q, want %q in it", tc.args, errOut, s)
				}
			}
		})
	}
}

func TestSourcesImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	opml := write(t, dir, "subs.opml", `<?xml version="1.0"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="Local">
    <outline type="rss" text="Brannock Echo" xmlUrl="https://brannock.example/rss" htmlUrl="https://brannock.example/"/>
    <outline type="rss" text="Selvig Weekly" xmlUrl="https://selvig.example/feed.xml"/>
  </outline>
  <outline type="rss" text="Echo again" xmlUrl="https://brannock.example/rss"/>
  <outline type="rss" text="Broken entry" xmlUrl="gopher://old.example/feed"/>
</body></opml>`)

	code, out, errOut := runCLI(t, "sources", "import", "--db", db, opml)
	if code != exitPartial || strings.Count(out, "added\t") != 2 || !strings.Contains(errOut, `outline "Broken entry" has no http(s) feed URL`) ||
		!strings.Contains(errOut, "2 added, 0 already present, 1 failed") {
		t.Fatalf("sources import = %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if got := listedSources(t, db); len(got) != 2 || got[0].Title != "Brannock Echo" || got[1].URL != "https://selvig.example/feed.xml" {
		t.Errorf("after import, sources = %+v", got)
	}
	code, out, errOut = runCLI(t, "sources", "import", "--db", db, opml)
	if code != exitPartial || strings.Count(out, "already present\t") != 2 || !strings.Contains(errOut, "0 added, 2 already present, 1 failed") {
		t.Errorf("sources import again = %d\nstdout %s\nstderr %s", code, out, errOut)
	}

	bad := write(t, dir, "bad.opml", `<opml><body><outline text="cut off"`)
	if code, _, errOut := runCLI(t, "sources", "import", "--db", db, bad); code != exitFailed || !strings.Contains(errOut, bad) {
		t.Errorf("sources import truncated = %d %q, want %d naming the file", code, errOut, exitFailed)
	}
	missing := filepath.Join(dir, "none.opml")
	if code, _, errOut := runCLI(t, "sources", "import", "--db", db, missing); code != exitFailed || !strings.Contains(errOut, missing) {
		t.Errorf("sources import missing file = %d %q, want %d naming the file", code, errOut, exitFailed)
	}
}

func TestSourcesImportURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/x-opml")
		w.Write([]byte(`<opml version="1.0"><body><outline type="rss" text="Relative" xmlUrl="/feeds/relative.xml"/></body></opml>`))
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "p.db")
	code, out, errOut := runCLI(t, "sources", "import", "--db", db, "--allow-private", "127.0.0.1", srv.URL+"/subs.opml")
	if code != exitOK || !strings.Contains(out, "added\t1\t"+srv.URL+"/feeds/relative.xml") {
		t.Errorf("sources import URL = %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

func TestSourcesUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string // in stdout or stderr
	}{
		{[]string{"sources"}, exitUsage, "Subcommands:"},
		{[]string{"sources", "--help"}, exitOK, "remove"},
		{[]string{"sources", "frobnicate"}, exitUsage, `unknown subcommand "frobnicate"`},
		{[]string{"sources", "list", "--format", "yaml"}, exitUsage, `unknown --format "yaml"`},
		{[]string{"sources", "list", "extra"}, exitUsage, "Usage: parallax sources list"},
		{[]string{"sources", "import"}, exitUsage, "Usage: parallax sources import"},
	} {
		code, out, errOut := runCLI(t, tc.args...)
		if code != tc.code || !strings.Contains(out+errOut, tc.out) {
			t.Errorf("%v = %d %q %q, want %d with %q", tc.args, code, out, errOut, tc.code, tc.out)
		}
	}
}

// TestSourcesPostgres runs add, list and remove on PostgreSQL (skipped
// without PARALLAX_TEST_POSTGRES).
func TestSourcesPostgres(t *testing.T) {
	db := pgtest.URL(t)
	srv := cliSite(t)
	code, out, errOut := runCLI(t, "sources", "add", "--db", db, "--allow-private", "127.0.0.1", srv.URL+"/")
	if code != exitOK || !strings.Contains(out, "added\t") {
		t.Fatalf("sources add on PostgreSQL = %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	got := listedSources(t, db)
	if len(got) != 1 || got[0].URL != srv.URL+"/rss" || got[0].Site != srv.URL+"/" {
		t.Fatalf("sources list on PostgreSQL = %+v", got)
	}
	if code, _, errOut := runCLI(t, "sources", "remove", "--db", db, srv.URL+"/rss"); code != exitOK {
		t.Errorf("sources remove on PostgreSQL = %d %s", code, errOut)
	}
}
