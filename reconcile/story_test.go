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

const kelmaria = "testdata/kelmaria-call"

// load reads and annotates the articles of a fixture folder.
func load(tb testing.TB, dir string) []*parallax.Annotated {
	tb.Helper()
	arts, errs := ingest.Reader{}.Read(context.Background(), []string{dir}, nil)
	if len(errs) > 0 || len(arts) == 0 {
		tb.Fatalf("read %s: %d articles, errors %v", dir, len(arts), errs)
	}
	return annotate.New().Batch(context.Background(), arts)
}

// articleOf returns the id of the fixture article whose source ends in file.
func articleOf(r *parallax.Report, file string) string {
	for _, a := range r.Articles {
		if strings.HasSuffix(a.Source, file) {
			return a.ID
		}
	}
	return "?" + file
}

// supports reports whether evs holds, for each file → phrase, a sentence of
// that article containing the phrase.
func supports(r *parallax.Report, evs []parallax.Evidence, want map[string]string) bool {
	for file, phrase := range want {
		id := articleOf(r, file)
		if !slices.ContainsFunc(evs, func(e parallax.Evidence) bool {
			return e.Article == id && strings.Contains(e.Text, phrase)
		}) {
			return false
		}
	}
	return true
}

func TestStoryFactsPlanted(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{})
	tests := []struct {
		name string
		want map[string]string // file -> phrase of a supporting sentence
	}{
		{"invitation≈initiative", map[string]string{
			"coastal-courier.txt": "at the invitation of Lomara", "harbor-ledger.txt": "initiative"}},
		{"tireless≈vigorous efforts", map[string]string{
			"meridian-wire.txt": "tireless efforts", "eastgate-times.txt": "vigorous efforts"}},
		{"fair and durable≈balanced and long-term", map[string]string{
			"meridian-wire.txt": "territorial integrity", "eastgate-times.txt": "balanced and long-term",
			"coastal-courier.txt": "equitable and durable settlement"}},
		{"keep in contact", map[string]string{
			"eastgate-times.txt": "keep in contact", "harbor-ledger.txt": "remain in contact"}},
		{"end the attacks", map[string]string{
			"meridian-wire.txt": "must end immediately", "eastgate-times.txt": "to end swiftly",
			"harbor-ledger.txt": "must end immediately"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range r.Facts {
				if supports(r, f.Support, tt.want) {
					if len(f.Outlets) < 2 {
						t.Errorf("fact %q: outlets %v, want at least 2", f.Text, f.Outlets)
					}
					return
				}
			}
			t.Errorf("no fact supported by %v; facts:\n%s", tt.want, factList(r))
		})
	}
}

func factList(r *parallax.Report) string {
	var b strings.Builder
	for _, f := range r.Facts {
		b.WriteString("  - ")
		b.WriteString(f.Text)
		for _, e := range f.Support {
			b.WriteString("\n      " + e.Article + ": " + e.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestStoryNoBoilerplate(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{})
	var texts []string
	for _, f := range r.Facts {
		texts = append(texts, f.Text)
	}
	for _, u := range r.Unique {
		for _, c := range u.Claims {
			texts = append(texts, c.Text)
		}
	}
	for _, s := range r.Summary {
		texts = append(texts, s.Text)
	}
	for _, s := range texts {
		low := strings.ToLower(s)
		for _, bad := range []string{"share this", "min read", "leave a", "logged in", "about the kelmaria conflict"} {
			if strings.Contains(low, bad) {
				t.Errorf("boilerplate or heading reported as a claim: %q", s)
			}
		}
	}
}

func TestStoryUniquePlanted(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{})
	tests := []struct{ file, phrase string }{
		{"eastgate-times.txt", "at 1,500 to 2,500 fighters"},
		{"coastal-courier.txt", "shut three crossing points"},
		{"northline-post.txt", "Varenian military instructors are unaccounted for"},
		{"harbor-ledger.txt", "agreement on grain transit"},
		{"meridian-wire.txt", "had held Ostrel"},
	}
	for _, tt := range tests {
		id := articleOf(r, tt.file)
		found := false
		for _, u := range r.Unique {
			if u.Article != id {
				continue
			}
			found = slices.ContainsFunc(u.Claims, func(e parallax.Evidence) bool { return strings.Contains(e.Text, tt.phrase) })
		}
		if !found {
			t.Errorf("unique claims of %s lack %q", tt.file, tt.phrase)
		}
	}
	// A claim several articles make is never unique.
	for _, u := range r.Unique {
		for _, c := range u.Claims {
			if strings.Contains(c.Text, "bring quiet back to Kelmaria and will not") {
				t.Errorf("%s: shared claim reported as unique: %q", u.Article, c.Text)
			}
		}
	}
}

func TestStorySummary(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{SummarySentences: 4})
	if len(r.Summary) != 4 {
		t.Fatalf("summary has %d lines, want 4", len(r.Summary))
	}
	ids := map[string]bool{}
	for _, a := range r.Articles {
		ids[a.ID] = true
	}
	prev := 1 << 30
	for _, l := range r.Summary {
		if len(l.Citations) == 0 {
			t.Errorf("summary line %q cites no article", l.Text)
		}
		for _, c := range l.Citations {
			if !ids[c] {
				t.Errorf("summary line %q cites unknown article %q", l.Text, c)
			}
		}
		if l.Outlets > prev {
			t.Errorf("summary line %q has %d outlets after a line with %d: not best-supported first", l.Text, l.Outlets, prev)
		}
		prev = l.Outlets
	}
	if r.Summary[0].Outlets < 3 {
		t.Errorf("first summary line %q has %d outlets, want at least 3", r.Summary[0].Text, r.Summary[0].Outlets)
	}
}

// TestStoryCopies checks that a near-copy is listed as such, is not counted
// as an independent outlet, and does not take away its original's unique
// claims.
func TestStoryCopies(t *testing.T) {
	arts := load(t, kelmaria)
	cp := *arts[0]
	cp.ID = "copy-of-" + arts[0].ID
	cp.Outlet = "Reprint Weekly"
	arts = append(arts, &cp)
	r := reconcile.Story(arts, reconcile.Options{Copies: map[string]string{cp.ID: arts[0].ID}})
	if r.Independent != 5 {
		t.Errorf("Independent = %d, want 5", r.Independent)
	}
	for _, f := range r.Facts {
		if slices.Contains(f.Outlets, "Reprint Weekly") {
			t.Errorf("fact %q counts the copy's outlet: %v", f.Text, f.Outlets)
		}
	}
	uniq := map[string]int{}
	for _, u := range r.Unique {
		uniq[u.Article] = len(u.Claims)
	}
	if uniq[cp.ID] != 0 || uniq[arts[0].ID] == 0 {
		t.Errorf("unique claims: copy %d, original %d; want 0 and some", uniq[cp.ID], uniq[arts[0].ID])
	}
}
