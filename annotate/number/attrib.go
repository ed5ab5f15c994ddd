package number

import (
	"slices"
	"strings"
)

// mention is an entity mention inside one sentence.
type mention struct {
	start, end int
	name       string
}

// anchor is a place in a sentence where a figure is attributed to an
// entity: "according to X", "X reported", "said X", "figures from X".
type anchor struct {
	pos  int // byte offset of the cue
	name string
}

// gapWords may stand between a source and its reporting verb ("the
// Observatory has also reported", "the ministry on Tuesday said").
var gapWords = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "earlier": true, "previously": true,
	"later": true, "on": true, "last": true, "this": true, "separately": true, "then": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "s": true, "’": true, "'": true,
}

// anchors lists the attributions in a sentence's tokens, given the entity
// mentions inside it (sorted by start).
func anchors(toks []token, ms []mention, buf []anchor) []anchor {
	if len(ms) == 0 {
		return buf
	}
	for k, t := range toks {
		if t.kind != word {
			continue
		}
		switch {
		case t.low == "according" && at(toks, k+1).low == "to":
			if m, ok := mentionAfter(toks, ms, k+2, 60); ok {
				buf = append(buf, anchor{t.start, m.name})
			}
		case reportVerbs[t.low]:
			if m, ok := mentionBefore(toks, ms, k); ok {
				buf = append(buf, anchor{t.start, m.name})
			} else if m, ok := mentionAfter(toks, ms, k+1, 5); ok {
				buf = append(buf, anchor{t.start, m.name}) // "said the ministry"
			}
		case sourceNouns[t.low] && (at(toks, k+1).low == "from" || at(toks, k+1).low == "by"):
			if m, ok := mentionAfter(toks, ms, k+2, 5); ok {
				buf = append(buf, anchor{t.start, m.name})
			}
		}
	}
	return buf
}

// mentionAfter returns the first mention that starts at or after token k,
// no more than limit bytes after it, with no comma or semicolon between.
func mentionAfter(toks []token, ms []mention, k, limit int) (mention, bool) {
	if k >= len(toks) {
		return mention{}, false
	}
	from := toks[k].start
	i, _ := slices.BinarySearchFunc(ms, from, func(m mention, pos int) int { return m.start - pos })
	if i == len(ms) || ms[i].start-from > limit {
		return mention{}, false
	}
	for j := k; j < len(toks) && toks[j].start < ms[i].start; j++ {
		if toks[j].text == "," || toks[j].text == ";" {
			return mention{}, false
		}
	}
	return ms[i], true
}

// mentionBefore returns the mention that ends just before the verb at token
// v, with only gap words between ("The Observatory reported Tuesday").
func mentionBefore(toks []token, ms []mention, v int) (mention, bool) {
	j := v - 1
	for n := 0; j >= 0 && n < 4 && gapWords[strings.ToLower(toks[j].text)]; n++ {
		j--
	}
	if j < 0 {
		return mention{}, false
	}
	end := toks[j].end
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].end <= end && ms[i].end >= toks[j].start {
			return ms[i], true
		}
		if ms[i].end < toks[j].start {
			break
		}
	}
	return mention{}, false
}

// nearest returns the name of the anchor closest to byte offset pos, or "".
func nearest(as []anchor, pos int) string {
	best, dist := "", -1
	for _, a := range as {
		d := a.pos - pos
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = a.name, d
		}
	}
	return best
}
