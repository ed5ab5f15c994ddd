package quote

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
)

// actor describes an entity for tests: its canonical name, type and the
// surface forms the entity recognizer would report as its mentions.
type actor struct {
	name  string
	typ   parallax.EntityType
	forms []string
}

// entities builds what entity.Recognizer.Find reports, by finding every
// occurrence of each form (longest forms first, no overlaps).
func entities(doc string, sents []parallax.Sentence, actors []actor) []parallax.Entity {
	type occ struct {
		start, end, who int
	}
	var all []occ
	taken := make([]bool, len(doc))
	type form struct {
		s   string
		who int
	}
	var forms []form
	for i, a := range actors {
		for _, s := range append([]string{a.name}, a.forms...) {
			forms = append(forms, form{s, i})
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	for _, fm := range forms {
		for off := 0; ; {
			i := strings.Index(doc[off:], fm.s)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(fm.s)
			off = e
			if (s > 0 && isWordByte(doc[s-1])) || (e < len(doc) && isWordByte(doc[e])) || taken[s] || taken[e-1] {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			all = append(all, occ{s, e, fm.who})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].start < all[j].start })
	out := make([]parallax.Entity, len(actors))
	for i, a := range actors {
		out[i] = parallax.Entity{Name: a.name, Type: a.typ}
	}
	for _, o := range all {
		si := sort.Search(len(sents), func(i int) bool { return sents[i].Start > o.start }) - 1
		out[o.who].Mentions = append(out[o.who].Mentions, parallax.Mention{Text: doc[o.start:o.end], Sentence: si, Start: o.start, End: o.end})
	}
	kept := out[:0]
	for _, e := range out {
		if len(e.Mentions) > 0 {
			kept = append(kept, e)
		}
	}
	return kept
}

func isWordByte(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}
