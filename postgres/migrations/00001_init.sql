-- +goose Up
CREATE TABLE articles (
    id           text        PRIMARY KEY,
    url          text        UNIQUE,          -- canonical URL; NULL when none
    guid         text        UNIQUE,          -- feed GUID; NULL when none
    hash         text        NOT NULL UNIQUE, -- sha256 of the folded text
    title        text        NOT NULL,
    published    timestamptz,
    sort_at      timestamptz NOT NULL,        -- published, else created_at
    doc          jsonb       NOT NULL,        -- parallax.Annotated
    tsv          tsvector    NOT NULL,        -- folded title and text, english
    annotated_at timestamptz,
    created_at   timestamptz NOT NULL
);
CREATE INDEX articles_sort ON articles (sort_at DESC, id DESC);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE stories (
    id         text        PRIMARY KEY,
    key        text        NOT NULL UNIQUE,   -- the assignment key: one story per key
    title      text        NOT NULL,
    date       timestamptz,
    sort_at    timestamptz NOT NULL,          -- date, else created_at
    version    integer     NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX stories_sort ON stories (sort_at DESC, id DESC);

CREATE TABLE story_articles (
    article_id text             PRIMARY KEY REFERENCES articles (id),
    story_id   text             NOT NULL REFERENCES stories (id),
    seq        bigserial        NOT NULL,     -- order of joining
    copy_of    text,
    similarity double precision NOT NULL DEFAULT 0
);
CREATE INDEX story_articles_story ON story_articles (story_id, seq);

CREATE TABLE reports (
    story_id   text        NOT NULL REFERENCES stories (id),
    version    integer     NOT NULL,
    created_at timestamptz NOT NULL,
    articles   integer     NOT NULL,
    hash       text        NOT NULL,          -- sha256 of body as saved
    body       jsonb       NOT NULL,          -- parallax.Report
    PRIMARY KEY (story_id, version)
);

CREATE TABLE jobs (
    id           bigserial   PRIMARY KEY,
    kind         text        NOT NULL,
    article_id   text        NOT NULL,
    state        text        NOT NULL DEFAULT 'pending', -- pending, claimed, failed
    attempts     integer     NOT NULL DEFAULT 0,
    available_at timestamptz NOT NULL,
    worker       text        NOT NULL DEFAULT '',
    lease_until  timestamptz NOT NULL DEFAULT 'epoch',
    last_error   text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    UNIQUE (kind, article_id)
);
CREATE INDEX jobs_ready ON jobs (kind, state, available_at);

CREATE TABLE sources (
    id            bigserial   PRIMARY KEY,
    url           text        NOT NULL UNIQUE,
    title         text        NOT NULL DEFAULT '',
    etag          text        NOT NULL DEFAULT '',
    last_modified text        NOT NULL DEFAULT '',
    next_poll     timestamptz NOT NULL,
    failures      integer     NOT NULL DEFAULT 0,
    disabled      text        NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX sources_due ON sources (next_poll) WHERE disabled = '';

-- +goose Down
DROP TABLE sources;
DROP TABLE jobs;
DROP TABLE reports;
DROP TABLE story_articles;
DROP TABLE stories;
DROP TABLE articles;
