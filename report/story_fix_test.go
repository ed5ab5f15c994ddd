package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// renderAll renders reports in every story format, by format name.
func renderAll(t *testing.T, reports []*parallax.Report) map[string]string {
	t.Helper()
	render := map[string]func(*bytes.Buffer) error{
		"text":  func(b *bytes.Buffer) error { return StoryText(b, reports, TextOptions{}) },
		"color": func(b *bytes.Buffer) error { return StoryText(b, reports, TextOptions{Color: true}) },
		"md":    func(b *bytes.Buffer) error { return StoryMarkdown(b, reports) },
		"html":  func(b *bytes.Buffer) error { return StoryHTML(b, reports) },
	}
	out := make(map[string]string, len(render))
	for name, f := range render {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b.String()
	}
	return out
}

// TestStorySingleRendering checks that a statement only one article
// reports shows no grade: compared with nothing, "verbatim" would read as
// confirmation.
func TestStorySingleRendering(t *testing.T) {
	r := ferryReport()
	const sole = "The second engine had been serviced in April"
	r.Quotes = append(r.Quotes, parallax.QuoteGroup{Speaker: "Teo Lindqvist", Text: sole,
		Variants: []parallax.QuoteVariant{{Evidence: parallax.Evidence{Article: "valley", Sentence: 6, Text: sole},
			Kind: parallax.Direct, Fidelity: parallax.Verbatim}}})
	for name, page := range renderAll(t, []*parallax.Report{r}) {
		i := strings.Index(page, "Teo Lindqvist")
		if i < 0 {
			t.Errorf("%s: the single rendering's speaker is missing", name)
			continue
		}
		rest := page[i:]
		if j := strings.Index(rest, "Framing"); j >= 0 {
			rest = rest[:j]
		}
		if !strings.Contains(rest, soleOutlet) || strings.Contains(strings.ToLower(rest), "verbatim") {
			t.Errorf("%s: single rendering shown as %q, want %q and no grade", name, rest, soleOutlet)
		}
		if !strings.Contains(strings.ToLower(page[:i]), "verbatim") {
			t.Errorf("%s: the graded group before it lost its verbatim grade", name)
		}
	}
}

// TestStoryMarkdownFramingHeader checks that the framing table names an
// article without a known outlet by its id, as the text format does.
func TestStoryMarkdownFramingHeader(t *testing.T) {
	page := renderAll(t, []*parallax.Report{ferryReport()})["md"]
	var header string
	for _, line := range strings.Split(page, "\n") {
		if strings.HasPrefix(line, "| actor |") {
			header = line
		}
	}
	if !strings.Contains(header, "#3 pressroom |") {
		t.Errorf("framing header = %q, want the third column named \"#3 pressroom\"", header)
	}
}

// TestStoryTextTitleWidth checks that a long title wraps at textWidth
// visible columns, with and without colour (escapes take no column).
func TestStoryTextTitleWidth(t *testing.T) {
	r := ferryReport()
	r.Title = "Ferry runs aground on Lake Orvin after fog closes in, stranding dozens of passengers for hours off the northern shore near Pellin"
	pages := renderAll(t, []*parallax.Report{r})
	for _, name := range []string{"text", "color"} {
		for _, line := range strings.Split(pages[name], "\n") {
			if n := visibleWidth(line); n > textWidth && strings.Contains(line, " ") {
				t.Errorf("%s: line of %d columns: %q", name, n, line)
			}
		}
		if !strings.Contains(pages[name], "stranding") {
			t.Errorf("%s: title lost", name)
		}
	}
}

func TestVisibleWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"plain", 5},
		{ansiBold + "bold" + ansiReset, 4},
		{"\x1b[1;31mé\x1b[0m x", 3},
	}
	for _, tt := range tests {
		if got := visibleWidth(tt.s); got != tt.want {
			t.Errorf("visibleWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
