package web

import (
	"net/http"
	"net/url"

	"github.com/parallax-news/parallax"
)

// storiesPerPage is how many stories the list page shows at a time.
const storiesPerPage = 20

// listView is the story list page.
type listView struct {
	Title        string
	Q            string // the search words as typed
	Since, Until string // the date filters as typed
	Stories      []storyRow
	Next         string // the URL of the next page; "" on the last
	First        string // the URL of the first page; "" on it
}

// storyRow is one story in the list.
type storyRow struct {
	ID, Title, Day string
	Articles       int
	Outlets        int // -1 when not counted
	Independent    int
}

// storyList shows the stories, newest first, with a search form (q over
// the articles' text, since/until on the story date) and cursor paging.
func (s *Server) storyList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := storyFilter(q)
	if err != nil {
		return err
	}
	f.Limit = storiesPerPage
	page, err := s.store.Stories.FindStories(r.Context(), f)
	if err != nil {
		return err
	}
	outlets, err := s.outletCounts(r, page.Stories)
	if err != nil {
		return err
	}
	v := listView{Title: "Stories", Q: q.Get("q"), Since: q.Get("since"), Until: q.Get("until")}
	if v.Q != "" {
		v.Title = "Stories matching " + v.Q
	}
	for _, st := range page.Stories {
		row := storyRow{ID: st.ID, Title: orText(st.Title, st.ID), Day: day(st.Date), Articles: len(st.Articles),
			Independent: len(st.Articles) - len(st.Copies), Outlets: -1}
		if n, ok := outlets[st.ID]; ok {
			row.Outlets = n
		}
		v.Stories = append(v.Stories, row)
	}
	if page.Next != "" {
		v.Next = listURL(q, page.Next)
	}
	if f.Cursor != "" {
		v.First = listURL(q, "")
	}
	return render(w, http.StatusOK, "stories", v)
}

// outletCounts counts the distinct outlets of each story's articles, in one
// read of at most parallax.MaxLimit articles; stories beyond that are left
// uncounted.
func (s *Server) outletCounts(r *http.Request, stories []*parallax.Story) (map[string]int, error) {
	var ids []string
	counted := map[string]bool{}
	for _, st := range stories {
		if len(ids)+len(st.Articles) > parallax.MaxLimit {
			break
		}
		ids = append(ids, st.Articles...)
		counted[st.ID] = true
	}
	if len(ids) == 0 {
		return nil, nil
	}
	page, err := s.store.Articles.FindArticles(r.Context(), parallax.ArticleFilter{IDs: ids, Limit: parallax.MaxLimit})
	if err != nil {
		return nil, err
	}
	outlet := make(map[string]string, len(page.Articles))
	for _, a := range page.Articles {
		outlet[a.ID] = a.Outlet
	}
	out := map[string]int{}
	for _, st := range stories {
		if !counted[st.ID] {
			continue
		}
		seen := map[string]bool{}
		for _, id := range st.Articles {
			seen[orText(outlet[id], "#"+id)] = true
		}
		out[st.ID] = len(seen)
	}
	return out, nil
}

// listURL is the list page with the same search and the given cursor.
func listURL(q url.Values, cursor string) string {
	v := url.Values{}
	for _, k := range []string{"q", "since", "until"} {
		if q.Get(k) != "" {
			v.Set(k, q.Get(k))
		}
	}
	if cursor != "" {
		v.Set("cursor", cursor)
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}
