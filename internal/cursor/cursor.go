// Package cursor encodes the opaque pagination cursors of the storage
// packages: the sort position of the last item of a page, (time, id), which
// keyset pagination resumes after.
package cursor

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// Encode returns the cursor of the position (t, id).
func Encode(t time.Time, id string) string {
	s := strconv.FormatInt(t.UnixMicro(), 10) + ":" + id
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// Decode returns the position of a cursor Encode returned, or EINVALID.
func Decode(c string) (time.Time, string, error) {
	bad := parallax.Errorf(parallax.EINVALID, "invalid cursor %q", c)
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return time.Time{}, "", bad
	}
	us, id, ok := strings.Cut(string(b), ":")
	n, err := strconv.ParseInt(us, 10, 64)
	if !ok || err != nil || id == "" {
		return time.Time{}, "", bad
	}
	return time.UnixMicro(n).UTC(), id, nil
}

// Limit returns n bounded to [1, parallax.MaxLimit], parallax.DefaultLimit
// when n <= 0.
func Limit(n int) int {
	switch {
	case n <= 0:
		return parallax.DefaultLimit
	case n > parallax.MaxLimit:
		return parallax.MaxLimit
	}
	return n
}
