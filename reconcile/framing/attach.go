package framing

import (
	"strings"

	"github.com/parallax-news/parallax"
	"unicode"
	"unicode/utf8"
)

// npLimit bounds the words a linked noun phrase may take before its head.
const npLimit = 5

// attached records the designations linked to mention m: words before the
// name ("the outlawed X", "the terrorist organisation X"), right after it
// ("X terrorist group"), an apposition or predicate ("X, an Islamist
// militant group", "X is a …"), a designation ("X, which Y lists as a
// terrorist group"), and designating words inside the mention itself.
func (d *doc) attached(m mrange) {
	if i, j := m.i, m.j; d.anyHead(i, j) && !d.stateInName(i, j) {
		if cls := d.classOf(i, j); cls != none && cls != generic && cls != crowd {
			d.addFor(m, i, j, cls) // not "the Harbour Protesters' Union": a name, not a label
		}
	}
	lo := m.i
	for lo > 0 && d.adjacent(lo) && d.toks[lo-1].ent == "" && d.lexical(lo-1) {
		lo--
	}
	if lo < m.i && d.loaded(lo, m.i) {
		d.addFor(m, lo, m.i, d.classOf(lo, m.i))
	}
	p := d.skipParenthetical(m.j)
	hi := p
	for hi < len(d.toks) && hi > 0 && (d.adjacent(hi) || hi == p && p > m.j && d.toks[hi].sent == d.toks[m.j].sent) && d.toks[hi].ent == "" && d.lexical(hi) {
		hi++
	}
	if hi > p && d.anyHead(p, hi) && !d.modifiesNoun(hi) {
		if d.main[m.name] == parallax.Place && d.bare(p, hi) {
			return // "Vostran troops": a country's forces, not framing
		}
		if d.main[m.name] == parallax.Place && hasLinkSuffix(d.toks[m.j-1].f) {
			d.add("", m.i, hi, d.classOf(p, hi)) // "Ndovan-backed factions": not Ndova
			d.terms[len(d.terms)-1].backed = true
			return
		}
		d.addFor(m, p, hi, d.classOf(p, hi))
		return
	}
	if i, j, ok := d.linkedNP(p); ok {
		d.addFor(m, i, j, d.classOf(i, j))
	}
}

// stateInName reports whether the mention toks[i:j] holds the word
// "state(s)" ("United States", "Islamic State"): a name, not a label.
func (d *doc) stateInName(i, j int) bool {
	for k := i; k < j; k++ {
		if lemma(d.toks[k].f) == "state" {
			return true
		}
	}
	return false
}

// addFor records the designation toks[i:j] of the actor of mention m;
// when m is a nationality adjective ("Dalmaran"), it qualifies the label.
func (d *doc) addFor(m mrange, i, j int, cls class) {
	d.add(m.name, i, j, cls)
	if t := &d.terms[len(d.terms)-1]; t.demo == "" && looksDemonym(m.text) {
		t.demo = m.text
	}
}

func hasLinkSuffix(f string) bool {
	for _, s := range linkSuffixes {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

// skipParenthetical returns the first token after k that is not inside a
// parenthesis opened right at k ("X (SCB) terrorist group"), and not part
// of the same mention.
func (d *doc) skipParenthetical(k int) int {
	if k >= len(d.toks) || !strings.Contains(d.gap(k), "(") {
		return k
	}
	for j := k + 1; j < len(d.toks) && j < k+8; j++ {
		if strings.Contains(d.gap(j), ")") {
			return j
		}
	}
	return k
}

// linkedNP finds a noun phrase linked to the name ending before token p:
// an apposition, a predicate after a copula, or the object of a
// designating verb within the next few words.
func (d *doc) linkedNP(p int) (int, int, bool) {
	if p <= 0 || p >= len(d.toks) || d.toks[p].sent != d.toks[p-1].sent {
		return 0, 0, false
	}
	g, f := d.gap(p), d.toks[p].f
	switch {
	case strings.Contains(g, ",") && (f == "a" || f == "an" || f == "the"):
		return d.nounPhrase(p)
	case strings.TrimSpace(g) == "" && copulas[f] && p+1 < len(d.toks) && determiners[d.toks[p+1].f]:
		return d.nounPhrase(p + 1)
	}
	for k := p; k < len(d.toks) && k < p+7 && d.toks[k].sent == d.toks[p].sent; k++ {
		if k > p && strings.ContainsAny(d.gap(k), ".;:") {
			break
		}
		if designators[d.toks[k].f] {
			if k == p && activeDesignators[d.toks[k].f] {
				return 0, 0, false // the name is who designates, not who is designated
			}
			n := k + 1
			if n < len(d.toks) && d.toks[n].f == "as" {
				n++
			}
			return d.nounPhrase(n)
		}
	}
	return 0, 0, false
}

// nounPhrase reads a noun phrase starting at token k (determiners
// skipped) whose head, within npLimit words, designates an actor. A bare
// generic head ("a group") followed by a designation extends to that
// designation ("outfit branded as a banned militia").
func (d *doc) nounPhrase(k int) (int, int, bool) {
	for k < len(d.toks) && determiners[d.toks[k].f] {
		k++
	}
	for h := k; h < len(d.toks) && h < k+npLimit; h++ {
		if h > k && !d.adjacent(h) {
			return 0, 0, false
		}
		if headClass(d.toks[h].f) == none {
			continue
		}
		j := h + 1
		for j < len(d.toks) && d.adjacent(j) && headClass(d.toks[j].f) != none {
			j++
		}
		if d.classOf(k, j) == generic && !d.loaded(k, j) {
			if j < len(d.toks) && designators[d.toks[j].f] {
				if _, e, ok := d.linkedNP(j); ok {
					return k, e, true
				}
			}
			return 0, 0, false
		}
		return k, j, true
	}
	return 0, 0, false
}

// anyHead reports whether toks[i:j] holds a designating head noun.
func (d *doc) anyHead(i, j int) bool {
	for k := i; k < j; k++ {
		if headClass(d.toks[k].f) != none {
			return true
		}
	}
	return false
}

// loaded reports whether toks[i:j] holds a loaded modifier or a
// non-generic head.
func (d *doc) loaded(i, j int) bool {
	for k := i; k < j; k++ {
		if c := headClass(d.toks[k].f); c != none && c != generic || isModifier(d.toks[k].f) {
			return true
		}
	}
	return false
}

// unattached records the designating noun phrases no name is attached to:
// "rebels", "opposition factions", "the Dalmaran regime", "government
// forces", "radical groups", "rioters". A singular head used as a noun modifier
// ("rebel offensive", "government control") is not a designation.
func (d *doc) unattached() {
	for k := 0; k < len(d.toks); k++ {
		if d.used[k] || d.toks[k].ent != "" || headClass(d.toks[k].f) == none {
			continue
		}
		i := k
		for i > 0 && d.adjacent(i) && !d.used[i-1] && d.toks[i-1].ent == "" && (d.lexical(i-1) || d.isDemonym(i-1)) {
			i--
		}
		j := k + 1
		for j < len(d.toks) && d.adjacent(j) && headClass(d.toks[j].f) != none {
			j++
		}
		last := d.toks[j-1].f
		if lemma(last) == last && j < len(d.toks) && d.adjacent(j) && d.nounLike(j) {
			k = j - 1
			continue
		}
		if d.anaphor(i, j) {
			k = j - 1
			continue
		}
		if name, from := d.owner(i, j); name != "" {
			if cls := d.classOf(i, j); cls != none && (cls != generic || d.loaded(i, j) || memberHeads[lemma(last)]) {
				d.add(name, from, j, cls) // "its armed wing", "has 2,600 fighters"
			}
			k = j - 1
			continue
		}
		if d.bare(i, j) {
			k = j - 1 // "troops", "Vostran soldiers": not framing
			continue
		}
		name := d.ofName(j)
		if name == "" {
			name = d.frontedDesignee(i, j)
		}
		if name != "" && d.classOf(i, j) != none {
			d.add(name, i, j, d.classOf(i, j)) // "militants of the KLF"
			k = j - 1
			continue
		}
		cls := d.classOf(i, j)
		if cls == state && lemma(last) == "state" && d.demonym(i, j) == "" {
			cls = none // "a state governed by …": not a government
		}
		if cls == armed || cls == state || cls == crowd {
			d.add("", i, j, cls)
		}
		k = j - 1
	}
}

// ofName returns the main entity named right after "of (the)" at token
// j, "" if none: the actor a label before it belongs to.
func (d *doc) ofName(j int) string {
	if j >= len(d.toks) || d.toks[j].f != "of" || !d.adjacent(j) {
		return ""
	}
	j++
	if j < len(d.toks) && d.toks[j].f == "the" && d.adjacent(j) {
		j++
	}
	if j >= len(d.toks) || !d.adjacent(j) {
		return ""
	}
	if _, ok := d.main[d.toks[j].ent]; ok {
		return d.toks[j].ent
	}
	return ""
}

// modifiesNoun reports whether the phrase ending before token j is a
// singular noun used as a modifier of the next word ("state media",
// "rebel targets"), not a designation.
func (d *doc) modifiesNoun(j int) bool {
	last := d.toks[j-1].f
	return lemma(last) == last && j < len(d.toks) && d.adjacent(j) && d.nounLike(j)
}

// nounLike reports whether token k is a lower-case content word, which
// after a singular head makes that head a noun modifier. A past-tense
// verb is not one: in "a mob blocked the road" the head is the subject.
func (d *doc) nounLike(k int) bool {
	w := d.text[d.toks[k].start:d.toks[k].end]
	r, _ := utf8.DecodeRuneInString(w)
	f := d.toks[k].f
	return unicode.IsLower(r) && !stopLike[f] && !(strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "eed") && len(f) > 4)
}

// stopLike are function words and verbs of being that may follow a
// designating head.
var stopLike = setOf(`is are was were has have had will would must should can could may might
and or of in on at to from for with by that which who whose as its their has been be said says`)

func (d *doc) isDemonym(k int) bool { return d.demonym(k, k+1) != "" }
