package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/web"
)

// corpusVersion names the generated database in the cache; change it when
// the corpus or the way it is stored changes, so that no stale cache is used.
const corpusVersion = "v1"

// token is the API token of the served store.
const token = "loadtest-token"

// config is a load run's setting, from the environment (see configFromEnv).
type config struct {
	articles   int           // PARALLAX_LOAD_ARTICLES: articles stored before the run
	duration   time.Duration // PARALLAX_LOAD_DURATION: how long each attack lasts
	readRate   int           // PARALLAX_LOAD_RATE: requests/s on a story
	searchRate int           // PARALLAX_LOAD_SEARCH_RATE: searches/s
	ingestRate int           // PARALLAX_LOAD_INGEST_RATE: articles/s posted
	batch      int           // articles per POST
	workers    int           // pipeline workers, as `parallax serve` runs by default
	cacheDir   string        // PARALLAX_LOAD_CACHE: where generated SQLite databases are kept
}

// configFromEnv reads the run's settings; unset variables take the values
// docs/EVALUATION.md reports.
func configFromEnv(tb testing.TB) config {
	c := config{
		articles: envInt(tb, "PARALLAX_LOAD_ARTICLES", 100000), duration: 20 * time.Second,
		readRate: envInt(tb, "PARALLAX_LOAD_RATE", 200), searchRate: envInt(tb, "PARALLAX_LOAD_SEARCH_RATE", 50),
		ingestRate: envInt(tb, "PARALLAX_LOAD_INGEST_RATE", 1000), batch: 100, workers: 2,
		cacheDir: os.Getenv("PARALLAX_LOAD_CACHE"),
	}
	if v := os.Getenv("PARALLAX_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			tb.Fatalf("PARALLAX_LOAD_DURATION=%q: want a duration such as 20s", v)
		}
		c.duration = d
	}
	if c.cacheDir == "" {
		c.cacheDir = filepath.Join(os.TempDir(), "parallax-loadtest")
	}
	return c
}

func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		tb.Fatalf("%s=%q: want a positive whole number", name, v)
	}
	return n
}

// openSQLite returns a SQLite store holding cfg.articles generated articles,
// in a copy (in tb's temp dir) of a database built once and kept in
// cfg.cacheDir, and the number of stories.
func openSQLite(tb testing.TB, cfg config) (parallax.Store, int) {
	ctx := context.Background()
	cached := filepath.Join(cfg.cacheDir, fmt.Sprintf("sqlite-%d-%s.db", cfg.articles, corpusVersion))
	if _, err := os.Stat(cached); err != nil {
		buildSQLite(tb, cfg, cached)
	} else {
		tb.Logf("using the database built earlier, %s (delete it to build it again)", cached)
	}
	path := filepath.Join(tb.TempDir(), "parallax.db")
	if err := copyFile(cached, path); err != nil {
		tb.Fatal(err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db.Store(), DefaultCorpus.Count(cfg.articles)
}

// buildSQLite populates a new SQLite database and moves it to path once
// complete, so that an interrupted build is never taken for a cached one.
func buildSQLite(tb testing.TB, cfg config, path string) {
	ctx := context.Background()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	tmp := path + ".building"
	os.Remove(tmp)
	db, err := sqlite.Open(ctx, tmp)
	if err != nil {
		tb.Fatalf("open %s: %v", tmp, err)
	}
	start := time.Now()
	tb.Logf("building %s: %d generated articles, annotated and reconciled (once; later runs reuse it)", path, cfg.articles)
	stories, err := populate(ctx, db.Store(), DefaultCorpus, cfg.articles, 1, tb.Logf)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		tb.Fatalf("populate %s: %v", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("built %s: %d articles in %d stories in %v", path, cfg.articles, stories, time.Since(start).Round(time.Second))
}

// openPostgres returns a PostgreSQL store, in a schema of its own, holding
// the stories of the SQLite database openSQLite uses (copied through the
// store API: the same articles, annotations and reports), and the number of
// stories. It skips when PARALLAX_TEST_POSTGRES is unset.
func openPostgres(tb testing.TB, cfg config) (parallax.Store, int) {
	pgtest.Skip(tb)
	from, _ := openSQLite(tb, cfg)
	store := pgtest.Open(tb)
	start := time.Now()
	tb.Logf("copying %d articles to PostgreSQL", cfg.articles)
	stories, articles, err := copyStories(context.Background(), from, store, 4, tb.Logf)
	if err != nil {
		tb.Fatalf("copy to PostgreSQL: %v", err)
	}
	tb.Logf("copied %d articles in %d stories to PostgreSQL in %v", articles, stories, time.Since(start).Round(time.Second))
	return store, stories
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return fmt.Errorf("copy %s to %s: %w", from, to, err)
	}
	return dst.Close()
}

// service is the store served as `parallax serve` serves it: the web
// handler on a real http.Server on 127.0.0.1, and pipeline workers beside.
type service struct {
	base  string // http://127.0.0.1:port
	store parallax.Store
}

// startService serves store until tb's cleanup, which stops it as SIGTERM
// stops `parallax serve`: requests and jobs in flight are finished.
func startService(tb testing.TB, store parallax.Store, workers int) *service {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	srv := &http.Server{
		Handler:           web.New(store, web.Config{Token: token}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	first := pipeline.New(store, pipeline.Config{})
	for i := range workers {
		w := first
		if i > 0 {
			w = first.Sibling() // as serve runs them
		}
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				tb.Errorf("pipeline worker %s: %v", w.Name(), err)
			}
		})
	}
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			tb.Errorf("serve: %v", err)
		}
	}()
	tb.Cleanup(func() {
		cancel()
		sctx, stop := context.WithTimeout(context.Background(), 30*time.Second)
		defer stop()
		srv.Shutdown(sctx)
		wg.Wait()
	})
	return &service{base: "http://" + ln.Addr().String(), store: store}
}

// storyIDs lists every story of the store.
func storyIDs(ctx context.Context, store parallax.Store) ([]string, error) {
	var ids []string
	f := parallax.StoryFilter{Limit: parallax.MaxLimit}
	for {
		page, err := store.Stories.FindStories(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		for _, s := range page.Stories {
			ids = append(ids, s.ID)
		}
		if page.Next == "" {
			return ids, nil
		}
		f.Cursor = page.Next
	}
}
