// Package pipeline is Parallax's incremental pipeline. A Worker takes the
// jobs the store queued for newly stored articles, annotates each article,
// assigns it to its story and recomputes only that story's report, which
// the store keeps as a new version (an unchanged report stores nothing).
//
// Any number of workers, in one process or in many sharing a PostgreSQL
// database, can run at once: jobs are claimed one worker at a time, story
// assignment runs under the store's "assign" lock, and a story's report is
// recomputed under a lock of its own, so two workers never create two
// stories for one event nor save an older report over a newer one. Every
// step is idempotent, because a job whose lease ran out is run again.
package pipeline

import (
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/reconcile"
)

// Defaults for the zero fields of Config.
const (
	DefaultIdle          = 500 * time.Millisecond
	DefaultCandidates    = 12
	DefaultGroupArticles = 50
)

// Config sets up a Worker. The zero value works.
type Config struct {
	// Worker names this worker in its claims; it must be unique among live
	// workers. "" means host name, process id and a random suffix.
	Worker string
	// Lease is how long a claimed job is held; 0 means parallax.DefaultLease.
	Lease time.Duration
	// Idle is how long Run waits after finding no job; 0 means DefaultIdle.
	Idle time.Duration
	// Window bounds the candidate stories of a dated article to those dated
	// within Window of it; 0 means the clusterer's window.
	Window time.Duration
	// Candidates bounds the stories an article is compared with; 0 means
	// DefaultCandidates.
	Candidates int
	// GroupArticles bounds the articles of each candidate story read for
	// the comparison (its latest); 0 means DefaultGroupArticles.
	GroupArticles int
	// Cluster is the similarity configuration (see cluster.Config).
	Cluster cluster.Config
	// SummarySentences is passed to reconcile; 0 means its default.
	SummarySentences int
	// Logger receives job failures; nil means slog.Default().
	Logger *slog.Logger
}

// Worker runs pipeline jobs against one store. It is safe for concurrent
// use, but each concurrently running Run should have its own Worker (its
// own name).
type Worker struct {
	store parallax.Store
	cfg   Config
	ann   *annotate.Annotator
	cache *articleCache
	// common holds the search terms found in too many stories to tell
	// candidates apart (see candidates).
	common *commonTerms
	log    *slog.Logger
}

// New returns a worker on store with cfg's zero fields set to defaults.
// Annotators are costly to build: workers of one process should share one
// through NewWithAnnotator.
func New(store parallax.Store, cfg Config) *Worker {
	return NewWithAnnotator(store, cfg, annotate.New())
}

// NewWithAnnotator is New with an annotator built earlier.
func NewWithAnnotator(store parallax.Store, cfg Config, an *annotate.Annotator) *Worker {
	if cfg.Worker == "" {
		cfg.Worker = workerName()
	}
	cfg.Lease = cmp.Or(cfg.Lease, parallax.DefaultLease)
	cfg.Idle = cmp.Or(cfg.Idle, DefaultIdle)
	cfg.Window = cmp.Or(cfg.Window, cluster.DefaultConfig().Window)
	cfg.Candidates = cmp.Or(cfg.Candidates, DefaultCandidates)
	cfg.GroupArticles = cmp.Or(cfg.GroupArticles, DefaultGroupArticles)
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	return &Worker{store: store, cfg: cfg, ann: an, cache: newArticleCache(), common: newCommonTerms(), log: log.With("worker", cfg.Worker)}
}

// Sibling returns another worker on w's store, with w's configuration and
// annotator and a name of its own, that shares w's article cache and the
// search terms w found common: the workers of one process then read and
// learn once instead of once each.
func (w *Worker) Sibling() *Worker {
	cfg := w.cfg
	cfg.Worker = workerName()
	return &Worker{store: w.store, cfg: cfg, ann: w.ann, cache: w.cache, common: w.common, log: w.log.With("worker", cfg.Worker)}
}

// Name returns the name the worker claims jobs under.
func (w *Worker) Name() string { return w.cfg.Worker }

// workerName is host-pid-random, unique among the workers of a cluster.
func workerName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", cmp.Or(host, "host"), os.Getpid(), hex.EncodeToString(b))
}

// options returns the reconcile options for story st.
func (w *Worker) options(st *parallax.Story) reconcile.Options {
	o := reconcile.Options{ID: st.ID, SummarySentences: w.cfg.SummarySentences}
	if len(st.Copies) > 0 {
		o.Copies = make(map[string]string, len(st.Copies))
		for _, c := range st.Copies {
			o.Copies[c.Article] = c.CopyOf
		}
	}
	return o
}
