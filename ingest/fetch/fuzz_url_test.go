package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// loopbackResolver answers every host name with loopback addresses, as a
// hostile DNS server would.
type loopbackResolver struct{}

func (loopbackResolver) LookupIPAddr(context.Context, string) ([]net.IPAddr, error) {
	return []net.IPAddr{{IP: net.ParseIP("127.0.0.1")}, {IP: net.ParseIP("::1")}}, nil
}

// FuzzGetURL checks the URL and address checks together: whatever URL a
// user types — any scheme, spelling of a loopback address (decimal, hex,
// IPv4-mapped, trailing dot), user info or host name resolving to
// loopback — Get never reaches the loopback server, never panics, and
// fails with a classified *parallax.Error. Seeds: testdata/fuzz/FuzzGetURL;
// "PORT" in an input stands for the server's port.
func FuzzGetURL(f *testing.F) {
	for _, s := range []string{"http://127.0.0.1:PORT/", "http://localhost:PORT/feed", "http://[::ffff:127.0.0.1]:PORT/", "http://0x7f.1:PORT/"} {
		f.Add(s)
	}
	var hits atomic.Int64
	srv := serve(f, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	p := port(f, srv)
	c := New(Config{Resolver: loopbackResolver{}, ConnectTimeout: 100 * time.Millisecond, Timeout: 300 * time.Millisecond})
	f.Fuzz(func(t *testing.T, raw string) {
		raw = strings.ReplaceAll(raw, "PORT", p)
		if u, err := url.Parse(raw); err == nil {
			if addr, err := netip.ParseAddr(u.Hostname()); err == nil && CheckAddress(addr) == nil {
				return // a public address literal: the test must not reach the network
			}
		}
		_, err := c.Get(context.Background(), raw, Request{})
		var pe *parallax.Error
		if err == nil || !errors.As(err, &pe) {
			t.Fatalf("Get(%q) = %v (%T), want a *parallax.Error", raw, err, err)
		}
		if n := hits.Load(); n > 0 {
			t.Fatalf("Get(%q) reached the loopback server (%d requests); error %v", raw, n, err)
		}
	})
}
