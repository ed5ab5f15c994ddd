package web_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/web"
)

// An invented outlet's feed and the home page that advertises it.
const (
	tarnFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarnwick Bulletin</title><link>http://tarnwick.example/</link>
<item><title>Lock gates repaired</title><link>http://tarnwick.example/locks</link><guid>t1</guid></item></channel></rss>`
	tarnHome = `<html><head><link rel="alternate" type="application/rss+xml" title="Bulletin" href="/feed"></head><body><p>News.</p></body></html>`
)

// feedSite serves tarnFeed at /feed, tarnHome at /, a page without feed
// links at /plain, and 404 elsewhere.
func feedSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(tarnFeed))
		case "/":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(tarnHome))
		case "/plain":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>No feed here.</p></body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// sourceJSON is the JSON of one source.
type sourceJSON struct {
	ID       int64   `json:"id"`
	URL      string  `json:"url"`
	Title    string  `json:"title"`
	Site     string  `json:"site"`
	NextPoll *string `json:"next_poll"`
	Failures int     `json:"failures"`
	Created  string  `json:"created"`
}

type sourceResult struct {
	Source  sourceJSON `json:"source"`
	Created bool       `json:"created"`
}

func postSource(t *testing.T, base, body string) (int, []byte) {
	t.Helper()
	return call(t, "POST", base+"/api/sources", "Bearer "+token, "application/json", body)
}

func TestSourcesRoutes(t *testing.T) {
	site := feedSite(t)
	srv, _ := newServer(t, web.Config{Token: token, Fetch: fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}})})

	status, b := postSource(t, srv.URL, `{"url": "`+site.URL+`/"}`)
	got := decode[sourceResult](t, b)
	if status != 201 || !got.Created || got.Source.URL != site.URL+"/feed" || got.Source.Site != site.URL+"/" || got.Source.Title != "Tarnwick Bulletin" || got.Source.ID == 0 {
		t.Fatalf("POST /api/sources (page) = %d %s, want 201 with the discovered feed", status, b)
	}
	id := got.Source.ID
	status, b = postSource(t, srv.URL, `{"url": "`+site.URL+`/feed"}`)
	if again := decode[sourceResult](t, b); status != 200 || again.Created || again.Source.ID != id {
		t.Errorf("POST /api/sources (same feed) = %d %s, want 200 with source %d, created false", status, b, id)
	}

	status, b = call(t, "GET", srv.URL+"/api/sources", "", "", "")
	list := decode[struct{ Sources []sourceJSON }](t, b)
	if status != 200 || len(list.Sources) != 1 || list.Sources[0].ID != id || list.Sources[0].Created == "" {
		t.Fatalf("GET /api/sources = %d %s, want the one source", status, b)
	}

	if status, b = call(t, "DELETE", srv.URL+"/api/sources/"+itoa(int(id)), "", "", ""); status != 401 {
		t.Errorf("DELETE /api/sources without token = %d %s, want 401", status, b)
	}
	if status, b = call(t, "DELETE", srv.URL+"/api/sources/"+itoa(int(id)), "Bearer "+token, "", ""); status != 204 || len(b) != 0 {
		t.Errorf("DELETE /api/sources/%d = %d %s, want 204", id, status, b)
	}
	status, b = call(t, "DELETE", srv.URL+"/api/sources/"+itoa(int(id)), "Bearer "+token, "", "")
	if e := decode[apiError](t, b); status != 404 || e.Error.Code != "not_found" {
		t.Errorf("DELETE /api/sources/%d again = %d %s, want 404", id, status, b)
	}
	status, b = call(t, "GET", srv.URL+"/api/sources", "", "", "")
	if list := decode[struct{ Sources []sourceJSON }](t, b); status != 200 || list.Sources == nil || len(list.Sources) != 0 {
		t.Errorf("GET /api/sources after delete = %d %s, want an empty list", status, b)
	}
}

func TestPostSourceErrors(t *testing.T) {
	site := feedSite(t)
	allowed := fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}})
	for _, tc := range []struct {
		name    string
		fetcher *fetch.Client
		body    string
		status  int
		code    string
		message string // in the error message
	}{
		{"loopback refused", fetch.New(fetch.Config{}), `{"url": "` + site.URL + `/feed"}`, 400, "blocked", site.URL + "/feed"},
		{"missing page", allowed, `{"url": "` + site.URL + `/feed-missing"}`, 502, "fetch_failed", "404"},
		{"page without feed", allowed, `{"url": "` + site.URL + `/plain"}`, 400, "invalid", "neither a feed nor a page"},
		{"data URL refused", allowed, `{"url": "data:text/html,<p>hi</p>"}`, 400, "blocked", "scheme"},
		{"no url", allowed, `{}`, 400, "invalid", `{"url"`},
		{"unknown field", allowed, `{"url": "` + site.URL + `/feed", "tags": []}`, 400, "invalid", "tags"},
		{"broken JSON", allowed, `{"url": `, 400, "invalid", `{"url"`},
		{"unchecked, not http", nil, `{"url": "ftp://tarnwick.example/feed"}`, 400, "invalid", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, _ := newServer(t, web.Config{Token: token, Fetch: tc.fetcher})
			status, b := postSource(t, srv.URL, tc.body)
			e := decode[apiError](t, b)
			if status != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.message) {
				t.Errorf("POST /api/sources %s = %d %s, want %d %s mentioning %q", tc.body, status, b, tc.status, tc.code, tc.message)
			}
		})
	}
}

func TestPostSourceUnchecked(t *testing.T) {
	srv, _ := newServer(t, web.Config{Token: token})
	status, b := postSource(t, srv.URL, `{"url": "https://tarnwick.example/feed"}`)
	if got := decode[sourceResult](t, b); status != 201 || got.Source.URL != "https://tarnwick.example/feed" || got.Source.Site != "" {
		t.Errorf("POST /api/sources without a fetcher = %d %s, want 201 storing the URL as given", status, b)
	}
	noToken, _ := newServer(t, web.Config{})
	if status, b := postSource(t, noToken.URL, `{"url": "https://tarnwick.example/feed"}`); status != 403 {
		t.Errorf("POST /api/sources on a server without token = %d %s, want 403", status, b)
	}
}
