// Package web serves Parallax over HTTP: the JSON API (docs/api.md, with an
// OpenAPI description at /api/openapi.json), reading stories and articles
// from a parallax.Store and storing posted articles for the pipeline.
//
// Handlers return errors; writeError alone turns them into HTTP statuses and
// JSON error bodies. Files are split by noun (articles.go, stories.go, …),
// so the web pages can sit beside them.
package web

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// DefaultMaxBodyBytes bounds a request body when Config.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 32 << 20

// MaxArticlesPerRequest is the most articles one POST /api/articles takes.
const MaxArticlesPerRequest = 10000

// Config sets up a Server. The zero value serves reads and refuses writes.
type Config struct {
	// Token is the bearer token write routes require; "" refuses every
	// write. Only its hash is kept.
	Token string
	// MaxBodyBytes bounds request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Logger receives request failures; nil means slog.Default().
	Logger *slog.Logger
	// Fetch fetches the URL given to POST /api/sources to check that it
	// is, or advertises, a feed; nil stores the URL as given, unchecked.
	Fetch *fetch.Client
	// PageCacheBytes bounds the rendered story pages kept in memory (by
	// story and report version, least recently used dropped first); 0 means
	// DefaultPageCacheBytes, a negative value keeps none.
	PageCacheBytes int64
}

// Server is the HTTP interface to a store. It is safe for concurrent use.
type Server struct {
	store     parallax.Store
	tokenHash [sha256.Size]byte
	hasToken  bool
	maxBody   int64
	log       *slog.Logger
	fetch     *fetch.Client  // nil: sources are stored unchecked
	pages     *pageCache     // nil: pages are rendered on every request
	mux       *http.ServeMux // set by Handler
}

// New returns a server on store.
func New(store parallax.Store, cfg Config) *Server {
	s := &Server{
		store:   store,
		maxBody: cmp.Or(cfg.MaxBodyBytes, DefaultMaxBodyBytes),
		log:     cfg.Logger,
		fetch:   cfg.Fetch,
		pages:   newPageCache(cfg.PageCacheBytes),
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if cfg.Token != "" {
		s.tokenHash, s.hasToken = sha256.Sum256([]byte(cfg.Token)), true
	}
	return s
}

// handlerFunc is an HTTP handler that returns its error instead of writing
// it; see writeError.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// access says who may use a route.
type access int

const (
	public access = iota // anyone
	write                // holders of the API token
)

// route is one entry of the routing table.
type route struct {
	pattern string // Go 1.22 pattern: "METHOD /path/{param}"
	access  access
	handle  handlerFunc
}

// routes is every route the server answers, in one table.
func (s *Server) routes() []route {
	return []route{
		{"GET /healthz", public, s.health},
		{"GET /api/openapi.json", public, s.openAPI},
		{"POST /api/articles", write, s.postArticles},
		{"GET /api/articles/{id}", public, s.getArticle},
		{"DELETE /api/articles/{id}", write, s.deleteArticle},
		{"GET /api/articles/{id}/revisions", public, s.articleRevisions},
		{"GET /api/sources", public, s.listSources},
		{"POST /api/sources", write, s.postSource},
		{"DELETE /api/sources/{id}", write, s.deleteSource},
		{"GET /api/stories", public, s.listStories},
		{"GET /api/stories/{id}", public, s.getStory},
		{"GET /api/stories/{id}/versions", public, s.storyVersions},
		{"/api/", public, s.noRoute},
		{"GET /{$}", public, s.page(s.storyList)},
		{"GET /stories/{id}", public, s.page(s.storyPage)},
		{"GET /stories/{id}/versions/{v}", public, s.page(s.versionPage)},
		{"GET /articles/{id}", public, s.page(s.articlePage)},
		{"GET /static/{name}", public, s.page(s.staticAsset)},
		{"/", public, s.page(s.pageNoRoute)},
	}
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.mux = mux
	for _, rt := range s.routes() {
		h := rt.handle
		if rt.access == write {
			h = s.authorized(h)
		}
		mux.Handle(rt.pattern, s.serve(h))
	}
	return mux
}

// serve adapts h to http.Handler: it limits the body and writes h's error.
func (s *Server) serve(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
		}
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// noRoute answers a request no route matched: 405 with the methods the
// path allows, or 404.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) error {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodDelete} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return &parallax.Error{Code: codeMethodNotAllowed, Message: fmt.Sprintf("%s does not take %s; it takes %s", r.URL.Path, r.Method, strings.Join(allow, ", "))}
	}
	return parallax.Errorf(parallax.ENOTFOUND, "no such API route: %s %s", r.Method, r.URL.Path)
}
