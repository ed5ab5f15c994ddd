package web_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/web"
)

// The browser test drives Chromium headless through the pages of the
// example stories (examples/). It runs when Chromium is installed
// (/usr/bin/chromium, chromium on $PATH, or the binary $PARALLAX_CHROMIUM
// names) and skips otherwise. With -update-screenshot, or
// PARALLAX_UPDATE_SCREENSHOT=1, it also saves the story page as
// docs/screenshot-story.png.
var updateScreenshot = flag.Bool("update-screenshot", false,
	"save the browser test's story page as docs/screenshot-story.png")

const (
	chromiumEnv   = "PARALLAX_CHROMIUM"
	screenshotEnv = "PARALLAX_UPDATE_SCREENSHOT"
	screenshotOut = "../docs/screenshot-story.png"
	examplesDir   = "../examples"
	// browserQuery finds the example story whose page the test reads: the
	// Tollen fare march, which has a discrepancy (23 or 31 detained) and
	// a quote one outlet altered (examples/README.md).
	browserQuery = "Tollen"
	browserWait  = 90 * time.Second // for the whole browser session
)

func TestBrowserStoryPage(t *testing.T) {
	exe := chromiumPath(t)
	base := examplesServer(t)
	ctx, msgs := newBrowser(t, exe)

	// The story list, searched and clicked through as a reader would.
	do(t, ctx, "open the story list", chromedp.Navigate(base+"/"))
	do(t, ctx, "type in the search box", chromedp.SendKeys(chromedp.ID("q"), browserQuery))
	load(t, ctx, "search the story list", chromedp.Submit(chromedp.ID("q")))
	if n := count(t, ctx, "ol.stories li.story"); n != 1 {
		t.Errorf("searching %q lists %d stories, want the fare march alone", browserQuery, n)
	}
	load(t, ctx, "click the story", chromedp.Click(chromedp.CSS("ol.stories a.title")))
	storyURL := run(t, ctx, "read the story URL", chromedp.Location())
	if !strings.Contains(storyURL, "/stories/") {
		t.Fatalf("clicking the story went to %s, want a /stories/ page", storyURL)
	}

	checkSections(t, ctx)
	checkStyled(t, ctx)

	// The screenshot of the page as rendered, before leaving it.
	shot := run(t, ctx, "take a screenshot", chromedp.FullScreenshot(100))
	cfg, err := png.DecodeConfig(bytes.NewReader(shot))
	if err != nil || cfg.Width < 800 || cfg.Height < 800 {
		t.Errorf("full-page screenshot: %dx%d, %v; want a PNG of the whole page", cfg.Width, cfg.Height, err)
	} else if *updateScreenshot || os.Getenv(screenshotEnv) == "1" {
		if err := os.WriteFile(screenshotOut, shot, 0o644); err != nil {
			t.Fatalf("save the screenshot: %v", err)
		}
		t.Logf("saved %s (%dx%d)", screenshotOut, cfg.Width, cfg.Height)
	}

	followCitation(t, ctx)
	if bad := msgs.problems(); len(bad) > 0 {
		t.Errorf("the browser reported %d problems (CSP violations, failed loads or errors):\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// checkSections checks that the story page shows the discrepancy and the
// altered quote planted in the fare-march articles.
func checkSections(t *testing.T, ctx context.Context) {
	t.Helper()
	for _, sec := range []string{"summary", "facts", "discrepancies", "unique", "quotes", "framing", "timeline", "versions"} {
		if count(t, ctx, "section#"+sec) != 1 {
			t.Errorf("the story page has no #%s section", sec)
		}
	}
	if n := count(t, ctx, "#discrepancies .card"); n < 1 {
		t.Errorf("#discrepancies shows %d cards, want at least one", n)
	}
	disc := text(t, ctx, "#discrepancies")
	if !strings.Contains(disc, "23") || !strings.Contains(disc, "31") {
		t.Errorf("#discrepancies does not give both counts of people detained (23 and 31):\n%s", disc)
	}
	if n := count(t, ctx, "#quotes .quote-group"); n < 1 {
		t.Errorf("#quotes shows %d quote groups, want at least one", n)
	}
	// The altered variant is marked word by word against the fullest one.
	if n := count(t, ctx, "#quotes .variant ins, #quotes .variant del"); n < 1 {
		t.Errorf("#quotes marks no added or missing words; the altered quote should show its differences")
	}
	if n := count(t, ctx, "#timeline svg"); n != 1 {
		t.Errorf("#timeline has %d SVG charts, want 1", n)
	}
}

// checkStyled checks that the stylesheet loaded and applies: a page the
// Content-Security-Policy stripped of its styles would still have its text.
func checkStyled(t *testing.T, ctx context.Context) {
	t.Helper()
	rules := run(t, ctx, "count the style rules", chromedp.Evaluate[int](
		`Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0)`))
	if rules < 1 {
		t.Errorf("the story page has %d style rules applied, want its stylesheet", rules)
	}
}

// followCitation clicks the first citation of the first discrepancy card
// and checks that it lands on the sentence it cites, marked.
func followCitation(t *testing.T, ctx context.Context) {
	t.Helper()
	const cite = "#discrepancies .card blockquote a.cite"
	quoted := run(t, ctx, "read the cited sentence", chromedp.Evaluate[string](
		`document.querySelector("`+cite+`").parentElement.firstChild.textContent.trim()`))
	href := run(t, ctx, "read the citation", chromedp.Evaluate[string](
		`document.querySelector("`+cite+`").getAttribute("href")`))
	load(t, ctx, "follow the citation", chromedp.Click(chromedp.CSS(cite)))
	loc, err := url.Parse(run(t, ctx, "read the article URL", chromedp.Location()))
	if err != nil || !strings.HasPrefix(loc.Path, "/articles/") || !strings.HasPrefix(loc.Fragment, "s") {
		t.Fatalf("citation %s went to %v (%v), want /articles/{id}#s{n}", href, loc, err)
	}
	sel := "span#" + loc.Fragment
	if count(t, ctx, sel) != 1 {
		t.Fatalf("article page %s has no sentence %s", loc.Path, sel)
	}
	class := run(t, ctx, "read the sentence's classes", chromedp.Evaluate[string](
		`document.querySelector("`+sel+`").className`))
	if f := strings.Fields(class); len(f) < 2 || f[0] != "sent" {
		t.Errorf("cited sentence %s has class %q, want \"sent\" and shared, unique or quoted", sel, class)
	}
	if got := text(t, ctx, sel); got != quoted {
		t.Errorf("cited sentence %s reads %q,\nthe discrepancy card quotes %q", sel, got, quoted)
	}
}

// examplesServer serves the real handler on a SQLite store holding the
// example articles, annotated and grouped into stories by the pipeline.
func examplesServer(t *testing.T) string {
	t.Helper()
	ctx := t.Context()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	store := db.Store()
	arts, errs := ingest.Reader{}.Read(ctx, []string{examplesDir}, nil)
	if len(errs) > 0 || len(arts) == 0 {
		t.Fatalf("read %s: %d articles, errors %v", examplesDir, len(arts), errs)
	}
	in := make([]parallax.ArticleInput, len(arts))
	for i, a := range arts {
		in[i] = parallax.ArticleInput{Article: a}
	}
	res, err := store.Articles.PutArticles(ctx, in)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	for i, r := range res {
		if r.Status != parallax.PutStored {
			t.Fatalf("storing %s: %s %s", arts[i].Source, r.Status, r.Reason)
		}
	}
	if _, err := pipeline.New(store, pipeline.Config{Worker: "browser-test"}).Drain(ctx); err != nil {
		t.Fatalf("Drain: %v", err)
	}
	srv := httptest.NewServer(web.New(store, web.Config{}).Handler())
	t.Cleanup(srv.Close)
	return srv.URL
}

// chromiumPath returns the Chromium to drive, or skips the test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(chromiumEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("$%s=%s: %v", chromiumEnv, p, err)
		}
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
	}
	t.Skipf("browser test skipped: Chromium not found (install it with `apt-get install chromium`, or set $%s to its binary)", chromiumEnv)
	return ""
}

// newBrowser starts headless Chromium and returns a tab's context and the
// log of what the tab reports; both end with the test.
func newBrowser(t *testing.T, exe string) (context.Context, *browserLog) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.WindowSize(1280, 1000),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil { // starts the browser, bound to ctx
		t.Fatalf("start %s: %v", exe, err)
	}
	l := watch(ctx)
	tctx, cancel := context.WithTimeout(ctx, browserWait)
	t.Cleanup(cancel)
	return tctx, l
}

// browserLog collects the console messages (page errors, CSP violations,
// failed loads) of a tab.
type browserLog struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

// watch starts collecting ctx's console messages until ctx ends.
func watch(ctx context.Context) *browserLog {
	l := &browserLog{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.msgs = append(l.msgs, m)
			l.mu.Unlock()
		}
	}()
	return l
}

// problems returns the messages that are errors or warnings, or that
// name the Content-Security-Policy, as "type: text (url:line)". The pages
// link their icon, so the browser asks for no /favicon.ico of its own.
func (l *browserLog) problems() []string {
	time.Sleep(200 * time.Millisecond) // let the last events of the page arrive
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, m := range l.msgs {
		s := fmt.Sprint(m)
		typ := strings.ToLower(string(m.Type))
		if m.IsException() || strings.Contains(typ, "error") || strings.Contains(typ, "warn") ||
			strings.Contains(s, "Content Security Policy") {
			out = append(out, fmt.Sprintf("%s: %s (%s:%d)", m.Type, s, m.URL, m.Line+1))
		}
	}
	return out
}

// do runs actions that return nothing, failing the test with what it did.
func do(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// load runs an action that loads a page (a click on a link, a form sent)
// and waits for the page's response, which must be 200 OK.
func load(t *testing.T, ctx context.Context, what string, a chromedp.Action[chromedp.Void]) {
	t.Helper()
	resp, err := chromedp.RunResponse(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if resp.Status != http.StatusOK {
		t.Fatalf("%s: %s answered %d, want 200", what, resp.URL, resp.Status)
	}
}

// run runs one action and returns its value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// count returns how many elements of the page match the CSS selector sel.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	return run(t, ctx, "count "+sel, chromedp.Evaluate[int](
		fmt.Sprintf(`document.querySelectorAll(%q).length`, sel)))
}

// text returns the text of the first element matching sel, trimmed.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return run(t, ctx, "read "+sel, chromedp.Evaluate[string](
		fmt.Sprintf(`(document.querySelector(%q) || {textContent: ""}).textContent.trim()`, sel)))
}

// TestBrowserLogSeesCSPViolations checks the check above: a page that
// breaks the pages' Content-Security-Policy (an inline script and style)
// must show up in the browser log the story page test reads.
func TestBrowserLogSeesCSPViolations(t *testing.T) {
	exe := chromiumPath(t)
	real := httptest.NewServer(web.New(parallax.Store{}, web.Config{}).Handler())
	defer real.Close()
	resp, err := http.Get(real.URL + "/static/none.css")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	if csp == "" {
		t.Fatalf("GET /static/none.css has no Content-Security-Policy header")
	}
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!DOCTYPE html><title>t</title><style>p{color:red}</style><p>x</p><script>document.title="ran"</script>`)
	}))
	defer bad.Close()
	ctx, msgs := newBrowser(t, exe)
	do(t, ctx, "open the violating page", chromedp.Navigate(bad.URL))
	if title := run(t, ctx, "read the title", chromedp.Title()); title == "ran" {
		t.Errorf("the inline script ran under %q", csp)
	}
	p := msgs.problems()
	if !strings.Contains(strings.Join(p, "\n"), "Content Security Policy") {
		t.Errorf("an inline script and style under %q left no CSP message in the browser log; it has:\n%s", csp, strings.Join(p, "\n"))
	}
}
