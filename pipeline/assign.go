package pipeline

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/cluster"
)

// assignLock is the lock held while an article's story is decided: reading
// the candidate stories, deciding, and creating or joining one happen as one
// step across all workers, so two articles of one event cannot both start a
// story.
const assignLock = "assign"

// Assign puts the stored article id in its story, annotating it first if
// needed, then recomputes that story's report. It returns the story's id.
// An article already in a story stays there (its report is recomputed), so
// running it twice does no harm. ENOTFOUND when no such article.
func (w *Worker) Assign(ctx context.Context, id string) (string, error) {
	sa, err := w.store.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return "", err
	}
	if err := w.ensureAnnotated(ctx, sa); err != nil {
		return "", err
	}
	story := sa.Story
	if story == "" {
		err = w.store.Locks.WithLock(ctx, assignLock, func(ctx context.Context) error {
			story, err = w.place(ctx, id)
			return err
		})
		if err != nil {
			return "", fmt.Errorf("assign %s: %w", id, err)
		}
	}
	if _, err := w.Recompute(ctx, story); err != nil {
		return story, err
	}
	return story, nil
}

// place decides the story of article id and adds it there; the caller holds
// assignLock. The article is read again under the lock, so that one placed
// meanwhile (by a worker whose lease ran out) is not placed twice.
func (w *Worker) place(ctx context.Context, id string) (string, error) {
	sa, err := w.store.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return "", err
	}
	if sa.Story != "" {
		return sa.Story, nil
	}
	groups, err := w.candidates(ctx, &sa.Annotated)
	if err != nil {
		return "", err
	}
	d := cluster.Decide(w.cfg.Cluster, &sa.Annotated, groups)
	if d.Story == "" {
		if d.Story, err = w.open(ctx, &sa.Annotated); err != nil {
			return "", err
		}
	}
	m := parallax.StoryMember{Article: id, CopyOf: d.CopyOf, Similarity: d.Similarity}
	if err := w.store.Stories.AddArticles(ctx, d.Story, []parallax.StoryMember{m}); err != nil {
		return "", fmt.Errorf("add to story %s: %w", d.Story, err)
	}
	return d.Story, nil
}

// open creates the story that article a starts. Its key is derived from the
// article, so a retried assignment finds the story it created before.
func (w *Worker) open(ctx context.Context, a *parallax.Annotated) (string, error) {
	st := &parallax.Story{Key: "article:" + a.ID, Title: a.Title}
	if a.Published != nil {
		day := dayOf(*a.Published)
		st.Date = &day
	}
	if _, err := w.store.Stories.CreateStory(ctx, st); err != nil {
		return "", fmt.Errorf("create story: %w", err)
	}
	return st.ID, nil
}
