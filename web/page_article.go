package web

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// articleView is the article page.
type articleView struct {
	Title     string
	A         *parallax.StoredArticle
	Outlet    string
	Published string
	Link      string // the article's URL when it is http(s), else ""
	Stored    string
	Annotated bool
	StoryID   string
	Story     string // the story's title; "" when the article has none
	Paras     []para
	Counts    map[string]int // sentences per class: shared, unique, quoted
	Entities  []entityRow
}

// para is a paragraph of the article: its sentences and any text between
// them that no sentence holds.
type para struct {
	Heading bool
	Pieces  []piece
}

// piece is a sentence (N >= 0, with its classes) or loose text (N < 0).
type piece struct {
	N     int
	Class string // "sent" and any of "shared", "unique", "quoted"
	Text  string
}

// entityRow is an entity of the article with where it is first named.
type entityRow struct {
	Name, Type, Aliases string
	Mentions, First     int
}

// articlePage shows an article, its sentences marked by what the story's
// report makes of them, and its annotations.
func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	a, err := s.store.Articles.FindArticleByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	v := articleView{Title: orText(a.Title, a.ID), A: a, Outlet: orText(a.Outlet, "outlet unknown"), Published: "date unknown",
		Stored: rfc3339Minutes(a.Created), Annotated: a.AnnotatedAt != nil, StoryID: a.Story, Counts: map[string]int{}}
	if a.Published != nil {
		v.Published = a.Published.UTC().Format(time.DateOnly)
		if a.PublishedPrecision == "" {
			v.Published = rfc3339Minutes(*a.Published)
		}
	}
	if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		v.Link = a.URL
	}
	var rep *parallax.Report
	if a.Story != "" {
		rv, err := s.store.Stories.FindReport(r.Context(), a.Story, 0)
		switch {
		case err == nil:
			rep = rv.Report
			v.Story = orText(rep.Title, a.Story)
		case parallax.ErrorCode(err) != parallax.ENOTFOUND:
			return err
		}
	}
	classes := sentenceClasses(a, rep)
	v.Paras = paragraphs(&a.Annotated, classes)
	for _, c := range classes {
		for _, k := range strings.Fields(c) {
			v.Counts[k]++
		}
	}
	for _, e := range a.Entities {
		v.Entities = append(v.Entities, entityRow{Name: e.Name, Type: string(e.Type), Aliases: strings.Join(e.Aliases, ", "),
			Mentions: len(e.Mentions), First: e.Mentions[0].Sentence})
	}
	return render(w, http.StatusOK, "article", v)
}

// sentenceClasses returns, per sentence of a, the space-separated classes
// the report gives it: "shared" when a fact cites it, "unique" when it is
// a claim only this article makes, "quoted" when it holds a quote (from the
// article's annotations or the report's quote groups). rep may be nil.
func sentenceClasses(a *parallax.StoredArticle, rep *parallax.Report) []string {
	sets := make([][]string, len(a.Sentences))
	mark := func(n int, class string) {
		if n >= 0 && n < len(sets) && (len(sets[n]) == 0 || sets[n][len(sets[n])-1] != class) {
			sets[n] = append(sets[n], class)
		}
	}
	if rep != nil {
		for _, f := range rep.Facts {
			for _, e := range f.Support {
				if e.Article == a.ID {
					mark(e.Sentence, "shared")
				}
			}
		}
		for _, u := range rep.Unique {
			if u.Article == a.ID {
				for _, e := range u.Claims {
					mark(e.Sentence, "unique")
				}
			}
		}
	}
	quoted := make([]bool, len(sets))
	for _, q := range a.Quotes {
		for i, s := range a.Sentences {
			if s.Start < q.End && q.Start < s.End {
				quoted[i] = true
			}
		}
	}
	if rep != nil {
		for _, g := range rep.Quotes {
			for _, x := range g.Variants {
				if x.Article == a.ID && x.Sentence >= 0 && x.Sentence < len(quoted) {
					quoted[x.Sentence] = true
				}
			}
		}
	}
	out := make([]string, len(sets))
	for i, set := range sets {
		if quoted[i] {
			set = append(set, "quoted")
		}
		out[i] = strings.Join(set, " ")
	}
	return out
}

// paragraphs splits the article's text into paragraphs at line breaks
// between sentences; without sentences (not annotated yet) each line is a
// paragraph of loose text.
func paragraphs(a *parallax.Annotated, classes []string) []para {
	var out []para
	cur := para{}
	flush := func() {
		if len(cur.Pieces) > 0 {
			out = append(out, cur)
		}
		cur = para{}
	}
	loose := func(t string) {
		for i, line := range strings.Split(t, "\n") {
			if i > 0 {
				flush()
			}
			if strings.TrimSpace(line) != "" {
				cur.Pieces = append(cur.Pieces, piece{N: -1, Text: strings.TrimSpace(line)})
			}
		}
	}
	end := 0
	for i, s := range a.Sentences {
		if s.Start < end || s.End > len(a.Text) {
			continue // overlapping or out of range: not from this text
		}
		loose(a.Text[end:s.Start])
		if s.Heading {
			flush()
		}
		cur.Heading = cur.Heading || (s.Heading && len(cur.Pieces) == 0)
		cur.Pieces = append(cur.Pieces, piece{N: i, Class: strings.TrimSpace("sent " + classes[i]), Text: a.Text[s.Start:s.End]})
		if s.Heading {
			flush()
		}
		end = s.End
	}
	loose(a.Text[end:])
	flush()
	return out
}
