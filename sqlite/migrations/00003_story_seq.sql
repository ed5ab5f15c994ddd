-- The order in which articles join stories is max(seq) + 1 over every story
-- (sqlite/story.go addMember); without an index on seq alone that max walks
-- the whole table, about 7 ms an article at 100,000 articles.

-- +goose Up
CREATE INDEX story_articles_seq ON story_articles (seq);

-- +goose Down
DROP INDEX story_articles_seq;
