package reconcile_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile"
)

const halvereth = "testdata/halvereth-fall"

// TestEventFactsPlanted checks that one event told in other words by
// several outlets is one fact (testdata/halvereth-fall/PLANTED.md).
func TestEventFactsPlanted(t *testing.T) {
	r := reconcile.Story(load(t, halvereth), reconcile.Options{})
	tests := []struct {
		name    string
		want    map[string]string // file -> phrase of a supporting sentence
		outlets int
	}{
		{"seized ≈ took control of ≈ captured", map[string]string{
			"lantern-dispatch.txt": "seized the city of Halvereth", "ferrow-gazette.txt": "took control of Halvereth",
			"northmoor-record.txt": "captured Halvereth after launching an operation"}, 3},
		{"began its offensive ≈ launched an assault", map[string]string{
			"ferrow-gazette.txt": "began its offensive", "northmoor-record.txt": "launched an assault"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range r.Facts {
				if supports(r, f.Support, tt.want) {
					if len(f.Outlets) != tt.outlets {
						t.Errorf("fact %q: outlets %v, want %d", f.Text, f.Outlets, tt.outlets)
					}
					return
				}
			}
			t.Errorf("no fact supported by %v; facts:\n%s", tt.want, factList(r))
		})
	}
}

// TestEventControls checks that captures of another place, at another time
// or denied stay out of every fact and are listed as their outlet's own.
func TestEventControls(t *testing.T) {
	r := reconcile.Story(load(t, halvereth), reconcile.Options{})
	controls := []struct{ file, phrase string }{
		{"lantern-dispatch.txt", "captured the town of Ostwick"},
		{"aubrel-sentinel.txt", "denied that fighters had captured Ostwick"},
		{"ferrow-gazette.txt", "captured once before, in March 2019"},
	}
	for _, c := range controls {
		for _, f := range r.Facts {
			if slices.ContainsFunc(f.Support, func(e parallax.Evidence) bool { return strings.Contains(e.Text, c.phrase) }) {
				t.Errorf("%s: %q supports the fact %q; want it in no fact", c.file, c.phrase, f.Text)
			}
		}
		id := articleOf(r, c.file)
		if !slices.ContainsFunc(r.Unique, func(u parallax.UniqueClaims) bool {
			return u.Article == id && slices.ContainsFunc(u.Claims, func(e parallax.Evidence) bool { return strings.Contains(e.Text, c.phrase) })
		}) {
			t.Errorf("unique claims of %s lack %q", c.file, c.phrase)
		}
	}
}
