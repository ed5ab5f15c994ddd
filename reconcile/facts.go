package reconcile

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/parallax-news/parallax"
)

// rankedGroups returns the indices of the groups backed by at least two
// independent outlets, best supported first; ties go to the group whose
// earliest sentence comes first in its article, then to the heavier one.
func (st *story) rankedGroups() []int {
	type ranked struct {
		g, outlets, pos int
		weight          float64
	}
	var rs []ranked
	for g, gr := range st.groups {
		n := len(st.support(gr.units))
		if n < 2 {
			continue
		}
		r := ranked{g: g, outlets: n, pos: 1 << 30}
		for _, u := range gr.units {
			r.pos = min(r.pos, st.c.units[u].sent)
			r.weight = max(r.weight, st.c.units[u].norm)
		}
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.outlets, a.outlets), cmp.Compare(a.pos, b.pos),
			cmp.Compare(b.weight, a.weight), cmp.Compare(a.g, b.g))
	})
	var out []int
	for _, r := range rs {
		if !st.subsumed(r.g, r.outlets, out) {
			out = append(out, r.g)
		}
	}
	return out
}

// subsumed reports whether group g, backed by n outlets, only repeats
// groups of kept backed by more outlets: each of its units lies in a
// sentence that supports such a group and restates that group's fullest
// wording (its weight is mostly found there). Such a group is a fragment
// of a larger fact, shown by the same sentences.
func (st *story) subsumed(g, n int, kept []int) bool {
	for _, u := range st.groups[g].units {
		if !slices.ContainsFunc(kept, func(h int) bool {
			return len(st.support(st.groups[h].units)) > n && st.restates(u, h)
		}) {
			return false
		}
	}
	return true
}

// restates reports whether unit u's sentence supports group h and u's
// weight is mostly found in h's fullest wording.
func (st *story) restates(u, h int) bool {
	hu := st.groups[h].units
	if !slices.ContainsFunc(hu, func(v int) bool { return st.sentenceOf(v) == st.sentenceOf(u) }) {
		return false
	}
	p := st.c.score(u, st.fullest(hu))
	return p.shared >= minShared && p.contain >= sameContained
}

// sentenceOf returns the sentence unit of unit u (u itself for a sentence).
func (st *story) sentenceOf(u int) int {
	if p := st.c.units[u].parent; p >= 0 {
		return p
	}
	return u
}

// facts returns the statements made by at least two independent outlets,
// best supported first. Each fact's text is its fullest wording: the
// supporting sentence with the most content. A sentence giving another
// value for a figure of that wording (23 detained where it says 31), or
// dating what it tells to another period (Tuesday where it says Thursday),
// does not support it — that figure or date is a discrepancy — and the
// wording is the one whose figures and dates the most outlets give; a fact
// left with one outlet is dropped.
func (st *story) facts() []parallax.Fact {
	var out []parallax.Fact
	for _, fu := range st.factUnits() {
		f := parallax.Fact{Outlets: st.support(fu.units), Text: st.c.text(fu.shown)}
		for _, u := range fu.units {
			f.Support = append(f.Support, st.unitEvidence(u))
		}
		out = append(out, f)
	}
	slices.SortStableFunc(out, func(a, b parallax.Fact) int { return cmp.Compare(len(b.Outlets), len(a.Outlets)) })
	return out
}

// factUnit is one fact before rendering: the unit whose wording is shown
// and the units that support it (len(units) >= 2, from two outlets or more).
type factUnit struct {
	shown int
	units []int
}

// factUnits returns the facts of the story in rankedGroups order: each
// group's agreed wording and the units that support it, groups left with
// one outlet dropped.
func (st *story) factUnits() []factUnit {
	figs := st.unitFigures()
	var out []factUnit
	for _, g := range st.rankedGroups() {
		shown, units := st.agreedWording(st.groups[g].units, figs)
		if len(st.support(units)) >= 2 {
			out = append(out, factUnit{shown, units})
		}
	}
	return out
}

// unitFigures returns the comparable figures of the story by sentence unit.
func (st *story) unitFigures() map[int][]figure {
	out := map[int][]figure{}
	for _, f := range st.figures() {
		out[f.unit] = append(out[f.unit], f)
	}
	return out
}

// agreedWording picks the wording shown for a group of units and the units
// that support it: the shown wording (see shown) unless another one that
// reads alone has figures and dates more outlets agree with (the fullest of
// those).
func (st *story) agreedWording(units []int, figs map[int][]figure) (int, []int) {
	shown := st.shown(units, st.c.text)
	kept := st.supporting(units, shown, figs)
	if len(kept) == len(units) {
		return shown, kept
	}
	best := len(st.support(kept))
	for _, u := range units {
		if u == shown || !standsAlone(st.c.text(u)) {
			continue
		}
		k := st.supporting(units, u, figs)
		if n := len(st.support(k)); n > best || n == best && st.c.units[u].norm > st.c.units[shown].norm {
			shown, kept, best = u, k, n
		}
	}
	return shown, kept
}

// supporting returns the units of units that may support wording w: those
// that give no other value for one of its figures (agreeing) and do not
// date what they tell to another period (dateConflict, as the summary
// compares dates).
func (st *story) supporting(units []int, w int, figs map[int][]figure) []int {
	return slices.DeleteFunc(st.agreeing(units, w, figs), func(u int) bool { return u != w && st.dateConflict(w, u) })
}

// agreeing returns the units of units that give no other value for a
// figure of unit w: same kind and scope, another article, no overlap.
func (st *story) agreeing(units []int, w int, figs map[int][]figure) []int {
	fw := st.figuresIn(w, figs)
	out := make([]int, 0, len(units))
	for _, u := range units {
		if !slices.ContainsFunc(st.figuresIn(u, figs), func(x figure) bool {
			return slices.ContainsFunc(fw, func(y figure) bool {
				return x.art != y.art && x.part == y.part && compatibleKinds(x.kind, y.kind) && (x.hi < y.lo || y.hi < x.lo)
			})
		}) {
			out = append(out, u)
		}
	}
	return out
}

// figuresIn returns the figures of unit u's sentence that lie in u's span.
func (st *story) figuresIn(u int, figs map[int][]figure) []figure {
	un := st.c.units[u]
	var out []figure
	for _, f := range figs[st.sentenceOf(u)] {
		if n := st.arts[f.art].Numbers[f.idx]; n.Start >= un.start && n.End <= un.end {
			out = append(out, f)
		}
	}
	return out
}

// fullest returns the unit of units with the most content.
func (st *story) fullest(units []int) int {
	best := units[0]
	for _, u := range units[1:] {
		if st.c.units[u].norm > st.c.units[best].norm {
			best = u
		}
	}
	return best
}

// unique returns, for each article with any, its claims that no fact
// holds: claim sentences none of whose units (the sentence or one of its
// clauses) supports a fact, and that give no value of a discrepancy
// (another article reports the same quantity). A sentence merely related to
// one of another article is still listed: every claim sentence appears
// either among the facts' support, in a discrepancy or here. Near-copies
// neither have unique claims nor support their original's.
func (st *story) unique(discrepancies []parallax.Discrepancy) []parallax.UniqueClaims {
	shared := st.factSentences()
	disputed := map[[2]string]bool{} // sentences another article gives a different value for
	for _, d := range discrepancies {
		for _, v := range d.Values {
			disputed[[2]string{v.Article, strconv.Itoa(v.Sentence)}] = true
		}
	}
	var out []parallax.UniqueClaims
	for a := range st.arts {
		if st.opts.Copies[st.ids[a]] != "" {
			continue // a copy's claims are its original's
		}
		uc := parallax.UniqueClaims{Article: st.ids[a]}
		for u := st.c.first[a]; u < st.c.first[a+1]; u++ {
			if st.c.units[u].claim && st.c.units[u].parent < 0 && !shared[u] &&
				!disputed[[2]string{st.ids[a], strconv.Itoa(st.c.units[u].sent)}] {
				uc.Claims = append(uc.Claims, st.unitEvidence(u))
			}
		}
		if len(uc.Claims) > 0 {
			out = append(out, uc)
		}
	}
	return out
}

// factSentences reports, per sentence unit, whether it or one of its
// clauses supports a fact (see factUnits): a sentence of a fact's group
// that gives another figure or date than the fact's wording supports none.
func (st *story) factSentences() []bool {
	shared := make([]bool, st.c.sentences)
	for _, fu := range st.factUnits() {
		for _, u := range fu.units {
			shared[st.sentenceOf(u)] = true
		}
	}
	return shared
}

// family returns the id of the original that article a copies, or a's own
// id: an article and its near-copies are one family, and never support
// each other's claims.
func (st *story) family(a int) string {
	if orig := st.opts.Copies[st.ids[a]]; orig != "" {
		return orig
	}
	return st.ids[a]
}
