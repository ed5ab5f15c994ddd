package framing

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

// The tests annotate the team's invented fixture by hand, so that they
// check grouping and grading, not the annotators.

const fixtureDir = "../testdata/kelmaria-call"

// entitySpec is an entity and the surface forms to find in the text.
type entitySpec struct {
	name  string
	typ   parallax.EntityType
	forms []string
}

var kelmariaEntities = []entitySpec{
	{"Ndova", parallax.Place, []string{"Ndova"}},
	{"Kelmaria", parallax.Place, []string{"Kelmaria"}},
	{"Varenia", parallax.Place, []string{"Varenia"}},
	{"Amara Kessy", parallax.Person, []string{"Amara Kessy", "Kessy"}},
	{"Tomas Halvik", parallax.Person, []string{"Tomas Halvik", "Halvik"}},
	{"Kelmar Liberation Front", parallax.Group, []string{"Kelmar Liberation Front", "KLF"}},
	{"Varenian presidency", parallax.Organisation, []string{"Varenian presidency"}},
	{"Ostrel", parallax.Place, []string{"Ostrel"}},
	{"Kelmarian Monitor for Civil Rights", parallax.Organisation, []string{"Kelmarian Monitor for Civil Rights"}},
}

// load reads a fixture article and annotates its sentences and entities.
func load(t testing.TB, file string) *parallax.Annotated {
	t.Helper()
	return loadFrom(t, fixtureDir, file, kelmariaEntities)
}

// loadFrom reads article file of fixture folder dir and annotates its
// sentences and the mentions of ents (each form found as a whole word).
func loadFrom(t testing.TB, dir, file string, ents []entitySpec) *parallax.Annotated {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Skipf("fixture %s: %v", file, err)
	}
	doc := string(b)
	a := &parallax.Annotated{Article: parallax.Article{ID: strings.TrimSuffix(file, ".txt"), Text: doc}}
	a.Sentences = text.Split(doc)
	for _, e := range ents {
		ent := parallax.Entity{Name: e.name, Type: e.typ}
		taken := make([]bool, len(doc))
		for _, form := range e.forms {
			for off := 0; ; {
				i := strings.Index(doc[off:], form)
				if i < 0 {
					break
				}
				s, end := off+i, off+i+len(form)
				off = end
				if taken[s] || !boundary(doc, s, end) {
					continue
				}
				for k := s; k < end; k++ {
					taken[k] = true
				}
				ent.Mentions = append(ent.Mentions, parallax.Mention{Text: form, Sentence: sentenceAt(a, s), Start: s, End: end})
			}
		}
		if len(ent.Mentions) > 0 {
			sort.Slice(ent.Mentions, func(i, j int) bool { return ent.Mentions[i].Start < ent.Mentions[j].Start })
			a.Entities = append(a.Entities, ent)
		}
	}
	return a
}

func boundary(doc string, s, e int) bool {
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

func sentenceAt(a *parallax.Annotated, off int) int {
	for i, s := range a.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// quote adds a quote of content text (which must occur in a's Text).
func quote(t testing.TB, a *parallax.Annotated, speaker, content string, kind parallax.QuoteKind) {
	t.Helper()
	i := strings.Index(a.Text, content)
	if i < 0 {
		t.Fatalf("%s: quote %q not in text", a.ID, content)
	}
	a.Quotes = append(a.Quotes, parallax.Quote{Speaker: speaker, Text: content, Kind: kind,
		Sentence: sentenceAt(a, i), Start: i, End: i + len(content)})
}
