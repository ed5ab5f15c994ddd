package reconcile

import (
	"math"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// minClaimFeatures is the fewest content features a sentence needs to count
// as a claim; shorter lines ("Abroad.", "He said so.") are not compared.
const minClaimFeatures = 3

// unit is one sentence of one article, or one clause of a long sentence,
// reduced to what comparison needs.
type unit struct {
	art, sent  int
	start, end int     // byte span in the article's text
	parent     int     // for a clause, the unit of its sentence; -1 for a sentence
	feats      []int32 // sorted distinct feature ids
	norm       float64 // sum of the features' weights
	claim      bool    // a comparable claim: not a heading, not boilerplate, long enough
}

// corpus is the sentences of a story's articles with their features, an
// interned vocabulary and the features' weights. Sentence units come first,
// article by article, so that article a's sentence s is unit first[a]+s;
// the clause units of long sentences follow them all.
type corpus struct {
	arts      []*parallax.Annotated
	units     []unit
	sentences int   // units[:sentences] are sentences, units[sentences:] clauses
	first     []int // first[a] is the unit of article a's first sentence; first[len(arts)] = sentences
	vocab     map[string]int32
	names     []string  // feature id -> feature
	weight    []float64 // feature id -> inverse document frequency
	df        []int32   // feature id -> number of claim units with it
	// artFreq is, per feature id, the number of articles with a unit
	// having it; nil until countArticles.
	artFreq []int32
}

// countArticles sets artFreq.
func (c *corpus) countArticles() {
	c.artFreq = make([]int32, len(c.names))
	last := make([]int32, len(c.names))
	for i := range last {
		last[i] = -1
	}
	for _, u := range c.units {
		for _, f := range u.feats {
			if last[f] != int32(u.art) {
				last[f] = int32(u.art)
				c.artFreq[f]++
			}
		}
	}
}

// newCorpus extracts the features of every sentence of arts and weighs them.
func newCorpus(arts []*parallax.Annotated) *corpus {
	c := &corpus{arts: arts, vocab: map[string]int32{}, first: make([]int, 0, len(arts)+1)}
	var scratch []string
	var clauses []unit
	for a, art := range arts {
		c.first = append(c.first, len(c.units))
		ments := mentionsBySentence(art)
		for s, sent := range art.Sentences {
			scratch = features(sent, ments[s], defaultLexicon, scratch[:0])
			u := unit{art: a, sent: s, start: sent.Start, end: sent.End, parent: -1, feats: c.intern(scratch)}
			u.claim = isClaim(sent, len(u.feats))
			if u.claim {
				clauses = c.clauses(clauses, u, len(c.units), sent, ments[s])
			}
			c.units = append(c.units, u)
		}
	}
	c.sentences = len(c.units)
	c.first = append(c.first, c.sentences)
	c.units = append(c.units, clauses...)
	c.weigh()
	return c
}

// intern returns the sorted distinct ids of feats, adding new ones.
func (c *corpus) intern(feats []string) []int32 {
	ids := make([]int32, 0, len(feats))
	for _, f := range feats {
		id, ok := c.vocab[f]
		if !ok {
			id = int32(len(c.names))
			c.vocab[f] = id
			c.names = append(c.names, f)
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// weigh sets each feature's inverse document frequency over claim units and
// each unit's norm.
func (c *corpus) weigh() {
	c.df = make([]int32, len(c.names))
	n := 0
	for _, u := range c.units[:c.sentences] {
		if !u.claim {
			continue
		}
		n++
		for _, f := range u.feats {
			c.df[f]++
		}
	}
	c.weight = make([]float64, len(c.names))
	for f, d := range c.df {
		c.weight[f] = math.Log(1 + float64(n+1)/float64(d+1))
	}
	for i := range c.units {
		u := &c.units[i]
		for _, f := range u.feats {
			u.norm += c.weight[f]
		}
	}
}

// text returns unit i's text: its sentence, or its clause.
func (c *corpus) text(i int) string {
	u := c.units[i]
	return c.arts[u.art].Text[u.start:u.end]
}

// sentence returns unit i's sentence.
func (c *corpus) sentence(i int) parallax.Sentence {
	u := c.units[i]
	return c.arts[u.art].Sentences[u.sent]
}

// span is a byte range of an article's text naming an entity.
type span struct {
	start, end int
	name       string
}

// mentionsBySentence returns the entity mentions of art by sentence index.
func mentionsBySentence(art *parallax.Annotated) [][]span {
	out := make([][]span, len(art.Sentences))
	for _, e := range art.Entities {
		for _, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(out) {
				out[m.Sentence] = append(out[m.Sentence], span{m.Start, m.End, e.Name})
			}
		}
	}
	return out
}

// features appends to out the comparable features of sent: "@name" for each
// entity mentioned (canonical name, folded), "#value" for each number, and
// for the other content words the concept of the paraphrase lexicon they
// belong to ("~end" for "stop", "halt", "put an end") or else their stem.
// Stop words and reporting words ("said", "according") are left out.
func features(sent parallax.Sentence, ments []span, lx *lexicon, out []string) []string {
	toks := text.Tokens(sent.Text)
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = text.Fold(text.Base(t.Text))
	}
	for i := 0; i < len(toks); i++ {
		at := sent.Start + toks[i].Start
		if m, ok := mentionAt(ments, at); ok {
			out = append(out, "@"+text.Fold(m.name))
			for i+1 < len(toks) && sent.Start+toks[i+1].Start < m.end {
				i++
			}
			continue
		}
		if concept, n := lx.phraseAt(folded[i:]); n > 0 {
			out = append(out, concept)
			i += n - 1
			continue
		}
		if f, ok := wordFeature(folded[i], lx); ok {
			out = append(out, f)
		}
	}
	return out
}

// wordFeature returns the feature of one folded word, if it has one.
func wordFeature(w string, lx *lexicon) (string, bool) {
	if w == "" {
		return "", false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "#" + strings.ReplaceAll(w, ",", ""), true
	}
	if lx.skip[w] {
		return "", false
	}
	if c, ok := lx.words[w]; ok {
		return c, true
	}
	if len(w) < 2 || text.IsStopword(w) {
		return "", false
	}
	c := lx.concept(w)
	if lx.skip[c] {
		return "", false
	}
	return c, true
}

// mentionAt returns the mention covering byte offset at.
func mentionAt(ments []span, at int) (span, bool) {
	for _, m := range ments {
		if at >= m.start && at < m.end {
			return m, true
		}
	}
	return span{}, false
}

// phraseAt returns the concept of the longest lexicon phrase that words
// starts with, and its length in words; 0 when none.
func (lx *lexicon) phraseAt(words []string) (string, int) {
	if len(words) < 2 || !lx.starts[words[0]] {
		return "", 0
	}
	for n := min(lx.maxWords, len(words)); n >= 2; n-- {
		if c, ok := lx.phrases[strings.Join(words[:n], " ")]; ok {
			return c, n
		}
	}
	return "", 0
}

// isClaim reports whether a sentence with n features is a claim: not a
// heading, not page furniture, not a line that only introduces a quotation
// ("The press office said:"), and long enough to compare.
func isClaim(sent parallax.Sentence, n int) bool {
	t := strings.TrimSpace(sent.Text)
	return !sent.Heading && n >= minClaimFeatures && !strings.HasSuffix(t, ":") && !isBoilerplate(t)
}

// boilerplateMarks are phrases of page furniture that are never claims.
var boilerplateMarks = []string{
	"share this", "share the article", "min read", "leave a reply", "leave a comment", "logged in",
	"sign up", "subscribe", "newsletter", "all rights reserved", "click here", "read more", "follow us",
	"advertisement", "cookie", "related articles", "related stories", "copyright", "sign in",
	"post a comment", "comments", "print this", "email this", "download the app",
}

// isBoilerplate reports whether s reads as page furniture.
func isBoilerplate(s string) bool {
	f := text.Fold(s)
	if len(f) > 200 {
		return false
	}
	for _, m := range boilerplateMarks {
		if strings.Contains(f, m) {
			return true
		}
	}
	return false
}
