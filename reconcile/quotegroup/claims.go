package quotegroup

import "fmt"

// valueDiff reports a value (a number, a named actor: the words isKind
// picks) that v gives and no other rendering supports, where the centre's
// window w gives another one v lacks.
func valueDiff(v item, ttext string, w []word, support map[string]bool, isKind func(word) bool, verb string) string {
	iv, jw := -1, -1
	for i, x := range v.ws {
		if isKind(x) && !support[x.concept] {
			iv = i
			break
		}
	}
	if iv < 0 {
		return ""
	}
	for j, x := range w {
		if isKind(x) && !v.set[x.concept] {
			jw = j
			break
		}
	}
	if jw < 0 {
		return ""
	}
	return fmt.Sprintf("%s %q where the fullest version %s %q", verb,
		span(v.q.Text, v.ws, iv, iv), verb, span(ttext, w, jw, jw))
}

// newClaim reports a run of divergentRun or more content words of v that
// no other rendering supports, standing where the centre's window w has
// words that at least consensusArts other articles agree on and v lacks:
// the variant replaces what the others agree the speaker said.
func newClaim(items []item, c *cluster, v, t item, w []word, support map[string]bool) string {
	lo, hi := unsupportedRun(v.ws, support)
	if lo < 0 || float64(unsupported(v.set, support)) < newClaimShare*float64(len(v.set)) {
		return ""
	}
	agree := make(map[string]int) // origin → missing concepts it has
	first, last, n := -1, -1, 0
	for j, x := range w {
		if x.concept == "" || v.set[x.concept] {
			continue
		}
		origins := originsWith(items, c, x.concept, v.origin)
		if len(origins) < consensusArts {
			continue
		}
		n++
		if first < 0 {
			first = j
		}
		last = j
		for _, o := range origins {
			agree[o]++
		}
	}
	if n < 2 {
		return ""
	}
	arts := 0
	for _, k := range agree {
		if 2*k >= n {
			arts++
		}
	}
	return fmt.Sprintf("%q where %d other articles have %q",
		span(v.q.Text, v.ws, lo, hi), arts, span(t.q.Text, w, first, last))
}

// unsupported counts the concepts of set that support lacks.
func unsupported(set, support map[string]bool) int {
	n := 0
	for c := range set {
		if !support[c] {
			n++
		}
	}
	return n
}

// unsupportedRun returns the first and last index of the longest run of
// content words of ws that support lacks (function words inside the run do
// not break it), or -1, -1.
func unsupportedRun(ws []word, support map[string]bool) (int, int) {
	bestLo, bestHi, bestN := -1, -1, 0
	lo, n := -1, 0
	for i, x := range ws {
		if x.concept == "" {
			continue
		}
		if support[x.concept] {
			lo, n = -1, 0
			continue
		}
		if lo < 0 {
			lo = i
		}
		n++
		if n > bestN {
			bestLo, bestHi, bestN = lo, i, n
		}
	}
	if bestN < divergentRun {
		return -1, -1
	}
	return bestLo, bestHi
}

// originsWith returns the distinct origins other than skip whose renderings
// in c have concept cpt.
func originsWith(items []item, c *cluster, cpt, skip string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, m := range c.members {
		it := items[m.item]
		if it.origin == skip || seen[it.origin] || !it.set[cpt] {
			continue
		}
		seen[it.origin] = true
		out = append(out, it.origin)
	}
	return out
}

// span returns the text of words ws[i..j] of s (i clamped to 0).
func span(s string, ws []word, i, j int) string {
	if i < 0 {
		i = 0
	}
	if j < i || j >= len(ws) {
		return ""
	}
	return s[ws[i].start:ws[j].end]
}
