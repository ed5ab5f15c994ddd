package eval

// PRF is a precision, recall and F1 triple, each in [0, 1].
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func newPRF(p, r float64) PRF {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f}
}

// cells counts the items of each (gold, predicted) pair of labels and the
// size of each gold and predicted group. gold[i] and pred[i] label item i.
func cells(gold, pred []string) (both map[[2]string]int, g, p map[string]int) {
	both, g, p = map[[2]string]int{}, map[string]int{}, map[string]int{}
	for i := range gold {
		both[[2]string{gold[i], pred[i]}]++
		g[gold[i]]++
		p[pred[i]]++
	}
	return both, g, p
}

// BCubed returns the B-cubed scores of a clustering: for each item, the share
// of its predicted group that shares its gold group (precision) and the share
// of its gold group found in its predicted group (recall), averaged over
// items. gold and pred have one label per item and the same length; empty
// input scores zero.
func BCubed(gold, pred []string) PRF {
	if len(gold) == 0 || len(gold) != len(pred) {
		return PRF{}
	}
	both, g, p := cells(gold, pred)
	var ps, rs float64
	for k, n := range both {
		ps += float64(n) * float64(n) / float64(p[k[1]])
		rs += float64(n) * float64(n) / float64(g[k[0]])
	}
	N := float64(len(gold))
	return newPRF(ps/N, rs/N)
}

// Pairwise returns pair-counting scores: of the item pairs put in one
// predicted group, the share that are in one gold group (precision), and of
// the pairs in one gold group, the share put together (recall). With no
// predicted (or gold) pairs, precision (or recall) is 1.
func Pairwise(gold, pred []string) PRF {
	if len(gold) == 0 || len(gold) != len(pred) {
		return PRF{}
	}
	both, g, p := cells(gold, pred)
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, gp, pp float64
	for _, n := range both {
		tp += pairs(n)
	}
	for _, n := range g {
		gp += pairs(n)
	}
	for _, n := range p {
		pp += pairs(n)
	}
	prec, rec := 1.0, 1.0
	if pp > 0 {
		prec = tp / pp
	}
	if gp > 0 {
		rec = tp / gp
	}
	return newPRF(prec, rec)
}
