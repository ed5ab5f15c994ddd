package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

func TestArticleRevision(t *testing.T) {
	replaced := time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC)
	var many, manyMore []string
	for i := range 8 {
		many = append(many, fmt.Sprintf("Old sentence number %d stands here.", i))
		manyMore = append(manyMore, fmt.Sprintf("New sentence number %d stands here.", i))
	}
	tests := []struct {
		name                   string
		prevTitle, prev, cur   string
		curTitle               string
		removed, added         []string
		removedCount, addCount int
		titleBefore            string
	}{
		{
			name: "one figure corrected", prevTitle: "Bridge opens", curTitle: "Bridge opens",
			prev:    "The bridge opened on Monday. It cost 40 million crowns.\nThe mayor spoke.",
			cur:     "The bridge opened on Monday. It cost 44 million crowns.\nThe mayor spoke.",
			removed: []string{"It cost 40 million crowns."}, added: []string{"It cost 44 million crowns."},
			removedCount: 1, addCount: 1,
		},
		{
			name: "sentence appended and title changed", prevTitle: "Bridge opens", curTitle: "Bridge opens after delay",
			prev: "The bridge opened on Monday.", cur: "The bridge opened on Monday.\nThis article was updated.",
			removed: []string{}, added: []string{"This article was updated."}, addCount: 1,
			titleBefore: "Bridge opens",
		},
		{
			name: "white space alone is no change", prevTitle: "T", curTitle: "T",
			prev: "The bridge  opened on Monday.", cur: "The bridge opened on Monday.",
			removed: []string{}, added: []string{},
		},
		{
			name: "capped at five with full counts", prevTitle: "T", curTitle: "T",
			prev: strings.Join(many, "\n"), cur: strings.Join(manyMore, "\n"),
			removed: many[:5], added: manyMore[:5], removedCount: 8, addCount: 8,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := parallax.Revision{Article: "a1", Revision: 1, Title: tt.prevTitle, Text: tt.prev, Replaced: replaced}
			cur := &parallax.Article{ID: "a1", Title: tt.curTitle, Text: tt.cur}
			got := pipeline.ArticleRevision(prev, cur, 2)
			if got.Article != "a1" || got.Revision != 2 || !got.Changed.Equal(replaced) || got.TitleBefore != tt.titleBefore {
				t.Errorf("ArticleRevision = %+v, want article a1, revision 2, changed %v, title before %q", got, replaced, tt.titleBefore)
			}
			if !slices.Equal(got.Removed, tt.removed) || got.RemovedCount != tt.removedCount {
				t.Errorf("Removed = %q (%d), want %q (%d)", got.Removed, got.RemovedCount, tt.removed, tt.removedCount)
			}
			if !slices.Equal(got.Added, tt.added) || got.AddedCount != tt.addCount {
				t.Errorf("Added = %q (%d), want %q (%d)", got.Added, got.AddedCount, tt.added, tt.addCount)
			}
		})
	}
}

func TestReportRevisions(t *testing.T) {
	ctx := context.Background()
	store := openSQLite(t)
	arts, _ := readEvents(t, "../testdata/port-strike")
	arts[0].URL = "https://harbour-gazette.example/news/port-strike"
	put(t, store, arts, parallax.PutStored)
	w := newWorker(store, "w1")
	if _, err := w.Drain(ctx); err != nil {
		t.Fatal(err)
	}

	// One article is corrected after publication.
	changed := arts[0]
	changed.ID = "" // matched by URL, as a page fetched again is
	paras := strings.Split(changed.Text, "\n")
	removed := paras[len(paras)-1]
	paras[len(paras)-1] = "This report was corrected after publication to remove a paragraph."
	changed.Text = strings.Join(paras, "\n")
	res, err := store.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: changed, Revise: true}})
	if err != nil || res[0].Status != parallax.PutRevised {
		t.Fatalf("PutArticles(changed, Revise) = %+v, %v; want %s", res, err, parallax.PutRevised)
	}
	if _, err := w.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	sa, err := store.Articles.FindArticleByID(ctx, res[0].ID)
	if err != nil || sa.Story == "" {
		t.Fatalf("revised article: %+v, %v; want it in a story", sa, err)
	}
	rv, err := store.Stories.FindReport(ctx, sa.Story, 0)
	if err != nil {
		t.Fatal(err)
	}
	revs := rv.Report.Revisions
	if len(revs) != 1 || revs[0].Article != res[0].ID || revs[0].Revision != 2 {
		t.Fatalf("Report.Revisions = %+v, want article %s at revision 2", revs, res[0].ID)
	}
	if !slices.Contains(revs[0].Added, "This report was corrected after publication to remove a paragraph.") ||
		revs[0].RemovedCount == 0 || !strings.Contains(removed, revs[0].Removed[0]) {
		t.Errorf("revision = %+v, want the new sentence added and the old paragraph's removed", revs[0])
	}
}
