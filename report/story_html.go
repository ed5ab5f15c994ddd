package report

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"

	"github.com/parallax-news/parallax"
)

//go:embed story.html.tmpl
var storyHTMLSource string

// storyHTML is the page template, parsed once.
var storyHTML = template.Must(template.New("story").Parse(storyHTMLSource))

// StoryHTML writes reports as one self-contained HTML page: inline CSS, no
// scripts, no external assets, so it works offline and can be shared as a
// file. Per story: the articles, the cited summary, facts as rows against
// outlets as columns, discrepancy cards, what only one article says, quote
// groups with each variant's differences from the fullest version marked
// (<ins> words it adds, <del> words it lacks), the framing table and the
// timeline. Every finding cites its articles (#n, sentence s4). All text
// is escaped by html/template.
func StoryHTML(w io.Writer, reports []*parallax.Report) error {
	page := htmlPage{}
	for _, r := range reports {
		page.Stories = append(page.Stories, newHTMLStory(r))
	}
	return storyHTML.Execute(w, page)
}

// The view model the template renders.
type (
	htmlPage struct {
		Stories []htmlStory
	}
	htmlStory struct {
		R       *parallax.Report
		Day     string
		Columns []htmlColumn
		Facts   []htmlFact
		Quotes  []htmlQuoteGroup
		Framing []htmlFraming
		Unique  []htmlUnique
		// Revisions are the articles changed after publication.
		Revisions []htmlRevision
		Cite      func(ids []string) string
		Ev        func(e parallax.Evidence) string
	}
	htmlColumn struct {
		Tag, Outlet, Title, Published, Source, CopyOf string
	}
	htmlFact struct {
		Text    string
		Outlets int
		Cells   []*parallax.Evidence // one per column; nil when the article is silent
	}
	htmlQuoteGroup struct {
		Speaker, Channel, Text string
		Variants               []htmlVariant
	}
	htmlVariant struct {
		// Fidelity is the grade's CSS class, Label what the page shows.
		Cite, Kind, Fidelity, Label, Why string
		Diff                             []segment
	}
	htmlFraming struct {
		Entity string
		Cells  [][]parallax.FramingTerm
	}
	htmlUnique struct {
		Tag, Outlet string
		Claims      []parallax.Evidence
	}
)

func newHTMLStory(r *parallax.Report) htmlStory {
	c := newCiter(r)
	s := htmlStory{R: r, Day: dayOf(r), Cite: c.tags, Ev: c.ev, Revisions: htmlRevisions(c, r)}
	for i, a := range r.Articles {
		col := htmlColumn{Tag: "#" + strconv.Itoa(i+1), Outlet: orText(a.Outlet, "outlet unknown"),
			Title: a.Title, Published: "date unknown", Source: a.Source}
		if a.Published != nil {
			col.Published = a.Published.Format("2006-01-02")
		}
		if a.CopyOf != "" {
			col.CopyOf = c.tag(a.CopyOf)
		}
		s.Columns = append(s.Columns, col)
	}
	for _, f := range r.Facts {
		sup := supports(f)
		hf := htmlFact{Text: f.Text, Outlets: len(f.Outlets)}
		for _, a := range r.Articles {
			if e, ok := sup[a.ID]; ok {
				hf.Cells = append(hf.Cells, &e)
			} else {
				hf.Cells = append(hf.Cells, nil)
			}
		}
		s.Facts = append(s.Facts, hf)
	}
	for _, g := range r.Quotes {
		s.Quotes = append(s.Quotes, htmlGroup(c, g))
	}
	for _, f := range r.Framing {
		hf := htmlFraming{Entity: f.Entity, Cells: make([][]parallax.FramingTerm, len(r.Articles))}
		for _, t := range f.Terms {
			if i, ok := c.idx[t.Article]; ok {
				hf.Cells[i] = append(hf.Cells[i], t)
			}
		}
		s.Framing = append(s.Framing, hf)
	}
	for _, u := range r.Unique {
		s.Unique = append(s.Unique, htmlUnique{Tag: c.tag(u.Article), Outlet: c.name(u.Article), Claims: u.Claims})
	}
	return s
}

func htmlGroup(c *citer, g parallax.QuoteGroup) htmlQuoteGroup {
	hg := htmlQuoteGroup{Speaker: orText(g.Speaker, "speaker unknown"), Channel: g.Channel, Text: g.Text}
	for _, v := range g.Variants {
		hv := htmlVariant{Cite: c.ev(v.Evidence), Kind: string(v.Kind), Fidelity: string(v.Fidelity), Label: string(v.Fidelity), Why: v.Why}
		if !graded(g) {
			hv.Fidelity, hv.Label = "sole", soleOutlet
		}
		if v.Fidelity == parallax.Verbatim {
			hv.Diff = []segment{{Op: same, Text: v.Text}}
		} else {
			hv.Diff = wordDiff(g.Text, v.Text)
		}
		hg.Variants = append(hg.Variants, hv)
	}
	return hg
}

// Op names for the template.
func (s segment) Same() bool    { return s.Op == same }
func (s segment) Added() bool   { return s.Op == added }
func (s segment) Dropped() bool { return s.Op == dropped }
