-- Times are integer microseconds since the Unix epoch, UTC.

-- +goose Up
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,     -- rowid; the FTS row of the article
    id           TEXT    NOT NULL UNIQUE,
    url          TEXT    UNIQUE,          -- canonical URL; NULL when none
    guid         TEXT    UNIQUE,          -- feed GUID; NULL when none
    hash         TEXT    NOT NULL UNIQUE, -- sha256 of the folded text
    title        TEXT    NOT NULL,
    published    INTEGER,
    sort_at      INTEGER NOT NULL,        -- published, else created_at
    doc          TEXT    NOT NULL,        -- parallax.Annotated as JSON
    annotated_at INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX articles_sort ON articles (sort_at DESC, id DESC);

-- Contentless: the text lives in articles.doc; the index only finds rowids.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = '', tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE stories (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    key        TEXT    NOT NULL UNIQUE,   -- the assignment key: one story per key
    title      TEXT    NOT NULL,
    date       INTEGER,
    sort_at    INTEGER NOT NULL,          -- date, else created_at
    version    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX stories_sort ON stories (sort_at DESC, id DESC);

CREATE TABLE story_articles (
    article_id TEXT    PRIMARY KEY REFERENCES articles (id),
    story_id   TEXT    NOT NULL REFERENCES stories (id),
    seq        INTEGER NOT NULL,          -- order of joining
    copy_of    TEXT,
    similarity REAL    NOT NULL DEFAULT 0
);
CREATE INDEX story_articles_story ON story_articles (story_id, seq);

CREATE TABLE reports (
    story_id   TEXT    NOT NULL REFERENCES stories (id),
    version    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    articles   INTEGER NOT NULL,
    hash       TEXT    NOT NULL,          -- sha256 of body
    body       TEXT    NOT NULL,          -- parallax.Report as JSON
    PRIMARY KEY (story_id, version)
);

CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    article_id   TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'pending', -- pending, claimed, failed
    attempts     INTEGER NOT NULL DEFAULT 0,
    available_at INTEGER NOT NULL,
    worker       TEXT    NOT NULL DEFAULT '',
    lease_until  INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    UNIQUE (kind, article_id)
);
CREATE INDEX jobs_ready ON jobs (kind, state, available_at);

CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '',
    etag          TEXT    NOT NULL DEFAULT '',
    last_modified TEXT    NOT NULL DEFAULT '',
    next_poll     INTEGER NOT NULL,
    failures      INTEGER NOT NULL DEFAULT 0,
    disabled      TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX sources_due ON sources (next_poll) WHERE disabled = '';

-- +goose Down
DROP TABLE sources;
DROP TABLE jobs;
DROP TABLE reports;
DROP TABLE story_articles;
DROP TABLE stories;
DROP TABLE articles_fts;
DROP TABLE articles;
