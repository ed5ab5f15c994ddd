package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/eval"
)

func runEvalQuotes(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	format, dir, err := evalFlags("quotes", "Scores quote attribution (speaker accuracy and content-span token F1 against\n"+
		"Source/Cue/Content annotations) on DIR laid out like PolNeAR's data/<split>:\n"+
		"text/*.txt and attributions/*.ann (brat standoff). In JSON, \"f1\" is the attribution F1\n"+
		"(gold attributions found); \"content_f1\" the token F1 of the quoted content.", args, stderr)
	if err != nil {
		return err
	}
	an := annotate.New()
	find := func(doc string) []parallax.Quote {
		// The labelled offsets point into the raw text, so it is annotated as
		// is, without the cleaning applied to pasted pages.
		return an.Annotate(parallax.Article{Text: doc}).Quotes
	}
	r, err := eval.PolNeAR(ctx, dir, find)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(stdout, map[string]any{
			"articles": r.Articles, "gold": r.Gold, "system": r.System, "found": r.Found,
			"recall": r.Recall, "precision": r.Precision, "f1": r.F1,
			"speaker_accuracy": r.SpeakerAccuracy, "speaker_coverage": r.SpeakerCoverage,
			"content_precision": r.ContentPrecision, "content_recall": r.ContentRecall, "content_f1": r.ContentF1,
		})
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\n", r.Articles)
	fmt.Fprintf(tw, "gold attributions\t%d\n", r.Gold)
	fmt.Fprintf(tw, "system quotes\t%d\n", r.System)
	fmt.Fprintf(tw, "attribution recall / precision / F1\t%.4f / %.4f / %.4f\n", r.Recall, r.Precision, r.F1)
	fmt.Fprintf(tw, "speaker accuracy (named speakers)\t%.4f\n", r.SpeakerAccuracy)
	fmt.Fprintf(tw, "speaker coverage (found pairs naming one)\t%.4f\n", r.SpeakerCoverage)
	fmt.Fprintf(tw, "content token precision / recall / F1\t%.4f / %.4f / %.4f\n", r.ContentPrecision, r.ContentRecall, r.ContentF1)
	return tw.Flush()
}
