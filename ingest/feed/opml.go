package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Outline is one <outline> of an OPML document: a subscription when
// FeedURL is set, otherwise a folder (or a note) whose Children may hold
// subscriptions.
type Outline struct {
	Title    string // title attribute, else text attribute
	Text     string // text attribute
	FeedURL  string // xmlUrl, absolute http(s); "" when missing or unusable
	SiteURL  string // htmlUrl, absolute http(s); "" when missing or unusable
	Type     string // type attribute ("rss", "atom", …), lower-case
	Children []Outline
}

// OPML is a parsed OPML document.
type OPML struct {
	Title    string // <head><title>
	Outlines []Outline
}

// Feeds returns every subscription in the document, depth first, each
// feed URL once. Folder titles are not kept; Title falls back to Text.
func (o *OPML) Feeds() []Outline {
	var out []Outline
	seen := map[string]bool{}
	var walk func([]Outline)
	walk = func(os []Outline) {
		for _, x := range os {
			if x.FeedURL != "" && !seen[x.FeedURL] {
				seen[x.FeedURL] = true
				leaf := x
				leaf.Children = nil
				out = append(out, leaf)
			}
			walk(x.Children)
		}
	}
	walk(o.Outlines)
	return out
}

// ParseOPML reads an OPML subscription list. Outlines nest to any depth up
// to lim.MaxDepth; relative xmlUrl and htmlUrl values resolve against
// baseURL ("" leaves them unusable). It returns a *parallax.Error: EINVALID
// for a document that is not OPML or is malformed or truncated, ETOOLARGE
// for one beyond the limits.
func ParseOPML(data []byte, baseURL, contentType string, lim Limits) (*OPML, error) {
	lim = lim.withDefaults()
	if len(data) > lim.MaxBytes {
		return nil, tooLarge(baseURL, fmt.Sprintf("the OPML file is %d bytes, over the limit of %d", len(data), lim.MaxBytes))
	}
	p := &opmlParser{d: xml.NewDecoder(bytes.NewReader(toUTF8XML(data, contentType))), base: baseURL, lim: lim}
	p.d.Strict = false
	doc, err := p.document()
	if err != nil {
		return nil, classify(baseURL, err)
	}
	return doc, nil
}

// opmlParser walks the token stream once, keeping depth and element count.
type opmlParser struct {
	d       *xml.Decoder
	base    string
	lim     Limits
	depth   int
	nodes   int
	sawRoot bool
}

var errNotOPML = errors.New("feed: not an OPML document (no <opml> root)")

// next returns the next start or end element, counting against the limits.
func (p *opmlParser) next() (xml.Token, error) {
	for {
		tok, err := p.d.Token()
		if err == io.EOF && p.depth > 0 {
			return nil, fmt.Errorf("%w: the document ends inside an element", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			p.depth++
			p.nodes++
			if p.depth > p.lim.MaxDepth {
				return nil, fmt.Errorf("%w: elements nested more than %d deep", errLimit, p.lim.MaxDepth)
			}
			if p.nodes > p.lim.MaxNodes {
				return nil, fmt.Errorf("%w: more than %d elements", errLimit, p.lim.MaxNodes)
			}
			return t, nil
		case xml.EndElement:
			p.depth--
			return t, nil
		}
	}
}

// document reads the root <opml> element.
func (p *opmlParser) document() (*OPML, error) {
	doc := &OPML{}
	for {
		tok, err := p.next()
		if err == io.EOF {
			if !p.sawRoot {
				return nil, errNotOPML
			}
			return doc, nil
		}
		if err != nil {
			return nil, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case p.depth == 1 && start.Name.Local != "opml":
			return nil, errNotOPML
		case p.depth == 1:
			p.sawRoot = true
		case start.Name.Local == "title" && p.depth == 3:
			var s string
			if err := p.text(&s); err != nil {
				return nil, err
			}
			doc.Title = clean(s)
		case start.Name.Local == "outline":
			o, err := p.outline(start)
			if err != nil {
				return nil, err
			}
			doc.Outlines = append(doc.Outlines, o)
		}
	}
}

// outline reads an <outline> whose start tag was just read, and its
// children.
func (p *opmlParser) outline(start xml.StartElement) (Outline, error) {
	o := p.attrs(start)
	for {
		tok, err := p.next()
		if err == io.EOF {
			return o, fmt.Errorf("%w: the document ends inside an outline", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return o, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return o, nil
		case xml.StartElement:
			if t.Name.Local != "outline" {
				if err := p.d.Skip(); err != nil {
					return o, err
				}
				p.depth--
				continue
			}
			child, err := p.outline(t)
			if err != nil {
				return o, err
			}
			o.Children = append(o.Children, child)
		}
	}
}

// attrs reads an outline's attributes.
func (p *opmlParser) attrs(start xml.StartElement) Outline {
	var o Outline
	for _, a := range start.Attr {
		switch strings.ToLower(a.Name.Local) {
		case "title":
			o.Title = clean(a.Value)
		case "text":
			o.Text = clean(a.Value)
		case "xmlurl":
			o.FeedURL = absolute(p.base, a.Value)
		case "htmlurl":
			o.SiteURL = absolute(p.base, a.Value)
		case "type":
			o.Type = strings.ToLower(strings.TrimSpace(a.Value))
		}
	}
	if o.Title == "" {
		o.Title = o.Text
	}
	return o
}

// text reads character data up to the end of the current element.
func (p *opmlParser) text(s *string) error {
	var b strings.Builder
	for {
		tok, err := p.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if b.Len() < 4096 {
				b.Write(t)
			}
		case xml.EndElement:
			p.depth--
			*s = b.String()
			return nil
		case xml.StartElement:
			if err := p.d.Skip(); err != nil {
				return err
			}
		}
	}
}
