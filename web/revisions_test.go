package web_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/web"
)

// storyReport is the part of GET /api/stories/{id} these tests read.
type storyReport struct {
	Articles []struct {
		ID string `json:"id"`
	} `json:"articles"`
}

func TestDeleteArticle(t *testing.T) {
	srv, store := newServer(t, web.Config{Token: token})
	worker := pipeline.New(store, pipeline.Config{Worker: "test"})
	body := strings.Join([]string{jsonOf(t, bridgeA), jsonOf(t, bridgeB), jsonOf(t, lake)}, "\n")
	if status, b := post(t, srv.URL, "", body); status != 200 {
		t.Fatalf("POST = %d %s", status, b)
	}
	if _, err := worker.Drain(t.Context()); err != nil {
		t.Fatalf("Drain: %v", err)
	}
	a, err := store.Articles.FindArticleByID(t.Context(), bridgeB.ID)
	if err != nil || a.Story == "" {
		t.Fatalf("FindArticleByID(%s) = %v, %v; want it in a story", bridgeB.ID, a, err)
	}
	story := a.Story

	if status, _ := call(t, "DELETE", srv.URL+"/api/articles/"+bridgeB.ID, "", "", ""); status != 401 {
		t.Errorf("DELETE without token = %d, want 401", status)
	}
	status, b := call(t, "DELETE", srv.URL+"/api/articles/"+bridgeB.ID, "Bearer "+token, "", "")
	got := decode[struct {
		Deleted   string  `json:"deleted"`
		Story     *string `json:"story"`
		Recompute string  `json:"recompute"`
	}](t, b)
	if status != 200 || got.Deleted != bridgeB.ID || got.Story == nil || *got.Story != story || got.Recompute != "queued" {
		t.Fatalf("DELETE /api/articles/%s = %d %s, want 200 naming story %s, recompute queued", bridgeB.ID, status, b, story)
	}
	if _, err := worker.Drain(t.Context()); err != nil {
		t.Fatalf("Drain: %v", err)
	}
	status, b = call(t, "GET", srv.URL+"/api/stories/"+story, "", "", "")
	rep := decode[storyReport](t, b)
	var ids []string
	for _, a := range rep.Articles {
		ids = append(ids, a.ID)
	}
	if status != 200 || slices.Contains(ids, bridgeB.ID) || !slices.Contains(ids, bridgeA.ID) {
		t.Errorf("story report after delete = %d, articles %v; want %s without %s", status, ids, bridgeA.ID, bridgeB.ID)
	}

	// Posting it again, even under another id, does not bring it back.
	again := bridgeB
	again.ID = "valley-courier-repost"
	status, b = post(t, srv.URL, "", jsonOf(t, bridgeB)+"\n"+jsonOf(t, again))
	res := decode[postResult](t, b)
	if status != 200 || res.Stored != 0 || len(res.Results) != 2 || res.Results[0].Status != string(parallax.PutDeleted) || res.Results[1].Status != string(parallax.PutDeleted) {
		t.Errorf("POST the deleted article again = %d %s, want both deleted, none stored", status, b)
	}
	if !strings.Contains(string(b), `"deleted":2`) {
		t.Errorf("POST response %s, want the count \"deleted\":2", b)
	}

	status, b = call(t, "DELETE", srv.URL+"/api/articles/"+bridgeB.ID, "Bearer "+token, "", "")
	if e := decode[apiError](t, b); status != 404 || e.Error.Code != parallax.ENOTFOUND {
		t.Errorf("DELETE again = %d %s, want 404", status, b)
	}
}

func TestDeleteUnassignedArticle(t *testing.T) {
	srv, _ := newServer(t, web.Config{Token: token})
	if status, b := post(t, srv.URL, "", jsonOf(t, lake)); status != 200 {
		t.Fatalf("POST = %d %s", status, b)
	}
	status, b := call(t, "DELETE", srv.URL+"/api/articles/"+lake.ID, "Bearer "+token, "", "")
	if status != 200 || !strings.Contains(string(b), `"story":null`) || !strings.Contains(string(b), `"recompute":"none"`) {
		t.Errorf("DELETE an article in no story = %d %s, want story null, recompute none", status, b)
	}
}

func TestArticleRevisions(t *testing.T) {
	srv, store := newServer(t, web.Config{Token: token})
	first := parallax.Article{ID: lake.ID, URL: "https://lakeherald.example/bloom", Outlet: lake.Outlet, Title: lake.Title, Text: lake.Text}
	if _, err := store.Articles.PutArticles(t.Context(), []parallax.ArticleInput{{Article: first}}); err != nil {
		t.Fatal(err)
	}
	type revisions struct {
		Article   string              `json:"article"`
		Revisions []parallax.Revision `json:"revisions"`
	}
	status, b := call(t, "GET", srv.URL+"/api/articles/"+lake.ID+"/revisions", "", "", "")
	if got := decode[revisions](t, b); status != 200 || got.Article != lake.ID || got.Revisions == nil || len(got.Revisions) != 0 {
		t.Errorf("revisions of an unchanged article = %d %s, want an empty list", status, b)
	}

	changed := first
	changed.ID = "" // matched by URL
	changed.Text += " Officials later said the bloom had reached the southern shore as well."
	res, err := store.Articles.PutArticles(t.Context(), []parallax.ArticleInput{{Article: changed, Revise: true}})
	if err != nil || res[0].Status != parallax.PutRevised {
		t.Fatalf("PutArticles(changed, Revise) = %+v, %v; want revised", res, err)
	}
	status, b = call(t, "GET", srv.URL+"/api/articles/"+lake.ID+"/revisions", "", "", "")
	got := decode[revisions](t, b)
	if status != 200 || len(got.Revisions) != 1 || got.Revisions[0].Revision != 1 || got.Revisions[0].Text != first.Text {
		t.Errorf("revisions after a change = %d %s, want revision 1 holding the first text", status, b)
	}

	status, b = call(t, "GET", srv.URL+"/api/articles/nope/revisions", "", "", "")
	if e := decode[apiError](t, b); status != 404 || e.Error.Code != parallax.ENOTFOUND {
		t.Errorf("revisions of a missing article = %d %s, want 404", status, b)
	}
}
