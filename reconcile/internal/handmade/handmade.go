// Package handmade annotates the team's invented fixture articles by hand
// for the reconcile packages' tests: sentences from text.Split and entity
// mentions found from a list, so that those tests check grouping, grading
// and framing rather than the annotators.
package handmade

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Entity is an entity and the surface forms to find in the text.
type Entity struct {
	Name  string
	Type  parallax.EntityType
	Forms []string
}

// Load reads article file of fixture folder dir and annotates its sentences
// and the mentions of ents, each form found as a whole word. A missing file
// skips the test.
func Load(t testing.TB, dir, file string, ents []Entity) *parallax.Annotated {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Skipf("fixture %s: %v", file, err)
	}
	doc := string(b)
	a := &parallax.Annotated{Article: parallax.Article{ID: strings.TrimSuffix(file, ".txt"), Text: doc}}
	a.Sentences = text.Split(doc)
	for _, e := range ents {
		if ent := find(a, e); len(ent.Mentions) > 0 {
			a.Entities = append(a.Entities, ent)
		}
	}
	return a
}

// find collects e's mentions in a, longest-listed forms first winning.
func find(a *parallax.Annotated, e Entity) parallax.Entity {
	doc := a.Text
	ent := parallax.Entity{Name: e.Name, Type: e.Type}
	taken := make([]bool, len(doc))
	for _, form := range e.Forms {
		for off := 0; ; {
			i := strings.Index(doc[off:], form)
			if i < 0 {
				break
			}
			s, end := off+i, off+i+len(form)
			off = end
			if taken[s] || !wholeWord(doc, s, end) {
				continue
			}
			for k := s; k < end; k++ {
				taken[k] = true
			}
			ent.Mentions = append(ent.Mentions, parallax.Mention{Text: form, Sentence: SentenceAt(a, s), Start: s, End: end})
		}
	}
	sort.Slice(ent.Mentions, func(i, j int) bool { return ent.Mentions[i].Start < ent.Mentions[j].Start })
	return ent
}

func wholeWord(doc string, s, e int) bool {
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(doc[:s]); unicode.IsLetter(r) {
			return false
		}
	}
	if e < len(doc) {
		if r, _ := utf8.DecodeRuneInString(doc[e:]); unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// SentenceAt returns the index of the sentence of a holding byte off, or -1.
func SentenceAt(a *parallax.Annotated, off int) int {
	for i, s := range a.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// Quote adds to a a quote of content (which must occur in a's Text).
func Quote(t testing.TB, a *parallax.Annotated, speaker, content string, kind parallax.QuoteKind) {
	t.Helper()
	i := strings.Index(a.Text, content)
	if i < 0 {
		t.Fatalf("%s: quote %q not in text", a.ID, content)
	}
	a.Quotes = append(a.Quotes, parallax.Quote{Speaker: speaker, Text: content, Kind: kind,
		Sentence: SentenceAt(a, i), Start: i, End: i + len(content)})
}

// E returns the Entity name of type typ found by forms.
func E(name string, typ parallax.EntityType, forms ...string) Entity {
	return Entity{Name: name, Type: typ, Forms: forms}
}
