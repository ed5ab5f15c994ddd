package web_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/web"
)

// Invented articles: three outlets on one bridge closure, one on a lake.
var (
	bridgeA = article{ID: "ostrel-gazette", Outlet: "Ostrel Gazette", Published: "2025-04-08", Title: "Kessan Bridge closed after cracks found",
		Text: "Engineers closed the Kessan Bridge in Ostrel on Monday after inspectors found cracks in two of its steel girders, the city transport office said. About 38,000 vehicles cross the bridge every day. Mayor Lina Varro said the bridge would stay shut \"until every girder has been checked\". Buses will be diverted over the Tamm crossing, adding about 20 minutes to journeys."}
	bridgeB = article{ID: "valley-courier", Outlet: "Valley Courier", Published: "2025-04-08", Title: "Ostrel shuts Kessan Bridge",
		Text: "The Kessan Bridge in Ostrel was closed to traffic on Monday after cracks were discovered in steel girders during a routine inspection. Mayor Lina Varro told reporters the closure would last until every girder had been checked. The city said some 40,000 vehicles use the bridge daily. Traffic is being diverted across the Tamm crossing."}
	bridgeC = article{ID: "river-post", Outlet: "River Post", Published: "2025-04-09", Title: "Kessan Bridge cracks: repairs could take weeks",
		Text: "Repairs to the Kessan Bridge in Ostrel could take several weeks, engineers said on Tuesday, a day after cracks in its steel girders forced the city to close it. Mayor Lina Varro said inspectors were checking every girder. Drivers faced long queues at the Tamm crossing, where buses have been diverted."}
	lake = article{ID: "lake-herald", Outlet: "Lake Herald", Published: "2025-04-08", Title: "Algae bloom closes Lake Tessin beaches",
		Text: "Health officials closed all eleven beaches on Lake Tessin on Monday after a toxic blue-green algae bloom spread across the northern shore. Swimmers and dog owners were told to keep out of the water. Officials said water samples would be taken daily until the bloom fades, which could take a fortnight."}
)

// article is the JSON shape of docs/input.md.
type article struct {
	ID        string `json:"id,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text,omitempty"`
}

func jsonOf(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// postResult is the JSON of a POST /api/articles response.
type postResult struct {
	Stored, Duplicate, Rejected int
	Results                     []struct {
		Index       int    `json:"index"`
		Line        int    `json:"line"`
		ID          string `json:"id"`
		Status      string `json:"status"`
		DuplicateOf string `json:"duplicate_of"`
		By          string `json:"by"`
		Code        string `json:"code"`
		Reason      string `json:"reason"`
	}
}

func post(t testing.TB, url, contentType, body string) (int, []byte) {
	t.Helper()
	return call(t, "POST", url+"/api/articles", "Bearer "+token, contentType, body)
}

func TestPostShapes(t *testing.T) {
	noID := lake
	noID.ID = ""
	lines := jsonOf(t, bridgeA) + "\n\n" + jsonOf(t, bridgeB) + "\n"
	for _, tc := range []struct {
		name, contentType, body string
		stored                  int
		lines                   []int
	}{
		{"one object", "application/json", jsonOf(t, bridgeA), 1, []int{1}},
		{"array", "application/json", "[\n" + jsonOf(t, bridgeA) + ",\n" + jsonOf(t, bridgeB) + "\n]", 2, []int{2, 3}},
		{"JSON Lines sniffed", "application/json", lines, 2, []int{1, 3}},
		{"JSON Lines by type", "application/x-ndjson", jsonOf(t, bridgeC), 1, []int{1}},
		{"no id", "", jsonOf(t, noID), 1, []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, _ := newServer(t, web.Config{Token: token})
			status, b := post(t, srv.URL, tc.contentType, tc.body)
			got := decode[postResult](t, b)
			if status != 200 || got.Stored != tc.stored || len(got.Results) != len(tc.lines) {
				t.Fatalf("POST %s = %d %s, want 200 with %d stored", tc.name, status, b, tc.stored)
			}
			for i, r := range got.Results {
				if r.Line != tc.lines[i] || r.Index != i || r.ID == "" {
					t.Errorf("result %d = %+v, want line %d, index %d and an id", i, r, tc.lines[i], i)
				}
			}
			status, b = post(t, srv.URL, tc.contentType, tc.body)
			if again := decode[postResult](t, b); status != 200 || again.Duplicate != tc.stored || again.Stored != 0 {
				t.Errorf("POST %s again = %d %s, want every article a duplicate", tc.name, status, b)
			}
		})
	}
}

func TestPostRejectsItems(t *testing.T) {
	srv, store := newServer(t, web.Config{Token: token})
	body := "[\n" + strings.Join([]string{
		jsonOf(t, bridgeA),
		`{"id":"empty","title":"No body"}`,
		`{"id":"bad-date","published":"next Tuesday","text":"Some words about a harbour."}`,
		`{"id":"again","outlet":"Copy Desk","text":` + jsonOf(t, bridgeA.Text) + `}`,
		`"just a string"`,
	}, ",\n") + "\n]"
	status, b := post(t, srv.URL, "", body)
	got := decode[postResult](t, b)
	if status != 200 || got.Stored != 1 || got.Rejected != 3 || got.Duplicate != 1 {
		t.Fatalf("POST = %d %s, want 1 stored, 1 duplicate, 3 rejected", status, b)
	}
	for i, want := range []struct{ status, code, reason string }{
		{"stored", "", ""},
		{"rejected", parallax.EINVALID, `neither "text" nor "html"`},
		{"rejected", parallax.EINVALID, "ISO 8601"},
		{"duplicate", "", ""},
		{"rejected", parallax.EINVALID, "not a JSON object"},
	} {
		r := got.Results[i]
		if r.Status != want.status || r.Code != want.code || !strings.Contains(r.Reason, want.reason) {
			t.Errorf("result %d = %+v, want status %s, code %q, reason with %q", i, r, want.status, want.code, want.reason)
		}
	}
	if r := got.Results[3]; r.DuplicateOf != bridgeA.ID || r.By != string(parallax.DedupHash) {
		t.Errorf("duplicate result = %+v, want duplicate of %s by hash", r, bridgeA.ID)
	}
	if _, err := store.Articles.FindArticleByID(t.Context(), "empty"); parallax.ErrorCode(err) != parallax.ENOTFOUND {
		t.Errorf("rejected article stored: FindArticleByID(empty) error = %v", err)
	}
}

func TestPostBadJSON(t *testing.T) {
	srv, store := newServer(t, web.Config{Token: token, MaxBodyBytes: 4096})
	for _, tc := range []struct {
		name, contentType, body string
		status                  int
		want                    string // in the message
	}{
		{"broken object", "", "{\n\"id\": \"x\",\n\"text\": \"a\" \"b\"\n}", 400, "line 3"},
		{"broken array element", "", "[\n" + jsonOf(t, lake) + ",\n{\"id\": }\n]", 400, "line 3"},
		{"broken JSON line", "", jsonOf(t, lake) + "\n" + `{"id": "x", "text": "a"` + "\n", 400, "line 2"},
		{"broken line by type", "application/x-ndjson", "\n\nnot json\n", 400, "line 3"},
		{"trailing data", "", "[" + jsonOf(t, lake) + "]\n]", 400, "line 2"},
		{"a number", "", "42", 400, "expected an article object"},
		{"empty", "", "  \n", 400, "empty"},
		{"too large", "", `{"text":"` + strings.Repeat("x", 5000) + `"}`, 413, "4 KiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, b := post(t, srv.URL, tc.contentType, tc.body)
			e := decode[apiError](t, b)
			if status != tc.status || !strings.Contains(e.Error.Message, tc.want) {
				t.Errorf("POST %s = %d %+v, want %d with %q in the message", tc.name, status, e, tc.status, tc.want)
			}
		})
	}
	page, err := store.Articles.FindArticles(t.Context(), parallax.ArticleFilter{})
	if err != nil || len(page.Articles) != 0 {
		t.Errorf("after refused requests: %d articles stored (%v), want none", len(page.Articles), err)
	}
}

func TestPostTooMany(t *testing.T) {
	srv, _ := newServer(t, web.Config{Token: token})
	var sb strings.Builder
	for i := range web.MaxArticlesPerRequest + 1 {
		fmt.Fprintf(&sb, "{\"text\":\"n%d\"}\n", i)
	}
	status, b := post(t, srv.URL, "", sb.String())
	if e := decode[apiError](t, b); status != 413 || e.Error.Code != parallax.ETOOLARGE {
		t.Errorf("POST %d articles = %d %+v, want 413 too_large", web.MaxArticlesPerRequest+1, status, e)
	}
}
