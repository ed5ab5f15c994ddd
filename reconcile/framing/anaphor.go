package framing

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// anaphorHeads are the singular nouns that, after "the", stand for an
// organisation named just before ("the Grey Ash Column … The group, whose …").
var anaphorHeads = setOf(`group organisation organization movement party faction militia outfit
network alliance coalition`)

// anaphor handles the phrase toks[i:j] when it is a definite description
// ("the group", "the separatist party") of the organisation or group named
// last in its sentence or the one before: the phrase, if it is a label,
// and any designation set off after it ("the movement, listed by two
// states as a banned body") go to that actor. It reports whether it did.
func (d *doc) anaphor(i, j int) bool {
	last := d.toks[j-1].f
	if i == 0 || d.toks[i-1].f != "the" || !d.adjacent(i) || lemma(last) != last || !anaphorHeads[last] {
		return false
	}
	ante := d.antecedent(i - 1)
	if ante == "" {
		return false
	}
	m := mrange{i: i, j: j, name: ante}
	if d.loaded(i, j) && d.classOf(i, j) != generic {
		d.add(ante, i, j, d.classOf(i, j))
	}
	// Only a designation set off by a comma belongs to the description
	// ("the movement, listed by … as …"), not one further on in the
	// sentence, which may be about others.
	if p := d.skipParenthetical(j); p < len(d.toks) && strings.Contains(d.gap(p), ",") {
		if a, b, ok := d.linkedNP(p); ok {
			d.addFor(m, a, b, d.classOf(a, b))
		}
	}
	for k := i; k < j; k++ {
		d.used[k] = true
		d.toks[k].ref = ante
	}
	return true
}

// antecedent returns the main group or organisation mentioned last before
// token k, in k's sentence or the one before; "" if none.
func (d *doc) antecedent(k int) string {
	s := d.toks[k].sent
	for x := k - 1; x >= 0 && d.toks[x].sent >= s-1; x-- {
		name := d.nameAt(x)
		if name == "" {
			continue
		}
		if t, ok := d.main[name]; ok && (t == parallax.Group || t == parallax.Organisation) {
			return name
		}
	}
	return ""
}

// frontedDesignee returns the actor of a designation toks[i:j] that opens
// its sentence as a participle ("Considered a terrorist organisation by
// X, the minister condemned the KLF"): the first main group or
// organisation named later in the sentence; "" if the phrase is not such
// a lead-in or none is named.
func (d *doc) frontedDesignee(i, j int) string {
	k := i - 1
	if k >= 0 && determiners[d.toks[k].f] {
		k--
	}
	if k < 0 || !designators[d.toks[k].f] || k > 0 && d.toks[k-1].sent == d.toks[k].sent {
		return ""
	}
	s := d.toks[k].sent
	for x := j; x < len(d.toks) && d.toks[x].sent == s; x++ {
		if t, ok := d.main[d.toks[x].ent]; ok && (t == parallax.Group || t == parallax.Organisation) {
			return d.toks[x].ent
		}
	}
	return ""
}
