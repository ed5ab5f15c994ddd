package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// abbrevTitles may be followed by a dot inside a name run ("Mr. Kessy").
var abbrevTitles = set(`mr mrs ms dr gen col lt sen rep prof capt maj brig sgt st`)

// chunkAll finds the candidate names of every body sentence: runs of
// capitalised words joined by name connectors, split into modifiers, titles
// and names.
func (d *docState) chunkAll() {
	for si, s := range d.sents {
		if s.Heading {
			continue
		}
		a, b := d.sentToks[si][0], d.sentToks[si][1]
		var pending *titleInfo // a plural title waiting for its second name
		for i := a; i < b; {
			if !d.nameTok(i) {
				i++
				continue
			}
			j := d.runEnd(i, b)
			pending = d.classify(i, j, pending)
			i = j
		}
	}
}

// nameTok reports whether token i can be part of a name.
func (d *docState) nameTok(i int) bool {
	t := &d.toks[i]
	if !t.cap || len(t.text) < 2 {
		return false
	}
	return !monthsAndDays[t.key] || t.key == "may" && i > 0 && d.toks[i-1].cap && d.joinable(i-1, i)
}

// joinable reports whether tokens i and i+1 may belong to one name: only
// spaces between them, or the apostrophe of "Workers' Party", "People's".
func (d *docState) joinable(i, k int) bool {
	t := &d.toks[i]
	s := sep(d.doc, t, &d.toks[k])
	switch {
	case t.poss:
		if !possNames[t.key] {
			return false
		}
		s = s[strings.IndexAny(s, "sS")+1:]
	case t.plPoss:
		_, w := firstRuneLen(s)
		s = s[w:]
	case abbrevTitles[t.key] && strings.HasPrefix(s, "."):
		s = s[1:]
	}
	return s == " " || s == "\u00a0"
}

func firstRuneLen(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// runEnd returns the end of the name run starting at token i.
func (d *docState) runEnd(i, b int) int {
	j := i + 1
	for j < b {
		if d.nameTok(j) && d.joinable(j-1, j) {
			j++
			continue
		}
		// Up to two lower-case connectors: "Institute for Coastal Studies",
		// "Organization of the Petroleum Exporting Countries".
		k := j
		for k < b && k-j < 2 && !d.toks[k].cap && nameConnectors[d.toks[k].key] &&
			d.toks[k].key != "and" && (k > j || d.toks[k].key != "the") && d.joinable(k-1, k) {
			k++
		}
		if k > j && k < b && d.nameTok(k) && d.joinable(k-1, k) {
			j = k + 1
			continue
		}
		break
	}
	return j
}

// classify turns the run [a, b) into candidates. pending carries a plural
// title ("Presidents X and Y") to the run after "and"; classify returns the
// title to carry to the next run, if any.
func (d *docState) classify(a, b int, pending *titleInfo) *titleInfo {
	initial := d.toks[a].first || afterOpening(d.doc, d.toks, a)
	whole := a
	for a < b && d.function(a) {
		a++
		initial = false
	}
	if a == b {
		return nil
	}
	// "Fighters of the X" opening a sentence: the first word is no name.
	if initial && a+1 < b && !d.toks[a+1].cap && !orgHeads[d.toks[a].key] && d.gazAt(whole, b) == nil {
		for a++; !d.toks[a].cap; a++ {
		}
		initial = false
	}
	if k := d.titledOf(a, b); k > 0 { // "Mr. Olsen of Brask Ltd."
		d.splitTitled(a, k, initial, pending)
		return d.classify(k+1, b, nil)
	}
	if m := d.gazAt(a, b); m != nil {
		d.addCand(cand{a: a, b: b, gaz: m, initial: initial})
		return nil
	}
	if m := d.gazAt(whole, b); m != nil && whole < a { // "The Hague"
		d.addCand(cand{a: whole, b: b, gaz: m})
		return nil
	}
	if typ := d.headType(a, b); typ != "" {
		d.addCand(cand{a: a, b: b, typ: typ, initial: initial})
		return nil
	}
	return d.splitTitled(a, b, initial, pending)
}

// headType returns the type a name's own words give it: an organisation or a
// group word ending it ("Transport Ministry", "Coastal Liberation Front"),
// or an Arabic group word in it ("Jaysh al-Izza"). "" when they say nothing.
func (d *docState) headType(a, b int) parallax.EntityType {
	if b-a < 2 {
		return ""
	}
	for i := a; i < b; i++ {
		if w, _, _ := strings.Cut(d.toks[i].key, " "); groupStarts[w] {
			return parallax.Group
		}
	}
	if typ := d.headWordType(a, b, b-1); typ != "" {
		return typ
	}
	// "Ministry of Foreign Affairs", "Institute for Coastal Studies".
	for i := a; i < b-1; i++ {
		if orgHeads[d.toks[i].key] && !d.toks[i+1].cap && nameConnectors[d.toks[i+1].key] {
			return d.headWordType(a, i+1, i)
		}
	}
	return ""
}

// headWordType returns the type head word h gives the name [a, b):
//   - an armed-force head (Army, Forces, Front, Brigade, Militia, Movement,
//     Battalion) makes a group, unless a state's name or demonym is all that
//     precedes it ("the Ndovan Army", "Velorian Armed Forces"): state forces
//     are organisations, and "Northern Liberation Army" and "Coastal
//     Liberation Front" are groups alike;
//   - any other group word ("Group") makes a group;
//   - an organisation head makes an organisation.
func (d *docState) headWordType(a, b, h int) parallax.EntityType {
	w := d.toks[h].key
	switch {
	case armedHeads[w] && d.stateForce(a, h):
		return parallax.Organisation
	case armedHeads[w] || groupWords[w]:
		return parallax.Group
	case orgHeads[w]:
		return parallax.Organisation
	}
	return ""
}

// stateForce reports whether the words [a, h) before an armed-force head
// name a state's forces: a country or its demonym (from the gazetteer, or
// demonym-shaped: "Ndovan", "Velorese"), with nothing else before the head
// but words such as "Armed", "Defence" or "Air".
func (d *docState) stateForce(a, h int) bool {
	state := false
	for i := a; i < h; i++ {
		k := d.toks[i].key
		switch m := d.gazAt(i, i+1); {
		case m != nil && m.e.kind == country:
			state = true
		case i == a && demonymShaped(k) && !d.lowerSeen[k]:
			state = true
		case !stateForceWords[k]:
			return false
		}
	}
	return state
}

// demonymShaped reports whether a word key ends like a demonym: "ndovan",
// "velorian", "brasese", "sudani". "Northern" and "Liberation" do not.
func demonymShaped(k string) bool {
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+2 {
			return true
		}
	}
	return false
}

// armedHeads end the names of armed forces, a state's or a group's.
var armedHeads = set(`army forces front brigade brigades militia militias movement battalion battalions`)

// stateForceWords may stand between a state's name and its forces' head.
var stateForceWords = set(`armed defence defense air naval ground land national royal`)

// groupStarts are Arabic words for armed groups that open their names.
var groupStarts = set(`jaysh jabhat liwa harakat tahrir ansar kataib saraya jund faylaq`)
