package web_test

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"regexp"
	"slices"
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
	cites := regexp.MustCompile(`<a class="cite" href="/articles/([^"#]+)(#s\d+)?"`).FindAllStringSubmatch(body, -1)
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
