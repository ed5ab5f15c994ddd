package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
)

// SaveReport implements parallax.StoryStore. The story's row is locked, so
// two workers saving reports of one story number their versions in turn.
func (s *StoryStore) SaveReport(ctx context.Context, storyID string, r *parallax.Report) (int, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return 0, &parallax.Error{Code: parallax.EINVALID, Op: "save report", Message: "report cannot be encoded", Err: err}
	}
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	var version int
	err = s.db.update(ctx, "save report", func(tx pgx.Tx) error {
		var current string
		err := tx.QueryRow(ctx, `SELECT s.version, coalesce((SELECT r.hash FROM reports r
			WHERE r.story_id = s.id AND r.version = s.version), '') FROM stories s WHERE s.id = $1 FOR UPDATE`,
			storyID).Scan(&version, &current)
		if errors.Is(err, pgx.ErrNoRows) {
			return storyNotFound(storyID)
		}
		if err != nil || current == hash {
			return err
		}
		version++
		t := now()
		if _, err := tx.Exec(ctx, `INSERT INTO reports (story_id, version, created_at, articles, hash, body)
			VALUES ($1, $2, $3, $4, $5, $6)`, storyID, version, t, len(r.Articles), hash, body); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE stories SET version = $1, title = $2, date = $3,
			sort_at = coalesce($3, created_at), updated_at = $4 WHERE id = $5`,
			version, r.Title, utc(r.Date), t, storyID)
		return err
	})
	return version, err
}

// FindReport implements parallax.StoryStore.
func (s *StoryStore) FindReport(ctx context.Context, storyID string, v int) (*parallax.ReportVersion, error) {
	var rv *parallax.ReportVersion
	err := s.db.view(ctx, "find report", func(tx pgx.Tx) error {
		var err error
		rv, err = findReport(ctx, tx, storyID, v)
		return err
	})
	return rv, err
}

func findReport(ctx context.Context, tx pgx.Tx, storyID string, v int) (*parallax.ReportVersion, error) {
	q := `SELECT version, created_at, articles, body FROM reports WHERE story_id = $1 AND version = $2`
	if v == 0 {
		q = `SELECT r.version, r.created_at, r.articles, r.body FROM stories s
			JOIN reports r ON r.story_id = s.id AND r.version = s.version WHERE s.id = $1 AND $2 = 0`
	}
	rv := parallax.ReportVersion{Story: storyID}
	var body []byte
	err := tx.QueryRow(ctx, q, storyID, v).Scan(&rv.Version, &rv.Created, &rv.Articles, &body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &parallax.Error{Code: parallax.ENOTFOUND, Op: "find report",
			Message: fmt.Sprintf("story %s has no report version %d", storyID, v)}
	}
	if err != nil {
		return nil, err
	}
	rv.Created = rv.Created.UTC()
	rv.Report = new(parallax.Report)
	if err := json.Unmarshal(body, rv.Report); err != nil {
		return nil, &parallax.Error{Code: parallax.EINTERNAL, Op: "decode report", Message: "report of story " + storyID + " is corrupt", Err: err}
	}
	return &rv, nil
}

// FindReportVersions implements parallax.StoryStore.
func (s *StoryStore) FindReportVersions(ctx context.Context, storyID string) ([]parallax.ReportVersion, error) {
	var out []parallax.ReportVersion
	err := s.db.view(ctx, "find report versions", func(tx pgx.Tx) error {
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM stories WHERE id = $1)`, storyID).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return storyNotFound(storyID)
		}
		rows, err := tx.Query(ctx, `SELECT version, created_at, articles FROM reports
			WHERE story_id = $1 ORDER BY version DESC`, storyID)
		if err != nil {
			return err
		}
		defer rows.Close()
		out = []parallax.ReportVersion{}
		for rows.Next() {
			rv := parallax.ReportVersion{Story: storyID}
			var created time.Time
			if err := rows.Scan(&rv.Version, &created, &rv.Articles); err != nil {
				return err
			}
			rv.Created = created.UTC()
			out = append(out, rv)
		}
		return rows.Err()
	})
	return out, err
}
