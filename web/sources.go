package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// Error codes of POST /api/sources when the URL given cannot be used.
const (
	// codeBlocked: the URL's scheme or address is refused by the fetch
	// policy (docs/fetching.md). Retrying will not help.
	codeBlocked = fetch.EBLOCKED
	// codeFetchFailed: the URL could not be fetched (timeout, refused
	// connection, an error status, a body over the limit); the message
	// says which.
	codeFetchFailed = "fetch_failed"
)

// sourceJSON is a source as the API shows it; times are RFC 3339, absent
// when zero.
type sourceJSON struct {
	ID            int64   `json:"id"`
	URL           string  `json:"url"`
	Title         string  `json:"title"`
	Site          string  `json:"site,omitempty"` // the page the feed was found on
	NextPoll      *string `json:"next_poll,omitempty"`
	LastPolled    *string `json:"last_polled,omitempty"`
	LastStatus    int     `json:"last_status,omitempty"`
	LastError     string  `json:"last_error,omitempty"`
	Failures      int     `json:"failures"`
	ParseFailures int     `json:"parse_failures"`
	Disabled      string  `json:"disabled,omitempty"` // why it is no longer polled
	Created       string  `json:"created"`
}

func toSourceJSON(s *parallax.Source) sourceJSON {
	opt := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		v := rfc3339(t)
		return &v
	}
	return sourceJSON{ID: s.ID, URL: s.URL, Title: s.Title, Site: s.Site,
		NextPoll: opt(s.NextPoll), LastPolled: opt(s.LastPolled), LastStatus: s.LastStatus, LastError: s.LastError,
		Failures: s.Failures, ParseFailures: s.ParseFailures, Disabled: s.Disabled, Created: rfc3339(s.Created)}
}

// listSources returns every source, by id.
func (s *Server) listSources(w http.ResponseWriter, r *http.Request) error {
	list, err := s.store.Sources.ListSources(r.Context())
	if err != nil {
		return err
	}
	out := make([]sourceJSON, len(list))
	for i, src := range list {
		out[i] = toSourceJSON(src)
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out})
	return nil
}

// sourceRequest is the body of POST /api/sources.
type sourceRequest struct {
	URL string `json:"url"`
}

// sourceResponse is the body of a POST /api/sources response.
type sourceResponse struct {
	Source  sourceJSON `json:"source"`
	Created bool       `json:"created"` // false: the feed was present already
}

// postSource adds the feed at the URL of the body, or the feed the page
// at that URL advertises, after fetching it through Config.Fetch; without
// a fetcher the URL is stored as given, unchecked. 201 when added, 200
// with the stored source when it was present.
func (s *Server) postSource(w http.ResponseWriter, r *http.Request) error {
	var req sourceRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return err
		}
		return &parallax.Error{Code: parallax.EINVALID, Message: fmt.Sprintf(`the body must be {"url": "…"}: %v`, err), Err: err}
	}
	req.URL = strings.TrimSpace(req.URL)
	if req.URL == "" {
		return parallax.Errorf(parallax.EINVALID, `the body must be {"url": "…"} with a feed or page URL`)
	}
	src := &parallax.Source{URL: req.URL}
	if s.fetch != nil {
		found, err := ingest.FetchSource(r.Context(), s.fetch, req.URL)
		if err != nil {
			return sourceFetchError(err)
		}
		src = found
	}
	created, err := s.store.Sources.CreateSource(r.Context(), src)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/sources/"+strconv.FormatInt(src.ID, 10))
	}
	writeJSON(w, status, sourceResponse{Source: toSourceJSON(src), Created: created})
	return nil
}

// sourceFetchError restates a failure to fetch or read the URL of POST
// /api/sources with the API's codes: blocked, invalid (not a feed), or
// fetch_failed; the message names the URL and the reason.
func sourceFetchError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, ingest.ErrNoFeed):
		return &parallax.Error{Code: parallax.EINVALID, Message: msg, Err: err}
	case parallax.ErrorCode(err) == fetch.EBLOCKED:
		return &parallax.Error{Code: codeBlocked, Message: msg, Err: err}
	case parallax.ErrorCode(err) == parallax.EINTERNAL:
		return err
	}
	return &parallax.Error{Code: codeFetchFailed, Message: msg, Err: err}
}

// deleteSource removes a source; its articles stay.
func (s *Server) deleteSource(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return parallax.Errorf(parallax.EINVALID, "source id %q is not a number", r.PathValue("id"))
	}
	if err := s.store.Sources.DeleteSource(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
