// Package storetest is the conformance suite of Parallax's storage
// interfaces: every engine (sqlite, postgres) runs the same tests, so that they
// keep one contract (parallax.Store's doc comments and docs/storage.md).
//
// The fixtures are invented articles about invented events.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// Open returns an empty store for one test, closed at the test's cleanup.
type Open func(t testing.TB) parallax.Store

// Run runs every conformance test against stores from open.
func Run(t *testing.T, open Open) {
	t.Run("Articles", func(t *testing.T) { testArticles(t, open) })
	t.Run("ArticleSearch", func(t *testing.T) { testArticleSearch(t, open) })
	t.Run("Stories", func(t *testing.T) { testStories(t, open) })
	t.Run("StorySearch", func(t *testing.T) { testStorySearch(t, open) })
	t.Run("Reports", func(t *testing.T) { testReports(t, open) })
	t.Run("Queue", func(t *testing.T) { testQueue(t, open) })
	t.Run("Revisions", func(t *testing.T) { testRevisions(t, open) })
	t.Run("Delete", func(t *testing.T) { testDelete(t, open) })
	t.Run("Sightings", func(t *testing.T) { testSightings(t, open) })
	t.Run("Sources", func(t *testing.T) { testSources(t, open) })
	t.Run("SourceFields", func(t *testing.T) { testSourceFields(t, open) })
	t.Run("ClaimSources", func(t *testing.T) { testClaimSources(t, open) })
	t.Run("Locks", func(t *testing.T) { testLocks(t, open) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, open) })
}

// day is a fixed day of the invented events, so that tests do not depend on
// the clock.
var day = time.Date(2031, 5, 4, 9, 0, 0, 0, time.UTC)

// places and events make invented articles distinct in their words.
var (
	places = []string{"Valdoria", "Kesh", "Marrowfield", "Ostrava Nova", "Lune Harbour", "Tirrel", "Calderon Bay", "Pellmoor"}
	events = []string{"a bridge collapse", "a port strike", "a dam inspection", "a grain shortage", "a ferry fire", "a mining dispute", "a flood warning", "a power cut"}
)

// article returns the i-th invented article: distinct id, URL, text and day.
func article(i int) parallax.Article {
	place, event := places[i%len(places)], events[(i/len(places))%len(events)]
	pub := day.Add(time.Duration(i) * time.Hour)
	text := fmt.Sprintf("%s /Lowland Courier/. Officials in %s reported %s on Monday, report number %d.\n"+
		"\u201cWe are counting every loss,\u201d said Mayor Idris Vantongeren, adding that %d crews were sent.",
		place, place, event, i, 10+i)
	return parallax.Article{
		ID:        fmt.Sprintf("art-%03d", i),
		Source:    fmt.Sprintf("https://courier.example/%d", i),
		URL:       fmt.Sprintf("https://courier.example/news/%d", i),
		Outlet:    "Lowland Courier",
		Title:     fmt.Sprintf("%s: %s (%d)", place, event, i),
		Published: &pub,
		Language:  "en",
		Text:      text,
	}
}

func inputs(arts ...parallax.Article) []parallax.ArticleInput {
	in := make([]parallax.ArticleInput, len(arts))
	for i, a := range arts {
		in[i] = parallax.ArticleInput{Article: a}
	}
	return in
}

// put stores articles and fails the test unless every one was stored.
func put(t testing.TB, s parallax.Store, arts ...parallax.Article) {
	t.Helper()
	res, err := s.Articles.PutArticles(context.Background(), inputs(arts...))
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	for i, r := range res {
		if r.Status != parallax.PutStored {
			t.Fatalf("PutArticles(%s) = %+v, want stored", arts[i].ID, r)
		}
	}
}

// wantCode fails the test unless err has the code.
func wantCode(t testing.TB, what string, err error, code string) {
	t.Helper()
	if got := parallax.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
	var pe *parallax.Error
	if err != nil && !errors.As(err, &pe) {
		t.Errorf("%s: error %T is not a *parallax.Error", what, err)
	}
}

// newStory creates a story with key and the given articles.
func newStory(t testing.TB, s parallax.Store, key string, ids ...string) *parallax.Story {
	t.Helper()
	ctx := context.Background()
	st := &parallax.Story{Key: key, Title: "story " + key}
	if _, err := s.Stories.CreateStory(ctx, st); err != nil {
		t.Fatalf("CreateStory(%q): %v", key, err)
	}
	members := make([]parallax.StoryMember, len(ids))
	for i, id := range ids {
		members[i] = parallax.StoryMember{Article: id}
	}
	if err := s.Stories.AddArticles(ctx, st.ID, members); err != nil {
		t.Fatalf("AddArticles(%s): %v", st.ID, err)
	}
	return st
}
