package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// An invented outlet: its feed, a page advertising it, a page advertising
// a broken feed and a plain page.
const (
	sourceRSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Dunmore Tribune</title>
<link>http://dunmore.example/</link><item><title>Ferry fares rise</title><link>http://dunmore.example/a1</link><guid>a1</guid></item></channel></rss>`
	sourcePage   = `<html><head><title>Dunmore Tribune</title><link rel="alternate" type="application/rss+xml" title="Tribune news" href="/news.xml"></head><body><p>Front page.</p></body></html>`
	brokenPage   = `<html><head><link rel="alternate" type="application/atom+xml" href="/broken.xml"></head><body></body></html>`
	noFeedPage   = `<html><head><title>Just a page</title></head><body><p>Nothing to follow here.</p></body></html>`
	brokenFeed   = `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off`
	emptyTitleRS = `<?xml version="1.0"?><rss version="2.0"><channel><title> </title><item><title>x</title><guid>1</guid></item></channel></rss>`
)

// sourceServer serves the documents above by path.
func sourceServer(t *testing.T) *httptest.Server {
	t.Helper()
	docs := map[string]struct{ body, typ string }{
		"/news.xml":   {sourceRSS, "application/rss+xml"},
		"/":           {sourcePage, "text/html; charset=utf-8"},
		"/broken":     {brokenPage, "text/html"},
		"/broken.xml": {brokenFeed, "application/atom+xml"},
		"/plain":      {noFeedPage, "text/html"},
		"/untitled":   {emptyTitleRS, "application/rss+xml"},
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

func TestFetchSource(t *testing.T) {
	srv := sourceServer(t)
	c := fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}})
	host := strings.TrimPrefix(srv.URL, "http://")
	for _, tc := range []struct {
		name, path           string
		url, title, site     string // want, "" site for a feed given directly
		code                 string // want error code, "" for success
		noFeed               bool   // want ErrNoFeed in the chain
		messageHas, causeHas string
	}{
		{name: "feed given directly", path: "/news.xml", url: "/news.xml", title: "Dunmore Tribune"},
		{name: "feed discovered on the page", path: "/", url: "/news.xml", title: "Dunmore Tribune", site: "/"},
		{name: "untitled feed named by its host", path: "/untitled", url: "/untitled", title: strings.Split(host, ":")[0]},
		{name: "page without a feed link", path: "/plain", code: parallax.EINVALID, noFeed: true, messageHas: "neither a feed nor a page"},
		{name: "advertised feed broken", path: "/broken", code: parallax.EINVALID, noFeed: true, messageHas: "advertised as a feed", causeHas: "cannot parse"},
		{name: "missing page", path: "/gone", code: parallax.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := FetchSource(context.Background(), c, srv.URL+tc.path)
			if tc.code != "" {
				if parallax.ErrorCode(err) != tc.code || errors.Is(err, ErrNoFeed) != tc.noFeed {
					t.Fatalf("FetchSource(%s) = %v (code %q), want code %q, ErrNoFeed %v", tc.path, err, parallax.ErrorCode(err), tc.code, tc.noFeed)
				}
				if msg := err.Error(); !strings.Contains(msg, tc.messageHas) || !strings.Contains(msg, tc.causeHas) || !strings.Contains(msg, srv.URL) {
					t.Errorf("FetchSource(%s) error %q, want the URL, %q and %q", tc.path, msg, tc.messageHas, tc.causeHas)
				}
				return
			}
			if err != nil {
				t.Fatalf("FetchSource(%s): %v", tc.path, err)
			}
			site := ""
			if tc.site != "" {
				site = srv.URL + tc.site
			}
			if src.URL != srv.URL+tc.url || src.Title != tc.title || src.Site != site {
				t.Errorf("FetchSource(%s) = {URL %q Title %q Site %q}, want {%q %q %q}", tc.path, src.URL, src.Title, src.Site, srv.URL+tc.url, tc.title, site)
			}
		})
	}
}

func TestFetchSourceRefusesLoopback(t *testing.T) {
	srv := sourceServer(t)
	_, err := FetchSource(context.Background(), fetch.New(fetch.Config{}), srv.URL+"/news.xml")
	if parallax.ErrorCode(err) != fetch.EBLOCKED || !errors.Is(err, fetch.ErrBlockedAddress) {
		t.Fatalf("FetchSource(loopback) without Allow = %v, want %s", err, fetch.EBLOCKED)
	}
}
