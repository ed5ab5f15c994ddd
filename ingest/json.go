package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax"
)

// record is one article in JSON input (docs/input.md).
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// rawRecord is one record's JSON and the 1-based line it starts on.
type rawRecord struct {
	data []byte
	line int
}

// jsonError is a problem at a line of a JSON input.
type jsonError struct {
	line int
	msg  string
	err  error
}

// splitJSONDoc splits a JSON document (one article object or an array of
// them) into records. A syntax error is reported at its line.
func splitJSONDoc(data []byte) ([]rawRecord, *jsonError) {
	var top json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, &jsonError{line: lineAt(data, int(se.Offset)), msg: "broken JSON", err: err}
		}
		return nil, &jsonError{msg: "broken JSON", err: err}
	}
	start := len(data) - len(bytes.TrimLeft(data, " \t\r\n\ufeff"))
	switch top[0] {
	case '{':
		return []rawRecord{{data: top, line: lineAt(data, start)}}, nil
	case '[':
		return splitArray(data)
	}
	return nil, &jsonError{line: lineAt(data, start), msg: "expected an article object or an array of article objects"}
}

// splitArray returns the elements of the JSON array in data, each with the
// line it starts on. data is known to be valid JSON.
func splitArray(data []byte) ([]rawRecord, *jsonError) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, &jsonError{msg: "broken JSON", err: err}
	}
	var recs []rawRecord
	for dec.More() {
		off := int(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, &jsonError{line: lineAt(data, off), msg: "broken JSON", err: err}
		}
		recs = append(recs, rawRecord{data: raw, line: lineAt(data, skipSeparators(data, off))})
	}
	if len(recs) == 0 {
		return nil, &jsonError{line: 1, msg: "the array holds no articles"}
	}
	return recs, nil
}

// splitJSONLines splits JSON Lines input into records, one per non-blank
// line; a line that is not valid JSON is reported and skipped.
func splitJSONLines(data []byte) ([]rawRecord, []*jsonError) {
	var recs []rawRecord
	var errs []*jsonError
	for i, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(bytes.TrimPrefix(l, []byte("\ufeff")))
		if len(l) == 0 {
			continue
		}
		if !json.Valid(l) {
			var v any
			err := json.Unmarshal(l, &v)
			errs = append(errs, &jsonError{line: i + 1, msg: "broken JSON", err: err})
			continue
		}
		recs = append(recs, rawRecord{data: l, line: i + 1})
	}
	return recs, errs
}

// decodeRecord decodes one record and checks its fields.
func decodeRecord(rr rawRecord) (record, fields, *jsonError) {
	var rec record
	if len(rr.data) == 0 || rr.data[0] != '{' {
		return rec, fields{}, &jsonError{line: rr.line, msg: "not a JSON object"}
	}
	if err := json.Unmarshal(rr.data, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return rec, fields{}, &jsonError{line: rr.line + lineAt(rr.data, int(te.Offset)) - 1, msg: fmt.Sprintf("field %q must be a string", te.Field)}
		}
		return rec, fields{}, &jsonError{line: rr.line, msg: "invalid record", err: err}
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		return rec, fields{}, &jsonError{line: rr.line, msg: `the record has neither "text" nor "html"`}
	}
	f := fields{
		id:     strings.TrimSpace(rec.ID),
		url:    strings.TrimSpace(rec.URL),
		outlet: strings.TrimSpace(rec.Outlet),
		title:  strings.TrimSpace(rec.Title),
	}
	if p := strings.TrimSpace(rec.Published); p != "" {
		t, precision, ok := ParsePublishedPrecision(p)
		if !ok {
			return rec, fields{}, &jsonError{line: rr.line, msg: fmt.Sprintf(`"published" is not an ISO 8601 date or date-time: %q`, p)}
		}
		f.published, f.publishedEvidence, f.publishedPrecision = &t, p, precision
	}
	return rec, f, nil
}

// toError turns a jsonError into a classified error about path.
func (e *jsonError) toError(path string) *parallax.Error {
	return &parallax.Error{Code: parallax.EINVALID, Op: "read article", Path: path, Line: e.line, Message: e.msg, Err: e.err}
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	off = max(0, min(off, len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// skipSeparators returns the offset of the first byte at or after off that
// is not white space or a comma.
func skipSeparators(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}
