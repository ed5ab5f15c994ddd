package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// pageHTML is an invented article page whose markup states a timestamp that
// its URL's date (2024/01/02) contradicts.
const pageHTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Ferry timetable changes at Orlen Quay</title>
<meta property="og:site_name" content="The Westmarch Courier">
<meta property="article:published_time" content="2024-01-05T08:30:00+01:00">
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Ferry timetable changes at Orlen Quay</h1>
<p>The harbour board of Orlen announced on Monday that the morning ferry to Skelby will leave forty minutes earlier from next month, citing the new tide tables.</p>
<p>Board chair Imra Tollan said the change would let the crossing avoid the low-water window that delayed eleven sailings last winter.</p>
<p>Commuters at the quay said they had not been consulted. "We learned about it from a notice on the ticket office door," said Pell Arvid, who crosses daily.</p>
<p>The board said a second evening sailing would be added on Fridays during the summer season.</p>
</article><footer>Copyright The Westmarch Courier</footer></body></html>`

func TestPageArticle(t *testing.T) {
	h := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	a, err := PageArticle([]byte(pageHTML), "https://courier.example/2024/01/02/ferry", h)
	if err != nil {
		t.Fatalf("PageArticle: %v", err)
	}
	if a.Title != "Ferry timetable changes at Orlen Quay" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Outlet != "The Westmarch Courier" {
		t.Errorf("Outlet = %q, want the og:site_name", a.Outlet)
	}
	if a.URL != "https://courier.example/2024/01/02/ferry" || a.Source != a.URL {
		t.Errorf("URL, Source = %q, %q, want the final URL", a.URL, a.Source)
	}
	want := time.Date(2024, 1, 5, 7, 30, 0, 0, time.UTC)
	if a.Published == nil || !a.Published.Equal(want) {
		t.Errorf("Published = %v, want %v (the markup's timestamp, not the URL's date)", a.Published, want)
	}
	if !strings.Contains(a.Text, "forty minutes earlier") || strings.Contains(a.Text, "Home") {
		t.Errorf("Text = %q, want the article paragraphs without navigation", a.Text)
	}
}

func TestPageArticleCharset(t *testing.T) {
	page := strings.Replace(pageHTML, `<meta charset="utf-8">`, "", 1)
	page = strings.Replace(page, "Imra Tollan", "Imra T\xf6llan", 1) // ö in windows-1252
	h := http.Header{"Content-Type": {"text/html; charset=windows-1252"}}
	a, err := PageArticle([]byte(page), "https://courier.example/ferry", h)
	if err != nil {
		t.Fatalf("PageArticle: %v", err)
	}
	if !strings.Contains(a.Text, "Imra Töllan") {
		t.Errorf("Text does not hold the decoded name: %q", a.Text)
	}
}

func TestPageArticleNoText(t *testing.T) {
	_, err := PageArticle([]byte("<html><body><nav>Home</nav></body></html>"), "https://courier.example/", nil)
	if parallax.ErrorCode(err) != parallax.EINVALID || !errors.Is(err, ErrNoText) {
		t.Errorf("PageArticle(empty page) error = %v, want EINVALID wrapping ErrNoText", err)
	}
}

func TestFetchArticle(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(pageHTML))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	c := fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}})

	a, err := FetchArticle(ctx, c, srv.URL+"/old")
	if err != nil {
		t.Fatalf("FetchArticle: %v", err)
	}
	if a.URL != srv.URL+"/story" {
		t.Errorf("URL = %q, want the URL after the redirect", a.URL)
	}
	if _, err := FetchArticle(ctx, c, srv.URL+"/gone"); parallax.ErrorCode(err) != parallax.ENOTFOUND {
		t.Errorf("FetchArticle(404) error = %v, want %s", err, parallax.ENOTFOUND)
	}
	strict := fetch.New(fetch.Config{})
	if _, err := FetchArticle(ctx, strict, srv.URL+"/story"); parallax.ErrorCode(err) != fetch.EBLOCKED {
		t.Errorf("FetchArticle(loopback, no allow-list) error = %v, want %s", err, fetch.EBLOCKED)
	}
}
