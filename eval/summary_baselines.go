package eval

import (
	"cmp"
	"math"
	"slices"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// A Summarizer returns up to n sentences summarising the articles of one
// story.
type Summarizer func(arts []*parallax.Annotated, n int) []string

// bodySentence is a sentence with its content words, for the baselines.
type bodySentence struct {
	text  string
	words []string
}

// bodySentences returns every non-heading sentence of arts with at least one
// content word, article by article.
func bodySentences(arts []*parallax.Annotated) []bodySentence {
	var out []bodySentence
	for _, a := range arts {
		for _, s := range a.Sentences {
			if s.Heading {
				continue
			}
			if w := text.ContentWords(s.Text); len(w) > 0 {
				out = append(out, bodySentence{s.Text, w})
			}
		}
	}
	return out
}

// Lead is the baseline that takes the first sentence of each article (the
// first non-heading one), in article order, up to n.
func Lead(arts []*parallax.Annotated, n int) []string {
	var out []string
	for _, a := range arts {
		if len(out) == n {
			break
		}
		for _, s := range a.Sentences {
			if !s.Heading {
				out = append(out, s.Text)
				break
			}
		}
	}
	return out
}

// TextRank is the graph baseline of Mihalcea and Tarau (2004): sentences are
// nodes, edges weigh shared content words normalised by the log of the
// sentences' lengths, and the n sentences of highest PageRank (damping 0.85)
// are returned, best first.
func TextRank(arts []*parallax.Annotated, n int) []string {
	sents := bodySentences(arts)
	k := len(sents)
	w := make([][]float64, k)
	out := make([]float64, k) // sum of each node's edge weights
	for i := range w {
		w[i] = make([]float64, k)
	}
	for i := 0; i < k; i++ {
		for j := i + 1; j < k; j++ {
			shared := sharedWords(sents[i].words, sents[j].words)
			den := math.Log(float64(len(sents[i].words))+1) + math.Log(float64(len(sents[j].words))+1)
			if shared > 0 && den > 0 {
				w[i][j] = float64(shared) / den
				w[j][i] = w[i][j]
				out[i] += w[i][j]
				out[j] += w[i][j]
			}
		}
	}
	rank := make([]float64, k)
	for i := range rank {
		rank[i] = 1
	}
	next := make([]float64, k)
	for range 50 {
		for i := range next {
			sum := 0.0
			for j := range k {
				if w[j][i] > 0 {
					sum += w[j][i] / out[j] * rank[j]
				}
			}
			next[i] = 0.15 + 0.85*sum
		}
		rank, next = next, rank
	}
	return topSentences(sents, rank, n)
}

// Centroid is the centroid baseline of Radev et al. (2004): sentences are
// TF-IDF vectors (IDF over the story's sentences), and the n sentences most
// similar (cosine) to their mean are returned, best first, skipping one that
// repeats a chosen sentence (cosine above 0.6).
func Centroid(arts []*parallax.Annotated, n int) []string {
	sents := bodySentences(arts)
	df := map[string]float64{}
	for _, s := range sents {
		for _, w := range distinct(s.words) {
			df[w]++
		}
	}
	vecs := make([]map[string]float64, len(sents))
	centroid := map[string]float64{}
	for i, s := range sents {
		v := map[string]float64{}
		for _, w := range s.words {
			v[w] += math.Log(float64(len(sents)+1) / df[w])
		}
		vecs[i] = v
		for w, x := range v {
			centroid[w] += x / float64(len(sents))
		}
	}
	score := make([]float64, len(sents))
	for i, v := range vecs {
		score[i] = cosine(v, centroid)
	}
	order := rankOrder(score)
	var chosen []int
	for _, i := range order {
		if len(chosen) == n {
			break
		}
		if !slices.ContainsFunc(chosen, func(j int) bool { return cosine(vecs[i], vecs[j]) > 0.6 }) {
			chosen = append(chosen, i)
		}
	}
	res := make([]string, len(chosen))
	for k, i := range chosen {
		res[k] = sents[i].text
	}
	return res
}

func topSentences(sents []bodySentence, score []float64, n int) []string {
	var out []string
	for _, i := range rankOrder(score) {
		if len(out) == n {
			break
		}
		out = append(out, sents[i].text)
	}
	return out
}

// rankOrder returns indices by decreasing score, ties by index.
func rankOrder(score []float64) []int {
	idx := make([]int, len(score))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(score[b], score[a]) })
	return idx
}

func sharedWords(a, b []string) int {
	n := 0
	for _, w := range distinct(a) {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

func distinct(ws []string) []string {
	out := slices.Clone(ws)
	slices.Sort(out)
	return slices.Compact(out)
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for w, x := range a {
		dot += x * b[w]
		na += x * x
	}
	for _, x := range b {
		nb += x * x
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
