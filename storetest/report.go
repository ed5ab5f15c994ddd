package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

// report returns an invented report of n articles of story id.
func report(id string, n int) *parallax.Report {
	d := day
	r := &parallax.Report{ID: id, Title: "Port strike in Kesh", Date: &d, Independent: n,
		Facts: []parallax.Fact{}, Notes: []string{"no outlet for one article"}}
	for i := range n {
		a := article(i)
		r.Articles = append(r.Articles, parallax.StoryArticle{ID: a.ID, Outlet: a.Outlet, Title: a.Title, Published: a.Published, Source: a.Source})
	}
	return r
}

func testReports(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	put(t, s, article(0), article(1))
	st := newStory(t, s, "reports", "art-000")
	_, err := s.Stories.FindReport(ctx, st.ID, 0)
	wantCode(t, "FindReport(no report yet)", err, parallax.ENOTFOUND)

	r1, r2 := report(st.ID, 1), report(st.ID, 2)
	r2.Title = "Port strike in Kesh ends"
	for _, step := range []struct {
		r    *parallax.Report
		want int
	}{{r1, 1}, {r1, 1}, {r2, 2}, {report(st.ID, 2), 3}} {
		v, err := s.Stories.SaveReport(ctx, st.ID, step.r)
		if err != nil || v != step.want {
			t.Errorf("SaveReport(%q, %d articles) = %d, %v; want %d", step.r.Title, len(step.r.Articles), v, err, step.want)
		}
	}
	cur, err := s.Stories.FindReport(ctx, st.ID, 0)
	if err != nil || cur.Version != 3 || !reflect.DeepEqual(cur.Report, report(st.ID, 2)) || cur.Articles != 2 {
		t.Errorf("FindReport(current) = %+v, %v; want version 3 equal to the last saved", cur, err)
	}
	v2, err := s.Stories.FindReport(ctx, st.ID, 2)
	if err != nil || v2.Version != 2 || v2.Report.Title != r2.Title || v2.Created.IsZero() {
		t.Errorf("FindReport(2) = %+v, %v; want version 2 titled %q", v2, err, r2.Title)
	}
	_, err = s.Stories.FindReport(ctx, st.ID, 4)
	wantCode(t, "FindReport(version 4)", err, parallax.ENOTFOUND)
	_, err = s.Stories.FindReport(ctx, "nope", 0)
	wantCode(t, "FindReport(missing story)", err, parallax.ENOTFOUND)
	_, err = s.Stories.SaveReport(ctx, "nope", r1)
	wantCode(t, "SaveReport(missing story)", err, parallax.ENOTFOUND)

	got, err := s.Stories.FindStoryByID(ctx, st.ID)
	if err != nil || got.Version != 3 || got.Title != r1.Title || got.Date == nil || !got.Date.Equal(day) {
		t.Errorf("story after reports = %+v, %v; want version 3, the report's title and date", got, err)
	}
	versions, err := s.Stories.FindReportVersions(ctx, st.ID)
	if err != nil || len(versions) != 3 {
		t.Fatalf("FindReportVersions = %+v, %v; want 3 versions", versions, err)
	}
	for i, v := range versions {
		if v.Version != 3-i || v.Report != nil || v.Story != st.ID {
			t.Errorf("FindReportVersions[%d] = %+v, want version %d without its report", i, v, 3-i)
		}
	}
	_, err = s.Stories.FindReportVersions(ctx, "nope")
	wantCode(t, "FindReportVersions(missing story)", err, parallax.ENOTFOUND)
	empty := newStory(t, s, "no reports")
	if vs, err := s.Stories.FindReportVersions(ctx, empty.ID); err != nil || len(vs) != 0 {
		t.Errorf("FindReportVersions(story without report) = %v, %v; want none", vs, err)
	}
}
