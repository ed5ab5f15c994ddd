package entity

import "github.com/parallax-news/parallax"

// evidence is what all the unresolved occurrences of one key say together.
type evidence struct {
	cands                                      []*cand
	title, speaks, group, place, near, outlet  bool
	acronym, allInitial, multi, lowerElsewhere bool
}

// resolveRest resolves the candidates the first pass left, one key at a
// time so that a cue at one occurrence ("the city of X") types them all.
func (d *docState) resolveRest() {
	var order []string
	byKey := make(map[string]*evidence)
	for i := range d.cands {
		c := &d.cands[i]
		if c.ent != nil {
			continue
		}
		ev := byKey[c.key]
		if ev == nil {
			ev = &evidence{allInitial: true, lowerElsewhere: d.lowerSeen[c.key]}
			byKey[c.key] = ev
			order = append(order, c.key)
		}
		ev.cands = append(ev.cands, c)
		ev.title = ev.title || c.title != nil && c.title.class != honorific || c.title != nil && c.b-c.a == 1
		ev.speaks = ev.speaks || c.speaks
		ev.group = ev.group || c.groupCue
		ev.place = ev.place || c.placeCue
		ev.near = ev.near || c.nearCue
		ev.outlet = ev.outlet || c.outlet
		ev.acronym = c.acronym
		ev.multi = c.b-c.a > 1
		ev.allInitial = ev.allInitial && c.initial && !d.capSeen[c.key]
	}
	for _, k := range order {
		ev := byKey[k]
		x := d.decide(k, ev)
		for _, c := range ev.cands {
			c.ent = x
			if x != nil && x.typ == parallax.Person && c.title != nil && c.title.class != honorific {
				x.descs = append(x.descs, *c.title)
			}
		}
	}
}

// decide returns the entity of a key the first pass did not settle, or nil
// when the evidence is too weak to name one.
func (d *docState) decide(key string, ev *evidence) *ent {
	if x, ok := d.byKey[key]; ok {
		return x
	}
	c := ev.cands[0]
	if !ev.acronym {
		parts := d.parts(c.a, c.b)
		if x := d.bySuffix(parts); x != nil {
			return x
		}
		if d.ambiguous(parts) && !ev.title {
			return nil
		}
	}
	if ev.allInitial && !ev.acronym && (ev.lowerElsewhere || !ev.multi) && !ev.place {
		return nil // capitalised only because it opens a sentence
	}
	switch {
	case ev.acronym && ev.group:
		return d.named(key, parallax.Group)
	case ev.acronym:
		return d.named(key, parallax.Organisation)
	case ev.title:
		x := d.named(key, parallax.Person)
		x.parts = d.parts(c.a, c.b)
		return x
	case ev.place:
		return d.named(key, parallax.Place)
	case ev.outlet:
		return d.named(key, parallax.Organisation)
	case ev.group:
		return d.named(key, parallax.Group)
	case ev.near && !ev.multi && !ev.lowerElsewhere:
		return d.named(key, parallax.Place)
	}
	return nil
}
