package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// Default limits; docs/fetching.md lists them. A real news feed stays far
// below each: a 100-entry feed with full HTML content is under 1 MiB, nests
// fewer than 20 elements deep and has a few thousand elements.
const (
	DefaultMaxBytes = 10 << 20 // the fetch client's default body limit
	DefaultMaxDepth = 100
	DefaultMaxNodes = 200_000
)

// Limits bound the work spent on one document. Zero fields take the
// defaults.
type Limits struct {
	MaxBytes int // input size in bytes
	MaxDepth int // element nesting (XML, HTML) or object/array nesting (JSON)
	MaxNodes int // elements (XML, HTML) or objects, arrays and values (JSON)
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxNodes <= 0 {
		l.MaxNodes = DefaultMaxNodes
	}
	return l
}

// errLimit marks a document beyond Limits.
var errLimit = errors.New("feed: document exceeds a parsing limit")

// checkXML scans the document's elements once, with the tolerant settings
// gofeed uses, and fails when nesting or element count exceed the limits.
// A syntax error ends the scan without failing: the parser reports it.
func checkXML(doc []byte, lim Limits) error {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	depth, nodes := 0, 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			nodes++
			if depth > lim.MaxDepth {
				return fmt.Errorf("%w: elements nested more than %d deep", errLimit, lim.MaxDepth)
			}
			if nodes > lim.MaxNodes {
				return fmt.Errorf("%w: more than %d elements", errLimit, lim.MaxNodes)
			}
		case xml.EndElement:
			depth = max(depth-1, 0)
		}
	}
}

// checkJSON scans a JSON document's structure once (strings skipped) and
// fails when nesting or value count exceed the limits.
func checkJSON(doc []byte, lim Limits) error {
	depth, nodes := 0, 0
	for i := 0; i < len(doc); i++ {
		switch doc[i] {
		case '"':
			i = skipString(doc, i)
			continue
		case '{', '[':
			depth++
			nodes++
			if depth > lim.MaxDepth {
				return fmt.Errorf("%w: objects and arrays nested more than %d deep", errLimit, lim.MaxDepth)
			}
		case '}', ']':
			depth = max(depth-1, 0)
		case ',', ':':
			nodes++
		default:
			continue
		}
		if nodes > lim.MaxNodes {
			return fmt.Errorf("%w: more than %d values", errLimit, lim.MaxNodes)
		}
	}
	return nil
}

// skipString returns the index of the quote closing the string opening at
// doc[i] (len(doc) when unterminated).
func skipString(doc []byte, i int) int {
	for i++; i < len(doc); i++ {
		switch doc[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(doc)
}

// toUTF8XML converts an XML or JSON document to valid UTF-8 (honouring a
// BOM, the Content-Type charset and the XML declaration, in that order),
// declares the result UTF-8 so that the XML parser does not decode it a
// second time, and drops the control characters XML 1.0 forbids.
func toUTF8XML(data []byte, contentType string) []byte {
	text, _ := fetch.UTF8(data, contentType)
	text = strings.Map(xmlChar, text)
	trimmed := strings.TrimLeft(text, " \t\r\n")
	if strings.HasPrefix(trimmed, "<?xml") {
		if end := strings.Index(trimmed, "?>"); end >= 0 {
			text = `<?xml version="1.0" encoding="UTF-8"?>` + trimmed[end+2:]
		}
	}
	return []byte(text)
}

// xmlChar drops characters XML 1.0 does not allow.
func xmlChar(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return r
	case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		return -1
	}
	return r
}

// classify wraps a limit error as ETOOLARGE and anything else as EINVALID.
func classify(path string, err error) error {
	if errors.Is(err, errLimit) {
		return &parallax.Error{Code: parallax.ETOOLARGE, Op: "parse", Path: path, Message: "the document is too complex", Err: err}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return &parallax.Error{Code: parallax.EINVALID, Op: "parse", Path: path, Message: "the document is truncated", Err: err}
	}
	return &parallax.Error{Code: parallax.EINVALID, Op: "parse", Path: path, Message: "cannot parse the document", Err: err}
}

// tooLarge reports input over MaxBytes.
func tooLarge(path, msg string) error {
	return &parallax.Error{Code: parallax.ETOOLARGE, Op: "parse", Path: path, Message: msg, Err: errLimit}
}
