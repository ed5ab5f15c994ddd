package quotegroup

// window is the stretch [lo, hi) of a longer quote's words that a shorter
// one renders, and how many of the shorter one's concepts it holds.
type window struct {
	lo, hi  int
	covered int
}

// align finds the window of t that holds the most distinct concepts of
// vset, within a span a rendering of v words could take; ties go to the
// shortest window. The window is widened by up to three function words on
// each side so that a negation or modal just outside the matched words
// belongs to it.
func align(vlen int, vset map[string]bool, t []word) window {
	maxSpan := 2*vlen + 6
	var pos []int
	for i, w := range t {
		if w.concept != "" && vset[w.concept] {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return window{}
	}
	count := make(map[string]int, len(vset))
	best := window{lo: pos[0], hi: pos[0] + 1}
	distinct, i := 0, 0
	for j, p := range pos {
		if count[t[p].concept]++; count[t[p].concept] == 1 {
			distinct++
		}
		for p-pos[i] >= maxSpan {
			c := t[pos[i]].concept
			if count[c]--; count[c] == 0 {
				distinct--
			}
			i++
		}
		lo, hi := pos[i], pos[j]+1
		if distinct > best.covered || distinct == best.covered && hi-lo < best.hi-best.lo {
			best = window{lo: lo, hi: hi, covered: distinct}
		}
	}
	return widen(best, t)
}

func widen(w window, t []word) window {
	for k := 0; k < 3 && w.lo > 0 && t[w.lo-1].concept == ""; k++ {
		w.lo--
	}
	for k := 0; k < 3 && w.hi < len(t) && t[w.hi].concept == ""; k++ {
		w.hi++
	}
	return w
}

// lcs returns the length of the longest common subsequence of the norm
// forms of a and b, ignoring words with an empty norm.
func lcs(a, b []word) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i].norm != "" && a[i].norm == b[j].norm:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// sharedRun returns the length of the longest run of consecutive words
// that a and b share (by norm) and holds at least one content word.
func sharedRun(a, b []word) int {
	n, _, _ := sharedRunAt(a, b)
	return n
}

// sharedRunAt is sharedRun, also returning the index of the run's last
// word in a and in b.
func sharedRunAt(a, b []word) (n, aEnd, bEnd int) {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	prevC := make([]bool, len(b)+1)
	curC := make([]bool, len(b)+1)
	best := 0
	for i := range a {
		for j := range b {
			if a[i].norm == "" || a[i].norm != b[j].norm {
				cur[j+1], curC[j+1] = 0, false
				continue
			}
			cur[j+1] = prev[j] + 1
			curC[j+1] = prevC[j] || a[i].concept != ""
			if curC[j+1] && cur[j+1] > best {
				best, aEnd, bEnd = cur[j+1], i, j
			}
		}
		prev, cur = cur, prev
		prevC, curC = curC, prevC
	}
	return best, aEnd, bEnd
}

// isContiguous reports whether the folded words of v occur contiguously
// in t: the same words, modulo punctuation and case.
func isContiguous(v, t []word) bool {
	if len(v) == 0 {
		return false
	}
	for i := 0; i+len(v) <= len(t); i++ {
		k := 0
		for k < len(v) && v[k].fold == t[i+k].fold {
			k++
		}
		if k == len(v) {
			return true
		}
	}
	return false
}
