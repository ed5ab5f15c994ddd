// Package framing collects, for each main actor of a story, the words each
// article uses for it: designations and labels ("rebels", "terrorist
// group", "regime", "legitimate authorities"), side by side.
package framing

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Names of the collective actors: labels no name is attached to.
const (
	ArmedOpposition = "armed opposition (unnamed)"
	governmentName  = "government"
)

// term is one designation found in one article.
type term struct {
	actor string // entity name, or "" for a collective yet to be named
	cls   class
	demo  string // demonym qualifying a state label ("Syrian"), else ""
	text  string
	sent  int
	cands []string // for an unnamed label: the main entities its sentence names
}

// Build returns the framing of the story told by arts: for each main actor
// — an entity mentioned by at least two articles, or a collective (the
// government of a country, the unnamed armed opposition) — the designations
// each article uses for it, in article order, each once per article with
// its first sentence. Labels attached to a name (before it, after it, in
// an apposition, after "is a" or "designated as") go to that entity;
// unnamed labels go to the one main entity named in the same sentence,
// else to their collective. Labels inside a direct quotation are shown in
// quotation marks: they are the speaker's words. Actors are ordered by the
// number of articles that label them, then by name.
func Build(arts []*parallax.Annotated) []parallax.Framing {
	main := mainActors(arts)
	perArt := make([][]term, len(arts))
	for i, a := range arts {
		perArt[i] = scanArticle(a, main)
	}
	nameCollectives(perArt, main)
	return collect(arts, perArt)
}

// mainActors returns the names of the entities mentioned by two articles
// or more, with their types.
func mainActors(arts []*parallax.Annotated) map[string]parallax.EntityType {
	count := make(map[string]int)
	types := make(map[string]parallax.EntityType)
	for _, a := range arts {
		seen := make(map[string]bool)
		for _, e := range a.Entities {
			if !seen[e.Name] {
				seen[e.Name] = true
				count[e.Name]++
				types[e.Name] = e.Type
			}
		}
	}
	main := make(map[string]parallax.EntityType)
	for n, c := range count {
		if c >= 2 || len(arts) == 1 {
			main[n] = types[n]
		}
	}
	return main
}

// nameCollectives gives every unnamed label its actor: a state label its
// country's government (the story's most common demonym when the label has
// none), an armed label the one main entity that named labels call armed,
// if there is exactly one, else the unnamed armed opposition.
func nameCollectives(perArt [][]term, main map[string]parallax.EntityType) {
	demos := make(map[string]int)
	armedNamed := make(map[string]bool)
	for _, ts := range perArt {
		for _, t := range ts {
			if t.actor == "" && t.cls == state && t.demo != "" {
				demos[t.demo]++
			}
			if t.actor != "" && t.cls == armed {
				armedNamed[t.actor] = true
			}
		}
	}
	dominant := ""
	for d, n := range demos {
		if n > demos[dominant] || n == demos[dominant] && d < dominant {
			dominant = d
		}
	}
	armedActor := ArmedOpposition
	if len(armedNamed) == 1 {
		for n := range armedNamed {
			armedActor = n
		}
	}
	for _, ts := range perArt {
		for k := range ts {
			t := &ts[k]
			switch {
			case t.actor != "":
			case t.cls == armed:
				t.actor = armedActor
				if n := linkedArmed(t.cands, armedNamed); n != "" {
					t.actor = n
				}
			case t.demo != "":
				t.actor = t.demo + " " + governmentName
			case dominant != "":
				t.actor = dominant + " " + governmentName
			default:
				t.actor = governmentName
			}
		}
	}
}

// collect turns the terms into the report's framing, one entry per actor.
func collect(arts []*parallax.Annotated, perArt [][]term) []parallax.Framing {
	byActor := make(map[string]*parallax.Framing)
	labelled := make(map[string]map[string]bool)
	var order []string
	for i, ts := range perArt {
		seen := make(map[string]bool)
		for _, t := range ts {
			key := t.actor + "\x00" + text.Fold(t.text)
			if seen[key] {
				continue
			}
			seen[key] = true
			f := byActor[t.actor]
			if f == nil {
				f = &parallax.Framing{Entity: t.actor}
				byActor[t.actor] = f
				labelled[t.actor] = make(map[string]bool)
				order = append(order, t.actor)
			}
			f.Terms = append(f.Terms, parallax.FramingTerm{Article: arts[i].ID, Term: t.text, Sentence: t.sent})
			labelled[t.actor][arts[i].ID] = true
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if len(labelled[a]) != len(labelled[b]) {
			return len(labelled[a]) > len(labelled[b])
		}
		return strings.ToLower(a) < strings.ToLower(b)
	})
	out := make([]parallax.Framing, 0, len(order))
	for _, n := range order {
		out = append(out, *byActor[n])
	}
	return out
}

// linkedArmed returns the one entity of cands that other labels call
// armed, or "".
func linkedArmed(cands []string, armedNamed map[string]bool) string {
	found := ""
	for _, c := range cands {
		if armedNamed[c] {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}
