package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
)

// Unify renames entities so that one actor has one Name across a batch of
// articles, in place:
//   - names that fold to the same key ("Özdemir", "Ozdemir"; "Nour-al-Sahil",
//     "Nour al-Sahil") take the form most articles use;
//   - a person named by surname only (or a shorter form of a name) takes the
//     full name another article gives, when exactly one person in the batch
//     has a name ending that way;
//   - an acronym left undefined in one article takes the expansion another
//     article defines it with, when exactly one does.
//
// The old name becomes an alias. Entities of one article that end up with
// the same name are merged, their mentions kept in text order. Nothing is
// merged on a guess: two persons sharing a surname stay apart.
func Unify(arts []*parallax.Annotated) {
	ix := newBatchIndex(arts)
	for _, a := range arts {
		if a == nil {
			continue
		}
		for i := range a.Entities {
			e := &a.Entities[i]
			k := ix.target(e)
			name, typ := ix.display[k], ix.typeOf(k, e.Type)
			if name == "" || name == e.Name && typ == e.Type {
				continue
			}
			if name != e.Name {
				e.Aliases = addAlias(e.Aliases, e.Name, name)
				e.Aliases = slices.DeleteFunc(e.Aliases, func(s string) bool { return s == name })
			}
			e.Name, e.Type = name, typ
		}
		a.Entities = mergeSameName(a.Entities)
	}
}

// batchIndex is what the whole batch knows about names.
type batchIndex struct {
	display  map[string]string                      // key → the form most articles use
	types    map[string]map[parallax.EntityType]int // key → type votes
	persons  map[string][]string                    // last name part → full person keys
	expanded map[string]map[string]bool             // acronym key → expansion keys
	parts    map[string][]string                    // person key → name parts
}

func newBatchIndex(arts []*parallax.Annotated) *batchIndex {
	ix := &batchIndex{
		display:  make(map[string]string),
		types:    make(map[string]map[parallax.EntityType]int),
		persons:  make(map[string][]string),
		expanded: make(map[string]map[string]bool),
		parts:    make(map[string][]string),
	}
	forms := make(map[string]map[string]int)
	for _, a := range arts {
		if a == nil {
			continue
		}
		for _, e := range a.Entities {
			k := keyOf(e.Name)
			if forms[k] == nil {
				forms[k] = make(map[string]int)
				ix.types[k] = make(map[parallax.EntityType]int)
			}
			forms[k][e.Name]++
			ix.types[k][e.Type]++
			ix.learn(k, e)
		}
	}
	for k, f := range forms {
		ix.display[k] = mostUsed(f)
	}
	return ix
}

// learn records the full person names and the acronym expansions e shows.
func (ix *batchIndex) learn(k string, e parallax.Entity) {
	if isAcronym(e.Name) {
		return
	}
	if e.Type == parallax.Person && strings.Contains(k, " ") {
		if _, seen := ix.parts[k]; !seen {
			p := personParts(k)
			ix.parts[k] = p
			last := p[len(p)-1]
			ix.persons[last] = append(ix.persons[last], k)
		}
	}
	for _, al := range e.Aliases {
		if isAcronym(al) {
			ak := keyOf(al)
			if ix.expanded[ak] == nil {
				ix.expanded[ak] = make(map[string]bool)
			}
			ix.expanded[ak][k] = true
		}
	}
}

// personParts splits a person key into name parts, particles left out.
func personParts(k string) []string {
	var p []string
	for w := range strings.FieldsSeq(k) {
		if !nameConnectors[w] {
			p = append(p, w)
		}
	}
	if len(p) == 0 {
		return []string{k}
	}
	return p
}

// target returns the key e's name should become.
func (ix *batchIndex) target(e *parallax.Entity) string {
	k := keyOf(e.Name)
	if isAcronym(e.Name) {
		if exp := ix.expanded[k]; len(exp) == 1 {
			for full := range exp {
				return full
			}
		}
		return k
	}
	if e.Type != parallax.Person {
		return k
	}
	p := personParts(k)
	var found string
	for _, full := range ix.persons[p[len(p)-1]] {
		fp := ix.parts[full]
		if full == k || len(fp) <= len(p) || !slices.Equal(fp[len(fp)-len(p):], p) {
			continue
		}
		if found != "" {
			return k // two persons fit: leave it
		}
		found = full
	}
	if found == "" {
		return k
	}
	return found
}

// typeOf returns the type most entities named k have; fallback if none.
func (ix *batchIndex) typeOf(k string, fallback parallax.EntityType) parallax.EntityType {
	best, n := fallback, 0
	for _, t := range []parallax.EntityType{parallax.Person, parallax.Organisation, parallax.Place, parallax.Group} {
		if c := ix.types[k][t]; c > n {
			best, n = t, c
		}
	}
	return best
}

// mostUsed returns the most frequent form, the smallest on a tie.
func mostUsed(f map[string]int) string {
	best := ""
	for s, n := range f {
		if best == "" || n > f[best] || n == f[best] && s < best {
			best = s
		}
	}
	return best
}

func addAlias(aliases []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(aliases, n) {
			aliases = append(aliases, n)
		}
	}
	return aliases
}

// mergeSameName merges entities of one article that share a Name, keeping
// the order of first mention.
func mergeSameName(ents []parallax.Entity) []parallax.Entity {
	at := make(map[string]int)
	out := ents[:0]
	for _, e := range ents {
		i, ok := at[e.Name]
		if !ok {
			at[e.Name] = len(out)
			out = append(out, e)
			continue
		}
		m := &out[i]
		m.Mentions = append(m.Mentions, e.Mentions...)
		slices.SortStableFunc(m.Mentions, func(x, y parallax.Mention) int { return cmp.Compare(x.Start, y.Start) })
		m.Aliases = addAlias(m.Aliases, e.Aliases...)
		m.Aliases = slices.DeleteFunc(m.Aliases, func(s string) bool { return s == m.Name })
	}
	return out
}
