package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/cluster"
)

// sharedEval returns ../shared/eval beside the repository root, or skips.
func sharedEval(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", "eval")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("labelled data not found at %s (../shared beside the repository): %v", p, err)
	}
	return p
}

// TestClusterQualityFloor fails if story clustering (default thresholds,
// text-level features) scores below the B-cubed F1 recorded in
// docs/EVALUATION.md on a data set.
func TestClusterQualityFloor(t *testing.T) {
	root := sharedEval(t)
	for _, tc := range []struct {
		dataset       string
		bcubed, pairF float64
	}{
		{"basil", 0.977, 0.951},
		{"neus", 0.733, 0.473},
		{"ecbplus", 0.872, 0.817},
	} {
		t.Run(tc.dataset, func(t *testing.T) {
			if testing.Short() && tc.dataset == "neus" {
				t.Skip("neus takes a few seconds")
			}
			items, err := ClusterItems(context.Background(), tc.dataset, filepath.Join(root, tc.dataset))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Cluster(context.Background(), items, nil, cluster.Config{})
			if err != nil {
				t.Fatal(err)
			}
			if r.BCubed.F1 < tc.bcubed || r.Pairwise.F1 < tc.pairF {
				t.Errorf("%s: B-cubed F1 %.4f, pairwise F1 %.4f; want at least %.3f, %.3f", tc.dataset, r.BCubed.F1, r.Pairwise.F1, tc.bcubed, tc.pairF)
			}
		})
	}
}

func TestBCubedPairwise(t *testing.T) {
	for _, tc := range []struct {
		name       string
		gold, pred []string
		b, p       PRF
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, PRF{1, 1, 1}, PRF{1, 1, 1}},
		{"all apart", []string{"a", "a", "b"}, []string{"x", "y", "z"}, PRF{1, 2.0 / 3, 0.8}, PRF{1, 0, 0}},
		{"all together", []string{"a", "a", "b"}, []string{"x", "x", "x"}, PRF{5.0 / 9, 1, 10.0 / 14}, PRF{1.0 / 3, 1, 0.5}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := BCubed(tc.gold, tc.pred); !closePRF(got, tc.b) {
				t.Errorf("BCubed(%q, %q) = %+v, want %+v", tc.gold, tc.pred, got, tc.b)
			}
			if got := Pairwise(tc.gold, tc.pred); !closePRF(got, tc.p) {
				t.Errorf("Pairwise(%q, %q) = %+v, want %+v", tc.gold, tc.pred, got, tc.p)
			}
		})
	}
}

func closePRF(a, b PRF) bool {
	near := func(x, y float64) bool { return x-y < 1e-9 && y-x < 1e-9 }
	return near(a.P, b.P) && near(a.R, b.R) && near(a.F1, b.F1)
}
