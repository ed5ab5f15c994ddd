package ingest

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTMLMeta is what a page's markup says about the article.
type HTMLMeta struct {
	Title    string
	Sitename string // og:site_name or an equivalent; "" when absent
	URL      string // canonical URL from the page, else the URL given
	Author   string
	// Published is the publication date found by go-htmldate (with the time
	// when the page gives one); nil when none was found.
	Published *time.Time
	// PublishedEvidence is the markup text the date was read from.
	PublishedEvidence string
	// PublishedPrecision is PrecisionFull, PrecisionLocal or PrecisionDate.
	PublishedPrecision string
	// Outlet is the outlet the page names outside its site-name markup (a
	// <title> suffix, a copyright notice); OutletEvidence says which
	// (EvidenceTitleSuffix or EvidenceCopyright).
	Outlet, OutletEvidence string
}

// ErrNoText is returned by ExtractHTML when a page has no main text.
var ErrNoText = errors.New("no article text found in the page")

// extractOptions are the go-trafilatura options measured best on the
// article-extraction benchmark (see eval.Extraction): the readability and
// DOM-distiller fallbacks with the precision focus, comments excluded. The
// date is found separately (see htmlDate), so trafilatura's own search is off.
func extractOptions(pageURL string) trafilatura.Options {
	opts := trafilatura.Options{
		EnableFallback:  true,
		Focus:           trafilatura.FavorPrecision,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	return opts
}

// ExtractHTML returns the main text of an HTML page, one paragraph a line,
// and the page's metadata. pageURL may be "". The text is not yet cleaned of
// pasted-page boilerplate (the Reader runs Clean on it). The error is
// ErrNoText when the page holds no main text, or a parse error.
func ExtractHTML(page []byte, pageURL string) (string, HTMLMeta, error) {
	doc, err := parseHTML(page)
	if err != nil {
		return "", HTMLMeta{}, fmt.Errorf("parse html: %w", err)
	}
	res, err := trafilatura.ExtractDocument(doc, extractOptions(pageURL))
	if err != nil || res == nil {
		return "", HTMLMeta{}, ErrNoText
	}
	meta := HTMLMeta{
		Title:    strings.TrimSpace(res.Metadata.Title),
		Sitename: strings.TrimSpace(res.Metadata.Sitename),
		URL:      strings.TrimSpace(res.Metadata.URL),
		Author:   strings.TrimSpace(res.Metadata.Author),
	}
	if meta.URL == "" {
		meta.URL = pageURL
	}
	if h := urlHost(meta.URL); h != "" && strings.EqualFold(strings.TrimPrefix(meta.Sitename, "www."), h) {
		meta.Sitename = "" // trafilatura's stand-in from the URL, not a stated name
	}
	meta.Published, meta.PublishedEvidence, meta.PublishedPrecision = htmlDate(doc, meta.URL)
	if meta.Sitename == "" {
		meta.Outlet, meta.OutletEvidence = pageOutlet(doc, meta.URL)
	}
	text := nodeText(res.ContentNode)
	if text == "" {
		return "", meta, ErrNoText
	}
	return text, meta, nil
}

// ExtractText is the text Parallax reads from an HTML page: ExtractHTML's
// main text after Clean, with the headline removed. It has the signature
// eval.Extraction expects.
func ExtractText(page []byte, pageURL string) (string, error) {
	text, meta, err := ExtractHTML(page, pageURL)
	if err != nil {
		return "", err
	}
	a := assemble(text, fields{url: pageURL}, &meta)
	return a.Text, nil
}

// parseHTML parses page, detecting its character set only when it is not
// valid UTF-8 (detection is slow and can misjudge UTF-8 pages).
func parseHTML(page []byte) (*html.Node, error) {
	if utf8.Valid(page) {
		return html.Parse(bytes.NewReader(page))
	}
	return dom.Parse(bytes.NewReader(page))
}
