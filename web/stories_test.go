package web_test

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/web"
)

// storyList is the JSON of GET /api/stories.
type storyList struct {
	Stories []struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		Date     *string  `json:"date"`
		Articles []string `json:"articles"`
		Version  int      `json:"version"`
	} `json:"stories"`
	Next string `json:"next"`
}

// newStories posts the invented articles and lets a pipeline worker make
// their stories.
func newStories(t *testing.T) string {
	t.Helper()
	srv, store := newServer(t, web.Config{Token: token})
	body := strings.Join([]string{jsonOf(t, bridgeA), jsonOf(t, lake), jsonOf(t, bridgeB)}, "\n")
	if status, b := post(t, srv.URL, "", body); status != 200 {
		t.Fatalf("POST = %d %s", status, b)
	}
	if _, err := pipeline.New(store, pipeline.Config{Worker: "test"}).Drain(t.Context()); err != nil {
		t.Fatalf("Drain: %v", err)
	}
	return srv.URL
}

func TestStories(t *testing.T) {
	base := newStories(t)
	status, b := call(t, "GET", base+"/api/stories", "", "", "")
	list := decode[storyList](t, b)
	if status != 200 || len(list.Stories) != 2 {
		t.Fatalf("GET /api/stories = %d %s, want 2 stories", status, b)
	}
	var bridge string
	for _, s := range list.Stories {
		if slices.Contains(s.Articles, bridgeA.ID) {
			bridge = s.ID
			if !slices.Contains(s.Articles, bridgeB.ID) || s.Version < 1 || s.Date == nil || s.Title == "" {
				t.Errorf("bridge story = %+v, want both bridge articles, a report, a date and a title", s)
			}
		}
	}
	if bridge == "" {
		t.Fatalf("no story holds %s: %s", bridgeA.ID, b)
	}

	status, b = call(t, "GET", base+"/api/stories/"+bridge, "", "", "")
	r := decode[parallax.Report](t, b)
	if status != 200 || r.ID != bridge || len(r.Articles) != 2 || r.Summary == nil {
		t.Errorf("GET /api/stories/%s = %d, report %s with %d articles; want the story's report", bridge, status, r.ID, len(r.Articles))
	}
	status, b = call(t, "GET", base+"/api/stories/"+bridge+"/versions", "", "", "")
	vs := decode[struct {
		Story    string `json:"story"`
		Versions []struct {
			Version  int `json:"version"`
			Articles int `json:"articles"`
		} `json:"versions"`
	}](t, b)
	if status != 200 || vs.Story != bridge || len(vs.Versions) == 0 || vs.Versions[0].Articles != 2 {
		t.Errorf("GET versions = %d %s, want newest first covering 2 articles", status, b)
	}
	last := vs.Versions[len(vs.Versions)-1].Version
	status, b = call(t, "GET", base+"/api/stories/"+bridge+"?version="+itoa(last), "", "", "")
	if old := decode[parallax.Report](t, b); status != 200 || old.ID != bridge {
		t.Errorf("GET version %d = %d %s", last, status, b)
	}
}

func TestStorySearch(t *testing.T) {
	base := newStories(t)
	for _, tc := range []struct {
		query string
		want  int
	}{
		{"q=algae", 1},
		{"q=girders", 1},
		{"q=" + url.QueryEscape("Lina Varro"), 1},
		{"q=volcano", 0},
		{"since=2025-04-07&until=2025-04-08", 2},
		{"since=2025-05-01", 0},
		// Stories are dated by their main event day (Monday 7 April), not publication.
		{"until=2025-04-07T00:00:00Z", 0},
	} {
		status, b := call(t, "GET", base+"/api/stories?"+tc.query, "", "", "")
		if got := decode[storyList](t, b); status != 200 || len(got.Stories) != tc.want {
			t.Errorf("GET /api/stories?%s = %d, %d stories, want %d: %s", tc.query, status, len(got.Stories), tc.want, b)
		}
	}
	// Pages of one story each cover both stories once.
	var seen []string
	next := ""
	for range 3 {
		status, b := call(t, "GET", base+"/api/stories?limit=1&cursor="+url.QueryEscape(next), "", "", "")
		page := decode[storyList](t, b)
		if status != 200 || len(page.Stories) > 1 {
			t.Fatalf("page = %d %s", status, b)
		}
		for _, s := range page.Stories {
			seen = append(seen, s.ID)
		}
		if next = page.Next; next == "" {
			break
		}
	}
	if len(seen) != 2 || seen[0] == seen[1] {
		t.Errorf("paging with limit=1 saw %v, want 2 distinct stories", seen)
	}
}

func TestStoryBadParams(t *testing.T) {
	base := newStories(t)
	for _, q := range []string{"limit=0", "limit=x", "limit=100000", "since=yesterday", "until=2025-13-01", "cursor=garbage"} {
		status, b := call(t, "GET", base+"/api/stories?"+q, "", "", "")
		if e := decode[apiError](t, b); status != 400 || e.Error.Code != parallax.EINVALID {
			t.Errorf("GET /api/stories?%s = %d %+v, want 400 invalid", q, status, e)
		}
	}
	status, b := call(t, "GET", base+"/api/stories/x?version=zero", "", "", "")
	if status != 400 {
		t.Errorf("GET ?version=zero = %d %s, want 400", status, b)
	}
}

func TestGetArticle(t *testing.T) {
	base := newStories(t)
	status, b := call(t, "GET", base+"/api/articles/"+bridgeA.ID, "", "", "")
	got := decode[struct {
		Article struct {
			ID       string            `json:"id"`
			Outlet   string            `json:"outlet"`
			Entities []json.RawMessage `json:"entities"`
			Quotes   []json.RawMessage `json:"quotes"`
		} `json:"article"`
		Story       *string `json:"story"`
		AnnotatedAt *string `json:"annotated_at"`
	}](t, b)
	if status != 200 || got.Article.ID != bridgeA.ID || got.Article.Outlet != bridgeA.Outlet || len(got.Article.Entities) == 0 ||
		len(got.Article.Quotes) == 0 || got.Story == nil || got.AnnotatedAt == nil {
		t.Errorf("GET /api/articles/%s = %d %s, want the annotated article and its story", bridgeA.ID, status, b)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
