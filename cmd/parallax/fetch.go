package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/reconcile"
)

// fetchFlags are the flags of the commands that fetch from the web.
type fetchFlags struct {
	allow string
}

func (f *fetchFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.allow, "allow-private", "", "private destinations the fetcher may reach anyway, comma-separated: addresses,\nCIDR prefixes or host names (e.g. 127.0.0.1,10.8.0.0/16); none by default, and\ncloud metadata addresses never")
}

// config returns the fetch policy the flags ask for, or a usage error
// naming the unreadable --allow-private entry.
func (f *fetchFlags) config(cmd string, stderr io.Writer) (fetch.Config, error) {
	var cfg fetch.Config
	for _, a := range strings.Split(f.allow, ",") {
		if a = strings.TrimSpace(a); a != "" {
			cfg.Allow = append(cfg.Allow, a)
		}
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "parallax %s: --allow-private: %v\n", cmd, err)
		return cfg, errUsage
	}
	return cfg, nil
}

// fetchFormats are the output formats of `parallax fetch`, by mode.
var (
	fetchFormats        = []string{"text", "json"}
	fetchAnalyzeFormats = analyzeFormats
)

func runFetch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "database to store the articles in: a SQLite file, or a postgres:// URL")
	format := fs.String("format", "text", "output format: text or json; with --analyze also markdown or html")
	analyze := fs.Bool("analyze", false, "print the story report of the fetched pages, as 'parallax analyze' does,\nand store nothing")
	var ff fetchFlags
	ff.register(fs)
	setUsage(fs, stderr, "parallax fetch [--db PATH|postgres://…] [--allow-private LIST] [--format text|json] [--analyze] URL...",
		"Fetches each article page through Parallax's safe client (docs/fetching.md), extracts",
		"its main text and metadata, and stores it for the pipeline that 'parallax serve' runs;",
		"a page stored before and changed since is stored as a new revision, one deleted",
		"before is not stored again. Prints what was done with each URL. With --analyze,",
		"prints the story report of the pages instead and touches no database.",
		"Exit status 1 if some URLs failed (each is named with the reason), 3 if all did.")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	formats := fetchFormats
	if *analyze {
		formats = fetchAnalyzeFormats
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if !slices.Contains(formats, *format) {
		fmt.Fprintf(stderr, "parallax fetch: unknown --format %q (want %s)\n", *format, strings.Join(formats, ", "))
		return errUsage
	}
	cfg, err := ff.config("fetch", stderr)
	if err != nil {
		return err
	}
	pages := fetchPages(ctx, fetch.New(cfg), fs.Args(), stderr)
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(pages.articles) == 0 {
		return pages.failure()
	}
	if *analyze {
		annotated := annotate.New().Batch(ctx, pages.articles)
		if err := ctx.Err(); err != nil {
			return err
		}
		reports := analyzeStories(annotated, false, reconcile.DefaultSummarySentences)
		if err := writeReports(stdout, *format, reports); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return pages.partial()
	}
	store, closeStore, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeStore()
	res, err := storeFetched(ctx, store, pages)
	if err != nil {
		return err
	}
	if err := writeFetchResults(stdout, *format, res); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return pages.partial()
}

// fetchedPages are the articles fetchPages read, with the URLs they came
// from, and the number of URLs that failed.
type fetchedPages struct {
	articles []parallax.Article
	urls     []string // urls[i] is the URL given for articles[i]
	failed   int
	lastErr  error
}

// fetchPages fetches and extracts each URL in turn, reporting each failure
// on stderr as "URL: reason".
func fetchPages(ctx context.Context, c *fetch.Client, urls []string, stderr io.Writer) fetchedPages {
	var p fetchedPages
	for _, u := range urls {
		if ctx.Err() != nil {
			break
		}
		a, err := ingest.FetchArticle(ctx, c, u)
		if err != nil {
			p.failed++
			p.lastErr = err
			fmt.Fprintf(stderr, "parallax fetch: %s\n", urlError(u, err))
			continue
		}
		p.articles = append(p.articles, a)
		p.urls = append(p.urls, u)
	}
	return p
}

// urlError writes err for a user, beginning with the URL (which the fetch
// and extraction errors name already, as their Path).
func urlError(u string, err error) string {
	var pe *parallax.Error
	msg := err.Error()
	if errors.As(err, &pe) && pe.Path != "" {
		return fmt.Sprintf("%s (%s)", msg, pe.Code)
	}
	return fmt.Sprintf("%s: %s (%s)", u, msg, parallax.ErrorCode(err))
}

// failure is the error of a fetch in which every URL failed.
func (p fetchedPages) failure() error {
	if p.failed == 1 && p.lastErr != nil {
		return &parallax.Error{Code: parallax.ErrorCode(p.lastErr), Message: "the page could not be fetched (see above)"}
	}
	return &parallax.Error{Code: parallax.ErrorCode(p.lastErr), Message: fmt.Sprintf("none of the %d pages could be fetched (see above)", p.failed)}
}

// partial is the exit error when some URLs failed, nil when none did.
func (p fetchedPages) partial() error {
	if p.failed == 0 {
		return nil
	}
	return &partialError{failed: p.failed, read: len(p.articles), noun: "URLs"}
}

// fetchResult is what `parallax fetch` did with one fetched page.
type fetchResult struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
	parallax.PutResult
}

// storeFetched stores the fetched articles, as revisions when they changed.
func storeFetched(ctx context.Context, store parallax.Store, p fetchedPages) ([]fetchResult, error) {
	in := make([]parallax.ArticleInput, len(p.articles))
	for i, a := range p.articles {
		in[i] = parallax.ArticleInput{Article: a, Revise: true}
	}
	put, err := store.Articles.PutArticles(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("store articles: %w", err)
	}
	res := make([]fetchResult, len(put))
	for i, r := range put {
		res[i] = fetchResult{URL: p.urls[i], Title: p.articles[i].Title, PutResult: r}
	}
	return res, nil
}

// writeFetchResults prints one line (or JSON object) per stored page.
func writeFetchResults(w io.Writer, format string, res []fetchResult) error {
	if format == "json" {
		return writeJSON(w, map[string]any{"results": res})
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range res {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", putSummary(r.PutResult), r.ID, r.URL, r.Title)
	}
	return tw.Flush()
}

// putSummary says in a few words what PutArticles did with one article.
func putSummary(r parallax.PutResult) string {
	switch r.Status {
	case parallax.PutDuplicate:
		return fmt.Sprintf("already stored (same %s)", r.By)
	case parallax.PutRevised:
		return fmt.Sprintf("revised (revision %d)", r.Revision)
	case parallax.PutDeleted:
		return "deleted earlier, not stored"
	case parallax.PutRejected:
		return "rejected: " + r.Reason
	}
	return string(r.Status)
}
