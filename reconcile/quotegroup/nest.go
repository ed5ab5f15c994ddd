package quotegroup

import "sort"

// Nested renderings. The quote annotator may give, for one sentence, a
// direct quotation and a reported statement inside it (a readout quoting
// "X stressed the need to …"), or a reported statement and the short
// quotation it contains. They are one rendering: the inner quotes are not
// grouped on their own but follow the group of the outermost quote that
// holds them, and each group keeps, of one such family, the member that
// best matches its text.
//
// Fragments — quotations of at most maxFragment words ("normalize", "the
// armed aggression") — are terms, not statements: they never start or
// join a group on their own (the framing table shows quoted labels). Inside
// a longer quote they are a member of its family like any other.

// maxFragment is the most words a quotation may have to be a fragment.
const maxFragment = 3

// nest sets the root of every item held inside a longer quote of the same
// article (the outermost one), and marks fragments.
func nest(items []item) {
	byArt := make(map[int][]int)
	for i := range items {
		items[i].root = -1
		items[i].fragment = len(items[i].ws) <= maxFragment
		byArt[items[i].art] = append(byArt[items[i].art], i)
	}
	for _, idx := range byArt {
		sort.SliceStable(idx, func(a, b int) bool {
			qa, qb := items[idx[a]].q, items[idx[b]].q
			if qa.Start != qb.Start {
				return qa.Start < qb.Start
			}
			return qa.End > qb.End
		})
		outer := -1
		for _, i := range idx {
			q := items[i].q
			if outer >= 0 && q.Start >= items[outer].q.Start && q.End <= items[outer].q.End {
				items[i].root = outer
				continue
			}
			outer = i
		}
	}
}

// attachNested adds to the clusters the nested items whose root is in one
// and whose speaker does not differ from the cluster's; it returns the
// nested items it could not place.
func attachNested(items []item, clusters []*cluster, nested []int) []int {
	of := make(map[int]*cluster)
	for _, c := range clusters {
		for _, m := range c.members {
			of[m.item] = c
		}
	}
	var left []int
	for _, it := range nested {
		c := of[items[it].root]
		if c == nil || items[it].speaker != "" && c.speaker != "" && items[it].speaker != c.speaker {
			left = append(left, it)
			continue
		}
		c.members = append(c.members, member{item: it, win: windowIn(items[it], items[c.center])})
	}
	return left
}

// windowIn aligns v to the best stretch of t, without judging the match.
func windowIn(v, t item) window {
	lo, hi, _ := stretch(v, t)
	win := align(len(v.ws), v.set, t.ws[lo:hi])
	win.lo, win.hi = win.lo+lo, win.hi+lo
	if win.hi <= win.lo {
		return window{hi: len(t.ws)}
	}
	return win
}

// dedupe keeps, of each family in c (a quote and those nested in it), the
// member that best matches c's text: most of its concepts found in its
// window, fewest missing; then a direct quotation; then the longer. The
// centre always stays.
func dedupe(items []item, c *cluster) {
	best := make(map[int]int) // family root → index in c.members
	for k, m := range c.members {
		f := family(items, m.item)
		j, ok := best[f]
		if !ok || better(items, c, m, c.members[j]) {
			best[f] = k
		}
	}
	kept := c.members[:0:0]
	for k, m := range c.members {
		if best[family(items, m.item)] == k {
			kept = append(kept, m)
		}
	}
	c.members = kept
}

func family(items []item, i int) int {
	if r := items[i].root; r >= 0 {
		return r
	}
	return i
}

// better reports whether member a of c matches c's text better than b.
func better(items []item, c *cluster, a, b member) bool {
	if a.item == c.center || b.item == c.center {
		return a.item == c.center
	}
	sa, sb := fit(items[a.item], a.win), fit(items[b.item], b.win)
	if sa != sb {
		return sa > sb
	}
	qa, qb := items[a.item].q, items[b.item].q
	if qa.Kind != qb.Kind {
		return qa.Kind == "direct"
	}
	return qa.End-qa.Start > qb.End-qb.Start
}

// fit scores how well v matches its window: concepts found less half the
// concepts missing.
func fit(v item, w window) float64 {
	return float64(w.covered) - 0.5*float64(len(v.set)-w.covered)
}
