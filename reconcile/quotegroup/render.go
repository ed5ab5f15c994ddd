package quotegroup

import (
	"sort"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// render turns clusters into report groups, graded and ordered.
func render(arts []*parallax.Annotated, items []item, clusters []*cluster) []parallax.QuoteGroup {
	out := make([]parallax.QuoteGroup, 0, len(clusters))
	span := make([]int, 0, len(clusters)) // articles per group, for ordering
	firstAt := make([][2]int, 0, len(clusters))
	for _, c := range clusters {
		ms := append([]member(nil), c.members...)
		sort.SliceStable(ms, func(i, j int) bool {
			a, b := items[ms[i].item], items[ms[j].item]
			if a.art != b.art {
				return a.art < b.art
			}
			return a.q.Start < b.q.Start
		})
		g := parallax.QuoteGroup{Speaker: c.speaker, Text: items[c.center].q.Text}
		channels := make(map[string]int)
		seen := make(map[int]bool)
		first := [2]int{len(arts), 0}
		for _, m := range ms {
			it := items[m.item]
			fid, why := grade(items, c, m)
			g.Variants = append(g.Variants, parallax.QuoteVariant{
				Evidence: evidence(arts[it.art], it.q),
				Kind:     it.q.Kind, Fidelity: fid, Why: why,
			})
			if it.q.Channel != "" {
				channels[it.q.Channel]++
			}
			seen[it.art] = true
			if it.art < first[0] || it.art == first[0] && it.q.Start < first[1] {
				first = [2]int{it.art, it.q.Start}
			}
		}
		g.Channel = mostCommon(channels)
		out = append(out, g)
		span = append(span, len(seen))
		firstAt = append(firstAt, first)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		i, j := idx[a], idx[b]
		if span[i] != span[j] {
			return span[i] > span[j]
		}
		if firstAt[i][0] != firstAt[j][0] {
			return firstAt[i][0] < firstAt[j][0]
		}
		return firstAt[i][1] < firstAt[j][1]
	})
	sorted := make([]parallax.QuoteGroup, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted
}

// mostCommon returns the most frequent key of counts, the smallest on ties;
// "" when counts is empty.
func mostCommon(counts map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// evidence cites quote q of article a, with character offsets.
func evidence(a *parallax.Annotated, q *parallax.Quote) parallax.Evidence {
	start, end := q.Start, q.End
	doc := a.Text
	if start < 0 || end > len(doc) || start > end {
		return parallax.Evidence{Article: a.ID, Sentence: q.Sentence, Text: q.Text}
	}
	cs := utf8.RuneCountInString(doc[:start])
	return parallax.Evidence{Article: a.ID, Sentence: q.Sentence, Text: q.Text,
		Start: cs, End: cs + utf8.RuneCountInString(doc[start:end])}
}
