package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

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
	err := s.db.update(ctx, "create source", func(tx *sql.Tx) error {
		t := micros(now())
		res, err := tx.ExecContext(ctx, `INSERT INTO sources (url, title, etag, last_modified, next_poll,
			failures, parse_failures, last_polled, last_status, last_error, site, disabled, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
			src.URL, src.Title, src.ETag, src.LastModified, micros(src.NextPoll), src.Failures, src.ParseFailures,
			zeroNullMicros(src.LastPolled), src.LastStatus, src.LastError, src.Site, src.Disabled, t, t)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		created = n == 1
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

func findSource(ctx context.Context, tx *sql.Tx, col string, v any) (*parallax.Source, error) {
	src, err := scanSource(tx.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE `+col+` = ?`, v))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "source %v not found", v)
	}
	return src, err
}

func scanSource(row interface{ Scan(...any) error }) (*parallax.Source, error) {
	var s parallax.Source
	var next, created, updated int64
	var polled sql.NullInt64
	err := row.Scan(&s.ID, &s.URL, &s.Title, &s.ETag, &s.LastModified, &next, &s.Failures, &s.ParseFailures,
		&polled, &s.LastStatus, &s.LastError, &s.Site, &s.Disabled, &created, &updated)
	if err != nil {
		return nil, err
	}
	s.NextPoll, s.Created, s.Updated = fromMicros(next), fromMicros(created), fromMicros(updated)
	if polled.Valid {
		s.LastPolled = fromMicros(polled.Int64)
	}
	return &s, nil
}

// FindSourceByID implements parallax.SourceStore.
func (s *SourceStore) FindSourceByID(ctx context.Context, id int64) (*parallax.Source, error) {
	var src *parallax.Source
	err := s.db.view(ctx, "find source", func(tx *sql.Tx) error {
		var err error
		src, err = findSource(ctx, tx, "id", id)
		return err
	})
	return src, err
}

// DueSources implements parallax.SourceStore.
func (s *SourceStore) DueSources(ctx context.Context, at time.Time, limit int) ([]*parallax.Source, error) {
	var out []*parallax.Source
	err := s.db.view(ctx, "find due sources", func(tx *sql.Tx) error {
		var err error
		out, err = dueSources(ctx, tx, at, limit)
		return err
	})
	return out, err
}

// dueSources returns up to limit enabled sources due at or before at, the
// longest due first.
func dueSources(ctx context.Context, tx *sql.Tx, at time.Time, limit int) ([]*parallax.Source, error) {
	return querySources(ctx, tx, `SELECT `+sourceColumns+` FROM sources
		WHERE disabled = '' AND next_poll <= ? ORDER BY next_poll, id LIMIT ?`, micros(at), max(limit, 0))
}

// ClaimSources implements parallax.SourceStore. The select and the update
// run in the single writer's BEGIN IMMEDIATE transaction, so two claims
// never overlap.
func (s *SourceStore) ClaimSources(ctx context.Context, at time.Time, lease time.Duration, limit int) ([]*parallax.Source, error) {
	if lease <= 0 {
		lease = parallax.DefaultLease
	}
	until := fromMicros(micros(at.Add(lease)))
	var out []*parallax.Source
	err := s.db.update(ctx, "claim sources", func(tx *sql.Tx) error {
		var err error
		if out, err = dueSources(ctx, tx, at, limit); err != nil {
			return err
		}
		for _, src := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET next_poll = ? WHERE id = ?`, micros(until), src.ID); err != nil {
				return err
			}
			src.NextPoll = until
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ListSources implements parallax.SourceStore.
func (s *SourceStore) ListSources(ctx context.Context) ([]*parallax.Source, error) {
	var out []*parallax.Source
	err := s.db.view(ctx, "list sources", func(tx *sql.Tx) error {
		var err error
		out, err = querySources(ctx, tx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
		return err
	})
	return out, err
}

// querySources returns the sources a query of sourceColumns selects; empty,
// not nil, when none.
func querySources(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]*parallax.Source, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
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
	err := s.db.update(ctx, "update source", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET title = ?, etag = ?, last_modified = ?, next_poll = ?,
			failures = ?, parse_failures = ?, last_polled = ?, last_status = ?, last_error = ?, site = ?,
			disabled = ?, updated_at = ? WHERE id = ?`, src.Title, src.ETag, src.LastModified,
			micros(src.NextPoll), src.Failures, src.ParseFailures, zeroNullMicros(src.LastPolled), src.LastStatus,
			src.LastError, src.Site, src.Disabled, micros(t), src.ID)
		return sourceChanged(res, err, src.ID)
	})
	if err == nil {
		src.Updated = t
	}
	return err
}

// DeleteSource implements parallax.SourceStore. The source's sightings go
// with it, so that a later source given the same id inherits none.
func (s *SourceStore) DeleteSource(ctx context.Context, id int64) error {
	return s.db.update(ctx, "delete source", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
		if err := sourceChanged(res, err, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM sightings WHERE source_id = ?`, id)
		return err
	})
}

func sourceChanged(res sql.Result, err error, id int64) error {
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return parallax.Errorf(parallax.ENOTFOUND, "source %d not found", id)
	}
	return nil
}

// zeroNullMicros is micros for a time whose zero value means none.
func zeroNullMicros(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: micros(t), Valid: true}
}
