package feed

import (
	"mime"
	"strings"

	"github.com/parallax-news/parallax/ingest/fetch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Link is a feed advertised by an HTML page.
type Link struct {
	URL   string // absolute http(s) URL
	Type  string // "rss", "atom" or "json"
	Title string // the link's title attribute; may be ""
}

// feedTypes maps the MIME types of <link rel="alternate"> to feed types.
var feedTypes = map[string]string{
	"application/rss+xml":   "rss",
	"application/atom+xml":  "atom",
	"application/feed+json": "json",
	"application/rdf+xml":   "rss",
}

// Discover returns the feeds an HTML page advertises with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">,
// in page order, without duplicates, with relative URLs resolved against
// the page's <base href> or pageURL. The page is tokenised, never built
// into a tree, and the scan stops at the limits' byte and node counts (a
// page whose <head> is that long advertises nothing further). contentType
// is the page's Content-Type ("" if unknown), used to decode it.
func Discover(page []byte, pageURL, contentType string, lim Limits) []Link {
	lim = lim.withDefaults()
	page = page[:min(len(page), lim.MaxBytes)]
	text, _ := fetch.UTF8(page, contentType)
	z := html.NewTokenizer(strings.NewReader(text))
	z.SetMaxBuf(lim.MaxBytes)
	base := pageURL
	var links []Link
	seen := map[string]bool{}
	for nodes := 0; nodes < lim.MaxNodes; nodes++ {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.DataAtom {
		case atom.Base:
			if href := absolute(pageURL, attr(tok, "href")); href != "" && base == pageURL {
				base = href
			}
		case atom.Link:
			if l, ok := feedLink(tok, base); ok && !seen[l.URL] {
				seen[l.URL] = true
				links = append(links, l)
			}
		case atom.Body:
			if len(links) > 0 {
				return links
			}
		}
	}
	return links
}

// feedLink reads a <link> tag as a feed link.
func feedLink(tok html.Token, base string) (Link, bool) {
	rels := strings.Fields(strings.ToLower(attr(tok, "rel")))
	alternate := false
	for _, r := range rels {
		alternate = alternate || r == "alternate"
	}
	if !alternate {
		return Link{}, false
	}
	typ := linkType(attr(tok, "type"))
	href := absolute(base, attr(tok, "href"))
	if typ == "" || href == "" {
		return Link{}, false
	}
	return Link{URL: href, Type: typ, Title: clean(attr(tok, "title"))}, true
}

// linkType maps a link's type attribute to a feed type, "" for none.
func linkType(v string) string {
	mt, _, err := mime.ParseMediaType(v)
	if err != nil {
		return ""
	}
	return feedTypes[mt]
}

// attr returns the value of tok's attribute key ("" when absent).
func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}
