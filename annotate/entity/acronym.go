package entity

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// learnAcronyms links acronyms to the names the article defines them with:
// "Full Name (ABC)", "ABC (Full Name)", "the Full Name, or ABC," and the
// appositions "ABC, the Full Name,", "Full Name, ABC," and "Full Name,
// known as ABC,". The
// acronym's letters must all be initials of the name's words, so that
// "Coastal Workers' Party (CWP)" and even a reordered "(PCW)" are accepted
// while "Amara Kessy (NDP)" is not.
func (d *docState) learnAcronyms() {
	for i := 0; i+1 < len(d.cands); i++ {
		c, n := &d.cands[i], &d.cands[i+1]
		if n.a != c.b || c.b-c.a < 2 && !c.acronym {
			continue
		}
		s := sep(d.doc, &d.toks[c.b-1], &d.toks[n.a])
		var full, acr *cand
		switch {
		case n.acronym && !c.acronym && bracketed(s, d.after(n.b-1)):
			full, acr = c, n
		case c.acronym && !n.acronym && n.b-n.a >= 2 && bracketed(s, d.after(n.b-1)):
			full, acr = n, c
		}
		if full == nil || full.gaz != nil && full.gaz.e.kind == country {
			continue
		}
		if fits(d.toks[acr.a].key, full.key) {
			full.expansion = true
			acr.defined = full
		}
	}
	d.orAcronyms()
	d.appositions()
}

// orAcronyms finds "the Full Name, or ABC," definitions.
func (d *docState) orAcronyms() {
	for i := range d.cands {
		c := &d.cands[i]
		if c.b-c.a < 2 || c.b+1 >= len(d.toks) {
			continue
		}
		or, ac := &d.toks[c.b], &d.toks[c.b+1]
		if or.key != "or" || !ac.upper || notAcronyms[ac.key] || ac.sent != d.toks[c.a].sent ||
			sep(d.doc, &d.toks[c.b-1], or) != ", " || sep(d.doc, or, ac) != " " {
			continue
		}
		for k := i + 1; k < len(d.cands); k++ {
			if d.cands[k].a == c.b+1 && d.cands[k].acronym && fits(ac.key, c.key) {
				d.cands[k].defined = c
				c.expansion = true
			}
		}
	}
}

// after returns the text after token i up to the next token of its sentence.
func (d *docState) after(i int) string {
	if i+1 < len(d.toks) {
		return sep(d.doc, &d.toks[i], &d.toks[i+1])
	}
	return d.doc[d.toks[i].end:]
}

// bracketed reports whether the separators around the second run open and
// close brackets.
func bracketed(before, after string) bool {
	return strings.HasSuffix(strings.TrimSpace(before), "(") && strings.HasPrefix(after, ")")
}

// fits reports whether every letter of acronym key acr is the initial of a
// word of the name key full (connectors such as "of" and "al" excluded), and
// the acronym is no longer than the name has words, plus one.
func fits(acr, full string) bool {
	var initials []rune
	for w := range strings.FieldsSeq(full) {
		if nameConnectors[w] {
			continue
		}
		initials = append(initials, []rune(w)[0])
	}
	letters := []rune(acr)
	if len(letters) < 2 || len(letters) > len(initials)+1 {
		return false
	}
	for _, r := range letters {
		if !unicode.IsLetter(r) {
			continue
		}
		if !strings.ContainsRune(string(initials), r) {
			return false
		}
	}
	return true
}

// appositions finds acronyms defined by an apposition without brackets:
// "the ABC, the Full Name, said", "the Full Name, ABC, said" and "the Full
// Name, known as ABC,". With no brackets to mark a definition, the acronym
// must spell the initials of the name's content words, all of them.
func (d *docState) appositions() {
	for i := 0; i+1 < len(d.cands); i++ {
		c, n := &d.cands[i], &d.cands[i+1]
		if d.toks[c.a].sent != d.toks[n.a].sent || !closesApposition(d.after(n.b-1)) {
			continue
		}
		var full, acr *cand
		switch {
		case c.acronym && !n.acronym && d.between(c.b, n.a, ", the "):
			full, acr = n, c
		case n.acronym && !c.acronym && (d.between(c.b, n.a, ", ") || d.between(c.b, n.a, ", known as ")):
			full, acr = c, n
		}
		if full == nil || acr.defined != nil || full.b-full.a < 2 || full.gaz != nil && full.gaz.e.kind == country {
			continue
		}
		if spells(d.toks[acr.a].key, full.key) {
			full.expansion = true
			acr.defined = full
		}
	}
}

// between reports whether the text from the end of token a-1 to the start
// of token b, its words folded, reads want (", the ", ", known as ").
func (d *docState) between(a, b int, want string) bool {
	if a < 1 || b >= len(d.toks) || b < a {
		return false
	}
	got := d.doc[d.toks[a-1].end:d.toks[b].start]
	return strings.EqualFold(got, want)
}

// closesApposition reports whether the text after an apposition's second
// part closes it: a comma, a full stop or a closing bracket.
func closesApposition(after string) bool {
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, ")")
}

// spells reports whether acronym key acr is the initials of the content
// words of name key full, in order: "nla" for "northern liberation army".
func spells(acr, full string) bool {
	var initials []rune
	for w := range strings.FieldsSeq(full) {
		if !nameConnectors[w] {
			initials = append(initials, []rune(w)[0])
		}
	}
	var letters []rune
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	return len(letters) >= 2 && string(letters) == string(initials)
}

// maxBodyWords is the most words between "the" and the body noun of a
// description such as "the UN refugee agency".
const maxBodyWords = 4

// bodyDescriptions makes "the UN refugee agency (UNHCR)" a mention of the
// body the bracketed acronym names: a lower-case description ending in a
// body noun ("agency", "watchdog"), opened by "the", right before an
// acronym in brackets that names a known organisation or group.
func (d *docState) bodyDescriptions() {
	for i := range d.cands {
		c := &d.cands[i]
		if !c.acronym || c.ent == nil || c.ent.typ != parallax.Organisation && c.ent.typ != parallax.Group {
			continue
		}
		s, _ := d.sentenceOf(c.a)
		h := c.a - 1
		if h <= s || d.toks[h].cap || !bodyNouns[d.toks[h].key] ||
			strings.TrimSpace(sep(d.doc, &d.toks[h], &d.toks[c.a])) != "(" || !strings.HasPrefix(d.after(c.a), ")") {
			continue
		}
		start := h - 1
		for start > s && h-start <= maxBodyWords && d.toks[start].key != "the" && !d.function(start) {
			start--
		}
		if d.toks[start].key != "the" || start == h-1 || !d.spaced(start, h+1) {
			continue
		}
		text, st, en := d.span(start, h+1)
		d.mentions = append(d.mentions, found{e: c.ent, desc: true,
			m: parallax.Mention{Text: text, Sentence: d.toks[h].sent, Start: st, End: en}})
	}
}

// bodyNouns end lower-case descriptions of organisations.
var bodyNouns = set(`agency body watchdog organisation organization office programme program
	fund commission authority council committee mission court tribunal bank union alliance
	federation regulator monitor`)
