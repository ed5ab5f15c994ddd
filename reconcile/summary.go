package reconcile

import (
	"cmp"
	"slices"

	"github.com/parallax-news/parallax"
)

// candidate is one statement the summary may use: a group of sentences that
// say the same thing, or one article's sentence alone.
type candidate struct {
	units   []int // the sentences that state it
	rep     int   // the sentence shown
	outlets int   // distinct independent outlets
	pos     int   // earliest sentence index among units
	central float64
}

// summary returns up to n sentences: the statements with the most
// independent support first (ties to those reported earliest in their
// articles, then to the ones most related to the rest of the story), each
// cited to every article that states it, none restating an earlier one,
// and none citing a source named only in an earlier sentence ("…, the
// statement affirmed.") when no other wording of it names its source.
func (st *story) summary(n int) []parallax.SummaryLine {
	cands := st.candidates()
	var chosen []candidate
	for _, cd := range cands {
		if len(chosen) == n {
			break
		}
		if !st.repeats(cd, chosen) && !danglingSource(st.c.sentence(cd.rep).Text) {
			chosen = append(chosen, cd)
		}
	}
	out := make([]parallax.SummaryLine, len(chosen))
	for i, cd := range chosen {
		line := parallax.SummaryLine{Text: st.c.sentence(cd.rep).Text, Outlets: cd.outlets}
		for _, u := range cd.units {
			id := st.ids[st.c.units[u].art]
			if !slices.Contains(line.Citations, id) {
				line.Citations = append(line.Citations, id)
			}
		}
		out[i] = line
	}
	return out
}

// candidates returns every group and every claim in no group, ranked.
func (st *story) candidates() []candidate {
	central := st.centralities()
	titles := st.titleOverlap()
	for u := range central {
		central[u] += titleWeight * titles[u]
	}
	var out []candidate
	for _, gr := range st.groups {
		cd := candidate{units: gr.units, rep: gr.units[0], outlets: len(st.support(gr.units)), pos: 1 << 30}
		for _, u := range gr.units {
			cd.pos = min(cd.pos, st.c.units[u].sent)
			cd.central += central[u]
		}
		cd.central /= float64(len(gr.units))
		// The shown sentence is the fullest wording that stands alone, as for facts.
		cd.rep = st.shown(gr.units, func(u int) string { return st.c.sentence(u).Text })
		out = append(out, cd)
	}
	shared := st.sharedGroups()
	for u, un := range st.c.units[:st.c.sentences] {
		if un.claim && !shared[u] {
			out = append(out, candidate{units: []int{u}, rep: u, outlets: len(st.support([]int{u})),
				pos: un.sent, central: central[u]})
		}
	}
	slices.SortStableFunc(out, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.outlets, a.outlets), cmp.Compare(b.score(), a.score()), cmp.Compare(a.pos, b.pos))
	})
	return out
}

// repeats reports whether cd says again what one of chosen says: one of its
// sentences is, or matches, one of theirs.
func (st *story) repeats(cd candidate, chosen []candidate) bool {
	for _, ch := range chosen {
		for _, u := range cd.units {
			for _, v := range ch.units {
				x, y := st.c.units[u], st.c.units[v]
				if x.art == y.art && x.sent == y.sent || x.art != y.art && st.c.score(min(u, v), max(u, v)).same() {
					return true
				}
			}
		}
	}
	return false
}

// leadPrior is the bonus of an article's first sentence over its
// centrality; the k-th sentence gets leadPrior/(k+1). Measured on NeuS
// (docs/EVALUATION.md): news puts the essentials first.
const leadPrior = 1.0

// titleWeight is the weight of a sentence's overlap with the articles'
// headlines (the outlets' own one-line summaries) in its centrality.
const titleWeight = 2.0

// score ranks candidates of equal support: centrality plus the lead prior.
func (cd candidate) score() float64 {
	return cd.central + leadPrior/float64(1+cd.pos)
}

// centralities scores each unit by how much of its content the story's
// other articles share: the weight of its features, each counted once per
// other article that has it, over its norm: between 0 and the number of
// other articles.
func (st *story) centralities() []float64 {
	if st.c.artFreq == nil {
		st.c.countArticles()
	}
	out := make([]float64, len(st.c.units))
	for i, u := range st.c.units {
		if !u.claim {
			continue
		}
		var s float64
		for _, f := range u.feats {
			s += st.c.weight[f] * float64(st.c.artFreq[f]-1)
		}
		if u.norm > 0 {
			out[i] = s / u.norm
		}
	}
	return out
}

// sharedGroups reports, per sentence unit, whether it or one of its clauses
// is in a group.
func (st *story) sharedGroups() []bool {
	out := make([]bool, st.c.sentences)
	for u, g := range st.groupOf {
		if g < 0 {
			continue
		}
		if p := st.c.units[u].parent; p >= 0 {
			u = p
		}
		out[u] = true
	}
	return out
}

// titleOverlap scores each unit by the share of its feature weight found in
// the articles' headlines, each feature counted once per headline with it.
func (st *story) titleOverlap() []float64 {
	count := map[int32]int{}
	for _, a := range st.arts {
		if a.Title == "" {
			continue
		}
		seen := map[int32]bool{}
		for _, f := range features(parallax.Sentence{Text: a.Title}, nil, defaultLexicon, nil) {
			if id, ok := st.c.vocab[f]; ok && !seen[id] {
				seen[id] = true
				count[id]++
			}
		}
	}
	out := make([]float64, len(st.c.units))
	for i, u := range st.c.units {
		if u.norm == 0 {
			continue
		}
		var s float64
		for _, f := range u.feats {
			s += st.c.weight[f] * float64(count[f])
		}
		out[i] = s / u.norm
	}
	return out
}
