package postgres

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

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

// upsertSighting records that a source delivered an entry as an article: the
// first time it inserts the sighting, later times it moves Last (and the
// article, should the entry now be another).
const upsertSighting = `INSERT INTO sightings (source_id, entry, article_id, guid, url, first_at, last_at)
	VALUES ($1, $2, $3, $4, $5, $6, $6)
	ON CONFLICT (source_id, entry) DO UPDATE SET article_id = excluded.article_id,
		guid = excluded.guid, url = excluded.url, last_at = excluded.last_at`

// recordSightings records a sighting for every input with a Source that was
// stored, a duplicate or revised, ordered by source and entry so that two
// calls take the rows' locks in one order.
func recordSightings(ctx context.Context, tx pgx.Tx, in []parallax.ArticleInput, keys []dedup.Keys, out []parallax.PutResult, t time.Time) error {
	type sighting struct {
		source int64
		entry  string
		i      int
	}
	var todo []sighting
	for i, r := range out {
		switch r.Status {
		case parallax.PutStored, parallax.PutDuplicate, parallax.PutRevised:
			if in[i].Source != 0 {
				todo = append(todo, sighting{in[i].Source, entryKey(keys[i].GUID, keys[i].URL, r.ID), i})
			}
		}
	}
	if len(todo) == 0 {
		return nil
	}
	slices.SortStableFunc(todo, func(a, b sighting) int {
		return cmp.Or(cmp.Compare(a.source, b.source), strings.Compare(a.entry, b.entry))
	})
	batch := &pgx.Batch{}
	for _, sg := range todo {
		k := keys[sg.i]
		batch.Queue(upsertSighting, sg.source, sg.entry, out[sg.i].ID, k.GUID, k.URL, t)
	}
	return tx.SendBatch(ctx, batch).Close()
}

// FindSightings implements parallax.ArticleStore.
func (s *ArticleStore) FindSightings(ctx context.Context, id string) ([]parallax.Sighting, error) {
	out := []parallax.Sighting{}
	err := s.db.view(ctx, "find sightings", func(tx pgx.Tx) error {
		if err := articleExists(ctx, tx, "find sightings", id); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT source_id, guid, url, first_at, last_at FROM sightings
			WHERE article_id = $1 ORDER BY first_at, source_id, entry`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			sg := parallax.Sighting{Article: id}
			if err := rows.Scan(&sg.Source, &sg.GUID, &sg.URL, &sg.First, &sg.Last); err != nil {
				return err
			}
			sg.First, sg.Last = sg.First.UTC(), sg.Last.UTC()
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
	err := s.db.view(ctx, "find feed entry", func(tx pgx.Tx) error {
		q, v := `SELECT article_id FROM sightings WHERE source_id = $1 AND entry = $2`, entryKey(guid, url, "")
		if guid == "" {
			q, v = `SELECT article_id FROM sightings WHERE source_id = $1 AND url = $2 ORDER BY last_at DESC LIMIT 1`, url
		}
		err := tx.QueryRow(ctx, q, source, v).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		seen = err == nil
		return err
	})
	return id, seen, err
}
