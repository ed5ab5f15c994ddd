package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func testSources(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	for _, bad := range []string{"", "courier.example/feed", "ftp://courier.example/feed"} {
		_, err := s.Sources.CreateSource(ctx, &parallax.Source{URL: bad})
		wantCode(t, "CreateSource("+bad+")", err, parallax.EINVALID)
	}
	var srcs []*parallax.Source
	for i, u := range []string{"https://courier.example/feed", "https://gazette.example/rss", "http://herald.example/atom"} {
		src := &parallax.Source{URL: u, Title: "feed", NextPoll: day.Add(time.Duration(-i) * time.Hour)}
		created, err := s.Sources.CreateSource(ctx, src)
		if err != nil || !created || src.ID == 0 || src.Created.IsZero() {
			t.Fatalf("CreateSource(%s) = %v, %v (%+v), want created with an id", u, created, err, src)
		}
		srcs = append(srcs, src)
	}
	dup := &parallax.Source{URL: srcs[0].URL, Title: "other"}
	if created, err := s.Sources.CreateSource(ctx, dup); err != nil || created || dup.ID != srcs[0].ID || dup.Title != "feed" {
		t.Errorf("CreateSource(existing URL) = %v, %v (%+v), want the existing source", created, err, dup)
	}

	srcs[1].Disabled = "feed gone (HTTP 410)"
	srcs[0].ETag, srcs[0].LastModified, srcs[0].Failures = `"v2"`, "Sun, 04 May 2031 09:00:00 GMT", 2
	for _, src := range srcs[:2] {
		if err := s.Sources.UpdateSource(ctx, src); err != nil {
			t.Fatalf("UpdateSource(%d): %v", src.ID, err)
		}
	}
	got, err := s.Sources.FindSourceByID(ctx, srcs[0].ID)
	if err != nil || got.ETag != `"v2"` || got.LastModified != srcs[0].LastModified || got.Failures != 2 || !got.NextPoll.Equal(day) {
		t.Errorf("FindSourceByID after update = %+v, %v; want %+v", got, err, srcs[0])
	}
	due, err := s.Sources.DueSources(ctx, day, 10)
	if err != nil || len(due) != 2 || due[0].ID != srcs[2].ID || due[1].ID != srcs[0].ID {
		t.Errorf("DueSources(day) = %+v, %v; want sources %d then %d (disabled %d left out)", due, err, srcs[2].ID, srcs[0].ID, srcs[1].ID)
	}
	if due, _ := s.Sources.DueSources(ctx, day, 1); len(due) != 1 {
		t.Errorf("DueSources(limit 1) returned %d", len(due))
	}
	if due, _ := s.Sources.DueSources(ctx, day.Add(-3*time.Hour), 10); len(due) != 0 {
		t.Errorf("DueSources(before any) = %+v, want none", due)
	}

	if err := s.Sources.DeleteSource(ctx, srcs[2].ID); err != nil {
		t.Errorf("DeleteSource: %v", err)
	}
	_, err = s.Sources.FindSourceByID(ctx, srcs[2].ID)
	wantCode(t, "FindSourceByID(deleted)", err, parallax.ENOTFOUND)
	wantCode(t, "DeleteSource(deleted)", s.Sources.DeleteSource(ctx, srcs[2].ID), parallax.ENOTFOUND)
	wantCode(t, "UpdateSource(deleted)", s.Sources.UpdateSource(ctx, srcs[2]), parallax.ENOTFOUND)
}

func testSourceFields(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	polled := day.Add(-90 * time.Second)
	src := &parallax.Source{URL: "https://herald.example/feed.xml", Title: "Herald", Site: "https://herald.example/",
		NextPoll: day, ParseFailures: 1, LastStatus: 200}
	if _, err := s.Sources.CreateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Sources.FindSourceByID(ctx, src.ID); err != nil || got.Site != src.Site || got.ParseFailures != 1 ||
		got.LastStatus != 200 || !got.LastPolled.IsZero() || got.LastError != "" {
		t.Errorf("FindSourceByID after CreateSource = %+v, %v; want site, parse failures and status kept, never polled", got, err)
	}
	src.ParseFailures, src.LastPolled, src.LastStatus, src.LastError = 3, polled, 503, "https://herald.example/feed.xml: HTTP 503"
	src.Site = ""
	if err := s.Sources.UpdateSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	got, err := s.Sources.FindSourceByID(ctx, src.ID)
	if err != nil || *got != *src {
		t.Errorf("FindSourceByID after UpdateSource = %+v, %v; want %+v", got, err, src)
	}
	other := &parallax.Source{URL: "https://gazette.example/rss", NextPoll: day, Disabled: "HTTP 410"}
	if _, err := s.Sources.CreateSource(ctx, other); err != nil {
		t.Fatal(err)
	}
	list, err := s.Sources.ListSources(ctx)
	if err != nil || len(list) != 2 || *list[0] != *src || list[1].ID != other.ID || list[1].Disabled != "HTTP 410" {
		t.Errorf("ListSources = %+v, %v; want both sources by id, the disabled one too", list, err)
	}
	if err := s.Sources.DeleteSource(ctx, other.ID); err != nil {
		t.Fatal(err)
	}
	if list, err := s.Sources.ListSources(ctx); err != nil || len(list) != 1 {
		t.Errorf("ListSources after DeleteSource = %+v, %v; want one", list, err)
	}
}
