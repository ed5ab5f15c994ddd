package poll

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/feed"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// releaseTimeout bounds the store write that releases a source after its
// poll was cancelled.
const releaseTimeout = 10 * time.Second

// Result is what one poll of a source did.
type Result struct {
	Source int64
	// Status is the HTTP status of the feed's answer; 0 when none came.
	Status      int
	NotModified bool // the server answered 304: nothing new
	Entries     int  // entries in the feed document
	// Seen counts the entries the source had already delivered, unchanged,
	// and skipped without fetching their pages.
	Seen int
	// The put statuses of the entries offered to the store.
	Stored, Duplicate, Revised, Deleted, Rejected int
	// Fallback counts the entries stored from the feed's own content
	// because their page could not be had.
	Fallback int
	// Held counts the entries that could not be had at all for a reason
	// that may pass (the page timed out or its server failed, and the feed
	// carries no content); the validators are not advanced, so the next
	// poll offers them again.
	Held int
	// Skipped counts the entries that will not yield an article: their
	// page failed for good (refused, gone, no text) and the feed carries no
	// content for them. Rejected texts are counted in Rejected.
	Skipped int
	// Err is why the poll failed; nil when it succeeded.
	Err error
	// Next is when the source is next due; zero when it was disabled.
	Next time.Time
}

// Poll polls src once, stores its new and changed entries, and then stores
// src's outcome (validators, schedule, failure counts, LastError, and
// Disabled after too many parse failures) through UpdateSource and in src.
// A failed poll is not an error: it is in Result.Err and in src. Poll
// returns an error when the outcome cannot be stored, or ctx's error when
// ctx was cancelled; the source is then released (due again at once) with
// its validators unchanged, and the entries already committed stay.
func (p *Poller) Poll(ctx context.Context, src *parallax.Source) (*Result, error) {
	res := &Result{Source: src.ID}
	pctx, cancel := context.WithTimeout(ctx, p.cfg.Timeout)
	etag, lastModified, err := p.poll(pctx, src, res)
	cancel()
	if ctx.Err() != nil {
		p.release(ctx, src)
		return res, ctx.Err()
	}
	out := *src
	p.settle(&out, res, err, etag, lastModified, p.cfg.Now())
	res.Err = err
	if out.Disabled == "" {
		res.Next = out.NextPoll
	}
	uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseTimeout)
	defer cancel()
	if err := p.store.Sources.UpdateSource(uctx, &out); err != nil {
		return res, fmt.Errorf("store the outcome of polling %s: %w", src.URL, err)
	}
	*src = out
	return res, nil
}

// release makes src due again at once after a cancelled poll, without
// touching its validators or counts, so that another poller need not wait
// for the claim's lease to run out.
func (p *Poller) release(ctx context.Context, src *parallax.Source) {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseTimeout)
	defer cancel()
	out := *src
	out.NextPoll = p.cfg.Now()
	if err := p.store.Sources.UpdateSource(rctx, &out); err != nil {
		p.log.Warn("cannot release a source after a cancelled poll", "source", src.URL, "err", err)
	}
}

// poll fetches and reads src's feed and stores its entries. It returns the
// validators of the answer, to be stored once the entries are committed.
func (p *Poller) poll(ctx context.Context, src *parallax.Source, res *Result) (etag, lastModified string, err error) {
	resp, err := p.cfg.Client.Get(ctx, src.URL, fetch.Request{ETag: src.ETag, LastModified: src.LastModified, Accept: fetch.AcceptFeed})
	if err != nil {
		var se *fetch.StatusError
		if errors.As(err, &se) {
			res.Status = se.Status
		}
		return "", "", &failure{kind: "fetch", err: err}
	}
	res.Status = resp.Status
	if resp.NotModified {
		res.NotModified = true
		return resp.ETag, resp.LastModified, nil
	}
	f, err := feed.Parse(resp.Body, feed.Options{URL: resp.URL, ContentType: resp.ContentType, Now: p.cfg.Now()})
	if err != nil {
		return "", "", &failure{kind: "parse", err: err}
	}
	res.Entries = len(f.Entries)
	if src.Title == "" {
		src.Title = f.Title
	}
	if err := p.entries(ctx, src, f, res); err != nil {
		return "", "", err
	}
	return resp.ETag, resp.LastModified, nil
}
