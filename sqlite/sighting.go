package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/dedup"
)

// entryKey names a feed entry within its source: its GUID, else its
// canonical URL, else the article it became.
func entryKey(guid, url, article string) string {
	switch {
	case guid != "":
		return "guid:" + guid
	case url != "":
		return "url:" + url
	}
	return "id:" + article
}

// recordSighting records that source delivered the entry with keys k as the
// stored article id, at t: the first time it inserts the sighting, later
// times it moves Last (and the article, should the entry now be another).
func recordSighting(ctx context.Context, tx *sql.Tx, source int64, k dedup.Keys, id string, t time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO sightings (source_id, entry, article_id, guid, url, first_at, last_at)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
		ON CONFLICT (source_id, entry) DO UPDATE SET article_id = excluded.article_id,
			guid = excluded.guid, url = excluded.url, last_at = excluded.last_at`,
		source, entryKey(k.GUID, k.URL, id), id, k.GUID, k.URL, micros(t))
	return err
}

// FindSightings implements parallax.ArticleStore.
func (s *ArticleStore) FindSightings(ctx context.Context, id string) ([]parallax.Sighting, error) {
	out := []parallax.Sighting{}
	err := s.db.view(ctx, "find sightings", func(tx *sql.Tx) error {
		if err := articleExists(ctx, tx, "find sightings", id); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT source_id, guid, url, first_at, last_at FROM sightings
			WHERE article_id = ? ORDER BY first_at, source_id, entry`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			sg := parallax.Sighting{Article: id}
			var first, last int64
			if err := rows.Scan(&sg.Source, &sg.GUID, &sg.URL, &first, &last); err != nil {
				return err
			}
			sg.First, sg.Last = fromMicros(first), fromMicros(last)
			out = append(out, sg)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// SeenEntry implements parallax.ArticleStore. Without a GUID it matches any
// entry of the source with the canonical URL, GUID or not. The sightings of a
// deleted article are deleted with it, so its entries read as unseen.
func (s *ArticleStore) SeenEntry(ctx context.Context, source int64, guid, url string) (string, bool, error) {
	guid, url = strings.TrimSpace(guid), dedup.CanonicalURL(url)
	if guid == "" && url == "" {
		return "", false, nil
	}
	var id string
	var seen bool
	err := s.db.view(ctx, "find feed entry", func(tx *sql.Tx) error {
		q, v := `SELECT article_id FROM sightings WHERE source_id = ? AND entry = ?`, entryKey(guid, url, "")
		if guid == "" {
			q, v = `SELECT article_id FROM sightings WHERE source_id = ? AND url = ? ORDER BY last_at DESC LIMIT 1`, url
		}
		err := tx.QueryRowContext(ctx, q, source, v).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		seen = err == nil
		return err
	})
	return id, seen, err
}
