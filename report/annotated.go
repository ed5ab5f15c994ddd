// Package report renders what Parallax found: annotated articles and story
// reports, as terminal text, Markdown, JSON and HTML.
package report

import (
	"encoding/json"
	"errors"
	"io"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/number"
)

// The JSON shapes of `parallax annotate --format json`, documented in
// docs/annotations.md. Offsets are character offsets into "text".
type (
	annotatedDoc struct {
		Articles []annotatedJSON `json:"articles"`
		Errors   []inputError    `json:"errors"`
	}
	inputError struct {
		Source  string `json:"source"`
		Line    int    `json:"line,omitempty"`
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	annotatedJSON struct {
		ID                string         `json:"id"`
		Source            string         `json:"source"`
		URL               string         `json:"url,omitempty"`
		Outlet            *string        `json:"outlet"`
		OutletEvidence    string         `json:"outlet_evidence,omitempty"`
		Title             string         `json:"title"`
		Published         *string        `json:"published"`
		PublishedEvidence string         `json:"published_evidence,omitempty"`
		Language          string         `json:"language,omitempty"`
		Text              string         `json:"text"`
		Removed           []string       `json:"removed"`
		Sentences         []sentenceJSON `json:"sentences"`
		Entities          []entityJSON   `json:"entities"`
		Quotes            []quoteJSON    `json:"quotes"`
		Numbers           []numberJSON   `json:"numbers"`
		Dates             []dateJSON     `json:"dates"`
	}
	sentenceJSON struct {
		Text    string `json:"text"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Heading bool   `json:"heading,omitempty"`
	}
	entityJSON struct {
		Name     string        `json:"name"`
		Type     string        `json:"type"`
		Aliases  []string      `json:"aliases"`
		Mentions []mentionJSON `json:"mentions"`
	}
	mentionJSON struct {
		Text     string `json:"text"`
		Sentence int    `json:"sentence"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
	}
	quoteJSON struct {
		Speaker     *string `json:"speaker"`
		SpeakerText string  `json:"speaker_text,omitempty"`
		Verb        string  `json:"verb"`
		Channel     *string `json:"channel"`
		Text        string  `json:"text"`
		Kind        string  `json:"kind"`
		Sentence    int     `json:"sentence"`
		Start       int     `json:"start"`
		End         int     `json:"end"`
	}
	numberJSON struct {
		Value      float64  `json:"value"`
		Max        *float64 `json:"max,omitempty"`
		Vague      bool     `json:"vague,omitempty"` // Value is only a lower bound ("hundreds")
		Text       string   `json:"text"`
		Counts     *string  `json:"counts"`
		PartOf     *int     `json:"part_of,omitempty"`
		ReportedBy *string  `json:"reported_by"`
		Sentence   int      `json:"sentence"`
		Start      int      `json:"start"`
		End        int      `json:"end"`
	}
	dateJSON struct {
		Text        string  `json:"text"`
		Date        *string `json:"date"`
		Granularity string  `json:"granularity,omitempty"`
		Resolved    bool    `json:"resolved"`
		Evidence    string  `json:"evidence"`
		Sentence    int     `json:"sentence"`
		Start       int     `json:"start"`
		End         int     `json:"end"`
	}
)

// AnnotatedJSON writes arts as the JSON document of `parallax annotate`,
// with errs (the inputs that could not be read) under "errors".
func AnnotatedJSON(w io.Writer, arts []*parallax.Annotated, errs []error) error {
	doc := annotatedDoc{Articles: make([]annotatedJSON, 0, len(arts)), Errors: []inputError{}}
	for _, a := range arts {
		doc.Articles = append(doc.Articles, toJSON(a))
	}
	for _, err := range errs {
		doc.Errors = append(doc.Errors, toInputError(err))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func toInputError(err error) inputError {
	var e *parallax.Error
	if errors.As(err, &e) {
		msg := e.Message
		switch {
		case msg == "" && e.Err != nil:
			msg = e.Err.Error()
		case e.Err != nil:
			msg += ": " + e.Err.Error()
		}
		return inputError{Source: e.Path, Line: e.Line, Code: e.Code, Message: msg}
	}
	return inputError{Code: parallax.ErrorCode(err), Message: err.Error()}
}

func toJSON(a *parallax.Annotated) annotatedJSON {
	c := NewCharOffsets(a.Text)
	out := annotatedJSON{
		ID: a.ID, Source: a.Source, URL: a.URL, Outlet: nonEmpty(a.Outlet),
		OutletEvidence: a.OutletEvidence, Title: a.Title, Published: isoTime(a.Published, a.PublishedPrecision),
		PublishedEvidence: a.PublishedEvidence, Language: a.Language, Text: a.Text,
		Removed:   nonNil(a.Removed),
		Sentences: make([]sentenceJSON, 0, len(a.Sentences)),
		Entities:  make([]entityJSON, 0, len(a.Entities)),
		Quotes:    make([]quoteJSON, 0, len(a.Quotes)),
		Numbers:   make([]numberJSON, 0, len(a.Numbers)),
		Dates:     make([]dateJSON, 0, len(a.Dates)),
	}
	for _, s := range a.Sentences {
		out.Sentences = append(out.Sentences, sentenceJSON{s.Text, c.At(s.Start), c.At(s.End), s.Heading})
	}
	for _, e := range a.Entities {
		ej := entityJSON{Name: e.Name, Type: string(e.Type), Aliases: nonNil(e.Aliases)}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, mentionJSON{m.Text, m.Sentence, c.At(m.Start), c.At(m.End)})
		}
		out.Entities = append(out.Entities, ej)
	}
	for _, q := range a.Quotes {
		out.Quotes = append(out.Quotes, quoteJSON{
			Speaker: nonEmpty(q.Speaker), SpeakerText: q.SpeakerText, Verb: q.Verb,
			Channel: nonEmpty(q.Channel), Text: q.Text, Kind: string(q.Kind),
			Sentence: q.Sentence, Start: c.At(q.Start), End: c.At(q.End),
		})
	}
	for _, n := range a.Numbers {
		nj := numberJSON{
			Value: n.Value, Max: n.Max, Vague: number.IsVague(n), Text: n.Text, Counts: nonEmpty(n.Counts),
			ReportedBy: nonEmpty(n.ReportedBy), Sentence: n.Sentence, Start: c.At(n.Start), End: c.At(n.End),
		}
		if n.PartOf >= 0 {
			nj.PartOf = &n.PartOf
		}
		out.Numbers = append(out.Numbers, nj)
	}
	for _, d := range a.Dates {
		dj := dateJSON{
			Text: d.Text, Granularity: d.Granularity, Resolved: d.Resolved, Evidence: d.Evidence,
			Sentence: d.Sentence, Start: c.At(d.Start), End: c.At(d.End),
		}
		if d.Resolved {
			s := d.Date.Format(time.DateOnly)
			dj.Date = &s
		}
		out.Dates = append(out.Dates, dj)
	}
	return out
}

// nonEmpty maps "" to nil, so that unknown values are JSON null, never "".
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// isoTime formats a publication time as ISO 8601 with no more than the input
// states: "2023-06-14T07:48:00" (no offset) for precision "local",
// "2023-06-14" for "date", RFC 3339 with its offset otherwise.
func isoTime(t *time.Time, precision string) *string {
	if t == nil {
		return nil
	}
	s := publishedString(*t, precision)
	return &s
}

// publishedString formats a publication time with its precision (see
// parallax.Article.PublishedPrecision): "2023-06-14T07:48:00" for "local",
// "2023-06-14" for "date", RFC 3339 otherwise.
func publishedString(t time.Time, precision string) string {
	switch precision {
	case "local":
		return t.Format("2006-01-02T15:04:05")
	case "date":
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
