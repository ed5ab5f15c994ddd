package fetch

import (
	"context"
	"net"
	"time"
)

// Defaults used for zero Config fields. They are documented in
// docs/fetching.md; change both together.
const (
	DefaultUserAgent      = "Parallax/0.1 (+https://github.com/parallax-news/parallax; news reader comparing coverage)"
	DefaultMaxBodyBytes   = 10 << 20 // 10 MiB after decompression
	DefaultMaxRedirects   = 5
	DefaultConnectTimeout = 10 * time.Second
	DefaultTLSTimeout     = 10 * time.Second
	DefaultHeaderTimeout  = 20 * time.Second
	DefaultIdleTimeout    = 20 * time.Second
	DefaultTimeout        = 60 * time.Second
	DefaultPerHost        = 2
)

// Resolver looks up the addresses of a host name. *net.Resolver satisfies
// it; tests give a map-backed one so that no real DNS is needed.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// Config sets the client's policy. The zero value is a safe client with the
// Default* limits; a negative duration or size is treated as zero (default).
type Config struct {
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// Allow lists private destinations that may be reached anyway: CIDR
	// prefixes ("10.0.0.0/8"), single addresses ("127.0.0.1") or host names
	// ("intranet.example", any address it resolves to). Cloud metadata
	// addresses are refused even when covered.
	Allow []string
	// MaxBodyBytes bounds the body after decompression.
	MaxBodyBytes int64
	// MaxRedirects bounds the redirects followed per Get; 0 means
	// DefaultMaxRedirects, NoRedirects means none.
	MaxRedirects int
	// ConnectTimeout bounds each TCP connect.
	ConnectTimeout time.Duration
	// TLSTimeout bounds the TLS handshake.
	TLSTimeout time.Duration
	// HeaderTimeout bounds the wait for response headers once the request
	// is written.
	HeaderTimeout time.Duration
	// IdleTimeout is the longest the body may go without a byte arriving;
	// a server trickling slower than that is cut off.
	IdleTimeout time.Duration
	// Timeout bounds a whole Get, redirects and body included.
	Timeout time.Duration
	// PerHost bounds the concurrent Gets to one host (by the URL's host
	// name), and the connections the transport opens to it.
	PerHost int
	// Resolver resolves host names; nil means net.DefaultResolver.
	Resolver Resolver
}

// NoRedirects as Config.MaxRedirects makes Get follow no redirect.
const NoRedirects = -1

// withDefaults returns c with zero fields set to the defaults.
func (c Config) withDefaults() Config {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = DefaultMaxRedirects
	} else if c.MaxRedirects < 0 {
		c.MaxRedirects = 0
	}
	c.ConnectTimeout = orDefault(c.ConnectTimeout, DefaultConnectTimeout)
	c.TLSTimeout = orDefault(c.TLSTimeout, DefaultTLSTimeout)
	c.HeaderTimeout = orDefault(c.HeaderTimeout, DefaultHeaderTimeout)
	c.IdleTimeout = orDefault(c.IdleTimeout, DefaultIdleTimeout)
	c.Timeout = orDefault(c.Timeout, DefaultTimeout)
	if c.PerHost <= 0 {
		c.PerHost = DefaultPerHost
	}
	if c.Resolver == nil {
		c.Resolver = net.DefaultResolver
	}
	return c
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}
