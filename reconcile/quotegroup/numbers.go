package quotegroup

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Figures: two renderings that count the same thing with figures further
// apart than rounding put different numbers in the speaker's mouth.
const (
	roundingShare = 0.05 // relative gap a rounding word ("about") covers
	countReach    = 3    // words between a figure and the thing it counts
	figureMargin  = 4    // words around the centre's window searched for figures
)

// approximators are the rounding words that may stand before a figure.
var approximators = map[string]bool{
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "some": true, "over": true, "more": true, "under": true,
	"less": true, "fewer": true, "up": true, "estimated": true, "close": true,
}

// multipliers scale the figure before them ("14 million").
var multipliers = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
}

// figure is a number in a rendering: its value, whether a rounding word
// qualifies it, the content concepts next to it (what it counts), and the
// index of its word.
type figure struct {
	value       float64
	approx      bool
	prev, next  string
	first, last int // word indices of the figure (with its multiplier)
}

// figures returns the figures of ws.
func figures(ws []word) []figure {
	var out []figure
	for i := 0; i < len(ws); i++ {
		if !strings.HasPrefix(ws[i].concept, "#") {
			continue
		}
		v, err := strconv.ParseFloat(ws[i].concept[1:], 64)
		if err != nil {
			continue
		}
		f := figure{value: v, first: i, last: i}
		if i+1 < len(ws) && multipliers[ws[i+1].fold] > 0 {
			f.value *= multipliers[ws[i+1].fold]
			f.last = i + 1
		}
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if approximators[ws[j].fold] {
				f.approx = true
			}
		}
		f.next = neighbour(ws, f.last+1, 1)
		f.prev = neighbour(ws, i-1, -1)
		out = append(out, f)
		i = f.last
	}
	return out
}

// neighbour returns the first content concept from ws[i] on in direction
// step, within countReach words, or "" (a figure is not a counted thing).
func neighbour(ws []word, i, step int) string {
	for k := 0; k < countReach && i >= 0 && i < len(ws); k, i = k+1, i+step {
		c := ws[i].concept
		if strings.HasPrefix(c, "#") {
			return ""
		}
		if c != "" && !approximators[ws[i].fold] {
			return c
		}
	}
	return ""
}

// sameCount reports whether figures a and b count the same thing: the
// same concept follows both, or the same one precedes both.
func sameCount(a, b figure) bool {
	return a.next != "" && a.next == b.next || a.prev != "" && a.prev == b.prev
}

// agree reports whether a and b are the same figure, allowing the gap a
// rounding word covers when either has one.
func agree(a, b figure) bool {
	if a.value == b.value {
		return true
	}
	if !a.approx && !b.approx {
		return false
	}
	return math.Abs(a.value-b.value) <= roundingShare*math.Max(a.value, b.value)
}

// figureDiff reports a figure of v that counts the same thing as a figure
// of the centre t near v's window [lo, hi) but differs from it beyond
// rounding, naming both figures; "" when there is none.
func figureDiff(v item, t item, lo, hi int) string {
	lo, hi = max(lo-figureMargin, 0), min(hi+figureMargin, len(t.ws))
	tf := figures(t.ws[lo:hi])
	for _, a := range figures(v.ws) {
		var other *figure
		matched := false
		for k := range tf {
			b := tf[k]
			if !sameCount(a, b) {
				continue
			}
			if agree(a, b) {
				matched = true
				break
			}
			if other == nil {
				other = &tf[k]
			}
		}
		if !matched && other != nil {
			return fmt.Sprintf("gives %q where the fullest version gives %q",
				span(v.q.Text, v.ws, a.first, a.last),
				span(t.q.Text, t.ws[lo:hi], other.first, other.last))
		}
	}
	return ""
}
