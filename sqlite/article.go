package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/cursor"
	"github.com/parallax-news/parallax/internal/dedup"
)

var _ parallax.ArticleStore = (*ArticleStore)(nil)

// ArticleStore implements parallax.ArticleStore.
type ArticleStore struct{ db *DB }

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

// FindArticleByID implements parallax.ArticleStore.
func (s *ArticleStore) FindArticleByID(ctx context.Context, id string) (*parallax.StoredArticle, error) {
	var a *parallax.StoredArticle
	err := s.db.view(ctx, "find article", func(tx *sql.Tx) error {
		var err error
		a, err = findArticleByID(ctx, tx, id)
		return err
	})
	return a, err
}

const articleColumns = `a.id, coalesce(a.guid, ''), a.hash, a.doc, a.annotated_at, a.created_at, a.sort_at,
	coalesce(sa.story_id, '')`

const articleFrom = ` FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id`

func findArticleByID(ctx context.Context, tx *sql.Tx, id string) (*parallax.StoredArticle, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+articleColumns+articleFrom+` WHERE a.id = ?`, id)
	a, _, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &parallax.Error{Code: parallax.ENOTFOUND, Op: "find article", Message: "article " + id + " not found"}
	}
	return a, err
}

// scanArticle reads one row of articleColumns and returns its sort_at too.
func scanArticle(row interface{ Scan(...any) error }) (*parallax.StoredArticle, int64, error) {
	var a parallax.StoredArticle
	var id, doc string
	var annotated sql.NullInt64
	var created, sortAt int64
	if err := row.Scan(&id, &a.GUID, &a.Hash, &doc, &annotated, &created, &sortAt, &a.Story); err != nil {
		return nil, 0, err
	}
	if err := json.Unmarshal([]byte(doc), &a.Annotated); err != nil {
		return nil, 0, &parallax.Error{Code: parallax.EINTERNAL, Op: "decode article", Message: "article " + id + " is corrupt", Err: err}
	}
	a.AnnotatedAt = fromNullMicros(annotated)
	a.Created = fromMicros(created)
	return &a, sortAt, nil
}

// FindArticles implements parallax.ArticleStore.
func (s *ArticleStore) FindArticles(ctx context.Context, f parallax.ArticleFilter) (*parallax.ArticlePage, error) {
	var page *parallax.ArticlePage
	err := s.db.view(ctx, "find articles", func(tx *sql.Tx) error {
		var err error
		page, err = findArticles(ctx, tx, f)
		return err
	})
	return page, err
}

func findArticles(ctx context.Context, tx *sql.Tx, f parallax.ArticleFilter) (*parallax.ArticlePage, error) {
	where, args, err := pageWhere("a", f.Since, f.Until, f.Cursor)
	if err != nil {
		return nil, err
	}
	if len(f.IDs) > 0 {
		where = append(where, "a.id IN ("+placeholders(len(f.IDs))+")")
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if f.Query != "" {
		m := matchQuery(f.Query)
		if m == "" {
			return &parallax.ArticlePage{}, nil
		}
		where = append(where, "a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		args = append(args, m)
	}
	limit := cursor.Limit(f.Limit)
	q := `SELECT ` + articleColumns + articleFrom + whereClause(where) +
		` ORDER BY a.sort_at DESC, a.id DESC LIMIT ?`
	rows, err := tx.QueryContext(ctx, q, append(args, limit+1)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &parallax.ArticlePage{}
	var last int64
	for rows.Next() {
		a, sortAt, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		if len(page.Articles) == limit {
			page.Next = cursor.Encode(fromMicros(last), page.Articles[limit-1].ID)
			break
		}
		page.Articles, last = append(page.Articles, a), sortAt
	}
	return page, rows.Err()
}

// SetAnnotation implements parallax.ArticleStore.
func (s *ArticleStore) SetAnnotation(ctx context.Context, a *parallax.Annotated) error {
	return s.db.update(ctx, "store annotation", func(tx *sql.Tx) error {
		var doc string
		err := tx.QueryRowContext(ctx, `SELECT doc FROM articles WHERE id = ?`, a.ID).Scan(&doc)
		if errors.Is(err, sql.ErrNoRows) {
			return &parallax.Error{Code: parallax.ENOTFOUND, Op: "store annotation", Message: "article " + a.ID + " not found"}
		}
		if err != nil {
			return err
		}
		var stored parallax.Annotated
		if err := json.Unmarshal([]byte(doc), &stored); err != nil {
			return err
		}
		ann := *a
		ann.Article = stored.Article
		b, err := json.Marshal(&ann)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE articles SET doc = ?, annotated_at = ? WHERE id = ?`, b, micros(now()), a.ID)
		return err
	})
}

// pageWhere returns the conditions of a time window and a keyset cursor on
// table alias t's sort_at and id columns.
func pageWhere(t string, since, until time.Time, cur string) ([]string, []any, error) {
	var where []string
	var args []any
	if !since.IsZero() {
		where, args = append(where, t+".sort_at >= ?"), append(args, micros(since))
	}
	if !until.IsZero() {
		where, args = append(where, t+".sort_at < ?"), append(args, micros(until))
	}
	if cur != "" {
		at, id, err := cursor.Decode(cur)
		if err != nil {
			return nil, nil, err
		}
		where = append(where, "("+t+".sort_at, "+t+".id) < (?, ?)")
		args = append(args, micros(at), id)
	}
	return where, args, nil
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// firstJob is the kind of job a newly stored article needs.
func firstJob(in parallax.ArticleInput) string {
	if in.Annotated != nil {
		return parallax.JobAssign
	}
	return parallax.JobAnnotate
}
