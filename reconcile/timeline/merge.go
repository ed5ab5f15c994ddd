package timeline

import (
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/text"
)

// Merging: two events on the same date merge when they share at least
// minShared content words, making up at least minContain of the smaller
// event's words. Only events with the same date are compared, so the cost
// grows with the events per date, not with all pairs.
const (
	minShared  = 2
	minContain = 0.4
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
			if same(e.words, o.words) {
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

// absorb adds e to into.
func absorb(into, e *event) {
	if len(e.words) > len(into.words) {
		into.text, into.words = e.text, e.words
	}
	for _, id := range e.arts {
		if !contains(into.arts, id) {
			into.arts = append(into.arts, id)
		}
	}
	into.evidence = append(into.evidence, e.evidence...)
	into.inferred = append(into.inferred, e.inferred...)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
