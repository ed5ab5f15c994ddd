package postgres

import (
	"context"
	"errors"
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
		tag, err := tx.Exec(ctx, `INSERT INTO sources (url, title, etag, last_modified, next_poll,
			failures, disabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
			ON CONFLICT (url) DO NOTHING`, src.URL, src.Title, src.ETag, src.LastModified,
			src.NextPoll, src.Failures, src.Disabled, t)
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

const sourceColumns = `id, url, title, etag, last_modified, next_poll, failures, disabled, created_at, updated_at`

func findSource(ctx context.Context, tx pgx.Tx, col string, v any) (*parallax.Source, error) {
	src, err := scanSource(tx.QueryRow(ctx, `SELECT `+sourceColumns+` FROM sources WHERE `+col+` = $1`, v))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, parallax.Errorf(parallax.ENOTFOUND, "source %v not found", v)
	}
	return src, err
}

func scanSource(row pgx.Row) (*parallax.Source, error) {
	var s parallax.Source
	err := row.Scan(&s.ID, &s.URL, &s.Title, &s.ETag, &s.LastModified, &s.NextPoll, &s.Failures, &s.Disabled, &s.Created, &s.Updated)
	if err != nil {
		return nil, err
	}
	s.NextPoll, s.Created, s.Updated = s.NextPoll.UTC(), s.Created.UTC(), s.Updated.UTC()
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
	out := []*parallax.Source{}
	err := s.db.view(ctx, "find due sources", func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT `+sourceColumns+` FROM sources
			WHERE disabled = '' AND next_poll <= $1 ORDER BY next_poll, id LIMIT $2`, at, max(limit, 0))
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
	err := s.db.update(ctx, "update source", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE sources SET title = $1, etag = $2, last_modified = $3, next_poll = $4,
			failures = $5, disabled = $6, updated_at = $7 WHERE id = $8`, src.Title, src.ETag, src.LastModified,
			src.NextPoll, src.Failures, src.Disabled, t, src.ID)
		return sourceChanged(tag, err, src.ID)
	})
	if err == nil {
		src.Updated = t
	}
	return err
}

// DeleteSource implements parallax.SourceStore.
func (s *SourceStore) DeleteSource(ctx context.Context, id int64) error {
	return s.db.update(ctx, "delete source", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM sources WHERE id = $1`, id)
		return sourceChanged(tag, err, id)
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
