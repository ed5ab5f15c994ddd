package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

// findDeleted names the deleted article an input matches and the first key
// that matched.
const findDeleted = `SELECT id, CASE WHEN id = $1 THEN 'id' WHEN url = $2 THEN 'url'
	WHEN guid = $3 THEN 'guid' ELSE 'hash' END AS why
	FROM deleted_articles WHERE id = $1 OR url = $2 OR guid = $3 OR hash = $4
	ORDER BY CASE WHEN id = $1 THEN 1 WHEN url = $2 THEN 2 WHEN guid = $3 THEN 3 ELSE 4 END LIMIT 1`

// dropDeleted sets out to PutDeleted for the inputs at the indexes queued
// that match a deleted article, and returns the other indexes. It asks
// nothing more when no article was ever deleted.
func dropDeleted(ctx context.Context, tx pgx.Tx, keys []dedup.Keys, queued []int, out []parallax.PutResult) ([]int, error) {
	var deleted bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM deleted_articles)`).Scan(&deleted); err != nil || !deleted {
		return queued, err
	}
	batch := &pgx.Batch{}
	for _, i := range queued {
		k := keys[i]
		batch.Queue(findDeleted, k.ID, nullString(k.URL), nullString(k.GUID), k.Hash)
	}
	br := tx.SendBatch(ctx, batch)
	defer br.Close()
	var keep []int
	for _, i := range queued {
		var id, why string
		err := br.QueryRow().Scan(&id, &why)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			keep = append(keep, i)
		case err != nil:
			return nil, err
		default:
			out[i] = parallax.PutResult{ID: id, Status: parallax.PutDeleted, By: parallax.DedupKey(why)}
		}
	}
	return keep, br.Close()
}

// DeleteArticle implements parallax.ArticleStore.
func (s *ArticleStore) DeleteArticle(ctx context.Context, id string) (string, error) {
	var story string
	err := s.db.update(ctx, "delete article", func(tx pgx.Tx) error {
		t := now()
		tag, err := tx.Exec(ctx, `INSERT INTO deleted_articles (id, url, guid, hash, deleted_at)
			SELECT id, url, guid, hash, $2 FROM articles WHERE id = $1
			ON CONFLICT (id) DO UPDATE SET url = excluded.url, guid = excluded.guid, hash = excluded.hash,
				deleted_at = excluded.deleted_at`, id, t)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return &parallax.Error{Code: parallax.ENOTFOUND, Op: "delete article", Message: "article " + id + " not found"}
		}
		if story, err = leaveStory(ctx, tx, id, t); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM revisions WHERE article_id = $1`, `DELETE FROM sightings WHERE article_id = $1`,
			`DELETE FROM jobs WHERE article_id = $1`, `DELETE FROM articles WHERE id = $1`} {
			if _, err := tx.Exec(ctx, q, id); err != nil {
				return err
			}
		}
		return nil
	})
	return story, err
}

// leaveStory takes the article out of its story, whose id it returns ("" when
// none): the story's update time moves, and members recorded as copies of the
// article become independent.
func leaveStory(ctx context.Context, tx pgx.Tx, id string, t time.Time) (string, error) {
	var story string
	err := tx.QueryRow(ctx, `DELETE FROM story_articles WHERE article_id = $1 RETURNING story_id`, id).Scan(&story)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if _, err := tx.Exec(ctx, `UPDATE story_articles SET copy_of = NULL, similarity = 0 WHERE copy_of = $1`, id); err != nil {
		return "", err
	}
	_, err = tx.Exec(ctx, `UPDATE stories SET updated_at = $1 WHERE id = $2`, t, story)
	return story, err
}
