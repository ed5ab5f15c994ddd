package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// vagueTitles say too little to stand for one person without a modifier.
var vagueTitles = set(`leader official head chief deputy aide adviser advisor analyst
	researcher activist counterpart spokesperson spokesman spokeswoman director`)

// describe finds descriptions of persons the article introduced with a
// title: "the Kenyan president", "the Kenyan leader", "Kenya's
// president", and "the minister" when exactly one person holds that title.
func (d *docState) describe() {
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.heading {
			continue
		}
		_, e := d.sentenceOf(i)
		n, q, plural := d.titleAt(i, e)
		if n == 0 || plural || q.class == honorific {
			continue
		}
		end := i + n
		if end < e && d.nameTok(end) && d.spaced(end-1, end+1) && !d.toks[end-1].poss {
			continue // a title before a name introduces, it does not describe
		}
		start, ok := d.describer(i, &q)
		if !ok {
			continue
		}
		x := d.holder(q)
		if x == nil {
			continue
		}
		text, s, en := d.span(start, end)
		d.mentions = append(d.mentions, found{e: x, desc: true,
			m: parallax.Mention{Text: text, Sentence: t.sent, Start: s, End: en}})
		i = end - 1
	}
}

// describer reads what stands before the title at token i: "the", a
// modifier ("Kenyan", "Transport") or a possessive country ("Kenya's").
// It sets q.mod and returns the first token of the description.
func (d *docState) describer(i int, q *titleInfo) (int, bool) {
	s, _ := d.sentenceOf(i)
	if i-1 < s || !d.spaced(i-1, i+1) && !d.toks[i-1].poss {
		return 0, false
	}
	prev := &d.toks[i-1]
	switch {
	case prev.key == "the":
		if vagueTitles[q.title] || q.class == leaderTitle && q.title == "leader" {
			return 0, false
		}
		return i - 1, true
	case prev.poss:
		m := d.gazAt(i-1, i)
		if m == nil || m.e.kind != country || !possSep(sep(d.doc, prev, &d.toks[i])) {
			return 0, false
		}
		q.mod = keyOf(m.e.name)
		return i - 1, true
	}
	mod := d.modifier(i - 1)
	if mod == "" || i-2 < s || d.toks[i-2].key != "the" || !d.spaced(i-2, i) {
		return 0, false
	}
	q.mod = mod
	return i - 2, true
}

// holder returns the one person of the article a description fits, or nil.
func (d *docState) holder(q titleInfo) *ent {
	var found *ent
	for _, x := range d.ents {
		if x.typ != parallax.Person {
			continue
		}
		for _, h := range x.descs {
			if !fitsDesc(h, q) {
				continue
			}
			if found != nil && found != x {
				return nil
			}
			found = x
		}
	}
	return found
}

// fitsDesc reports whether a person introduced with title h fits the
// description q.
func fitsDesc(h, q titleInfo) bool {
	if q.mod != "" && !sameMod(h.mod, q.mod) {
		return false
	}
	switch {
	case h.title == q.title || strings.HasSuffix(h.title, " "+q.title):
		return true // "the minister" for a foreign minister
	case q.title == "leader":
		return h.class == leaderTitle || h.class == counterpart
	case h.class == counterpart:
		return q.class == leaderTitle && q.mod != ""
	}
	return false
}

// sameMod reports whether two modifiers name the same thing: equal, or a
// country and its unknown demonym ("ndova", "ndovan").
func sameMod(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a) && len(b)-len(a) <= 3
}

// possSep reports whether s is "'s " (any apostrophe).
func possSep(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	return isApos(r) && (s[w:] == "s " || s[w:] == "S ")
}
