package reconcile

import (
	"cmp"
	"slices"
)

// group is a set of claim units, at most one per article, that say the same
// thing.
type group struct {
	units []int // unit indices, in article order
}

// groups joins the matching pairs into groups, best pairs first, never
// putting two sentences of one article in the same group (an article states
// a fact once; its other sentences that resemble it say something else).
// A pair matched by event alone (not similar in wording) joins two groups
// only if every unit of one fits every unit of the other. Units that match
// nothing are left out.
func (c *corpus) groups(pairs []pair, fits func(a, b int) bool) []group {
	parent := make([]int, len(c.units))
	arts := make([][]int, len(c.units))    // root -> sorted articles of its group
	members := make([][]int, len(c.units)) // root -> units of its group
	for i := range parent {
		parent[i] = i
		arts[i] = []int{c.units[i].art}
		members[i] = []int{i}
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, p := range pairs {
		if !p.same() {
			continue
		}
		ra, rb := find(p.a), find(p.b)
		if ra == rb || overlaps(arts[ra], arts[rb]) || !p.similar() && !allFit(members[ra], members[rb], fits) {
			continue
		}
		parent[rb] = ra
		arts[ra] = mergeSorted(arts[ra], arts[rb])
		arts[rb] = nil
		members[ra] = append(members[ra], members[rb]...)
		members[rb] = nil
	}
	byRoot := map[int]int{}
	var out []group
	for i, u := range c.units {
		if !u.claim {
			continue
		}
		r := find(i)
		if len(arts[r]) < 2 {
			continue
		}
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, group{})
		}
		out[k].units = append(out[k].units, i)
	}
	return c.dropSubsumed(out)
}

// dropSubsumed removes the groups whose every sentence (or the sentence of
// every clause) also supports one larger group: a clause-level group that
// only restates part of a sentence-level one.
func (c *corpus) dropSubsumed(gs []group) []group {
	type key struct{ art, sent int }
	holders := map[key][]int{} // sentence -> groups with it or one of its clauses
	for g, gr := range gs {
		for _, u := range gr.units {
			k := key{c.units[u].art, c.units[u].sent}
			holders[k] = append(holders[k], g)
		}
	}
	out := gs[:0:0]
	for g, gr := range gs {
		first := c.units[gr.units[0]]
		subsumed := false
		for _, h := range holders[key{first.art, first.sent}] {
			if h == g || len(gs[h].units) < len(gr.units) || len(gs[h].units) == len(gr.units) && h > g {
				continue
			}
			subsumed = true
			for _, u := range gr.units[1:] {
				if !slices.Contains(holders[key{c.units[u].art, c.units[u].sent}], h) {
					subsumed = false
					break
				}
			}
			if subsumed {
				break
			}
		}
		if !subsumed {
			out = append(out, gr)
		}
	}
	return out
}

// allFit reports whether fits(x, y) for every x of xs and y of ys.
func allFit(xs, ys []int, fits func(a, b int) bool) bool {
	for _, x := range xs {
		for _, y := range ys {
			if !fits(x, y) {
				return false
			}
		}
	}
	return true
}

// overlaps reports whether the sorted slices share an element.
func overlaps(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// mergeSorted returns the sorted union of two sorted, disjoint slices.
func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	slices.SortFunc(out, cmp.Compare)
	return out
}
