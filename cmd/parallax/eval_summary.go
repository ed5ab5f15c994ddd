package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/eval"
)

func runEvalSummary(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval summary", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	sentences := fs.Int("sentences", eval.DefaultSummarySentences, "summary length asked of every system")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: parallax eval summary [--format text|json] [--sentences N] DIR")
		fmt.Fprintln(stderr, "\nDIR is laid out like shared/eval/neus: every <split>.source / <split>.target pair in it.")
		fmt.Fprintln(stderr, "Prints the mean ROUGE-1, ROUGE-2 and ROUGE-L F1 of Parallax's summary against the")
		fmt.Fprintln(stderr, "neutral reference, beside the lead, TextRank and centroid baselines.")
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *sentences < 1 || (*format != "text" && *format != "json") {
		fs.Usage()
		return errUsage
	}
	events, err := eval.ReadNeuS(ctx, fs.Arg(0))
	if err != nil {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: "eval summary", Path: fs.Arg(0), Err: err}
	}
	an := annotate.New()
	an.Workers = 1
	res, err := eval.Summary(ctx, events, func(ctx context.Context, arts []parallax.Article) []*parallax.Annotated {
		return an.Batch(ctx, arts)
	}, eval.SummarySystems(), *sentences)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(stdout, "%d events, %d sentences per summary, mean F1\n\n", res.Events, res.Sentences)
	fmt.Fprintf(stdout, "%-10s %8s %8s %8s\n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L")
	for _, s := range eval.SummarySystems() {
		r := res.Systems[s.Name]
		fmt.Fprintf(stdout, "%-10s %8.4f %8.4f %8.4f\n", s.Name, r.Rouge1, r.Rouge2, r.RougeL)
	}
	return nil
}
