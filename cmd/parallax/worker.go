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
	var pf pollFlags
	pf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: parallax worker --db postgres://… [--workers N] [--poll=false] [--poll-interval 15m]")
		fmt.Fprintln(stderr, "                       [--allow-private LIST] [--user-agent UA]")
		fmt.Fprintln(stderr, "\nRuns pipeline workers and a feed poller without the API, beside other 'parallax serve' or")
		fmt.Fprintln(stderr, "'parallax worker' processes sharing one PostgreSQL database; each feed is polled by one")
		fmt.Fprintln(stderr, "process at a time. --workers 0 runs the poller alone. SIGINT or SIGTERM stops it after the")
		fmt.Fprintln(stderr, "jobs in flight.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || sf.workers < 0 || sf.workers == 0 && !pf.on || sf.lease <= 0 {
		fs.Usage()
		return errUsage
	}
	if !strings.HasPrefix(sf.db, "postgres://") && !strings.HasPrefix(sf.db, "postgresql://") {
		fmt.Fprintln(stderr, "parallax worker: --db must be a postgres:// URL; on SQLite, story assignment is locked")
		fmt.Fprintln(stderr, "within one process, so run the workers inside 'parallax serve --workers N'")
		return errUsage
	}
	pcfg, err := pf.config("worker", stderr)
	if err != nil {
		return err
	}
	store, closeStore, err := openStore(ctx, sf.db)
	if err != nil {
		return err
	}
	defer closeStore()
	fmt.Fprintf(stderr, "parallax: %d workers running%s\n", sf.workers, pollNote(pf))
	waitPoller := startPoller(ctx, store, pcfg, pf.on)
	defer waitPoller()
	startWorkers(ctx, store, sf.workers, sf.lease)()
	return nil
}
