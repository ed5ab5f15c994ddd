package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/parallax-news/parallax"
)

// SaveReport implements parallax.StoryStore.
func (s *StoryStore) SaveReport(ctx context.Context, storyID string, r *parallax.Report) (int, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return 0, &parallax.Error{Code: parallax.EINVALID, Op: "save report", Message: "report cannot be encoded", Err: err}
	}
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	var version int
	err = s.db.update(ctx, "save report", func(tx *sql.Tx) error {
		var current string
		err := tx.QueryRowContext(ctx, `SELECT s.version, coalesce(r.hash, '') FROM stories s
			LEFT JOIN reports r ON r.story_id = s.id AND r.version = s.version WHERE s.id = ?`, storyID).
			Scan(&version, &current)
		if errors.Is(err, sql.ErrNoRows) {
			return storyNotFound(storyID)
		}
		if err != nil || current == hash {
			return err
		}
		version++
		t := now()
		if _, err := tx.ExecContext(ctx, `INSERT INTO reports (story_id, version, created_at, articles, hash, body)
			VALUES (?, ?, ?, ?, ?, ?)`, storyID, version, micros(t), len(r.Articles), hash, body); err != nil {
			return err
		}
		sortAt := `created_at`
		if r.Date != nil {
			sortAt = fmt.Sprint(micros(*r.Date))
		}
		_, err = tx.ExecContext(ctx, `UPDATE stories SET version = ?, title = ?, date = ?, sort_at = `+sortAt+`,
			updated_at = ? WHERE id = ?`, version, r.Title, nullMicros(r.Date), micros(t), storyID)
		return err
	})
	return version, err
}

// FindReport implements parallax.StoryStore.
func (s *StoryStore) FindReport(ctx context.Context, storyID string, v int) (*parallax.ReportVersion, error) {
	var rv *parallax.ReportVersion
	err := s.db.view(ctx, "find report", func(tx *sql.Tx) error {
		var err error
		rv, err = findReport(ctx, tx, storyID, v)
		return err
	})
	return rv, err
}

func findReport(ctx context.Context, tx *sql.Tx, storyID string, v int) (*parallax.ReportVersion, error) {
	q := `SELECT version, created_at, articles, body FROM reports WHERE story_id = ?1 AND version = ?2`
	if v == 0 {
		q = `SELECT r.version, r.created_at, r.articles, r.body FROM stories s
			JOIN reports r ON r.story_id = s.id AND r.version = s.version WHERE s.id = ?1`
	}
	rv := parallax.ReportVersion{Story: storyID}
	var created int64
	var body []byte
	err := tx.QueryRowContext(ctx, q, storyID, v).Scan(&rv.Version, &created, &rv.Articles, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &parallax.Error{Code: parallax.ENOTFOUND, Op: "find report",
			Message: fmt.Sprintf("story %s has no report version %d", storyID, v)}
	}
	if err != nil {
		return nil, err
	}
	rv.Created = fromMicros(created)
	rv.Report = new(parallax.Report)
	if err := json.Unmarshal(body, rv.Report); err != nil {
		return nil, &parallax.Error{Code: parallax.EINTERNAL, Op: "decode report", Message: "report of story " + storyID + " is corrupt", Err: err}
	}
	return &rv, nil
}

// FindReportVersions implements parallax.StoryStore.
func (s *StoryStore) FindReportVersions(ctx context.Context, storyID string) ([]parallax.ReportVersion, error) {
	var out []parallax.ReportVersion
	err := s.db.view(ctx, "find report versions", func(tx *sql.Tx) error {
		var exists bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM stories WHERE id = ?)`, storyID).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return storyNotFound(storyID)
		}
		rows, err := tx.QueryContext(ctx, `SELECT version, created_at, articles FROM reports
			WHERE story_id = ? ORDER BY version DESC`, storyID)
		if err != nil {
			return err
		}
		defer rows.Close()
		out = []parallax.ReportVersion{}
		for rows.Next() {
			rv := parallax.ReportVersion{Story: storyID}
			var created int64
			if err := rows.Scan(&rv.Version, &created, &rv.Articles); err != nil {
				return err
			}
			rv.Created = fromMicros(created)
			out = append(out, rv)
		}
		return rows.Err()
	})
	return out, err
}
