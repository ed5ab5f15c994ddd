package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/parallax-news/parallax/eval"
	"github.com/parallax-news/parallax/ingest"
)

// evalFlags parses the flags every `parallax eval KIND` shares and returns
// the data folder.
func evalFlags(name, what string, args []string, stderr io.Writer) (format, dir string, err error) {
	fs := flag.NewFlagSet("eval "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := fs.String("format", "text", "output format: text or json")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: parallax eval %s [--format text|json] DIR\n\n%s\n\nFlags:\n", name, what)
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return "", "", err
	}
	if fs.NArg() != 1 || (*f != "text" && *f != "json") {
		fs.Usage()
		return "", "", errUsage
	}
	return *f, fs.Arg(0), nil
}

func runEvalExtraction(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	format, dir, err := evalFlags("extraction", "Scores main-text extraction from HTML (token precision, recall and F1 of\n"+
		"the extracted body against articleBody, as the article-extraction-benchmark defines them)\n"+
		"on DIR laid out as ground-truth.json and html/<id>.html.gz.", args, stderr)
	if err != nil {
		return err
	}
	res, err := eval.Extraction(ctx, dir, ingest.ExtractText)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(stdout, map[string]any{
			"pages": res.Pages, "failed": res.Failed,
			"precision": res.Precision, "recall": res.Recall, "f1": res.F1, "mean_page_f1": res.MeanPageF1,
		})
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "pages\tfailed\tprecision\trecall\tF1\tmean page F1\n")
	fmt.Fprintf(tw, "%d\t%d\t%.4f\t%.4f\t%.4f\t%.4f\n", res.Pages, res.Failed, res.Precision, res.Recall, res.F1, res.MeanPageF1)
	return tw.Flush()
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
