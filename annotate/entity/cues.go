package entity

import "strings"

// addCand records a candidate with the evidence around it.
func (d *docState) addCand(c cand) {
	if c.a >= c.b {
		return
	}
	c.key = d.tokKey(c.a, c.b)
	c.acronym = c.b-c.a == 1 && d.toks[c.a].upper && !notAcronyms[c.key]
	c.particle = c.particle || c.b-c.a == 1 && d.toks[c.a].particle
	if c.gaz == nil && c.typ == "" {
		c.speaks = d.speaksAfter(c.b) || d.speaksBefore(c.a)
		c.groupCue = d.groupAfter(c.b) && (c.b-c.a > 1 || c.acronym || d.theGroup(c.a, c.b)) ||
			c.particle && d.groupNear(c.a, c.b)
		c.placeCue = d.placeAfter(c.b) || d.placeBefore(c.a)
		c.nearCue = c.b-c.a == 1 && d.nearBefore(c.a)
		c.outlet = d.outletAround(c.a, c.b)
	}
	d.cands = append(d.cands, c)
}

// next returns token i when it lies in the same sentence as token j and
// only spaces (or a comma when comma is set) separate them.
func (d *docState) next(j, i int, comma bool) bool {
	_, e := d.sentenceOf(j)
	if i >= e {
		return false
	}
	s := sep(d.doc, &d.toks[i-1], &d.toks[i])
	if d.toks[i-1].poss || d.toks[i-1].plPoss {
		return false
	}
	return s == " " || comma && s == ", "
}

// speaksAfter reports whether a reporting verb follows the name ending
// before token b, perhaps after "has", "also" and the like.
func (d *docState) speaksAfter(b int) bool {
	if b == 0 || d.toks[b-1].poss {
		return false
	}
	// An apposition may close with a comma: "…, Idris Maro, told".
	s, _ := d.sentenceOf(b - 1)
	comma := false
	for a := b - 1; a > s; a-- {
		if !d.toks[a].cap {
			break
		}
		if p := sep(d.doc, &d.toks[a-1], &d.toks[a]); p != " " {
			comma = p == ", "
			break
		}
	}
	if b < len(d.toks) && d.toks[b].upper && strings.HasSuffix(sep(d.doc, &d.toks[b-1], &d.toks[b]), "(") &&
		strings.HasPrefix(d.after(b), ") ") {
		b++ // "Amara Kessy (NDP) said"
		return b < len(d.toks) && speechVerbs[d.toks[b].key] && !d.toks[b].cap
	}
	for i := b; i < b+3 && d.next(b-1, i, comma && i == b); i++ {
		t := &d.toks[i]
		if t.cap {
			return false
		}
		if speechVerbs[t.key] {
			return true
		}
		if !speechFillers[t.key] {
			return false
		}
	}
	return false
}

// speaksBefore reports whether "said" and the like stands right before
// token a ("…,” said Amara Kessy").
func (d *docState) speaksBefore(a int) bool {
	s, _ := d.sentenceOf(a)
	if a-1 < s || !d.next(a-1, a, false) {
		return false
	}
	t := &d.toks[a-1]
	return !t.cap && speechVerbs[t.key] && !listenerVerbs[t.key]
}

// groupAfter reports whether the name ending before token b is called a
// group: "X group", "X, a militia", "X is an armed faction", "X (ABC), a
// group designated …".
func (d *docState) groupAfter(b int) bool {
	i := b
	if i < len(d.toks) && d.toks[i].upper && strings.Contains(sep(d.doc, &d.toks[i-1], &d.toks[i]), "(") {
		i++ // skip an acronym in brackets
	}
	for k := 0; k < 5 && i < len(d.toks) && d.toks[i].sent == d.toks[b-1].sent; k, i = k+1, i+1 {
		t := &d.toks[i]
		s := sep(d.doc, &d.toks[i-1], t)
		if strings.ContainsAny(s, ".;:“”\"") || k > 0 && strings.Contains(s, ",") {
			return false
		}
		if groupNouns[t.key] && !t.cap {
			return i+1 >= len(d.toks) || !speechVerbs[d.toks[i+1].key]
		}
		if speechVerbs[t.key] || t.key == "and" || t.key == "of" || t.key == "by" || t.key == "with" {
			return false
		}
		if t.cap && !strings.HasSuffix(t.key, "ist") && d.gazAt(i, i+1) == nil {
			return false
		}
	}
	return false
}

// placeAfter reports whether a place noun follows: "Marsa province", and
// "X and Y provinces" for X.
func (d *docState) placeAfter(b int) bool {
	if d.next(b-1, b, false) && !d.toks[b].cap && placeNouns[d.toks[b].key] {
		return true
	}
	i := b
	if !d.next(b-1, i, false) || d.toks[i].key != "and" {
		return false
	}
	for i++; d.next(i-1, i, false) && d.nameTok(i); i++ {
	}
	return i > b+1 && d.next(i-1, i, false) && placeNouns[d.toks[i].key] &&
		strings.HasSuffix(d.toks[i].key, "s")
}

// placeBefore reports whether "the city of" and the like stands before token a.
func (d *docState) placeBefore(a int) bool {
	s, _ := d.sentenceOf(a)
	return a-2 >= s && d.spaced(a-2, a+1) && d.toks[a-1].key == "of" && placeOf[d.toks[a-2].key] &&
		!d.toks[a-2].cap
}

// nearBefore reports whether a preposition of place stands before token a.
func (d *docState) nearBefore(a int) bool {
	s, _ := d.sentenceOf(a)
	return a-1 >= s && d.spaced(a-1, a+1) && (!d.toks[a-1].cap || d.toks[a-1].first) &&
		placePreps[d.toks[a-1].key] && !d.toks[a].poss
}

// outletAround reports whether the run sits in a dateline "/Outlet/" or opens
// the text as a credit "Outlet/ ".
func (d *docState) outletAround(a, b int) bool {
	var before string
	if a > 0 {
		before = strings.TrimSpace(sep(d.doc, &d.toks[a-1], &d.toks[a]))
	} else {
		before = strings.TrimSpace(d.doc[:d.toks[a].start])
	}
	after := d.doc[d.toks[b-1].end:]
	if b < len(d.toks) {
		after = sep(d.doc, &d.toks[b-1], &d.toks[b])
	}
	slashAfter := strings.HasPrefix(after, "/")
	return slashAfter && (strings.HasSuffix(before, "/") || d.toks[a].first)
}

// theGroup reports whether a one-word name stands in "the X group".
func (d *docState) theGroup(a, b int) bool {
	s, e := d.sentenceOf(a)
	return a-1 >= s && b < e && d.toks[a-1].key == "the" && d.spaced(a-1, b+1) &&
		groupNouns[d.toks[b].key]
}

// listenerVerbs take the listener, not the speaker, after them ("told X").
var listenerVerbs = set(`reported reports told tells asked asks urged urges accused accuses`)

// groupNear reports whether words around the name [a, b) call it an armed
// group: "militants linked to X", "fighters affiliated with X", "X
// fighters".
func (d *docState) groupNear(a, b int) bool {
	s, e := d.sentenceOf(a)
	for i := max(s, a-3); i < a; i++ {
		if t := &d.toks[i]; !t.cap && groupCuesBefore[t.key] {
			return true
		}
	}
	for i := b; i < min(e, b+2); i++ {
		if t := &d.toks[i]; !t.cap && groupCuesAfter[t.key] {
			return true
		}
	}
	return false
}

// groupCuesBefore and groupCuesAfter are words that, close to a name, say
// it is an armed group.
var (
	groupCuesBefore = set(`militants militant fighters linked affiliated allied loyal jihadists
		insurgents rebels`)
	groupCuesAfter = set(`militants militant fighters affiliate affiliates cells jihadists
		insurgents rebels group`)
)
