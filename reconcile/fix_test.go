package reconcile_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/reconcile"
)

// fixtureStory reads, annotates and reconciles a fixture folder as one
// story.
func fixtureStory(tb testing.TB, dir string) *parallax.Report {
	tb.Helper()
	arts, errs := ingest.Reader{}.Read(context.Background(), []string{dir}, nil)
	if len(errs) > 0 || len(arts) == 0 {
		tb.Fatalf("read %s: %d articles, errors %v", dir, len(arts), errs)
	}
	return reconcile.Story(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
}

// listed reports whether the report shows a sentence containing phrase:
// among a fact's support, a discrepancy's values or the unique claims.
func listed(r *parallax.Report, phrase string) bool {
	has := func(e parallax.Evidence) bool { return strings.Contains(e.Text, phrase) }
	for _, f := range r.Facts {
		if slices.ContainsFunc(f.Support, has) {
			return true
		}
	}
	for _, d := range r.Discrepancies {
		for _, v := range d.Values {
			if has(v.Evidence) {
				return true
			}
		}
	}
	for _, u := range r.Unique {
		if slices.ContainsFunc(u.Claims, has) {
			return true
		}
	}
	return false
}

func TestEveryClaimListed(t *testing.T) {
	tests := []struct {
		dir    string
		phrase string // of a claim sentence no fact holds
	}{
		{"testdata/porth-fire", "asked the regional council on Friday"},
		{"testdata/porth-fire", "visited the burned farms"},
		{"testdata/porth-fire", "from three districts"},
	}
	for _, tt := range tests {
		r := fixtureStory(t, tt.dir)
		if !listed(r, tt.phrase) {
			t.Errorf("Story(%s): the sentence with %q is in no fact, discrepancy or unique claims", tt.dir, tt.phrase)
		}
	}
}
