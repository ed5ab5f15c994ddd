package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"golang.org/x/text/encoding/charmap"
)

// data turns the bytes of one input into articles. path is the input's name
// for errors and Source; base is the stem of generated ids.
func (rd *reading) data(path, base string, k kind, data []byte) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		what := "the file"
		if path == "-" {
			what = "standard input"
		}
		rd.fail(parallax.EINVALID, path, 0, nil, what+" is empty")
		return
	}
	if isBinary(data) {
		rd.fail(parallax.EINVALID, path, 0, nil, "binary data, not text (NUL bytes or invalid UTF-8)")
		return
	}
	switch k {
	case kindHTML:
		a, err := htmlArticle(data, fields{})
		rd.single(path, base, a, err)
	case kindJSON:
		recs, jerr := splitJSONDoc(data)
		if jerr != nil {
			rd.errs = append(rd.errs, jerr.toError(path))
			return
		}
		rd.records(path, base, recs)
	case kindJSONLines:
		recs, jerrs := splitJSONLines(data)
		for _, e := range jerrs {
			rd.errs = append(rd.errs, e.toError(path))
		}
		rd.records(path, base, recs)
	default:
		a := assemble(decodeText(data), fields{}, nil)
		var err error
		if a.Text == "" {
			err = ErrNoText
		}
		rd.single(path, base, a, err)
	}
}

// single adds the one article of an HTML or text input, or reports err.
func (rd *reading) single(path, base string, a parallax.Article, err error) {
	switch {
	case errors.Is(err, ErrNoText):
		rd.fail(parallax.EINVALID, path, 0, nil, "no article text found (nothing left after removing page furniture)")
		return
	case err != nil:
		rd.fail(parallax.EINVALID, path, 0, err, "cannot extract an article from the HTML")
		return
	}
	rd.add(a, path, base, 1, true)
}

// records turns decoded JSON records into articles; a bad record is
// reported at its line and the others are still read.
func (rd *reading) records(path, base string, recs []rawRecord) {
	for i, rr := range recs {
		rec, f, jerr := decodeRecord(rr)
		if jerr != nil {
			rd.errs = append(rd.errs, jerr.toError(path))
			continue
		}
		var a parallax.Article
		if rec.Text != "" {
			a = assemble(rec.Text, f, nil)
		} else {
			var err error
			if a, err = htmlArticle([]byte(rec.HTML), f); err != nil {
				rd.fail(parallax.EINVALID, path, rr.line, err, `cannot extract an article from the record's "html"`)
				continue
			}
		}
		if a.Text == "" {
			rd.fail(parallax.EINVALID, path, rr.line, nil, "no article text left after removing page boilerplate")
			continue
		}
		rd.add(a, path, base, i+1, len(recs) == 1)
	}
}

// htmlArticle extracts an article from an HTML page; f holds what the input
// already states (its URL is passed to the extractor).
func htmlArticle(page []byte, f fields) (parallax.Article, error) {
	text, meta, err := ExtractHTML(page, f.url)
	if err != nil {
		return parallax.Article{}, err
	}
	a := assemble(text, f, &meta)
	if a.Text == "" {
		return a, ErrNoText
	}
	return a, nil
}

// sniff tells the format of standard input from its first bytes: JSON
// ("{" or "["; a stream of several values is JSON Lines), HTML ("<"), else
// plain text.
func sniff(data []byte) kind {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	if len(t) == 0 {
		return kindText
	}
	switch t[0] {
	case '<':
		return kindHTML
	case '[':
		return kindJSON
	case '{':
		dec := json.NewDecoder(bytes.NewReader(t))
		var v json.RawMessage
		if dec.Decode(&v) == nil && dec.More() {
			return kindJSONLines
		}
		var se *json.SyntaxError
		if err := json.Unmarshal(t, &v); errors.As(err, &se) && bytes.Count(t, []byte("\n{")) > 0 {
			return kindJSONLines // a stream whose first record is broken
		}
		return kindJSON
	}
	return kindText
}

// isBinary reports whether data is not text: it holds a NUL byte, or more
// than a tenth of it is invalid UTF-8 or control characters.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 || r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' && r != 0x1b {
			bad++
		}
		i += size
	}
	return bad*10 > len(data)
}

// decodeText returns data as a string; text that is not valid UTF-8 is read
// as Windows-1252, the usual encoding of such pasted text.
func decodeText(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	return string(s)
}

// byteSize formats n bytes for a message ("40 MiB", "512 bytes").
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func itoa(n int) string { return strconv.Itoa(n) }
