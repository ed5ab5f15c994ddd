package web_test

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/web"
)

// kelmaria is a folder of five invented articles about one event.
const kelmaria = "../reconcile/testdata/kelmaria-call"

// pageAnnotator is built once: its tables take a while.
var pageAnnotator = sync.OnceValue(annotate.New)

// storySite is a server holding the kelmaria story, put in two batches so
// that its report has several versions.
type storySite struct {
	URL   string
	Store parallax.Store
	Story string // the story's id
	Arts  []parallax.Article
}

// newStorySite stores the invented articles, three then two, running the
// pipeline after each batch.
func newStorySite(t testing.TB) storySite {
	t.Helper()
	srv, store := newServer(t, web.Config{})
	arts, errs := ingest.Reader{}.Read(context.Background(), []string{kelmaria}, nil)
	if len(errs) > 0 || len(arts) != 5 {
		t.Fatalf("read %s: %d articles, %v", kelmaria, len(arts), errs)
	}
	w := pipeline.NewWithAnnotator(store, pipeline.Config{Worker: "pages-test"}, pageAnnotator())
	for _, batch := range [][]parallax.Article{arts[:3], arts[3:]} {
		in := make([]parallax.ArticleInput, len(batch))
		for i, a := range batch {
			in[i] = parallax.ArticleInput{Article: a}
		}
		if _, err := store.Articles.PutArticles(context.Background(), in); err != nil {
			t.Fatalf("PutArticles: %v", err)
		}
		if _, err := w.Drain(context.Background()); err != nil {
			t.Fatalf("Drain: %v", err)
		}
	}
	page, err := store.Stories.FindStories(context.Background(), parallax.StoryFilter{})
	if err != nil || len(page.Stories) != 1 {
		t.Fatalf("FindStories = %v, %v; want the one story", page, err)
	}
	return storySite{URL: srv.URL, Store: store, Story: page.Stories[0].ID, Arts: arts}
}

// get fetches a page and returns the response (body read) and its body.
func get(t testing.TB, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestStoryPage(t *testing.T) {
	st := newStorySite(t)
	resp, body := get(t, st.URL+"/stories/"+st.Story)
	if resp.StatusCode != 200 {
		t.Fatalf("GET story page = %d\n%s", resp.StatusCode, body)
	}
	checkSecurityHeaders(t, resp)
	// The sections, in order.
	last := -1
	for _, id := range []string{"summary", "facts", "discrepancies", "unique", "quotes", "framing", "timeline", "versions"} {
		i := strings.Index(body, `id="`+id+`"`)
		if i < 0 {
			t.Errorf("story page has no #%s", id)
			continue
		}
		if i < last {
			t.Errorf("#%s comes before the section above it", id)
		}
		last = i
	}
	for _, want := range []string{`<html lang="en">`, `class="card discrepancy"`, "<ins>", `<svg xmlns="http://www.w3.org/2000/svg"`, `href="/stories/` + st.Story + `/versions/1"`} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %s", want)
		}
	}
	if strings.Contains(body, " style=") || strings.Contains(body, "<script") || strings.Contains(body, "<style") {
		t.Errorf("story page has inline style or script, which the CSP forbids")
	}
	// Every citation links to a sentence of an article of the story.
	cites := regexp.MustCompile(`<a class="cite" href="/articles/([^"#]+)#s\d+"`).FindAllStringSubmatch(body, -1)
	if all := strings.Count(body, `<a class="cite"`); all != len(cites) {
		t.Errorf("%d of the %d citations do not link to a sentence", all-len(cites), all)
	}
	if len(cites) < 20 {
		t.Fatalf("story page has %d citations, want many", len(cites))
	}
	ids := make([]string, len(st.Arts))
	for i, a := range st.Arts {
		ids[i] = a.ID
	}
	for _, c := range cites {
		if !slices.Contains(ids, c[1]) {
			t.Errorf("citation to %s, not an article of the story", c[1])
		}
	}
	// The stylesheet it names is served, cacheable.
	css := regexp.MustCompile(`href="(/static/style\.[0-9a-f]+\.css)"`).FindStringSubmatch(body)
	if css == nil {
		t.Fatal("no hashed stylesheet link")
	}
	resp, b := get(t, st.URL+css[1])
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") ||
		!strings.Contains(resp.Header.Get("Cache-Control"), "immutable") || !strings.Contains(b, ".sent.shared") {
		t.Errorf("GET %s = %d %q %q", css[1], resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
	}
}

func checkSecurityHeaders(t *testing.T, resp *http.Response) {
	t.Helper()
	for k, want := range map[string]string{
		"Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
	} {
		if got := resp.Header.Get(k); got != want {
			t.Errorf("%s %s: %s = %q, want %q", resp.Request.Method, resp.Request.URL.Path, k, got, want)
		}
	}
}

// TestTimelineSVG checks that the chart is well-formed XML with a mark per
// placed event.
func TestTimelineSVG(t *testing.T) {
	st := newStorySite(t)
	_, body := get(t, st.URL+"/stories/"+st.Story)
	start, end := strings.Index(body, "<svg"), strings.Index(body, "</svg>")
	if start < 0 || end < start {
		t.Fatal("no <svg> on the story page")
	}
	svg := body[start : end+len("</svg>")]
	d := xml.NewDecoder(strings.NewReader(svg))
	d.Strict = true
	marks := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the timeline SVG is not well-formed XML: %v\n%s", err, svg)
		}
		if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "circle" || se.Name.Local == "line") {
			for _, a := range se.Attr {
				if a.Name.Local == "class" && (strings.HasPrefix(a.Value, "mark") || strings.HasPrefix(a.Value, "bar")) {
					marks++
				}
			}
		}
	}
	if marks == 0 {
		t.Errorf("the timeline SVG has no event marks:\n%s", svg)
	}
}

func TestPageErrors(t *testing.T) {
	st := newStorySite(t)
	for _, tc := range []struct {
		method, path string
		status       int
		says         string
	}{
		{"GET", "/stories/nope", 404, "story nope not found"},
		{"GET", "/stories/" + st.Story + "/versions/99", 404, "version 99"},
		{"GET", "/stories/" + st.Story + "/versions/x", 400, "whole number"},
		{"GET", "/articles/nope", 404, "nope"},
		{"GET", "/no/such/page", 404, "no page at /no/such/page"},
		{"GET", "/static/style.css", 404, "no static file"},
		{"GET", "/?since=yesterday", 400, "since must be a date"},
		{"POST", "/stories/" + st.Story, 405, "takes GET"},
	} {
		req, _ := http.NewRequest(tc.method, st.URL+tc.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body := string(b)
		if resp.StatusCode != tc.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") ||
			!strings.Contains(body, tc.says) || !strings.Contains(body, "<h1>") {
			t.Errorf("%s %s = %d %s, want an HTML page %d saying %q:\n%s", tc.method, tc.path, resp.StatusCode, resp.Header.Get("Content-Type"), tc.status, tc.says, body)
		}
		checkSecurityHeaders(t, resp)
	}
	// The API keeps its JSON errors.
	if status, b := call(t, "GET", st.URL+"/api/stories/nope", "", "", ""); status != 404 || decode[apiError](t, b).Error.Code != parallax.ENOTFOUND {
		t.Errorf("GET /api/stories/nope = %d %s, want a JSON 404", status, b)
	}
}

func TestArticlePage(t *testing.T) {
	st := newStorySite(t)
	a, err := st.Store.Articles.FindArticleByID(context.Background(), st.Arts[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, st.URL+"/articles/"+a.ID)
	if resp.StatusCode != 200 {
		t.Fatalf("GET article page = %d\n%s", resp.StatusCode, body)
	}
	checkSecurityHeaders(t, resp)
	spans := regexp.MustCompile(`<span id="s(\d+)" class="(sent[a-z ]*)">`).FindAllStringSubmatch(body, -1)
	if len(spans) != len(a.Sentences) {
		t.Errorf("article page has %d sentence spans, the article %d sentences", len(spans), len(a.Sentences))
	}
	classes := map[string]int{}
	for i, s := range spans {
		if s[1] != strconv.Itoa(i) {
			t.Errorf("span %d has id s%s", i, s[1])
		}
		for _, c := range strings.Fields(s[2])[1:] {
			classes[c]++
		}
	}
	for _, c := range []string{"shared", "unique", "quoted"} {
		if classes[c] == 0 {
			t.Errorf("no sentence of %s is marked %s (classes %v)", a.ID, c, classes)
		}
	}
	for _, want := range []string{`href="/stories/` + st.Story + `"`, "Entities (", "Quotes (", "Numbers (", "Dates ("} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %s", want)
		}
	}
	// The sentence a fact cites reads as the fact's evidence says.
	rv, err := st.Store.Stories.FindReport(context.Background(), st.Story, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rv.Report.Facts {
		for _, e := range f.Support {
			if e.Article == a.ID && strings.Contains(a.Sentences[e.Sentence].Text, e.Text) {
				span := regexp.MustCompile(`<span id="s` + strconv.Itoa(e.Sentence) + `" class="[^"]*\bshared\b[^"]*">`)
				if !span.MatchString(body) {
					t.Errorf("sentence s%d, cited by fact %q, is not marked shared", e.Sentence, f.Text)
				}
			}
		}
	}
}

func TestStoryListPage(t *testing.T) {
	st := newStorySite(t)
	resp, body := get(t, st.URL+"/")
	if resp.StatusCode != 200 || !strings.Contains(body, `href="/stories/`+st.Story+`"`) || !strings.Contains(body, "5 articles from 5 outlets") {
		t.Fatalf("GET / = %d, want the story listed with 5 articles from 5 outlets:\n%s", resp.StatusCode, body)
	}
	checkSecurityHeaders(t, resp)
	for _, tc := range []struct {
		query string
		found bool
	}{
		{"q=Ostrel", true},
		{"q=volcano", false},
		{"since=2025-10-01&until=2025-10-31", true},
		{"since=2026-01-01", false},
	} {
		_, body := get(t, st.URL+"/?"+tc.query)
		if got := strings.Contains(body, `href="/stories/`+st.Story+`"`); got != tc.found {
			t.Errorf("GET /?%s lists the story: %v, want %v", tc.query, got, tc.found)
		}
		if !tc.found && !strings.Contains(body, "No story matches this search.") {
			t.Errorf("GET /?%s does not say that nothing matched", tc.query)
		}
	}
}

// TestEscaping stores an article whose every field tries to break out of
// the page, and checks that the pages show its text, escaped.
func TestEscaping(t *testing.T) {
	srv, store := newServer(t, web.Config{})
	const script, img = `<script>alert(1)</script>`, `"><img src=x onerror=alert(2)>`
	a := parallax.Article{ID: "hostile", Outlet: "Hostile " + script + " Wire" + img, Title: "Title " + script + img, URL: "javascript:alert(3)",
		Text: "Rangers closed the Vell Pass " + script + " on Monday after a rockslide, the park office said. Hikers were told " + img + " to use the Drey valley trail instead."}
	if _, err := store.Articles.PutArticles(context.Background(), []parallax.ArticleInput{{Article: a}}); err != nil {
		t.Fatal(err)
	}
	w := pipeline.NewWithAnnotator(store, pipeline.Config{Worker: "escape-test"}, pageAnnotator())
	if _, err := w.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	sa, err := store.Articles.FindArticleByID(context.Background(), a.ID)
	if err != nil || sa.Story == "" {
		t.Fatalf("the article was not assigned a story: %v", err)
	}
	for _, path := range []string{"/articles/hostile", "/stories/" + sa.Story, "/stories/" + sa.Story + "/versions/1", "/?q=Vell"} {
		resp, body := get(t, srv.URL+path)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s = %d", path, resp.StatusCode)
		}
		for _, bad := range []string{"<script", "<img", `href="javascript:`} {
			if strings.Contains(strings.ToLower(body), bad) {
				t.Errorf("GET %s holds %s unescaped", path, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") && !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("GET %s does not show the article's markup as text", path)
		}
	}
	_, body := get(t, srv.URL+"/articles/hostile")
	if !strings.Contains(body, "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;") {
		t.Errorf("the article page does not show the img markup escaped")
	}
}

// TestVersionPage checks that a later report version names what the
// articles of the second batch brought.
func TestVersionPage(t *testing.T) {
	st := newStorySite(t)
	vs, err := st.Store.Stories.FindReportVersions(context.Background(), st.Story)
	if err != nil || len(vs) < 2 {
		t.Fatalf("FindReportVersions = %d versions, %v; want several", len(vs), err)
	}
	// The first version covering all five articles follows one with fewer.
	n := 0
	for _, v := range vs {
		if v.Articles == 5 {
			n = v.Version
		}
	}
	if n < 2 {
		t.Fatalf("versions %+v: none after the first covers the 5 articles", vs)
	}
	resp, body := get(t, st.URL+"/stories/"+st.Story+"/versions/"+strconv.Itoa(n))
	if resp.StatusCode != 200 {
		t.Fatalf("GET version %d = %d\n%s", n, resp.StatusCode, body)
	}
	checkSecurityHeaders(t, resp)
	i := strings.Index(body, `id="changes"`)
	if i < 0 {
		t.Fatalf("version page has no #changes section:\n%s", body)
	}
	changes := body[i:strings.Index(body, `id="articles"`)]
	if !strings.Contains(changes, "What changed since version "+strconv.Itoa(n-1)) || !strings.Contains(changes, "Articles added") {
		t.Errorf("#changes of version %d does not compare with version %d and list articles added:\n%s", n, n-1, changes)
	}
	for _, id := range []string{"summary", "facts", "discrepancies", "quotes", "timeline", "versions"} {
		if !strings.Contains(body, `<section id="`+id+`"`) {
			t.Errorf("version page has no #%s", id)
		}
	}
	if _, body := get(t, st.URL+"/stories/"+st.Story+"/versions/1"); !strings.Contains(body, "The first report of this story") {
		t.Errorf("version 1 does not say it is the first report")
	}
}

// BenchmarkStoryPage measures GET /stories/{id} on the five-article story:
// reading the stored report and its version list from SQLite and rendering
// the page (the page cache off; BenchmarkStoryPageCached has it on).
func BenchmarkStoryPage(b *testing.B) {
	st := newStorySite(b)
	h := web.New(st.Store, web.Config{PageCacheBytes: -1}).Handler()
	req := httptest.NewRequest("GET", "/stories/"+st.Story, nil)
	size := 0
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("GET story page = %d", rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "bytes/page")
}
