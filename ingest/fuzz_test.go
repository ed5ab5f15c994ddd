package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/parallax-news/parallax"
)

// letters counts the letters and digits of s: cleaning may drop spaces and
// separators but must account for every word character of the input.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// FuzzClean checks that Clean never panics, keeps only text found in the
// input, and puts every word of the input either in Title, Text or Removed.
// Seeds: testdata/fuzz/FuzzClean.
func FuzzClean(f *testing.F) {
	f.Add("Headline Here\nLakeside Ledger/ The council met on Monday.\nShare this Post")
	f.Fuzz(func(t *testing.T, raw string) {
		c := Clean(raw)
		var norm []string
		for _, l := range lines(raw) {
			if l != "" {
				norm = append(norm, l)
			}
		}
		flat := strings.Join(norm, " ")
		for _, kept := range strings.Split(c.Text, "\n") {
			if !strings.Contains(flat, kept) {
				t.Fatalf("kept line %q is not in the input %q", kept, flat)
			}
		}
		got := letters(c.Title) + letters(c.Text)
		for _, r := range c.Removed {
			if !strings.Contains(flat, r) {
				t.Fatalf("removed piece %q is not in the input %q", r, flat)
			}
			got += letters(r)
		}
		if want := letters(flat); got != want {
			t.Fatalf("Clean accounts for %d word characters, input has %d\ninput %q\ntitle %q\ntext %q\nremoved %q", got, want, flat, c.Title, c.Text, c.Removed)
		}
	})
}

// FuzzReadJSON checks that JSON and JSON Lines input never panics, that
// every failure is a classified EINVALID error at a line of the input, and
// that every article read has text and a unique ID. Seeds:
// testdata/fuzz/FuzzReadJSON.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"id":"a","text":"Some text."},{"text":"More text."}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		nlines := strings.Count(string(data), "\n") + 1
		for _, k := range []kind{kindJSON, kindJSONLines} {
			rd := &reading{max: DefaultMaxBytes, ids: make(map[string]bool)}
			rd.data("fuzz.json", "fuzz", k, data)
			for _, err := range rd.errs {
				var e *parallax.Error
				if !errors.As(err, &e) || e.Code != parallax.EINVALID || e.Line < 0 || e.Line > nlines {
					t.Fatalf("error %v (%T) is not EINVALID at a line in 0..%d", err, err, nlines)
				}
			}
			seen := make(map[string]bool)
			for _, a := range rd.arts {
				if a.Text == "" || a.ID == "" || seen[a.ID] {
					t.Fatalf("article %q has empty text or a duplicate id", a.ID)
				}
				seen[a.ID] = true
			}
		}
	})
}
