package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/report"
)

// putChunk is how many articles go to one PutArticles call.
const putChunk = 1000

// itemResult is what POST /api/articles did with one article object.
type itemResult struct {
	Index int `json:"index"` // 0-based position in the request
	Line  int `json:"line"`  // the line of the body it starts on
	parallax.PutResult
}

// postResponse is the body of a POST /api/articles response.
type postResponse struct {
	Stored    int `json:"stored"`
	Duplicate int `json:"duplicate"`
	Rejected  int `json:"rejected"`
	// Deleted counts the articles not stored because they were deleted
	// earlier (DELETE /api/articles/{id}).
	Deleted int          `json:"deleted"`
	Results []itemResult `json:"results"`
}

// postArticles stores the articles of the body (docs/api.md). Articles are
// read as `parallax annotate` reads JSON input; one that is not an article
// (no text, a bad date) is rejected on its own, while broken JSON refuses
// the whole request.
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) error {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	recs, err := splitBody(body, isJSONLines(r.Header.Get("Content-Type")))
	if err != nil {
		return err
	}
	if len(recs) > MaxArticlesPerRequest {
		return parallax.Errorf(parallax.ETOOLARGE, "%d articles in one request; at most %d", len(recs), MaxArticlesPerRequest)
	}
	resp := postResponse{Results: make([]itemResult, len(recs))}
	var in []parallax.ArticleInput
	var at []int // index in recs of each input
	for i, rec := range recs {
		resp.Results[i] = itemResult{Index: i, Line: rec.line}
		a, perr := s.readRecord(r.Context(), rec)
		if perr != nil {
			resp.Results[i].PutResult = parallax.PutResult{ID: a.ID, Status: parallax.PutRejected, Code: perr.Code, Reason: perr.Message}
			continue
		}
		in = append(in, parallax.ArticleInput{Article: a})
		at = append(at, i)
	}
	for start := 0; start < len(in); start += putChunk {
		chunk := in[start:min(len(in), start+putChunk)]
		res, err := s.store.Articles.PutArticles(r.Context(), chunk)
		if err != nil {
			return err
		}
		for j, pr := range res {
			resp.Results[at[start+j]].PutResult = pr
		}
	}
	for _, it := range resp.Results {
		switch it.Status {
		case parallax.PutStored:
			resp.Stored++
		case parallax.PutDuplicate:
			resp.Duplicate++
		case parallax.PutDeleted:
			resp.Deleted++
		default:
			resp.Rejected++
		}
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// readRecord turns one article object into an article, through ingest as
// for a JSON file. An id the object does not give is left empty, for the
// store to derive from the content. The error, on a record that is not an
// article, has a user-safe Message naming the body's line.
func (s *Server) readRecord(ctx context.Context, rec record) (parallax.Article, *parallax.Error) {
	var given struct {
		ID any `json:"id"`
	}
	if rec.data[0] != '{' || json.Unmarshal(rec.data, &given) != nil {
		return parallax.Article{}, &parallax.Error{Code: parallax.EINVALID, Line: rec.line, Message: "not a JSON object"}
	}
	id, _ := given.ID.(string)
	arts, errs := ingest.Reader{MaxBytes: s.maxBody}.Read(ctx, []string{"-"}, bytes.NewReader(rec.data))
	if len(errs) > 0 || len(arts) != 1 {
		return parallax.Article{ID: id}, recordError(rec, errs)
	}
	a := arts[0]
	a.ID = strings.TrimSpace(id)
	a.Source = "api"
	return a, nil
}

// recordError restates ingest's error about one record for the request.
func recordError(rec record, errs []error) *parallax.Error {
	var e *parallax.Error
	if len(errs) == 0 || !errors.As(errs[0], &e) {
		return &parallax.Error{Code: parallax.EINVALID, Line: rec.line, Message: "not an article"}
	}
	line := rec.line
	if e.Line > 1 {
		line += e.Line - 1
	}
	msg := e.Message
	if msg == "" {
		msg = "not an article"
	}
	return &parallax.Error{Code: e.Code, Line: line, Message: msg, Err: e}
}

// isJSONLines reports whether a Content-Type names JSON Lines.
func isJSONLines(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines":
		return true
	}
	return false
}

// articleResponse is the body of GET /api/articles/{id}.
type articleResponse struct {
	// Article is the article with its annotations, in the form of
	// `parallax annotate --format json` (docs/annotations.md).
	Article     json.RawMessage `json:"article"`
	Story       *string         `json:"story"`        // nil until assigned
	AnnotatedAt *string         `json:"annotated_at"` // nil until annotated
	StoredAt    string          `json:"stored_at"`
}

// getArticle returns one stored article with its annotations.
func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.store.Articles.FindArticleByID(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	var doc bytes.Buffer
	if err := report.AnnotatedJSON(&doc, []*parallax.Annotated{&a.Annotated}, nil); err != nil {
		return err
	}
	var parsed struct {
		Articles []json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal(doc.Bytes(), &parsed); err != nil || len(parsed.Articles) != 1 {
		return &parallax.Error{Code: parallax.EINTERNAL, Message: "render article", Err: err}
	}
	resp := articleResponse{Article: parsed.Articles[0], StoredAt: rfc3339(a.Created)}
	if a.Story != "" {
		resp.Story = &a.Story
	}
	if a.AnnotatedAt != nil {
		t := rfc3339(*a.AnnotatedAt)
		resp.AnnotatedAt = &t
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// deleteResponse is the body of a DELETE /api/articles/{id} response.
type deleteResponse struct {
	Deleted string  `json:"deleted"` // the article's id
	Story   *string `json:"story"`   // the story it left; nil when it had none
	// Recompute says what happens to that story's report: "queued" (the
	// pipeline recomputes it without the article), "none" (no story, or
	// the story has no article left; its stored reports stay).
	Recompute string `json:"recompute"`
}

// deleteArticle deletes an article for good: putting it again (by id, URL,
// feed GUID or text) stores nothing. The story it belonged to is queued
// for a new report, through an assign job for one of its remaining
// articles, which recomputes the report of the story the article is in.
func (s *Server) deleteArticle(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	story, err := s.store.Articles.DeleteArticle(r.Context(), id)
	if err != nil {
		return err
	}
	resp := deleteResponse{Deleted: id, Recompute: "none"}
	if story != "" {
		resp.Story = &story
		st, err := s.store.Stories.FindStoryByID(r.Context(), story)
		if err != nil {
			return fmt.Errorf("find story %s after deleting %s: %w", story, id, err)
		}
		if n := len(st.Articles); n > 0 {
			if err := s.store.Queue.Enqueue(r.Context(), parallax.JobAssign, st.Articles[n-1]); err != nil {
				return fmt.Errorf("queue report of story %s: %w", story, err)
			}
			resp.Recompute = "queued"
		}
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

// articleRevisions lists the earlier texts of an article, oldest first.
func (s *Server) articleRevisions(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	revs, err := s.store.Articles.FindRevisions(r.Context(), id)
	if err != nil {
		return err
	}
	if revs == nil {
		revs = []parallax.Revision{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"article": id, "revisions": revs})
	return nil
}
