// Package reconcile reads the annotated articles of one story side by side
// and reports what a careful analyst would find: the facts several outlets
// state (in whatever words), the quantities and dates they give differently,
// what each article alone reports, and a summary cited to every supporting
// article. Quote groups, framing and the timeline come from the subpackages
// quotegroup, framing and timeline; Story composes them into one
// parallax.Report.
//
// Sentences are compared through features: canonical entity names from the
// annotations, numbers, and content words folded, stemmed and mapped through
// a small lexicon of general English paraphrases ("utmost" ≈ "strenuous
// efforts", "request" ≈ "initiative"). Candidate pairs come from an inverted
// index over features, so the cost grows with the number of sentence pairs
// that share words, never with all pairs.
package reconcile

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// DefaultSummarySentences is the summary length when Options does not say.
const DefaultSummarySentences = 5

// Options tunes Story. The zero value is ready to use.
type Options struct {
	// SummarySentences is the number of summary sentences wanted; 0 means
	// DefaultSummarySentences. The summary is shorter when the story has
	// fewer distinct claims.
	SummarySentences int
	// Copies maps the id of an article that is a near-copy of another to
	// the id of that other (as found by the cluster stage). Copies are
	// listed with CopyOf set and never count as independent support.
	Copies map[string]string
	// ID is the story id; "" derives one from the article ids.
	ID string
}

// story is the working state of one reconciliation.
type story struct {
	opts    Options
	arts    []*parallax.Annotated
	ids     []string // article ids, unique, in the order of arts
	outlets []string // independence key per article: outlet, or id; "" for a copy
	c       *corpus
	pairs   []pair
	groups  []group
	groupOf []int       // unit -> index in groups, -1 when in none
	days    []*soleDate // unit -> its sole explicit day, computed on demand
	evs     [][]event   // unit -> the events it tells (eventPairs)
	pers    []*[]period // unit -> the periods its dates name, computed on demand
}

// Story reconciles the annotated articles of one story into a report. It
// never fails: missing information (an article without outlet or date) is
// stated in Report.Notes. arts must have been annotated together (entity
// names unified across them); Story does not modify them.
func Story(arts []*parallax.Annotated, opts Options) *parallax.Report {
	st := newStory(arts, opts)
	r := &parallax.Report{
		ID:       st.id(),
		Articles: st.articles(),
		Entities: st.entities(),
	}
	for _, o := range st.outlets {
		if o != "" {
			r.Independent++
		}
	}
	r.Facts = st.facts()
	r.Discrepancies = st.discrepancies()
	r.Unique = st.unique(r.Discrepancies)
	r.Summary = st.summary(cmpOr(opts.SummarySentences, DefaultSummarySentences))
	r.Title = st.title()
	st.addSubpackages(r)
	r.Date = st.date(r.Timeline)
	r.Notes = st.notes()
	nonNil(r)
	return r
}

// nonNil replaces nil lists by empty ones, so that the JSON form has [] and
// never null where docs/report.md promises an array.
func nonNil(r *parallax.Report) {
	r.Articles = orEmpty(r.Articles)
	r.Entities = orEmpty(r.Entities)
	for i := range r.Entities {
		r.Entities[i].Aliases = orEmpty(r.Entities[i].Aliases)
		r.Entities[i].Articles = orEmpty(r.Entities[i].Articles)
	}
	r.Facts = orEmpty(r.Facts)
	r.Discrepancies = orEmpty(r.Discrepancies)
	r.Unique = orEmpty(r.Unique)
	r.Quotes = orEmpty(r.Quotes)
	r.Framing = orEmpty(r.Framing)
	r.Timeline = orEmpty(r.Timeline)
	r.Summary = orEmpty(r.Summary)
	for i := range r.Summary {
		r.Summary[i].Citations = orEmpty(r.Summary[i].Citations)
	}
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Summary returns only the story's cited summary, as Story would give it,
// without the rest of the report.
func Summary(arts []*parallax.Annotated, opts Options) []parallax.SummaryLine {
	st := newStory(arts, opts)
	return st.summary(cmpOr(opts.SummarySentences, DefaultSummarySentences))
}

func newStory(arts []*parallax.Annotated, opts Options) *story {
	st := &story{opts: opts, arts: arts}
	st.ids = uniqueIDs(arts)
	st.outlets = make([]string, len(arts))
	for i, a := range arts {
		if opts.Copies[st.ids[i]] != "" {
			continue
		}
		st.outlets[i] = outletKey(a.Outlet, st.ids[i])
	}
	st.c = newCorpus(arts)
	st.pairs = st.eventPairs(st.c.pairs())
	st.groups = st.c.groups(st.pairs, st.fits)
	st.groupOf = make([]int, len(st.c.units))
	for i := range st.groupOf {
		st.groupOf[i] = -1
	}
	for g, gr := range st.groups {
		for _, u := range gr.units {
			st.groupOf[u] = g
		}
	}
	return st
}

func cmpOr(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// outletKey names an article's outlet for counting independent support: the
// outlet's display name, or the article id when the outlet is unknown.
func outletKey(outlet, id string) string {
	if o := strings.TrimSpace(outlet); o != "" {
		return o
	}
	return id
}

// uniqueIDs returns each article's id, made unique with "-2", "-3"… and
// invented ("article-N") when empty.
func uniqueIDs(arts []*parallax.Annotated) []string {
	seen := map[string]int{}
	out := make([]string, len(arts))
	for i, a := range arts {
		id := a.ID
		if id == "" {
			id = fmt.Sprintf("article-%d", i+1)
		}
		seen[id]++
		if n := seen[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		out[i] = id
	}
	return out
}

// id returns the story id: Options.ID, or a hash of the sorted article ids.
func (st *story) id() string {
	if st.opts.ID != "" {
		return st.opts.ID
	}
	ids := slices.Clone(st.ids)
	slices.Sort(ids)
	sum := sha256.Sum256([]byte(strings.Join(ids, "\x00")))
	return "story-" + hex.EncodeToString(sum[:6])
}

// articles lists the story's articles.
func (st *story) articles() []parallax.StoryArticle {
	out := make([]parallax.StoryArticle, len(st.arts))
	for i, a := range st.arts {
		out[i] = parallax.StoryArticle{
			ID: st.ids[i], Outlet: a.Outlet, Title: a.Title, Published: a.Published,
			Source: a.Source, CopyOf: st.opts.Copies[st.ids[i]],
		}
	}
	return out
}

// evidence returns the evidence for the byte range [start, end) of article
// a's text, found in sentence sent, with character offsets.
func (st *story) evidence(a, sent, start, end int) parallax.Evidence {
	doc := st.arts[a].Text
	start, end = max(0, min(start, len(doc))), max(0, min(end, len(doc)))
	cs := utf8.RuneCountInString(doc[:start])
	return parallax.Evidence{
		Article:  st.ids[a],
		Sentence: sent,
		Text:     doc[start:end],
		Start:    cs,
		End:      cs + utf8.RuneCountInString(doc[start:end]),
	}
}

// unitEvidence returns the evidence for a unit: its sentence or clause.
func (st *story) unitEvidence(u int) parallax.Evidence {
	un := st.c.units[u]
	return st.evidence(un.art, un.sent, un.start, un.end)
}

// support returns the distinct independent outlets of the given units'
// articles, in order of first appearance.
func (st *story) support(units []int) []string {
	var out []string
	for _, u := range units {
		o := st.outlets[st.c.units[u].art]
		if o != "" && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// folded returns the fold of s with runs of space collapsed.
func folded(s string) string {
	return strings.Join(strings.Fields(text.Fold(s)), " ")
}
