package annotate_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// readFixture reads the team's invented port-strike articles.
func readFixture(t testing.TB) []parallax.Article {
	t.Helper()
	arts, errs := ingest.Reader{}.Read(context.Background(), []string{"../testdata/port-strike"}, nil)
	if len(errs) > 0 {
		t.Fatalf("read fixture: %v", errs)
	}
	if len(arts) == 0 {
		t.Fatal("read fixture: no articles")
	}
	return arts
}

// TestGolden compares the JSON annotation of whole articles with the
// reviewed output in testdata/. Run with -update after a deliberate change
// and review the diff.
func TestGolden(t *testing.T) {
	annotated := annotate.New().Batch(context.Background(), readFixture(t))
	for _, a := range annotated {
		t.Run(a.ID, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.AnnotatedJSON(&buf, []*parallax.Annotated{a}, nil); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", a.ID+".golden.json")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./annotate -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("annotation of %s differs from %s; run with -update and review the diff\n%s",
					a.ID, golden, firstDiff(got, string(want)))
			}
		})
	}
}

// TestOffsetsSliceText checks the invariant every consumer relies on: each
// item's text is exactly the slice of the article its offsets name.
func TestOffsetsSliceText(t *testing.T) {
	for _, a := range annotate.New().Batch(context.Background(), readFixture(t)) {
		doc := a.Text
		check := func(what, text string, start, end int) {
			if start < 0 || end > len(doc) || start > end || doc[start:end] != text {
				t.Errorf("%s: %s %q at [%d,%d) does not match the article text", a.ID, what, text, start, end)
			}
		}
		for _, s := range a.Sentences {
			check("sentence", s.Text, s.Start, s.End)
		}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				check("mention of "+e.Name, m.Text, m.Start, m.End)
			}
		}
		for _, q := range a.Quotes {
			check("quote", q.Text, q.Start, q.End)
		}
		for _, n := range a.Numbers {
			check("number", n.Text, n.Start, n.End)
		}
		for _, d := range a.Dates {
			check("date", d.Text, d.Start, d.End)
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  got:  " + g[i] + "\n  want: " + w[i]
		}
	}
	return "lengths differ: got " + strconv.Itoa(len(g)) + " lines, want " + strconv.Itoa(len(w))
}
