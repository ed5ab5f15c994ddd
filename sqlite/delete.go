package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

// findDeleted returns PutDeleted, naming the deleted article and the first
// key that matched, when k matches a tombstone; otherwise a zero result.
func findDeleted(ctx context.Context, tx *sql.Tx, k dedup.Keys) (parallax.PutResult, error) {
	var id, why string
	err := tx.QueryRowContext(ctx, `SELECT id, CASE WHEN id = ?1 THEN 'id' WHEN url = ?2 THEN 'url'
		WHEN guid = ?3 THEN 'guid' ELSE 'hash' END AS why
		FROM deleted_articles WHERE id = ?1 OR url = ?2 OR guid = ?3 OR hash = ?4
		ORDER BY CASE why WHEN 'id' THEN 1 WHEN 'url' THEN 2 WHEN 'guid' THEN 3 ELSE 4 END LIMIT 1`,
		k.ID, nullString(k.URL), nullString(k.GUID), k.Hash).Scan(&id, &why)
	if errors.Is(err, sql.ErrNoRows) {
		return parallax.PutResult{}, nil
	}
	if err != nil {
		return parallax.PutResult{}, err
	}
	return parallax.PutResult{ID: id, Status: parallax.PutDeleted, By: parallax.DedupKey(why)}, nil
}

// DeleteArticle implements parallax.ArticleStore.
func (s *ArticleStore) DeleteArticle(ctx context.Context, id string) (string, error) {
	var story string
	err := s.db.update(ctx, "delete article", func(tx *sql.Tx) error {
		var seq int64
		var url, guid sql.NullString
		var hash, title, doc string
		err := tx.QueryRowContext(ctx, `SELECT seq, url, guid, hash, title, doc FROM articles WHERE id = ?`, id).
			Scan(&seq, &url, &guid, &hash, &title, &doc)
		if errors.Is(err, sql.ErrNoRows) {
			return &parallax.Error{Code: parallax.ENOTFOUND, Op: "delete article", Message: "article " + id + " not found"}
		}
		if err != nil {
			return err
		}
		var body struct{ Text string }
		if err := json.Unmarshal([]byte(doc), &body); err != nil {
			return err
		}
		if story, err = leaveStory(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO deleted_articles (id, url, guid, hash, deleted_at)
			VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET url = ?2, guid = ?3, hash = ?4, deleted_at = ?5`,
			id, url, guid, hash, micros(now()))
		if err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM revisions WHERE article_id = ?`, `DELETE FROM sightings WHERE article_id = ?`,
			`DELETE FROM jobs WHERE article_id = ?`, `DELETE FROM articles WHERE id = ?`} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return err
			}
		}
		return unindexArticle(ctx, tx, seq, title, body.Text)
	})
	return story, err
}

// leaveStory takes the article out of its story, whose id it returns ("" when
// none): the story's update time moves, and members recorded as copies of the
// article become independent.
func leaveStory(ctx context.Context, tx *sql.Tx, id string) (string, error) {
	var story string
	err := tx.QueryRowContext(ctx, `DELETE FROM story_articles WHERE article_id = ? RETURNING story_id`, id).Scan(&story)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE story_articles SET copy_of = NULL, similarity = 0 WHERE copy_of = ?`, id); err != nil {
		return "", err
	}
	_, err = tx.ExecContext(ctx, `UPDATE stories SET updated_at = ? WHERE id = ?`, micros(now()), story)
	return story, err
}
