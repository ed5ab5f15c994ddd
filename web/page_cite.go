package web

import (
	"strconv"
	"time"

	"github.com/parallax-news/parallax"
)

// cite is a link to the sentence a finding rests on:
// /articles/{Article}#s{Sentence}. Label is what the link reads ("#2 s4"),
// Title the outlet and sentence, shown on hover.
type cite struct {
	Article  string
	Sentence int // -1 when the sentence is unknown: the link goes to the article
	Label    string
	Title    string
}

// citer makes the citations of one report: articles are numbered #1, #2, …
// in the order of Report.Articles.
type citer struct {
	idx  map[string]int
	arts []parallax.StoryArticle
	// sentences maps a finding's text to the sentence of each article that
	// states it, for the summary, whose lines cite articles only.
	sentences map[string]map[string]int
}

func newCiter(r *parallax.Report) *citer {
	c := &citer{idx: make(map[string]int, len(r.Articles)), arts: r.Articles, sentences: map[string]map[string]int{}}
	for i, a := range r.Articles {
		c.idx[a.ID] = i
	}
	note := func(text string, e parallax.Evidence) {
		m := c.sentences[text]
		if m == nil {
			m = map[string]int{}
			c.sentences[text] = m
		}
		if _, ok := m[e.Article]; !ok {
			m[e.Article] = e.Sentence
		}
	}
	for _, f := range r.Facts {
		for _, e := range f.Support {
			note(f.Text, e)
			note(e.Text, e)
		}
	}
	for _, u := range r.Unique {
		for _, e := range u.Claims {
			note(e.Text, e)
		}
	}
	return c
}

// tag is the short name of article id ("#2"); the id when unlisted.
func (c *citer) tag(id string) string {
	if i, ok := c.idx[id]; ok {
		return "#" + strconv.Itoa(i+1)
	}
	return id
}

// outlet is the outlet of article id, or "outlet unknown".
func (c *citer) outlet(id string) string {
	if i, ok := c.idx[id]; ok && c.arts[i].Outlet != "" {
		return c.arts[i].Outlet
	}
	return "outlet unknown"
}

// column is the key of article id's outlet column: the outlet's name, or
// the article id when the outlet is unknown (as Fact.Outlets counts them).
func (c *citer) column(id string) string {
	if i, ok := c.idx[id]; ok && c.arts[i].Outlet != "" {
		return c.arts[i].Outlet
	}
	return id
}

// ev cites one piece of evidence.
func (c *citer) ev(e parallax.Evidence) cite {
	return cite{Article: e.Article, Sentence: e.Sentence,
		Label: c.tag(e.Article) + " s" + strconv.Itoa(e.Sentence),
		Title: c.outlet(e.Article) + ": " + e.Text}
}

// summary cites the articles of a summary line, each at the sentence that
// states the line when a fact or claim of the report says which.
func (c *citer) summary(line parallax.SummaryLine) []cite {
	out := make([]cite, 0, len(line.Citations))
	for _, id := range line.Citations {
		n, ok := c.sentences[line.Text][id]
		label := c.tag(id) + " s" + strconv.Itoa(n)
		if !ok {
			n, label = -1, c.tag(id)
		}
		out = append(out, cite{Article: id, Sentence: n, Label: label, Title: c.outlet(id)})
	}
	return out
}

// day formats a time as a date; "date unknown" for nil.
func day(t *time.Time) string {
	if t == nil {
		return "date unknown"
	}
	return t.UTC().Format(time.DateOnly)
}

// rfc3339Minutes formats a time for a reader, to the minute, in UTC.
func rfc3339Minutes(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
