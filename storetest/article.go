package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func testArticles(t *testing.T, open Open) {
	t.Run("put twice stores nothing new", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		in := inputs(article(1), article(2))
		put(t, s, article(1), article(2))
		res, err := s.Articles.PutArticles(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range res {
			want := parallax.PutResult{ID: in[i].Article.ID, Status: parallax.PutDuplicate, DuplicateOf: in[i].Article.ID, By: parallax.DedupID}
			if r != want {
				t.Errorf("second PutArticles[%d] = %+v, want %+v", i, r, want)
			}
		}
	})
	t.Run("stored articles are queued", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		ann := &parallax.Annotated{Article: article(6)}
		in := append(inputs(article(5), article(5)), parallax.ArticleInput{Article: article(6), Annotated: ann})
		for range 2 {
			if _, err := s.Articles.PutArticles(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
		for kind, want := range map[string]int{parallax.JobAnnotate: 1, parallax.JobAssign: 1} {
			if stats, err := s.Queue.Stats(ctx, kind); err != nil || stats["pending"] != want {
				t.Errorf("Stats(%s) after putting twice = %v, %v; want %d pending", kind, stats, err, want)
			}
		}
		jobs := claim(t, s, parallax.Claim{Kind: parallax.JobAssign, Worker: "w"})
		if len(jobs) != 1 || jobs[0].Article != "art-006" {
			t.Errorf("Claim(assign) = %+v, want the annotated article", jobs)
		}
	})
	t.Run("dedup keys", func(t *testing.T) { testDedup(t, open) })
	t.Run("rejections", func(t *testing.T) { testRejections(t, open) })
	t.Run("round trip", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		a := article(3)
		ann := &parallax.Annotated{Article: a, Sentences: []parallax.Sentence{{Text: "x", Start: 0, End: 1}}}
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: a, GUID: "tag:courier,3", Annotated: ann}})
		if err != nil || res[0].Status != parallax.PutStored {
			t.Fatalf("PutArticles = %+v, %v", res, err)
		}
		got, err := s.Articles.FindArticleByID(ctx, a.ID)
		if err != nil {
			t.Fatalf("FindArticleByID(%q): %v", a.ID, err)
		}
		if !reflect.DeepEqual(got.Annotated, *ann) {
			t.Errorf("FindArticleByID(%q).Annotated = %+v, want %+v", a.ID, got.Annotated, *ann)
		}
		if got.GUID != "tag:courier,3" || len(got.Hash) != 64 || got.AnnotatedAt == nil || got.Story != "" || got.Created.IsZero() {
			t.Errorf("FindArticleByID(%q) = guid %q hash %q annotated %v story %q created %v", a.ID, got.GUID, got.Hash, got.AnnotatedAt, got.Story, got.Created)
		}
	})
	t.Run("not found", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		a, err := s.Articles.FindArticleByID(ctx, "missing")
		if a != nil {
			t.Errorf("FindArticleByID(missing) = %+v, want nil", a)
		}
		wantCode(t, "FindArticleByID(missing)", err, parallax.ENOTFOUND)
		wantCode(t, "SetAnnotation(missing)", s.Articles.SetAnnotation(ctx, &parallax.Annotated{Article: parallax.Article{ID: "missing"}}), parallax.ENOTFOUND)
	})
	t.Run("set annotation", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		a := article(4)
		put(t, s, a)
		before, _ := s.Articles.FindArticleByID(ctx, a.ID)
		if before.AnnotatedAt != nil {
			t.Errorf("AnnotatedAt before SetAnnotation = %v, want nil", before.AnnotatedAt)
		}
		changed := a
		changed.Title = "a title SetAnnotation must not store"
		ann := &parallax.Annotated{Article: changed, Entities: []parallax.Entity{{Name: "Idris Vantongeren", Type: parallax.Person,
			Mentions: []parallax.Mention{{Text: "Idris Vantongeren", Start: 5, End: 22}}}}}
		if err := s.Articles.SetAnnotation(ctx, ann); err != nil {
			t.Fatalf("SetAnnotation: %v", err)
		}
		got, _ := s.Articles.FindArticleByID(ctx, a.ID)
		want := *ann
		want.Article = a
		if !reflect.DeepEqual(got.Annotated, want) || got.AnnotatedAt == nil {
			t.Errorf("after SetAnnotation: %+v (annotated %v), want %+v", got.Annotated, got.AnnotatedAt, want)
		}
	})
}

func testDedup(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	orig := article(10)
	if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: orig, GUID: "guid-10"}}); err != nil {
		t.Fatal(err)
	}
	other := article(11) // different text, id and URL
	sameURL := other
	sameURL.ID, sameURL.URL = "url-copy", "HTTPS://Courier.Example:443/news/10/?utm_source=feed#top"
	sameGUID := other
	sameGUID.ID, sameGUID.URL = "guid-copy", ""
	sameText := other
	sameText.ID, sameText.URL = "text-copy", "https://mirror.example/x"
	sameText.Text = "  " + strings.ToUpper(strings.ReplaceAll(orig.Text, "\u201c", "\"")) + "\n"
	noID := article(12)
	noID.ID = ""
	cases := []struct {
		name string
		in   parallax.ArticleInput
		want parallax.PutResult
	}{
		{"canonical url", parallax.ArticleInput{Article: sameURL}, parallax.PutResult{ID: orig.ID, Status: parallax.PutDuplicate, DuplicateOf: orig.ID, By: parallax.DedupURL}},
		{"feed guid", parallax.ArticleInput{Article: sameGUID, GUID: "guid-10"}, parallax.PutResult{ID: orig.ID, Status: parallax.PutDuplicate, DuplicateOf: orig.ID, By: parallax.DedupGUID}},
		{"folded text", parallax.ArticleInput{Article: sameText}, parallax.PutResult{ID: orig.ID, Status: parallax.PutDuplicate, DuplicateOf: orig.ID, By: parallax.DedupHash}},
		{"new article", parallax.ArticleInput{Article: other}, parallax.PutResult{ID: other.ID, Status: parallax.PutStored}},
		{"same call", parallax.ArticleInput{Article: other}, parallax.PutResult{ID: other.ID, Status: parallax.PutDuplicate, DuplicateOf: other.ID, By: parallax.DedupID}},
	}
	in := make([]parallax.ArticleInput, len(cases))
	for i, c := range cases {
		in[i] = c.in
	}
	res, err := s.Articles.PutArticles(ctx, append(in, parallax.ArticleInput{Article: noID}))
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		if res[i] != c.want {
			t.Errorf("%s: PutArticles = %+v, want %+v", c.name, res[i], c.want)
		}
	}
	derived := res[len(cases)]
	if derived.Status != parallax.PutStored || derived.ID == "" {
		t.Errorf("article without id: PutArticles = %+v, want stored under a derived id", derived)
	} else if got, err := s.Articles.FindArticleByID(ctx, derived.ID); err != nil || got.ID != derived.ID {
		t.Errorf("FindArticleByID(%q) = %v, %v; want the article under its derived id", derived.ID, got, err)
	}
}

func testRejections(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	blank := article(20)
	blank.Text = " \n\t"
	huge := article(21)
	huge.Text = strings.Repeat("word ", parallax.MaxArticleBytes/5+1)
	wrongAnn := parallax.Annotated{Article: article(23)}
	cases := []struct {
		name string
		in   parallax.ArticleInput
		code string
	}{
		{"blank text", parallax.ArticleInput{Article: blank}, parallax.EINVALID},
		{"too large", parallax.ArticleInput{Article: huge}, parallax.ETOOLARGE},
		{"annotation of another article", parallax.ArticleInput{Article: article(22), Annotated: &wrongAnn}, parallax.EINVALID},
	}
	for _, c := range cases {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{c.in})
		if err != nil {
			t.Fatalf("%s: PutArticles error %v, want a rejection", c.name, err)
		}
		if r := res[0]; r.Status != parallax.PutRejected || r.Code != c.code || r.Reason == "" || r.ID != c.in.Article.ID {
			t.Errorf("%s: PutArticles = %+v, want rejected with code %q and a reason", c.name, r, c.code)
		}
		if _, err := s.Articles.FindArticleByID(ctx, c.in.Article.ID); parallax.ErrorCode(err) != parallax.ENOTFOUND {
			t.Errorf("%s: rejected article was stored (FindArticleByID error %v)", c.name, err)
		}
	}
}
