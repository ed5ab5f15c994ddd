package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/parallax-news/parallax"
)

// The web pages (docs/api.md, "Web pages") are html/template templates and
// static assets embedded in the binary. Each page is its own template set:
// templates/layout.html and templates/parts.html parsed with the page's
// file, so that every page defines "content" without clashing. Assets are
// served under names that carry their content hash, so they can be cached
// for a year and a new binary still gets its own.
var (
	//go:embed templates/*.html
	templateFiles embed.FS
	//go:embed static
	staticFiles embed.FS
)

// contentSecurityPolicy allows nothing but this server's stylesheets and
// images: no scripts, no inline styles, no frames, no other sites.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// staticMaxAge is how long browsers keep a hashed asset.
const staticMaxAge = 365 * 24 * 60 * 60

// asset is one embedded static file.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// site is the parsed templates and the hashed assets, built once.
type site struct {
	pages  map[string]*template.Template // by page file name without ".html"
	assets map[string]asset              // by hashed name ("style.1a2b3c4d5e6f.css")
	urls   map[string]string             // "style.css" → "/static/style.1a2b3c4d5e6f.css"
}

// theSite is built when the package loads: a template that does not parse
// is a bug every test finds.
var theSite = mustSite()

func mustSite() *site {
	st, err := newSite(templateFiles, staticFiles)
	if err != nil {
		panic(err)
	}
	return st
}

// newSite hashes the files under static/ and parses every page template
// of templates/ with the layout and parts.
func newSite(templates, static fs.FS) (*site, error) {
	st := &site{pages: map[string]*template.Template{}, assets: map[string]asset{}, urls: map[string]string{}}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(static, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		h := hex.EncodeToString(sum[:6])
		name := path.Base(p)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + h + ext
		st.assets[hashed] = asset{body: body, contentType: cmpType(mime.TypeByExtension(ext)), etag: `"` + h + `"`}
		st.urls[name] = "/static/" + hashed
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("static assets: %w", err)
	}
	funcs := template.FuncMap{"asset": st.assetURL, "add": func(a, b int) int { return a + b }}
	names, err := fs.Glob(templates, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".html")
		if base == "layout" || base == "parts" {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templates, "templates/layout.html", "templates/parts.html", n)
		if err != nil {
			return nil, fmt.Errorf("page template %s: %w", n, err)
		}
		st.pages[base] = t
	}
	return st, nil
}

// assetURL returns the hashed URL of a static file; a name that is not
// embedded fails the render, which every page test would see.
func (st *site) assetURL(name string) (string, error) {
	u, ok := st.urls[name]
	if !ok {
		return "", fmt.Errorf("no static asset %q", name)
	}
	return u, nil
}

func cmpType(t string) string {
	if t == "" {
		return "application/octet-stream"
	}
	return t
}

// setPageHeaders sets the security headers every page and asset carries.
func setPageHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// page adapts a page handler: its responses carry the security headers,
// and its error becomes an HTML error page (JSON errors are for /api/).
func (s *Server) page(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		setPageHeaders(w.Header())
		if err := h(w, r); err != nil {
			s.writePageError(w, r, err)
		}
		return nil
	}
}

// render executes the named page with data into a buffer and then sends
// it, so that a template failure is an error page, never half a page.
func render(w http.ResponseWriter, status int, name string, data any) error {
	body, err := renderPage(name, data)
	if err != nil {
		return err
	}
	writePage(w, status, body)
	return nil
}

// renderPage executes the named page with data and returns the whole page.
func renderPage(name string, data any) ([]byte, error) {
	t, ok := theSite.pages[name]
	if !ok {
		return nil, fmt.Errorf("no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// writePage sends a rendered page; it does not modify body.
func writePage(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body) // the status is sent; a failed write has no one to tell
}

// errorView is the error page.
type errorView struct {
	Title   string
	Status  int
	Code    string
	Message string
}

// writePageError answers a failed page request with an HTML page: the
// status and message of classify, as the API would give them.
func (s *Server) writePageError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := s.classify(r, err)
	v := errorView{Title: http.StatusText(status), Status: status, Code: code, Message: msg}
	if rerr := render(w, status, "error", v); rerr != nil {
		s.log.Error("render error page", "path", r.URL.Path, "err", rerr)
		http.Error(w, msg, status)
	}
}

// staticAsset serves an embedded asset by its hashed name, cacheable for a
// year since the name changes with the content.
func (s *Server) staticAsset(w http.ResponseWriter, r *http.Request) error {
	a, ok := theSite.assets[r.PathValue("name")]
	if !ok {
		return notFoundf("no static file %s", r.URL.Path)
	}
	h := w.Header()
	h.Set("Cache-Control", fmt.Sprintf("public, max-age=%d, immutable", staticMaxAge))
	h.Set("ETag", a.etag)
	if r.Header.Get("If-None-Match") == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	h.Set("Content-Type", a.contentType)
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(a.body)
	}
	return nil
}

// pageNoRoute answers a path outside /api/ that no page route matched: 405
// when the path is a page that takes GET, else 404.
func (s *Server) pageNoRoute(w http.ResponseWriter, r *http.Request) error {
	probe := r.Clone(r.Context())
	probe.Method = http.MethodGet
	if _, pattern := s.mux.Handler(probe); pattern != "/" && pattern != "" {
		w.Header().Set("Allow", "GET, HEAD")
		return &parallax.Error{Code: codeMethodNotAllowed, Message: fmt.Sprintf("%s does not take %s; it takes GET", r.URL.Path, r.Method)}
	}
	return notFoundf("no page at %s", r.URL.Path)
}

// notFoundf is an ENOTFOUND error with a formatted message.
func notFoundf(format string, args ...any) error {
	return parallax.Errorf(parallax.ENOTFOUND, format, args...)
}
