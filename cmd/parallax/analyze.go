package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/mattn/go-isatty"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/reconcile"
	"github.com/parallax-news/parallax/report"
)

// analyzeFormats are the output formats of `parallax analyze`.
var analyzeFormats = []string{"text", "markdown", "json", "html"}

func runAnalyze(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, markdown, json or html")
	sentences := fs.Int("summary-sentences", reconcile.DefaultSummarySentences, "sentences in each story's summary")
	oneStory := fs.Bool("one-story", false, "treat all inputs as one story instead of grouping them")
	var in inputFlags
	in.register(fs)
	setUsage(fs, stderr, "parallax analyze [--format text|markdown|json|html] [--summary-sentences N] PATH...",
		"Reads articles (as 'parallax annotate' does), groups them into stories, and prints for",
		"each story what the articles agree on, where they differ, what each alone reports, who",
		"said what, how each outlet names the actors, the timeline and a cited summary.",
		"The JSON form is described in docs/report.md. Exit status 1 if some inputs failed.")
	if err := parseArticleArgs(fs, args, format, analyzeFormats, stderr); err != nil {
		return err
	}
	if *sentences < 1 {
		fmt.Fprintf(stderr, "parallax analyze: --summary-sentences must be at least 1, got %d\n", *sentences)
		return errUsage
	}
	res, err := in.read(ctx, fs.Args(), stderr)
	if err != nil {
		return err
	}
	annotated := annotate.New().Batch(ctx, res.articles)
	if err := ctx.Err(); err != nil {
		return err
	}
	reports := analyzeStories(annotated, *oneStory, *sentences)
	if err := writeReports(stdout, *format, reports); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return res.partial()
}

// analyzeStories groups the articles into stories (or keeps them as one)
// and reconciles each, largest story first.
func analyzeStories(arts []*parallax.Annotated, oneStory bool, sentences int) []*parallax.Report {
	opts := reconcile.Options{SummarySentences: sentences}
	if oneStory || len(arts) < 2 {
		return []*parallax.Report{reconcile.Story(arts, opts)}
	}
	byID := make(map[string]*parallax.Annotated, len(arts))
	ordered := slices.Clone(arts)
	cluster.SortForStream(ordered)
	cl := cluster.New(cluster.Config{})
	for _, a := range ordered {
		byID[a.ID] = a
		cl.Add(a)
	}
	var reports []*parallax.Report
	for _, s := range cl.Stories() {
		group := make([]*parallax.Annotated, 0, len(s.Articles))
		for _, id := range s.Articles {
			group = append(group, byID[id])
		}
		o := opts
		o.ID = s.ID
		o.Copies = map[string]string{}
		for _, c := range s.Copies {
			o.Copies[c.Article] = c.CopyOf
		}
		reports = append(reports, reconcile.Story(group, o))
	}
	slices.SortStableFunc(reports, func(a, b *parallax.Report) int {
		return cmp.Compare(len(b.Articles), len(a.Articles))
	})
	return reports
}

// storiesJSON is the JSON form of analyze's output (docs/report.md).
type storiesJSON struct {
	Stories []*parallax.Report `json:"stories"`
}

// writeReports renders the reports in format.
func writeReports(w io.Writer, format string, reports []*parallax.Report) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(storiesJSON{Stories: reports})
	case "markdown":
		return report.StoryMarkdown(w, reports)
	case "html":
		return report.StoryHTML(w, reports)
	}
	return report.StoryText(w, reports, report.TextOptions{Color: isTerminal(w)})
}

// isTerminal reports whether w is a terminal that accepts colour (NO_COLOR
// unset).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	return isatty.IsTerminal(f.Fd())
}
