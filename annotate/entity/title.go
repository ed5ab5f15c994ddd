package entity

import "strings"

// titleAt matches a title of one to maxTitleWords words starting at token i
// and ending before end. It returns the number of words (0 if none), the
// title and whether it was plural ("Presidents").
func (d *docState) titleAt(i, end int) (int, titleInfo, bool) {
	for n := min(titleSpan[d.toks[i].key], end-i); n >= 1; n-- {
		if n > 1 && !d.spaced(i, i+n) {
			continue
		}
		k := d.tokKey(i, i+n)
		if c, ok := titles[k]; ok {
			return n, titleInfo{title: k, class: c}, false
		}
		if s, ok := strings.CutSuffix(k, "s"); ok && len(s) > 3 {
			if c, ok := titles[s]; ok && c != honorific {
				return n, titleInfo{title: s, class: c}, true
			}
		}
	}
	return 0, titleInfo{}, false
}

// spaced reports whether tokens [a, b) are separated by single spaces only.
func (d *docState) spaced(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if sep(d.doc, &d.toks[i-1], &d.toks[i]) != " " || d.toks[i-1].poss || d.toks[i-1].plPoss {
			return false
		}
	}
	return true
}

// modifier returns the description key of token i placed before a title:
// the country's key for a demonym or a country name ("Kenyan", "Kenya's"
// → "kenya"), the word's own key for anything else capitalised
// ("Transport", "Ndovan"), "" for a word that modifies nothing.
func (d *docState) modifier(i int) string {
	t := &d.toks[i]
	if !t.cap || d.function(i) {
		return ""
	}
	if m, ok := d.r.g.lookup(t.key); ok && m.e.kind == country {
		return keyOf(m.e.name)
	}
	return t.key
}

// splitTitled handles a run with no organisation word: a title inside it
// ("Kenyan President Amara Tayo Kessy") or just before it ("his Kenyan
// counterpart Amara Tayo Kessy"), a demonym in front of a name, or a
// plain name. It returns the title to carry to a coordinated next run.
func (d *docState) splitTitled(a, b int, initial bool, pending *titleInfo) *titleInfo {
	for p := a; p < b; p++ {
		// A run that ends in a title names no one ("Kenyan President said").
		if n, _, _ := d.titleAt(p, b); n > 0 && p+n == b {
			d.prefix(a, p)
			return nil
		}
	}
	for p := a; p < b-1; p++ {
		n, ti, plural := d.titleAt(p, b-1)
		if n == 0 {
			continue
		}
		if p > a {
			d.prefix(a, p)
			ti.mod = d.modifier(p - 1)
		}
		name := cand{a: p + n, b: b, title: &ti, initial: initial && p == a && ti.class != honorific}
		var next *titleInfo
		if plural {
			next = &ti
			if m := d.coordinated(a); m != "" {
				first := ti
				first.mod = m
				name.title = &first
			}
		}
		d.addCand(name)
		return next
	}
	if n, ok := d.demonymPrefix(a, b); ok {
		d.addCand(cand{a: a, b: a + n, gaz: d.gazAt(a, a+n), initial: initial})
		return d.splitTitled(a+n, b, false, nil)
	}
	c := cand{a: a, b: b, initial: initial}
	if d.sonOfBefore(a) { // "bin Laden"
		c = cand{a: a - 1, b: b, particle: true, sonOf: true}
	}
	if pending != nil && a >= 2 && d.toks[a-1].key == "and" {
		c.title = pending
	} else if ti, ok := d.titleBefore(a); ok {
		c.title = &ti
	}
	d.addCand(c)
	return nil
}

// prefix records the gazetteer names among modifiers [a, b) before a title
// ("Kenyan" in "Kenyan President …") as mentions of their own.
func (d *docState) prefix(a, b int) {
	for i := a; i < b; i++ {
		if m := d.gazAt(i, i+1); m != nil {
			d.addCand(cand{a: i, b: i + 1, gaz: m})
		}
	}
}

// gazAt returns the gazetteer match of tokens [a, b), or nil.
func (d *docState) gazAt(a, b int) *match {
	if m, ok := d.r.g.lookup(d.tokKey(a, b)); ok {
		return &m
	}
	return nil
}

// demonymPrefix reports whether the run [a, b) opens with a demonym or a
// people ("Kenyan KWS", "Russian Ivan"), n words long, with more after.
func (d *docState) demonymPrefix(a, b int) (int, bool) {
	for n := min(d.r.g.words(d.toks[a].key), b-a-1); n >= 1; n-- {
		if m := d.gazAt(a, a+n); m != nil && (m.demonym || b-a-n == 1 && d.toks[b-1].upper) {
			return n, true
		}
	}
	return 0, false
}

// coordinated returns the modifier of the first of two coordinated titled
// names, "Kenyan" in "Kenyan and Ghanaian Presidents A and B", when run a
// is preceded by "<Modifier> and".
func (d *docState) coordinated(a int) string {
	s, _ := d.sentenceOf(a)
	if a-2 < s || d.toks[a-1].key != "and" || !d.spaced(a-2, a) {
		return ""
	}
	return d.modifier(a - 2)
}

// titleBefore finds a title ending right before token a, in any case ("his
// Kenyan counterpart X", "chairwoman X"), with the modifier before it.
func (d *docState) titleBefore(a int) (titleInfo, bool) {
	s, _ := d.sentenceOf(a)
	for n := min(maxTitleWords, a-s); n >= 1; n-- {
		if !d.spaced(a-n, a+1) {
			continue
		}
		m, ti, plural := d.titleAt(a-n, a)
		if m != n || plural {
			continue
		}
		if a-n-1 >= s && d.spaced(a-n-1, a-n+1) {
			ti.mod = d.modifier(a - n - 1)
		}
		return ti, true
	}
	return titleInfo{}, false
}

// sonOfBefore reports whether a lower-case "bin" or "ibn" stands right
// before token a in its sentence.
func (d *docState) sonOfBefore(a int) bool {
	s, _ := d.sentenceOf(a)
	if a-1 < s || !d.spaced(a-1, a+1) {
		return false
	}
	t := &d.toks[a-1]
	return !t.cap && (t.key == "bin" || t.key == "ibn")
}

// titledOf returns the index of the "of" in a run [a, b) that reads
// "<Title> <Name> of <Name>" ("Mr. Olsen of Brask Ltd.", "Dr. Ines Varo of
// Lemba University"): a person and the body or place they belong to, not
// one name. It returns 0 when the run is not so made; a title right before
// "of" ("Minister of Trade") belongs to the title, not to a person.
func (d *docState) titledOf(a, b int) int {
	k := a + 1
	for k < b-1 && !(d.toks[k].key == "of" && !d.toks[k].cap) {
		k++
	}
	if k >= b-1 {
		return 0
	}
	for p := a; p < k-1; p++ {
		if n, _, plural := d.titleAt(p, k); n > 0 && !plural && p+n < k {
			return k
		}
	}
	return 0
}
