package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/cursor"
	"github.com/parallax-news/parallax/internal/dedup"
)

var _ parallax.StoryStore = (*StoryStore)(nil)

// StoryStore implements parallax.StoryStore.
type StoryStore struct{ db *DB }

// CreateStory implements parallax.StoryStore. The unique index on the key
// makes it race-free: the insert does nothing when the key exists, and the
// story of that key is read back in the same transaction.
func (s *StoryStore) CreateStory(ctx context.Context, st *parallax.Story) (bool, error) {
	if st.Key == "" {
		return false, parallax.Errorf(parallax.EINVALID, "story key is empty")
	}
	var created bool
	err := s.db.update(ctx, "create story", func(tx *sql.Tx) error {
		id := st.ID
		if id == "" {
			id = dedup.StoryID(st.Key)
		}
		t := now()
		sortAt := t
		if st.Date != nil {
			sortAt = *st.Date
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO stories
			(id, key, title, date, sort_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (key) DO NOTHING`,
			id, st.Key, st.Title, nullMicros(st.Date), micros(sortAt), micros(t), micros(t))
		if err != nil {
			if isUniqueViolation(err) {
				return parallax.Errorf(parallax.EINVALID, "story id %s belongs to another key", id)
			}
			return err
		}
		n, _ := res.RowsAffected()
		created = n == 1
		got, err := findStory(ctx, tx, "key", st.Key)
		if err == nil {
			*st = *got
		}
		return err
	})
	return created, err
}

// FindStoryByID implements parallax.StoryStore.
func (s *StoryStore) FindStoryByID(ctx context.Context, id string) (*parallax.Story, error) {
	var st *parallax.Story
	err := s.db.view(ctx, "find story", func(tx *sql.Tx) error {
		var err error
		st, err = findStory(ctx, tx, "id", id)
		return err
	})
	return st, err
}

const storyColumns = `s.id, s.key, s.title, s.date, s.version, s.created_at, s.updated_at, s.sort_at`

// findStory returns the story whose column col ("id" or "key") is v, with its
// articles.
func findStory(ctx context.Context, tx *sql.Tx, col, v string) (*parallax.Story, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.`+col+` = ?`, v)
	st, _, err := scanStory(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, storyNotFound(v)
	}
	if err != nil {
		return nil, err
	}
	return st, fillMembers(ctx, tx, []*parallax.Story{st})
}

func storyNotFound(id string) error {
	return &parallax.Error{Code: parallax.ENOTFOUND, Op: "find story", Message: "story " + id + " not found"}
}

func scanStory(row interface{ Scan(...any) error }) (*parallax.Story, int64, error) {
	var st parallax.Story
	var date sql.NullInt64
	var created, updated, sortAt int64
	if err := row.Scan(&st.ID, &st.Key, &st.Title, &date, &st.Version, &created, &updated, &sortAt); err != nil {
		return nil, 0, err
	}
	st.Date = fromNullMicros(date)
	st.Created, st.Updated = fromMicros(created), fromMicros(updated)
	return &st, sortAt, nil
}

// fillMembers loads the articles and copies of stories.
func fillMembers(ctx context.Context, tx *sql.Tx, stories []*parallax.Story) error {
	if len(stories) == 0 {
		return nil
	}
	byID := make(map[string]*parallax.Story, len(stories))
	args := make([]any, len(stories))
	for i, st := range stories {
		byID[st.ID], args[i] = st, st.ID
		st.Articles, st.Copies = []string{}, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT story_id, article_id, coalesce(copy_of, ''), similarity
		FROM story_articles WHERE story_id IN (`+placeholders(len(args))+`) ORDER BY seq`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sid string
		var c parallax.StoryCopy
		if err := rows.Scan(&sid, &c.Article, &c.CopyOf, &c.Similarity); err != nil {
			return err
		}
		st := byID[sid]
		st.Articles = append(st.Articles, c.Article)
		if c.CopyOf != "" {
			st.Copies = append(st.Copies, c)
		}
	}
	return rows.Err()
}

// FindStories implements parallax.StoryStore.
func (s *StoryStore) FindStories(ctx context.Context, f parallax.StoryFilter) (*parallax.StoryPage, error) {
	var page *parallax.StoryPage
	err := s.db.view(ctx, "find stories", func(tx *sql.Tx) error {
		var err error
		page, err = findStories(ctx, tx, f)
		return err
	})
	return page, err
}

func findStories(ctx context.Context, tx *sql.Tx, f parallax.StoryFilter) (*parallax.StoryPage, error) {
	where, args, err := pageWhere("s", f.Since, f.Until, f.Cursor)
	if err != nil {
		return nil, err
	}
	where = append(where, "EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id)")
	if f.Query != "" {
		m := matchQuery(f.Query)
		if m == "" {
			return &parallax.StoryPage{Stories: []*parallax.Story{}}, nil
		}
		where = append(where, `s.id IN (SELECT sa.story_id FROM articles_fts
			JOIN articles a ON a.seq = articles_fts.rowid
			JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)`)
		args = append(args, m)
	}
	limit := cursor.Limit(f.Limit)
	q := `SELECT ` + storyColumns + ` FROM stories s` + whereClause(where) +
		` ORDER BY s.sort_at DESC, s.id DESC LIMIT ?`
	rows, err := tx.QueryContext(ctx, q, append(args, limit+1)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &parallax.StoryPage{Stories: []*parallax.Story{}}
	var last int64
	for rows.Next() {
		st, sortAt, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		if len(page.Stories) == limit {
			page.Next = cursor.Encode(fromMicros(last), page.Stories[limit-1].ID)
			break
		}
		page.Stories, last = append(page.Stories, st), sortAt
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	return page, fillMembers(ctx, tx, page.Stories)
}

// AddArticles implements parallax.StoryStore.
func (s *StoryStore) AddArticles(ctx context.Context, storyID string, members []parallax.StoryMember) error {
	return s.db.update(ctx, "add articles to story", func(tx *sql.Tx) error {
		if err := touchStory(ctx, tx, storyID); err != nil {
			return err
		}
		for _, m := range members {
			if err := addMember(ctx, tx, storyID, m); err != nil {
				return err
			}
		}
		return nil
	})
}

// touchStory sets the story's update time, or returns ENOTFOUND.
func touchStory(ctx context.Context, tx *sql.Tx, id string) error {
	res, err := tx.ExecContext(ctx, `UPDATE stories SET updated_at = ? WHERE id = ?`, micros(now()), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return storyNotFound(id)
	}
	return nil
}

func addMember(ctx context.Context, tx *sql.Tx, storyID string, m parallax.StoryMember) error {
	var exists bool
	err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`, m.Article).Scan(&exists)
	if err != nil {
		return err
	}
	if !exists {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: "add articles to story", Message: "article " + m.Article + " not found"}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO story_articles (article_id, story_id, seq, copy_of, similarity)
		VALUES (?1, ?2, (SELECT coalesce(max(seq), 0) + 1 FROM story_articles), ?3, ?4)
		ON CONFLICT (article_id) DO UPDATE SET
			seq = CASE WHEN story_id = excluded.story_id THEN seq ELSE excluded.seq END,
			story_id = excluded.story_id, copy_of = excluded.copy_of, similarity = excluded.similarity`,
		m.Article, storyID, nullString(m.CopyOf), m.Similarity)
	return err
}
