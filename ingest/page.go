package ingest

import (
	"context"
	"net/http"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/feed"
	"github.com/parallax-news/parallax/ingest/fetch"
	"golang.org/x/net/html"
)

// FetchArticle fetches the article page at url through c and returns the
// article it holds (see PageArticle). Fetch failures are c's classified
// *parallax.Error values (fetch.EBLOCKED, fetch.EUNAVAILABLE, …); a page
// without article text fails with EINVALID wrapping ErrNoText.
func FetchArticle(ctx context.Context, c *fetch.Client, url string) (parallax.Article, error) {
	resp, err := c.Get(ctx, url, fetch.Request{Accept: fetch.AcceptHTML})
	if err != nil {
		return parallax.Article{}, err
	}
	a, err := PageArticle(resp.Body, resp.URL, resp.Header)
	if err != nil {
		return parallax.Article{}, err
	}
	if a.Source == "" {
		a.Source = url
	}
	return a, nil
}

// PageArticle turns a fetched HTML page into an article: body is the page as
// the server sent it, finalURL the URL it was read from after redirects, and
// header the response header (its Content-Type names the character set;
// nil means none). The body is decoded to UTF-8 (see fetch.UTF8), its main
// text and metadata extracted as for an HTML file (ExtractHTML, Clean), and
// the publication time read from the markup (go-htmldate with the time of
// day, URL dates consulted only after the markup). Source and URL are
// finalURL: a page's own canonical link is not trusted to name it. It fails
// with EINVALID when the page holds no article text (wrapping ErrNoText) or
// cannot be parsed.
func PageArticle(body []byte, finalURL string, header http.Header) (parallax.Article, error) {
	contentType := ""
	if header != nil {
		contentType = header.Get("Content-Type")
	}
	text, _ := fetch.UTF8(body, contentType)
	a, err := htmlArticle([]byte(text), fields{url: finalURL})
	if err != nil {
		return parallax.Article{}, &parallax.Error{Code: parallax.EINVALID, Op: "read page", Path: finalURL,
			Message: "no article text could be extracted", Err: err}
	}
	a.Source = finalURL
	return a, nil
}

// EntryArticle is the article a feed entry carries in its own content (its
// full content, else its summary; HTML or plain text), for when the entry's
// page cannot be fetched. The entry's link, title and date are the
// article's; Source is the link. It fails with EINVALID wrapping ErrNoText
// when the entry holds no text.
func EntryArticle(e feed.Entry) (parallax.Article, error) {
	content := firstNonEmpty(e.Content, e.Summary)
	doc, err := html.Parse(strings.NewReader(content))
	if err != nil {
		return parallax.Article{}, &parallax.Error{Code: parallax.EINVALID, Op: "read feed entry", Path: e.Link,
			Message: "cannot parse the entry's content", Err: err}
	}
	f := fields{url: e.Link, title: e.Title, published: e.Published}
	if e.Published != nil {
		f.publishedEvidence = "feed entry date"
	}
	a := assemble(nodeText(doc), f, nil)
	if a.Text == "" {
		return parallax.Article{}, &parallax.Error{Code: parallax.EINVALID, Op: "read feed entry", Path: e.Link,
			Message: "the feed entry holds no article text", Err: ErrNoText}
	}
	a.Source = e.Link
	return a, nil
}
