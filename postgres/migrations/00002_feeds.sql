-- Feeds (issue #6): revisions, sightings, deleted articles, poll outcomes.

-- +goose Up
ALTER TABLE articles ADD COLUMN revision integer NOT NULL DEFAULT 1; -- 1 until the text changes

-- Earlier texts of articles that changed (ArticleInput.Revise).
CREATE TABLE revisions (
    article_id  text        NOT NULL REFERENCES articles (id),
    revision    integer     NOT NULL,     -- from 1, the text first stored
    title       text        NOT NULL,
    body        text        NOT NULL,
    hash        text        NOT NULL,
    replaced_at timestamptz NOT NULL,     -- when the next revision replaced it
    PRIMARY KEY (article_id, revision)
);

-- One row per feed entry a source delivered: entry is 'guid:' + the GUID,
-- else 'url:' + the canonical URL, else 'id:' + the article id.
CREATE TABLE sightings (
    source_id  bigint      NOT NULL,      -- no foreign key: DeleteSource deletes these itself
    entry      text        NOT NULL,
    article_id text        NOT NULL REFERENCES articles (id),
    guid       text        NOT NULL DEFAULT '',
    url        text        NOT NULL DEFAULT '', -- canonical
    first_at   timestamptz NOT NULL,
    last_at    timestamptz NOT NULL,
    PRIMARY KEY (source_id, entry)
);
CREATE INDEX sightings_article ON sightings (article_id, first_at);
CREATE INDEX sightings_url ON sightings (source_id, url);

-- Tombstones of deleted articles: a put matching one is not stored again.
CREATE TABLE deleted_articles (
    id         text        PRIMARY KEY,
    url        text,
    guid       text,
    hash       text        NOT NULL,
    deleted_at timestamptz NOT NULL
);
CREATE INDEX deleted_articles_url ON deleted_articles (url);
CREATE INDEX deleted_articles_guid ON deleted_articles (guid);
CREATE INDEX deleted_articles_hash ON deleted_articles (hash);

ALTER TABLE sources
    ADD COLUMN parse_failures integer     NOT NULL DEFAULT 0,
    ADD COLUMN last_polled    timestamptz,            -- NULL before the first poll
    ADD COLUMN last_status    integer     NOT NULL DEFAULT 0,
    ADD COLUMN last_error     text        NOT NULL DEFAULT '',
    ADD COLUMN site           text        NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE sources
    DROP COLUMN site,
    DROP COLUMN last_error,
    DROP COLUMN last_status,
    DROP COLUMN last_polled,
    DROP COLUMN parse_failures;
DROP TABLE deleted_articles;
DROP TABLE sightings;
DROP TABLE revisions;
ALTER TABLE articles DROP COLUMN revision;
