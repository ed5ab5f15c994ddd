package framing

import (
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// possessives link a label to the actor named before it: "the Tarn Union
// and its armed wing".
var possessives = setOf(`its their`)

// holdVerbs say an actor has members: "the group fields 2,600 fighters".
var holdVerbs = setOf(`have has had having field fields fielded command commands commanded
number numbers numbered count counts counted muster musters mustered`)

// countWords may stand between a holding verb and the members it counts:
// "has between 900 and 1,200 fighters", "fields an estimated 2,600".
var countWords = setOf(`between and to up some about around nearly over more than an estimated
at least roughly approximately as many few several hundred hundreds thousand thousands dozens`)

// memberHeads are the bare heads that, linked to a named actor, designate
// its members or branches ("its fighters", "its armed wing").
var memberHeads = setOf(`fighter force troop soldier wing cell unit branch army militia`)

// bareHeads are the heads that alone, or with only a country's adjective,
// say nothing of the actor ("troops", "Vostran soldiers"): not framing.
var bareHeads = setOf(`force troop soldier fighter army military unit personnel`)

// owner returns the named organisation or group a label toks[i:j] belongs
// to through a possessive ("its offshoots", "their armed wing") or a
// holding verb ("the group has 2,600 fighters"), and the token where the
// label's text starts (the possessive, if any); "" when none. The owner is
// the organisation or group named last before the link, in its sentence or
// the one before, unless a place is named in between: "its" then stands
// for the place. In "regards the X forces, such as A and B, as its
// offshoots", the owner is named before the designated phrase, whose own
// examples are skipped, and that phrase, recorded as unnamed, goes to the
// owner too.
func (d *doc) owner(i, j int) (string, int) {
	if i > 0 && possessives[d.toks[i-1].f] && d.adjacent(i) {
		from := i - 1
		des := -1
		if from > 0 && d.toks[from-1].f == "as" && d.adjacent(from) {
			des = d.designee(from - 1)
			if des >= 0 {
				from = d.terms[des].at
			}
		}
		name := d.possessor(from)
		if name != "" && des >= 0 {
			d.terms[des].actor, d.terms[des].place, d.terms[des].backed = name, "", false
		}
		return name, i - 1
	}
	if d.holds(i) {
		return d.antecedent(i), i
	}
	return "", i
}

// holds reports whether the label at token i is counted after a holding
// verb: "fields an estimated 2,600 fighters".
func (d *doc) holds(i int) bool {
	k, numbers := i-1, 0
	for ; k >= 0 && k >= i-8 && d.toks[k].sent == d.toks[i].sent; k-- {
		f := d.toks[k].f
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsDigit(r):
			numbers++
		case countWords[f]:
		default:
			return numbers > 0 && holdVerbs[f]
		}
	}
	return false
}

// designee returns the index in d.terms of the unnamed label designated by
// the verb before token k ("regards the X forces … as"): the last one
// recorded in k's sentence before k; -1 if none.
func (d *doc) designee(k int) int {
	for x := len(d.terms) - 1; x >= 0; x-- {
		t := d.terms[x]
		if t.sent != d.toks[k].sent {
			return -1
		}
		if t.at < k && t.actor == "" {
			return x
		}
	}
	return -1
}

// possessor returns the main organisation or group named last before
// token k, in k's sentence or the one before; "" if none, or if a place
// is named after it (the possessive is the place's). Persons are skipped:
// "its" and "their" rarely stand for one.
func (d *doc) possessor(k int) string {
	s := d.toks[k].sent
	for x := k - 1; x >= 0 && d.toks[x].sent >= s-1; x-- {
		t, ok := d.main[d.nameAt(x)]
		switch {
		case !ok || t == parallax.Person:
		case t == parallax.Group || t == parallax.Organisation:
			return d.nameAt(x)
		default:
			return ""
		}
	}
	return ""
}

// bare reports whether toks[i:j] is only bare heads and country
// adjectives: "troops", "Vostran soldiers".
func (d *doc) bare(i, j int) bool {
	for k := i; k < j; k++ {
		if !bareHeads[lemma(d.toks[k].f)] && !d.isDemonym(k) {
			return false
		}
	}
	return true
}

// nameAt returns the actor token x names: the entity of its mention, or
// the organisation a definite description it is in stands for; "" if none.
func (d *doc) nameAt(x int) string {
	if d.toks[x].ent != "" {
		return d.toks[x].ent
	}
	return d.toks[x].ref
}
