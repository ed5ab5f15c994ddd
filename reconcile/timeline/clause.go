package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// clause is the part of a sentence a date belongs to, as a byte span of
// the article's Text, and its text trimmed for display.
type clause struct {
	start, end int
	text       string
}

// minEventWords is the number of content words, besides the date itself,
// a clause needs to be an event rather than a date line or a byline.
const minEventWords = 3

// clauseOf returns the clause of a's sentence that date d belongs to: the
// sentence, cut at semicolons, colons and spaced dashes around d, without
// a leading "On <date>,". It reports false for metadata (the date the
// publication date was read from, a sentence with too few other words).
func clauseOf(a *parallax.Annotated, d parallax.Date) (clause, bool) {
	if a.PublishedEvidence != "" && strings.Contains(a.PublishedEvidence, d.Text) {
		return clause{}, false
	}
	s := a.Sentences[d.Sentence]
	doc := a.Text
	if d.Start < s.Start || d.End > s.End || s.End > len(doc) || inName(doc, s, d) {
		return clause{}, false
	}
	lo, hi := s.Start, s.End
	if i := lastCut(doc[s.Start:d.Start]); i >= 0 {
		lo = s.Start + i
	}
	if i := firstCut(doc[d.End:s.End]); i >= 0 {
		hi = d.End + i
	}
	lo, hi = narrow(doc, lo, hi, d)
	for lo < hi && isSpaceOrDash(doc[lo]) {
		lo++
	}
	for hi > lo && doc[hi-1] == ' ' {
		hi--
	}
	rest := doc[lo:d.Start] + " " + doc[d.End:hi]
	if n := countWords(rest); n < minEventWords {
		return clause{}, false
	}
	return clause{start: lo, end: hi, text: display(trimDatePrefix(doc[lo:hi], doc[d.Start:d.End]))}, true
}

// cuts are the separators at which a sentence splits into clauses.
var cuts = []string{"; ", ": ", " – ", " — ", " - "}

func lastCut(s string) int {
	best := -1
	for _, c := range cuts {
		if i := strings.LastIndex(s, c); i >= 0 && i+len(c) > best {
			best = i + len(c)
		}
	}
	return best
}

func firstCut(s string) int {
	best := -1
	for _, c := range cuts {
		if i := strings.Index(s, c); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func isSpaceOrDash(b byte) bool { return b == ' ' || b == '-' || b == '\n' }

// countWords counts the content words of s that are not numbers.
func countWords(s string) int {
	n := 0
	for _, w := range text.ContentWords(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// trimDatePrefix removes a leading "On <date>," from c, where date is the
// date expression, and capitalises what follows.
func trimDatePrefix(c, date string) string {
	rest := c
	if low := strings.ToLower(rest); strings.HasPrefix(low, "on ") && !strings.HasPrefix(strings.ToLower(date), "on ") {
		rest = rest[3:]
	}
	if !strings.HasPrefix(rest, date) {
		return c
	}
	rest = strings.TrimLeft(rest[len(date):], " ,")
	if rest == "" {
		return c
	}
	r, size := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[size:]
}

// evidenceOf cites clause c of sentence si of a, in character offsets.
func evidenceOf(a *parallax.Annotated, si int, c clause) parallax.Evidence {
	start := utf8.RuneCountInString(a.Text[:c.start])
	return parallax.Evidence{Article: a.ID, Sentence: si, Text: a.Text[c.start:c.end],
		Start: start, End: start + utf8.RuneCountInString(a.Text[c.start:c.end])}
}

// deictic are the one-word dates that, capitalised inside a sentence, are
// more likely part of a name ("Kelmar Today") than a date.
var deictic = map[string]bool{"today": true, "tomorrow": true, "yesterday": true, "tonight": true}

// inName reports whether d is a capitalised deictic word inside sentence s.
func inName(doc string, s parallax.Sentence, d parallax.Date) bool {
	if d.Start == s.Start || !deictic[strings.ToLower(d.Text)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text)
	return unicode.IsUpper(r)
}

// display tidies a clause cut out of its sentence for showing: a comma
// left before a closing quotation mark or at the end goes, a clause cut
// before its sentence's end gets a full stop, and the first letter is
// capitalised.
func display(c string) string {
	c = strings.TrimRight(c, " ,")
	for _, q := range []string{",”", ",\""} {
		if strings.HasSuffix(c, q) {
			c = c[:len(c)-len(q)] + q[1:]
		}
	}
	if needsStop(c) {
		c += "."
	}
	r, size := utf8.DecodeRuneInString(c)
	return string(unicode.ToUpper(r)) + c[size:]
}

// needsStop reports whether c ends without sentence punctuation, inside or
// just before a closing quotation mark.
func needsStop(c string) bool {
	last, n := utf8.DecodeLastRuneInString(c)
	if last == '”' || last == '"' || last == '’' {
		last, _ = utf8.DecodeLastRuneInString(c[:len(c)-n])
	}
	return unicode.IsLetter(last) || unicode.IsDigit(last)
}
