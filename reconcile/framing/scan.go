package framing

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// tok is one word of an article.
type tok struct {
	start, end int
	f          string // folded, possessive removed
	sent       int
	ent        string // canonical name of the entity mention it is in, "" if none
	ref        string // the actor a definite description it is in stands for (anaphor)
	quoted     bool   // inside a direct quotation
}

// doc is an article prepared for scanning.
type doc struct {
	text  string
	toks  []tok
	used  []bool
	main  map[string]parallax.EntityType
	terms []term
}

// scanArticle returns the designations of actors in a.
func scanArticle(a *parallax.Annotated, main map[string]parallax.EntityType) []term {
	d := prepare(a, main)
	for _, m := range mentionRanges(a, d.toks) {
		if _, ok := main[m.name]; ok {
			d.attached(m)
		}
	}
	d.unattached()
	return d.terms
}

// mrange is an entity mention as a token range [i, j).
type mrange struct {
	i, j int
	name string
	text string
}

func prepare(a *parallax.Annotated, main map[string]parallax.EntityType) *doc {
	d := &doc{text: a.Text, main: main}
	ts := text.Tokens(a.Text)
	d.toks = make([]tok, len(ts))
	d.used = make([]bool, len(ts))
	si := 0
	for k, t := range ts {
		for si < len(a.Sentences) && a.Sentences[si].End <= t.Start {
			si++
		}
		d.toks[k] = tok{start: t.Start, end: t.End, f: text.Base(text.Fold(t.Text)), sent: si}
	}
	for _, q := range a.Quotes {
		if q.Kind != parallax.Direct {
			continue
		}
		for k := firstTok(d.toks, q.Start); k < len(d.toks) && d.toks[k].start < q.End; k++ {
			d.toks[k].quoted = true
		}
	}
	return d
}

// mentionRanges returns a's mentions as token ranges, marking their tokens.
func mentionRanges(a *parallax.Annotated, toks []tok) []mrange {
	var out []mrange
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			i := firstTok(toks, m.Start)
			j := i
			for j < len(toks) && toks[j].start < m.End {
				toks[j].ent = e.Name
				j++
			}
			if j > i {
				out = append(out, mrange{i, j, e.Name, m.Text})
			}
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x].i < out[y].i })
	return out
}

func firstTok(toks []tok, off int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].end > off })
}

// gap returns the text between tokens k-1 and k.
func (d *doc) gap(k int) string {
	if k <= 0 || k >= len(d.toks) {
		return ""
	}
	return d.text[d.toks[k-1].end:d.toks[k].start]
}

// adjacent reports whether tokens k-1 and k are in one sentence with only
// spaces between them.
func (d *doc) adjacent(k int) bool {
	return k > 0 && k < len(d.toks) && d.toks[k].sent == d.toks[k-1].sent && strings.TrimSpace(d.gap(k)) == ""
}

func (d *doc) lexical(k int) bool {
	f := d.toks[k].f
	return headClass(f) != none || isModifier(f)
}

// add records the designation toks[i:j] of actor ("" for a collective).
func (d *doc) add(actor string, i, j int, cls class) {
	s := d.text[d.toks[i].start:d.toks[j-1].end]
	if d.toks[i].quoted {
		s = "“" + s + "”"
	}
	for k := i; k < j; k++ {
		d.used[k] = true
	}
	t := term{actor: actor, cls: cls, demo: d.demonym(i, j), text: s, sent: d.toks[i].sent, at: i}
	if actor != "" && d.main[actor] == parallax.Place {
		t.place, t.actor = actor, ""
	}
	d.terms = append(d.terms, t)
}

// classOf returns the class of the phrase toks[i:j]: crowd if its last
// word is a crowd head, state if a word names a government, armed if a
// word names or loads it as armed, else the class of its last head.
func (d *doc) classOf(i, j int) class {
	if headClass(d.toks[j-1].f) == crowd {
		return crowd // "radical protesters": still the crowd, the modifier is the framing
	}
	cls, loaded := none, false
	for k := i; k < j; k++ {
		f := d.toks[k].f
		switch c := headClass(f); {
		case c == state:
			return state
		case c == armed || armedModifiers[f]:
			cls = armed
		case c != none && cls != armed:
			cls = c
		}
		if isModifier(f) {
			loaded = true
		}
	}
	if cls == generic && loaded {
		for k := i; k < j; k++ {
			if armedModifiers[d.toks[k].f] || strings.Contains(d.toks[k].f, "-") {
				return armed
			}
		}
	}
	return cls
}

// armedModifiers load a generic head ("groups", "forces") as armed.
var armedModifiers = setOf(`terrorist terror jihadist jihadi islamist extremist radical armed rebel
opposition insurgent militant separatist paramilitary outlawed banned proscribed`)

// demonym returns the capitalised nationality adjective in toks[i:j]
// ("Dalmaran"), or "".
func (d *doc) demonym(i, j int) string {
	for k := i; k < j; k++ {
		w := d.text[d.toks[k].start:d.toks[k].end]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(w) < 4 || d.lexical(k) {
			continue
		}
		for _, suf := range []string{"an", "ish", "ese", "i", "ch"} {
			if strings.HasSuffix(w, suf) {
				return w
			}
		}
	}
	return ""
}
