package web

import (
	"net/http"
	"strconv"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// storyView is the story page, and the body of a version page.
type storyView struct {
	Title    string // the page title
	R        *parallax.Report
	StoryID  string
	Version  int  // the report version shown
	Current  bool // whether it is the story's current report
	Day      string
	Articles []articleRow
	Summary  []summaryRow
	Columns  []string // the outlet columns of the facts and framing tables
	Facts    []factRow
	Discreps []discrepancyCard
	Unique   []uniqueBlock
	Quotes   []quoteBlock // statements two or more articles render
	Sole     []quoteBlock // statements one article reports, one variant each
	Framing  []framingRow
	Timeline timelineView
	Revs     []revisionBlock
	Versions []versionRow
	Changes  *reportChanges // set on a version page
}

type (
	articleRow struct {
		Tag, ID, Outlet, Title, Published, Source string
		CopyOf, CopyOfTag                         string // "" for an independent article
	}
	summaryRow struct {
		Text    string
		Outlets int
		Cites   []cite
	}
	factRow struct {
		Text    string
		Outlets int
		Cells   [][]cite // one per column; empty where the outlet is silent
	}
	discrepancyCard struct {
		About, Kind, Note string
		Values            []discrepantValue
	}
	discrepantValue struct {
		Value, Outlet, Text, ReportedBy, AsOf string
		Cite                                  cite
	}
	uniqueBlock struct {
		Tag, Outlet string
		Claims      []claimRow
	}
	claimRow struct {
		Text string
		Cite cite
	}
	quoteBlock struct {
		Speaker, Channel, Text string
		Variants               []variantRow
	}
	variantRow struct {
		Class, Label, Kind, Why, Outlet string
		Diff                            []report.DiffPiece
		Cite                            cite
	}
	framingRow struct {
		Entity string
		Cells  [][]termCell // one per column
	}
	termCell struct {
		Term string
		Cite cite
	}
	revisionBlock struct {
		parallax.ArticleRevision
		Tag, Outlet, Changed string
		MoreRemoved          int // removed sentences not listed
		MoreAdded            int
	}
	versionRow struct {
		N        int
		Created  string
		Articles int
		Shown    bool // the version on this page
	}
)

// storyPage shows a story's current report. It reads the story's version
// list first, without any report: the newest version names the page, so a
// page rendered before for that version is sent as it was, and only a miss
// reads and decodes the report and renders it. A new report is a new
// version, so a cached page is never stale.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	vs, err := s.store.Stories.FindReportVersions(r.Context(), id)
	if err != nil {
		return err
	}
	if len(vs) == 0 {
		return notFoundf("story %s has no report yet: the pipeline is still reading its articles", id)
	}
	key := pageKey{story: id, version: vs[0].Version}
	if body, ok := s.pages.get(key); ok {
		writePage(w, http.StatusOK, body)
		return nil
	}
	rv, err := s.store.Stories.FindReport(r.Context(), id, key.version)
	if err != nil {
		return err
	}
	body, err := renderPage("story", versionedView(rv, vs, true))
	if err != nil {
		return err
	}
	s.pages.put(key, body)
	writePage(w, http.StatusOK, body)
	return nil
}

// storyView builds the page of one report version with the story's
// version list.
func (s *Server) storyView(r *http.Request, rv *parallax.ReportVersion, current bool) (*storyView, error) {
	vs, err := s.store.Stories.FindReportVersions(r.Context(), rv.Story)
	if err != nil {
		return nil, err
	}
	return versionedView(rv, vs, current), nil
}

// versionedView builds the page of report version rv given the story's
// versions vs, newest first; the page is the current report when current
// is set or rv is the newest of vs.
func versionedView(rv *parallax.ReportVersion, vs []parallax.ReportVersion, current bool) *storyView {
	v := newStoryView(rv.Report)
	v.StoryID, v.Version, v.Current = rv.Story, rv.Version, current || (len(vs) > 0 && vs[0].Version == rv.Version)
	for _, x := range vs {
		v.Versions = append(v.Versions, versionRow{N: x.Version, Created: rfc3339Minutes(x.Created), Articles: x.Articles, Shown: x.Version == rv.Version})
	}
	return v
}

// newStoryView lays out a report for the story page.
func newStoryView(r *parallax.Report) *storyView {
	c := newCiter(r)
	v := &storyView{Title: orText(r.Title, r.ID), R: r, StoryID: r.ID, Day: day(r.Date)}
	cols := map[string]int{}
	for i, a := range r.Articles {
		row := articleRow{Tag: c.tag(a.ID), ID: a.ID, Outlet: orText(a.Outlet, "outlet unknown"), Title: a.Title, Published: day(a.Published), Source: a.Source}
		if a.CopyOf != "" {
			row.CopyOf, row.CopyOfTag = a.CopyOf, c.tag(a.CopyOf)
		}
		v.Articles = append(v.Articles, row)
		if k := c.column(a.ID); cols[k] == 0 {
			cols[k] = len(v.Columns) + 1
			head := a.Outlet
			if head == "" {
				head = "outlet unknown (#" + strconv.Itoa(i+1) + ")"
			}
			v.Columns = append(v.Columns, head)
		}
	}
	col := func(article string) int { return cols[c.column(article)] - 1 } // -1 for an unlisted article
	for _, l := range r.Summary {
		v.Summary = append(v.Summary, summaryRow{Text: l.Text, Outlets: l.Outlets, Cites: c.summary(l)})
	}
	for _, f := range r.Facts {
		row := factRow{Text: f.Text, Outlets: len(f.Outlets), Cells: make([][]cite, len(v.Columns))}
		for _, e := range f.Support {
			if i := col(e.Article); i >= 0 {
				row.Cells[i] = append(row.Cells[i], c.ev(e))
			}
		}
		v.Facts = append(v.Facts, row)
	}
	for _, d := range r.Discrepancies {
		card := discrepancyCard{About: d.About, Kind: d.Kind, Note: d.Note}
		for _, x := range d.Values {
			card.Values = append(card.Values, discrepantValue{Value: x.Value, Outlet: c.outlet(x.Article), Text: x.Text, ReportedBy: x.ReportedBy, AsOf: x.AsOf, Cite: c.ev(x.Evidence)})
		}
		v.Discreps = append(v.Discreps, card)
	}
	for _, u := range r.Unique {
		b := uniqueBlock{Tag: c.tag(u.Article), Outlet: c.outlet(u.Article)}
		for _, e := range u.Claims {
			b.Claims = append(b.Claims, claimRow{Text: e.Text, Cite: c.ev(e)})
		}
		v.Unique = append(v.Unique, b)
	}
	for _, g := range r.Quotes {
		if len(g.Variants) >= 2 {
			v.Quotes = append(v.Quotes, newQuoteBlock(c, g))
		} else {
			v.Sole = append(v.Sole, newQuoteBlock(c, g))
		}
	}
	for _, f := range r.Framing {
		row := framingRow{Entity: f.Entity, Cells: make([][]termCell, len(v.Columns))}
		for _, t := range f.Terms {
			if i := col(t.Article); i >= 0 {
				row.Cells[i] = append(row.Cells[i], termCell{Term: t.Term, Cite: c.ev(parallax.Evidence{Article: t.Article, Sentence: t.Sentence, Text: t.Term})})
			}
		}
		v.Framing = append(v.Framing, row)
	}
	v.Timeline = newTimelineView(c, r.Timeline)
	for _, rev := range r.Revisions {
		v.Revs = append(v.Revs, revisionBlock{ArticleRevision: rev, Tag: c.tag(rev.Article), Outlet: c.outlet(rev.Article),
			Changed: rfc3339Minutes(rev.Changed), MoreRemoved: rev.RemovedCount - len(rev.Removed), MoreAdded: rev.AddedCount - len(rev.Added)})
	}
	return v
}

func newQuoteBlock(c *citer, g parallax.QuoteGroup) quoteBlock {
	b := quoteBlock{Speaker: orText(g.Speaker, "speaker unknown"), Channel: g.Channel, Text: g.Text}
	for _, x := range g.Variants {
		class, label := report.Grade(g, x)
		b.Variants = append(b.Variants, variantRow{Class: class, Label: label, Kind: string(x.Kind), Why: x.Why,
			Outlet: c.outlet(x.Article), Diff: report.VariantDiff(g, x), Cite: c.ev(x.Evidence)})
	}
	return b
}

// orText returns s, or alt when s is empty.
func orText(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
