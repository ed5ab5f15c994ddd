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
// supporting sentence with the most content.
func (st *story) facts() []parallax.Fact {
	var out []parallax.Fact
	for _, g := range st.rankedGroups() {
		gr := st.groups[g]
		f := parallax.Fact{Outlets: st.support(gr.units)}
		for _, u := range gr.units {
			f.Support = append(f.Support, st.unitEvidence(u))
		}
		f.Text = st.c.text(st.shown(gr.units, st.c.text))
		out = append(out, f)
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
// clauses supports a fact (a group backed by two independent outlets).
func (st *story) factSentences() []bool {
	shared := make([]bool, st.c.sentences)
	for _, g := range st.rankedGroups() {
		for _, u := range st.groups[g].units {
			if p := st.c.units[u].parent; p >= 0 {
				u = p
			}
			shared[u] = true
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
