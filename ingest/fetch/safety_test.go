package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func TestGetRefusesLoopbackWithoutAllowList(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	for _, u := range []string{
		srv.URL,
		strings.Replace(srv.URL, "127.0.0.1", "[::ffff:127.0.0.1]", 1),
		strings.Replace(srv.URL, "127.0.0.1", "[::1]", 1),
		"http://169.254.169.254/latest/meta-data/",
		"http://[fd00:ec2::254]/",
		"http://10.20.30.40/",
		"http://0.0.0.0:" + port(t, srv) + "/",
	} {
		_, err := New(Config{}).Get(context.Background(), u, Request{})
		wantError(t, err, EBLOCKED, ErrBlockedAddress)
	}
	if hits.Load() != 0 {
		t.Errorf("the server was reached %d times, want 0", hits.Load())
	}
}

func TestGetRefusesLocalhostThroughSystemResolver(t *testing.T) {
	if _, err := net.DefaultResolver.LookupIPAddr(context.Background(), "localhost"); err != nil {
		t.Skipf("localhost does not resolve here: %v", err)
	}
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { t.Error("the server was reached") })
	_, err := New(Config{}).Get(context.Background(), hostURL(t, srv, "localhost", "/"), Request{})
	wantError(t, err, EBLOCKED, ErrBlockedAddress)
}

func TestGetRefusesNameResolvingToPrivateAddress(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("inside")) })
	res := mapResolver{"news.example": {"127.0.0.1"}, "mixed.example": {"192.168.1.9", "127.0.0.1"}}
	for _, host := range []string{"news.example", "mixed.example"} {
		_, err := New(Config{Resolver: res}).Get(context.Background(), hostURL(t, srv, host, "/"), Request{})
		wantError(t, err, EBLOCKED, ErrBlockedAddress)
	}
	// The same request with the name allow-listed reaches the server,
	// showing the resolver answer was what got refused.
	resp, err := New(Config{Resolver: res, Allow: []string{"news.example"}}).Get(context.Background(), hostURL(t, srv, "news.example", "/"), Request{})
	if err != nil || string(resp.Body) != "inside" {
		t.Fatalf("allow-listed Get = %v, %v; want the body", resp, err)
	}
}

func TestGetRefusesRedirectToLoopback(t *testing.T) {
	var secret atomic.Int32
	var target string // the loopback URL the redirects lead to
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/secret":
			secret.Add(1)
		case "/literal":
			http.Redirect(w, r, target+"/secret", http.StatusFound)
		case "/name":
			http.Redirect(w, r, strings.Replace(target, "127.0.0.1", "internal.example", 1)+"/secret", http.StatusMovedPermanently)
		}
	})
	target = srv.URL
	// public.example stands for a public site: it is allowed by name, the
	// loopback address it redirects to is not.
	res := mapResolver{"public.example": {"127.0.0.1"}, "internal.example": {"127.0.0.1"}}
	c := New(Config{Resolver: res, Allow: []string{"public.example"}})
	for _, path := range []string{"/literal", "/name"} {
		_, err := c.Get(context.Background(), hostURL(t, srv, "public.example", path), Request{})
		wantError(t, err, EBLOCKED, ErrBlockedAddress)
	}
	if secret.Load() != 0 {
		t.Errorf("the redirect target was reached %d times, want 0", secret.Load())
	}
}

func TestGetRefusesSchemes(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})
	for _, to := range []string{"file:///etc/passwd", "ftp://files.example/feed.xml", "gopher://old.example/", "javascript:alert(1)"} {
		_, err := New(local()).Get(context.Background(), srv.URL+"/?to="+to, Request{})
		wantError(t, err, EBLOCKED, ErrScheme)
		_, err = New(local()).Get(context.Background(), to, Request{})
		wantError(t, err, EBLOCKED, ErrScheme)
	}
}

func TestGetLimitsRedirects(t *testing.T) {
	var hits atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/again", http.StatusFound)
	})
	_, err := New(local()).Get(context.Background(), srv.URL, Request{})
	wantError(t, err, parallax.EINVALID, ErrTooManyRedirects)
	if got, want := hits.Load(), int32(DefaultMaxRedirects+1); got != want {
		t.Errorf("server hit %d times, want %d (the first request and %d redirects)", got, want, DefaultMaxRedirects)
	}
}

func TestGetCutsOffTricklingServer(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<rss>"))
		for range 20 {
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
			w.Write([]byte("x"))
		}
	})
	cfg := local()
	cfg.IdleTimeout = 300 * time.Millisecond
	cfg.Timeout = 30 * time.Second
	_, err := New(cfg).Get(context.Background(), srv.URL, Request{})
	wantError(t, err, ETIMEOUT, ErrIdleTimeout)
}

func TestGetHeaderTimeout(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	cfg := local()
	cfg.HeaderTimeout = 300 * time.Millisecond
	_, err := New(cfg).Get(context.Background(), srv.URL, Request{})
	wantError(t, err, ETIMEOUT, nil)
}

// gzipped compresses n zero bytes.
func gzipped(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	chunk := make([]byte, 64<<10)
	for n > 0 {
		k := min(n, len(chunk))
		zw.Write(chunk[:k])
		n -= k
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGetStopsGzipBomb(t *testing.T) {
	bomb := gzipped(t, 10<<20) // 10 MiB of zeros, about 10 KB on the wire
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	cfg := local()
	cfg.MaxBodyBytes = 1 << 20
	_, err := New(cfg).Get(context.Background(), srv.URL, Request{})
	wantError(t, err, parallax.ETOOLARGE, ErrBodyTooLarge)

	cfg.MaxBodyBytes = 11 << 20 // the same body under a larger limit is read whole
	resp, err := New(cfg).Get(context.Background(), srv.URL, Request{})
	if err != nil || len(resp.Body) != 10<<20 {
		t.Fatalf("Get under an 11 MiB limit = %d bytes, %v; want 10 MiB", len(resp.Body), err)
	}
}

func TestGetLimitsPlainBody(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("a"), 5000))
	})
	cfg := local()
	cfg.MaxBodyBytes = 4096
	_, err := New(cfg).Get(context.Background(), srv.URL, Request{})
	wantError(t, err, parallax.ETOOLARGE, ErrBodyTooLarge)
}

func TestGetRefusesUnknownEncoding(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", r.URL.Query().Get("enc"))
		w.Write([]byte("not compressed"))
	})
	for _, enc := range []string{"br", "gzip", "deflate"} {
		_, err := New(local()).Get(context.Background(), srv.URL+"/?enc="+enc, Request{})
		wantError(t, err, parallax.EINVALID, ErrEncoding)
	}
}

func TestGetLimitsConcurrencyPerHost(t *testing.T) {
	var now, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
		now.Add(-1)
	})
	cfg := local()
	cfg.PerHost = 2
	c := New(cfg)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), srv.URL, Request{}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := peak.Load(); got > 2 {
		t.Errorf("peak concurrent requests to one host = %d, want at most 2", got)
	}
	if len(c.limits.hosts) != 0 {
		t.Errorf("host limits kept %d idle entries, want 0", len(c.limits.hosts))
	}
}
