// Package fetch is the one HTTP client for everything Parallax fetches:
// feeds, article pages, OPML files given by URL.
//
// It is safe to point at URLs supplied by users. It connects only to public
// unicast addresses (checked in the dialer's Control hook, so redirects and
// DNS rebinding cannot get around it; Config.Allow opens named private
// hosts), speaks only http and https (redirects included), follows at most
// Config.MaxRedirects redirects, decompresses bodies itself and stops at
// Config.MaxBodyBytes decompressed bytes, and bounds connect, TLS, header,
// idle-body and total time. Concurrent Gets to one host are limited to
// Config.PerHost. Answers 429 and 5xx come back as errors carrying the
// server's Retry-After. docs/fetching.md lists the rules and defaults.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/parallax-news/parallax"
)

// Client fetches URLs under one Config. It is safe for concurrent use.
type Client struct {
	cfg    Config
	err    error // a Config error; every Get returns it
	http   *http.Client
	limits *hostLimits
}

// Accept headers for the two kinds of resource Parallax fetches.
const (
	AcceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	AcceptHTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

// Request carries the per-call options of Get.
type Request struct {
	// ETag and LastModified are the validators of the copy the caller
	// holds; Get sends them as If-None-Match and If-Modified-Since.
	ETag         string
	LastModified string
	// Accept is the Accept header (AcceptFeed, AcceptHTML, …); "" sends
	// "*/*".
	Accept string
}

// Response is a fetched resource. For a 304 answer NotModified is true and
// Body is empty.
type Response struct {
	URL         string // final URL, after redirects
	Status      int
	NotModified bool
	// ETag and LastModified are the validators to send next time: the
	// server's, or on a 304 without them, the ones the request sent.
	ETag         string
	LastModified string
	ContentType  string // the Content-Type header as sent
	Header       http.Header
	// Body is the decompressed body, at most Config.MaxBodyBytes long, in
	// the character set the server sent; Text converts it to UTF-8.
	Body []byte
}

// Text returns the body as valid UTF-8 and the name of the character set it
// was decoded from (see UTF8).
func (r *Response) Text() (string, string) { return UTF8(r.Body, r.ContentType) }

// New returns a client with cfg's policy; zero fields take the defaults. An
// unreadable Allow entry makes every Get fail with EINVALID (Validate
// reports it up front).
func New(cfg Config) *Client {
	cfg = cfg.withDefaults()
	allow, err := parseAllowList(cfg.Allow)
	d := &dialer{allow: allow, resolver: cfg.Resolver, net: net.Dialer{Timeout: cfg.ConnectTimeout}}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would make the address check meaningless
		DialContext:           d.dial,
		TLSHandshakeTimeout:   cfg.TLSTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		DisableCompression:    true, // decompressed here, under the size limit
		MaxConnsPerHost:       cfg.PerHost,
		MaxIdleConnsPerHost:   cfg.PerHost,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c := &Client{cfg: cfg, err: err, limits: newHostLimits(cfg.PerHost)}
	c.http = &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
	return c
}

// Validate reports whether cfg can make a working client: every Allow entry
// must be an address, a CIDR prefix or a host name.
func (cfg Config) Validate() error {
	_, err := parseAllowList(cfg.Allow)
	return err
}

// checkRedirect refuses non-http(s) targets and too many hops.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	if len(via) > c.cfg.MaxRedirects {
		return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, c.cfg.MaxRedirects)
	}
	return nil
}

// checkScheme refuses URLs that are not http or https with a host.
func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q (only http and https)", ErrScheme, u.Scheme)
	}
	if u.Hostname() == "" {
		return fmt.Errorf("%w: no host in %q", ErrScheme, u.Redacted())
	}
	return nil
}

// Get fetches rawURL. It returns a *Response for 2xx and 304 answers and a
// *parallax.Error for everything else (see the codes in errors.go). ctx
// bounds the call together with Config.Timeout; the call waits for a free
// slot when Config.PerHost Gets to the same host are already running.
func (c *Client) Get(ctx context.Context, rawURL string, opts Request) (*Response, error) {
	if c.err != nil {
		return nil, fail(parallax.EINVALID, rawURL, "the fetch configuration is invalid", c.err)
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fail(parallax.EINVALID, rawURL, "not a URL", err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fail(EBLOCKED, rawURL, "refused", err)
	}
	release, err := c.limits.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, c.classify(ctx, rawURL, err)
	}
	defer release()
	ctx, cancel := context.WithTimeoutCause(ctx, c.cfg.Timeout, ErrTimeout)
	defer cancel()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	resp, err := c.do(ctx, u, opts)
	if err != nil {
		return nil, c.classify(ctx, rawURL, err)
	}
	defer resp.Body.Close()
	return c.answer(ctx, stop, rawURL, resp, opts)
}

// do sends the request.
func (c *Client) do(ctx context.Context, u *url.URL, opts Request) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	req.Header.Set("Accept", "*/*")
	if opts.Accept != "" {
		req.Header.Set("Accept", opts.Accept)
	}
	if opts.ETag != "" {
		req.Header.Set("If-None-Match", opts.ETag)
	}
	if opts.LastModified != "" {
		req.Header.Set("If-Modified-Since", opts.LastModified)
	}
	return c.http.Do(req)
}

// answer turns an HTTP response into a Response or an error.
func (c *Client) answer(ctx context.Context, stop context.CancelCauseFunc, rawURL string, resp *http.Response, opts Request) (*Response, error) {
	r := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		ContentType:  resp.Header.Get("Content-Type"),
		Header:       resp.Header,
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		r.NotModified = true
		r.ETag = cmpString(r.ETag, opts.ETag)
		r.LastModified = cmpString(r.LastModified, opts.LastModified)
		return r, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		drain(resp)
		return nil, statusError(r.URL, resp)
	}
	body, err := c.readBody(ctx, stop, resp)
	if err != nil {
		return nil, c.classify(ctx, rawURL, err)
	}
	r.Body = body
	return r, nil
}

// cmpString returns a, or b when a is "".
func cmpString(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// statusError classifies a non-2xx, non-304 answer.
func statusError(finalURL string, resp *http.Response) error {
	se := &StatusError{Status: resp.StatusCode, URL: finalURL}
	if v := resp.Header.Get("Retry-After"); v != "" {
		now := time.Now()
		if d, err := http.ParseTime(resp.Header.Get("Date")); err == nil {
			now = d // the server's clock, so that skew does not matter
		}
		se.RetryAfter, se.HasRetryAfter = ParseRetryAfter(v, now)
	}
	code := parallax.EINVALID
	switch {
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		code = EUNAVAILABLE
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		code = parallax.ENOTFOUND
	}
	return fail(code, finalURL, "", se)
}

// classify maps a transport or body error to a *parallax.Error.
func (c *Client) classify(ctx context.Context, rawURL string, err error) error {
	if cause := context.Cause(ctx); cause != nil && !errors.Is(err, cause) &&
		(errors.Is(cause, ErrIdleTimeout) || errors.Is(cause, ErrTimeout)) {
		err = fmt.Errorf("%w (%v)", cause, err)
	}
	var ne net.Error
	switch {
	case isBlocked(err), errors.Is(err, ErrScheme):
		return fail(EBLOCKED, rawURL, "refused", err)
	case errors.Is(err, ErrTooManyRedirects):
		return fail(parallax.EINVALID, rawURL, "", err)
	case errors.Is(err, ErrBodyTooLarge):
		return fail(parallax.ETOOLARGE, rawURL, "", err)
	case errors.Is(err, ErrEncoding):
		return fail(parallax.EINVALID, rawURL, "", err)
	case errors.Is(err, ErrIdleTimeout), errors.Is(err, ErrTimeout),
		errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fail(ETIMEOUT, rawURL, "timed out", err)
	}
	return fail(parallax.EIO, rawURL, "", err)
}
