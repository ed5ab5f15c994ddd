package web

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/parallax-news/parallax"
)

// versionPage shows one report version of a story and what changed since
// the version before it.
func (s *Server) versionPage(w http.ResponseWriter, r *http.Request) error {
	id, p := r.PathValue("id"), r.PathValue("v")
	n, err := strconv.Atoi(p)
	if err != nil || n < 1 {
		return parallax.Errorf(parallax.EINVALID, "a report version is a whole number from 1, got %q", p)
	}
	rv, err := s.store.Stories.FindReport(r.Context(), id, n)
	if err != nil {
		return err
	}
	var prev *parallax.Report
	if n > 1 {
		old, err := s.store.Stories.FindReport(r.Context(), id, n-1)
		switch {
		case err == nil:
			prev = old.Report
		case parallax.ErrorCode(err) != parallax.ENOTFOUND:
			return err
		}
	}
	v, err := s.storyView(r, rv, false)
	if err != nil {
		return err
	}
	ch := diffReports(prev, rv.Report)
	ch.Previous = n - 1
	if prev == nil {
		ch.Previous = 0
	}
	v.Changes = &ch
	v.Title = orText(rv.Report.Title, id) + " (version " + p + ")"
	return render(w, http.StatusOK, "version", v)
}

// reportChanges is what a report version has that the one before it did
// not. Previous is that version's number, 0 when there is none (everything
// is new).
type reportChanges struct {
	Previous      int
	Articles      []parallax.StoryArticle // articles added to the story
	Removed       []parallax.StoryArticle // articles no longer in it
	Facts         []parallax.Fact         // facts sharing no supporting sentence with an earlier fact
	Wider         []widerFact             // earlier facts now reported by more outlets
	Discrepancies []parallax.Discrepancy  // new, or with values they did not have
	Quotes        []newQuote              // renderings of statements not in the earlier report
}

// widerFact is a fact that gained outlets.
type widerFact struct {
	Text     string
	Was, Now int
}

// newQuote is a quote variant that appeared.
type newQuote struct {
	Speaker string
	parallax.QuoteVariant
}

// Empty reports whether nothing changed.
func (c reportChanges) Empty() bool {
	return len(c.Articles)+len(c.Removed)+len(c.Facts)+len(c.Wider)+len(c.Discrepancies)+len(c.Quotes) == 0
}

// evKey identifies a sentence of an article.
type evKey struct {
	article  string
	sentence int
}

// diffReports returns what cur adds to old; old may be nil. A fact is the
// same as an earlier one when they share a supporting sentence; a
// discrepancy is the same when it is about the same thing of the same kind,
// and changed when it holds a value (value and article) the earlier did
// not; a quote variant is new when no earlier variant of the same speaker
// rests on the same sentence.
func diffReports(old, cur *parallax.Report) reportChanges {
	if old == nil {
		old = &parallax.Report{}
	}
	var ch reportChanges
	had := map[string]bool{}
	for _, a := range old.Articles {
		had[a.ID] = true
	}
	has := map[string]bool{}
	for _, a := range cur.Articles {
		has[a.ID] = true
		if !had[a.ID] {
			ch.Articles = append(ch.Articles, a)
		}
	}
	for _, a := range old.Articles {
		if !has[a.ID] {
			ch.Removed = append(ch.Removed, a)
		}
	}
	factOf := map[evKey]int{} // sentence → index in old.Facts
	for i, f := range old.Facts {
		for _, e := range f.Support {
			factOf[evKey{e.Article, e.Sentence}] = i
		}
	}
	for _, f := range cur.Facts {
		was := -1
		for _, e := range f.Support {
			if i, ok := factOf[evKey{e.Article, e.Sentence}]; ok {
				was = i
				break
			}
		}
		switch {
		case was < 0:
			ch.Facts = append(ch.Facts, f)
		case len(f.Outlets) > len(old.Facts[was].Outlets):
			ch.Wider = append(ch.Wider, widerFact{Text: f.Text, Was: len(old.Facts[was].Outlets), Now: len(f.Outlets)})
		}
	}
	ch.Discrepancies = newDiscrepancies(old.Discrepancies, cur.Discrepancies)
	ch.Quotes = newQuotes(old.Quotes, cur.Quotes)
	return ch
}

func newDiscrepancies(old, cur []parallax.Discrepancy) []parallax.Discrepancy {
	type value struct{ about, kind, value, article string }
	seen := map[value]bool{}
	for _, d := range old {
		for _, v := range d.Values {
			seen[value{d.About, d.Kind, v.Value, v.Article}] = true
		}
	}
	var out []parallax.Discrepancy
	for _, d := range cur {
		if slices.ContainsFunc(d.Values, func(v parallax.DiscrepantValue) bool { return !seen[value{d.About, d.Kind, v.Value, v.Article}] }) {
			out = append(out, d)
		}
	}
	return out
}

func newQuotes(old, cur []parallax.QuoteGroup) []newQuote {
	type said struct {
		speaker string
		evKey
	}
	seen := map[said]bool{}
	for _, g := range old {
		for _, v := range g.Variants {
			seen[said{g.Speaker, evKey{v.Article, v.Sentence}}] = true
		}
	}
	var out []newQuote
	for _, g := range cur {
		for _, v := range g.Variants {
			if !seen[said{g.Speaker, evKey{v.Article, v.Sentence}}] {
				out = append(out, newQuote{Speaker: orText(g.Speaker, "speaker unknown"), QuoteVariant: v})
			}
		}
	}
	return out
}
