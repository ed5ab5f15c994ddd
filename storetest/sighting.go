package storetest

import (
	"context"
	"testing"

	"github.com/parallax-news/parallax"
)

// newSource creates a feed source at url and returns its id.
func newSource(t testing.TB, s parallax.Store, url string) int64 {
	t.Helper()
	src := &parallax.Source{URL: url, NextPoll: day}
	if _, err := s.Sources.CreateSource(context.Background(), src); err != nil {
		t.Fatalf("CreateSource(%s): %v", url, err)
	}
	return src.ID
}

func testSightings(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	wire, gazette := newSource(t, s, "https://courier.example/feed"), newSource(t, s, "https://gazette.example/rss")
	a := article(60)
	carried := a // the same wire text on another outlet's page
	carried.ID, carried.URL = "", "https://gazette.example/world/60"
	puts := []parallax.ArticleInput{
		{Article: a, GUID: "wire-60", Source: wire},
		{Article: carried, GUID: "gz-1060", Source: gazette},
		{Article: a, GUID: "wire-60", Source: wire}, // polled again: Last moves
		{Article: revised(a, 0), Source: gazette, Revise: true},
		{Article: article(61)}, // no source: no sighting
	}
	want := []parallax.PutStatus{parallax.PutStored, parallax.PutDuplicate, parallax.PutDuplicate, parallax.PutRevised, parallax.PutStored}
	var first []parallax.Sighting
	for i, in := range puts {
		res, err := s.Articles.PutArticles(ctx, []parallax.ArticleInput{in})
		if err != nil || res[0].Status != want[i] {
			t.Fatalf("put %d: PutArticles = %+v, %v; want %s", i, res, err, want[i])
		}
		if i == 1 {
			first, _ = s.Articles.FindSightings(ctx, a.ID)
		}
	}
	got, err := s.Articles.FindSightings(ctx, a.ID)
	if err != nil || len(got) != 3 || len(first) != 2 {
		t.Fatalf("FindSightings = %+v, %v (after two puts %+v); want 3 sightings, 2 after two puts", got, err, first)
	}
	wantSightings := []parallax.Sighting{
		{Article: a.ID, Source: wire, GUID: "wire-60", URL: a.URL},
		{Article: a.ID, Source: gazette, GUID: "gz-1060", URL: carried.URL},
		{Article: a.ID, Source: gazette, URL: a.URL},
	}
	for i, w := range wantSightings {
		g := got[i]
		if g.Article != w.Article || g.Source != w.Source || g.GUID != w.GUID || g.URL != w.URL || g.First.IsZero() || g.Last.Before(g.First) {
			t.Errorf("FindSightings[%d] = %+v, want %+v with First <= Last", i, g, w)
		}
	}
	if !got[0].First.Equal(first[0].First) || got[0].Last.Before(first[0].Last) {
		t.Errorf("sighting polled again = %+v, before %+v; want First kept and Last not earlier", got[0], first[0])
	}
	if none, err := s.Articles.FindSightings(ctx, article(61).ID); err != nil || none == nil || len(none) != 0 {
		t.Errorf("FindSightings(article without source) = %#v, %v; want an empty list", none, err)
	}
	_, err = s.Articles.FindSightings(ctx, "missing")
	wantCode(t, "FindSightings(missing)", err, parallax.ENOTFOUND)
	testSeenEntry(t, s, a.ID, wire, gazette)
}

func testSeenEntry(t *testing.T, s parallax.Store, id string, wire, gazette int64) {
	ctx := context.Background()
	cases := []struct {
		name      string
		source    int64
		guid, url string
		seen      bool
	}{
		{"by guid", wire, "wire-60", "", true},
		{"guid decides over url", wire, "wire-61", "https://courier.example/news/60", false},
		{"guid of another source", gazette, "wire-60", "", false},
		{"canonical url", gazette, "", "HTTPS://Gazette.Example/world/60/?utm_medium=rss", true},
		{"url of an entry with a guid", wire, "", "https://courier.example/news/60", true},
		{"unknown url", wire, "", "https://courier.example/news/61", false},
		{"nothing to match", wire, "", "", false},
	}
	for _, c := range cases {
		got, seen, err := s.Articles.SeenEntry(ctx, c.source, c.guid, c.url)
		wantID := ""
		if c.seen {
			wantID = id
		}
		if err != nil || seen != c.seen || got != wantID {
			t.Errorf("%s: SeenEntry(%d, %q, %q) = %q, %v, %v; want %q, %v", c.name, c.source, c.guid, c.url, got, seen, err, wantID, c.seen)
		}
	}
	if _, err := s.Articles.DeleteArticle(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got, seen, err := s.Articles.SeenEntry(ctx, wire, "wire-60", ""); err != nil || seen || got != "" {
		t.Errorf("SeenEntry(deleted article) = %q, %v, %v; want \"\", false", got, seen, err)
	}
}
