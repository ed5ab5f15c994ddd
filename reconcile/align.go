package reconcile

import (
	"cmp"
	"slices"
)

// Alignment thresholds, on the weighted overlap of two sentences' features
// (see match). They were set on the team's invented fixtures and checked on
// the seed story.
const (
	// sameDice is the weighted Dice coefficient above which two sentences
	// say the same thing.
	sameDice = 0.42
	// sameContained is the share of the shorter sentence's weight found in
	// the longer above which the shorter restates part of the longer.
	sameContained = 0.62
	// sameContainedMin is the weighted Dice coefficient such a containment
	// needs besides.
	sameContainedMin = 0.3
	// relatedDice is the Dice coefficient above which two sentences are
	// related enough that neither is unique to its article.
	relatedDice = 0.3
	// minShared is the fewest features two sentences must share to match.
	minShared = 3
)

// pair is two claim units of different articles that share features.
type pair struct {
	a, b    int     // unit indices, a < b
	dice    float64 // 2·shared / (norm a + norm b)
	contain float64 // shared / min(norm a, norm b)
	shared  int     // number of shared features
	// event reports whether the two tell the same event in other words
	// (see story.eventPairs), whatever their overlap.
	event bool
	// differ reports whether the two tell events of one class about
	// different things, or one hedges what the other states (see
	// eventConflict): they never say the same thing.
	differ bool
}

// same reports whether the pair's sentences say the same thing: they tell
// the same event, or their wording overlaps enough (similar), and they do
// not differ.
func (p pair) same() bool {
	return !p.differ && (p.event || p.similar())
}

// similar reports whether the pair's wording overlaps enough to say the
// same thing.
func (p pair) similar() bool {
	if p.shared < minShared {
		return false
	}
	return p.dice >= sameDice || (p.contain >= sameContained && p.dice >= sameContainedMin)
}

// related reports whether the pair's sentences overlap enough that neither
// is unique to its article.
func (p pair) related() bool {
	return p.event || p.shared >= minShared && (p.dice >= relatedDice || p.contain >= sameContained)
}

// pairs returns the pairs of claim units of different articles that share
// at least one feature, scored, related ones only, best first. Candidates
// come from an inverted index over features, so the cost grows with the
// number of sentence pairs that share a feature, not with all pairs; the
// most frequent features (more than maxPosting units, typically the story's
// main actors) only add weight to pairs found through rarer ones.
func (c *corpus) pairs() []pair {
	claims := 0
	for _, u := range c.units {
		if u.claim {
			claims++
		}
	}
	maxPosting := max(64, claims/8)
	post := make([][]int32, len(c.names))
	for i, u := range c.units {
		if u.claim {
			for _, f := range u.feats {
				post[f] = append(post[f], int32(i))
			}
		}
	}
	var out []pair
	seen := make([]bool, len(c.units))
	var touched []int32
	for i, u := range c.units {
		if !u.claim {
			continue
		}
		for _, f := range u.feats {
			if len(post[f]) > maxPosting {
				continue
			}
			for _, j := range post[f] {
				if int(j) > i && !seen[j] && c.units[j].art != u.art {
					seen[j] = true
					touched = append(touched, j)
				}
			}
		}
		for _, j := range touched {
			seen[j] = false
			if p := c.score(i, int(j)); p.related() {
				out = append(out, p)
			}
		}
		touched = touched[:0]
	}
	slices.SortFunc(out, func(x, y pair) int {
		return cmp.Or(cmp.Compare(y.dice, x.dice), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return out
}

// score compares units a and b by a merge of their sorted features.
func (c *corpus) score(a, b int) pair {
	fa, fb := c.units[a].feats, c.units[b].feats
	var w float64
	n := 0
	for i, j := 0, 0; i < len(fa) && j < len(fb); {
		switch {
		case fa[i] < fb[j]:
			i++
		case fa[i] > fb[j]:
			j++
		default:
			w += c.weight[fa[i]]
			n++
			i++
			j++
		}
	}
	na, nb := c.units[a].norm, c.units[b].norm
	p := pair{a: a, b: b, shared: n}
	if na+nb > 0 {
		p.dice = 2 * w / (na + nb)
		p.contain = w / min(na, nb)
	}
	return p
}
