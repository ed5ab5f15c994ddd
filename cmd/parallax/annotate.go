package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/report"
)

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	maxBytes int64
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.Int64Var(&f.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest input file to read, in bytes")
}

// readArticles reads every path (or standard input for "-"), reports the
// inputs that failed on stderr, and returns the articles that were read.
func (f *inputFlags) read(ctx context.Context, paths []string, stderr io.Writer) (*readResult, error) {
	arts, errs := ingest.Reader{MaxBytes: f.maxBytes}.Read(ctx, paths, os.Stdin)
	printInputErrors(stderr, errs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &readResult{articles: arts, errs: errs}
	if len(arts) == 0 {
		if len(errs) > 0 {
			return res, parallax.Errorf(parallax.EINVALID, "no article could be read (%d errors above)", len(errs))
		}
		return res, parallax.Errorf(parallax.ENOTFOUND, "no articles found in %s", strings.Join(paths, " "))
	}
	return res, nil
}

// readResult is what a read produced; partial reports the failed inputs as
// an error once the command has printed its output.
type readResult struct {
	articles []parallax.Article
	errs     []error
}

func (r *readResult) partial() error {
	if len(r.errs) == 0 {
		return nil
	}
	return &partialError{failed: len(r.errs), read: len(r.articles)}
}

func runAnnotate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var in inputFlags
	in.register(fs)
	setUsage(fs, stderr, "parallax annotate [--format text|json] PATH...",
		"Reads articles (.txt, .html, .json, .jsonl, directories of them, - for standard input)",
		"and prints, for each, its outlet, date, sentences, entities, quotes, numbers and dates,",
		"every item with its sentence and character offsets. Exit status 1 if some inputs failed.")
	if err := parseArticleArgs(fs, args, format, []string{"text", "json"}, stderr); err != nil {
		return err
	}
	res, err := in.read(ctx, fs.Args(), stderr)
	if err != nil {
		return err
	}
	annotated := annotate.New().Batch(ctx, res.articles)
	if *format == "json" {
		err = report.AnnotatedJSON(stdout, annotated, res.errs)
	} else {
		err = report.AnnotatedText(stdout, annotated)
	}
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return res.partial()
}
