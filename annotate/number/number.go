// Package number finds the quantities stated in an article: what each one
// counts, the total it is part of, and who it is attributed to.
//
// Values are read from digits ("5,000", "3.5"), number words ("twelve",
// "a dozen", "two hundred"), multipliers ("1.2 million", "3bn", "$5m"),
// percentages ("40%", "40 per cent") and ranges ("between 3,000 and
// 8,000", "4,000-9,000", "from 20 to 30", "two or three"), which set Max.
// Vague quantities get as Value the least value the words guarantee, and
// no Max: "dozens" 24, "hundreds" 200, "several hundred" 200, "a few
// thousand" 2,000, "tens of thousands" 20,000; IsVague tells them from
// exact figures. A lone "one" is not read (it is more often a pronoun than
// a count).
//
// Not reported: the numbers of date expressions ("December 3", "in 2011",
// as found by package date), other four-digit years, clock times ("07.48",
// "10:30", "3 p.m.", "10am", "0900 GMT", "at 0930"), ordinals ("3rd"), list
// markers, numbers inside names ("F-16", "Route 9", an entity mention).
//
// Counts is what is counted, as a lower-case singular noun: "percent" for
// percentages, the currency for amounts of money, else the noun after the
// number, the event before it ("killing 40" → "death"), or the subject of a
// copular or change verb before it ("the death toll had risen to 571" →
// "death"); "" when unclear. PartOf links a part to its total ("318,
// including 47 farmers"; "among them 12 children"; "47 of whom").
// ReportedBy is the source named by the attribution nearest the number in
// its sentence ("according to X", "X said", "said X", "figures from X"):
// the canonical name of the entity mentioned there or, when the source is a
// common noun that names no entity, that phrase in lower case without its
// article ("police", "interior ministry", "union").
package number

import (
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
)

// Find returns the quantities stated in the sentences of doc, in text
// order. ents are the article's entities (their mentions attribute figures
// and mark names); nil is allowed. Start and End are byte offsets into doc
// and doc[Start:End] == Text.
func Find(doc string, sents []parallax.Sentence, ents []parallax.Entity) []parallax.Number {
	dates := date.Find(doc, sents, (*time.Time)(nil))
	ms := mentions(ents)
	out := make([]parallax.Number, 0, len(sents))
	toks := make([]token, 0, 64)
	var as []anchor
	var cs []cand
	for si, s := range sents {
		if s.Start < 0 || s.End > len(doc) || s.Start >= s.End {
			continue
		}
		toks = lex(doc[s.Start:s.End], s.Start, toks[:0])
		sm := within(ms, s.Start, s.End)
		cs = joinRanges(toks, candidates(toks, dates, sm, cs[:0]))
		as = anchors(toks, sm, as[:0])
		base := len(out)
		prev := ""
		for k, c := range cs {
			start, end := toks[c.from].start, toks[c.to-1].end
			n := parallax.Number{
				Value: c.value, Text: doc[start:end], Counts: counts(toks, c, prev),
				PartOf: partOf(toks, cs, k, out[base:], base), ReportedBy: nearest(as, start),
				Sentence: si, Start: start, End: end,
			}
			if c.max > 0 {
				m := c.max
				n.Max = &m
			}
			out = append(out, n)
			prev = n.Counts
		}
	}
	return out
}

// IsVague reports whether n is a vague quantity ("hundreds", "several
// hundred", "dozens"), whose Value is only the least value the words
// guarantee (Max is nil), rather than a figure or range written in digits
// or exact words.
func IsVague(n parallax.Number) bool {
	for _, w := range strings.Fields(strings.ToLower(n.Text)) {
		if vagueFactors[w] > 0 || vaguePlurals[w] > 0 {
			return true
		}
	}
	return false
}

// candidates reads the numbers of one sentence, leaving out those inside
// date expressions or entity mentions, appending them to cs.
func candidates(toks []token, dates []parallax.Date, ms []mention, cs []cand) []cand {
	for i := 0; i < len(toks); {
		c, next, ok := numberAt(toks, i)
		if ok && !covered(toks[c.from].start, toks[c.to-1].end, dates, ms) {
			cs = append(cs, c)
		}
		i = next
	}
	return cs
}

// covered reports whether [start, end) overlaps a date or a mention.
func covered(start, end int, dates []parallax.Date, ms []mention) bool {
	i, _ := slices.BinarySearchFunc(dates, start, func(d parallax.Date, pos int) int { return d.End - 1 - pos })
	if i < len(dates) && dates[i].Start < end && start < dates[i].End {
		return true
	}
	for _, m := range ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// mentions flattens the entities' mentions, sorted by start.
func mentions(ents []parallax.Entity) []mention {
	var ms []mention
	for _, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, mention{m.Start, m.End, e.Name})
		}
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	return ms
}

// within returns the mentions that lie inside [start, end).
func within(ms []mention, start, end int) []mention {
	i, _ := slices.BinarySearchFunc(ms, start, func(m mention, pos int) int { return m.start - pos })
	j := i
	for j < len(ms) && ms[j].end <= end {
		j++
	}
	return ms[i:j]
}
