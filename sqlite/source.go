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
			failures, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (url) DO NOTHING`, src.URL, src.Title, src.ETag, src.LastModified,
			micros(src.NextPoll), src.Failures, src.Disabled, t, t)
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

const sourceColumns = `id, url, title, etag, last_modified, next_poll, failures, disabled, created_at, updated_at`

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
	err := row.Scan(&s.ID, &s.URL, &s.Title, &s.ETag, &s.LastModified, &next, &s.Failures, &s.Disabled, &created, &updated)
	if err != nil {
		return nil, err
	}
	s.NextPoll, s.Created, s.Updated = fromMicros(next), fromMicros(created), fromMicros(updated)
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
	out := []*parallax.Source{}
	err := s.db.view(ctx, "find due sources", func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources
			WHERE disabled = '' AND next_poll <= ? ORDER BY next_poll, id LIMIT ?`, micros(at), max(limit, 0))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			src, err := scanSource(rows)
			if err != nil {
				return err
			}
			out = append(out, src)
		}
		return rows.Err()
	})
	return out, err
}

// UpdateSource implements parallax.SourceStore.
func (s *SourceStore) UpdateSource(ctx context.Context, src *parallax.Source) error {
	t := now()
	err := s.db.update(ctx, "update source", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET title = ?, etag = ?, last_modified = ?, next_poll = ?,
			failures = ?, disabled = ?, updated_at = ? WHERE id = ?`, src.Title, src.ETag, src.LastModified,
			micros(src.NextPoll), src.Failures, src.Disabled, micros(t), src.ID)
		return sourceChanged(res, err, src.ID)
	})
	if err == nil {
		src.Updated = t
	}
	return err
}

// DeleteSource implements parallax.SourceStore.
func (s *SourceStore) DeleteSource(ctx context.Context, id int64) error {
	return s.db.update(ctx, "delete source", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
		return sourceChanged(res, err, id)
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
