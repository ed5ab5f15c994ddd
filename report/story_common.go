package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// citer names a report's articles in citations: "#1" is the first article
// of Report.Articles.
type citer struct {
	idx  map[string]int
	arts []parallax.StoryArticle
}

func newCiter(r *parallax.Report) *citer {
	c := &citer{idx: make(map[string]int, len(r.Articles)), arts: r.Articles}
	for i, a := range r.Articles {
		c.idx[a.ID] = i
	}
	return c
}

// tag returns the short citation of article id ("#2"); the id itself when
// the report does not list it.
func (c *citer) tag(id string) string {
	if i, ok := c.idx[id]; ok {
		return "#" + strconv.Itoa(i+1)
	}
	return id
}

// name returns the outlet of article id, or its id when the outlet is
// unknown.
func (c *citer) name(id string) string {
	if i, ok := c.idx[id]; ok && c.arts[i].Outlet != "" {
		return c.arts[i].Outlet
	}
	return id
}

// ev cites one piece of evidence: "#2 s4" (sentence numbers count from 0).
func (c *citer) ev(e parallax.Evidence) string {
	return c.tag(e.Article) + " s" + strconv.Itoa(e.Sentence)
}

// tags cites several articles: "#1 #3".
func (c *citer) tags(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = c.tag(id)
	}
	return strings.Join(out, " ")
}

// soleOutlet is what renderers show in place of a grade for the one
// rendering of a statement no other article reports: a variant graded
// against itself would read as confirmation.
const soleOutlet = "reported by this outlet only"

// graded reports whether the variants of g were compared with another
// rendering, so that their fidelity means agreement.
func graded(g parallax.QuoteGroup) bool { return len(g.Variants) >= 2 }

// supports reports which articles a fact's evidence comes from.
func supports(f parallax.Fact) map[string]parallax.Evidence {
	m := make(map[string]parallax.Evidence, len(f.Support))
	for _, e := range f.Support {
		if _, ok := m[e.Article]; !ok {
			m[e.Article] = e
		}
	}
	return m
}

// diffOp is what a diff segment is relative to the fullest version.
type diffOp int

const (
	same diffOp = iota
	added
	dropped
)

// segment is a piece of a variant's text, or a word of the fullest version
// it lacks.
type segment struct {
	Op   diffOp
	Text string
}

// wordDiff marks the words of variant that differ from full: it aligns the
// variant with the stretch of full it renders (longest common subsequence
// of folded words) and returns the variant's text in pieces, the words it
// adds marked added and the words of that stretch it lacks marked dropped.
func wordDiff(full, variant string) []segment {
	ft, vt := text.Tokens(full), text.Tokens(variant)
	ff, vf := foldAll(ft), foldAll(vt)
	pairs := trimStray(lcsPairs(vf, ff), ff)
	if len(pairs) == 0 {
		return []segment{{Op: added, Text: variant}}
	}
	piece := func(i int) string { // variant token i with what follows it
		start, end := vt[i].Start, len(variant)
		if i == 0 {
			start = 0
		}
		if i+1 < len(vt) {
			end = vt[i+1].Start
		}
		return variant[start:end]
	}
	var out []segment
	vi, fi := 0, pairs[0][1]
	for _, p := range pairs {
		for ; fi < p[1]; fi++ {
			out = append(out, segment{Op: dropped, Text: ft[fi].Text})
		}
		for ; vi < p[0]; vi++ {
			out = append(out, segment{Op: added, Text: piece(vi)})
		}
		out = append(out, segment{Op: same, Text: piece(vi)})
		vi, fi = p[0]+1, p[1]+1
	}
	for ; vi < len(vt); vi++ {
		out = append(out, segment{Op: added, Text: piece(vi)})
	}
	return coalesce(out)
}

// maxShownDrop is the longest run of the fullest version's words a diff
// spells out; a longer one (a part of the statement the variant does not
// render) shows as "… N words …".
const maxShownDrop = 6

// trimStray drops, at either end of an alignment, a function word matched
// far from the other matches ("the … in"): it would stretch the compared
// part of the fullest version over words the variant does not render.
func trimStray(pairs [][2]int, full []string) [][2]int {
	for len(pairs) > 1 && text.IsStopword(full[pairs[0][1]]) && pairs[1][1]-pairs[0][1] > 3 {
		pairs = pairs[1:]
	}
	for n := len(pairs); n > 1 && text.IsStopword(full[pairs[n-1][1]]) && pairs[n-1][1]-pairs[n-2][1] > 3; n = len(pairs) {
		pairs = pairs[:n-1]
	}
	return pairs
}

// coalesce joins neighbouring segments of one kind, so that a changed
// phrase reads as one mark, and shortens long dropped runs.
func coalesce(segs []segment) []segment {
	var out []segment
	words := 0 // words in the last dropped segment
	for _, s := range segs {
		n := len(out)
		switch {
		case n > 0 && s.Op == dropped && out[n-1].Op == dropped:
			out[n-1].Text += " " + s.Text
			words++
		case n > 0 && s.Op != dropped && s.Op == out[n-1].Op:
			out[n-1].Text += s.Text
		default:
			out = append(out, s)
			words = 1
		}
		if s.Op == dropped && words > maxShownDrop {
			out[len(out)-1].Text = fmt.Sprintf("… %d words …", words)
		}
	}
	return out
}

func foldAll(ts []text.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = text.Fold(t.Text)
	}
	return out
}

// lcsPairs returns the index pairs (in a, in b) of a longest common
// subsequence of a and b.
func lcsPairs(a, b []string) [][2]int {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// dayOf formats a report's date for a reader.
func dayOf(r *parallax.Report) string {
	if r.Date == nil {
		return "date unknown"
	}
	return r.Date.Format("2 January 2006")
}
