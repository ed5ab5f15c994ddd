// Package quotegroup gathers, across the articles of one story, every
// quotation and paraphrase of the same underlying statement, and grades how
// faithfully each rendering reproduces the fullest one.
package quotegroup

import (
	"sort"

	"github.com/parallax-news/parallax"
)

// item is one quote with what grouping needs.
type item struct {
	art     int // index in the arts given to Group
	origin  string
	q       *parallax.Quote
	ws      []word
	set     map[string]bool
	speaker string // effective speaker; "" when unknown
	clauses []int  // clause starts in ws, ending with len(ws) (clauseStarts)
	// root is the outermost quote of the same article that holds this one,
	// -1 when none (see nest).
	root     int
	fragment bool // a quotation of at most maxFragment words
}

// member is an item in a cluster, aligned to the cluster's centre.
type member struct {
	item int
	win  window
}

// cluster is a statement: its centre (the fullest rendering) and the
// renderings aligned to it.
type cluster struct {
	center  int
	speaker string
	members []member // the centre first
}

// Group returns the quote groups of a story: each quote of arts joins the
// group of the fullest compatible rendering of the same statement, or
// starts its own group. Two quotes with different known speakers are never
// grouped; a quote whose speaker is unknown joins only on a strong content
// match. A quote nested in a longer one of the same article follows that
// one's group, and a group keeps one member of each such family (see
// nest.go); a standalone quotation of at most maxFragment words is in no
// group. A long statement is matched clause by clause: a rendering joins
// it only if most of its content lies in one stretch of its clauses
// (clause.go). copyOf maps an article id to the id of the article it is a
// near-copy of (nil when there are none); copies do not count as
// independent support when variants are graded. Groups are ordered by the
// number of articles they span, then by first appearance; variants by
// article, then position. Every group has at least one variant.
func Group(arts []*parallax.Annotated, copyOf map[string]string) []parallax.QuoteGroup {
	items := collect(arts, copyOf)
	nest(items)
	var order, nested []int
	for i, it := range items {
		switch {
		case it.root >= 0:
			nested = append(nested, i)
		case !it.fragment:
			order = append(order, i)
		}
	}
	clusters := addItems(items, order)
	for _, it := range attachNested(items, clusters, nested) {
		if !items[it].fragment {
			clusters = addItems(items, []int{it}, clusters...)
		}
	}
	for _, c := range clusters {
		dedupe(items, c)
	}
	return render(arts, items, clusters)
}

// addItems adds the items of order, fullest first, to clusters: each joins
// the cluster it matches best or starts its own.
func addItems(items []item, order []int, clusters ...*cluster) []*cluster {
	index := make(map[string][]int) // concept → clusters whose centre has it
	for ci, c := range clusters {
		for cpt := range items[c.center].set {
			index[cpt] = append(index[cpt], ci)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return fuller(items[order[a]], items[order[b]]) })
	for _, it := range order {
		if c, win, ok := bestCluster(items, clusters, index, it); ok {
			c.members = append(c.members, member{item: it, win: win})
			if c.speaker == "" {
				c.speaker = items[it].speaker
			}
			continue
		}
		ci := len(clusters)
		clusters = append(clusters, &cluster{center: it, speaker: items[it].speaker,
			members: []member{{item: it, win: window{hi: len(items[it].ws)}}}})
		for cpt := range items[it].set {
			index[cpt] = append(index[cpt], ci)
		}
	}
	return clusters
}

// collect gathers the quotes of arts as items.
func collect(arts []*parallax.Annotated, copyOf map[string]string) []item {
	var items []item
	names := singleNames(arts)
	for ai, a := range arts {
		ms := mentionsOf(a)
		types := entityTypes(a)
		origin := a.ID
		if o, ok := copyOf[a.ID]; ok && o != "" {
			origin = o
		}
		for qi := range a.Quotes {
			q := &a.Quotes[qi]
			ws := words(q.Text, q.Start, ms, names)
			items = append(items, item{art: ai, origin: origin, q: q, ws: ws,
				set: conceptSet(ws), speaker: effectiveSpeaker(q, ws, types),
				clauses: clauseStarts(q.Text, ws)})
		}
	}
	return items
}

// fuller reports whether a should be preferred to b as a group's text: more
// content, then a direct quotation, then earlier.
func fuller(a, b item) bool {
	if len(a.set) != len(b.set) {
		return len(a.set) > len(b.set)
	}
	if (a.q.Kind == parallax.Direct) != (b.q.Kind == parallax.Direct) {
		return a.q.Kind == parallax.Direct
	}
	if a.art != b.art {
		return a.art < b.art
	}
	return a.q.Start < b.q.Start
}

// bestCluster returns the cluster item it should join, found through the
// concept index: among clusters whose centre shares content with it, the
// compatible one its words are best aligned with.
func bestCluster(items []item, clusters []*cluster, index map[string][]int, it int) (*cluster, window, bool) {
	shared := make(map[int]int)
	for cpt := range items[it].set {
		for _, ci := range index[cpt] {
			shared[ci]++
		}
	}
	var best *cluster
	var bestWin window
	bestScore := 0.0
	for ci, n := range shared {
		c := clusters[ci]
		win, score, ok := match(items[it], items[c.center], c.speaker, n)
		if ok && (score > bestScore || score == bestScore && best != nil && c.center < best.center) {
			best, bestWin, bestScore = c, win, score
		}
	}
	return best, bestWin, best != nil
}

// match decides whether v renders the statement of centre t (whose group
// speaker is speaker), given that they share n concepts. It returns v's
// window in t and a score for choosing among groups.
func match(v, t item, speaker string, n int) (window, float64, bool) {
	if v.speaker != "" && speaker != "" && v.speaker != speaker {
		return window{}, 0, false
	}
	known := v.speaker != "" && speaker != ""
	lo, hi, recall := stretch(v, t)
	win := align(len(v.ws), v.set, t.ws[lo:hi])
	win.lo, win.hi = win.lo+lo, win.hi+lo
	cov := 0.0
	if len(v.set) > 0 {
		cov = float64(win.covered) / float64(len(v.set))
	}
	strong := strongStretch(v, t, lo, hi, recall)
	switch {
	case known && strong && win.covered >= 2 && cov >= 0.5:
	case known && strong && win.covered >= 3 && cov >= 0.4 && plainCovered(v.set, t.ws[win.lo:win.hi]) >= 3:
	case known && win.covered >= 1 && cov == 1 && v.q.Kind == parallax.Direct:
	case !known && strong && win.covered >= 3 && cov >= 0.7:
	case known && n >= 1 && phraseShare(v, t):
		return phraseWindow(v, t), cov, true
	default:
		return window{}, 0, false
	}
	return win, cov + float64(win.covered)/100, true
}

// phraseShare reports whether v shares with t a phrase of at least
// minPhrase words that makes up a good part of v (a short rendering that
// keeps the statement's frame, "X must not become a …"), not a stock
// phrase inside a long statement about something else.
func phraseShare(v, t item) bool {
	n := sharedRun(v.ws, t.ws)
	return n >= minPhrase && float64(n) >= phraseShareMin*float64(normLen(v.ws))
}

// Shared-phrase matching: the phrase's length and its least share of the
// rendering's words.
const (
	minPhrase      = 5
	phraseShareMin = 0.35
)

// phraseWindow aligns v to t by the longest phrase they share, when the
// concepts alone do not (a statement sharing a phrase but few content
// words): the stretch of t as long as v, placed so the phrase lines up.
func phraseWindow(v, t item) window {
	n, aEnd, bEnd := sharedRunAt(v.ws, t.ws)
	lo := bEnd - aEnd
	hi := lo + len(v.ws) + 2 // slack for a rendering a word or two shorter
	if n == 0 {
		return window{hi: len(t.ws)}
	}
	return window{lo: max(lo, 0), hi: min(hi, len(t.ws))}
}

// entityTypes maps the canonical names of a's entities to their types.
func entityTypes(a *parallax.Annotated) map[string]parallax.EntityType {
	m := make(map[string]parallax.EntityType, len(a.Entities))
	for _, e := range a.Entities {
		m[e.Name] = e.Type
	}
	return m
}

// plainCovered counts the concepts of set, other than entity names, that
// occur in ws.
func plainCovered(set map[string]bool, ws []word) int {
	seen := make(map[string]bool)
	for _, w := range ws {
		if set[w.concept] && w.concept[0] != '@' {
			seen[w.concept] = true
		}
	}
	return len(seen)
}
