package reconcile

import (
	"cmp"
	"slices"

	"github.com/parallax-news/parallax"
)

// candidate is one statement the summary may use: a group of sentences that
// say the same thing, or one article's sentence alone.
type candidate struct {
	all     []int // the sentences of its group: what a later line must not repeat
	units   []int // the sentences cited: those that state what rep states
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
// A line is cited only to the sentences that state what it states (see
// statedBy): an outlet that gave another figure or date for it is never
// cited, and the wording shown is the one whose figures most outlets give.
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
	figs := st.unitFigures()
	var out []candidate
	for _, gr := range st.groups {
		rep, units := st.statedWording(gr.units, figs)
		cd := candidate{all: gr.units, units: units, rep: rep, outlets: len(st.support(units)), pos: 1 << 30}
		for _, u := range units {
			cd.pos = min(cd.pos, st.c.units[u].sent)
			cd.central += central[u]
		}
		cd.central /= float64(len(units))
		out = append(out, cd)
	}
	shared := st.sharedGroups()
	for u, un := range st.c.units[:st.c.sentences] {
		if un.claim && !shared[u] {
			out = append(out, candidate{all: []int{u}, units: []int{u}, rep: u, outlets: len(st.support([]int{u})),
				pos: un.sent, central: central[u]})
		}
	}
	slices.SortStableFunc(out, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.outlets, a.outlets), cmp.Compare(b.score(), a.score()), cmp.Compare(a.pos, b.pos))
	})
	return out
}

// statedWording picks the sentence shown for a group of units and the
// units cited for it. The summary shows whole sentences, so whole sentences
// are compared: a unit is cited only if its sentence states what the shown
// one states (statedBy). The shown sentence is that of the fullest unit
// whose sentence stands alone (shown), unless another such sentence is
// stated by more outlets (then the fullest of those): the wording whose
// figures and dates most outlets give. A wording without the disputed
// figure, when the group has one, is stated by more outlets and so wins.
func (st *story) statedWording(units []int, figs map[int][]figure) (int, []int) {
	sents := make([]int, len(units))
	for i, u := range units {
		sents[i] = st.sentenceOf(u)
	}
	shown := st.shown(units, func(u int) string { return st.c.sentence(u).Text })
	rep := st.sentenceOf(shown)
	cited := st.statedBy(units, sents, rep, figs)
	if len(cited) == len(units) {
		return rep, cited
	}
	best := len(st.support(cited))
	for i, u := range units {
		if u == shown || !standsAlone(st.c.text(sents[i])) {
			continue
		}
		c := st.statedBy(units, sents, sents[i], figs)
		if n := len(st.support(c)); n > best || n == best && st.c.units[u].norm > st.c.units[shown].norm {
			shown, rep, cited, best = u, sents[i], c, n
		}
	}
	return rep, cited
}

// statedBy returns the units of units (whose sentences are sents) whose
// sentence states what sentence w states: it gives no other value for one
// of w's figures (agreeing), and, when both give numbers or dates, shares a
// number with it and dates what it tells to a period that meets w's
// (numberConflict, dateConflict).
func (st *story) statedBy(units, sents []int, w int, figs map[int][]figure) []int {
	agreed := st.agreeing(sents, w, figs)
	var out []int
	for i, s := range sents {
		if s == w || slices.Contains(agreed, s) && !st.numberConflict(w, s) && !st.dateConflict(w, s) {
			out = append(out, units[i])
		}
	}
	return out
}

// repeats reports whether cd says again what one of chosen says: one of its
// group's sentences is, or matches, one of theirs, whether cited or not.
func (st *story) repeats(cd candidate, chosen []candidate) bool {
	for _, ch := range chosen {
		for _, u := range cd.all {
			for _, v := range ch.all {
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
