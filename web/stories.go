package web

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/parallax-news/parallax"
)

// storyJSON is a story in a list.
type storyJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Date     *string  `json:"date"` // the main event day (YYYY-MM-DD); nil if unknown
	Articles []string `json:"articles"`
	Version  int      `json:"version"` // the current report version; 0 before the first
	Updated  string   `json:"updated"`
}

// storiesResponse is the body of GET /api/stories.
type storiesResponse struct {
	Stories []storyJSON `json:"stories"`
	Next    string      `json:"next,omitempty"` // cursor of the next page; absent on the last
}

// listStories searches and pages through the stories, newest first.
func (s *Server) listStories(w http.ResponseWriter, r *http.Request) error {
	f, err := storyFilter(r.URL.Query())
	if err != nil {
		return err
	}
	page, err := s.store.Stories.FindStories(r.Context(), f)
	if err != nil {
		return err
	}
	resp := storiesResponse{Stories: make([]storyJSON, 0, len(page.Stories)), Next: page.Next}
	for _, st := range page.Stories {
		sj := storyJSON{ID: st.ID, Title: st.Title, Articles: st.Articles, Version: st.Version, Updated: rfc3339(st.Updated)}
		if st.Date != nil {
			d := st.Date.UTC().Format(time.DateOnly)
			sj.Date = &d
		}
		if sj.Articles == nil {
			sj.Articles = []string{}
		}
		resp.Stories = append(resp.Stories, sj)
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// storyFilter reads q, since, until, limit and cursor.
func storyFilter(q url.Values) (parallax.StoryFilter, error) {
	f := parallax.StoryFilter{Query: q.Get("q"), Cursor: q.Get("cursor")}
	var err error
	if f.Since, err = timeParam(q, "since"); err != nil {
		return f, err
	}
	if f.Until, err = timeParam(q, "until"); err != nil {
		return f, err
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > parallax.MaxLimit {
			return f, parallax.Errorf(parallax.EINVALID, "limit must be a whole number from 1 to %d, got %q", parallax.MaxLimit, v)
		}
		f.Limit = n
	}
	return f, nil
}

// timeParam reads an RFC 3339 time or a YYYY-MM-DD day (midnight UTC);
// zero when absent.
func timeParam(q url.Values, name string) (time.Time, error) {
	v := q.Get(name)
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, parallax.Errorf(parallax.EINVALID, "%s must be a date (2025-06-02) or an RFC 3339 time (2025-06-02T18:30:00Z), got %q", name, v)
}

// getStory returns a story's report: the current one, or ?version=N.
func (s *Server) getStory(w http.ResponseWriter, r *http.Request) error {
	v := 0
	if p := r.URL.Query().Get("version"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return parallax.Errorf(parallax.EINVALID, "version must be a whole number from 1, got %q", p)
		}
		v = n
	}
	rv, err := s.store.Stories.FindReport(r.Context(), r.PathValue("id"), v)
	if err != nil {
		return err
	}
	w.Header().Set("X-Parallax-Version", strconv.Itoa(rv.Version))
	writeJSON(w, http.StatusOK, rv.Report)
	return nil
}

// versionJSON is one report version in a list.
type versionJSON struct {
	Version  int    `json:"version"`
	Created  string `json:"created"`
	Articles int    `json:"articles"`
}

// versionsResponse is the body of GET /api/stories/{id}/versions.
type versionsResponse struct {
	Story    string        `json:"story"`
	Versions []versionJSON `json:"versions"` // newest first
}

// storyVersions lists a story's report versions, newest first.
func (s *Server) storyVersions(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	vs, err := s.store.Stories.FindReportVersions(r.Context(), id)
	if err != nil {
		return err
	}
	resp := versionsResponse{Story: id, Versions: make([]versionJSON, 0, len(vs))}
	for _, v := range vs {
		resp.Versions = append(resp.Versions, versionJSON{Version: v.Version, Created: rfc3339(v.Created), Articles: v.Articles})
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// rfc3339 formats t in UTC.
func rfc3339(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }
