package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
)

// resolve gives candidates their entities: first the names that carry their
// own evidence (gazetteer, organisation words, titled or speaking persons,
// defined acronyms), then the rest by what the first pass learned and by
// the cues around all their occurrences.
func (d *docState) resolve() {
	var persons []*cand
	for i := range d.cands {
		c := &d.cands[i]
		switch {
		case c.gaz != nil:
			c.ent = d.gazEnt(c.gaz.e)
		case c.typ != "":
			c.ent = d.named(c.key, c.typ)
		case !c.acronym && c.b-c.a >= 2 && (c.title != nil || c.speaks) && d.personShaped(c.a, c.b):
			persons = append(persons, c)
		}
	}
	// Fullest names first, so that "Tayo Kessy" joins "Amara Tayo Kessy".
	slices.SortStableFunc(persons, func(x, y *cand) int { return cmp.Compare(y.b-y.a, x.b-x.a) })
	for _, c := range persons {
		c.ent = d.person(c)
	}
	for i := range d.cands {
		if c := &d.cands[i]; c.expansion && c.ent == nil {
			c.ent = d.named(c.key, parallax.Organisation)
		}
	}
	for i := range d.cands {
		if c := &d.cands[i]; c.acronym && c.defined != nil && c.defined.ent != nil {
			c.ent = c.defined.ent
			d.byKey[c.key] = c.ent
		}
	}
	d.resolveRest()
}

// gazEnt returns the entity of a gazetteer entry, creating it.
func (d *docState) gazEnt(e *entry) *ent {
	k := keyOf(e.name)
	if x, ok := d.byKey[k]; ok && x.gaz == e {
		return x
	}
	x := &ent{key: k, typ: e.typ, gaz: e}
	d.ents = append(d.ents, x)
	d.byKey[k] = x
	return x
}

// named returns the entity answering to key, creating it with type typ.
func (d *docState) named(key string, typ parallax.EntityType) *ent {
	if x, ok := d.byKey[key]; ok {
		return x
	}
	x := &ent{key: key, typ: typ}
	d.ents = append(d.ents, x)
	d.byKey[key] = x
	return x
}

// person returns the person c names: an existing one when c's words end the
// name of exactly one known person, else a new one.
func (d *docState) person(c *cand) *ent {
	parts := d.parts(c.a, c.b)
	x := d.bySuffix(parts)
	if x == nil {
		if y, ok := d.byKey[c.key]; ok {
			x = y
		} else {
			x = d.named(c.key, parallax.Person)
			x.parts = parts
		}
	}
	if c.title != nil && c.title.class != honorific {
		x.descs = append(x.descs, *c.title)
	}
	return x
}

// parts returns the word keys of a name, particles folded into the word they
// precede ("al-Hadi" → "hadi").
func (d *docState) parts(a, b int) []string {
	var p []string
	for i := a; i < b; i++ {
		for w := range strings.FieldsSeq(d.toks[i].key) {
			if !nameConnectors[w] {
				p = append(p, w)
			}
		}
	}
	return p
}

// bySuffix returns the one person whose name ends with parts and is longer,
// or nil when none or several do.
func (d *docState) bySuffix(parts []string) *ent {
	if len(parts) == 0 {
		return nil
	}
	var found *ent
	for _, x := range d.ents {
		if x.typ != parallax.Person || len(x.parts) <= len(parts) {
			continue
		}
		if slices.Equal(x.parts[len(x.parts)-len(parts):], parts) {
			if found != nil && found != x {
				return nil
			}
			found = x
		}
	}
	return found
}

// ambiguous reports whether two or more persons' names end with parts.
func (d *docState) ambiguous(parts []string) bool {
	n := 0
	for _, x := range d.ents {
		if x.typ == parallax.Person && len(x.parts) > len(parts) &&
			slices.Equal(x.parts[len(x.parts)-len(parts):], parts) {
			n++
		}
	}
	return n > 1
}

// personShaped reports whether tokens [a, b) can be a person's name: no
// lower-case word inside but particles ("bin", "van", "de").
func (d *docState) personShaped(a, b int) bool {
	for i := a; i < b; i++ {
		switch d.toks[i].key {
		case "of", "for", "the", "on", "and":
			return false
		}
	}
	return true
}
