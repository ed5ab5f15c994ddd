package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/web"
)

const token = "test-token-5f2a"

// newServer serves a fresh SQLite store under t.TempDir().
func newServer(t testing.TB, cfg web.Config) (*httptest.Server, parallax.Store) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	srv := httptest.NewServer(web.New(db.Store(), cfg).Handler())
	t.Cleanup(srv.Close)
	return srv, db.Store()
}

// call sends a request and returns the status and the body.
func call(t testing.TB, method, url, auth, contentType, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// apiError is the JSON of an error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func decode[T any](t testing.TB, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("response is not the JSON expected: %v\n%s", err, b)
	}
	return v
}

func TestAuth(t *testing.T) {
	withToken, _ := newServer(t, web.Config{Token: token})
	noToken, _ := newServer(t, web.Config{})
	body := `{"id":"a1","text":"A short invented article about a bridge in Ostrel."}`
	for _, tc := range []struct {
		name, url, auth string
		status          int
		code            string
	}{
		{"no header", withToken.URL, "", 401, "unauthorized"},
		{"wrong scheme", withToken.URL, "Basic " + token, 401, "unauthorized"},
		{"wrong token", withToken.URL, "Bearer nope", 401, "unauthorized"},
		{"token prefix", withToken.URL, "Bearer " + token[:5], 401, "unauthorized"},
		{"writes disabled", noToken.URL, "Bearer " + token, 403, "forbidden"},
		{"right token", withToken.URL, "Bearer " + token, 200, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, b := call(t, "POST", tc.url+"/api/articles", tc.auth, "application/json", body)
			if status != tc.status {
				t.Fatalf("POST /api/articles (%s) = %d, want %d: %s", tc.name, status, tc.status, b)
			}
			if tc.code != "" {
				if got := decode[apiError](t, b).Error.Code; got != tc.code {
					t.Errorf("error code = %q, want %q", got, tc.code)
				}
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	for _, path := range []string{"/api/stories/nope", "/api/stories/nope/versions", "/api/articles/nope", "/api/nothing"} {
		status, b := call(t, "GET", srv.URL+path, "", "", "")
		e := decode[apiError](t, b)
		if status != 404 || e.Error.Code != parallax.ENOTFOUND || e.Error.Message == "" {
			t.Errorf("GET %s = %d %+v, want 404 not_found with a message", path, status, e)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	for _, tc := range []struct{ method, path, allow string }{
		{"DELETE", "/api/stories", "GET"},
		{"GET", "/api/articles", "POST"},
		{"PUT", "/api/stories/x/versions", "GET"},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		e := decode[apiError](t, b)
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != tc.allow || e.Error.Code != "method_not_allowed" {
			t.Errorf("%s %s = %d, Allow %q, %+v; want 405, Allow %q", tc.method, tc.path, resp.StatusCode, resp.Header.Get("Allow"), e, tc.allow)
		}
	}
}

func TestHealth(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	status, b := call(t, "GET", srv.URL+"/healthz", "", "", "")
	h := decode[struct {
		Status string                    `json:"status"`
		Queue  map[string]map[string]int `json:"queue"`
	}](t, b)
	if status != 200 || h.Status != "ok" || h.Queue[parallax.JobAnnotate] == nil {
		t.Errorf("GET /healthz = %d %s, want 200 ok with queue counts", status, b)
	}
}
