package sqlite

// TEMPORARY: placeholders until the storage helper implements issue #6's
// storage contract. This file must be deleted before the session ends.

import (
	"context"
	"time"

	"github.com/parallax-news/parallax"
)

func errPending() error { return parallax.Errorf(parallax.EINTERNAL, "not implemented yet") }

// DeleteArticle implements parallax.ArticleStore.
func (s *ArticleStore) DeleteArticle(ctx context.Context, id string) (string, error) {
	return "", errPending()
}

// FindRevisions implements parallax.ArticleStore.
func (s *ArticleStore) FindRevisions(ctx context.Context, id string) ([]parallax.Revision, error) {
	return nil, errPending()
}

// FindSightings implements parallax.ArticleStore.
func (s *ArticleStore) FindSightings(ctx context.Context, id string) ([]parallax.Sighting, error) {
	return nil, errPending()
}

// SeenEntry implements parallax.ArticleStore.
func (s *ArticleStore) SeenEntry(ctx context.Context, source int64, guid, url string) (string, bool, error) {
	return "", false, errPending()
}

// ClaimSources implements parallax.SourceStore.
func (s *SourceStore) ClaimSources(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]*parallax.Source, error) {
	return nil, errPending()
}

// ListSources implements parallax.SourceStore.
func (s *SourceStore) ListSources(ctx context.Context) ([]*parallax.Source, error) {
	return nil, errPending()
}
