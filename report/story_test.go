package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// ferryReport is an invented story: a ferry grounding on a lake, told by
// three invented outlets.
func ferryReport() *parallax.Report {
	day := func(s string) *time.Time { d, _ := time.Parse("2006-01-02", s); return &d }
	ev := func(art string, s int, text string) parallax.Evidence {
		return parallax.Evidence{Article: art, Sentence: s, Text: text}
	}
	return &parallax.Report{
		ID: "ferry-orvin", Title: "Ferry runs aground on Lake Orvin", Date: day("2031-06-02"), Independent: 3,
		Articles: []parallax.StoryArticle{
			{ID: "lakeside", Outlet: "Lakeside Herald", Title: "Ferry aground near Pellin", Published: day("2031-06-03"), Source: "lakeside.txt"},
			{ID: "valley", Outlet: "Valley Courier", Title: "Dozens rescued from stranded ferry", Source: "valley.txt"},
			{ID: "pressroom", Title: "Orvin ferry: operator blames <fog>", Published: day("2031-06-04"), Source: "pressroom.txt"},
		},
		Facts: []parallax.Fact{
			{Text: "The ferry Marit ran aground near Pellin on Monday.", Outlets: []string{"Lakeside Herald", "Valley Courier", "pressroom"},
				Support: []parallax.Evidence{ev("lakeside", 0, "The ferry Marit ran aground near Pellin on Monday."), ev("valley", 1, "The Marit hit a sandbank off Pellin."), ev("pressroom", 2, "The vessel grounded near Pellin.")}},
			{Text: "All passengers were brought ashore.", Outlets: []string{"Lakeside Herald", "Valley Courier"},
				Support: []parallax.Evidence{ev("lakeside", 2, "All passengers were brought ashore."), ev("valley", 3, "Everyone on board reached the shore.")}},
		},
		Discrepancies: []parallax.Discrepancy{{About: "passengers on board", Kind: "number",
			Note: "the later figure may be a correction",
			Values: []parallax.DiscrepantValue{
				{Value: "84", Evidence: ev("lakeside", 1, "The ferry carried 84 passengers."), ReportedBy: "Orvin Lake Lines", AsOf: "2031-06-02"},
				{Value: "91", Evidence: ev("valley", 2, "91 passengers were on board, the coast guard said."), ReportedBy: "coast guard", AsOf: "2031-06-03"},
			}}},
		Unique: []parallax.UniqueClaims{{Article: "pressroom", Claims: []parallax.Evidence{ev("pressroom", 4, "The captain had 22 years of experience.")}}},
		Quotes: []parallax.QuoteGroup{{Speaker: "Ilsa Brandt", Channel: "a statement from Orvin Lake Lines",
			Text: "The fog came down within minutes and the crew acted exactly as trained",
			Variants: []parallax.QuoteVariant{
				{Evidence: ev("lakeside", 3, "The fog came down within minutes and the crew acted exactly as trained"), Kind: parallax.Direct, Fidelity: parallax.Verbatim},
				{Evidence: ev("valley", 4, "the fog came down in minutes and the crew acted as trained"), Kind: parallax.Indirect, Fidelity: parallax.Close},
				{Evidence: ev("pressroom", 1, "the crew ignored the fog warnings"), Kind: parallax.Indirect, Fidelity: parallax.Divergent,
					Why: `"ignored the fog warnings" where 2 other articles have "acted exactly as trained"`},
			}}},
		Framing: []parallax.Framing{{Entity: "Orvin Lake Lines", Terms: []parallax.FramingTerm{
			{Article: "lakeside", Term: "the operator", Sentence: 1},
			{Article: "pressroom", Term: "the embattled ferry company", Sentence: 0},
		}}},
		Timeline: []parallax.TimelineEvent{
			{Date: "2031-06-02", Text: "The ferry Marit ran aground near Pellin.", Articles: []string{"lakeside", "valley"},
				Evidence: []parallax.Evidence{ev("lakeside", 0, "on Monday"), ev("valley", 1, "on Monday")},
				Inferred: `"on Monday" in valley resolved against the story's other articles (published 2031-06-03)`},
		},
		Summary: []parallax.SummaryLine{{Text: "The ferry Marit ran aground near Pellin on Monday.", Citations: []string{"lakeside", "valley", "pressroom"}, Outlets: 3}},
		Notes:   []string{"valley: no publication date"},
	}
}

func TestStoryGolden(t *testing.T) {
	reports := []*parallax.Report{ferryReport()}
	render := map[string]func(*bytes.Buffer) error{
		"story.txt":       func(b *bytes.Buffer) error { return StoryText(b, reports, TextOptions{}) },
		"story.color.txt": func(b *bytes.Buffer) error { return StoryText(b, reports, TextOptions{Color: true}) },
		"story.md":        func(b *bytes.Buffer) error { return StoryMarkdown(b, reports) },
		"story.html":      func(b *bytes.Buffer) error { return StoryHTML(b, reports) },
	}
	for name, f := range render {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./report -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the golden file; run go test ./report -update and review the diff", name)
		}
	}
}

func TestStoryTextWidth(t *testing.T) {
	var b bytes.Buffer
	if err := StoryText(&b, []*parallax.Report{ferryReport()}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if n := utf8.RuneCountInString(line); n > textWidth && strings.Contains(line, " ") {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
	if strings.Contains(b.String(), "\x1b[") {
		t.Errorf("plain text output has ANSI escapes")
	}
}

func TestStoryHTMLSelfContained(t *testing.T) {
	var b bytes.Buffer
	if err := StoryHTML(&b, []*parallax.Report{ferryReport()}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script", "src=", "href=", "@import", "<fog>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"&lt;fog&gt;", "<ins>", "<del>", "divergent", "#3"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct{ full, variant, want string }{
		{"the crew acted exactly as trained", "the crew acted as trained", "the crew acted -exactly as trained"},
		{"we will not return to the cranes", "we will return to the cranes", "we will -not return to the cranes"},
		{"the fog came down within minutes", "fog came down in minutes", "fog came down -within +in minutes"},
		{"the council will repair the old stone bridge over the river before the spring floods arrive",
			"the council will repair the bridge before the floods",
			"the council will repair the -old stone bridge -over the river before the -spring floods"},
		{"ships may dock at the northern pier from monday while repairs to the southern pier and the ferry ramp continue until june",
			"ships may dock at the northern pier until june",
			"ships may dock at the northern pier -… 13 words … until june"},
		{"the mayor said the harbour needs a new sea wall and more pumps before the winter in the old town",
			"a new sea wall in the old town",
			"a new sea wall -and more pumps before the winter in the old town"},
	}
	for _, tt := range tests {
		var parts []string
		for _, s := range wordDiff(tt.full, tt.variant) {
			w := strings.TrimSpace(s.Text)
			switch s.Op {
			case added:
				w = "+" + w
			case dropped:
				w = "-" + w
			}
			parts = append(parts, w)
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.full, tt.variant, got, tt.want)
		}
	}
}
