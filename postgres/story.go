package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/cursor"
	"github.com/parallax-news/parallax/internal/dedup"
)

var _ parallax.StoryStore = (*StoryStore)(nil)

// StoryStore implements parallax.StoryStore.
type StoryStore struct{ db *DB }

// CreateStory implements parallax.StoryStore. Two processes inserting one key
// meet at the unique index on stories.key: the second insert waits for the
// first transaction, then does nothing (ON CONFLICT), and reads the story
// the first created.
func (s *StoryStore) CreateStory(ctx context.Context, st *parallax.Story) (bool, error) {
	if st.Key == "" {
		return false, parallax.Errorf(parallax.EINVALID, "story key is empty")
	}
	var created bool
	err := s.db.update(ctx, "create story", func(tx pgx.Tx) error {
		id := st.ID
		if id == "" {
			id = dedup.StoryID(st.Key)
		}
		t := now()
		sortAt := t
		if st.Date != nil {
			sortAt = *st.Date
		}
		tag, err := tx.Exec(ctx, `INSERT INTO stories (id, key, title, date, sort_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (key) DO NOTHING`,
			id, st.Key, st.Title, utc(st.Date), sortAt, t)
		if isViolation(err, "stories_pkey") {
			return parallax.Errorf(parallax.EINVALID, "story id %s belongs to another key", id)
		}
		if err != nil {
			return err
		}
		created = tag.RowsAffected() == 1
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
	err := s.db.view(ctx, "find story", func(tx pgx.Tx) error {
		var err error
		st, err = findStory(ctx, tx, "id", id)
		return err
	})
	return st, err
}

const storyColumns = `s.id, s.key, s.title, s.date, s.version, s.created_at, s.updated_at, s.sort_at`

// findStory returns the story whose column col ("id" or "key") is v, with its
// articles.
func findStory(ctx context.Context, tx pgx.Tx, col, v string) (*parallax.Story, error) {
	row := tx.QueryRow(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.`+col+` = $1`, v)
	st, _, err := scanStory(row)
	if errors.Is(err, pgx.ErrNoRows) {
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

func scanStory(row pgx.Row) (*parallax.Story, time.Time, error) {
	var st parallax.Story
	var sortAt time.Time
	if err := row.Scan(&st.ID, &st.Key, &st.Title, &st.Date, &st.Version, &st.Created, &st.Updated, &sortAt); err != nil {
		return nil, sortAt, err
	}
	st.Date, st.Created, st.Updated = utc(st.Date), st.Created.UTC(), st.Updated.UTC()
	return &st, sortAt, nil
}

// fillMembers loads the articles and copies of stories.
func fillMembers(ctx context.Context, tx pgx.Tx, stories []*parallax.Story) error {
	if len(stories) == 0 {
		return nil
	}
	byID := make(map[string]*parallax.Story, len(stories))
	ids := make([]string, len(stories))
	for i, st := range stories {
		byID[st.ID], ids[i] = st, st.ID
		st.Articles, st.Copies = []string{}, nil
	}
	rows, err := tx.Query(ctx, `SELECT story_id, article_id, coalesce(copy_of, ''), similarity
		FROM story_articles WHERE story_id = ANY($1) ORDER BY seq`, ids)
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
	err := s.db.view(ctx, "find stories", func(tx pgx.Tx) error {
		var err error
		page, err = findStories(ctx, tx, f)
		return err
	})
	return page, err
}

func findStories(ctx context.Context, tx pgx.Tx, f parallax.StoryFilter) (*parallax.StoryPage, error) {
	w, err := pageWhere("s", f.Since, f.Until, f.Cursor)
	if err != nil {
		return nil, err
	}
	w.add("EXISTS (SELECT 1 FROM story_articles m WHERE m.story_id = s.id)")
	if f.Query != "" {
		q := tsQuery(f.Query)
		if q == "" {
			return &parallax.StoryPage{Stories: []*parallax.Story{}}, nil
		}
		w.add(`s.id IN (SELECT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id
			WHERE a.tsv @@ plainto_tsquery('english', ?))`, q)
	}
	limit := cursor.Limit(f.Limit)
	w.args = append(w.args, limit+1)
	rows, err := tx.Query(ctx, `SELECT `+storyColumns+` FROM stories s`+w.clause()+
		` ORDER BY s.sort_at DESC, s.id DESC LIMIT $`+itoa(len(w.args)), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &parallax.StoryPage{Stories: []*parallax.Story{}}
	var last time.Time
	for rows.Next() {
		st, sortAt, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		if len(page.Stories) == limit {
			page.Next = cursor.Encode(last, page.Stories[limit-1].ID)
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
	return s.db.update(ctx, "add articles to story", func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE stories SET updated_at = $1 WHERE id = $2`, now(), storyID)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return storyNotFound(storyID)
		}
		for _, m := range members {
			if err := addMember(ctx, tx, storyID, m); err != nil {
				return err
			}
		}
		return nil
	})
}

func addMember(ctx context.Context, tx pgx.Tx, storyID string, m parallax.StoryMember) error {
	var exists bool
	if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, m.Article).Scan(&exists); err != nil {
		return err
	}
	if !exists {
		return &parallax.Error{Code: parallax.ENOTFOUND, Op: "add articles to story", Message: "article " + m.Article + " not found"}
	}
	_, err := tx.Exec(ctx, `INSERT INTO story_articles AS sa (article_id, story_id, copy_of, similarity)
		VALUES ($1, $2, $3, $4)
		ON CONFLICT (article_id) DO UPDATE SET
			seq = CASE WHEN sa.story_id = excluded.story_id THEN sa.seq ELSE excluded.seq END,
			story_id = excluded.story_id, copy_of = excluded.copy_of, similarity = excluded.similarity`,
		m.Article, storyID, nullString(m.CopyOf), m.Similarity)
	return err
}
