package framing

import (
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Collective actors. A label attached to a country (its name, its
// adjective, its possessive) designates the country's state only when its
// head is a state word ("the Dalmaran regime", "Kelmaria's legitimate
// authorities") or a loaded word for its forces ("government forces"); a
// bare "Vostran troops" is no label at all (possess.go); an
// armed label there ("Kelmarian rebels") designates the armed opposition
// inside the country, and a backed-by compound ("Ndovan-backed factions")
// designates those the country backs. The state of the country at the
// centre of the story — the one most state labels qualify, else the most
// mentioned — gets one row for its government, which also takes the
// unqualified state labels ("government forces", "the regime").

// roles resolves the collective actors of a story.
type roles struct {
	main    map[string]parallax.EntityType
	centre  string            // the central country; "" when the story names none
	govName string            // the row of its government
	armed   string            // the row of unnamed armed labels
	crowd   string            // the row of unnamed crowd labels
	demos   map[string]string // memo of placeOfDemonym
}

// resolveRoles finds the central country, names its government's row and
// the armed opposition's row, from every article's terms.
func resolveRoles(perArt [][]term, main map[string]parallax.EntityType, mentions map[string]int) *roles {
	r := &roles{main: main, demos: make(map[string]string)}
	stateOf := make(map[string]int)
	demoOf := make(map[string]string)
	armedNamed := make(map[string]bool)
	for _, ts := range perArt {
		for _, t := range ts {
			p := r.placeOf(t)
			if p != "" && t.demo != "" && demoOf[p] == "" {
				demoOf[p] = t.demo
			}
			if p != "" && t.cls == state {
				stateOf[p]++
			}
			if t.actor != "" && t.place == "" && t.cls == armed {
				armedNamed[t.actor] = true
			}
		}
	}
	r.centre = argmax(stateOf)
	if r.centre == "" {
		r.centre = argmax(placeMentions(main, mentions))
	}
	switch {
	case r.centre == "":
		r.govName = governmentName
	case demoOf[r.centre] != "":
		r.govName = demoOf[r.centre] + " " + governmentName
	default:
		r.govName = governmentName + " of " + r.centre
	}
	r.armed = ArmedOpposition
	r.crowd = Crowd
	if len(armedNamed) == 1 {
		for n := range armedNamed {
			r.armed = n
		}
	}
	return r
}

// actorOf returns the row term t belongs to; "" drops it.
func (r *roles) actorOf(t term) string {
	p := r.placeOf(t)
	switch {
	case t.backed && t.cls == armed:
		return r.armed
	case t.backed:
		return ""
	case t.actor != "" && t.place == "":
		return t.actor
	case t.cls == crowd:
		return r.crowd // "Tollen protesters": the crowd, not the town
	case t.cls == armed:
		return r.armed
	case p != "" && p == r.centre && (t.cls == state || t.cls == generic):
		return r.govName
	case p != "":
		return p
	case t.cls == state && t.demo != "":
		return t.demo + " " + governmentName
	case t.cls == state:
		return r.govName
	}
	return ""
}

// placeOf returns the main place term t is attached to or whose adjective
// qualifies it, "" if none.
func (r *roles) placeOf(t term) string {
	if t.place != "" {
		return r.canonicalPlace(t.place)
	}
	if t.demo != "" {
		return r.placeOfDemonym(t.demo)
	}
	return ""
}

// canonicalPlace maps a place entity named by an adjective ("Kelmarian",
// when the recogniser did not know it) to the main place it is the
// adjective of.
func (r *roles) canonicalPlace(name string) string {
	if looksDemonym(name) {
		if p := r.placeOfDemonym(name); p != "" {
			return p
		}
	}
	return name
}

// placeOfDemonym returns the main place whose name the adjective demo is
// formed from ("Dalmaran" → Dalmar, "Vostran" → Vostra), "" if none: the
// longest common start, of at least four letters and all of the name but
// its last two.
func (r *roles) placeOfDemonym(demo string) string {
	if p, ok := r.demos[demo]; ok {
		return p
	}
	p := r.findPlace(demo)
	if r.demos != nil {
		r.demos[demo] = p
	}
	return p
}

func (r *roles) findPlace(demo string) string {
	d := text.Fold(demo)
	best, bestN := "", 0
	for name, typ := range r.main {
		if typ != parallax.Place || name == demo {
			continue
		}
		p := text.Fold(name)
		n := commonPrefix(d, p)
		if n >= 4 && n >= len(p)-2 && n > bestN {
			best, bestN = name, n
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// looksDemonym reports whether w has the shape of a nationality adjective.
func looksDemonym(w string) bool {
	if len(w) < 4 || strings.Contains(w, " ") {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "i", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeMentions returns the mention counts of the main places.
func placeMentions(main map[string]parallax.EntityType, mentions map[string]int) map[string]int {
	m := make(map[string]int)
	for n, typ := range main {
		if typ == parallax.Place && !looksDemonym(n) {
			m[n] = mentions[n]
		}
	}
	return m
}

// argmax returns the key with the largest count (the smallest on ties),
// "" when counts is empty or all zero.
func argmax(counts map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}
