package quotegroup

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax"
)

// Thresholds of the grades.
const (
	closeLCS      = 0.6 // share of a close variant's words found in order in the fullest version
	sameClaimCov  = 0.6 // share of concepts two renderings must share to compare their polarity or modality
	divergentRun  = 3   // unsupported content words in a row that make a new claim
	consensusArts = 2   // other articles that must agree on the words a divergent variant replaces
	newClaimShare = 0.4 // share of a divergent variant's concepts no other rendering supports
)

// grade returns the fidelity of member m of c to c's centre, and for a
// divergent one what differs. When unsure it grades paraphrase: divergent
// needs a flipped negation, a different number (a figure for the same
// counted thing beyond rounding, see numbers.go), actor or modality, or a
// run of words no other rendering supports in place of words several
// others agree on. Omitting part of the statement is never divergence.
func grade(items []item, c *cluster, m member) (parallax.Fidelity, string) {
	if m.item == c.center {
		return parallax.Verbatim, ""
	}
	v, t := items[m.item], items[c.center]
	if isContiguous(v.ws, t.ws) {
		return parallax.Verbatim, ""
	}
	w := t.ws[m.win.lo:m.win.hi]
	if why := divergence(items, c, m, w); why != "" {
		return parallax.Divergent, why
	}
	wset := conceptSet(w)
	for cpt := range v.set {
		if !wset[cpt] {
			return parallax.Paraphrase, ""
		}
	}
	if n := normLen(v.ws); n > 0 && float64(lcs(v.ws, w)) >= closeLCS*float64(n) {
		return parallax.Close, ""
	}
	return parallax.Paraphrase, ""
}

// divergence returns what makes v put a different claim in the speaker's
// mouth than w (its window in the centre), or "".
func divergence(items []item, c *cluster, m member, w []word) string {
	v, t := items[m.item], items[c.center]
	support := supportOf(items, c, v.origin)
	cov := 0.0
	if len(v.set) > 0 {
		cov = float64(m.win.covered) / float64(len(v.set))
	}
	if cov >= sameClaimCov {
		if why := negationDiff(v, t.q.Text, w); why != "" {
			return why
		}
		if why := modalityDiff(v, w); why != "" {
			return why
		}
	}
	if why := figureDiff(v, t, m.win.lo, m.win.hi); why != "" {
		return why
	}
	if why := valueDiff(v, t.q.Text, w, support, func(x word) bool { return strings.HasPrefix(x.concept, "#") }, "gives"); why != "" {
		return why
	}
	if why := valueDiff(v, t.q.Text, w, support, func(x word) bool { return x.actor }, "names"); why != "" {
		return why
	}
	return newClaim(items, c, v, t, w, support)
}

// supportOf returns the concepts of the renderings in c from articles other
// than origin.
func supportOf(items []item, c *cluster, origin string) map[string]bool {
	s := make(map[string]bool)
	for _, m := range c.members {
		if it := items[m.item]; it.origin != origin {
			for cpt := range it.set {
				s[cpt] = true
			}
		}
	}
	return s
}

// negationDiff reports a content word both renderings have, negated in one
// only.
func negationDiff(v item, ttext string, w []word) string {
	nv, nw := negated(v.ws), negated(w)
	for cpt, iv := range nv {
		if _, ok := nw[cpt]; !ok {
			if jw := find(w, cpt); jw >= 0 && !nearNegation(w, jw) {
				return fmt.Sprintf("negation differs: %q where the fullest version has %q",
					span(v.q.Text, v.ws, iv-1, iv), span(ttext, w, jw-1, jw))
			}
		}
	}
	for cpt, jw := range nw {
		if _, ok := nv[cpt]; !ok {
			if iv := find(v.ws, cpt); iv >= 0 && !nearNegation(v.ws, iv) {
				return fmt.Sprintf("negation differs: %q where the fullest version has %q",
					span(v.q.Text, v.ws, iv-1, iv), span(ttext, w, jw-1, jw))
			}
		}
	}
	return ""
}

// negated maps the content concepts that follow a negation (the first
// content word after it) to their index.
func negated(ws []word) map[string]int {
	m := make(map[string]int)
	for i, x := range ws {
		if !x.neg {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+4; j++ {
			if ws[j].concept != "" {
				if !strings.HasPrefix(ws[j].concept, "@") {
					m[ws[j].concept] = j
				}
				break
			}
		}
	}
	return m
}

func nearNegation(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if ws[j].neg {
			return true
		}
		if ws[j].concept != "" {
			return false
		}
	}
	return false
}

func find(ws []word, cpt string) int {
	for i, x := range ws {
		if x.concept == cpt {
			return i
		}
	}
	return -1
}

// modalityDiff reports renderings whose modal verbs assert different
// things ("may" against "must").
func modalityDiff(v item, w []word) string {
	mv, mw := modals(v.ws), modals(w)
	if len(mv) == 0 || len(mw) == 0 {
		return ""
	}
	for c := range mv {
		if mw[c] != "" {
			return ""
		}
	}
	return fmt.Sprintf("modality differs: %q where the fullest version has %q", first(mv), first(mw))
}

func modals(ws []word) map[string]string {
	m := make(map[string]string)
	for _, x := range ws {
		if x.modal != "" && m[x.modal] == "" {
			m[x.modal] = x.fold
		}
	}
	return m
}

func first(m map[string]string) string {
	for _, k := range []string{"must", "will", "can"} {
		if m[k] != "" {
			return m[k]
		}
	}
	return ""
}

func normLen(ws []word) int {
	n := 0
	for _, x := range ws {
		if x.norm != "" {
			n++
		}
	}
	return n
}
