package eval

import (
	"math"
	"slices"
	"testing"
)

func TestRougeTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The cats' toys!", []string{"the", "cat", "toy"}},
		{"Gürdoğan met U.S. officials", []string{"g", "rdo", "an", "met", "u", "s", "offici"}},
		{"5,000 fighters", []string{"5", "000", "fighter"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := RougeTokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("RougeTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreRouge(t *testing.T) {
	tests := []struct {
		ref, cand string
		want      Rouge
	}{
		{"the cat sat on the mat", "the cat sat on the mat", Rouge{1, 1, 1}},
		{"the cat sat", "", Rouge{}},
		// 3 of 4 candidate unigrams match, 3 of 3 reference: P=.75 R=1.
		// bigrams: "the cat" matches of 3 and 2: P=1/3 R=1/2.
		// LCS "the cat sat" = 3: as unigrams.
		{"the cat sat", "the cat was sat", Rouge{6.0 / 7, 0.4, 6.0 / 7}},
		{"police arrested two men", "two men were arrested by police", Rouge{0.8, 0.25, 0.4}},
	}
	for _, tt := range tests {
		got := ScoreRouge(tt.ref, tt.cand)
		if !near(got.Rouge1, tt.want.Rouge1) || !near(got.Rouge2, tt.want.Rouge2) || !near(got.RougeL, tt.want.RougeL) {
			t.Errorf("ScoreRouge(%q, %q) = %+v, want %+v", tt.ref, tt.cand, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
