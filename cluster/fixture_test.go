package cluster

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// fixture is one invented article of testdata/stream with its gold story.
type fixture struct {
	gold string
	art  *parallax.Annotated
}

// readStream reads testdata/stream: each file has "Key: value" header lines
// (Story, Outlet, Published, Title), a blank line, and the body.
func readStream(t testing.TB) []fixture {
	t.Helper()
	paths, err := filepath.Glob("testdata/stream/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var out []fixture
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n\n")
		f := fixture{art: &parallax.Annotated{Article: parallax.Article{
			ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: body,
		}}}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ": ")
			switch k {
			case "Story":
				f.gold = v
			case "Outlet":
				f.art.Outlet = v
			case "Title":
				f.art.Title = v
			case "Published":
				d, err := time.Parse("2006-01-02", v)
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				f.art.Published = &d
			}
		}
		out = append(out, f)
	}
	return out
}

// clusterStream adds the fixtures in order and returns the story of each
// article and the assignments.
func clusterStream(fs []fixture) (map[string]string, map[string]Assignment) {
	c := New(Config{})
	as := map[string]Assignment{}
	for _, f := range fs {
		as[f.art.ID] = c.Add(f.art)
	}
	storyOf := map[string]string{}
	for _, s := range c.Stories() {
		for _, id := range s.Articles {
			storyOf[id] = s.ID
		}
	}
	return storyOf, as
}

func TestStreamStories(t *testing.T) {
	fs := readStream(t)
	reversed := make([]fixture, len(fs))
	for i, f := range fs {
		reversed[len(fs)-1-i] = f
	}
	for _, tc := range []struct {
		name string
		fs   []fixture
	}{{"publication order", fs}, {"reverse order", reversed}} {
		t.Run(tc.name, func(t *testing.T) {
			storyOf, _ := clusterStream(tc.fs)
			for _, a := range tc.fs {
				for _, b := range tc.fs {
					same := storyOf[a.art.ID] == storyOf[b.art.ID]
					if want := a.gold == b.gold; same != want {
						t.Errorf("same story(%s, %s) = %v, want %v", a.art.ID, b.art.ID, same, want)
					}
				}
			}
		})
	}
}

func TestCopies(t *testing.T) {
	_, as := clusterStream(readStream(t))
	for _, tc := range []struct{ article, want string }{
		{"06-wire-ferry-meridian", "05-wire-ferry-cpw"},
		{"07-wire-ferry-coast", "05-wire-ferry-cpw"},
		{"05-wire-ferry-cpw", ""},
		{"10-ferry-independent-gazette", ""},
		{"03-quake-north-harbor", ""},
		{"15-arrest-june-meridian", ""},
	} {
		if got := as[tc.article].CopyOf; got != tc.want {
			t.Errorf("Add(%s).CopyOf = %q, want %q", tc.article, got, tc.want)
		}
	}
}

func TestIndependentReports(t *testing.T) {
	c := New(Config{})
	for _, f := range readStream(t) {
		c.Add(f.art)
	}
	for _, s := range c.Stories() {
		if !contains(s.Articles, "05-wire-ferry-cpw") {
			continue
		}
		if len(s.Articles) != 4 || s.Independent != 2 || len(s.Copies) != 2 {
			t.Errorf("ferry story: %d articles, %d independent, %d copies; want 4, 2, 2", len(s.Articles), s.Independent, len(s.Copies))
		}
		return
	}
	t.Errorf("no story holds the wire original")
}

func TestFollowUpJoins(t *testing.T) {
	_, as := clusterStream(readStream(t))
	got, want := as["13-quake-north-followup"], as["01-quake-north-meridian"]
	if got.New || got.Story != want.Story {
		t.Errorf("follow-up went to %s (new %v), want %s", got.Story, got.New, want.Story)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
