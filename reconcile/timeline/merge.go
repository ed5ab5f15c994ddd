package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/text"
)

// Merging: two events on the same date merge only when they say the same
// thing: they share at least minShared content words, making up at least
// minContain of the smaller event's words (numbers and date names left
// out), and they give no different figures (a toll of 212 and one of 236
// are two reports, even by one source on one day). Sharing the actors or
// the source alone is not enough: an event of six words needs three in
// common, one of twelve needs six, with the attribution ("according to
// …", ", the ministry said") cut before comparing. Only events
// with the same date are compared, so the cost grows with the events per
// date, not with all pairs.
const (
	minShared  = 3
	minContain = 0.5
)

// dateWords are the folded stems of month and weekday names, left out of
// the comparison because every event on a date shares them.
var dateWords = stems(`january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday`)

func stems(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range text.ContentWords(s) {
		m[w] = true
	}
	return m
}

// figureSet returns the numbers of s that are not years, as written
// without thousands separators.
func figureSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, t := range text.Tokens(s) {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsDigit(r) {
			continue
		}
		n := strings.ReplaceAll(t.Text, ",", "")
		if len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
			continue
		}
		m[n] = true
	}
	return m
}

// sameFigures reports whether two events' figures agree: one gives none,
// or they share one.
func sameFigures(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for n := range a {
		if b[n] {
			return true
		}
	}
	return false
}

// contentSet returns the content words of s, without numbers and date
// names.
func contentSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range text.ContentWords(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) || dateWords[w] {
			continue
		}
		m[w] = true
	}
	return m
}

// merge joins the events that report the same thing on the same date; the
// merged event keeps the fullest text and cites every article.
func merge(evs []*event) []*event {
	byDate := make(map[string][]*event)
	var out []*event
	for _, e := range evs {
		key := isoDate(e.day, e.gran)
		var into *event
		for _, o := range byDate[key] {
			if o.says(e) {
				into = o
				break
			}
		}
		if into == nil {
			byDate[key] = append(byDate[key], e)
			out = append(out, e)
			continue
		}
		absorb(into, e)
	}
	return out
}

// says reports whether e says what o, or one of the wordings merged into
// o, says.
func (o *event) says(e *event) bool {
	if !sameFigures(e.figures, o.figures) {
		return false
	}
	if same(e.words, o.words) {
		return true
	}
	for _, w := range o.texts {
		if same(e.words, w.words) {
			return true
		}
	}
	return false
}

func same(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n >= minShared && float64(n) >= minContain*float64(len(a))
}

// absorb adds e to into; the merged event's text is chosen when the
// events are output (centralText).
func absorb(into, e *event) {
	if len(into.texts) == 0 {
		into.texts = []wording{{into.text, into.words}}
	}
	into.texts = append(into.texts, wording{e.text, e.words})
	for _, id := range e.arts {
		if !contains(into.arts, id) {
			into.arts = append(into.arts, id)
		}
	}
	into.evidence = append(into.evidence, e.evidence...)
	into.inferred = append(into.inferred, e.inferred...)
}

// wording is one article's text of a merged event.
type wording struct {
	text  string
	words map[string]bool
}

// centralText returns the wording of a merged event that shares the most
// words with the others (the one they agree with best, rather than the
// longest, which tends to carry one article's extras); ties go to the
// fuller, then the first.
func centralText(ws []wording) string {
	best, bestScore := 0, -1
	for i, w := range ws {
		score := 0
		for j, o := range ws {
			if i != j {
				score += shared(w.words, o.words)
			}
		}
		if score > bestScore || score == bestScore && len(w.words) > len(ws[best].words) {
			best, bestScore = i, score
		}
	}
	return ws[best].text
}

func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
