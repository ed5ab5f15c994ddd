package ingest

import (
	"context"
	"net/http"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
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
