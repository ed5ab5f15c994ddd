package postgres

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

var _ parallax.SourceStore = (*SourceStore)(nil)

// SourceStore implements parallax.SourceStore.
type SourceStore struct{ db *DB }

// CreateSource implements parallax.SourceStore.
func (s *SourceStore) CreateSource(ctx context.Context, src *parallax.Source) (bool, error) {
	if err := dedup.CheckFeedURL(src.URL); err != nil {
		return false, err
	}
	var created bool
	err := s.db.update(ctx, "create source", func(tx pgx.Tx) error {
		t := now()
		tag, err := tx.Exec(ctx, `INSERT INTO sources (url, title, etag, last_modified, next_poll, failures,
			parse_failures, last_polled, last_status, last_error, site, disabled, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) ON CONFLICT (url) DO NOTHING`,
			src.URL, src.Title, src.ETag, src.LastModified, src.NextPoll, src.Failures, src.ParseFailures,
			zeroNull(src.LastPolled), src.LastStatus, src.LastError, src.Site, src.Disabled, t)
		if err != nil {
			return err
		}
		created = tag.RowsAffected() == 1
		got, err := findSource(ctx, tx, "url", src.URL)
		if err == nil {
			*src = *got
		}
		return err
	})
	return created, err
}

const sourceColumns = `id, url, title, etag, last_modified, next_poll, failures, parse_failures, last_polled,
	last_status, last_error, site, disabled, created_at, updated_at`

func findSource(ctx context.Context, tx pgx.Tx, col string, v any) (*parallax.Source, error) {
	src, err := scanSource(tx.QueryRow(ctx, `SELECT `+sourceColumns+` FROM sources WHERE `+col+` = $1`, v))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "source %v not found", v)
	}
	return src, err
}

// qualifiedSourceColumns is sourceColumns of the table aliased s.
var qualifiedSourceColumns = "s." + strings.ReplaceAll(strings.Join(strings.Fields(sourceColumns), " "), ", ", ", s.")

// scanSource reads a row of sourceColumns, then into extra any further
// columns.
func scanSource(row pgx.Row, extra ...any) (*parallax.Source, error) {
	var s parallax.Source
	var polled *time.Time
	err := row.Scan(append([]any{&s.ID, &s.URL, &s.Title, &s.ETag, &s.LastModified, &s.NextPoll, &s.Failures,
		&s.ParseFailures, &polled, &s.LastStatus, &s.LastError, &s.Site, &s.Disabled, &s.Created, &s.Updated}, extra...)...)
	if err != nil {
		return nil, err
	}
	s.NextPoll, s.Created, s.Updated = s.NextPoll.UTC(), s.Created.UTC(), s.Updated.UTC()
	if polled != nil {
		s.LastPolled = polled.UTC()
	}
	return &s, nil
}

// FindSourceByID implements parallax.SourceStore.
func (s *SourceStore) FindSourceByID(ctx context.Context, id int64) (*parallax.Source, error) {
	var src *parallax.Source
	err := s.db.view(ctx, "find source", func(tx pgx.Tx) error {
		var err error
		src, err = findSource(ctx, tx, "id", id)
		return err
	})
	return src, err
}

// DueSources implements parallax.SourceStore.
func (s *SourceStore) DueSources(ctx context.Context, at time.Time, limit int) ([]*parallax.Source, error) {
	var out []*parallax.Source
	err := s.db.view(ctx, "find due sources", func(tx pgx.Tx) error {
		var err error
		out, err = querySources(ctx, tx, `SELECT `+sourceColumns+` FROM sources
			WHERE disabled = '' AND next_poll <= $1 ORDER BY next_poll, id LIMIT $2`, at, max(limit, 0))
		return err
	})
	return out, err
}

// ClaimSources implements parallax.SourceStore. The due sources are selected
// FOR UPDATE SKIP LOCKED, so concurrent claimers, in any process, skip each
// other's sources instead of waiting, and a source another claimer leased
// meanwhile is re-checked after its lock and found no longer due.
func (s *SourceStore) ClaimSources(ctx context.Context, at time.Time, lease time.Duration, limit int) ([]*parallax.Source, error) {
	if lease <= 0 {
		lease = parallax.DefaultLease
	}
	until := at.Add(lease).UTC().Truncate(time.Microsecond)
	var out []*parallax.Source
	err := s.db.update(ctx, "claim sources", func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `UPDATE sources s SET next_poll = $3 FROM (SELECT id, next_poll FROM sources
			WHERE disabled = '' AND next_poll <= $1 ORDER BY next_poll, id LIMIT $2 FOR UPDATE SKIP LOCKED) due
			WHERE s.id = due.id RETURNING `+qualifiedSourceColumns+`, due.next_poll`, at, max(limit, 0), until)
		if err != nil {
			return err
		}
		defer rows.Close()
		out = []*parallax.Source{}
		was := map[int64]time.Time{}
		for rows.Next() {
			var due time.Time
			src, err := scanSource(rows, &due)
			if err != nil {
				return err
			}
			out, was[src.ID] = append(out, src), due
		}
		slices.SortFunc(out, func(a, b *parallax.Source) int { // longest due first
			return cmp.Or(was[a.ID].Compare(was[b.ID]), cmp.Compare(a.ID, b.ID))
		})
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ListSources implements parallax.SourceStore.
func (s *SourceStore) ListSources(ctx context.Context) ([]*parallax.Source, error) {
	var out []*parallax.Source
	err := s.db.view(ctx, "list sources", func(tx pgx.Tx) error {
		var err error
		out, err = querySources(ctx, tx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
		return err
	})
	return out, err
}

// querySources returns the sources a query of sourceColumns returns; empty,
// not nil, when none.
func querySources(ctx context.Context, tx pgx.Tx, q string, args ...any) ([]*parallax.Source, error) {
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*parallax.Source{}
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

// UpdateSource implements parallax.SourceStore.
func (s *SourceStore) UpdateSource(ctx context.Context, src *parallax.Source) error {
	t := now()
	err := s.db.update(ctx, "update source", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE sources SET title = $1, etag = $2, last_modified = $3, next_poll = $4,
			failures = $5, parse_failures = $6, last_polled = $7, last_status = $8, last_error = $9, site = $10,
			disabled = $11, updated_at = $12 WHERE id = $13`, src.Title, src.ETag, src.LastModified, src.NextPoll,
			src.Failures, src.ParseFailures, zeroNull(src.LastPolled), src.LastStatus, src.LastError, src.Site,
			src.Disabled, t, src.ID)
		return sourceChanged(tag, err, src.ID)
	})
	if err == nil {
		src.Updated = t
	}
	return err
}

// DeleteSource implements parallax.SourceStore. The source's sightings go
// with it.
func (s *SourceStore) DeleteSource(ctx context.Context, id int64) error {
	return s.db.update(ctx, "delete source", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM sources WHERE id = $1`, id)
		if err := sourceChanged(tag, err, id); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM sightings WHERE source_id = $1`, id)
		return err
	})
}

func sourceChanged(tag pgconn.CommandTag, err error, id int64) error {
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return parallax.Errorf(parallax.ENOTFOUND, "source %d not found", id)
	}
	return nil
}

// zeroNull stores a time whose zero value means none as NULL.
func zeroNull(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}
