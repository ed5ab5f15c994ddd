package framing

import (
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// sameNames returns arts with each entity named by the spelling most
// articles use among those that differ only in case, diacritics, spaces
// and hyphens ("Jund Sahir-al-Wadi", "Jund Sahir al-Wadi"), so that an
// actor's labels are not split between spellings the annotators did not
// unify. The articles are shallow copies; arts is not modified.
func sameNames(arts []*parallax.Annotated) []*parallax.Annotated {
	count := make(map[string]int)
	best := make(map[string]string) // loose key → spelling
	for _, a := range arts {
		seen := make(map[string]bool)
		for _, e := range a.Entities {
			if !seen[e.Name] {
				seen[e.Name] = true
				count[e.Name]++
			}
		}
	}
	for name, n := range count {
		k := looseKey(name)
		if b, ok := best[k]; !ok || n > count[b] || n == count[b] && name < b {
			best[k] = name
		}
	}
	out := make([]*parallax.Annotated, len(arts))
	for i, a := range arts {
		c := *a
		c.Entities = make([]parallax.Entity, len(a.Entities))
		for k, e := range a.Entities {
			e.Name = best[looseKey(e.Name)]
			c.Entities[k] = e
		}
		out[i] = &c
	}
	return out
}

// looseKey is name folded, letters and digits only.
func looseKey(name string) string {
	f := []rune(text.Fold(name))
	out := f[:0]
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return string(out)
}
