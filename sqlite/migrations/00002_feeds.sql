-- Feeds (issue #6): revisions, sightings, deleted articles, poll outcomes.
-- Times are integer microseconds since the Unix epoch, UTC.

-- +goose Up
ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1; -- 1 until the text changes

-- Earlier texts of articles that changed (ArticleInput.Revise).
CREATE TABLE revisions (
    article_id  TEXT    NOT NULL REFERENCES articles (id),
    revision    INTEGER NOT NULL,         -- from 1, the text first stored
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    replaced_at INTEGER NOT NULL,         -- when the next revision replaced it
    PRIMARY KEY (article_id, revision)
);

-- One row per feed entry a source delivered: entry is 'guid:' + the GUID,
-- else 'url:' + the canonical URL, else 'id:' + the article id.
CREATE TABLE sightings (
    source_id  INTEGER NOT NULL,          -- no foreign key: DeleteSource deletes these itself
    entry      TEXT    NOT NULL,
    article_id TEXT    NOT NULL REFERENCES articles (id),
    guid       TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL DEFAULT '', -- canonical
    first_at   INTEGER NOT NULL,
    last_at    INTEGER NOT NULL,
    PRIMARY KEY (source_id, entry)
);
CREATE INDEX sightings_article ON sightings (article_id, first_at);
CREATE INDEX sightings_url ON sightings (source_id, url);

-- Tombstones of deleted articles: a put matching one is not stored again.
CREATE TABLE deleted_articles (
    id         TEXT    PRIMARY KEY,
    url        TEXT,
    guid       TEXT,
    hash       TEXT    NOT NULL,
    deleted_at INTEGER NOT NULL
);
CREATE INDEX deleted_articles_url ON deleted_articles (url);
CREATE INDEX deleted_articles_guid ON deleted_articles (guid);
CREATE INDEX deleted_articles_hash ON deleted_articles (hash);

ALTER TABLE sources ADD COLUMN parse_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_polled INTEGER;                 -- NULL before the first poll
ALTER TABLE sources ADD COLUMN last_status INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN site TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE sources DROP COLUMN site;
ALTER TABLE sources DROP COLUMN last_error;
ALTER TABLE sources DROP COLUMN last_status;
ALTER TABLE sources DROP COLUMN last_polled;
ALTER TABLE sources DROP COLUMN parse_failures;
DROP TABLE deleted_articles;
DROP TABLE sightings;
DROP TABLE revisions;
ALTER TABLE articles DROP COLUMN revision;
