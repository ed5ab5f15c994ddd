// Package poll keeps Parallax's feeds up to date. A Poller takes the
// sources that are due from the store (ClaimSources, so that several
// pollers sharing one PostgreSQL database never poll one source at once),
// fetches each feed with a conditional GET through the one safe client
// (ingest/fetch), fetches the article page behind every new entry and
// stores the articles with their feed GUID and source, so that the store
// deduplicates them and records where each was seen.
//
// Nothing is lost and nothing stored twice: a source's validators (ETag,
// Last-Modified) and schedule are stored only after its entries are
// committed, so a poll that dies half-way is simply redone, and the entries
// it had already committed are recognised (ArticleStore.SeenEntry) and not
// fetched again. Failures back off exponentially with jitter, a server's
// Retry-After is honoured, and a source whose answers repeatedly cannot be
// read as a feed is disabled with the reason. docs/fetching.md ("Polling")
// describes the schedule.
package poll

import (
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"os"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// Defaults for the zero fields of Config.
const (
	DefaultInterval         = 15 * time.Minute
	DefaultMaxBackoff       = 24 * time.Hour
	DefaultMaxParseFailures = 5
	DefaultConcurrency      = 8
	DefaultTimeout          = 5 * time.Minute
	DefaultTick             = 10 * time.Second
)

// Bounds on a server's Retry-After: a shorter wait is raised to
// MinRetryAfter (a 503 saying "0" must not make the poller hammer the
// server), a longer one lowered to MaxRetryAfter.
const (
	MinRetryAfter = time.Minute
	MaxRetryAfter = 7 * 24 * time.Hour
)

// Config sets up a Poller. The zero value works: it polls with a client of
// the default fetch policy (public addresses only).
type Config struct {
	// Client fetches feeds and pages; nil means fetch.New with UserAgent
	// and PerHost (and the fetch defaults otherwise).
	Client *fetch.Client
	// UserAgent is the User-Agent of the client New makes when Client is
	// nil; "" means fetch.DefaultUserAgent, which names Parallax, its
	// version and the project's URL.
	UserAgent string
	// PerHost bounds the concurrent requests to one host, for the client
	// New makes when Client is nil (a given Client has its own limit);
	// 0 means fetch.DefaultPerHost.
	PerHost int
	// Interval is the time between two successful polls of a source; 0
	// means DefaultInterval. Each poll is scheduled within ±10% of it, so
	// that sources added together drift apart.
	Interval time.Duration
	// MaxBackoff bounds the wait after failed polls; 0 means
	// DefaultMaxBackoff.
	MaxBackoff time.Duration
	// MaxParseFailures is the number of polls in a row whose answer cannot
	// be read as a feed after which the source is disabled; 0 means
	// DefaultMaxParseFailures.
	MaxParseFailures int
	// Concurrency is the number of sources Run polls at once; 0 means
	// DefaultConcurrency.
	Concurrency int
	// Timeout bounds one poll of a source, its article pages included; 0
	// means DefaultTimeout. A source is claimed for twice as long.
	Timeout time.Duration
	// Tick is how long Run waits before looking again when no source is
	// due; 0 means DefaultTick.
	Tick time.Duration
	// Worker names this poller in logs; "" means host name, process id and
	// a random suffix.
	Worker string
	// Now returns the current time; nil means time.Now. Tests move it.
	Now func() time.Time
	// Rand returns a number in [0, 1) for the jitter; nil means
	// math/rand/v2's Float64. It must be safe for concurrent use.
	Rand func() float64
	// Logger receives poll outcomes; nil means slog.Default().
	Logger *slog.Logger
}

// withDefaults returns c with its zero fields set.
func (c Config) withDefaults() Config {
	if c.Client == nil {
		c.Client = fetch.New(fetch.Config{UserAgent: c.UserAgent, PerHost: c.PerHost})
	}
	c.Interval = cmp.Or(c.Interval, DefaultInterval)
	c.MaxBackoff = cmp.Or(c.MaxBackoff, DefaultMaxBackoff)
	c.MaxParseFailures = cmp.Or(c.MaxParseFailures, DefaultMaxParseFailures)
	c.Concurrency = cmp.Or(c.Concurrency, DefaultConcurrency)
	c.Timeout = cmp.Or(c.Timeout, DefaultTimeout)
	c.Tick = cmp.Or(c.Tick, DefaultTick)
	if c.Worker == "" {
		c.Worker = workerName()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Rand == nil {
		c.Rand = mrand.Float64
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Poller polls the sources of one store. It is safe for concurrent use.
type Poller struct {
	store parallax.Store
	cfg   Config
	log   *slog.Logger
}

// New returns a poller on store with cfg's zero fields set to defaults.
func New(store parallax.Store, cfg Config) *Poller {
	cfg = cfg.withDefaults()
	return &Poller{store: store, cfg: cfg, log: cfg.Logger.With("poller", cfg.Worker)}
}

// workerName is host-pid-random, unique among the pollers of a cluster.
func workerName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", cmp.Or(host, "host"), os.Getpid(), hex.EncodeToString(b))
}
