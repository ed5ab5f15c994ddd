package cursor

import (
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func TestRoundTrip(t *testing.T) {
	at := time.Date(2031, 5, 4, 9, 30, 0, 123456000, time.UTC)
	for _, id := range []string{"art-1", "a:b:c", "ünï"} {
		gotAt, gotID, err := Decode(Encode(at, id))
		if err != nil || !gotAt.Equal(at) || gotID != id {
			t.Errorf("Decode(Encode(%v, %q)) = %v, %q, %v", at, id, gotAt, gotID, err)
		}
	}
}

func TestDecodeInvalid(t *testing.T) {
	for _, c := range []string{"", "!!", "AAAA", "MTIz", "eDpp"} {
		if _, _, err := Decode(c); parallax.ErrorCode(err) != parallax.EINVALID {
			t.Errorf("Decode(%q) error %v, want EINVALID", c, err)
		}
	}
}

func TestLimit(t *testing.T) {
	for _, c := range [][2]int{{0, parallax.DefaultLimit}, {-3, parallax.DefaultLimit}, {7, 7}, {parallax.MaxLimit + 1, parallax.MaxLimit}} {
		if got := Limit(c[0]); got != c[1] {
			t.Errorf("Limit(%d) = %d, want %d", c[0], got, c[1])
		}
	}
}
