package poll_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/poll"
)

func TestDuplicateAndMissingGUIDs(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	items := publish(s, 0, 4)
	items[1].guid = items[0].guid // a repeated GUID: the second item is dropped
	items[2].guid = ""            // keyed by its link
	items[3].guid = ""
	s.feed("/feed", rss("Ledger", items...))
	src := addSource(t, store, s.URL+"/feed")
	p := newPoller(store, c)

	res := mustPoll(t, p, src)
	if res.Err != nil || res.Entries != 3 || res.Stored != 3 {
		t.Fatalf("first poll = %+v, want 3 entries stored (one GUID repeated)", res)
	}
	c.Add(time.Hour)
	res = mustPoll(t, p, src)
	if res.Err != nil || res.Seen != 3 || res.Stored+res.Duplicate != 0 {
		t.Errorf("second poll = %+v, want all 3 entries recognised as seen", res)
	}
	for _, path := range []string{"/a/0", "/a/2", "/a/3"} {
		if n := s.hitsOf(path); n != 1 {
			t.Errorf("%s fetched %d times, want once", path, n)
		}
	}
	if n := s.hitsOf("/a/1"); n != 0 {
		t.Errorf("the page of the dropped repeat was fetched %d times", n)
	}
	for _, a := range allArticles(t, store) {
		sights, err := store.Articles.FindSightings(context.Background(), a.ID)
		if err != nil || len(sights) != 1 {
			t.Errorf("article %s: %d sightings (%v), want 1", a.URL, len(sights), err)
		}
	}
}

func TestEntryDates(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	items := publish(s, 0, 3)
	items[0].date = ""                                // missing
	items[1].date = "the day after the storm"         // nonsense
	items[2].date = "Mon, 02 Jan 3024 10:00:00 +0000" // implausible
	for i := range items {
		items[i].link = "" // no page: the article is the feed's content, dated by the entry alone
	}
	s.feed("/feed", rss("Ledger", items...))
	src := addSource(t, store, s.URL+"/feed")
	res := mustPoll(t, newPoller(store, c), src)
	if res.Err != nil || res.Stored != 3 || res.Fallback != 3 {
		t.Fatalf("poll = %+v, want 3 articles stored from the feed's content", res)
	}
	for _, a := range allArticles(t, store) {
		if a.Published != nil {
			t.Errorf("article %q Published = %v, want none from a missing or nonsense date", a.Title, a.Published)
		}
	}
}

func TestEntryDateFillsPage(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	items := publish(s, 0, 1) // the page states no date; the entry does
	s.feed("/feed", rss("Ledger", items...))
	src := addSource(t, store, s.URL+"/feed")
	mustPoll(t, newPoller(store, c), src)
	arts := allArticles(t, store)
	if len(arts) != 1 || arts[0].Published == nil || !arts[0].Published.Equal(t0) || arts[0].PublishedEvidence != "feed entry date" {
		t.Errorf("articles = %+v, want one dated by its feed entry (%v)", arts, t0)
	}
}

func TestWireStoryFromTwoFeeds(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	// Two outlets run the same agency copy under their own URLs and GUIDs.
	wire := pageHTML("Council approves project 7", articleText(7))
	s.page("/one/story", wire)
	s.page("/two/story", wire)
	s.feed("/one/feed", rss("One", item{guid: "one-1", link: s.URL + "/one/story", title: "Council approves project 7"}))
	s.feed("/two/feed", rss("Two", item{guid: "two-1", link: s.URL + "/two/story", title: "Council approves project 7"}))
	one, two := addSource(t, store, s.URL+"/one/feed"), addSource(t, store, s.URL+"/two/feed")
	p := newPoller(store, c)
	if res := mustPoll(t, p, one); res.Stored != 1 {
		t.Fatalf("first feed: %+v, want 1 stored", res)
	}
	if res := mustPoll(t, p, two); res.Duplicate != 1 || res.Stored != 0 {
		t.Fatalf("second feed: %+v, want the article found a duplicate", res)
	}
	arts := allArticles(t, store)
	if len(arts) != 1 {
		t.Fatalf("%d articles stored, want 1", len(arts))
	}
	sights, err := store.Articles.FindSightings(context.Background(), arts[0].ID)
	if err != nil || len(sights) != 2 || sights[0].Source != one.ID || sights[1].Source != two.ID {
		t.Errorf("sightings = %+v (%v), want one from each feed", sights, err)
	}
	c.Add(time.Hour)
	if res := mustPoll(t, p, two); res.Seen != 1 {
		t.Errorf("second feed again: %+v, want its entry seen", res)
	}
}

func TestDeletedArticleDoesNotReturn(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.feed("/feed", rss("Ledger", publish(s, 0, 2)...))
	src := addSource(t, store, s.URL+"/feed")
	p := newPoller(store, c)
	mustPoll(t, p, src)
	arts := allArticles(t, store)
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	if _, err := store.Articles.DeleteArticle(context.Background(), arts[0].ID); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Hour)
	res := mustPoll(t, p, src)
	if res.Err != nil || res.Deleted != 1 || res.Stored != 0 || res.Seen != 1 {
		t.Errorf("poll after a deletion = %+v, want 1 deleted (not stored again), 1 seen", res)
	}
	if got := allArticles(t, store); len(got) != 1 || got[0].ID != arts[1].ID {
		t.Errorf("articles after the poll = %d, want only the one not deleted", len(got))
	}
}

func TestChangedArticleIsRevised(t *testing.T) {
	// The store dates sightings by the real clock, which the entry's
	// <updated> is compared with: this test runs on it too.
	store, s, c := openSQLite(t), newSite(t), &clock{t: time.Now()}
	paras := articleText(3)
	s.page("/a/3", pageHTML("Council approves project 3", paras))
	entry := item{guid: "urn:ledger:3", link: s.URL + "/a/3", title: "Council approves project 3",
		date: c.Now().Add(-time.Hour).Format(time.RFC3339), updated: c.Now().Add(-time.Hour).Format(time.RFC3339)}
	s.handle("/feed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(atom("Ledger", entry))) })
	src := addSource(t, store, s.URL+"/feed")
	p := newPoller(store, c)
	if res := mustPoll(t, p, src); res.Stored != 1 {
		t.Fatalf("first poll = %+v, want 1 stored", res)
	}

	// Unchanged entry: not fetched again.
	c.Add(time.Hour)
	if res := mustPoll(t, p, src); res.Seen != 1 || s.hitsOf("/a/3") != 1 {
		t.Fatalf("second poll = %+v (%d page fetches), want the entry seen and its page left alone", res, s.hitsOf("/a/3"))
	}

	// The outlet corrects a figure and says so in <updated>.
	changed := append([]string(nil), paras...)
	changed[1] = strings.Replace(changed[1], "votes to", "votes, not the 11 first reported, to", 1)
	changed = append(changed, "This article was corrected to give the final vote count.")
	s.page("/a/3", pageHTML("Council approves project 3", changed))
	// <updated> has whole seconds: wait for the second after the sighting.
	time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second)))
	entry.updated = time.Now().Format(time.RFC3339)
	c.Add(time.Hour)
	res := mustPoll(t, p, src)
	if res.Err != nil || res.Revised != 1 {
		t.Fatalf("poll after the change = %+v, want 1 revised", res)
	}
	arts := allArticles(t, store)
	if len(arts) != 1 || !strings.Contains(arts[0].Text, "corrected to give") {
		t.Fatalf("articles = %d, want one holding the corrected text", len(arts))
	}
	revs, err := store.Articles.FindRevisions(context.Background(), arts[0].ID)
	if err != nil || len(revs) != 1 || !strings.Contains(revs[0].Text, paras[1]) {
		t.Errorf("revisions = %+v (%v), want the first text kept as revision 1", revs, err)
	}

	// Polled again with the same <updated>: seen, no second revision.
	c.Add(time.Hour)
	if res := mustPoll(t, p, src); res.Seen != 1 || res.Revised != 0 {
		t.Errorf("poll after the revision = %+v, want the entry seen", res)
	}
}

func TestPageFailureFallsBackToFeedContent(t *testing.T) {
	tests := []struct {
		name        string
		page        http.HandlerFunc
		content     bool
		wantStored  int
		wantHeld    int
		keepsETag   bool
		wantSkipped int
	}{
		{"404 with content", http.NotFound, true, 1, 0, false, 0},
		{"503 with content", unavailable, true, 1, 0, false, 0},
		{"404 without content", http.NotFound, false, 0, 0, false, 1},
		{"503 without content", unavailable, false, 0, 1, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
			items := publish(s, 0, 1)
			s.handle("/a/0", tt.page)
			if !tt.content {
				items[0].content = ""
			}
			validatedFeed(s, "/feed", rss("Ledger", items...), `"v1"`, "")
			src := addSource(t, store, s.URL+"/feed")
			res := mustPoll(t, newPoller(store, c), src)
			if res.Err != nil || res.Stored != tt.wantStored || res.Held != tt.wantHeld || res.Skipped != tt.wantSkipped {
				t.Fatalf("poll = %+v, want %d stored, %d held, %d skipped", res, tt.wantStored, tt.wantHeld, tt.wantSkipped)
			}
			if tt.wantStored == 1 {
				arts := allArticles(t, store)
				if res.Fallback != 1 || len(arts) != 1 || arts[0].Text != articleText(0)[0] || arts[0].URL != items[0].link {
					t.Errorf("articles = %+v, want the feed's summary under the entry's link", arts)
				}
			}
			if got := stored(t, store, src.ID); (got.ETag == "") != tt.keepsETag {
				t.Errorf("ETag = %q: an entry held back for a retry must keep the validators from advancing (held %d)", got.ETag, res.Held)
			}
		})
	}
}

func unavailable(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable)
}

// Every entry of a feed becomes one stored article queued for annotation.
func TestEntriesQueuedForAnnotation(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.feed("/feed", rss("Ledger", publish(s, 0, 5)...))
	src := addSource(t, store, s.URL+"/feed")
	mustPoll(t, newPoller(store, c), src)
	stats, err := store.Queue.Stats(context.Background(), parallax.JobAnnotate)
	if err != nil || stats["pending"] != 5 {
		t.Errorf("annotate jobs = %v (%v), want 5 pending", stats, err)
	}
}

func TestFeedLocalGUIDsDoNotCollide(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	// Two feeds number their items from 1: their "1"s are different articles.
	s.page("/one/story", pageHTML("Council approves project 3", articleText(3)))
	s.page("/two/story", pageHTML("Council approves project 4", articleText(4)))
	s.feed("/one/feed", rss("One", item{guid: "1", link: s.URL + "/one/story", title: "Council approves project 3"}))
	s.feed("/two/feed", rss("Two", item{guid: "1", link: s.URL + "/two/story", title: "Council approves project 4"}))
	one, two := addSource(t, store, s.URL+"/one/feed"), addSource(t, store, s.URL+"/two/feed")
	p := newPoller(store, c)
	for _, src := range []*parallax.Source{one, two} {
		if res := mustPoll(t, p, src); res.Stored != 1 {
			t.Fatalf("poll of %s = %+v, want its own article stored", src.URL, res)
		}
	}
	if n := len(allArticles(t, store)); n != 2 {
		t.Errorf("%d articles stored, want 2", n)
	}
}

func TestStoreGUID(t *testing.T) {
	for _, tc := range []struct {
		guid string
		want string
	}{
		{"", ""},
		{"1", "source:7:1"},
		{" 42 ", "source:7:42"},
		{"https://example.org/a/1", "https://example.org/a/1"},
		{"tag:example.org,2026:item-1", "tag:example.org,2026:item-1"},
		{"urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"},
		{"0f8fad5bd9cb469fa16570867728950e", "0f8fad5bd9cb469fa16570867728950e"},
		{"item-1", "source:7:item-1"},
	} {
		if got := poll.StoreGUID(7, tc.guid); got != tc.want {
			t.Errorf("storeGUID(7, %q) = %q, want %q", tc.guid, got, tc.want)
		}
	}
}
