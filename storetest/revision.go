package storetest

import (
	"context"
	"testing"

	"github.com/parallax-news/parallax"
)

// revised returns a with a changed title and text (an outlet's correction),
// under no id, so that only its URL or GUID can match the stored article.
func revised(a parallax.Article, n int) parallax.Article {
	a.ID = ""
	a.Title += " (updated)"
	a.Text += "\nCorrection: the harbour office in " + offices[n%len(offices)] + " later said the count was lower."
	return a
}

// offices make the corrections of revised distinct in their words.
var offices = []string{"Quillon", "Brisvale", "Ostmark"}

func testRevisions(t *testing.T, open Open) {
	t.Run("changed text becomes a revision", func(t *testing.T) { testRevise(t, open) })
	t.Run("when not a revision", func(t *testing.T) { testNotRevised(t, open) })
	t.Run("annotation cleared and requeued", func(t *testing.T) { testReviseRequeues(t, open) })
	t.Run("not found", func(t *testing.T) {
		s, ctx := open(t), context.Background()
		_, err := s.Articles.FindRevisions(ctx, "missing")
		wantCode(t, "FindRevisions(missing)", err, parallax.ENOTFOUND)
		put(t, s, article(1))
		if got, err := s.Articles.FindRevisions(ctx, article(1).ID); err != nil || got == nil || len(got) != 0 {
			t.Errorf("FindRevisions(unchanged) = %#v, %v; want an empty list", got, err)
		}
	})
}

func testRevise(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	orig := article(30)
	if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: orig, GUID: "tag:courier,30"}}); err != nil {
		t.Fatal(err)
	}
	v2, v3 := revised(orig, 0), revised(orig, 1)
	v3.URL = "https://courier.example/news/30-moved" // matched by GUID; the URL moves with it
	steps := []struct {
		name string
		in   parallax.ArticleInput
		want parallax.PutResult
	}{
		{"by url", parallax.ArticleInput{Article: v2, Revise: true}, parallax.PutResult{ID: orig.ID, Status: parallax.PutRevised, By: parallax.DedupURL, Revision: 2}},
		{"same text again", parallax.ArticleInput{Article: v2, Revise: true}, parallax.PutResult{ID: orig.ID, Status: parallax.PutDuplicate, DuplicateOf: orig.ID, By: parallax.DedupURL}},
		{"by guid", parallax.ArticleInput{Article: v3, GUID: "tag:courier,30", Revise: true}, parallax.PutResult{ID: orig.ID, Status: parallax.PutRevised, By: parallax.DedupGUID, Revision: 3}},
	}
	for _, st := range steps {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{st.in})
		if err != nil || res[0] != st.want {
			t.Fatalf("%s: PutArticles = %+v, %v; want %+v", st.name, res, err, st.want)
		}
	}
	got, err := s.Articles.FindArticleByID(ctx, orig.ID)
	if err != nil || got.Title != v3.Title || got.Text != v3.Text || got.URL != v3.URL || got.GUID != "tag:courier,30" || got.ID != orig.ID {
		t.Fatalf("FindArticleByID after revisions = %+v, %v; want the third text under the first id", got, err)
	}
	revs, err := s.Articles.FindRevisions(ctx, orig.ID)
	if err != nil || len(revs) != 2 {
		t.Fatalf("FindRevisions = %+v, %v; want 2 revisions", revs, err)
	}
	for i, want := range []parallax.Article{orig, v2} {
		r := revs[i]
		if r.Article != orig.ID || r.Revision != i+1 || r.Title != want.Title || r.Text != want.Text || len(r.Hash) != 64 || r.Replaced.IsZero() {
			t.Errorf("FindRevisions[%d] = %+v, want revision %d with the text %q", i, r, i+1, want.Title)
		}
	}
	if revs[0].Hash == got.Hash || revs[0].Hash == revs[1].Hash {
		t.Errorf("revision hashes %s, %s and current %s are not distinct", revs[0].Hash, revs[1].Hash, got.Hash)
	}
	for q, want := range map[string]int{"Brisvale": 1, "Quillon": 0, "correction harbour": 1} {
		page, err := s.Articles.FindArticles(ctx, parallax.ArticleFilter{Query: q})
		if err != nil || len(page.Articles) != want {
			t.Errorf("FindArticles(%q) after revisions = %v, %v; want %d (only the current text is searched)", q, articleIDs(page), err, want)
		}
	}
}

func testNotRevised(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	a, other := article(31), article(32)
	put(t, s, a, other)
	byHash := revised(other, 0)
	byHash.Text, byHash.URL = a.Text, "https://mirror.example/31" // a's text under another URL
	takenText := revised(a, 0)
	takenText.Text = other.Text // a's URL, but the text of another stored article
	cases := []struct {
		name string
		in   parallax.ArticleInput
		want parallax.PutResult
	}{
		{"changed text without Revise", parallax.ArticleInput{Article: revised(a, 0)}, parallax.PutResult{ID: a.ID, Status: parallax.PutDuplicate, DuplicateOf: a.ID, By: parallax.DedupURL}},
		{"same id is an identity", parallax.ArticleInput{Article: parallax.Article{ID: a.ID, Title: "t", Text: "Another text about Quillon."}, Revise: true},
			parallax.PutResult{ID: a.ID, Status: parallax.PutDuplicate, DuplicateOf: a.ID, By: parallax.DedupID}},
		{"same text elsewhere", parallax.ArticleInput{Article: byHash, Revise: true}, parallax.PutResult{ID: a.ID, Status: parallax.PutDuplicate, DuplicateOf: a.ID, By: parallax.DedupHash}},
		{"new text already stored", parallax.ArticleInput{Article: takenText, Revise: true}, parallax.PutResult{ID: a.ID, Status: parallax.PutDuplicate, DuplicateOf: a.ID, By: parallax.DedupURL}},
	}
	for _, c := range cases {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{c.in})
		if err != nil || res[0] != c.want {
			t.Errorf("%s: PutArticles = %+v, %v; want %+v", c.name, res, err, c.want)
		}
	}
	if got, _ := s.Articles.FindArticleByID(ctx, a.ID); got == nil || got.Text != a.Text {
		t.Errorf("FindArticleByID(%s) = %+v, want the text first stored", a.ID, got)
	}
	if revs, err := s.Articles.FindRevisions(ctx, a.ID); err != nil || len(revs) != 0 {
		t.Errorf("FindRevisions(%s) = %+v, %v; want none", a.ID, revs, err)
	}
}

func testReviseRequeues(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	a := article(33)
	ann := &parallax.Annotated{Article: a, Sentences: []parallax.Sentence{{Text: "x", Start: 0, End: 1}}}
	if _, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{{Article: a, Annotated: ann}}); err != nil {
		t.Fatal(err)
	}
	b := article(34)
	put(t, s, b)
	old := claim(t, s, parallax.Claim{Kind: parallax.JobAnnotate, Worker: "w1"}) // b's annotation, in progress
	in := []parallax.ArticleInput{{Article: revised(a, 0), Revise: true}, {Article: revised(b, 0), Revise: true}}
	res, err := s.Articles.PutArticles(ctx, in)
	if err != nil || res[0].Status != parallax.PutRevised || res[1].Status != parallax.PutRevised {
		t.Fatalf("PutArticles(revisions) = %+v, %v; want both revised", res, err)
	}
	got, err := s.Articles.FindArticleByID(ctx, a.ID)
	if err != nil || got.AnnotatedAt != nil || got.Sentences != nil {
		t.Errorf("FindArticleByID(%s) after revision: annotated %v, %d sentences; want the annotation cleared", a.ID, got.AnnotatedAt, len(got.Sentences))
	}
	for kind, want := range map[string]map[string]int{
		parallax.JobAnnotate: {"pending": 2, "claimed": 0, "failed": 0},
		parallax.JobAssign:   {"pending": 0, "claimed": 0, "failed": 0},
	} {
		if stats, err := s.Queue.Stats(ctx, kind); err != nil || stats["pending"] != want["pending"] || stats["claimed"] != want["claimed"] {
			t.Errorf("Stats(%s) after revisions = %v, %v; want %v", kind, stats, err, want)
		}
	}
	if len(old) == 1 {
		wantCode(t, "Complete(claim of the old text)", s.Queue.Complete(ctx, old[0]), parallax.ENOTFOUND)
	}
}
