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
	// Crowd is the row of the people of a protest no name is attached to
	// ("protesters", "rioters", "the mob"); it is kept only when the story
	// calls them by two different words or more.
	Crowd          = "crowd (unnamed)"
	governmentName = "government"
)

// term is one designation found in one article.
type term struct {
	actor string // entity name, or "" for a collective yet to be named
	// place is the main place the label is attached to ("Dalmaran regime",
	// "Kelmaria's authorities"), "" if none; actor is then "".
	place  string
	backed bool // the label names those a place backs ("Ndovan-backed factions")
	cls    class
	demo   string // nationality adjective qualifying the label ("Dalmaran"), else ""
	text   string
	sent   int
	at     int // index of its first token
}

// Build returns the framing of the story told by arts: for each main actor
// — an entity mentioned by at least two articles, or a collective (the
// government of the story's central country, the unnamed armed
// opposition, the unnamed crowd of a protest when it is called by two
// different words) — the designations each article uses for it, in article
// order, each once per article with its first sentence. A label goes to
// the actor its own phrase designates: the name it is attached to (before
// it, after it, in an apposition, after "is a" or "designated as"), or a
// definite "the group" standing for the organisation named just before,
// or the organisation or group a possessive ("its armed wing", "as their
// proxies") or a holding verb ("the group has 900 fighters") links it to;
// bare heads alone or beside a country's adjective ("troops", "Vostran
// soldiers") are not framing; labels attached to a country follow collective.go (its state words go
// to its government, armed words to the armed opposition). Unnamed armed
// labels go to the one named armed actor if the story has exactly one,
// else to the armed opposition; unnamed state labels to the central
// country's government; crowd words no actor's name is attached to
// ("protesters", "Tollen rioters", "the mob") to the crowd. Labels inside a direct quotation are shown in
// quotation marks: they are the speaker's words. Actors are ordered by the
// number of articles that label them, then by name.
func Build(arts []*parallax.Annotated) []parallax.Framing {
	arts = sameNames(arts)
	main := mainActors(arts)
	perArt := make([][]term, len(arts))
	for i, a := range arts {
		perArt[i] = scanArticle(a, main)
	}
	r := resolveRoles(perArt, main, mentionCounts(arts))
	for _, ts := range perArt {
		for k := range ts {
			ts[k].actor = r.actorOf(ts[k])
		}
	}
	return dropUniform(collect(arts, perArt), Crowd)
}

// dropUniform removes the row of actor when all its terms share one head
// word ("protesters" everywhere): it then shows no difference of framing.
func dropUniform(fr []parallax.Framing, actor string) []parallax.Framing {
	for i, f := range fr {
		if f.Entity != actor {
			continue
		}
		heads := make(map[string]bool)
		for _, t := range f.Terms {
			w := strings.Fields(text.Fold(strings.Trim(t.Term, "“”\"")))
			if len(w) > 0 {
				heads[lemma(w[len(w)-1])] = true
			}
		}
		if len(heads) < 2 {
			return append(fr[:i], fr[i+1:]...)
		}
	}
	return fr
}

// mentionCounts returns how often each entity is mentioned in arts.
func mentionCounts(arts []*parallax.Annotated) map[string]int {
	m := make(map[string]int)
	for _, a := range arts {
		for _, e := range a.Entities {
			m[e.Name] += len(e.Mentions)
		}
	}
	return m
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

// collect turns the terms into the report's framing, one entry per actor.
func collect(arts []*parallax.Annotated, perArt [][]term) []parallax.Framing {
	byActor := make(map[string]*parallax.Framing)
	labelled := make(map[string]map[string]bool)
	var order []string
	for i, ts := range perArt {
		seen := make(map[string]bool)
		for _, t := range ts {
			key := t.actor + "\x00" + text.Fold(t.text)
			if t.actor == "" || seen[key] {
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
