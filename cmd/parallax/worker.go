package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

func runWorker(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: parallax worker --db postgres://… [--workers N]")
		fmt.Fprintln(stderr, "\nRuns pipeline workers without the API, beside other 'parallax serve' or 'parallax worker'")
		fmt.Fprintln(stderr, "processes sharing one PostgreSQL database. SIGINT or SIGTERM stops it after the jobs in flight.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || sf.workers < 1 || sf.lease <= 0 {
		fs.Usage()
		return errUsage
	}
	if !strings.HasPrefix(sf.db, "postgres://") && !strings.HasPrefix(sf.db, "postgresql://") {
		fmt.Fprintln(stderr, "parallax worker: --db must be a postgres:// URL; on SQLite, story assignment is locked")
		fmt.Fprintln(stderr, "within one process, so run the workers inside 'parallax serve --workers N'")
		return errUsage
	}
	store, closeStore, err := openStore(ctx, sf.db)
	if err != nil {
		return err
	}
	defer closeStore()
	fmt.Fprintf(stderr, "parallax: %d workers running\n", sf.workers)
	startWorkers(ctx, store, sf.workers, sf.lease)()
	return nil
}
