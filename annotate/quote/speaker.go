package quote

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
)

// resolved is a candidate's attribution once its speaker is known.
type resolved struct {
	name    string // canonical entity name or ""
	text    string // the words naming the speaker
	channel string
	person  bool // the speaker is a person, not an organisation or document
	place   bool // the speaker is a place (a country speaking for its government)
	done    bool
}

// resolveAll resolves the speaker of every candidate, in text order so that
// pronouns and "the statement" can look back at earlier attributions, and
// returns the quotes sorted by offset.
func (f *finder) resolveAll() []parallax.Quote {
	order := make([]int, len(f.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return f.cands[order[a]].at < f.cands[order[b]].at })
	res := make([]resolved, len(f.cands))
	f.bySent = map[int][]int{}
	for _, i := range order {
		s := f.sentenceAt(f.cands[i].at)
		f.bySent[s] = append(f.bySent[s], i)
	}
	for _, i := range order {
		f.resolveCand(i, res)
	}
	var out []parallax.Quote
	seen := map[[2]int]bool{}
	for i, c := range f.cands {
		r := res[i]
		for _, q := range c.quotes {
			if seen[[2]int{q.Start, q.End}] {
				continue
			}
			seen[[2]int{q.Start, q.End}] = true
			q.Speaker, q.Verb, q.Channel = r.name, c.verb, r.channel
			q.SpeakerText = r.text // kept when it names no entity: "officials", "a source"
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// resolveCand resolves candidate i, first resolving the one it inherits from.
func (f *finder) resolveCand(i int, res []resolved) {
	if res[i].done {
		return
	}
	res[i].done = true
	c := f.cands[i]
	var r resolved
	switch {
	case c.subj.ok():
		r = f.resolvePhrase(c.subj, c.at, res)
		r.text = f.doc[c.subj.start:c.subj.end]
		if r.name == "" && c.alt.ok() {
			if a := f.resolvePhrase(c.alt, c.alt.start, res); a.name != "" {
				r, r.text = a, f.doc[c.alt.start:c.alt.end]
			}
		}
	case c.inherit >= 0:
		f.resolveCand(c.inherit, res)
		r = res[c.inherit]
	case c.accord.ok():
		r = f.resolvePhrase(c.accord, c.at, res)
		r.text = f.doc[c.accord.start:c.accord.end]
	}
	if c.channel.ok() {
		ch := f.doc[c.channel.start:c.channel.end]
		if r.channel != "" && strings.HasSuffix(f.doc[:c.channel.start], "on ") {
			ch = r.text + " on " + ch // "his office on X"
		}
		r.channel = ch
	} else if c.accord.ok() && c.subj.ok() {
		r.channel = f.doc[c.accord.start:c.accord.end]
	}
	if c.nested && c.outer >= 0 && r.channel == "" {
		f.resolveCand(c.outer, res)
		o := res[c.outer]
		r.channel = o.channel
		if r.channel == "" && o.name != "" {
			r.channel = o.text
		}
	}
	r.done = true
	res[i] = r
}

// resolvePhrase names the entity a speaker phrase stands for, at offset at.
func (f *finder) resolvePhrase(sp span, at int, res []resolved) resolved {
	toks := tokenize(f.doc, sp.start, sp.end)
	if len(toks) == 0 {
		return resolved{}
	}
	if len(toks) == 1 && pronouns[toks[0].low] {
		switch toks[0].low {
		case "he", "she":
			return resolved{name: f.resolvePerson(at, res), person: true}
		case "it":
			return f.resolveIt(at, res)
		}
		return resolved{}
	}
	for k, t := range toks {
		if t.low == "," {
			return f.resolveApposition(sp, toks, k, at, res)
		}
		if t.low == "and" {
			return resolved{} // several speakers
		}
	}
	h, owner := headAt(toks, len(toks)), -1
	for x := 1; x < len(toks); x++ {
		if w := toks[x].low; w == "of" || w == "from" || w == "by" {
			h, owner = x-1, x+1
			if participles[toks[h].low] && h > 0 {
				h--
			}
			break
		}
	}
	if m := f.mentionAt(toks[h].start); m != nil && m.end >= toks[h].end {
		return resolved{name: m.ent.Name, person: m.ent.Type == parallax.Person, place: m.ent.Type == parallax.Place}
	}
	if h+2 < len(toks) && toks[h+1].low == "(" {
		if m := f.mentionAt(toks[h+2].start); m != nil && m.ent.Type == parallax.Organisation {
			return resolved{name: m.ent.Name} // "the coastal relief agency (CRA)"
		}
	}
	head, _ := base(toks[h].low)
	if officeNouns[head] && (owner > 0 || (h > 0 && hasOwnerWord(toks[:h]))) {
		return f.resolveInstitution(sp, toks, h, owner, at, res) // "Lind's government", "the office of the president"
	}
	if !documentNouns[head] && !channelNouns[head] {
		if toks[0].low == "the" && personNouns[head] && h == len(toks)-1 {
			return f.resolveTitle(toks[1:], at)
		}
		return resolved{}
	}
	return f.resolveInstitution(sp, toks, h, owner, at, res)
}

// resolveInstitution resolves a phrase whose head toks[h] is a document or
// an office: it speaks for the organisation it names ("the Harbour
// Council's press service"), never for a person ("Lind's press office"),
// and the phrase is its channel.
func (f *finder) resolveInstitution(sp span, toks []token, h, owner, at int, res []resolved) resolved {
	r := f.resolveOwner(toks, h, owner, at, res)
	if r.channel == "" {
		r.channel = f.doc[sp.start:sp.end]
	}
	r.person, r.place = false, false
	return r
}

// hasOwnerWord reports whether toks hold a possessive ("Lind's", "her").
func hasOwnerWord(toks []token) bool {
	for _, t := range toks {
		if b, poss := base(t.low); poss || possProns[b] {
			return true
		}
	}
	return false
}

// resolveTitle resolves a definite description by title ("the minister",
// "the transport minister") to the one person named earlier with every word
// of it in one mention ("Transport Minister Ilse Varga"); "" when no person
// or several fit. A description of a body ("the agency") resolves the same
// way to an organisation ("the UN refugee agency").
func (f *finder) resolveTitle(words []token, at int) resolved {
	typ := parallax.Person
	if b, _ := base(words[len(words)-1].low); bodyNouns[b] {
		typ = parallax.Organisation
	}
	var found *parallax.Entity
	for _, m := range f.ments {
		if m.start >= at {
			break
		}
		if m.ent.Type != typ || !f.describes(m, words) {
			continue
		}
		if found != nil && found != m.ent {
			return resolved{} // two ministers: ambiguous
		}
		found = m.ent
	}
	if found == nil {
		return resolved{}
	}
	return resolved{name: found.Name, person: typ == parallax.Person}
}

// describes reports whether mention m carries every word of words: in its
// text, or for an organisation in its name or in the words its bracketed
// acronym explains ("the UN refugee agency (UNHCR)").
func (f *finder) describes(m mention, words []token) bool {
	if containsWords(lowerWord(f.doc[m.start:m.end]), words) {
		return true
	}
	if m.ent.Type != parallax.Organisation {
		return false
	}
	if containsWords(lowerWord(m.ent.Name), words) {
		return true
	}
	before := strings.TrimRight(f.doc[max(m.start-60, 0):m.start], " ")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = before[:len(before)-1]
	if i := strings.LastIndexAny(before, ".,;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return containsWords(lowerWord(before), words)
}

// containsWords reports whether every word of words is a word of s.
func containsWords(s string, words []token) bool {
	have := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '-' })
	for _, w := range words {
		ok := false
		for _, h := range have {
			if h == w.low {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// resolveApposition resolves "A, B" (toks[k] is the comma): the part that
// names an actor decides, a person first; places in apposition ("Worcester,
// Massachusetts") name no speaker, and two different actors name none.
func (f *finder) resolveApposition(sp span, toks []token, k, at int, res []resolved) resolved {
	a := f.resolvePhrase(span{sp.start, toks[k-1].end}, at, res)
	b := f.resolvePhrase(span{toks[min(k+1, len(toks)-1)].start, sp.end}, at, res)
	switch {
	case a.person && a.name != "" && roleOf(toks[k+1:]):
		return a // "Mara Lind, a spokeswoman for the Harbour Council": her role, not a second speaker
	case a.name != "" && b.name != "" && a.name != b.name:
		return resolved{}
	case b.name != "" && b.person:
		return b
	case a.name != "" && !a.place && (a.person || b.name == ""):
		return a
	case b.name != "" && !b.place:
		return b
	}
	return resolved{}
}

// roleOf reports whether toks describe a person's role at a body: a
// person noun followed by "for", "of" or "at" ("a spokesman for the
// union", "the head of the agency").
func roleOf(toks []token) bool {
	for x := range toks {
		if b, _ := base(toks[x].low); personNouns[b] {
			n := ""
			if x+1 < len(toks) {
				n = toks[x+1].low
			}
			return n == "for" || n == "of" || n == "at"
		}
		if !determiners[toks[x].low] && !modifiers[toks[x].low] && toks[x].upper {
			return false
		}
	}
	return false
}

// resolveOwner names the organisation whose document or office toks[h]
// is: "of/from X", "X's", or, for a bare "the statement", the last one
// named. A person or a place owning it ("Lind's office", "his office", "the
// Norlandic government") names no speaker: an office is an institution's
// channel, not the person speaking.
func (f *finder) resolveOwner(toks []token, h, owner, at int, res []resolved) resolved {
	if owner > 0 && owner < len(toks) {
		r := f.resolvePhrase(span{toks[owner].start, toks[len(toks)-1].end}, at, res)
		if r.person || r.place {
			r.name = ""
		}
		r.channel = ""
		return r
	}
	for p := h - 1; p >= 0; p-- {
		if m := f.mentionAt(toks[p].start); m != nil && m.ent.Type != parallax.Place {
			if m.ent.Type == parallax.Person {
				return resolved{}
			}
			return resolved{name: m.ent.Name} // "the Council press service"
		}
		b, poss := base(toks[p].low)
		if poss || possProns[b] {
			return resolved{} // "his office", "its statement", an unknown owner
		}
	}
	if ref, ok := f.documentBefore(toks[h].low, at); ok {
		return ref
	}
	return resolved{}
}

// resolvePerson returns the person "he" or "she" at offset at stands for:
// the speaker of an attribution in the nearest earlier sentence naming a
// person, else that sentence's first person (its subject, most often); a
// person named earlier in the same sentence comes first.
func (f *finder) resolvePerson(at int, res []resolved) string {
	si := f.sentenceAt(at)
	for _, m := range f.mentionsIn(si) {
		// A possessor ("Asked about Lind's plan, he said") is no antecedent.
		if m.start < at && m.ent.Type == parallax.Person && !f.possessive(m) && !f.inQuote(m.start) {
			return m.ent.Name
		}
	}
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		for _, i := range f.bySent[s] {
			if res != nil && res[i].done && res[i].person && res[i].name != "" {
				return res[i].name
			}
		}
		for _, m := range f.mentionsIn(s) {
			if m.ent.Type == parallax.Person {
				return m.ent.Name
			}
		}
	}
	return ""
}

// resolveIt returns what "it" at offset at stands for: the source of the
// latest earlier attribution when that was an organisation or a document,
// or the channel a person's words came through.
func (f *finder) resolveIt(at int, res []resolved) resolved {
	si := f.sentenceAt(at)
	best, bestAt := -1, -1
	for s := max(si-3, 0); s <= si; s++ {
		for _, i := range f.bySent[s] {
			c := f.cands[i]
			if res != nil && res[i].done && c.at < at && c.at > bestAt && !c.nested && (c.subj.ok() || c.accord.ok()) {
				best, bestAt = i, c.at
			}
		}
	}
	if best < 0 {
		return resolved{}
	}
	r := res[best]
	if !r.person {
		return resolved{name: r.name, channel: r.channel}
	}
	if r.channel != "" {
		owner := f.documentOwner(r.channel, at, res)
		return resolved{name: owner, channel: r.channel}
	}
	return resolved{}
}

// possessive reports whether mention m is followed by a possessive ending.
func (f *finder) possessive(m mention) bool {
	rest := f.doc[m.end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

func (f *finder) mentionsIn(si int) []mention {
	s := f.sents[si]
	i := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].start >= s.Start })
	j := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].start >= s.End })
	return f.ments[i:j]
}
