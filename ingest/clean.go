package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Cleaned is text pasted from a web page with the page furniture taken out.
type Cleaned struct {
	// Title is the headline taken from the first line; "" when the text
	// does not start with one. It is not part of Text.
	Title string
	// Text is the kept body, one paragraph a line, lines joined by "\n".
	Text string
	// Removed lists, in the order they were found, the lines and line
	// prefixes (credits, datelines, date cues) taken out of the text.
	Removed []string
	// Outlet is the outlet named by a credit line, dateline or masthead;
	// OutletEvidence says which ("" when Outlet is "").
	Outlet         string
	OutletEvidence string
	// Published is the date a metadata line or prefix gives ("Posted 14
	// June 2023 at 07.48"), nil when there is none; PublishedEvidence
	// quotes those words and PublishedPrecision says how much they state
	// (PrecisionFull, PrecisionLocal or PrecisionDate).
	Published          *time.Time
	PublishedEvidence  string
	PublishedPrecision string

	mastheads map[string]bool // folded masthead names
	updated   bool            // Published came from an "Updated" cue
	inBody    bool            // an article sentence has been kept
}

// Clean removes boilerplate from text pasted from a web page and collects the
// outlet and date cues it finds. Line endings, non-breaking and zero-width
// characters are normalised and hard-wrapped lines rejoined; every kept line
// is a (whitespace-normalised) piece of the input. Article sentences (8 or
// more words with sentence punctuation) are removed only when they match a
// strong boilerplate pattern such as a cookie notice or comment form.
func Clean(raw string) Cleaned {
	paras := paragraphs(raw)
	var c Cleaned
	c.findMastheads(paras)
	kept := make([]string, 0, len(paras))
	for _, p := range paras {
		if c.drop(p, kept) {
			c.Removed = append(c.Removed, p)
			continue
		}
		kept = append(kept, p)
		c.inBody = c.inBody || looksLikeSentence(p)
	}
	kept = c.takeTitle(kept)
	kept = c.stripLead(kept)
	kept = c.dropOutletLines(kept)
	c.Text = strings.Join(kept, "\n")
	return c
}

// drop reports whether paragraph p is furniture, noting any date it states.
func (c *Cleaned) drop(p string, kept []string) bool {
	if prefix, ok := readingTimePrefix(p); ok && len(strings.Fields(prefix)) <= 5 {
		return true
	}
	if len(p) <= maxMastheadLen && c.mastheads[fold(p)] {
		return true
	}
	if c.metadataLine(p) || isBoilerplate(p) {
		return true
	}
	// A paragraph repeated right after itself (a headline shown twice).
	return len(kept) > 0 && strings.EqualFold(kept[len(kept)-1], p)
}

// metadataLine reports whether p consists only of date cues, bylines and
// reading times, possibly separated by "|" or "·" ("By Ana Reyes | Published
// 3 March 2025 | 4 min read"), and notes the dates. Above the first article
// sentence a bare date ("Monday, 10 March 2025") counts as a cue.
func (c *Cleaned) metadataLine(p string) bool {
	if len(p) > 160 || !strings.ContainsAny(p, "0123456789") { // every cue holds a date
		return false
	}
	if c.dateCues(p) || undatedCue(p) {
		return true
	}
	if !strings.ContainsAny(p, "|·•") {
		return false
	}
	found := false
	for _, seg := range strings.FieldsFunc(p, func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		seg = strings.TrimSpace(seg)
		if c.dateCues(seg) || undatedCue(seg) {
			found = true
			continue
		}
		if seg != "" && !byline.MatchString(seg) && !isBoilerplate(seg) {
			return false
		}
	}
	return found
}

// dateCues reports whether seg is one or more date cues ("Published 3 March
// 2025, updated 4 March 2025") and notes their dates.
func (c *Cleaned) dateCues(seg string) bool {
	var found []func()
	for seg != "" {
		d, ok := dateCueAt(seg, !c.inBody)
		if !ok {
			return false
		}
		found = append(found, func() { c.noteDate(d) })
		seg = strings.TrimLeft(seg[len(d.evidence):], " ,;–—-")
	}
	for _, note := range found {
		note()
	}
	return len(found) > 0
}

// noteDate keeps the first publication date, preferring it to an update.
func (c *Cleaned) noteDate(d dateStamp) {
	if c.Published != nil && (d.updated || !c.updated) {
		return
	}
	c.Published, c.PublishedEvidence, c.PublishedPrecision, c.updated = &d.t, d.evidence, d.precision, d.updated
}

// takeTitle moves a headline-like first line, followed by more text, to Title.
func (c *Cleaned) takeTitle(kept []string) []string {
	if len(kept) < 2 || !headlineLike(kept[0]) {
		return kept
	}
	c.Title = kept[0]
	return kept[1:]
}

// headlineLike reports whether line reads like a headline: 2 to 20 words,
// starting with a capital, digit or quote, and not ending in a full stop,
// comma, colon or semicolon.
func headlineLike(line string) bool {
	n := len(strings.Fields(line))
	if n < 2 || n > 20 || len(line) > 200 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune("\"'“‘«", first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:…-–—/|", last) {
		return false
	}
	_, _, _, credit := leadingCredit(line)
	_, _, _, dateline := leadingDateline(line)
	return !credit && !dateline
}

// stripLead takes date cues, a credit line and a dateline off the start of
// the body, in any order; when they fill the whole first line, the next line
// is looked at too.
func (c *Cleaned) stripLead(kept []string) []string {
	for len(kept) > 0 {
		line := c.stripCues(kept[0])
		if line != "" {
			kept[0] = line
			return kept
		}
		kept = kept[1:]
	}
	return kept
}

// stripCues removes leading cues from line and returns the rest.
func (c *Cleaned) stripCues(line string) string {
	for i := 0; i < 4 && line != ""; i++ {
		if d, ok := dateCueAt(line, false); ok && !strings.HasPrefix(strings.TrimSpace(line[len(d.evidence):]), ",") {
			c.noteDate(d)
			c.Removed = append(c.Removed, d.evidence)
			line = strings.TrimLeft(line[len(d.evidence):], " |·•;–—-")
		} else if name, prefix, rest, ok := leadingCredit(line); ok {
			c.setOutlet(name, EvidenceCredit)
			c.Removed = append(c.Removed, prefix)
			line = rest
		} else if name, prefix, rest, ok := leadingDateline(line); ok {
			c.setOutlet(name, EvidenceDateline)
			c.Removed = append(c.Removed, prefix)
			line = rest
		} else if prefix, rest, ok := leadingSection(line); ok {
			c.Removed = append(c.Removed, prefix)
			line = rest
		} else {
			break
		}
	}
	return line
}

// leadingSection splits a section label glued to the body ("World. The
// ferry…") off line.
func leadingSection(line string) (prefix, rest string, ok bool) {
	i := strings.Index(line, ". ")
	if i <= 0 || i > 20 || !isSectionLabel(line[:i]) || strings.ContainsRune(line[:i], ' ') {
		return "", line, false
	}
	rest = line[i+2:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return "", line, false
	}
	return line[:i+1], rest, true
}

// setOutlet records a text cue for the outlet; a credit line outranks a
// dateline, which outranks a masthead.
func (c *Cleaned) setOutlet(name, evidence string) {
	rank := map[string]int{"": 0, EvidenceMasthead: 1, EvidenceDateline: 2, EvidenceCredit: 3}
	if rank[evidence] > rank[c.OutletEvidence] {
		c.Outlet, c.OutletEvidence = name, evidence
	}
}

// dropOutletLines removes lines that are only the outlet's name.
func (c *Cleaned) dropOutletLines(kept []string) []string {
	if c.Outlet == "" {
		return kept
	}
	name := strings.Join(strings.Fields(c.Outlet), " ") // kept lines are single-spaced
	out := kept[:0]
	for _, p := range kept {
		if strings.EqualFold(p, name) {
			c.Removed = append(c.Removed, p)
			continue
		}
		out = append(out, p)
	}
	return out
}
