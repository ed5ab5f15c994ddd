package poll

import (
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// Jitter fractions: a successful poll is rescheduled within ±10% of
// Interval, a failed one within ±20% of its backoff.
const (
	intervalJitter = 0.1
	backoffJitter  = 0.2
)

// failure is why a poll did not complete: the feed could not be fetched
// ("fetch"), its answer could not be read as a feed ("parse"), or its
// entries could not be stored ("store").
type failure struct {
	kind string
	err  error
}

func (f *failure) Error() string { return f.err.Error() }
func (f *failure) Unwrap() error { return f.err }

// failureKind returns the kind of a poll error, "" for nil.
func failureKind(err error) string {
	var f *failure
	if errors.As(err, &f) {
		return f.kind
	}
	if err != nil {
		return "store"
	}
	return ""
}

// jitter scales d by a random factor in [1-frac, 1+frac).
func (p *Poller) jitter(d time.Duration, frac float64) time.Duration {
	return time.Duration(float64(d) * (1 - frac + 2*frac*p.cfg.Rand()))
}

// Backoff returns the wait after the n-th failed poll in a row (n >= 1):
// Interval·2ⁿ scaled by a random factor in [0.8, 1.2), and never more than
// MaxBackoff.
func (p *Poller) Backoff(n int) time.Duration {
	d := p.cfg.MaxBackoff
	if n < 1 {
		n = 1
	}
	if n < 32 && p.cfg.Interval<<n > 0 && p.cfg.Interval<<n < d {
		d = p.cfg.Interval << n
	}
	return min(p.jitter(d, backoffJitter), p.cfg.MaxBackoff)
}

// retryAfter returns the wait a 429 or 503 answer asked for, within
// [MinRetryAfter, MaxRetryAfter], and whether err carries one.
func retryAfter(err error) (time.Duration, bool) {
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.Status != 429 && se.Status != 503 {
		return 0, false
	}
	d, ok := fetch.RetryAfter(err)
	if !ok {
		return 0, false
	}
	return min(max(d, MinRetryAfter), MaxRetryAfter), true
}

// settle records the outcome of a poll that ended at now in src: its
// schedule, failure counts, status and error; on success also the
// validators, which the caller stores only after the entries are committed.
func (p *Poller) settle(src *parallax.Source, res *Result, err error, etag, lastModified string, now time.Time) {
	src.LastPolled, src.LastStatus = now, res.Status
	switch failureKind(err) {
	case "":
		src.Failures, src.ParseFailures, src.LastError = 0, 0, ""
		src.NextPoll = now.Add(p.jitter(p.cfg.Interval, intervalJitter))
		if res.Held == 0 {
			src.ETag, src.LastModified = etag, lastModified
		} else {
			src.LastError = fmt.Sprintf("%d entries could not be fetched and will be tried again", res.Held)
		}
		return
	case "parse":
		src.ParseFailures++
		if src.ParseFailures >= p.cfg.MaxParseFailures {
			src.Disabled = fmt.Sprintf("disabled after %d polls in a row whose answer could not be read as a feed; the last: %v",
				src.ParseFailures, err)
		}
	}
	src.Failures++
	src.LastError = err.Error()
	if d, ok := retryAfter(err); ok {
		src.NextPoll = now.Add(d)
		return
	}
	src.NextPoll = now.Add(p.Backoff(src.Failures))
}
