// Package quote finds who said what in an article: quotations in any style
// of quotation marks, dash-led quotations, and reported speech introduced by
// a reporting verb, each with its speaker under the entity's canonical name.
//
// A wrong speaker is the worst error this package can make, so it prefers
// precision: when the text does not say who spoke, or the words naming the
// speaker cannot be tied to one entity, Speaker stays "".
package quote

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
)

// Find returns the quotations and reported statements of doc, in text order.
// sents are doc's sentences (text.Split) and ents its entities
// (entity.Recognizer.Find); Speaker is always one of the ents' Names or "".
//
// Conventions:
//   - Text excludes the quotation marks and a trailing comma; for reported
//     speech it excludes the complementiser "that" and trailing attribution
//     (", according to …"). doc[Start:End] == Text.
//   - A quotation running over several paragraphs yields one Quote per
//     paragraph, all with the same attribution, so that Text never contains
//     a paragraph break or a re-opening mark.
//   - Short quotations of one to three words inside a sentence (scare
//     quotes: called it “terrorist aggression”) are kept only when the
//     sentence attributes them; otherwise they are emphasis or names, not
//     statements. Longer unattributed quotations are kept with Speaker "",
//     except names introduced by "named", "dubbed" and the like.
//   - Reported speech inside a quotation (a statement saying "Lind
//     stressed …") is emitted too, for the named speaker, with the
//     quotation's source as its Channel.
//   - Statements attributed only by "according to X" are Indirect quotes
//     with Verb "according to"; X's entity is the speaker when X names one
//     (or names its document: "a statement from the Council").
//   - A quotation inside reported speech yields both quotes: the indirect
//     one with the marks in its Text, and the direct one.
func Find(doc string, sents []parallax.Sentence, ents []parallax.Entity) []parallax.Quote {
	if len(sents) == 0 {
		return nil
	}
	f := newFinder(doc, sents, ents)
	f.findDirect()
	f.findIndirect()
	f.findAccording()
	return f.resolveAll()
}

// span is a half-open byte range of the document; end == 0 means none.
type span struct{ start, end int }

func (s span) ok() bool { return s.end > s.start }

// mention is one entity mention, flattened for lookups by offset.
type mention struct {
	start, end int
	ent        *parallax.Entity
}

// cand is one attribution read from the text and the quotes it covers,
// before its speaker is resolved.
type cand struct {
	quotes  []parallax.Quote
	subj    span   // the words naming the speaker
	alt     span   // a second attribution of the same quotation, tried when subj names no one
	verb    string // as written
	channel span   // channel phrase found beside the attribution
	accord  span   // "according to X": X
	at      int    // offset of the attribution, for resolving in text order
	nested  bool   // reported speech inside a quotation
	outer   int    // for nested: index of the enclosing quotation's cand
	inherit int    // index of the cand whose attribution this quotation continues, -1 if none
}

type finder struct {
	doc    string
	sents  []parallax.Sentence
	toks   [][]token
	ments  []mention
	groups []group
	pieces []piece // of all groups, by start; pieces do not overlap
	cands  []cand
	used   map[int]bool  // verb token starts already used by an attribution
	bySent map[int][]int // candidates by the sentence of their attribution
}

func newFinder(doc string, sents []parallax.Sentence, ents []parallax.Entity) *finder {
	f := &finder{doc: doc, sents: sents, toks: make([][]token, len(sents)), used: map[int]bool{}}
	for i, s := range sents {
		f.toks[i] = tokenize(doc, s.Start, s.End)
	}
	for i := range ents {
		for _, m := range ents[i].Mentions {
			f.ments = append(f.ments, mention{m.Start, m.End, &ents[i]})
		}
	}
	sort.Slice(f.ments, func(i, j int) bool { return f.ments[i].start < f.ments[j].start })
	return f
}

// sentenceAt returns the index of the sentence containing offset off, or of
// the last sentence starting before it.
func (f *finder) sentenceAt(off int) int {
	i := sort.Search(len(f.sents), func(i int) bool { return f.sents[i].Start > off })
	if i == 0 {
		return 0
	}
	return i - 1
}

// tokenIndex returns the index in f.toks[si] of the first token starting at
// or after off.
func (f *finder) tokenIndex(si, off int) int {
	toks := f.toks[si]
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= off })
}

// mentionAt returns the mention covering offset off, or nil.
func (f *finder) mentionAt(off int) *mention {
	i := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].start > off })
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if m := &f.ments[j]; m.start <= off && off < m.end {
			return m
		}
	}
	return nil
}

// trimSpan shrinks [start, end) past white space and the given trailing
// punctuation.
func (f *finder) trimSpan(start, end int, trailing string) (int, int) {
	for start < end && strings.ContainsRune(" \t\r\n", rune(f.doc[start])) {
		start++
	}
	for end > start {
		c := f.doc[end-1]
		if strings.ContainsRune(" \t\r\n", rune(c)) || strings.IndexByte(trailing, c) >= 0 {
			end--
			continue
		}
		break
	}
	return start, end
}

// quoteAt builds a Quote of kind k over doc[start:end], trimmed.
func (f *finder) quoteAt(start, end int, k parallax.QuoteKind) (parallax.Quote, bool) {
	start, end = f.trimSpan(start, end, ",;:")
	if end <= start {
		return parallax.Quote{}, false
	}
	return parallax.Quote{Text: f.doc[start:end], Kind: k, Sentence: f.sentenceAt(start), Start: start, End: end}, true
}
