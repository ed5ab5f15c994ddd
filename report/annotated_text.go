package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// textWidth is the column width terminal output is wrapped to.
const textWidth = 100

// AnnotatedText writes arts for a person reading a terminal: per article its
// metadata, entities, quotes, numbers and dates, each with its sentence
// number ([s3] = sentence 3, counting from 0).
func AnnotatedText(w io.Writer, arts []*parallax.Annotated) error {
	bw := bufio.NewWriter(w)
	for i, a := range arts {
		if i > 0 {
			bw.WriteString("\n")
		}
		writeArticleText(bw, a)
	}
	return bw.Flush()
}

func writeArticleText(w *bufio.Writer, a *parallax.Annotated) {
	fmt.Fprintf(w, "== %s  (%s)\n", a.ID, a.Source)
	field(w, "Outlet", orUnknown(a.Outlet, a.OutletEvidence))
	pub := "unknown (the input does not say)"
	if a.Published != nil {
		pub = publishedString(*a.Published, a.PublishedPrecision)
		if a.PublishedEvidence != "" {
			pub += fmt.Sprintf("  (from %q)", a.PublishedEvidence)
		}
	}
	field(w, "Published", pub)
	if a.Title != "" {
		field(w, "Title", a.Title)
	}
	field(w, "Sentences", fmt.Sprintf("%d, %d boilerplate lines removed", len(a.Sentences), len(a.Removed)))
	section(w, "Entities", len(a.Entities))
	for _, e := range a.Entities {
		line := fmt.Sprintf("%s (%s) ×%d", e.Name, e.Type, len(e.Mentions))
		if forms := surfaceForms(e); len(forms) > 0 {
			line += ": " + strings.Join(forms, ", ")
		}
		item(w, "", line)
	}
	section(w, "Quotes", len(a.Quotes))
	for _, q := range a.Quotes {
		who := q.Speaker
		switch {
		case who == "" && q.SpeakerText != "":
			who = "unnamed (“" + q.SpeakerText + "”)"
		case who == "":
			who = "speaker unknown"
		}
		if q.Verb != "" {
			who += " " + q.Verb
		}
		if q.Channel != "" {
			who += " (via " + q.Channel + ")"
		}
		item(w, sentTag(q.Sentence), fmt.Sprintf("%s, %s: “%s”", who, q.Kind, q.Text))
	}
	section(w, "Numbers", len(a.Numbers))
	for _, n := range a.Numbers {
		line := n.Text
		if n.Counts != "" {
			line += " — counts " + n.Counts
		}
		if n.PartOf >= 0 && n.PartOf < len(a.Numbers) {
			line += " — part of " + a.Numbers[n.PartOf].Text
		}
		if n.ReportedBy != "" {
			line += " — reported by " + n.ReportedBy
		}
		item(w, sentTag(n.Sentence), line)
	}
	section(w, "Dates", len(a.Dates))
	for _, d := range a.Dates {
		res := "unresolved"
		if d.Resolved {
			res = d.Date.Format(time.DateOnly)
			if d.Granularity != "" && d.Granularity != "day" {
				res += " (" + d.Granularity + ")"
			}
		}
		item(w, sentTag(d.Sentence), fmt.Sprintf("%q → %s: %s", d.Text, res, d.Evidence))
	}
}

// surfaceForms lists the distinct ways an entity is written, its name excluded.
func surfaceForms(e parallax.Entity) []string {
	seen := map[string]bool{e.Name: true}
	var forms []string
	for _, m := range e.Mentions {
		if !seen[m.Text] {
			seen[m.Text] = true
			forms = append(forms, m.Text)
		}
	}
	return forms
}

func field(w *bufio.Writer, name, value string) {
	wrap(w, fmt.Sprintf("%-10s ", name+":"), value)
}

func section(w *bufio.Writer, name string, n int) {
	fmt.Fprintf(w, "%s (%d)\n", name, n)
}

func item(w *bufio.Writer, tag, text string) {
	wrap(w, fmt.Sprintf("  %-6s", tag), text)
}

func sentTag(i int) string { return "[s" + strconv.Itoa(i) + "]" }

// wrap writes prefix and text, wrapped at textWidth, continuation lines
// indented to the width of prefix.
func wrap(w *bufio.Writer, prefix, text string) {
	indent := strings.Repeat(" ", len([]rune(prefix)))
	line := prefix
	width := len([]rune(prefix))
	for i, word := range strings.Fields(text) {
		n := len([]rune(word))
		if i > 0 && width+1+n > textWidth {
			w.WriteString(line + "\n")
			line, width = indent+word, len(indent)+n
			continue
		}
		if i > 0 {
			line += " "
			width++
		}
		line += word
		width += n
	}
	w.WriteString(line + "\n")
}

func orUnknown(v, evidence string) string {
	if v == "" {
		return "unknown (the input does not say)"
	}
	if evidence != "" {
		return v + "  (from " + evidence + ")"
	}
	return v
}

// orText returns v, or alt when v is empty.
func orText(v, alt string) string {
	if v == "" {
		return alt
	}
	return v
}
