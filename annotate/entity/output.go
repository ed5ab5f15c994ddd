package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
)

// maxHeadingName is the most words a name found in a heading may have.
const maxHeadingName = 6

// scanHeadings finds in headings the entities the body named, and
// gazetteer names. Headings are title-case, so nothing else is taken there.
func (d *docState) scanHeadings() {
	for si, s := range d.sents {
		if !s.Heading {
			continue
		}
		a, b := d.sentToks[si][0], d.sentToks[si][1]
		for i := a; i < b; i++ {
			if !d.nameTok(i) || d.function(i) {
				continue
			}
			for n := min(maxHeadingName, b-i); n >= 1; n-- {
				if !d.spaced(i, i+n) || !d.nameTok(i+n-1) {
					continue
				}
				if x := d.known(i, i+n); x != nil {
					text, st, en := d.span(i, i+n)
					d.mentions = append(d.mentions, found{e: x,
						m: parallax.Mention{Text: text, Sentence: si, Start: st, End: en}})
					i += n - 1
					break
				}
			}
		}
	}
}

// known returns the entity tokens [a, b) name, if the body or the gazetteer
// knows it.
func (d *docState) known(a, b int) *ent {
	k := d.tokKey(a, b)
	if x, ok := d.byKey[k]; ok {
		return x
	}
	if m, ok := d.r.g.lookup(k); ok {
		return d.gazEnt(m.e)
	}
	return d.bySuffix(d.parts(a, b))
}

// output gathers the mentions, settles overlaps (descriptions win, then the
// longer span), and builds the entities in order of first mention.
func (d *docState) output() []parallax.Entity {
	all := d.mentions
	for i := range d.cands {
		c := &d.cands[i]
		if c.ent == nil {
			continue
		}
		text, s, e := d.span(c.a, c.b)
		all = append(all, found{e: c.ent, m: parallax.Mention{Text: text, Sentence: d.toks[c.a].sent, Start: s, End: e}})
	}
	slices.SortStableFunc(all, func(x, y found) int {
		if c := cmp.Compare(x.m.Start, y.m.Start); c != 0 {
			return c
		}
		if x.desc != y.desc {
			if x.desc {
				return -1
			}
			return 1
		}
		return cmp.Compare(y.m.End, x.m.End)
	})
	byEnt := make(map[*ent][]found)
	var order []*ent
	end := -1
	for _, f := range all {
		if f.m.Start < end {
			continue
		}
		end = f.m.End
		if byEnt[f.e] == nil {
			order = append(order, f.e)
		}
		byEnt[f.e] = append(byEnt[f.e], f)
	}
	out := make([]parallax.Entity, 0, len(order))
	for _, x := range order {
		out = append(out, d.build(x, byEnt[x]))
	}
	return out
}

// build makes the parallax.Entity of x from its mentions.
func (d *docState) build(x *ent, fs []found) parallax.Entity {
	e := parallax.Entity{Type: x.typ, Mentions: make([]parallax.Mention, len(fs))}
	var names []string
	for i, f := range fs {
		e.Mentions[i] = f.m
		if !f.desc {
			names = append(names, f.m.Text)
		}
	}
	if x.gaz != nil {
		e.Name = x.gaz.name
	} else {
		e.Name = chooseName(names)
	}
	seen := map[string]bool{e.Name: true}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			e.Aliases = append(e.Aliases, s)
		}
	}
	for _, n := range names {
		add(n)
	}
	if x.gaz != nil {
		add(x.gaz.name)
		for _, a := range x.gaz.aliases {
			add(a)
		}
	}
	return e
}

// chooseName picks the canonical form among the names an entity was
// mentioned by: a written-out name over an acronym, more words over fewer,
// the more frequent, the first seen.
func chooseName(names []string) string {
	count := make(map[string]int)
	for _, n := range names {
		count[n]++
	}
	best := names[0]
	better := func(a, b string) bool {
		if ua, ub := isAcronym(a), isAcronym(b); ua != ub {
			return ub
		}
		if wa, wb := len(strings.Fields(a)), len(strings.Fields(b)); wa != wb {
			return wa > wb
		}
		return count[a] > count[b]
	}
	for _, n := range names[1:] {
		if better(n, best) {
			best = n
		}
	}
	return best
}

// isAcronym reports whether s is written in capitals only ("NATO", "U.S.").
func isAcronym(s string) bool {
	_, upper := shape(s)
	return upper && !strings.Contains(s, " ")
}
