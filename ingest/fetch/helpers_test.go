package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/parallax-news/parallax"
)

// mapResolver answers host-name lookups from a map, so tests need no DNS.
type mapResolver map[string][]string

func (m mapResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	addrs, ok := m[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	out := make([]net.IPAddr, len(addrs))
	for i, a := range addrs {
		out[i] = net.IPAddr{IP: net.ParseIP(a)}
	}
	return out, nil
}

// serve starts a local test server; it is closed when the test ends.
func serve(t testing.TB, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// local returns a Config that may reach the test servers on 127.0.0.1.
func local() Config {
	return Config{Allow: []string{"127.0.0.1"}}
}

// port returns the port a test server listens on.
func port(t testing.TB, srv *httptest.Server) string {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Port()
}

// wantError fails the test unless err has the code and, when sentinel is
// not nil, wraps it.
func wantError(t *testing.T, err error, code string, sentinel error) {
	t.Helper()
	if err == nil {
		t.Fatalf("Get succeeded, want a %q error", code)
	}
	var pe *parallax.Error
	if !errors.As(err, &pe) {
		t.Fatalf("Get error %v (%T) is not a *parallax.Error", err, err)
	}
	if got := parallax.ErrorCode(err); got != code {
		t.Errorf("Get error code = %q, want %q (%v)", got, code, err)
	}
	if sentinel != nil && !errors.Is(err, sentinel) {
		t.Errorf("Get error = %v, want it to wrap %v", err, sentinel)
	}
}

// hostURL is srv's URL under another host name.
func hostURL(t testing.TB, srv *httptest.Server, host, path string) string {
	return fmt.Sprintf("http://%s:%s%s", host, port(t, srv), path)
}
