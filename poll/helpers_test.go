package poll_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/poll"
	"github.com/parallax-news/parallax/sqlite"
)

// t0 is the tests' clock: every poller starts at it.
var t0 = time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)

// openSQLite opens a store in a fresh file under t.TempDir().
func openSQLite(t testing.TB) parallax.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db.Store()
}

// site is a local web server whose resources tests set and change: feeds,
// article pages, or handlers of their own. It counts requests per path and
// keeps the last request headers.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	handlers map[string]http.HandlerFunc
	hits     map[string]int
	last     map[string]http.Header
}

func newSite(t testing.TB) *site {
	s := &site{handlers: map[string]http.HandlerFunc{}, hits: map[string]int{}, last: map[string]http.Header{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.last[r.URL.Path] = r.Header.Clone()
	h := s.handlers[r.URL.Path]
	s.mu.Unlock()
	if h == nil {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

// handle sets the handler of path.
func (s *site) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = h
}

// page serves an article page at path.
func (s *site) page(path, html string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, html)
	})
}

// feed serves an RSS document at path, without validators.
func (s *site) feed(path, xml string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, xml)
	})
}

// hitsOf returns the number of requests path received.
func (s *site) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// header returns the headers of the last request for path.
func (s *site) header(path string) http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last[path]
}

// clock is a settable time source for Config.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newPoller returns a poller on store that may reach the test servers,
// with a fixed clock starting at t0 and a jitter factor of exactly 1.
func newPoller(store parallax.Store, c *clock, mod ...func(*poll.Config)) *poll.Poller {
	cfg := poll.Config{
		Client:   fetch.New(fetch.Config{Allow: []string{"127.0.0.1"}}),
		Interval: 10 * time.Minute,
		Worker:   "test",
		Now:      c.Now,
		Rand:     func() float64 { return 0.5 },
		Logger:   slog.New(slog.DiscardHandler),
	}
	for _, m := range mod {
		m(&cfg)
	}
	return poll.New(store, cfg)
}

// addSource stores a source for url.
func addSource(t testing.TB, store parallax.Store, url string) *parallax.Source {
	t.Helper()
	src := &parallax.Source{URL: url}
	if _, err := store.Sources.CreateSource(context.Background(), src); err != nil {
		t.Fatalf("CreateSource(%s): %v", url, err)
	}
	return src
}

// mustPoll polls src and fails the test when the outcome cannot be stored.
func mustPoll(t testing.TB, p *poll.Poller, src *parallax.Source) *poll.Result {
	t.Helper()
	res, err := p.Poll(context.Background(), src)
	if err != nil {
		t.Fatalf("Poll(%s): %v", src.URL, err)
	}
	return res
}

// stored returns the source as stored.
func stored(t testing.TB, store parallax.Store, id int64) *parallax.Source {
	t.Helper()
	src, err := store.Sources.FindSourceByID(context.Background(), id)
	if err != nil {
		t.Fatalf("FindSourceByID(%d): %v", id, err)
	}
	return src
}

// allArticles returns every stored article.
func allArticles(t testing.TB, store parallax.Store) []*parallax.StoredArticle {
	t.Helper()
	page, err := store.Articles.FindArticles(context.Background(), parallax.ArticleFilter{Limit: parallax.MaxLimit})
	if err != nil {
		t.Fatalf("FindArticles: %v", err)
	}
	return page.Articles
}

// item is one RSS item of an invented feed.
type item struct {
	guid, link, title, date, content string
	updated                          string // an Atom-style dc:date is not RSS; used by atom()
}

// rss renders items as an RSS 2.0 document.
func rss(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>%s</title><link>https://example.org/</link>`, title)
	for _, it := range items {
		b.WriteString("<item>")
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, it.guid)
		}
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", it.link)
		}
		fmt.Fprintf(&b, "<title>%s</title>", it.title)
		if it.date != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date)
		}
		if it.content != "" {
			fmt.Fprintf(&b, "<description><![CDATA[%s]]></description>", it.content)
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// atom renders items as an Atom document; each item's updated time is its
// <updated>.
func atom(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:test:%s</id><updated>2025-03-04T08:00:00Z</updated>`, title, title)
	for _, it := range items {
		fmt.Fprintf(&b, `<entry><id>%s</id><link href="%s"/><title>%s</title><published>%s</published><updated>%s</updated>`,
			it.guid, it.link, it.title, it.date, it.updated)
		if it.content != "" {
			fmt.Fprintf(&b, `<content type="html"><![CDATA[%s]]></content>`, it.content)
		}
		b.WriteString("</entry>")
	}
	b.WriteString("</feed>")
	return b.String()
}

// places and subjects vary the invented articles so that each has its own
// text.
var (
	places   = []string{"Orlen", "Skelby", "Vennmark", "Tarrow Flats", "Quillan", "Marsh Eddon", "Brackwater", "Hollin"}
	subjects = []string{"a new footbridge", "the winter ferry timetable", "a library extension", "the harbour dredging",
		"a school bus route", "the market hall roof", "a flood barrier", "the tram depot"}
)

// articleText is the body of invented article n, four paragraphs long.
func articleText(n int) []string {
	place, subject := places[n%len(places)], subjects[(n/len(places))%len(subjects)]
	return []string{
		fmt.Sprintf("The district council of %s voted on Tuesday to approve %s, a project costing %d thousand crowns according to the council's own estimate.", place, subject, 100+n*7),
		fmt.Sprintf("Council member Ardis Fenn said the vote, carried by %d votes to %d, ended a debate that had lasted since the spring.", 12+n%5, 3+n%4),
		fmt.Sprintf("Residents of %s had asked for the work in a petition signed by %d people, the council's records show.", place, 400+n*3),
		fmt.Sprintf("Work is expected to begin in week %d of next year, the council said, once a contractor has been chosen.", 1+n%50),
	}
}

// pageHTML renders an article page with the given title and paragraphs.
func pageHTML(title string, paras []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title>
<meta property="og:site_name" content="The Quillan Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>%s</h1>`, title, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString("</article><footer>Contact us</footer></body></html>")
	return b.String()
}

// publish serves n invented articles under /a/<first+i> on s and returns
// their feed items (GUID "item-<k>", dated, with a short summary).
func publish(s *site, first, n int) []item {
	items := make([]item, n)
	for i := range n {
		k := first + i
		title := fmt.Sprintf("Council approves project %d", k)
		path := fmt.Sprintf("/a/%d", k)
		s.page(path, pageHTML(title, articleText(k)))
		items[i] = item{
			guid:    fmt.Sprintf("item-%d", k),
			link:    s.URL + path,
			title:   title,
			date:    t0.Add(-time.Duration(k) * time.Minute).Format(time.RFC1123Z),
			content: "<p>" + articleText(k)[0] + "</p>",
		}
	}
	return items
}
