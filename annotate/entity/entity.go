// Package entity finds named entities in an article and gives each one
// canonical name across spellings, diacritics, acronyms and descriptions.
//
// Precision comes first: two actors wrongly merged under one name mislead
// every later stage (speakers, framing, cross-outlet comparison), while a
// missed merge only leaves two entries. So the recogniser names an entity
// only on evidence — a gazetteer entry, an organisation word ending the name,
// a title or a reporting verb next to it, an acronym defined in the text, a
// place noun — and joins two forms only when exactly one candidate fits.
//
// The gazetteer (gazetteer.txt, embedded) lists countries with their variant
// names and demonyms, capitals and large cities, international bodies, news
// agencies and seats of government. Canonical country names are the common
// English short names ("Turkey", with "Türkiye" an alias); a capital is a
// place of its own, never merged with its country.
//
// Types follow the name's head word: an organisation word ("Ministry",
// "Ltd") makes an organisation; an armed-force head (Army, Forces, Front,
// Brigade, Militia, Movement, Battalion) makes a group, unless a state's
// name or demonym alone precedes it ("the Ndovan Army", "Kenyan Armed
// Forces" are organisations), so that "Northern Liberation Army" and
// "Coastal Liberation Movement" are typed alike.
package entity

import (
	"sync"

	"github.com/parallax-news/parallax"
)

// Recognizer finds entities. Its zero value is not usable; call New. A
// Recognizer is read-only after New and safe for concurrent use.
type Recognizer struct {
	g *gazetteer
}

var (
	sharedOnce sync.Once
	shared     *gazetteer
)

// New returns a Recognizer with its tables built. The gazetteer is parsed
// once per process and shared by every Recognizer.
func New() *Recognizer {
	sharedOnce.Do(func() { shared = parseGazetteer(gazetteerText) })
	return &Recognizer{g: shared}
}

// Canonical looks surface up in the gazetteer: a country under any of its
// names or demonyms ("Türkiye", "Turkish" → "Turkey"), a city, an
// international body by name or acronym ("UN" → "United Nations"), a seat of
// government ("the White House" → "White House"). ok is false when surface is not
// there; names learned from an article are not in the gazetteer.
func (r *Recognizer) Canonical(surface string) (name string, typ parallax.EntityType, ok bool) {
	m, ok := r.g.lookup(keyOf(surface))
	if !ok {
		return "", "", false
	}
	return m.e.name, m.e.typ, true
}

// Find returns the entities of doc, one per actor, in the order of their
// first mention. sents are doc's sentences (text.Split); offsets in the
// result are byte offsets into doc and every Mention.Text equals
// doc[Start:End]. Descriptions learned from the article ("the Kenyan
// president" after "Kenyan President Amara Tayo Kessy") are mentions of
// the person; headings are searched only for entities the body names.
func (r *Recognizer) Find(doc string, sents []parallax.Sentence) []parallax.Entity {
	d := newDocState(r, doc, sents)
	d.chunkAll()
	d.learnAcronyms()
	d.resolve()
	d.bodyDescriptions()
	d.describe()
	d.scanHeadings()
	return d.output()
}
