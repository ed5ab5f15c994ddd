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
)

var _ parallax.ArticleStore = (*ArticleStore)(nil)

// ArticleStore implements parallax.ArticleStore.
type ArticleStore struct{ db *DB }

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
