package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/text"
)

// storedKeys is what revising a stored article needs of it.
type storedKeys struct {
	url, guid, hash string
	revision        int
	created         time.Time
	doc             []byte
}

// revise replaces the article dup names with in when in matches it by URL or
// GUID with another text, keeping the old text as a revision; otherwise, or
// when the new text, URL or GUID belongs to another stored article, it
// returns dup unchanged. The stored row is locked first, so two calls
// revising one article take turns, and the second sees the first's text.
func revise(ctx context.Context, tx pgx.Tx, in parallax.ArticleInput, k dedup.Keys, dup parallax.PutResult, t time.Time) (parallax.PutResult, error) {
	var old storedKeys
	err := tx.QueryRow(ctx, `SELECT coalesce(url, ''), coalesce(guid, ''), hash, revision, created_at, doc
		FROM articles WHERE id = $1 FOR UPDATE`, dup.ID).Scan(&old.url, &old.guid, &old.hash, &old.revision, &old.created, &old.doc)
	if err != nil {
		return dup, err
	}
	sameEntry := (k.URL != "" && k.URL == old.url) || (k.GUID != "" && k.GUID == old.guid)
	if old.hash == k.Hash || !sameEntry {
		return dup, nil
	}
	var prev parallax.Annotated
	if err := json.Unmarshal(old.doc, &prev); err != nil {
		return dup, err
	}
	next := dedup.Keys{ID: dup.ID, URL: cmp.Or(k.URL, old.url), GUID: cmp.Or(k.GUID, old.guid), Hash: k.Hash}
	sp, err := tx.Begin(ctx) // a savepoint: another article may hold the new text, URL or GUID
	if err != nil {
		return dup, err
	}
	defer sp.Rollback(ctx)
	var pe *pgconn.PgError
	err = replace(ctx, sp, in, next, old, prev.Article, t)
	if errors.As(err, &pe) && pe.Code == "23505" {
		return dup, sp.Rollback(ctx)
	}
	if err != nil {
		return dup, err
	}
	if err := sp.Commit(ctx); err != nil {
		return dup, err
	}
	return parallax.PutResult{ID: dup.ID, Status: parallax.PutRevised, By: dup.By, Revision: old.revision + 1}, nil
}

// replace stores prev as revision old.revision and in's article as the
// current text, unannotated, and queues it for annotation again.
func replace(ctx context.Context, tx pgx.Tx, in parallax.ArticleInput, next dedup.Keys, old storedKeys, prev parallax.Article, t time.Time) error {
	_, err := tx.Exec(ctx, `INSERT INTO revisions (article_id, revision, title, body, hash, replaced_at)
		VALUES ($1, $2, $3, $4, $5, $6)`, next.ID, old.revision, prev.Title, prev.Text, old.hash, t)
	if err != nil {
		return err
	}
	a := in.Article
	a.ID, a.URL = next.ID, cmp.Or(a.URL, prev.URL)
	doc, err := json.Marshal(&parallax.Annotated{Article: a})
	if err != nil {
		return err
	}
	sortAt := old.created
	if a.Published != nil {
		sortAt = *a.Published
	}
	_, err = tx.Exec(ctx, `UPDATE articles SET url = $1, guid = $2, hash = $3, title = $4, published = $5,
		sort_at = $6, doc = $7, tsv = to_tsvector('english', $8), annotated_at = NULL, revision = revision + 1
		WHERE id = $9`, nullString(next.URL), nullString(next.GUID), next.Hash, a.Title, utc(a.Published),
		sortAt, doc, text.Fold(a.Title+"\n"+a.Text), next.ID)
	if err != nil {
		return err
	}
	return requeue(ctx, tx, next.ID, t)
}

// requeue makes a revised article's annotate job pending with fresh attempts
// (a worker still holding the old claim can no longer complete it) and drops
// its assign job, whose annotation is gone.
func requeue(ctx context.Context, tx pgx.Tx, id string, t time.Time) error {
	_, err := tx.Exec(ctx, `INSERT INTO jobs (kind, article_id, available_at, created_at) VALUES ($1, $2, $3, $3)
		ON CONFLICT (kind, article_id) DO UPDATE SET state = 'pending', attempts = 0, available_at = $3,
			worker = '', lease_until = 'epoch', last_error = ''`, parallax.JobAnnotate, id, t)
	if err == nil {
		_, err = tx.Exec(ctx, `DELETE FROM jobs WHERE kind = $1 AND article_id = $2`, parallax.JobAssign, id)
	}
	return err
}

// FindRevisions implements parallax.ArticleStore.
func (s *ArticleStore) FindRevisions(ctx context.Context, id string) ([]parallax.Revision, error) {
	out := []parallax.Revision{}
	err := s.db.view(ctx, "find revisions", func(tx pgx.Tx) error {
		if err := articleExists(ctx, tx, "find revisions", id); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT revision, title, body, hash, replaced_at FROM revisions
			WHERE article_id = $1 ORDER BY revision`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := parallax.Revision{Article: id}
			if err := rows.Scan(&r.Revision, &r.Title, &r.Text, &r.Hash, &r.Replaced); err != nil {
				return err
			}
			r.Replaced = r.Replaced.UTC()
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// articleExists returns ENOTFOUND unless the article id is stored.
func articleExists(ctx context.Context, tx pgx.Tx, op, id string) error {
	var ok bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, id).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: op, Message: "article " + id + " not found"}
	}
	return nil
}
