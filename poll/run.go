package poll

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Run polls due sources, Config.Concurrency at once, until ctx is
// cancelled. Sources are taken with ClaimSources, so pollers in other
// processes sharing the database never poll one source at the same time.
// Cancelling ctx stops the polls in flight (what they committed stays; each
// source is released, due again at once) and Run returns nil once they have
// stopped. Run returns an error only when the store cannot be reached for
// longer than a claim's lease.
func (p *Poller) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	slots := make(chan struct{}, p.cfg.Concurrency)
	var failingSince time.Time
	for ctx.Err() == nil {
		free := p.cfg.Concurrency - len(slots)
		n := 0
		if free > 0 {
			var err error
			n, err = p.claim(ctx, free, slots, &wg)
			switch {
			case err != nil && ctx.Err() == nil:
				if failingSince.IsZero() {
					failingSince = time.Now()
				}
				p.log.Warn("cannot claim sources", "err", err)
				if time.Since(failingSince) > p.lease() {
					return fmt.Errorf("poller %s: %w", p.cfg.Worker, err)
				}
			case err == nil:
				failingSince = time.Time{}
			}
		}
		if n > 0 && n == free {
			// Every slot was filled: wait for one to free, then claim again.
			select {
			case <-ctx.Done():
			case slots <- struct{}{}:
				<-slots
			}
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(p.cfg.Tick):
		}
	}
	return nil
}

// lease is how long a source is claimed for: twice a poll's time limit.
func (p *Poller) lease() time.Duration { return 2 * p.cfg.Timeout }

// claim takes up to n due sources and starts a poll of each in a slot.
func (p *Poller) claim(ctx context.Context, n int, slots chan struct{}, wg *sync.WaitGroup) (int, error) {
	srcs, err := p.store.Sources.ClaimSources(ctx, p.cfg.Now(), p.lease(), n)
	if err != nil {
		return 0, err
	}
	for _, src := range srcs {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			res, err := p.Poll(ctx, src)
			switch {
			case err != nil && ctx.Err() == nil:
				p.log.Error("poll outcome not stored", "source", src.URL, "err", err)
			case err != nil:
			case res.Err != nil:
				p.log.Warn("poll failed", "source", src.URL, "status", res.Status, "failures", src.Failures,
					"next", res.Next, "disabled", src.Disabled, "err", res.Err)
			default:
				p.log.Info("polled", "source", src.URL, "status", res.Status, "entries", res.Entries,
					"stored", res.Stored, "revised", res.Revised, "seen", res.Seen, "duplicate", res.Duplicate,
					"fallback", res.Fallback, "held", res.Held)
			}
		})
	}
	return len(srcs), nil
}
