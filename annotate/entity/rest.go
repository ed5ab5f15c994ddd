package entity

import "github.com/parallax-news/parallax"

// evidence is what all the unresolved occurrences of one key say together.
type evidence struct {
	cands                                      []*cand
	title, speaks, group, place, near, outlet  bool
	acronym, allInitial, multi, lowerElsewhere bool
	particle, sonOf                            bool
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
		ev.particle = c.particle
		ev.sonOf = ev.sonOf || c.sonOf
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
	if ev.particle {
		return d.particleEnt(key, ev)
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

// particleEnt returns the entity of a name opening with a particle that no
// known person's name ends with: a person when titled or a "bin X", a group
// when called one or named with militants, an organisation otherwise
// ("al-Qaeda" alone, "bin Laden").
func (d *docState) particleEnt(key string, ev *evidence) *ent {
	switch {
	case ev.title || ev.sonOf:
		x := d.named(key, parallax.Person)
		x.parts = d.parts(ev.cands[0].a, ev.cands[0].b)
		return x
	case ev.group:
		return d.named(key, parallax.Group)
	}
	return d.named(key, parallax.Organisation)
}
