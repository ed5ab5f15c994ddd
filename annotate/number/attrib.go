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
// mentions inside it (sorted by start). A source that names no entity but
// is a common source noun ("police", "the interior ministry") is kept as
// that phrase.
func anchors(toks []token, ms []mention, buf []anchor) []anchor {
	for k, t := range toks {
		if t.kind != word {
			continue
		}
		name := ""
		switch {
		case t.low == "according" && at(toks, k+1).low == "to":
			name = sourceAfter(toks, ms, k+2, 60)
		case reportVerbs[t.low]:
			if name = sourceBefore(toks, ms, k); name == "" && inverted(toks, k) {
				name = sourceAfter(toks, ms, k+1, 5) // "…, said the ministry."
			}
		case sourceNouns[t.low] && (at(toks, k+1).low == "from" || at(toks, k+1).low == "by"):
			name = sourceAfter(toks, ms, k+2, 5)
		}
		if name != "" {
			buf = append(buf, anchor{t.start, name})
		}
	}
	return buf
}

// inverted reports whether the reporting verb at token v follows a comma
// or closing quote, where its subject comes after it ("…, said the
// ministry").
func inverted(toks []token, v int) bool {
	switch at(toks, v-1).text {
	case ",", "”", "\"", "’", "'":
		return true
	}
	return false
}

// sourceAfter names the source starting at token k: an entity mention, or
// a common source phrase ("the interior ministry").
func sourceAfter(toks []token, ms []mention, k, limit int) string {
	if m, ok := mentionAfter(toks, ms, k, limit); ok {
		return m.name
	}
	if at(toks, k).low == "the" {
		k++
	}
	for j := k; j < k+3 && j < len(toks) && toks[j].kind == word && !capitalised(toks[j].text); j++ {
		if sourceHeads[toks[j].low] {
			return phrase(toks, k, j+1)
		}
	}
	return ""
}

// sourceBefore names the source ending just before the reporting verb at
// token v: an entity mention, or a common source phrase ("police").
func sourceBefore(toks []token, ms []mention, v int) string {
	if m, ok := mentionBefore(toks, ms, v); ok {
		return m.name
	}
	j := v - 1
	for n := 0; j >= 0 && n < 4 && gapWords[strings.ToLower(toks[j].text)]; n++ {
		j--
	}
	if j < 0 || toks[j].kind != word || !sourceHeads[toks[j].low] {
		return ""
	}
	i := j
	for i > 0 && j-i < 2 && toks[i-1].kind == word && !capitalised(toks[i-1].text) && !notNouns[toks[i-1].low] {
		i--
	}
	return phrase(toks, i, j+1)
}

// phrase joins the lower-case words of tokens [i, j).
func phrase(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return b.String()
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
	j = skipRelative(toks, j)
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

// skipRelative steps back over a relative clause between commas that ends
// at token j (", who is responsible for transport,") and returns the token
// before it; otherwise it returns j.
func skipRelative(toks []token, j int) int {
	if j < 0 || toks[j].text != "," {
		return j
	}
	for p := j - 1; p > 0 && p > j-16; p-- {
		if toks[p].text == "," {
			if w := at(toks, p+1).low; w == "who" || w == "which" {
				return p - 1
			}
			return j
		}
	}
	return j
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
