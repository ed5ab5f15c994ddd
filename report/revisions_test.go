package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// revisedReport is the ferry report with one article changed after
// publication: one sentence corrected, three more added than listed.
func revisedReport() *parallax.Report {
	r := ferryReport()
	r.Revisions = []parallax.ArticleRevision{{
		Article: "valley", Revision: 2, Changed: time.Date(2031, 6, 3, 14, 5, 0, 0, time.UTC),
		TitleBefore:  "Ferry aground near Pellin",
		Removed:      []string{"91 passengers were on board, the coast guard said."},
		Added:        []string{"84 passengers were on board, the coast guard said in a correction.", "A second statement followed."},
		RemovedCount: 1, AddedCount: 5,
	}}
	return r
}

func TestStoryRevisions(t *testing.T) {
	reports := []*parallax.Report{revisedReport()}
	render := map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return StoryText(b, reports, TextOptions{}) },
		"markdown": func(b *bytes.Buffer) error { return StoryMarkdown(b, reports) },
		"html":     func(b *bytes.Buffer) error { return StoryHTML(b, reports) },
	}
	for name, f := range render {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := b.String()
		for _, want := range []string{
			"Changed after publication",
			"#2 (", "revision 2, changed 2031-06-03 14:05 UTC",
			"Ferry aground near Pellin",
			"91 passengers were on board, the coast guard said.",
			"84 passengers were on board, the coast guard said in a correction.",
			"3 more added",
		} {
			if name == "html" {
				want = strings.ReplaceAll(want, `"`, "&#34;")
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s report lacks %q", name, want)
			}
		}
		if i, j := strings.Index(out, "Changed after publication"), strings.LastIndex(out, "Notes"); i < 0 || j < i {
			t.Errorf("%s report: the revisions section should come before the notes", name)
		}
	}
}

func TestStoryWithoutRevisions(t *testing.T) {
	var b bytes.Buffer
	if err := StoryMarkdown(&b, []*parallax.Report{ferryReport()}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Changed after publication") {
		t.Errorf("a report without revisions shows the section")
	}
}
