package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize unifies line endings to "\n", turns every horizontal space
// (tabs, non-breaking and typographic spaces) into a plain space and removes
// zero-width characters, soft hyphens and other control characters.
func normalize(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		if c := raw[i]; c >= 0x20 && c < 0x7f { // printable ASCII: as is
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteByte('\n')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width and soft hyphen: dropped
		case r == utf8.RuneError && size == 1:
			b.WriteRune(unicode.ReplacementChar)
		case unicode.IsSpace(r) || unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lines returns the lines of normalize(raw) with runs of spaces collapsed
// and ends trimmed; empty lines are kept as "" to mark paragraph breaks.
func lines(raw string) []string {
	out := strings.Split(normalize(raw), "\n")
	for i, l := range out {
		if strings.Contains(l, "  ") || strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
			out[i] = strings.Join(strings.Fields(l), " ")
		}
	}
	return out
}

// paragraphs returns the non-empty lines of raw, rejoining a hard-wrapped
// line with the next line of the same block when it stops mid-sentence (no
// closing punctuation) and the next line starts in lower case.
func paragraphs(raw string) []string {
	var out []string
	prevOpen := false // the last paragraph may continue on the next line
	for _, l := range lines(raw) {
		if l == "" {
			prevOpen = false
			continue
		}
		if prevOpen && startsLower(l) {
			out[len(out)-1] += " " + l
		} else {
			out = append(out, l)
		}
		prevOpen = !endsClosed(out[len(out)-1])
	}
	return out
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsClosed reports whether s ends with punctuation that closes a sentence
// or a heading-like line.
func endsClosed(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"”’'»)]…", r)
}

// findMastheads finds the outlet's name repeated or displayed at the top of
// the page ("NORTHWIND DAILY", "Northwind Daily 4 Min Read") and records it
// as masthead lines to remove and as an outlet cue.
func (c *Cleaned) findMastheads(paras []string) {
	top := len(paras)
	for i, p := range paras {
		if i >= 10 || looksLikeSentence(p) {
			top = i
			break
		}
	}
	counts := make(map[string]int)
	for _, p := range paras {
		if name := mastheadCandidate(p); len(name) <= maxMastheadLen {
			counts[fold(name)]++
		}
	}
	c.mastheads = make(map[string]bool)
	for i := 0; i < top; i++ {
		name := mastheadCandidate(paras[i])
		if name == "" || len(name) > maxMastheadLen || !nameLike(name) || len(strings.Fields(name)) > 4 {
			continue
		}
		if isSectionLabel(name) {
			c.mastheads[fold(name)] = true // removed, but names no outlet
			continue
		}
		repeated := counts[fold(name)] >= 2
		if !repeated && !(mastheadLike(name) && !isLoneTitle(paras, i)) {
			continue
		}
		c.mastheads[fold(name)] = true
		c.setOutlet(name, EvidenceMasthead)
	}
}

// maxMastheadLen is the longest line, in bytes, taken for a masthead.
const maxMastheadLen = 60

// mastheadCandidate is p without a glued reading-time note.
func mastheadCandidate(p string) string {
	if prefix, ok := readingTimePrefix(p); ok {
		return prefix
	}
	return p
}

// isLoneTitle reports whether paras[i] is the first line and stands
// alone as the page's headline: a display line shown first is taken as the
// title unless another headline-like line follows it.
func isLoneTitle(paras []string, i int) bool {
	if i != 0 {
		return false
	}
	return len(paras) < 2 || !headlineLike(paras[1]) || looksLikeSentence(paras[1])
}
