package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func articleIDs(p *parallax.ArticlePage) []string {
	ids := []string{}
	for _, a := range p.Articles {
		ids = append(ids, a.ID)
	}
	return ids
}

func testArticleSearch(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	var arts []parallax.Article
	for i := range 9 {
		arts = append(arts, article(i))
	}
	undated := article(40)
	undated.Published = nil
	put(t, s, append(arts, undated)...)
	cases := []struct {
		name string
		f    parallax.ArticleFilter
		want []string
	}{
		{"all dated, newest first", parallax.ArticleFilter{Since: day},
			[]string{"art-008", "art-007", "art-006", "art-005", "art-004", "art-003", "art-002", "art-001", "art-000"}},
		{"word in text", parallax.ArticleFilter{Query: "Marrowfield"}, []string{"art-002"}},
		{"folded, stemmed, every word", parallax.ArticleFilter{Query: "MARROWFIELD report"}, []string{"art-002"}},
		{"words in title", parallax.ArticleFilter{Query: "bridge collapse"}, []string{"art-007", "art-006", "art-005", "art-004", "art-003", "art-002", "art-001", "art-000"}},
		{"no match", parallax.ArticleFilter{Query: "volcano"}, []string{}},
		{"syntax is not special", parallax.ArticleFilter{Query: `Kesh: "Monday"*)`}, []string{"art-001"}},
		{"since and until", parallax.ArticleFilter{Since: day.Add(2 * time.Hour), Until: day.Add(4 * time.Hour)}, []string{"art-003", "art-002"}},
		{"ids", parallax.ArticleFilter{IDs: []string{"art-004", "art-040", "nope"}}, []string{"art-004", "art-040"}},
		{"query and window", parallax.ArticleFilter{Query: "Valdoria", Since: day.Add(time.Hour)}, []string{"art-008"}},
	}
	for _, c := range cases {
		page, err := s.Articles.FindArticles(ctx, c.f)
		if err != nil {
			t.Errorf("%s: FindArticles(%+v): %v", c.name, c.f, err)
			continue
		}
		if got := articleIDs(page); !slices.Equal(got, c.want) || page.Next != "" {
			t.Errorf("%s: FindArticles(%+v) = %v next %q, want %v", c.name, c.f, got, page.Next, c.want)
		}
	}
	t.Run("pages", func(t *testing.T) {
		f := parallax.ArticleFilter{Since: day, Limit: 4}
		got := collectArticles(t, s, f, func(page int) {
			if page == 1 { // stored between pages: newer than the cursor, so never seen
				put(t, s, article(50))
			}
		})
		want := []string{"art-008", "art-007", "art-006", "art-005", "art-004", "art-003", "art-002", "art-001", "art-000"}
		if !slices.Equal(got, want) {
			t.Errorf("paging by 4 = %v, want %v", got, want)
		}
	})
	t.Run("bad cursor", func(t *testing.T) {
		for _, c := range []string{"not-a-cursor", "AAAA", "bm9jb2xvbg"} {
			_, err := s.Articles.FindArticles(ctx, parallax.ArticleFilter{Cursor: c})
			wantCode(t, "FindArticles(cursor "+c+")", err, parallax.EINVALID)
		}
	})
}

// collectArticles pages through f, calling between(n) after page n.
func collectArticles(t *testing.T, s parallax.Store, f parallax.ArticleFilter, between func(int)) []string {
	var all []string
	for n := 1; n < 100; n++ {
		page, err := s.Articles.FindArticles(context.Background(), f)
		if err != nil {
			t.Fatalf("FindArticles page %d: %v", n, err)
		}
		if len(page.Articles) > f.Limit {
			t.Fatalf("page %d has %d articles, limit %d", n, len(page.Articles), f.Limit)
		}
		all = append(all, articleIDs(page)...)
		if page.Next == "" {
			return all
		}
		between(n)
		f.Cursor = page.Next
	}
	t.Fatal("paging did not end")
	return nil
}
