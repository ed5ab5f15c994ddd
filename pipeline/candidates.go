package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/text"
)

// Bounds on the full-text queries that find an article's candidate stories:
// the terms searched first, then the terms that stand in for those found
// common (see candidates).
const (
	queryEntities   = 4 // the article's most mentioned entities
	queryTitleWords = 3 // content words of its title
	queryTextWords  = 3 // its most frequent content words

	spareEntities   = 4 // entities after the first queryEntities
	spareTitleWords = 5 // title words after the first queryTitleWords
	spareTextWords  = 7 // frequent words after the first queryTextWords
)

// candidates returns the stories article a may belong to, each with its
// latest articles, as cluster groups: the stories found by searching the
// store for a's main entities and content words (see search for the dates),
// the most often found first, at most Config.Candidates.
//
// A term matching more stories than one search returns is common: it tells
// nothing about a's story, so its stories are not counted, the worker
// remembers it and never searches it again, and the next spare term of a
// stands in for it (see searchTerms). Since a term found common would be
// found common again, the stories found do not depend on what the worker
// remembers, only on the stored stories: workers racing find what one
// worker finds.
//
// The groups are in the order the stories were created, so every worker
// replays them alike.
func (w *Worker) candidates(ctx context.Context, a *parallax.Annotated) ([]cluster.Group, error) {
	hits := map[string]int{}
	var found []*parallax.Story
	terms, budget := searchTerms(a)
	for _, q := range terms {
		if budget == 0 {
			break
		}
		if w.common.has(q) {
			continue
		}
		ss, common, err := w.search(ctx, q, a.Published)
		if err != nil {
			return nil, err
		}
		if common {
			w.common.add(q)
			continue
		}
		budget--
		for _, s := range ss {
			if hits[s.ID] == 0 {
				found = append(found, s)
			}
			hits[s.ID]++
		}
	}
	slices.SortStableFunc(found, func(x, y *parallax.Story) int {
		return cmp.Or(cmp.Compare(hits[y.ID], hits[x.ID]), y.Updated.Compare(x.Updated), strings.Compare(x.ID, y.ID))
	})
	found = found[:min(len(found), w.cfg.Candidates)]
	slices.SortFunc(found, func(x, y *parallax.Story) int {
		return cmp.Or(x.Created.Compare(y.Created), strings.Compare(x.ID, y.ID))
	})
	return w.groups(ctx, found)
}

// search returns the stories matching query q that an article published at
// pub (nil when undated) may join: undated stories, and stories dated within
// the window of pub. It reports common, with no stories, when q matches more
// than a page of 2×Config.Candidates stories.
func (w *Worker) search(ctx context.Context, q string, pub *time.Time) (out []*parallax.Story, common bool, err error) {
	f := parallax.StoryFilter{Query: q, Limit: 2 * w.cfg.Candidates}
	page, err := w.store.Stories.FindStories(ctx, f)
	if err != nil {
		return nil, false, fmt.Errorf("find candidate stories: %w", err)
	}
	if page.Next != "" {
		return nil, true, nil
	}
	if pub == nil {
		return page.Stories, false, nil
	}
	since, until := pub.Add(-w.cfg.Window), pub.Add(w.cfg.Window)
	for _, s := range page.Stories {
		if s.Date == nil || !s.Date.Before(since) && s.Date.Before(until) {
			out = append(out, s)
		}
	}
	return out, false, nil
}

// groups reads the latest Config.GroupArticles annotated articles of each
// story, through the worker's cache.
func (w *Worker) groups(ctx context.Context, stories []*parallax.Story) ([]cluster.Group, error) {
	var missing []string
	for _, s := range stories {
		for _, id := range latest(s.Articles, w.cfg.GroupArticles) {
			if w.cache.get(id) == nil {
				missing = append(missing, id)
			}
		}
	}
	read, err := w.articles(ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, a := range read {
		w.cache.put(a)
	}
	gs := make([]cluster.Group, 0, len(stories))
	for _, s := range stories {
		g := cluster.Group{ID: s.ID}
		for _, id := range latest(s.Articles, w.cfg.GroupArticles) {
			if a := w.cache.get(id); a != nil {
				g.Articles = append(g.Articles, a)
			} else if a := read[id]; a != nil {
				g.Articles = append(g.Articles, a) // evicted meanwhile
			}
		}
		gs = append(gs, g)
	}
	return gs, nil
}

// latest returns the last n ids.
func latest(ids []string, n int) []string { return ids[max(0, len(ids)-n):] }

// articles reads the annotated articles with the given ids; missing and
// unannotated ones are left out.
func (w *Worker) articles(ctx context.Context, ids []string) (map[string]*parallax.Annotated, error) {
	out := make(map[string]*parallax.Annotated, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), parallax.MaxLimit)]
		ids = ids[len(chunk):]
		page, err := w.store.Articles.FindArticles(ctx, parallax.ArticleFilter{IDs: chunk, Limit: len(chunk)})
		if err != nil {
			return nil, fmt.Errorf("read articles: %w", err)
		}
		for _, a := range page.Articles {
			if a.AnnotatedAt != nil {
				out[a.ID] = &a.Annotated
			}
		}
	}
	return out, nil
}

// searchTerms returns the full-text queries that find a's candidate
// stories, best first, and how many of them to search: the names of its
// most mentioned entities (as written when the canonical name does not
// occur in the text), the content words of its title, and its most frequent
// content words, queryEntities, queryTitleWords and queryTextWords of each
// (budget counts them); then spares of each kind in the same order, which
// stand in for the first ones found common. Each query is one name or one
// word, so that a story matches when any one of its articles shares it.
func searchTerms(a *parallax.Annotated) (terms []string, budget int) {
	add := func(q string) {
		if q = strings.TrimSpace(q); q != "" && !slices.Contains(terms, q) {
			terms = append(terms, q)
		}
	}
	ents := topEntities(a.Entities, queryEntities+spareEntities)
	title := contentWords(a.Title, 4)
	title = title[:min(len(title), queryTitleWords+spareTitleWords)]
	words := frequentWords(a.Text, queryTextWords+spareTextWords)
	ne, nt, nw := min(queryEntities, len(ents)), min(queryTitleWords, len(title)), min(queryTextWords, len(words))
	for _, e := range ents[:ne] {
		add(entityQuery(a.Text, e))
	}
	for _, word := range title[:nt] {
		add(word)
	}
	for _, word := range words[:nw] {
		add(word)
	}
	budget = len(terms)
	for _, e := range ents[ne:] {
		add(entityQuery(a.Text, e))
	}
	for _, word := range title[nt:] {
		add(word)
	}
	for _, word := range words[nw:] {
		add(word)
	}
	return terms, budget
}

// topEntities returns the n entities with the most mentions, ties by name.
func topEntities(ents []parallax.Entity, n int) []parallax.Entity {
	s := slices.Clone(ents)
	slices.SortFunc(s, func(x, y parallax.Entity) int {
		return cmp.Or(cmp.Compare(len(y.Mentions), len(x.Mentions)), strings.Compare(x.Name, y.Name))
	})
	return s[:min(n, len(s))]
}

// entityQuery is e's canonical name when the text contains it, else the
// words of its first mention.
func entityQuery(doc string, e parallax.Entity) string {
	if strings.Contains(text.Fold(doc), text.Fold(e.Name)) || len(e.Mentions) == 0 {
		return e.Name
	}
	return e.Mentions[0].Text
}

// contentWords returns the folded words of s that are not stop words, numbers
// or shorter than minLen bytes, in order, without repeats.
func contentWords(s string, minLen int) []string {
	var out []string
	for _, t := range text.Tokens(s) {
		w := text.Fold(t.Text)
		if len(w) < minLen || text.IsStopword(w) || isDigits(w) || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// frequentWords returns the n content words of s (5 bytes or longer) that
// occur most often, ties in order of first occurrence.
func frequentWords(s string, n int) []string {
	count := map[string]int{}
	var order []string
	for _, t := range text.Tokens(s) {
		w := text.Fold(t.Text)
		if len(w) < 5 || text.IsStopword(w) || isDigits(w) {
			continue
		}
		if count[w] == 0 {
			order = append(order, w)
		}
		count[w]++
	}
	slices.SortStableFunc(order, func(x, y string) int { return cmp.Compare(count[y], count[x]) })
	return order[:min(n, len(order))]
}

func isDigits(s string) bool {
	return strings.TrimLeft(s, "0123456789.,") == ""
}

// dayOf is t's day in UTC.
func dayOf(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }
