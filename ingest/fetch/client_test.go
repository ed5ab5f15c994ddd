package fetch

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func TestGetConditional(t *testing.T) {
	const etag, modified = `"v7"`, "Tue, 03 Mar 2026 10:00:00 GMT"
	var gotAgent string
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotAgent = r.Header.Get("User-Agent")
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == modified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", modified)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss/>"))
	})
	c := New(local())
	first, err := c.Get(context.Background(), srv.URL, Request{})
	if err != nil {
		t.Fatalf("first Get: %v", err)
	}
	if first.NotModified || string(first.Body) != "<rss/>" || first.ETag != etag || first.LastModified != modified {
		t.Errorf("first Get = %+v, want the body with ETag %s and Last-Modified %s", first, etag, modified)
	}
	if gotAgent != DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", gotAgent, DefaultUserAgent)
	}
	for _, req := range []Request{{ETag: etag}, {LastModified: modified}} {
		again, err := c.Get(context.Background(), srv.URL, req)
		if err != nil {
			t.Fatalf("conditional Get %+v: %v", req, err)
		}
		if !again.NotModified || again.Status != http.StatusNotModified || len(again.Body) != 0 {
			t.Errorf("conditional Get %+v = %+v, want 304 Not Modified without body", req, again)
		}
		if again.ETag != req.ETag || again.LastModified != req.LastModified {
			t.Errorf("conditional Get %+v kept validators %q %q, want the request's", req, again.ETag, again.LastModified)
		}
	}
}

func TestGetStatusErrors(t *testing.T) {
	date := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		status    int
		retry     string
		code      string
		wantWait  time.Duration
		wantRetry bool
	}{
		{"429 with seconds", 429, "120", EUNAVAILABLE, 120 * time.Second, true},
		{"429 with a date", 429, date.Add(90 * time.Second).Format(http.TimeFormat), EUNAVAILABLE, 90 * time.Second, true},
		{"503 with a date", 503, date.Add(time.Hour).Format(http.TimeFormat), EUNAVAILABLE, time.Hour, true},
		{"503 with a past date", 503, date.Add(-time.Hour).Format(http.TimeFormat), EUNAVAILABLE, 0, true},
		{"503 with garbage", 503, "soon", EUNAVAILABLE, 0, false},
		{"500", 500, "", EUNAVAILABLE, 0, false},
		{"502", 502, "", EUNAVAILABLE, 0, false},
		{"404", 404, "", parallax.ENOTFOUND, 0, false},
		{"410", 410, "", parallax.ENOTFOUND, 0, false},
		{"403", 403, "", parallax.EINVALID, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Date", date.Format(http.TimeFormat))
				if tt.retry != "" {
					w.Header().Set("Retry-After", tt.retry)
				}
				w.WriteHeader(tt.status)
				w.Write([]byte("busy"))
			})
			_, err := New(local()).Get(context.Background(), srv.URL, Request{})
			wantError(t, err, tt.code, nil)
			wait, ok := RetryAfter(err)
			if wait != tt.wantWait || ok != tt.wantRetry {
				t.Errorf("RetryAfter(%v) = %v, %v, want %v, %v", err, wait, ok, tt.wantWait, tt.wantRetry)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"0", 0, true},
		{" 30 ", 30 * time.Second, true},
		{"Tue, 03 Mar 2026 10:02:00 GMT", 2 * time.Minute, true},
		{"Tuesday, 03-Mar-26 10:00:10 GMT", 10 * time.Second, true}, // RFC 850
		{"Tue Mar  3 10:00:05 2026", 5 * time.Second, true},         // asctime
		{"Tue, 03 Mar 2026 09:00:00 GMT", 0, true},
		{"-5", 0, false},
		{"", 0, false},
		{"later", 0, false},
		{"1.5", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("ParseRetryAfter(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestGetText(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte("<p>caf\xe9 \x93quoted\x94</p>"))
	})
	resp, err := New(local()).Get(context.Background(), srv.URL, Request{})
	if err != nil {
		t.Fatal(err)
	}
	if got, set := resp.Text(); got != "<p>café “quoted”</p>" || set != "windows-1252" {
		t.Errorf("Text() = %q, %q, want %q, windows-1252", got, set, "<p>café “quoted”</p>")
	}
}

func TestGetInvalidConfig(t *testing.T) {
	cfg := Config{Allow: []string{"10.0.0.0/33"}}
	if err := cfg.Validate(); err == nil {
		t.Errorf("Validate(%v) = nil, want an error", cfg.Allow)
	}
	_, err := New(cfg).Get(context.Background(), "http://news.example/", Request{})
	wantError(t, err, parallax.EINVALID, nil)
	if !strings.Contains(err.Error(), "10.0.0.0/33") {
		t.Errorf("Get error %q does not name the bad entry", err)
	}
}
