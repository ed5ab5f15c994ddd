package entity

import (
	_ "embed"
	"strings"

	"github.com/parallax-news/parallax"
)

//go:embed gazetteer.txt
var gazetteerText string

// kind is what a gazetteer record names.
type kind int

const (
	country kind = iota
	capital
	city
	organisation
	seat // seat of government, named for its government ("the White House")
	people
)

// entry is one gazetteer record.
type entry struct {
	name    string
	typ     parallax.EntityType
	kind    kind
	of      string   // country a capital, city or seat belongs to; "" otherwise
	aliases []string // other names, demonyms excluded
}

// match is what a gazetteer key leads to. demonym reports whether the key is
// an adjective or a people ("Kenyan", "Kurds") rather than a name.
type match struct {
	e       *entry
	demonym bool
}

// gazetteer indexes the records by key.
type gazetteer struct {
	byKey    map[string]match
	maxWords int            // most words in a key
	span     map[string]int // first word of a key → most words of keys it opens
}

// parseGazetteer reads gazetteer.txt. Records that reuse a key keep the
// first: the file lists countries before cities and organisations.
func parseGazetteer(src string) *gazetteer {
	g := &gazetteer{byKey: make(map[string]match), span: make(map[string]int)}
	for line := range strings.SplitSeq(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		switch f[0] {
		case "C":
			e := &entry{name: f[1], typ: parallax.Place, kind: country, aliases: list(f[2])}
			g.add(e, f[1], false)
			g.addAll(e, e.aliases, false)
			g.addAll(e, list(f[3]), true)
			for _, c := range list(f[4]) {
				g.add(&entry{name: c, typ: parallax.Place, kind: capital, of: f[1]}, c, false)
			}
		case "P":
			names := list(f[1])
			e := &entry{name: names[0], typ: parallax.Place, kind: city, of: f[2], aliases: names[1:]}
			g.addAll(e, names, false)
		case "O":
			e := &entry{name: f[1], typ: parallax.Organisation, kind: organisation, aliases: list(f[2])}
			g.add(e, f[1], false)
			g.addAll(e, e.aliases, false)
		case "S":
			e := &entry{name: f[1], typ: parallax.Organisation, kind: seat, of: f[3], aliases: list(f[2])}
			g.add(e, f[1], false)
			g.addAll(e, e.aliases, false)
		case "G":
			e := &entry{name: f[1], typ: parallax.Group, kind: people}
			g.add(e, f[1], true)
			g.addAll(e, list(f[2]), true)
		}
	}
	return g
}

func list(field string) []string {
	if field == "" {
		return nil
	}
	return strings.Split(field, ";")
}

func (g *gazetteer) addAll(e *entry, names []string, demonym bool) {
	for _, n := range names {
		g.add(e, n, demonym)
	}
}

func (g *gazetteer) add(e *entry, name string, demonym bool) {
	k := keyOf(name)
	if k == "" {
		return
	}
	if _, dup := g.byKey[k]; dup {
		return
	}
	g.byKey[k] = match{e: e, demonym: demonym}
	n := strings.Count(k, " ") + 1
	g.maxWords = max(g.maxWords, n)
	first, _, _ := strings.Cut(k, " ")
	g.span[first] = max(g.span[first], n)
	// "the White House", "The Hague": also known without the article.
	if rest, ok := strings.CutPrefix(k, "the "); ok && e.kind == seat {
		g.byKey[rest] = match{e: e, demonym: demonym}
		first, _, _ := strings.Cut(rest, " ")
		g.span[first] = max(g.span[first], n-1)
	}
}

// lookup returns the gazetteer match for key.
func (g *gazetteer) lookup(key string) (match, bool) {
	m, ok := g.byKey[key]
	return m, ok
}

// words returns the most words a key opening with word w can have; 0 when
// no key opens with it. Token keys may hold spaces ("al sham"), so this
// counts key words, an upper bound on tokens.
func (g *gazetteer) words(w string) int {
	first, _, _ := strings.Cut(w, " ")
	return g.span[first]
}
