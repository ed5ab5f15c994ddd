package eval

import (
	"compress/gzip"
	"context"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/ingest"
)

// extractionFloor is the mean F1 measured for ingest.ExtractText on
// shared/eval/extraction (88 pages), rounded down to 3 decimals. Print the
// current figures with: parallax eval extraction ../shared/eval/extraction
const extractionFloor = 0.974

func TestExtractionQualityFloor(t *testing.T) {
	dir := filepath.Join(sharedEvalDir(t), "extraction")
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("extraction benchmark not found at %s (../shared beside the repository): %v", dir, err)
	}
	res, err := Extraction(context.Background(), dir, ingest.ExtractText)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pages %d, failed %d: precision %.4f recall %.4f F1 %.4f (mean page F1 %.4f)",
		res.Pages, res.Failed, res.Precision, res.Recall, res.F1, res.MeanPageF1)
	if res.F1 < extractionFloor {
		t.Errorf("extraction F1 = %.4f, want >= %.3f", res.F1, extractionFloor)
	}
}

func TestScorePage(t *testing.T) {
	tests := []struct {
		name, want, got   string
		precision, recall float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"both empty", "", "", 1, 1},
		{"nothing extracted", "one two three four five", "", 0, 0},
		{"punctuation and spacing ignored", "one, two; three four", "one two\nthree - four", 1, 1},
		// want shingles: (a b c d) (b c d e); got adds (c d e f): 2 shared of 3 predicted.
		{"extra text", "a b c d e", "a b c d e f", 2.0 / 3, 1},
		// got lacks the last token: 1 shared shingle of 2 expected.
		{"missing text", "a b c d e", "a b c d", 1, 0.5},
		{"short texts are one shingle", "a b", "a b", 1, 1},
		{"case matters", "One two three four", "one two three four", 0, 0},
	}
	for _, tt := range tests {
		s := ScorePage(tt.want, tt.got)
		if math.Abs(s.Precision-tt.precision) > 1e-9 || math.Abs(s.Recall-tt.recall) > 1e-9 {
			t.Errorf("%s: ScorePage(%q, %q) = P %.3f R %.3f, want P %.3f R %.3f", tt.name, tt.want, tt.got, s.Precision, s.Recall, tt.precision, tt.recall)
		}
	}
}

func TestExtractionAverages(t *testing.T) {
	r := ExtractionResult{PerPage: []PageScore{
		ScorePage("a b c d e", "a b c d e f"), // P 2/3, R 1
		ScorePage("a b c d e", "a b c d"),     // P 1, R 1/2
		ScorePage("", "x y z w"),              // P 0; recall undefined (no expected text)
	}}
	r.summarise()
	wantP, wantR := (2.0/3+1+0)/3, (1+0.5)/2
	if math.Abs(r.Precision-wantP) > 1e-9 || math.Abs(r.Recall-wantR) > 1e-9 {
		t.Errorf("summarise = P %.4f R %.4f, want P %.4f R %.4f", r.Precision, r.Recall, wantP, wantR)
	}
	if wantF := 2 * wantP * wantR / (wantP + wantR); math.Abs(r.F1-wantF) > 1e-9 {
		t.Errorf("summarise F1 = %.4f, want %.4f (harmonic mean of the means)", r.F1, wantF)
	}
}

// BenchmarkExtractText measures ingest.ExtractText per benchmark page.
func BenchmarkExtractText(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(sharedEvalDir(b), "extraction", "html", "*.html.gz"))
	if len(paths) == 0 {
		b.Skip("no pages under ../shared/eval/extraction/html")
	}
	pages := make([][]byte, 0, len(paths))
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ingest.ExtractText(pages[i%len(pages)], ""); err != nil && err != ingest.ErrNoText {
			b.Fatal(err)
		}
	}
}

// sharedEvalDir is ../shared/eval beside the repository root (which may not
// exist); "" when the root is not found.
func sharedEvalDir(tb testing.TB) string {
	dir, _ := filepath.Abs(".")
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", "eval")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
