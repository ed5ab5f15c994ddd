package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/web"
)

// Defaults of `parallax serve` and `parallax worker`.
const (
	defaultAddr    = "127.0.0.1:8080"
	defaultDB      = "parallax.db"
	defaultWorkers = 2
	shutdownGrace  = 30 * time.Second // for in-flight requests after SIGTERM
	tokenEnv       = "PARALLAX_API_TOKEN"
)

// storeFlags are the flags of the commands that run on a database.
type storeFlags struct {
	db      string
	workers int
	lease   time.Duration
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", defaultDB, "database: a SQLite file, or a postgres:// URL")
	fs.IntVar(&f.workers, "workers", defaultWorkers, "pipeline workers to run in this process")
	fs.DurationVar(&f.lease, "lease", parallax.DefaultLease, "how long a worker holds a job it claimed: a job of a process that died\nis taken up again once its lease runs out")
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", defaultAddr, "address to listen on")
	token := fs.String("token", "", "API token that write routes require (default $"+tokenEnv+")")
	var load multiFlag
	fs.Var(&load, "load", "store the articles at PATH (a file or directory) before serving; repeatable, and any\narguments after the flags are loaded too")
	var sf storeFlags
	sf.register(fs)
	var pf pollFlags
	pf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: parallax serve [--addr 127.0.0.1:8080] [--db PATH|postgres://…] [--token T] [--workers N] [--load PATH...]")
		fmt.Fprintln(stderr, "                      [--poll=false] [--poll-interval 15m] [--allow-private LIST] [--user-agent UA]")
		fmt.Fprintln(stderr, "\nServes the web pages (/) and the JSON API (docs/api.md) and runs pipeline workers that annotate stored articles,")
		fmt.Fprintln(stderr, "assign them to stories and keep each story's report up to date. It also polls the feeds added")
		fmt.Fprintln(stderr, "with 'parallax sources' (docs/fetching.md, \"Polling\"). SIGINT or SIGTERM stops it after the")
		fmt.Fprintln(stderr, "requests and jobs in flight.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if sf.workers < 0 {
		fmt.Fprintf(stderr, "parallax serve: --workers must be 0 or more, got %d\n", sf.workers)
		return errUsage
	}
	if sf.lease <= 0 {
		fmt.Fprintf(stderr, "parallax serve: --lease must be positive, got %v\n", sf.lease)
		return errUsage
	}
	pcfg, err := pf.config("serve", stderr)
	if err != nil {
		return err
	}
	if *token == "" {
		*token = os.Getenv(tokenEnv)
	}
	store, closeStore, err := openStore(ctx, sf.db)
	if err != nil {
		return err
	}
	defer closeStore()
	if paths := append(load, fs.Args()...); len(paths) > 0 {
		if err := loadArticles(ctx, store, paths, stderr); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return &parallax.Error{Code: parallax.EIO, Op: "listen", Message: "cannot listen on " + *addr, Err: err}
	}
	fmt.Fprintf(stderr, "parallax: serving http://%s (database %s, %d workers%s)\n", ln.Addr(), redact(sf.db), sf.workers, pollNote(pf))
	fmt.Fprintf(stderr, "parallax: open %s in a browser to read the stories\n", browseURL(ln.Addr()))
	if *token == "" {
		fmt.Fprintf(stderr, "parallax: no API token (--token or $%s): POST /api/articles is disabled\n", tokenEnv)
	}
	srv := &http.Server{
		Handler:           web.New(store, web.Config{Token: *token, Fetch: pcfg.Client}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
	}
	wait := startWorkers(ctx, store, sf.workers, sf.lease)
	waitPoller := startPoller(ctx, store, pcfg, pf.on)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err = <-served:
	case <-ctx.Done():
		fmt.Fprintln(stderr, "parallax: stopping: finishing requests and jobs in flight")
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		err = srv.Shutdown(sctx)
		cancel()
	}
	wait()
	waitPoller()
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return &parallax.Error{Code: parallax.EIO, Op: "serve", Message: "the server stopped", Err: err}
	}
	return nil
}

// openStore opens the database named by db: PostgreSQL for a postgres://
// (or postgresql://) URL, else the SQLite file at that path.
func openStore(ctx context.Context, db string) (parallax.Store, func(), error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		d, err := postgres.Open(ctx, db)
		if err != nil {
			return parallax.Store{}, nil, err
		}
		return d.Store(), func() { d.Close() }, nil
	}
	d, err := sqlite.Open(ctx, db)
	if err != nil {
		return parallax.Store{}, nil, err
	}
	return d.Store(), func() { d.Close() }, nil
}

// browseURL is the URL a browser on this machine opens to reach the server
// listening at addr: an unspecified host (":8080", "0.0.0.0") is reached
// through the loopback address.
func browseURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// redact hides the password of a database URL, for messages.
func redact(db string) string {
	if u, err := url.Parse(db); err == nil && u.User != nil {
		return u.Redacted()
	}
	return db
}

// startWorkers runs n pipeline workers, claiming jobs for lease, until ctx
// is cancelled; the function it returns waits for them to finish their jobs
// in flight.
func startWorkers(ctx context.Context, store parallax.Store, n int, lease time.Duration) (wait func()) {
	var wg sync.WaitGroup
	if n == 0 {
		return wg.Wait
	}
	first := pipeline.New(store, pipeline.Config{Lease: lease})
	for i := range n {
		w := first
		if i > 0 {
			w = first.Sibling() // one article cache and one set of common terms
		}
		wg.Go(func() {
			if err := w.Run(ctx); err != nil {
				slog.Error("pipeline worker stopped", "worker", w.Name(), "err", err)
			}
		})
	}
	return wg.Wait
}

// loadArticles reads the articles at paths and stores them for the
// pipeline, reporting what it did on stderr.
func loadArticles(ctx context.Context, store parallax.Store, paths []string, stderr io.Writer) error {
	arts, errs := ingest.Reader{}.Read(ctx, paths, os.Stdin)
	printInputErrors(stderr, errs)
	if err := ctx.Err(); err != nil {
		return err
	}
	in := make([]parallax.ArticleInput, len(arts))
	for i, a := range arts {
		in[i] = parallax.ArticleInput{Article: a}
	}
	counts := map[parallax.PutStatus]int{}
	for start := 0; start < len(in); start += 1000 {
		res, err := store.Articles.PutArticles(ctx, in[start:min(len(in), start+1000)])
		if err != nil {
			return fmt.Errorf("store articles: %w", err)
		}
		for j, r := range res {
			counts[r.Status]++
			if r.Status == parallax.PutRejected {
				fmt.Fprintf(stderr, "parallax: %s: rejected: %s\n", arts[start+j].Source, r.Reason)
			}
		}
	}
	fmt.Fprintf(stderr, "parallax: loaded %d articles: %d stored, %d already stored, %d rejected\n",
		len(arts), counts[parallax.PutStored], counts[parallax.PutDuplicate], counts[parallax.PutRejected])
	return nil
}

// multiFlag is a string flag that may be repeated.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
