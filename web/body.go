package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/parallax-news/parallax"
)

// record is one article object of a request body and the 1-based line of
// the body it starts on.
type record struct {
	data []byte
	line int
}

// splitBody splits a request body into article objects: one object, an
// array of objects, or JSON Lines (one object a line; sniffed when the body
// holds several JSON values, or forced by lines). Broken JSON anywhere is
// EINVALID naming its line, so a request is never half-read; whether each
// object is an article is left to the caller.
func splitBody(body []byte, lines bool) ([]record, error) {
	body = bytes.TrimPrefix(body, []byte("\ufeff"))
	start := len(body) - len(bytes.TrimLeft(body, " \t\r\n"))
	if start == len(body) {
		return nil, parallax.Errorf(parallax.EINVALID, "the request body is empty")
	}
	if !lines && body[start] == '{' {
		dec := json.NewDecoder(bytes.NewReader(body))
		var first json.RawMessage
		if err := dec.Decode(&first); err != nil {
			return nil, syntaxError(body, err)
		}
		if len(bytes.TrimSpace(body[dec.InputOffset():])) == 0 {
			return []record{{data: first, line: lineAt(body, start)}}, nil
		}
		lines = true // several values: JSON Lines
	}
	if lines {
		return splitLines(body)
	}
	if body[start] == '[' {
		return splitArray(body)
	}
	return nil, &parallax.Error{Code: parallax.EINVALID, Line: lineAt(body, start),
		Message: fmt.Sprintf("line %d: expected an article object, an array of article objects, or JSON Lines", lineAt(body, start))}
}

// splitArray returns the elements of the JSON array that body holds.
func splitArray(body []byte) ([]record, error) {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.Token() // '[': the caller saw it
	var recs []record
	for dec.More() {
		off := int(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntaxError(body, err)
		}
		recs = append(recs, record{data: raw, line: lineAt(body, skipSeparators(body, off))})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(body, err)
	}
	if rest := bytes.TrimSpace(body[dec.InputOffset():]); len(rest) > 0 {
		line := lineAt(body, len(body)-len(rest))
		return nil, &parallax.Error{Code: parallax.EINVALID, Line: line, Message: fmt.Sprintf("line %d: unexpected data after the array", line)}
	}
	return recs, nil
}

// splitLines returns the non-blank lines of body, each of which must be one
// JSON value.
func splitLines(body []byte) ([]record, error) {
	var recs []record
	for i, l := range bytes.Split(body, []byte("\n")) {
		l = bytes.TrimSpace(bytes.TrimPrefix(l, []byte("\ufeff")))
		if len(l) == 0 {
			continue
		}
		var v json.RawMessage
		if err := json.Unmarshal(l, &v); err != nil {
			return nil, &parallax.Error{Code: parallax.EINVALID, Line: i + 1,
				Message: fmt.Sprintf("line %d: broken JSON (%s); JSON Lines need one article object a line", i+1, jsonProblem(err)), Err: err}
		}
		recs = append(recs, record{data: l, line: i + 1})
	}
	return recs, nil
}

// syntaxError is EINVALID for a JSON decoding error of body, naming the line.
func syntaxError(body []byte, err error) error {
	line := 0
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line = lineAt(body, int(se.Offset))
	}
	msg := "broken JSON (" + jsonProblem(err) + ")"
	if line > 0 {
		msg = fmt.Sprintf("line %d: %s", line, msg)
	}
	return &parallax.Error{Code: parallax.EINVALID, Line: line, Message: msg, Err: err}
}

// jsonProblem is what encoding/json says is wrong, without its prefix.
func jsonProblem(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the input ends in the middle of a value"
	}
	return err.Error()
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	off = max(0, min(off, len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// skipSeparators returns the offset of the first byte at or after off that
// is not white space or a comma.
func skipSeparators(data []byte, off int) int {
	for off < len(data) && bytes.IndexByte([]byte(" \t\r\n,"), data[off]) >= 0 {
		off++
	}
	return off
}
