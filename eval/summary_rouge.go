package eval

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// Rouge is the F1 of ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against a
// reference, each between 0 and 1.
type Rouge struct {
	Rouge1 float64 `json:"rouge1"`
	Rouge2 float64 `json:"rouge2"`
	RougeL float64 `json:"rougeL"`
}

// RougeTokens tokenises s as the reference rouge-score package does with
// its stemmer on: lower-case, every run of characters other than ASCII
// letters and digits is a separator (so accented letters separate words),
// and tokens longer than three characters are stemmed. One difference: the
// stemmer is English Snowball (Porter2, text.Stem) where rouge-score uses
// the original Porter algorithm; the two agree on most English words.
func RougeTokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		if len(w) > 3 {
			w = text.Stem(w)
		}
		out = append(out, w)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		default:
			flush()
		}
	}
	flush()
	return out
}

// ScoreRouge returns the ROUGE F1 scores of candidate against reference.
// ROUGE-L is computed on the longest common subsequence of the whole token
// sequences (rouge-score's "rougeL", not the per-sentence "rougeLsum").
func ScoreRouge(reference, candidate string) Rouge {
	ref, cand := RougeTokens(reference), RougeTokens(candidate)
	return Rouge{
		Rouge1: ngramF1(ref, cand, 1),
		Rouge2: ngramF1(ref, cand, 2),
		RougeL: f1(lcs(ref, cand), len(ref), len(cand)),
	}
}

// ngramF1 returns the F1 of the n-gram overlap (clipped counts).
func ngramF1(ref, cand []string, n int) float64 {
	counts := map[string]int{}
	for _, g := range ngrams(ref, n) {
		counts[g]++
	}
	overlap := 0
	cg := ngrams(cand, n)
	for _, g := range cg {
		if counts[g] > 0 {
			counts[g]--
			overlap++
		}
	}
	return f1(overlap, max(0, len(ref)-n+1), len(cg))
}

func ngrams(toks []string, n int) []string {
	if len(toks) < n {
		return nil
	}
	out := make([]string, 0, len(toks)-n+1)
	for i := 0; i+n <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+n], " "))
	}
	return out
}

// lcs returns the length of the longest common subsequence of a and b, in
// O(len(a)·len(b)) time and O(len(b)) space.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// f1 returns the harmonic mean of overlap/refLen and overlap/candLen, 0 when
// either is empty or nothing overlaps.
func f1(overlap, refLen, candLen int) float64 {
	if overlap == 0 || refLen == 0 || candLen == 0 {
		return 0
	}
	p := float64(overlap) / float64(candLen)
	r := float64(overlap) / float64(refLen)
	return 2 * p * r / (p + r)
}
