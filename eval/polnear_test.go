package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/entity"
	"github.com/parallax-news/parallax/annotate/quote"
	"github.com/parallax-news/parallax/text"
)

// quoteFinder is the annotate pipeline's quote finding: sentences, entities,
// then quotes.
func quoteFinder() func(doc string) []parallax.Quote {
	rec := entity.New()
	return func(doc string) []parallax.Quote {
		sents := text.Split(doc)
		return quote.Find(doc, sents, rec.Find(doc, sents))
	}
}

// TestPolNeARFloor fails when quote attribution on PolNeAR's dev split drops
// below the figures measured when it was written, rounded down to 2
// decimals. Print the current figures with: go test ./eval -run PolNeARFloor -v
func TestPolNeARFloor(t *testing.T) {
	dir := filepath.Join(sharedEvalDir(t), "polnear", "data", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR dev split not found at %s (../shared beside the repository): %v", dir, err)
	}
	res, err := PolNeAR(context.Background(), dir, quoteFinder())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", res)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"attribution recall", res.Recall, 0.43},
		{"attribution precision", res.Precision, 0.97},
		{"speaker accuracy", res.SpeakerAccuracy, 0.92},
		{"speaker coverage", res.SpeakerCoverage, 0.80},
		{"content F1", res.ContentF1, 0.94},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("PolNeAR dev %s = %.3f, want >= %.2f", f.name, f.got, f.floor)
		}
	}
}

func TestScoreArticle(t *testing.T) {
	doc := "Héla said that the dam “will hold.” Rain fell."
	gold := []goldAttribution{{
		source: []charSpan{{0, 4}}, text: "Héla",
		content: []charSpan{{10, 34}}, body: "that the dam “will hold.”",
	}}
	sys := []parallax.Quote{
		{SpeakerText: "Héla", Text: "the dam “will hold.”", Start: 16, End: 38},
		{Text: "Rain fell", Start: 39, End: 48},
	}
	var r AttributionResult
	tp, ns, ng := r.scoreArticle(doc, gold, sys)
	r.summarise(tp, ns, ng)
	if r.Found != 1 || r.Correct != 1 || r.SpeakerCorrect != 1 || r.Attributed != 1 {
		t.Errorf("scoreArticle counts = %+v, want 1 found, 1 correct, 1 speaker right", r)
	}
	if r.Precision != 0.5 || r.Recall != 1 || r.ContentF1 != 1 {
		t.Errorf("scoreArticle P/R/contentF1 = %v/%v/%v, want 0.5/1/1", r.Precision, r.Recall, r.ContentF1)
	}
}

func TestParseRanges(t *testing.T) {
	got, err := parseRanges("315 448;463 553")
	want := []charSpan{{315, 448}, {463, 553}}
	if err != nil || len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("parseRanges(%q) = %v, %v, want %v", "315 448;463 553", got, err, want)
	}
	if _, err := parseRanges("12 x"); err == nil {
		t.Errorf("parseRanges(%q) succeeded, want an error", "12 x")
	}
}

func TestScoreInterruptedQuote(t *testing.T) {
	doc := "“Go home,” she said, “and rest.”"
	gold := []goldAttribution{{text: "she", content: []charSpan{{1, 9}, {21, 30}}, body: "Go home, and rest."}}
	var sys []parallax.Quote
	for _, part := range []string{"Go home", "and rest."} {
		i := strings.Index(doc, part)
		sys = append(sys, parallax.Quote{SpeakerText: "she", Text: part, Start: i, End: i + len(part)})
	}
	var r AttributionResult
	tp, ns, ng := r.scoreArticle(doc, gold, sys)
	r.summarise(tp, ns, ng)
	if r.Found != 1 || r.Correct != 2 || r.ContentRecall != 1 || r.ContentPrecision != 1 {
		t.Errorf("scoreArticle(interrupted quote) = found %d, correct %d, content P/R %v/%v; want 1, 2, 1/1",
			r.Found, r.Correct, r.ContentPrecision, r.ContentRecall)
	}
}

func TestReadBrat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a_x1.ann")
	ann := "T1\tSource 0 4\tMara\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tthe port is open\n" +
		"T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
		"T5\tContent 40 50\tno source here\nE2\tAttribution-no-source:T5 Content:T5\n" +
		"T6\tCue 60 64\tsays\nE3\tAttribution:T6 Cue:T6\n"
	if err := os.WriteFile(path, []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readBrat(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("readBrat = %d attributions, want 2 (the one without Content left out)", len(got))
	}
	if g := got[0]; g.text != "Mara" || len(g.content) != 2 || g.content[1] != (charSpan{25, 30}) {
		t.Errorf("readBrat first = %+v, want source Mara and two content spans", g)
	}
	if g := got[1]; g.text != "" || g.body != "no source here" {
		t.Errorf("readBrat second = %+v, want no source", g)
	}
}
