package pipeline

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/reconcile"
)

// Recompute reconciles the articles of story id and saves the report as the
// story's next version, with what changed in its revised articles
// (Report.Revisions), under a lock of the story's own, so that a report
// saved later never covers fewer articles than one saved earlier. An
// unchanged report stores nothing. It returns the current version number.
// ENOTFOUND when no such story; a story with no annotated article keeps its
// reports (version 0 when it has none).
func (w *Worker) Recompute(ctx context.Context, id string) (int, error) {
	var v int
	err := w.store.Locks.WithLock(ctx, "story:"+id, func(ctx context.Context) error {
		st, err := w.store.Stories.FindStoryByID(ctx, id)
		if err != nil {
			return err
		}
		arts, err := w.storyArticles(ctx, st)
		if err != nil {
			return err
		}
		if len(arts) == 0 {
			v = st.Version
			return nil
		}
		annotate.Unify(arts)
		cluster.SortForStream(arts) // the order `parallax analyze` reconciles in
		r := reconcile.Story(arts, w.options(st))
		if r.Revisions, err = w.revisions(ctx, arts); err != nil {
			return err
		}
		v, err = w.store.Stories.SaveReport(ctx, id, r)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("recompute story %s: %w", id, err)
	}
	return v, nil
}

// storyArticles reads the annotated articles of st, in the order they
// joined it, from the store rather than the cache: Unify modifies them.
func (w *Worker) storyArticles(ctx context.Context, st *parallax.Story) ([]*parallax.Annotated, error) {
	byID, err := w.articles(ctx, st.Articles)
	if err != nil {
		return nil, err
	}
	arts := make([]*parallax.Annotated, 0, len(st.Articles))
	for _, id := range st.Articles {
		if a := byID[id]; a != nil {
			arts = append(arts, a)
		}
	}
	return arts, nil
}
