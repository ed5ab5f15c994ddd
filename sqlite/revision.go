package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

// storedKeys is what revising a stored article needs of it.
type storedKeys struct {
	seq             int64
	url, guid, hash string
	title           string // as indexed
	revision        int
	created         int64
	doc             string
}

// revise replaces the article dup names with in when in matches it by URL or
// GUID with another text, keeping the old text as a revision; otherwise, or
// when the new text, URL or GUID belongs to another stored article, it
// returns dup unchanged.
func (p *putter) revise(in parallax.ArticleInput, k dedup.Keys, dup parallax.PutResult) (parallax.PutResult, error) {
	var old storedKeys
	err := p.tx.QueryRowContext(p.ctx, `SELECT seq, coalesce(url, ''), coalesce(guid, ''), hash, title,
		revision, created_at, doc FROM articles WHERE id = ?`, dup.ID).Scan(&old.seq, &old.url, &old.guid,
		&old.hash, &old.title, &old.revision, &old.created, &old.doc)
	if err != nil {
		return dup, err
	}
	sameEntry := (k.URL != "" && k.URL == old.url) || (k.GUID != "" && k.GUID == old.guid)
	if old.hash == k.Hash || !sameEntry {
		return dup, nil
	}
	next := dedup.Keys{ID: dup.ID, URL: cmp.Or(k.URL, old.url), GUID: cmp.Or(k.GUID, old.guid), Hash: k.Hash}
	var taken bool
	err = p.tx.QueryRowContext(p.ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id <> ?1
		AND (hash = ?2 OR url = ?3 OR guid = ?4))`, next.ID, next.Hash, nullString(next.URL), nullString(next.GUID)).Scan(&taken)
	if err != nil || taken {
		return dup, err
	}
	var prev parallax.Annotated
	if err := json.Unmarshal([]byte(old.doc), &prev); err != nil {
		return dup, err
	}
	if err := p.replace(in, next, old, prev.Article); err != nil {
		return dup, err
	}
	return parallax.PutResult{ID: dup.ID, Status: parallax.PutRevised, By: dup.By, Revision: old.revision + 1}, nil
}

// replace stores prev as revision old.revision and in's article as the
// current text of old, unannotated, and queues it for annotation again.
func (p *putter) replace(in parallax.ArticleInput, next dedup.Keys, old storedKeys, prev parallax.Article) error {
	t := micros(p.t)
	_, err := p.tx.ExecContext(p.ctx, `INSERT INTO revisions (article_id, revision, title, body, hash, replaced_at)
		VALUES (?, ?, ?, ?, ?, ?)`, next.ID, old.revision, prev.Title, prev.Text, old.hash, t)
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
		sortAt = micros(*a.Published)
	}
	_, err = p.tx.ExecContext(p.ctx, `UPDATE articles SET url = ?, guid = ?, hash = ?, title = ?, published = ?,
		sort_at = ?, doc = ?, annotated_at = NULL, revision = revision + 1 WHERE id = ?`,
		nullString(next.URL), nullString(next.GUID), next.Hash, a.Title, nullMicros(a.Published), sortAt, doc, next.ID)
	if err != nil {
		return err
	}
	p.fts = append(p.fts, ftsRow{seq: old.seq, title: old.title, body: prev.Text, delete: true},
		ftsRow{seq: old.seq, title: a.Title, body: a.Text})
	return requeue(p.ctx, p.tx, next.ID, t)
}

// requeue makes a revised article's annotate job pending with fresh attempts
// (a worker still holding the old claim can no longer complete it) and drops
// its assign job, whose annotation is gone.
func requeue(ctx context.Context, tx *sql.Tx, id string, t int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO jobs (kind, article_id, available_at, created_at) VALUES (?1, ?2, ?3, ?3)
		ON CONFLICT (kind, article_id) DO UPDATE SET state = 'pending', attempts = 0, available_at = ?3,
			worker = '', lease_until = 0, last_error = ''`, parallax.JobAnnotate, id, t)
	if err == nil {
		_, err = tx.ExecContext(ctx, `DELETE FROM jobs WHERE kind = ? AND article_id = ?`, parallax.JobAssign, id)
	}
	return err
}

// FindRevisions implements parallax.ArticleStore.
func (s *ArticleStore) FindRevisions(ctx context.Context, id string) ([]parallax.Revision, error) {
	out := []parallax.Revision{}
	err := s.db.view(ctx, "find revisions", func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, "find revisions", id); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT revision, title, body, hash, replaced_at FROM revisions
			WHERE article_id = ? ORDER BY revision`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := parallax.Revision{Article: id}
			var replaced int64
			if err := rows.Scan(&r.Revision, &r.Title, &r.Text, &r.Hash, &replaced); err != nil {
				return err
			}
			r.Replaced = fromMicros(replaced)
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
func articleExists(ctx context.Context, tx *sql.Tx, op, id string) error {
	var ok bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`, id).Scan(&ok); err != nil {
		return err
	}
	if !ok {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: op, Message: "article " + id + " not found"}
	}
	return nil
}
