package reconcile

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// pronouns are mentions that are not names and never become aliases.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "him": true, "her": true, "them": true,
	"his": true, "its": true, "their": true, "we": true, "us": true, "i": true,
}

// entities merges the articles' entities by canonical name: one StoryEntity
// per name, with every other surface form seen as an alias and the articles
// that mention it; most widely reported first.
func (st *story) entities() []parallax.StoryEntity {
	byName := map[string]*entityAcc{}
	var order []*entityAcc
	for a, art := range st.arts {
		for _, e := range art.Entities {
			x := byName[e.Name]
			if x == nil {
				x = &entityAcc{e: parallax.StoryEntity{Name: e.Name, Aliases: []string{}},
					types: map[parallax.EntityType]int{}, seen: map[string]bool{aliasKey(e.Name): true}}
				byName[e.Name] = x
				order = append(order, x)
			}
			x.types[e.Type]++
			x.mentions += len(e.Mentions)
			if !slices.Contains(x.e.Articles, st.ids[a]) {
				x.e.Articles = append(x.e.Articles, st.ids[a])
			}
			for _, al := range e.Aliases {
				x.addAlias(al)
			}
			for _, m := range e.Mentions {
				x.addAlias(m.Text)
			}
		}
	}
	out := make([]parallax.StoryEntity, len(order))
	slices.SortStableFunc(order, func(a, b *entityAcc) int {
		return cmp.Or(cmp.Compare(len(b.e.Articles), len(a.e.Articles)), cmp.Compare(b.mentions, a.mentions))
	})
	for i, x := range order {
		x.e.Type = topType(x.types)
		out[i] = x.e
	}
	return out
}

// topType returns the most frequent type, ties broken by name.
func topType(types map[parallax.EntityType]int) parallax.EntityType {
	var best parallax.EntityType
	for t, n := range types {
		if n > types[best] || n == types[best] && t < best {
			best = t
		}
	}
	return best
}

// entityAcc gathers one actor's mentions across articles.
type entityAcc struct {
	e        parallax.StoryEntity
	types    map[parallax.EntityType]int
	mentions int
	seen     map[string]bool // aliasKey of the name and the aliases
}

// addAlias adds a surface form unless it is the name, a pronoun or already
// present (compared folded).
func (x *entityAcc) addAlias(s string) {
	s = text.Base(strings.TrimSpace(s))
	k := aliasKey(s)
	if k == "" || x.seen[k] || pronouns[text.Fold(s)] {
		return
	}
	x.seen[k] = true
	x.e.Aliases = append(x.e.Aliases, s)
}

// aliasKey identifies a spelling: case and the apostrophe's shape are
// ignored, but diacritics and dots are not, so "Türkiye" and "Turkiye" or
// "U.S." and "US" stay distinct aliases — how each outlet spells a name is
// part of what the report shows.
func aliasKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}
