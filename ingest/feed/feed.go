// Package feed reads news feeds and feed lists: RSS, Atom and JSON Feed
// documents (through github.com/mmcdole/gofeed) normalised into Entries,
// feed links discovered in HTML pages, and OPML subscription lists.
//
// All input is untrusted. Every parser first checks the input against
// Limits — size, nesting depth and node count — and refuses what exceeds
// them with a parallax.ETOOLARGE error, so a pathological document costs at
// most one linear scan. Input is converted to valid UTF-8 first (see
// fetch.UTF8), so the declared encoding of the document is honoured once
// and invalid bytes do not abort the parse. This package never fetches: it
// parses bytes that ingest/fetch got (gofeed's own URL fetching bypasses
// the safety rules and must not be used).
package feed

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/parallax-news/parallax"
)

// Feed is one parsed feed document.
type Feed struct {
	Type        string // "rss", "atom" or "json"
	Title       string
	Description string
	SiteURL     string // the site the feed belongs to; "" when not given
	FeedURL     string // the feed's own URL as it states it; "" when not given
	Language    string
	Updated     *time.Time // nil when not given or implausible
	// Entries are in document order; an entry whose ID repeats an earlier
	// one's is left out and its ID listed in Duplicates.
	Entries    []Entry
	Duplicates []string
}

// Entry is one item of a feed.
type Entry struct {
	// ID is the entry's stable key within its feed: "guid:" + GUID when the
	// feed gives one, else "link:" + Link, else "hash:" + a SHA-256 of the
	// title, summary and content. Never "".
	ID string
	// GUID is the RSS guid, Atom id or JSON Feed id as given (trimmed);
	// "" when missing.
	GUID  string
	Link  string // absolute http(s) URL of the article page; "" when none
	Title string // plain text, entities decoded
	// Published is the publication time in UTC; nil when the entry gives
	// no date or only a missing, unreadable or implausible one.
	Published *time.Time
	// DateNote says where Published came from ("published", "updated") or,
	// when Published is nil, why ("missing", "unreadable: …",
	// "implausible: …").
	DateNote string
	Updated  *time.Time // nil when not given or implausible
	Authors  []string
	// Content is the full content (content:encoded, Atom content, JSON
	// Feed content_html or content_text) and Summary the description or
	// summary; either may be HTML and either may be "".
	Content    string
	Summary    string
	Categories []string
}

// Options tell Parse about the document's origin.
type Options struct {
	// URL is where the document was fetched from; relative links resolve
	// against the feed's site URL when absolute, else against URL.
	URL string
	// ContentType is the Content-Type header it came with ("" if none).
	ContentType string
	// Now is the reference time for plausible dates (zero means
	// time.Now()); dates more than two days after it are implausible.
	Now    time.Time
	Limits Limits
}

// Parse reads an RSS, Atom or JSON Feed document. It returns a
// *parallax.Error with code EINVALID for a document that is not a feed
// or cannot be parsed (malformed or truncated XML or JSON), and ETOOLARGE
// for one beyond the limits.
func Parse(data []byte, opts Options) (*Feed, error) {
	lim := opts.Limits.withDefaults()
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if len(data) > lim.MaxBytes {
		return nil, tooLarge(opts.URL, fmt.Sprintf("the feed is %d bytes, over the limit of %d", len(data), lim.MaxBytes))
	}
	text := toUTF8XML(data, opts.ContentType)
	kind := gofeed.DetectFeedType(bytes.NewReader(text))
	var err error
	if kind == gofeed.FeedTypeJSON {
		err = checkJSON(text, lim)
	} else {
		err = checkXML(text, lim)
	}
	if err != nil {
		return nil, classify(opts.URL, err)
	}
	if kind == gofeed.FeedTypeUnknown {
		return nil, &parallax.Error{Code: parallax.EINVALID, Op: "parse feed", Path: opts.URL,
			Message: "not an RSS, Atom or JSON feed"}
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(text))
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EINVALID, Op: "parse feed", Path: opts.URL,
			Message: "cannot parse the feed", Err: err}
	}
	return convert(gf, opts), nil
}

// convert normalises gofeed's result.
func convert(gf *gofeed.Feed, opts Options) *Feed {
	f := &Feed{
		Type:        gf.FeedType,
		Title:       clean(gf.Title),
		Description: strings.TrimSpace(gf.Description),
		Language:    strings.TrimSpace(gf.Language),
		FeedURL:     absolute(opts.URL, gf.FeedLink),
		Updated:     plausible(gf.UpdatedParsed, opts.Now),
	}
	f.SiteURL = absolute(opts.URL, gf.Link)
	base := f.SiteURL
	if base == "" {
		base = opts.URL
	}
	seen := make(map[string]bool, len(gf.Items))
	f.Entries = make([]Entry, 0, len(gf.Items))
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		e := entry(it, base, opts.Now)
		if seen[e.ID] {
			f.Duplicates = append(f.Duplicates, e.ID)
			continue
		}
		seen[e.ID] = true
		f.Entries = append(f.Entries, e)
	}
	return f
}
