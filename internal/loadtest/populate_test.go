package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/reconcile"
)

// builtStory is one story ready to store: its articles annotated, and its
// report as the pipeline would compute it.
type builtStory struct {
	key    string
	arts   []*parallax.Annotated
	report *parallax.Report
}

// populate stores the first n articles of c in store as the pipeline would
// leave them: annotated, each story created under the key the pipeline uses,
// its articles added, and its report computed by reconcile from exactly
// those articles. It skips the pipeline's clustering (the corpus says which
// story each article belongs to). writers is how many goroutines write at
// once. It returns the number of stories.
func populate(ctx context.Context, store parallax.Store, c Corpus, n, writers int, logf func(string, ...any)) (int, error) {
	stories, count := c.Stories(n)
	an := annotate.New()
	todo := make(chan []parallax.Article)
	built := make(chan builtStory, 64)
	var work sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		work.Go(func() {
			for arts := range todo {
				built <- buildStory(an, arts)
			}
		})
	}
	go func() {
		defer close(todo)
		for _, arts := range stories {
			select {
			case todo <- arts:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { work.Wait(); close(built) }()
	return count, storeAll(ctx, store, built, n, writers, logf)
}

// copyStories stores every story of from, with its articles (annotations
// included) and current report, in to, as populate would have: a copy
// costs no annotation or reconciliation. It returns the number of stories
// and articles.
func copyStories(ctx context.Context, from, to parallax.Store, writers int, logf func(string, ...any)) (stories, articles int, err error) {
	var all []*parallax.Story
	f := parallax.StoryFilter{Limit: parallax.MaxLimit}
	for {
		page, err := from.Stories.FindStories(ctx, f)
		if err != nil {
			return 0, 0, fmt.Errorf("list stories: %w", err)
		}
		all = append(all, page.Stories...)
		if f.Cursor = page.Next; f.Cursor == "" {
			break
		}
	}
	for _, st := range all {
		articles += len(st.Articles)
	}
	built := make(chan builtStory, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(built)
		readErr <- readStories(ctx, from, all, built)
	}()
	err = storeAll(ctx, to, built, articles, writers, logf)
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return len(all), articles, err
}

// readStories reads the articles and current report of each story and
// sends them on out, about a thousand articles at a time.
func readStories(ctx context.Context, from parallax.Store, stories []*parallax.Story, out chan<- builtStory) error {
	for len(stories) > 0 {
		var group []*parallax.Story
		var ids []string
		for len(stories) > 0 && len(ids)+len(stories[0].Articles) <= parallax.MaxLimit {
			group, ids = append(group, stories[0]), append(ids, stories[0].Articles...)
			stories = stories[1:]
		}
		page, err := from.Articles.FindArticles(ctx, parallax.ArticleFilter{IDs: ids, Limit: len(ids)})
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		byID := map[string]*parallax.Annotated{}
		for _, a := range page.Articles {
			byID[a.ID] = &a.Annotated
		}
		for _, st := range group {
			rv, err := from.Stories.FindReport(ctx, st.ID, 0)
			if err != nil {
				return fmt.Errorf("read report of %s: %w", st.ID, err)
			}
			b := builtStory{key: st.Key, report: rv.Report}
			for _, id := range st.Articles {
				if byID[id] == nil {
					return fmt.Errorf("story %s: article %s not found", st.ID, id)
				}
				b.arts = append(b.arts, byID[id])
			}
			out <- b
		}
	}
	return nil
}

// storeAll stores the stories it receives, in batches of about 500
// articles per writer goroutine, and logs its progress towards n articles.
func storeAll(ctx context.Context, store parallax.Store, built <-chan builtStory, n, writers int, logf func(string, ...any)) error {
	start := time.Now()
	var (
		mu     sync.Mutex
		stored int
		errs   = make(chan error, writers)
		write  sync.WaitGroup
	)
	for w := range writers {
		write.Go(func() {
			var batch []builtStory
			size := 0
			flush := func() error {
				err := storeBatch(ctx, store, batch, fmt.Sprintf("loadtest-setup-%d", w))
				mu.Lock()
				stored += size
				if stored/10000 != (stored-size)/10000 {
					logf("stored %d of %d articles (%.0f/s)", stored, n, float64(stored)/time.Since(start).Seconds())
				}
				mu.Unlock()
				batch, size = batch[:0], 0
				return err
			}
			for b := range built {
				batch, size = append(batch, b), size+len(b.arts)
				if size < 500 {
					continue
				}
				if err := flush(); err != nil {
					errs <- err
					for range built { // let the producers finish
					}
					return
				}
			}
			if size > 0 {
				if err := flush(); err != nil {
					errs <- err
				}
			}
		})
	}
	write.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	return ctx.Err()
}

// buildStory annotates a story's articles and reconciles them, as the
// pipeline's Recompute does: articles read back from the store (here,
// through the same JSON), unified, in stream order.
func buildStory(an *annotate.Annotator, arts []parallax.Article) builtStory {
	b := builtStory{key: "article:" + arts[0].ID}
	read := make([]*parallax.Annotated, len(arts))
	for i, a := range arts {
		ann := an.Annotate(a)
		b.arts = append(b.arts, ann)
		doc, err := json.Marshal(ann)
		if err == nil {
			err = json.Unmarshal(doc, &read[i])
		}
		if err != nil {
			panic(fmt.Sprintf("annotation of %s does not round-trip through JSON: %v", a.ID, err))
		}
	}
	annotate.Unify(read)
	cluster.SortForStream(read)
	b.report = reconcile.Story(read, reconcile.Options{ID: dedup.StoryID(b.key)})
	return b
}

// storeBatch stores the articles of the stories in one call, then each
// story with its report, then completes the assignment jobs the put queued:
// the work they stand for is done, and the benchmark's pipeline workers
// must find only the work it gives them.
func storeBatch(ctx context.Context, store parallax.Store, batch []builtStory, worker string) error {
	var in []parallax.ArticleInput
	for _, b := range batch {
		for _, a := range b.arts {
			in = append(in, parallax.ArticleInput{Article: a.Article, Annotated: a})
		}
	}
	res, err := store.Articles.PutArticles(ctx, in)
	if err != nil {
		return fmt.Errorf("put articles: %w", err)
	}
	for i, r := range res {
		if r.Status != parallax.PutStored {
			return fmt.Errorf("put article %s: %s (%s), want stored", in[i].Article.ID, r.Status, r.Reason)
		}
	}
	for _, b := range batch {
		if err := storeStory(ctx, store, b); err != nil {
			return err
		}
	}
	jobs, err := store.Queue.Claim(ctx, parallax.Claim{Kind: parallax.JobAssign, Worker: worker, Limit: len(in), Lease: time.Hour})
	if err != nil {
		return fmt.Errorf("claim setup jobs: %w", err)
	}
	for _, j := range jobs {
		if err := store.Queue.Complete(ctx, j); err != nil {
			return fmt.Errorf("complete setup job %d: %w", j.ID, err)
		}
	}
	return nil
}

// storeStory creates b's story, adds its articles and saves its report.
func storeStory(ctx context.Context, store parallax.Store, b builtStory) error {
	first := b.arts[0]
	st := &parallax.Story{Key: b.key, Title: first.Title}
	if first.Published != nil {
		day := first.Published.UTC().Truncate(24 * time.Hour)
		st.Date = &day
	}
	if _, err := store.Stories.CreateStory(ctx, st); err != nil {
		return fmt.Errorf("create story %s: %w", b.key, err)
	}
	if st.ID != b.report.ID {
		return fmt.Errorf("story %s has id %s, want %s", b.key, st.ID, b.report.ID)
	}
	ms := make([]parallax.StoryMember, len(b.arts))
	for i, a := range b.arts {
		ms[i] = parallax.StoryMember{Article: a.ID}
	}
	if err := store.Stories.AddArticles(ctx, st.ID, ms); err != nil {
		return fmt.Errorf("add articles to %s: %w", st.ID, err)
	}
	if _, err := store.Stories.SaveReport(ctx, st.ID, b.report); err != nil {
		return fmt.Errorf("save report of %s: %w", st.ID, err)
	}
	return nil
}
