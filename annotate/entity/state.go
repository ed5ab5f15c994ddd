package entity

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// docState is the work area of one Find call.
type docState struct {
	r         *Recognizer
	doc       string
	sents     []parallax.Sentence
	toks      []token
	sentToks  [][2]int        // token range of each sentence
	capSeen   map[string]bool // keys seen capitalised inside a body sentence
	lowerSeen map[string]bool // keys seen in lower case
	cands     []cand
	ents      []*ent
	byKey     map[string]*ent // every key an entity answers to
	mentions  []found
}

// cand is a candidate name: a run of tokens and the evidence around it.
type cand struct {
	a, b      int // token range [a, b)
	key       string
	gaz       *match // gazetteer entry for the whole run; nil if none
	typ       parallax.EntityType
	acronym   bool
	particle  bool       // one word opening with a particle ("al-Qaeda"), or "bin X"
	sonOf     bool       // opens with "bin" or "ibn": a person's name
	title     *titleInfo // a title or role names the run a person
	speaks    bool       // a reporting verb follows or precedes
	groupCue  bool       // "the X group", "X, a militia"
	placeCue  bool       // "X province", "the city of X"
	nearCue   bool       // "in X", "near X": a weak place cue
	outlet    bool       // "/X/" dateline or "X/ " credit
	initial   bool       // starts a sentence and may be capitalised only for that
	defined   *cand      // for an acronym: the name the text defines it with
	expansion bool       // an acronym is defined with this name
	ent       *ent       // resolved entity; nil until resolved
}

// titleInfo is a title before a name and what modifies it: "Kenyan
// President" → {mod: "kenya", title: "president"}.
type titleInfo struct {
	mod   string // country name key or modifier word key; "" if none
	title string // singular title key
	class titleClass
}

// ent is an entity under construction.
type ent struct {
	key      string
	typ      parallax.EntityType
	gaz      *entry
	names    []string // surface forms of names, in order seen (may repeat)
	aliases  []string // known forms from the gazetteer or acronym definitions
	parts    []string // token keys of the fullest person name
	descs    []titleInfo
	mentions int
}

// found is one mention waiting for overlap resolution.
type found struct {
	e        *ent
	m        parallax.Mention
	desc     bool // a description, not a name: wins overlaps, not an alias
	priority int
}

func newDocState(r *Recognizer, doc string, sents []parallax.Sentence) *docState {
	d := &docState{
		r: r, doc: doc, sents: sents,
		capSeen:   make(map[string]bool, len(doc)/40),
		lowerSeen: make(map[string]bool, len(doc)/12),
		byKey:     make(map[string]*ent, 32),
		cands:     make([]cand, 0, len(doc)/40),
		toks:      make([]token, 0, len(doc)/5),
		sentToks:  make([][2]int, len(sents)),
	}
	for i, s := range sents {
		a := len(d.toks)
		d.toks = scan(doc, s.Start, s.End, i, s.Heading, d.toks)
		d.sentToks[i] = [2]int{a, len(d.toks)}
	}
	for i := range d.toks {
		t := &d.toks[i]
		switch {
		case !t.cap:
			d.lowerSeen[t.key] = true
		case !t.first && !t.heading && !afterOpening(doc, d.toks, i):
			d.capSeen[t.key] = true
		}
	}
	return d
}

// afterOpening reports whether token i follows an opening quote, a colon or
// a dash, after which a capital letter says nothing about names.
func afterOpening(doc string, toks []token, i int) bool {
	if i == 0 || toks[i].first {
		return true
	}
	s := strings.TrimSpace(sep(doc, &toks[i-1], &toks[i]))
	if s == "" {
		return false
	}
	return strings.ContainsAny(s, "“\"‘:—–(") || strings.HasSuffix(s, ".") ||
		strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// sentenceOf returns the token range of token i's sentence.
func (d *docState) sentenceOf(i int) (int, int) {
	r := d.sentToks[d.toks[i].sent]
	return r[0], r[1]
}

// span returns the document text and byte range of tokens [a, b).
func (d *docState) span(a, b int) (string, int, int) {
	s, e := d.toks[a].start, d.toks[b-1].end
	return d.doc[s:e], s, e
}

// tokKey returns the key of tokens [a, b) joined by single spaces.
func (d *docState) tokKey(a, b int) string {
	if b-a == 1 {
		return d.toks[a].key
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[i].key)
		if d.toks[i].poss && i+1 < b {
			sb.WriteByte('s')
		}
	}
	return sb.String()
}

// function reports whether token i is a function word or a capitalised
// non-name ("The", "According", "NEWS"); "US" and "WHO" in capitals are
// names, not pronouns.
func (d *docState) function(i int) bool {
	t := &d.toks[i]
	if t.upper {
		return notAcronyms[t.key]
	}
	return functionWords[t.key]
}
