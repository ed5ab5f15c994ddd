package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
	"github.com/parallax-news/parallax/poll"
)

// pollFlags are the feed-polling flags of `parallax serve` and `parallax
// worker`.
type pollFlags struct {
	on        bool
	interval  time.Duration
	timeout   time.Duration
	userAgent string
	fetch     fetchFlags
}

func (f *pollFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.on, "poll", true, "poll the feeds added with 'parallax sources' (a database without feeds costs one\nquery every 10s); --poll=false leaves polling to other processes")
	fs.DurationVar(&f.interval, "poll-interval", poll.DefaultInterval, "time between two polls of a feed (±10%); failed polls back off up to 24h")
	fs.DurationVar(&f.timeout, "poll-timeout", poll.DefaultTimeout, "time limit of one poll of a feed, its article pages included; a feed is claimed for\ntwice as long, so a feed whose process died is polled again after that")
	fs.StringVar(&f.userAgent, "user-agent", "", "User-Agent sent with every fetch (default "+fmt.Sprintf("%q", fetch.DefaultUserAgent)+")")
	f.fetch.register(fs)
}

// config checks the flags and returns the poller's configuration, or a
// usage error naming the bad flag.
func (f *pollFlags) config(cmd string, stderr io.Writer) (poll.Config, error) {
	if f.interval <= 0 {
		fmt.Fprintf(stderr, "parallax %s: --poll-interval must be positive, got %s\n", cmd, f.interval)
		return poll.Config{}, errUsage
	}
	if f.timeout <= 0 {
		fmt.Fprintf(stderr, "parallax %s: --poll-timeout must be positive, got %s\n", cmd, f.timeout)
		return poll.Config{}, errUsage
	}
	fc, err := f.fetch.config(cmd, stderr)
	if err != nil {
		return poll.Config{}, err
	}
	fc.UserAgent = f.userAgent
	return poll.Config{Client: fetch.New(fc), Interval: f.interval, Timeout: f.timeout}, nil
}

// startPoller polls store's feeds with cfg until ctx is cancelled, when on;
// the function it returns waits for the polls in flight to stop.
func startPoller(ctx context.Context, store parallax.Store, cfg poll.Config, on bool) (wait func()) {
	var wg sync.WaitGroup
	if !on {
		return wg.Wait
	}
	p := poll.New(store, cfg)
	wg.Go(func() {
		if err := p.Run(ctx); err != nil {
			slog.Error("feed poller stopped", "err", err)
		}
	})
	return wg.Wait
}

// pollNote is what the start-up line says about polling.
func pollNote(f pollFlags) string {
	if !f.on {
		return ", feeds not polled"
	}
	return fmt.Sprintf(", polling feeds every %s", f.interval)
}
