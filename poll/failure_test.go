package poll_test

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/poll"
)

func TestRetryAfter(t *testing.T) {
	serverNow := time.Date(2025, 3, 4, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		status     int
		retryAfter string
		want       time.Duration // from the poll's time
	}{
		{"429 seconds", http.StatusTooManyRequests, "120", 2 * time.Minute},
		{"429 HTTP date", http.StatusTooManyRequests, serverNow.Add(30 * time.Minute).Format(http.TimeFormat), 30 * time.Minute},
		{"503 seconds", http.StatusServiceUnavailable, "3600", time.Hour},
		{"503 HTTP date", http.StatusServiceUnavailable, serverNow.Add(2 * time.Hour).Format(http.TimeFormat), 2 * time.Hour},
		{"503 zero is raised", http.StatusServiceUnavailable, "0", poll.MinRetryAfter},
		{"429 a month is lowered", http.StatusTooManyRequests, "2592000", poll.MaxRetryAfter},
		// Without Retry-After the backoff applies: 2 × Interval.
		{"503 without Retry-After", http.StatusServiceUnavailable, "", 20 * time.Minute},
		{"429 unreadable Retry-After", http.StatusTooManyRequests, "soon", 20 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
			s.handle("/feed", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Date", serverNow.Format(http.TimeFormat))
				if tt.retryAfter != "" {
					w.Header().Set("Retry-After", tt.retryAfter)
				}
				w.WriteHeader(tt.status)
			})
			src := addSource(t, store, s.URL+"/feed")
			res := mustPoll(t, newPoller(store, c), src)
			if parallax.ErrorCode(res.Err) != fetch.EUNAVAILABLE || res.Status != tt.status {
				t.Fatalf("poll = %+v, want an %s error with status %d", res, fetch.EUNAVAILABLE, tt.status)
			}
			got := stored(t, store, src.ID)
			if want := t0.Add(tt.want); !got.NextPoll.Equal(want) {
				t.Errorf("NextPoll = %v, want %v (+%v)", got.NextPoll, want, tt.want)
			}
			if got.Failures != 1 || got.LastStatus != tt.status || got.LastError == "" || got.Disabled != "" {
				t.Errorf("source = %+v, want 1 failure, status %d, an error and still enabled", got, tt.status)
			}
		})
	}
}

func TestBackoffGrowsWithJitter(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.handle("/feed", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) })
	src := addSource(t, store, s.URL+"/feed")
	const interval, maxBackoff = 10 * time.Minute, 3 * time.Hour
	low := newPoller(store, c, func(cfg *poll.Config) { cfg.MaxBackoff = maxBackoff; cfg.Rand = func() float64 { return 0 } })
	high := newPoller(store, c, func(cfg *poll.Config) { cfg.MaxBackoff = maxBackoff; cfg.Rand = func() float64 { return 0.999999 } })
	for n := 1; n <= 6; n++ {
		base := min(interval<<n, maxBackoff)
		if got, want := low.Backoff(n), time.Duration(float64(base)*0.8); got != want {
			t.Errorf("Backoff(%d) with the lowest jitter = %v, want %v", n, got, want)
		}
		if got, want := high.Backoff(n), min(time.Duration(float64(base)*1.2), maxBackoff); got < want-time.Second || got > want {
			t.Errorf("Backoff(%d) with the highest jitter = %v, want %v", n, got, want)
		}
	}
	// Polls in a row: the failures count up and each wait lies in the bounds.
	p := newPoller(store, c, func(cfg *poll.Config) { cfg.MaxBackoff = maxBackoff; cfg.Rand = nil })
	for n := 1; n <= 6; n++ {
		res := mustPoll(t, p, src)
		if res.Status != http.StatusBadGateway || res.Err == nil {
			t.Fatalf("poll %d = %+v, want a 502 failure", n, res)
		}
		base := min(interval<<n, maxBackoff)
		wait := src.NextPoll.Sub(c.Now())
		if src.Failures != n || wait < time.Duration(float64(base)*0.8) || wait > min(time.Duration(float64(base)*1.2), maxBackoff) {
			t.Errorf("after poll %d: failures %d, wait %v, want %d and within ±20%% of %v (at most %v)", n, src.Failures, wait, n, base, maxBackoff)
		}
		c.Add(wait)
	}
	s.handle("/feed", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(rss("Ledger"))) })
	if res := mustPoll(t, p, src); res.Err != nil || src.Failures != 0 || src.LastError != "" {
		t.Errorf("poll after recovery = %+v, source %+v: want the failures reset", res, src)
	}
}

// mapResolver answers lookups from a map, so tests need no DNS.
type mapResolver map[string]string

func (m mapResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	if a, ok := m[host]; ok {
		return []net.IPAddr{{IP: net.ParseIP(a)}}, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func TestRedirectToLoopbackRefused(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.feed("/feed", rss("Ledger", publish(s, 0, 1)...))
	u, _ := url.Parse(s.URL)
	// feeds.test is allow-listed by name (it resolves to the test server);
	// its redirect to the numeric loopback address is not.
	s.handle("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, s.URL+"/feed", http.StatusFound)
	})
	client := fetch.New(fetch.Config{Allow: []string{"feeds.test"}, Resolver: mapResolver{"feeds.test": "127.0.0.1"}})
	src := addSource(t, store, "http://feeds.test:"+u.Port()+"/moved")
	res := mustPoll(t, newPoller(store, c, func(cfg *poll.Config) { cfg.Client = client }), src)
	if parallax.ErrorCode(res.Err) != fetch.EBLOCKED {
		t.Fatalf("poll through a redirect to loopback: Err = %v, want %s", res.Err, fetch.EBLOCKED)
	}
	if s.hitsOf("/feed") != 0 || len(allArticles(t, store)) != 0 {
		t.Errorf("the loopback feed was fetched (%d hits) or stored", s.hitsOf("/feed"))
	}
	if got := stored(t, store, src.ID); got.Failures != 1 || !strings.Contains(got.LastError, "refused") {
		t.Errorf("source = %+v, want a failure saying the address was refused", got)
	}
}

func TestParseFailuresDisable(t *testing.T) {
	tests := []struct{ name, body string }{
		{"malformed", `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><item><title>a</item></channel>`},
		{"truncated", rss("Ledger", item{guid: "g1", link: "https://example.org/a", title: "A"})[:150]},
		{"not a feed", `<!doctype html><html><body><p>Welcome to our site</p></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
			s.handle("/feed", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("ETag", `"broken"`)
				w.Write([]byte(tt.body))
			})
			src := addSource(t, store, s.URL+"/feed")
			p := newPoller(store, c, func(cfg *poll.Config) { cfg.MaxParseFailures = 3 })
			for n := 1; n <= 3; n++ {
				res := mustPoll(t, p, src)
				if parallax.ErrorCode(res.Err) != parallax.EINVALID {
					t.Fatalf("poll %d: Err = %v, want %s", n, res.Err, parallax.EINVALID)
				}
				if src.ParseFailures != n || src.ETag != "" {
					t.Errorf("poll %d: ParseFailures %d, ETag %q, want %d and no validator kept", n, src.ParseFailures, src.ETag, n)
				}
				if disabled := src.Disabled != ""; disabled != (n == 3) {
					t.Errorf("poll %d: Disabled = %q", n, src.Disabled)
				}
				c.Add(src.NextPoll.Sub(c.Now()))
			}
			got := stored(t, store, src.ID)
			if !strings.Contains(got.Disabled, "3 polls in a row") || !strings.Contains(got.Disabled, "feed") {
				t.Errorf("Disabled = %q, want a readable reason", got.Disabled)
			}
			due, err := store.Sources.DueSources(context.Background(), c.Now().Add(48*time.Hour), 10)
			if err != nil || len(due) != 0 {
				t.Errorf("DueSources after disabling = %d sources, %v; want none", len(due), err)
			}
		})
	}
}

func TestParseFailuresResetBySuccess(t *testing.T) {
	store, s, c := openSQLite(t), newSite(t), &clock{t: t0}
	s.feed("/feed", "<rss><channel>")
	src := addSource(t, store, s.URL+"/feed")
	p := newPoller(store, c, func(cfg *poll.Config) { cfg.MaxParseFailures = 2 })
	mustPoll(t, p, src)
	s.feed("/feed", rss("Ledger"))
	mustPoll(t, p, src)
	s.feed("/feed", "<rss><channel>")
	mustPoll(t, p, src)
	if src.ParseFailures != 1 || src.Disabled != "" {
		t.Errorf("after fail, success, fail: ParseFailures %d, Disabled %q; want 1 and enabled", src.ParseFailures, src.Disabled)
	}
}
