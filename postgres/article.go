package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/cursor"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/text"
)

var _ parallax.ArticleStore = (*ArticleStore)(nil)

// ArticleStore implements parallax.ArticleStore.
type ArticleStore struct{ db *DB }

// insertArticle stores an article and, when it did, its first job.
const insertArticle = `WITH ins AS (INSERT INTO articles
	(id, url, guid, hash, title, published, sort_at, doc, tsv, annotated_at, created_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('english', $9), $10, $11)
	ON CONFLICT DO NOTHING RETURNING id),
	job AS (INSERT INTO jobs (kind, article_id, available_at, created_at)
		SELECT $12, id, $11, $11 FROM ins ON CONFLICT (kind, article_id) DO NOTHING)
	SELECT id FROM ins`

// findDuplicate names the first key that matches, in the order of the
// parallax.Dedup* constants.
const findDuplicate = `SELECT id, CASE WHEN id = $1 THEN 'id' WHEN url = $2 THEN 'url'
	WHEN guid = $3 THEN 'guid' ELSE 'hash' END AS why
	FROM articles WHERE id = $1 OR url = $2 OR guid = $3 OR hash = $4
	ORDER BY CASE WHEN id = $1 THEN 1 WHEN url = $2 THEN 2 WHEN guid = $3 THEN 3 ELSE 4 END LIMIT 1`

// PutArticles implements parallax.ArticleStore. The inserts of one call go
// to the server as one pipelined batch.
func (s *ArticleStore) PutArticles(ctx context.Context, in []parallax.ArticleInput) ([]parallax.PutResult, error) {
	out := make([]parallax.PutResult, len(in))
	err := s.db.update(ctx, "store articles", func(tx pgx.Tx) error {
		return putArticles(ctx, tx, in, out)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// putArticles drops the inputs that match a deleted article, inserts every
// other valid one, then looks up, in input order, what the ones that were not
// inserted duplicate or revise, and records the sightings. Articles are
// inserted in the order of their hashes, so that two calls with the same
// articles take their index locks in one order and do not deadlock.
func putArticles(ctx context.Context, tx pgx.Tx, in []parallax.ArticleInput, out []parallax.PutResult) error {
	keys := make([]dedup.Keys, len(in))
	var queued []int
	for i := range in {
		k, rejected := dedup.Prepare(in[i])
		if rejected != nil {
			out[i] = *rejected
			continue
		}
		keys[i], queued = k, append(queued, i)
	}
	queued, err := dropDeleted(ctx, tx, keys, queued, out)
	if err != nil {
		return err
	}
	slices.SortStableFunc(queued, func(a, b int) int { return strings.Compare(keys[a].Hash, keys[b].Hash) })
	t := now()
	dups, err := insertArticles(ctx, tx, in, keys, queued, out, t)
	if err != nil {
		return err
	}
	slices.Sort(dups)
	for _, i := range dups {
		if out[i], err = findDuplicateOf(ctx, tx, keys[i]); err != nil {
			return err
		}
		if in[i].Revise {
			if out[i], err = revise(ctx, tx, in[i], keys[i], out[i], t); err != nil {
				return err
			}
		}
	}
	return recordSightings(ctx, tx, in, keys, out, t)
}

// insertArticles inserts the articles at the indexes queued, in one pipelined
// batch, and returns the indexes of those a stored article prevented.
func insertArticles(ctx context.Context, tx pgx.Tx, in []parallax.ArticleInput, keys []dedup.Keys, queued []int,
	out []parallax.PutResult, t time.Time) ([]int, error) {
	batch := &pgx.Batch{}
	for _, i := range queued {
		args, err := insertArgs(in[i], keys[i], t)
		if err != nil {
			return nil, err
		}
		batch.Queue(insertArticle, args...)
	}
	var dups []int
	br := tx.SendBatch(ctx, batch)
	for _, i := range queued {
		var id string
		err := br.QueryRow().Scan(&id)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			dups = append(dups, i)
		case err != nil:
			br.Close()
			return nil, err
		default:
			out[i] = parallax.PutResult{ID: id, Status: parallax.PutStored}
		}
	}
	return dups, br.Close()
}

// insertArgs returns the arguments of insertArticle for in, stored at t.
func insertArgs(in parallax.ArticleInput, k dedup.Keys, t time.Time) ([]any, error) {
	ann := parallax.Annotated{Article: in.Article}
	var annotatedAt *time.Time
	if in.Annotated != nil {
		ann, annotatedAt = *in.Annotated, &t
	}
	ann.ID = k.ID
	doc, err := json.Marshal(&ann)
	if err != nil {
		return nil, err
	}
	a := in.Article
	sortAt := t
	if a.Published != nil {
		sortAt = *a.Published
	}
	return []any{k.ID, nullString(k.URL), nullString(k.GUID), k.Hash, a.Title, utc(a.Published), sortAt,
		doc, text.Fold(a.Title + "\n" + a.Text), annotatedAt, t, firstJob(in)}, nil
}

func findDuplicateOf(ctx context.Context, tx pgx.Tx, k dedup.Keys) (parallax.PutResult, error) {
	var id, why string
	err := tx.QueryRow(ctx, findDuplicate, k.ID, nullString(k.URL), nullString(k.GUID), k.Hash).Scan(&id, &why)
	if err != nil {
		return parallax.PutResult{}, err
	}
	return parallax.PutResult{ID: id, Status: parallax.PutDuplicate, DuplicateOf: id, By: parallax.DedupKey(why)}, nil
}

// FindArticleByID implements parallax.ArticleStore.
func (s *ArticleStore) FindArticleByID(ctx context.Context, id string) (*parallax.StoredArticle, error) {
	var a *parallax.StoredArticle
	err := s.db.view(ctx, "find article", func(tx pgx.Tx) error {
		var err error
		a, err = findArticleByID(ctx, tx, id)
		return err
	})
	return a, err
}

const articleColumns = `a.id, coalesce(a.guid, ''), a.hash, a.doc, a.annotated_at, a.created_at, a.sort_at,
	coalesce(sa.story_id, '')`

const articleFrom = ` FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id`

func findArticleByID(ctx context.Context, tx pgx.Tx, id string) (*parallax.StoredArticle, error) {
	row := tx.QueryRow(ctx, `SELECT `+articleColumns+articleFrom+` WHERE a.id = $1`, id)
	a, _, err := scanArticle(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, &parallax.Error{Code: parallax.ENOTFOUND, Op: "find article", Message: "article " + id + " not found"}
	}
	return a, err
}

// scanArticle reads one row of articleColumns and returns its sort_at too.
func scanArticle(row pgx.Row) (*parallax.StoredArticle, time.Time, error) {
	var a parallax.StoredArticle
	var id string
	var doc []byte
	var sortAt time.Time
	if err := row.Scan(&id, &a.GUID, &a.Hash, &doc, &a.AnnotatedAt, &a.Created, &sortAt, &a.Story); err != nil {
		return nil, sortAt, err
	}
	if err := json.Unmarshal(doc, &a.Annotated); err != nil {
		return nil, sortAt, &parallax.Error{Code: parallax.EINTERNAL, Op: "decode article", Message: "article " + id + " is corrupt", Err: err}
	}
	a.AnnotatedAt, a.Created = utc(a.AnnotatedAt), a.Created.UTC()
	return &a, sortAt, nil
}

// FindArticles implements parallax.ArticleStore.
func (s *ArticleStore) FindArticles(ctx context.Context, f parallax.ArticleFilter) (*parallax.ArticlePage, error) {
	var page *parallax.ArticlePage
	err := s.db.view(ctx, "find articles", func(tx pgx.Tx) error {
		var err error
		page, err = findArticles(ctx, tx, f)
		return err
	})
	return page, err
}

func findArticles(ctx context.Context, tx pgx.Tx, f parallax.ArticleFilter) (*parallax.ArticlePage, error) {
	w, err := pageWhere("a", f.Since, f.Until, f.Cursor)
	if err != nil {
		return nil, err
	}
	if len(f.IDs) > 0 {
		w.add("a.id = ANY(?)", f.IDs)
	}
	if f.Query != "" {
		q := tsQuery(f.Query)
		if q == "" {
			return &parallax.ArticlePage{}, nil
		}
		w.add("a.tsv @@ plainto_tsquery('english', ?)", q)
	}
	limit := cursor.Limit(f.Limit)
	w.args = append(w.args, limit+1)
	sql := `SELECT ` + articleColumns + articleFrom + w.clause() +
		` ORDER BY a.sort_at DESC, a.id DESC LIMIT $` + itoa(len(w.args))
	rows, err := tx.Query(ctx, sql, w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &parallax.ArticlePage{}
	var last time.Time
	for rows.Next() {
		a, sortAt, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		if len(page.Articles) == limit {
			page.Next = cursor.Encode(last, page.Articles[limit-1].ID)
			break
		}
		page.Articles, last = append(page.Articles, a), sortAt
	}
	return page, rows.Err()
}

// tsQuery folds q into the words plainto_tsquery is given; "" when q has
// none.
func tsQuery(q string) string {
	var words []string
	for _, t := range text.Tokens(text.Fold(q)) {
		words = append(words, t.Text)
	}
	return strings.Join(words, " ")
}

// SetAnnotation implements parallax.ArticleStore.
func (s *ArticleStore) SetAnnotation(ctx context.Context, a *parallax.Annotated) error {
	return s.db.update(ctx, "store annotation", func(tx pgx.Tx) error {
		var doc []byte
		err := tx.QueryRow(ctx, `SELECT doc FROM articles WHERE id = $1 FOR UPDATE`, a.ID).Scan(&doc)
		if errors.Is(err, pgx.ErrNoRows) {
			return &parallax.Error{Code: parallax.ENOTFOUND, Op: "store annotation", Message: "article " + a.ID + " not found"}
		}
		if err != nil {
			return err
		}
		var stored parallax.Annotated
		if err := json.Unmarshal(doc, &stored); err != nil {
			return err
		}
		ann := *a
		ann.Article = stored.Article
		b, err := json.Marshal(&ann)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE articles SET doc = $1, annotated_at = $2 WHERE id = $3`, b, now(), a.ID)
		return err
	})
}

// firstJob is the kind of job a newly stored article needs.
func firstJob(in parallax.ArticleInput) string {
	if in.Annotated != nil {
		return parallax.JobAssign
	}
	return parallax.JobAnnotate
}
