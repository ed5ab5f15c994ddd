package quotegroup

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// word is one token of a quote, with what the comparisons need.
type word struct {
	fold string // folded, possessive removed: compared for verbatim
	// concept is the unit of content comparison: a synonym class of the
	// stem, "@Name" for a named entity, "#123" for a number; "" for a
	// function word or the tail of a multi-word entity mention.
	concept string
	// norm is compared for sequences (LCS, shared phrases): concept for
	// content words, modal class for modals, fold otherwise.
	norm       string
	modal      string // "must", "will" or "can" class; "" if not a modal
	neg        bool   // a negation: not, no, never, n't
	actor      bool   // concept names a person, organisation or group
	start, end int    // byte span in the quote's Text
}

// mention is one entity mention, as a byte span of an article's Text.
type mention struct {
	start, end int
	name       string
	typ        parallax.EntityType
}

// mentionsOf returns a's entity mentions sorted by start.
func mentionsOf(a *parallax.Annotated) []mention {
	var ms []mention
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mention{m.Start, m.End, e.Name, e.Type})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// modalClass groups modal verbs by what they assert: obligation, intention
// or future, possibility. Reported-speech backshift (will → would, can →
// could) stays within a class.
var modalClass = map[string]string{
	"must": "must", "should": "must", "ought": "must",
	"will": "will", "would": "will", "shall": "will", "wo": "will",
	"can": "can", "could": "can", "may": "can", "might": "can", "cannot": "can",
}

// negations are the words that flip a clause's polarity.
var negations = map[string]bool{"not": true, "no": true, "never": true, "nor": true, "cannot": true, "neither": true}

// singleNames maps the folded one-word entity names of arts (a place, a
// group known by one word) to their entity, so that a name one article's
// annotations missed still compares equal to the name elsewhere.
func singleNames(arts []*parallax.Annotated) map[string]mention {
	m := make(map[string]mention)
	for _, a := range arts {
		for _, e := range a.Entities {
			if !strings.ContainsAny(e.Name, " -") {
				m[text.Fold(e.Name)] = mention{name: e.Name, typ: e.Type}
			}
		}
	}
	return m
}

// words cuts quote text s (found at byte offset base of its article's Text)
// into words; ms are the article's mentions, used to give entity names one
// concept each, and names the story's one-word names (singleNames), used
// for a capitalised word that is a name no mention covers.
func words(s string, base int, ms []mention, names map[string]mention) []word {
	toks := text.Tokens(s)
	out := make([]word, 0, len(toks))
	mi := sort.Search(len(ms), func(i int) bool { return ms[i].end > base })
	lastMention := -1
	for _, t := range toks {
		w := word{start: t.Start, end: t.End}
		f := text.Base(text.Fold(t.Text))
		w.fold = f
		w.norm = f
		docAt := base + t.Start
		for mi < len(ms) && ms[mi].end <= docAt {
			mi++
		}
		if mi < len(ms) && ms[mi].start <= docAt {
			if mi != lastMention {
				w.concept = "@" + ms[mi].name
				w.norm = w.concept
				w.actor = ms[mi].typ != parallax.Place
				lastMention = mi
			} else {
				w.norm = ""
			}
			out = append(out, w)
			continue
		}
		if n, ok := names[f]; ok && startsUpper(t.Text) {
			w.concept, w.norm, w.actor = "@"+n.name, "@"+n.name, n.typ != parallax.Place
			out = append(out, w)
			continue
		}
		if f == "may" && t.Start > 0 && t.Text == "May" {
			f = "may-month" // the month, not the modal
		}
		classify(&w, f)
		out = append(out, w)
	}
	return out
}

// classify fills concept, norm, modal and neg of w from its folded form f.
func classify(w *word, f string) {
	if strings.HasSuffix(f, "n't") {
		w.neg = true
		f = strings.TrimSuffix(f, "n't")
		if c, ok := modalClass[f]; ok {
			w.modal = c
			w.norm = "MOD:" + c
		}
		return
	}
	if negations[f] {
		w.neg = true
	}
	if c, ok := modalClass[f]; ok {
		w.modal = c
		w.norm = "MOD:" + c
		return
	}
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.IsDigit(r) {
		w.concept = "#" + strings.ReplaceAll(f, ",", "")
		w.norm = w.concept
		return
	}
	if text.IsStopword(f) {
		return
	}
	w.concept = concept(f)
	w.norm = w.concept
}

// concept returns the comparison unit of the folded content word f: its
// stem cut to stemLen bytes (so derivations meet: "diplomacy",
// "diplomatic"), mapped through the synonym table.
func concept(f string) string {
	if c, ok := numberWords[f]; ok {
		return c
	}
	st := stemKey(f)
	if c, ok := synonyms[st]; ok {
		return c
	}
	return st
}

// stemLen is the length stems are cut to.
const stemLen = 7

func stemKey(f string) string {
	st := text.Stem(strings.TrimSuffix(f, "."))
	if len(st) > stemLen {
		st = st[:stemLen]
	}
	return st
}

// conceptSet returns the distinct concepts of ws.
func conceptSet(ws []word) map[string]bool {
	set := make(map[string]bool, len(ws))
	for _, w := range ws {
		if w.concept != "" {
			set[w.concept] = true
		}
	}
	return set
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
