package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/parallax-news/parallax"
)

// Exit statuses. They are the one place errors become process statuses.
const (
	exitOK      = 0
	exitPartial = 1 // some inputs failed; the others were processed and printed
	exitUsage   = 2 // the command line was wrong
	exitFailed  = 3 // nothing useful was produced
)

// partialError reports that some inputs could not be read (each was already
// reported on standard error) while read articles were processed. With
// noun set it reports instead that failed of the inputs (noun: "URLs",
// "feeds") failed while the read others were done.
type partialError struct {
	failed, read int
	noun         string
}

func (e *partialError) Error() string {
	if e.noun != "" {
		return fmt.Sprintf("%d of %d %s failed (named above); the others were done", e.failed, e.failed+e.read, e.noun)
	}
	return fmt.Sprintf("%d input(s) could not be read (named above); the %d article(s) read were processed", e.failed, e.read)
}

// reportError prints err for a user and returns the exit status for it.
func reportError(stderr io.Writer, cmd string, err error) int {
	var partial *partialError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.As(err, &partial):
		fmt.Fprintf(stderr, "parallax %s: %v\n", cmd, err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "parallax %s: %v\n", cmd, err)
	if parallax.ErrorCode(err) == parallax.EINTERNAL {
		slog.Error("internal error", "command", cmd, "err", err)
	}
	return exitFailed
}

// printInputErrors writes one line per input error: file, line, problem.
func printInputErrors(stderr io.Writer, errs []error) {
	for _, err := range errs {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
	}
}
