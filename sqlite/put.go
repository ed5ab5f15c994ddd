package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

const insertArticle = `INSERT INTO articles
	(id, url, guid, hash, title, published, sort_at, doc, annotated_at, created_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT DO NOTHING RETURNING seq`

// findDuplicate names the first key that matches, in the order of the
// parallax.Dedup* constants.
const findDuplicate = `SELECT id, CASE WHEN id = ?1 THEN 'id' WHEN url = ?2 THEN 'url'
	WHEN guid = ?3 THEN 'guid' ELSE 'hash' END AS why
	FROM articles WHERE id = ?1 OR url = ?2 OR guid = ?3 OR hash = ?4
	ORDER BY CASE why WHEN 'id' THEN 1 WHEN 'url' THEN 2 WHEN 'guid' THEN 3 ELSE 4 END LIMIT 1`

// PutArticles implements parallax.ArticleStore. Each input is checked
// against the deleted articles, inserted, or else matched to the stored
// article it duplicates or revises, in input order.
func (s *ArticleStore) PutArticles(ctx context.Context, in []parallax.ArticleInput) ([]parallax.PutResult, error) {
	out := make([]parallax.PutResult, len(in))
	err := s.db.update(ctx, "store articles", func(tx *sql.Tx) error {
		p, err := newPutter(ctx, tx)
		if err != nil {
			return err
		}
		defer p.ins.Close()
		for i := range in {
			if out[i], err = p.put(in[i]); err != nil {
				return err
			}
		}
		return p.index()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// putter stores the articles of one PutArticles call.
type putter struct {
	ctx       context.Context
	tx        *sql.Tx
	ins       *sql.Stmt
	t         time.Time
	tombstone bool     // some article was ever deleted
	fts       []ftsRow // full-text index changes, applied in order at the end
}

// ftsRow is one change to articles_fts: an insert, or the deletion of the
// values inserted earlier (contentless tables need them back).
type ftsRow struct {
	seq         int64
	title, body string
	delete      bool
}

func newPutter(ctx context.Context, tx *sql.Tx) (*putter, error) {
	ins, err := tx.PrepareContext(ctx, insertArticle)
	if err != nil {
		return nil, err
	}
	p := &putter{ctx: ctx, tx: tx, ins: ins, t: now()}
	err = tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM deleted_articles)`).Scan(&p.tombstone)
	if err != nil {
		ins.Close()
	}
	return p, err
}

// put stores one article unless it was deleted or duplicates a stored one,
// revises the stored one when asked, and records the sighting.
func (p *putter) put(in parallax.ArticleInput) (parallax.PutResult, error) {
	k, rejected := dedup.Prepare(in)
	if rejected != nil {
		return *rejected, nil
	}
	if p.tombstone {
		if res, err := findDeleted(p.ctx, p.tx, k); err != nil || res.Status == parallax.PutDeleted {
			return res, err
		}
	}
	res, err := p.insert(in, k)
	if err == nil && res.Status == parallax.PutDuplicate && in.Revise {
		res, err = p.revise(in, k, res)
	}
	if err == nil && in.Source != 0 {
		err = recordSighting(p.ctx, p.tx, in.Source, k, res.ID, p.t)
	}
	return res, err
}

// insert stores the article and queues its first job, or returns what it
// duplicates.
func (p *putter) insert(in parallax.ArticleInput, k dedup.Keys) (parallax.PutResult, error) {
	doc, annotatedAt, err := articleDoc(in, k.ID)
	if err != nil {
		return parallax.PutResult{}, err
	}
	a := in.Article
	sortAt := p.t
	if a.Published != nil {
		sortAt = *a.Published
	}
	var seq int64
	err = p.ins.QueryRowContext(p.ctx, k.ID, nullString(k.URL), nullString(k.GUID), k.Hash, a.Title,
		nullMicros(a.Published), micros(sortAt), doc, annotatedAt, micros(p.t)).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		return findDuplicateOf(p.ctx, p.tx, k)
	}
	if err != nil {
		return parallax.PutResult{}, err
	}
	p.fts = append(p.fts, ftsRow{seq: seq, title: a.Title, body: a.Text})
	_, err = p.tx.ExecContext(p.ctx, `INSERT INTO jobs (kind, article_id, available_at, created_at)
		VALUES (?, ?, ?, ?) ON CONFLICT (kind, article_id) DO NOTHING`, firstJob(in), k.ID, micros(p.t), micros(p.t))
	return parallax.PutResult{ID: k.ID, Status: parallax.PutStored}, err
}

// index applies the full-text changes of the call. It runs after every insert:
// FTS5 flushes its pending terms at each statement savepoint, so interleaving
// them with the inserts would flush per article.
func (p *putter) index() error {
	if len(p.fts) == 0 {
		return nil
	}
	ins, err := p.tx.PrepareContext(p.ctx, `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, r := range p.fts {
		if r.delete {
			err = unindexArticle(p.ctx, p.tx, r.seq, r.title, r.body)
		} else {
			_, err = ins.ExecContext(p.ctx, r.seq, r.title, r.body)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// unindexArticle removes an article's row from the contentless full-text
// index, given the values it was indexed with.
func unindexArticle(ctx context.Context, tx *sql.Tx, seq int64, title, body string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, body)
		VALUES ('delete', ?, ?, ?)`, seq, title, body)
	return err
}

// articleDoc returns the JSON stored for in under id, and its annotation time.
func articleDoc(in parallax.ArticleInput, id string) ([]byte, sql.NullInt64, error) {
	ann := parallax.Annotated{Article: in.Article}
	var at sql.NullInt64
	if in.Annotated != nil {
		ann = *in.Annotated
		at = sql.NullInt64{Int64: micros(now()), Valid: true}
	}
	ann.ID = id
	doc, err := json.Marshal(&ann)
	return doc, at, err
}

func findDuplicateOf(ctx context.Context, tx *sql.Tx, k dedup.Keys) (parallax.PutResult, error) {
	var id, why string
	err := tx.QueryRowContext(ctx, findDuplicate, k.ID, nullString(k.URL), nullString(k.GUID), k.Hash).Scan(&id, &why)
	if err != nil {
		return parallax.PutResult{}, err
	}
	return parallax.PutResult{ID: id, Status: parallax.PutDuplicate, DuplicateOf: id, By: parallax.DedupKey(why)}, nil
}

// firstJob is the kind of job a newly stored article needs.
func firstJob(in parallax.ArticleInput) string {
	if in.Annotated != nil {
		return parallax.JobAssign
	}
	return parallax.JobAnnotate
}
