package eval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

// summaryFloor is the mean ROUGE-2 F1 of Parallax's 3-sentence summary on
// every split of shared/eval/neus, as recorded in docs/EVALUATION.md,
// rounded down. Print the table with `parallax eval summary ../shared/eval/neus`.
const summaryFloor = 0.175

// TestSummaryQualityFloor fails if Parallax's summary scores below the
// recorded ROUGE-2, or not above every baseline, on NeuS.
func TestSummaryQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("NeuS summary evaluation annotates ~8,000 articles; skipped with -short")
	}
	events, err := ReadNeuS(context.Background(), filepath.Join(sharedEval(t), "neus"))
	if err != nil {
		t.Fatal(err)
	}
	an := annotate.New()
	batch := func(ctx context.Context, arts []parallax.Article) []*parallax.Annotated { return an.Batch(ctx, arts) }
	res, err := Summary(context.Background(), events, batch, SummarySystems(), DefaultSummarySentences)
	if err != nil {
		t.Fatal(err)
	}
	p := res.Systems["parallax"]
	t.Logf("%d events: %+v", res.Events, res.Systems)
	if p.Rouge2 < summaryFloor {
		t.Errorf("parallax ROUGE-2 = %.4f, want >= %.3f", p.Rouge2, summaryFloor)
	}
	for name, r := range res.Systems {
		if name != "parallax" && r.Rouge2 >= p.Rouge2 {
			t.Errorf("baseline %s ROUGE-2 = %.4f, not below parallax's %.4f", name, r.Rouge2, p.Rouge2)
		}
	}
}
