package poll

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/ingest/feed"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// batchSize is the number of entries stored per transaction: a crash loses
// at most this many fetched pages, which the next poll fetches again.
const batchSize = 16

// entries stores the new and changed entries of f, batchSize at a time.
func (p *Poller) entries(ctx context.Context, src *parallax.Source, f *feed.Feed, res *Result) error {
	batch := make([]parallax.ArticleInput, 0, batchSize)
	for _, e := range f.Entries {
		in, ok, err := p.entry(ctx, src, e, res)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		batch = append(batch, in)
		if len(batch) == batchSize {
			if err := p.put(ctx, src, batch, res); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return p.put(ctx, src, batch, res)
}

// entry decides what to do with one entry and returns the input to store,
// if any. The error is the store's or ctx's; an entry whose page and
// content cannot be had is counted in res and skipped.
func (p *Poller) entry(ctx context.Context, src *parallax.Source, e feed.Entry, res *Result) (parallax.ArticleInput, bool, error) {
	guid := storeGUID(src.ID, e.GUID)
	id, seen, err := p.store.Articles.SeenEntry(ctx, src.ID, guid, e.Link)
	if err != nil {
		return parallax.ArticleInput{}, false, storeFailure(ctx, "look up feed entry", err)
	}
	if seen {
		changed, err := p.changed(ctx, src, id, e)
		if err != nil {
			return parallax.ArticleInput{}, false, err
		}
		if !changed {
			res.Seen++
			return parallax.ArticleInput{}, false, nil
		}
	}
	a, fromPage, err := p.article(ctx, e)
	if err != nil {
		if ctx.Err() != nil {
			return parallax.ArticleInput{}, false, storeFailure(ctx, "fetch entry", ctx.Err())
		}
		if transient(err) {
			res.Held++
		} else {
			res.Skipped++
		}
		p.log.Info("feed entry skipped", "source", src.URL, "entry", e.ID, "err", err)
		return parallax.ArticleInput{}, false, nil
	}
	if !fromPage {
		res.Fallback++
	}
	// Only a page's text may revise a stored article: a feed's summary is
	// not a new version of the page it summarises.
	return parallax.ArticleInput{Article: a, GUID: guid, Source: src.ID, Revise: fromPage}, true, nil
}

// changed reports whether an entry the source delivered before was updated
// after the source last delivered it (its feed date is later than the
// sighting's), so that its page is fetched again for a revision.
func (p *Poller) changed(ctx context.Context, src *parallax.Source, id string, e feed.Entry) (bool, error) {
	if e.Updated == nil {
		return false, nil
	}
	sights, err := p.store.Articles.FindSightings(ctx, id)
	if err != nil {
		return false, storeFailure(ctx, "find sightings", err)
	}
	for _, s := range sights {
		if s.Source == src.ID && e.Updated.After(s.Last) {
			return true, nil
		}
	}
	return false, nil
}

// article fetches e's page and reads the article from it, falling back to
// the entry's own content when the page cannot be had. It reports whether
// the article came from the page. The error is the page's when the entry
// has no content either.
func (p *Poller) article(ctx context.Context, e feed.Entry) (parallax.Article, bool, error) {
	var pageErr error
	if e.Link != "" {
		a, err := ingest.FetchArticle(ctx, p.cfg.Client, e.Link)
		if err == nil {
			fromEntry(&a, e)
			return a, true, nil
		}
		if ctx.Err() != nil {
			return a, false, ctx.Err()
		}
		pageErr = err
	}
	a, err := ingest.EntryArticle(e)
	if err == nil {
		return a, false, nil
	}
	if pageErr != nil {
		return a, false, fmt.Errorf("%w (and the entry has no content to fall back on)", pageErr)
	}
	return a, false, err
}

// fromEntry fills what the page did not state from the feed entry, and
// keys an entry without a GUID by its link, the URL SeenEntry is asked
// about (a redirect may have led the page elsewhere).
func fromEntry(a *parallax.Article, e feed.Entry) {
	if a.Title == "" {
		a.Title = e.Title
	}
	if a.Published == nil && e.Published != nil {
		a.Published, a.PublishedEvidence, a.PublishedPrecision = e.Published, "feed entry date", ""
	}
	if e.GUID == "" && e.Link != "" {
		a.URL = e.Link
	}
}

// transient reports whether a page fetch failed for a reason that may
// pass: a timeout, a server error, a network failure.
func transient(err error) bool {
	switch parallax.ErrorCode(err) {
	case fetch.ETIMEOUT, fetch.EUNAVAILABLE, parallax.EIO:
		return true
	}
	return false
}

// put stores batch and counts the outcomes in res.
func (p *Poller) put(ctx context.Context, src *parallax.Source, batch []parallax.ArticleInput, res *Result) error {
	if len(batch) == 0 {
		return nil
	}
	out, err := p.store.Articles.PutArticles(ctx, batch)
	if err != nil {
		return storeFailure(ctx, "store articles", err)
	}
	for i, r := range out {
		switch r.Status {
		case parallax.PutStored:
			res.Stored++
		case parallax.PutDuplicate:
			res.Duplicate++
		case parallax.PutRevised:
			res.Revised++
		case parallax.PutDeleted:
			res.Deleted++
		case parallax.PutRejected:
			res.Rejected++
			p.log.Info("feed entry rejected", "source", src.URL, "url", batch[i].Article.URL, "reason", r.Reason)
		}
	}
	return nil
}

// storeFailure classifies an error met while storing entries: a timeout
// of the poll itself, or the store's failure.
func storeFailure(ctx context.Context, op string, err error) error {
	if ctx.Err() != nil {
		return &failure{kind: "timeout", err: &parallax.Error{Code: fetch.ETIMEOUT, Op: "poll",
			Message: "the poll took too long and was stopped", Err: err}}
	}
	return &failure{kind: "store", err: fmt.Errorf("%s: %w", op, err)}
}
