package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// Error codes this package adds to parallax's. Every error Get returns is a
// *parallax.Error whose Code is one of these or parallax.EINVALID (bad URL,
// 4xx answer, undecodable body), parallax.ENOTFOUND (404, 410),
// parallax.ETOOLARGE (body over the limit) or parallax.EIO (network).
const (
	// EBLOCKED: the URL's scheme or the address it leads to is refused by
	// the safety policy. Retrying will not help.
	EBLOCKED = "blocked"
	// ETIMEOUT: a connect, TLS, header, idle or total timeout expired.
	ETIMEOUT = "timeout"
	// EUNAVAILABLE: the server answered 429 or 5xx. The chain holds a
	// *StatusError; RetryAfter(err) gives the wait the server asked for.
	EUNAVAILABLE = "unavailable"
)

// Sentinel errors, matched with errors.Is through the *parallax.Error chain.
var (
	ErrBlockedAddress   = errors.New("fetch: address not allowed")
	ErrScheme           = errors.New("fetch: scheme not allowed")
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	ErrBodyTooLarge     = errors.New("fetch: body exceeds the size limit")
	ErrIdleTimeout      = errors.New("fetch: no data received within the idle timeout")
	ErrTimeout          = errors.New("fetch: total time limit exceeded")
	ErrEncoding         = errors.New("fetch: unsupported or corrupt content encoding")
)

// StatusError is an HTTP answer that is neither 2xx nor 304.
type StatusError struct {
	Status int    // HTTP status code
	URL    string // the URL that answered (after redirects)
	// RetryAfter is the wait the server asked for in Retry-After, 0 when it
	// gave none or an unreadable one. A date in the past gives 0.
	RetryAfter time.Duration
	// HasRetryAfter reports whether the server sent a readable Retry-After.
	HasRetryAfter bool
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("server answered %d %s", e.Status, http.StatusText(e.Status))
	if e.HasRetryAfter {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// RetryAfter returns the wait a 429 or 503 answer asked for, and whether err
// carries one.
func RetryAfter(err error) (time.Duration, bool) {
	var se *StatusError
	if errors.As(err, &se) && se.HasRetryAfter {
		return se.RetryAfter, true
	}
	return 0, false
}

// ParseRetryAfter reads a Retry-After value: delay-seconds ("120") or an
// HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT", and the two obsolete forms
// net/http accepts). A date is measured from now; a date in the past gives
// 0. It reports false for an empty, negative or unreadable value.
func ParseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		const maxSecs = int64((1<<63 - 1) / int64(time.Second))
		return time.Duration(min(secs, maxSecs)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// fail builds the classified error Get returns.
func fail(code, rawURL, msg string, err error) *parallax.Error {
	return &parallax.Error{Code: code, Op: "fetch", Path: rawURL, Message: msg, Err: err}
}
