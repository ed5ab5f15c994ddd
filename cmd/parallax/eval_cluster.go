package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/eval"
)

func runEvalCluster(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval cluster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	dataset := fs.String("dataset", "", "layout of DIR: basil, neus or ecbplus")
	annotated := fs.Bool("annotate", false, "run the full annotator (entities, dates) before clustering instead of text-level features only")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: parallax eval cluster --dataset basil|neus|ecbplus [--annotate] [--format text|json] DIR")
		fmt.Fprintln(stderr, "\nDIR is laid out like shared/eval/basil (articles/<year>/*.json, grouped by triplet-uuid),")
		fmt.Fprintln(stderr, "shared/eval/neus (every <split>.source; one line = one story) or shared/eval/ecbplus")
		fmt.Fprintln(stderr, "(a topic's ecb documents are one story, its ecbplus documents another).")
		fmt.Fprintln(stderr, "Prints B-cubed and pairwise precision, recall and F1 of the stories found.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || !slices.Contains(eval.ClusterDatasets, *dataset) || (*format != "text" && *format != "json") {
		fs.Usage()
		return errUsage
	}
	items, err := eval.ClusterItems(ctx, *dataset, fs.Arg(0))
	if err != nil {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: "eval cluster", Path: fs.Arg(0), Err: err}
	}
	var an func(parallax.Article) *parallax.Annotated
	if *annotated {
		an = annotate.New().Annotate
	}
	res, err := eval.Cluster(ctx, items, an, cluster.Config{})
	if err != nil {
		return err
	}
	res.Dataset = *dataset
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(stdout, "%s: %d articles, %d gold stories, %d found (%d merges, %d near-copies), %.0f articles/s\n\n",
		res.Dataset, res.Articles, res.GoldStories, res.Stories, res.Merges, res.Copies, res.PerSecond)
	fmt.Fprintf(stdout, "%-9s %9s %9s %9s\n", "", "precision", "recall", "F1")
	fmt.Fprintf(stdout, "%-9s %9.4f %9.4f %9.4f\n", "B-cubed", res.BCubed.P, res.BCubed.R, res.BCubed.F1)
	fmt.Fprintf(stdout, "%-9s %9.4f %9.4f %9.4f\n", "pairwise", res.Pairwise.P, res.Pairwise.R, res.Pairwise.F1)
	return nil
}
