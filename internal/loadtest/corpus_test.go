package loadtest

import (
	"reflect"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

func TestCorpusIsDeterministic(t *testing.T) {
	for _, ij := range [][2]int{{0, 0}, {17, 3}, {4000, 0}} {
		a, b := DefaultCorpus.Article(ij[0], ij[1]), DefaultCorpus.Article(ij[0], ij[1])
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Article(%d, %d) differs between calls:\n%+v\n%+v", ij[0], ij[1], a, b)
		}
	}
}

// TestCorpusKeysAreDistinct checks that no two generated articles, follow-ups
// included, share a dedup key: the load benchmark stores every one of them.
func TestCorpusKeysAreDistinct(t *testing.T) {
	seen := map[string]string{}
	check := func(kind, key, id string) {
		if prev, ok := seen[kind+key]; ok {
			t.Fatalf("%s and %s share the %s %q", prev, id, kind, key)
		}
		seen[kind+key] = id
	}
	for i := range 400 {
		for j := range DefaultCorpus.Size(i) + MaxFollowUps {
			a := DefaultCorpus.Article(i, j)
			check("id", a.ID, a.ID)
			check("url", dedup.CanonicalURL(a.URL), a.ID)
			check("hash", dedup.Hash(a.Text), a.ID)
		}
	}
}

func TestCorpusShape(t *testing.T) {
	stories, n := DefaultCorpus.Stories(20000)
	if n != len(stories) || n != DefaultCorpus.Count(20000) {
		t.Fatalf("Stories returned %d stories and said %d; Count says %d", len(stories), n, DefaultCorpus.Count(20000))
	}
	total, bytes, largest := 0, 0, 0
	first, last := time.Time{}, time.Time{}
	for _, arts := range stories {
		total += len(arts)
		largest = max(largest, len(arts))
		for _, a := range arts {
			bytes += len(a.Text)
			if first.IsZero() || a.Published.Before(first) {
				first = *a.Published
			}
			if a.Published.After(last) {
				last = *a.Published
			}
		}
	}
	if total != 20000 {
		t.Errorf("articles = %d, want 20000", total)
	}
	if mean := float64(total) / float64(n); mean < 4 || mean > 9 {
		t.Errorf("mean story size = %.1f, want 4 to 9", mean)
	}
	if largest < 30 {
		t.Errorf("largest story = %d articles, want some of 30 or more", largest)
	}
	if avg := bytes / total; avg < 1200 || avg > 4000 {
		t.Errorf("mean text = %d bytes, want 1,200 to 4,000", avg)
	}
	if span := last.Sub(first); span < 150*24*time.Hour {
		t.Errorf("articles span %v, want about six months", span)
	}
}

func TestReporterIsDistinct(t *testing.T) {
	seen := map[string][2]int{}
	for _, i := range []int{0, 1, 799, 800, 12799, 12800, 102399, 102400, 255999} {
		for j := range 128 {
			r := reporter(i, j)
			if prev, ok := seen[r]; ok {
				t.Fatalf("reporter(%d, %d) = reporter(%d, %d) = %q", i, j, prev[0], prev[1], r)
			}
			seen[r] = [2]int{i, j}
		}
	}
}
