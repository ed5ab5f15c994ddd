package reconcile

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/number"
	"github.com/parallax-news/parallax/text"
)

// figure is one counted quantity of one article, ready for comparison.
type figure struct {
	art, idx int    // article and index in its Numbers
	unit     int    // unit of its sentence
	kind     string // what is counted, in a comparable class ("deaths", "displaced", "fighter")
	part     bool   // part of a larger total in the same article
	lo, hi   float64
	asOf     string // ISO day the figure is stated for, "" if unknown
}

// discrepancies returns the quantities and dates given differently by
// different articles (see docs/report.md for the rules), numbers first,
// most widely reported first.
func (st *story) discrepancies() []parallax.Discrepancy {
	out := st.numberDiscrepancies()
	out = append(out, st.dateDiscrepancies()...)
	out = append(out, st.nameDiscrepancies()...)
	return out
}

// figures collects the comparable quantities: numbers in claim sentences
// that say what they count, and are not themselves part of a date.
func (st *story) figures() []figure {
	var out []figure
	for a, art := range st.arts {
		for i, n := range art.Numbers {
			if n.Sentence < 0 || n.Sentence >= len(art.Sentences) || inDate(art, n.Start, n.End) {
				continue
			}
			u := st.c.first[a] + n.Sentence
			if !st.c.units[u].claim {
				continue
			}
			sent := art.Sentences[n.Sentence]
			kind := countKind(n.Counts, sent.Text, n.Start-sent.Start, n.End-sent.Start)
			if kind == "" || number.IsVague(n) { // "hundreds" is a lower bound, not a figure to compare
				continue
			}
			f := figure{art: a, idx: i, unit: u, kind: kind, part: n.PartOf >= 0, lo: n.Value, hi: n.Value}
			if n.Max != nil {
				f.hi = *n.Max
			}
			f.asOf = st.asOf(a, n)
			out = append(out, f)
		}
	}
	return out
}

// inDate reports whether [start, end) overlaps a date expression of art
// ("March 14" holds the number 14, which counts nothing).
func inDate(art *parallax.Annotated, start, end int) bool {
	for _, d := range art.Dates {
		if start < d.End && d.Start < end {
			return true
		}
	}
	return false
}

// asOf returns the day a figure is stated for: a day-precise date in its
// sentence (the nearest one before it, else after), else the article's
// publication day; "" when neither is known. In an article without a
// publication date, dates the annotator left unresolved ("on Monday") are
// resolved against the earliest publication date of the story, with the
// tense of their sentence (see resolved).
func (st *story) asOf(a int, n parallax.Number) string {
	art := st.arts[a]
	best, bestDist := "", 1<<30
	for _, d := range art.Dates {
		if d.Sentence != n.Sentence || !explicitDate(d.Text) {
			continue
		}
		d = st.resolved(art, d)
		if !d.Resolved || d.Granularity != "day" {
			continue
		}
		dist := n.Start - d.End
		if dist < 0 {
			dist = d.Start - n.End + 1<<20 // prefer a date before the figure
		}
		if dist < bestDist {
			best, bestDist = d.Date.Format("2006-01-02"), dist
		}
	}
	if best == "" && art.Published != nil {
		best = art.Published.UTC().Format("2006-01-02")
	}
	return best
}

// sameQuantity reports whether two figures of different articles are about
// the same thing: comparable kinds, both totals or both parts, and either
// the same named source or sentences that report the same thing.
func (st *story) sameQuantity(x, y figure, reporter func(figure) string) bool {
	if x.art == y.art || x.part != y.part || !compatibleKinds(x.kind, y.kind) {
		return false
	}
	if rx, ry := reporter(x), reporter(y); rx != "" && rx == ry {
		return true
	}
	p := st.c.score(min(x.unit, y.unit), max(x.unit, y.unit))
	return p.related()
}

// numberDiscrepancies groups the figures about the same thing and reports
// each group in which different articles give different values. Figures are
// compared only within a class of what they count, so the cost grows with
// the pairs of figures that count the same kind of thing.
func (st *story) numberDiscrepancies() []parallax.Discrepancy {
	figs := st.figures()
	reporter := func(f figure) string { return st.arts[f.art].Numbers[f.idx].ReportedBy }
	parent := make([]int, len(figs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	buckets := map[string][]int{}
	for i, f := range figs {
		b := kindBucket(f.kind)
		buckets[b] = append(buckets[b], i)
	}
	for _, idx := range buckets {
		for k, i := range idx {
			for _, j := range idx[k+1:] {
				if st.sameQuantity(figs[i], figs[j], reporter) {
					parent[find(j)] = find(i)
				}
			}
		}
	}
	byRoot := map[int][]figure{}
	var roots []int
	for i, f := range figs {
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], f)
	}
	var out []parallax.Discrepancy
	for _, r := range roots {
		if d, ok := st.numberDiscrepancy(byRoot[r], reporter); ok {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b parallax.Discrepancy) int { return cmp.Compare(len(b.Values), len(a.Values)) })
	return out
}

// numberDiscrepancy builds the discrepancy of a group of figures about the
// same thing; false when all articles agree (overlapping values).
func (st *story) numberDiscrepancy(fs []figure, reporter func(figure) string) (parallax.Discrepancy, bool) {
	if !disagree(fs) {
		return parallax.Discrepancy{}, false
	}
	d := parallax.Discrepancy{Kind: "number"}
	kinds := map[string]bool{}
	var reporters []string
	for _, f := range fs {
		n := st.arts[f.art].Numbers[f.idx]
		s := st.arts[f.art].Sentences[n.Sentence]
		v := parallax.DiscrepantValue{
			Value:      formatRange(f.lo, f.hi),
			Evidence:   st.evidence(f.art, n.Sentence, s.Start, s.End),
			ReportedBy: n.ReportedBy,
			AsOf:       f.asOf,
		}
		d.Values = append(d.Values, v)
		kinds[f.kind] = true
		if n.ReportedBy != "" && !slices.Contains(reporters, n.ReportedBy) {
			reporters = append(reporters, n.ReportedBy)
		}
	}
	d.About = aboutFigures(kinds, reporters)
	d.Note = st.numberNote(fs, kinds)
	return d, true
}

// disagree reports whether two figures of different articles have
// non-overlapping values.
func disagree(fs []figure) bool {
	for i, x := range fs {
		for _, y := range fs[i+1:] {
			if x.art != y.art && (x.hi < y.lo || y.hi < x.lo) {
				return true
			}
		}
	}
	return false
}

// aboutFigures describes what a group of figures counts.
func aboutFigures(kinds map[string]bool, reporters []string) string {
	ks := make([]string, 0, len(kinds))
	for k := range kinds {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	s := strings.Join(ks, " / ")
	if len(reporters) > 0 {
		s += ", reported by " + strings.Join(reporters, " / ")
	}
	return s
}

// updateWords are the wordings that present a figure as the latest of a
// series ("had risen to 571").
var updateWords = []string{"risen to", "rose to", "has reached", "had reached", "climbed to", "increased to",
	"so far", "up to now", "latest toll", "updated", "now stands", "jumped to", "grew to", "mounted to"}

// numberNote explains why figures may differ without contradicting each
// other: updates over time, or counts of different scope.
func (st *story) numberNote(fs []figure, kinds map[string]bool) string {
	var notes []string
	days := map[string]bool{}
	update := false
	for _, f := range fs {
		days[f.asOf] = true
		s := text.Fold(st.c.sentence(f.unit).Text)
		for _, w := range updateWords {
			if strings.Contains(s, w) {
				update = true
			}
		}
	}
	switch {
	case len(days) > 1:
		notes = append(notes, "the figures are given as of different days and may be updates over time")
	case update:
		notes = append(notes, "the wording presents a figure as a running total; the difference may be an update over time")
	}
	if kinds["casualties"] && len(kinds) > 1 {
		notes = append(notes, "\"casualties\" may include the wounded, so the figures may count different things")
	}
	return strings.Join(notes, "; ")
}

// formatRange writes a value or range as a reader would.
func formatRange(lo, hi float64) string {
	if lo == hi {
		return formatNumber(lo)
	}
	return formatNumber(lo) + "–" + formatNumber(hi)
}

func formatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
