package main

import (
	"context"
	"fmt"
	"io"
)

// evalCommands are the subcommands of `parallax eval`, one per measured part.
var evalCommands = []command{
	{"extraction", "main-text extraction on a folder laid out like shared/eval/extraction", runEvalExtraction},
	{"quotes", "quote attribution on a folder laid out like shared/eval/polnear/data/<split>", runEvalQuotes},
	{"cluster", "story clustering on a folder laid out like shared/eval/{basil,neus,ecbplus} (--dataset)", runEvalCluster},
	{"summary", "cited summary vs. lead, TextRank, centroid (ROUGE) on a folder laid out like shared/eval/neus", runEvalSummary},
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		w := stderr
		if len(args) > 0 {
			w = stdout
		}
		fmt.Fprintln(w, "Usage: parallax eval KIND [--format text|json] DIR")
		fmt.Fprintln(w, "\nMeasures a statistical part of Parallax on labelled data and prints the figures.")
		fmt.Fprintln(w, "\nKinds:")
		for _, c := range evalCommands {
			fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
		}
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range evalCommands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "parallax eval: unknown kind %q (run 'parallax eval --help')\n", args[0])
	return errUsage
}
