package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// blockElements start a new paragraph in the text of extracted content.
// Names, not atoms, are compared: the extractor builds elements without atoms.
var blockElements = wordSet(`p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table
	tr br hr section article header footer figure figcaption main aside caption body`)

// nodeText returns the text of an extracted content tree, one paragraph (or
// heading, list item, table row) a line.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
				b.WriteByte(' ')
			}
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
