package pipeline

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
)

// Annotate annotates the stored article id, unless it is annotated already,
// and queues its assignment. Running it twice does no harm. ENOTFOUND when
// no such article.
func (w *Worker) Annotate(ctx context.Context, id string) error {
	sa, err := w.store.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return err
	}
	if err := w.ensureAnnotated(ctx, sa); err != nil {
		return err
	}
	if err := w.store.Queue.Enqueue(ctx, parallax.JobAssign, id); err != nil {
		return fmt.Errorf("queue assignment of %s: %w", id, err)
	}
	return nil
}

// ensureAnnotated annotates sa and stores the annotation when it has none.
func (w *Worker) ensureAnnotated(ctx context.Context, sa *parallax.StoredArticle) error {
	if sa.AnnotatedAt != nil {
		return nil
	}
	an := w.ann.Annotate(sa.Article)
	if err := w.store.Articles.SetAnnotation(ctx, an); err != nil {
		return fmt.Errorf("store annotation of %s: %w", sa.ID, err)
	}
	sa.Annotated = *an
	return nil
}
