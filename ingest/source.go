package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/feed"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// ErrNoFeed is in the chain of FetchSource's error when the URL answered
// but holds no feed: it is not one, and it is not a page advertising one
// (or every feed it advertises fails to parse).
var ErrNoFeed = errors.New("ingest: no feed at this URL")

// maxDiscovered bounds the advertised feeds FetchSource tries on a page.
const maxDiscovered = 3

// FetchSource fetches rawURL through c and returns the feed source it
// names, ready for parallax.SourceStore.CreateSource: rawURL itself when it
// is an RSS, Atom or JSON feed, else the first feed the page at rawURL
// advertises with <link rel="alternate"> that fetches and parses (Site is
// then rawURL). Title is the feed's title, else the link's, else the host.
// Fetch failures are c's classified errors (fetch.EBLOCKED, fetch.ETIMEOUT,
// fetch.EUNAVAILABLE, …) naming the URL; a URL that holds no feed fails
// with EINVALID wrapping ErrNoFeed; a feed over the parser's limits with
// ETOOLARGE.
func FetchSource(ctx context.Context, c *fetch.Client, rawURL string) (*parallax.Source, error) {
	resp, err := c.Get(ctx, rawURL, fetch.Request{Accept: fetch.AcceptFeed})
	if err != nil {
		return nil, err
	}
	f, perr := feed.Parse(resp.Body, feed.Options{URL: resp.URL, ContentType: resp.ContentType})
	if perr == nil {
		return &parallax.Source{URL: rawURL, Title: sourceTitle(f.Title, "", rawURL)}, nil
	}
	if parallax.ErrorCode(perr) == parallax.ETOOLARGE {
		return nil, perr
	}
	links := feed.Discover(resp.Body, resp.URL, resp.ContentType, feed.Limits{})
	if len(links) == 0 {
		return nil, noFeed(rawURL, "neither a feed nor a page that advertises one (<link rel=\"alternate\">)", nil)
	}
	var last error
	for _, l := range links[:min(len(links), maxDiscovered)] {
		src, err := fetchLinked(ctx, c, l)
		if err == nil {
			src.Site = rawURL
			return src, nil
		}
		last = err
	}
	if len(links) == 1 {
		return nil, last
	}
	return nil, noFeed(rawURL, fmt.Sprintf("none of the %d feeds the page advertises could be read", len(links)), last)
}

// fetchLinked fetches and parses a feed a page advertised.
func fetchLinked(ctx context.Context, c *fetch.Client, l feed.Link) (*parallax.Source, error) {
	resp, err := c.Get(ctx, l.URL, fetch.Request{Accept: fetch.AcceptFeed})
	if err != nil {
		return nil, err
	}
	f, err := feed.Parse(resp.Body, feed.Options{URL: resp.URL, ContentType: resp.ContentType})
	if err != nil {
		if parallax.ErrorCode(err) == parallax.ETOOLARGE {
			return nil, err
		}
		return nil, noFeed(l.URL, "advertised as a feed but not one", err)
	}
	return &parallax.Source{URL: l.URL, Title: sourceTitle(f.Title, l.Title, l.URL)}, nil
}

// noFeed is the EINVALID error of a URL that holds no feed; cause, when
// not nil, says why a document that should have been a feed is not.
func noFeed(rawURL, msg string, cause error) error {
	return &parallax.Error{Code: parallax.EINVALID, Op: "find feed", Path: rawURL, Message: msg, Err: noFeedError{cause}}
}

// noFeedError is ErrNoFeed with its cause, which it names without
// repeating the URL.
type noFeedError struct{ cause error }

func (e noFeedError) Error() string {
	var pe *parallax.Error
	switch {
	case e.cause == nil:
		return ErrNoFeed.Error()
	case errors.As(e.cause, &pe):
		bare := *pe
		bare.Path, bare.Line = "", 0
		return bare.Error()
	}
	return e.cause.Error()
}

func (e noFeedError) Unwrap() []error { return []error{ErrNoFeed, e.cause} }

// sourceTitle is the first non-blank of the feed's title, the link's, and
// the URL's host.
func sourceTitle(feedTitle, linkTitle, rawURL string) string {
	for _, t := range []string{feedTitle, linkTitle} {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	if u, err := url.Parse(rawURL); err == nil {
		return u.Hostname()
	}
	return rawURL
}
