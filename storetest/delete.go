package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

func testDelete(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	a, copyOfA, alone := article(50), article(51), article(52)
	if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: a, GUID: "tag:courier,50"}}); err != nil {
		t.Fatal(err)
	}
	put(t, s, copyOfA, alone)
	if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: revised(a, 0), Revise: true}}); err != nil {
		t.Fatal(err)
	}
	current, _ := s.Articles.FindArticleByID(ctx, a.ID)
	st := newStory(t, s, "event:pier-collapse", a.ID)
	if err := s.Stories.AddArticles(ctx, st.ID, []parallax.StoryMember{{Article: copyOfA.ID, CopyOf: a.ID, Similarity: 0.9}}); err != nil {
		t.Fatal(err)
	}

	story, err := s.Articles.DeleteArticle(ctx, a.ID)
	if err != nil || story != st.ID {
		t.Fatalf("DeleteArticle(%s) = %q, %v; want its story %q", a.ID, story, err, st.ID)
	}
	if story, err := s.Articles.DeleteArticle(ctx, alone.ID); err != nil || story != "" {
		t.Errorf("DeleteArticle(article in no story) = %q, %v; want \"\"", story, err)
	}
	_, err = s.Articles.DeleteArticle(ctx, a.ID)
	wantCode(t, "DeleteArticle(deleted)", err, parallax.ENOTFOUND)
	_, err = s.Articles.FindArticleByID(ctx, a.ID)
	wantCode(t, "FindArticleByID(deleted)", err, parallax.ENOTFOUND)
	_, err = s.Articles.FindRevisions(ctx, a.ID)
	wantCode(t, "FindRevisions(deleted)", err, parallax.ENOTFOUND)
	got, err := s.Stories.FindStoryByID(ctx, st.ID)
	if err != nil || !reflect.DeepEqual(got.Articles, []string{copyOfA.ID}) || len(got.Copies) != 0 {
		t.Errorf("story after DeleteArticle = %+v, %v; want only %s, no longer a copy", got, err, copyOfA.ID)
	}
	if page, err := s.Articles.FindArticles(ctx, parallax.ArticleFilter{Query: "Quillon"}); err != nil || len(page.Articles) != 0 {
		t.Errorf("FindArticles(deleted text) = %v, %v; want none", articleIDs(page), err)
	}
	if stats, err := s.Queue.Stats(ctx, parallax.JobAnnotate); err != nil || stats["pending"] != 1 {
		t.Errorf("Stats(annotate) after deleting = %v, %v; want only %s's job", stats, err, copyOfA.ID)
	}
	testPutDeleted(t, s, a, current.Text)
}

// testPutDeleted puts articles matching the deleted article a (current text
// text) by each key, and checks that none is stored.
func testPutDeleted(t *testing.T, s parallax.Store, a parallax.Article, text string) {
	ctx := context.Background()
	other := article(53)
	byURL, byGUID, byHash := other, other, other
	byURL.ID, byURL.URL = "", a.URL+"/"
	byGUID.ID, byGUID.URL = "", ""
	byHash.ID, byHash.URL, byHash.Text = "", "", text
	cases := []struct {
		name string
		in   parallax.ArticleInput
		by   parallax.DedupKey
	}{
		{"same article again", parallax.ArticleInput{Article: a, GUID: "tag:courier,50"}, parallax.DedupID},
		{"same url", parallax.ArticleInput{Article: byURL, Revise: true}, parallax.DedupURL},
		{"same guid", parallax.ArticleInput{Article: byGUID, GUID: "tag:courier,50"}, parallax.DedupGUID},
		{"same current text", parallax.ArticleInput{Article: byHash}, parallax.DedupHash},
	}
	for _, c := range cases {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{c.in})
		want := parallax.PutResult{ID: a.ID, Status: parallax.PutDeleted, By: c.by}
		if err != nil || res[0] != want {
			t.Errorf("%s: PutArticles = %+v, %v; want %+v", c.name, res, err, want)
		}
	}
	page, err := s.Articles.FindArticles(ctx, parallax.ArticleFilter{})
	if err != nil || len(page.Articles) != 1 {
		t.Errorf("FindArticles after putting deleted articles = %v, %v; want only the copy", articleIDs(page), err)
	}
}
