// Command parallax shows one news story from every side: which articles
// report it, what they agree on, where they differ, who said what, and how
// each outlet names the actors — every finding cited.
//
// This package is the only one that reads flags and the environment; it hands
// plain structs to the pipeline packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// A command is one subcommand. run receives the arguments after its name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands is every subcommand, in the order --help lists them.
var commands = []command{
	{"annotate", "read articles and print what each one contains (sentences, entities, quotes, numbers, dates)", runAnnotate},
	{"cluster", "group articles into stories and mark near-copies", runCluster},
	{"analyze", "report each story: facts, discrepancies, unique claims, quotes, framing, timeline, cited summary", runAnalyze},
	{"serve", "serve the web pages and JSON API, run pipeline workers and poll feeds, on SQLite or PostgreSQL", runServe},
	{"worker", "run pipeline workers and the feed poller, without the API, on a shared PostgreSQL database", runWorker},
	{"sources", "add (by URL or OPML), list and remove the feeds that serve polls", runSources},
	{"fetch", "fetch article pages by URL and store them (or --analyze them without storing)", runFetch},
	{"eval", "measure quality on labelled data (extraction, quotes, …)", runEval},
	{"version", "print the version", runVersion},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and maps its error to an exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			err := c.run(ctx, args[1:], stdout, stderr)
			return reportError(stderr, c.name, err)
		}
	}
	fmt.Fprintf(stderr, "parallax: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Parallax shows one news story from every side, with a citation for every line.")
	fmt.Fprintln(w, "\nUsage: parallax COMMAND [flags] [PATH...]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parallax COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Set PARALLAX_LOG=debug for detailed logs on standard error.")
}

func runVersion(_ context.Context, _ []string, stdout, _ io.Writer) error {
	fmt.Fprintln(stdout, "parallax", version)
	return nil
}

func logLevel() slog.Level {
	switch strings.ToLower(os.Getenv("PARALLAX_LOG")) {
	case "debug":
		return slog.LevelDebug
	case "info":
		return slog.LevelInfo
	}
	return slog.LevelWarn
}

// errUsage marks a command-line mistake; the command has printed its usage.
var errUsage = errors.New("usage")
