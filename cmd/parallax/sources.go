package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// sourcesCommands are the subcommands of `parallax sources`.
var sourcesCommands = []command{
	{"add", "add feeds by URL: a feed, or a page whose feed is discovered (fetched to check)", runSourcesAdd},
	{"import", "add the feeds of an OPML subscription list (not fetched; the poller checks them)", runSourcesImport},
	{"list", "list the feeds with their polling state", runSourcesList},
	{"remove", "remove feeds by id or URL (their articles stay)", runSourcesRemove},
}

func runSources(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		for _, c := range sourcesCommands {
			if c.name == args[0] {
				return c.run(ctx, args[1:], stdout, stderr)
			}
		}
	}
	w := stderr
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		w = stdout
	} else if len(args) > 0 {
		fmt.Fprintf(stderr, "parallax sources: unknown subcommand %q\n\n", args[0])
	}
	fmt.Fprintln(w, "Usage: parallax sources SUBCOMMAND [flags] ARG...")
	fmt.Fprintln(w, "\nThe feeds 'parallax serve' polls, kept in the database (--db, as serve's).")
	fmt.Fprintln(w, "\nSubcommands:")
	for _, c := range sourcesCommands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parallax sources SUBCOMMAND --help' for its flags.")
	if w == stdout {
		return nil
	}
	return errUsage
}

// sourcesFlagSet is a flag set with --db, for a `parallax sources` subcommand.
func sourcesFlagSet(name string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("sources "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "database: a SQLite file, or a postgres:// URL")
	return fs, db
}

// parseSourcesArgs parses args and requires between lo and hi arguments
// (hi < 0: no upper bound).
func parseSourcesArgs(fs *flag.FlagSet, args []string, lo, hi int) error {
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() < lo || (hi >= 0 && fs.NArg() > hi) {
		fs.Usage()
		return errUsage
	}
	return nil
}

func runSourcesAdd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, db := sourcesFlagSet("add", stderr)
	var ff fetchFlags
	ff.register(fs)
	setUsage(fs, stderr, "parallax sources add [--db PATH|postgres://…] [--allow-private LIST] URL...",
		"Adds each URL as a feed to poll. A URL that is an RSS, Atom or JSON feed is added as it",
		"is; a web page is read for the feeds it advertises (<link rel=\"alternate\">) and the",
		"first that parses is added. Every URL is fetched through the safe client first, so a",
		"URL that is not a feed, cannot be reached or is refused is reported and not added.",
		"A feed already present is reported as such. Exit status 1 if some URLs failed.")
	if err := parseSourcesArgs(fs, args, 1, -1); err != nil {
		return err
	}
	cfg, err := ff.config("sources add", stderr)
	if err != nil {
		return err
	}
	store, closeStore, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeStore()
	c := fetch.New(cfg)
	failed := 0
	for _, u := range fs.Args() {
		src, err := ingest.FetchSource(ctx, c, u)
		if err == nil {
			err = addSource(ctx, store.Sources, src, stdout)
			if err != nil && parallax.ErrorCode(err) != parallax.EINVALID {
				return err // the database failed, not the URL
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintf(stderr, "parallax sources add: %s\n", urlError(u, err))
		}
	}
	return sourcesOutcome(failed, len(fs.Args()), "URLs")
}

// addSource stores src and prints whether it was added or already there.
func addSource(ctx context.Context, sources parallax.SourceStore, src *parallax.Source, stdout io.Writer) error {
	created, err := sources.CreateSource(ctx, src)
	if err != nil {
		return err
	}
	verb := "added"
	if !created {
		verb = "already present"
	}
	found := ""
	if src.Site != "" {
		found = " (found on " + src.Site + ")"
	}
	fmt.Fprintf(stdout, "%s\t%d\t%s\t%q%s\n", verb, src.ID, src.URL, src.Title, found)
	return nil
}

// sourcesOutcome is the exit error when failed of n inputs failed: nil
// for none, a partial failure for some, a failure for all.
func sourcesOutcome(failed, n int, noun string) error {
	switch {
	case failed == 0:
		return nil
	case failed < n:
		return &partialError{failed: failed, read: n - failed, noun: noun}
	}
	if n == 1 {
		return parallax.Errorf(parallax.EINVALID, "nothing was added (see above)")
	}
	return parallax.Errorf(parallax.EINVALID, "none of the %d %s could be added (see above)", n, noun)
}

func runSourcesList(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, db := sourcesFlagSet("list", stderr)
	format := fs.String("format", "text", "output format: text or json")
	setUsage(fs, stderr, "parallax sources list [--db PATH|postgres://…] [--format text|json]",
		"Lists every feed by id: URL, title, when it is next polled (\"due\" when it is due now),",
		"consecutive failed polls, and the last poll's HTTP status and error, or why the feed",
		"was disabled.")
	if err := parseSourcesArgs(fs, args, 0, 0); err != nil {
		return err
	}
	if !slices.Contains([]string{"text", "json"}, *format) {
		fmt.Fprintf(stderr, "parallax sources list: unknown --format %q (want text, json)\n", *format)
		return errUsage
	}
	store, closeStore, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeStore()
	list, err := store.Sources.ListSources(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		out := make([]sourceJSON, len(list))
		for i, s := range list {
			out[i] = toSourceJSON(s)
		}
		return writeJSON(stdout, map[string]any{"sources": out})
	}
	if len(list) == 0 {
		fmt.Fprintln(stderr, "parallax sources list: no feeds yet; add one with 'parallax sources add URL'")
		return nil
	}
	return writeSourcesText(stdout, list, time.Now())
}

func runSourcesRemove(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, db := sourcesFlagSet("remove", stderr)
	setUsage(fs, stderr, "parallax sources remove [--db PATH|postgres://…] ID|URL...",
		"Removes feeds, named by the id 'parallax sources list' shows or by their URL. Their",
		"articles stay stored. Exit status 1 if some were not found.")
	if err := parseSourcesArgs(fs, args, 1, -1); err != nil {
		return err
	}
	store, closeStore, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeStore()
	failed := 0
	for _, arg := range fs.Args() {
		src, err := findSource(ctx, store.Sources, arg)
		if err == nil {
			err = store.Sources.DeleteSource(ctx, src.ID)
		}
		if parallax.ErrorCode(err) == parallax.ENOTFOUND {
			failed++
			fmt.Fprintf(stderr, "parallax sources remove: %v\n", err)
			continue
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "removed\t%d\t%s\n", src.ID, src.URL)
	}
	if failed > 0 && failed == fs.NArg() {
		return parallax.Errorf(parallax.ENOTFOUND, "none of the %d feeds named was found (see above)", failed)
	}
	return sourcesOutcome(failed, fs.NArg(), "feeds")
}

// findSource finds a source by its id (all digits) or its exact URL.
func findSource(ctx context.Context, sources parallax.SourceStore, arg string) (*parallax.Source, error) {
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		src, err := sources.FindSourceByID(ctx, id)
		if parallax.ErrorCode(err) == parallax.ENOTFOUND {
			return nil, parallax.Errorf(parallax.ENOTFOUND, "no feed has id %d", id)
		}
		return src, err
	}
	list, err := sources.ListSources(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range list {
		if s.URL == arg {
			return s, nil
		}
	}
	return nil, parallax.Errorf(parallax.ENOTFOUND, "no feed has the URL %s", arg)
}

// sourceJSON is a source in `parallax sources list --format json`; times
// are RFC 3339, absent when zero.
type sourceJSON struct {
	ID            int64      `json:"id"`
	URL           string     `json:"url"`
	Title         string     `json:"title"`
	Site          string     `json:"site,omitempty"`
	NextPoll      *time.Time `json:"next_poll,omitempty"`
	LastPolled    *time.Time `json:"last_polled,omitempty"`
	LastStatus    int        `json:"last_status,omitempty"`
	LastError     string     `json:"last_error,omitempty"`
	Failures      int        `json:"failures"`
	ParseFailures int        `json:"parse_failures"`
	Disabled      string     `json:"disabled,omitempty"`
	Created       time.Time  `json:"created"`
}

func toSourceJSON(s *parallax.Source) sourceJSON {
	opt := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		t = t.UTC()
		return &t
	}
	return sourceJSON{ID: s.ID, URL: s.URL, Title: s.Title, Site: s.Site,
		NextPoll: opt(s.NextPoll), LastPolled: opt(s.LastPolled), LastStatus: s.LastStatus, LastError: s.LastError,
		Failures: s.Failures, ParseFailures: s.ParseFailures, Disabled: s.Disabled, Created: s.Created.UTC()}
}

// writeSourcesText prints the sources as a table, one a line.
func writeSourcesText(w io.Writer, list []*parallax.Source, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tURL\tTITLE\tNEXT POLL\tFAILURES\tLAST POLL")
	for _, s := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", s.ID, s.URL, s.Title, nextPoll(s, now), s.Failures, lastPoll(s))
	}
	return tw.Flush()
}

// nextPoll says when s is polled next: never, due, or a UTC time.
func nextPoll(s *parallax.Source, now time.Time) string {
	switch {
	case s.Disabled != "":
		return "never"
	case !s.NextPoll.After(now):
		return "due"
	}
	return s.NextPoll.UTC().Format("2006-01-02 15:04 UTC")
}

// lastPoll says how the last poll of s went, or why it is disabled.
func lastPoll(s *parallax.Source) string {
	var status string
	switch {
	case s.LastPolled.IsZero():
		status = "not polled yet"
	case s.LastStatus != 0:
		status = fmt.Sprintf("%d at %s", s.LastStatus, s.LastPolled.UTC().Format("2006-01-02 15:04 UTC"))
	default:
		status = "at " + s.LastPolled.UTC().Format("2006-01-02 15:04 UTC")
	}
	if s.LastError != "" {
		status += ": " + s.LastError
	}
	if s.Disabled != "" {
		status = "disabled: " + s.Disabled + " (last: " + status + ")"
	}
	return status
}
