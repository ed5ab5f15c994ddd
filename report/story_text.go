package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax"
)

// TextOptions configures StoryText. The zero value writes plain text.
type TextOptions struct {
	// Color adds ANSI colours and bold; the caller sets it when the output
	// is a terminal.
	Color bool
}

// ANSI styles used when TextOptions.Color is set.
const (
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// StoryText writes reports for a person reading a terminal, wrapped at 100
// columns: the articles (numbered #1, #2, …), the cited summary, facts with
// the outlets supporting them, discrepancies, what only one article says,
// quote groups with each variant graded, framing and timeline. Every line
// cites its articles as "#n" or, for a sentence, "#n s4" (sentences count
// from 0).
func StoryText(w io.Writer, reports []*parallax.Report, opts TextOptions) error {
	bw := bufio.NewWriter(w)
	for i, r := range reports {
		if i > 0 {
			bw.WriteString("\n")
		}
		tw := &textWriter{w: bw, c: newCiter(r), color: opts.Color}
		tw.story(r)
	}
	return bw.Flush()
}

type textWriter struct {
	w     *bufio.Writer
	c     *citer
	color bool
}

func (t *textWriter) style(s, code string) string {
	if !t.color {
		return s
	}
	return code + s + ansiReset
}

func (t *textWriter) heading(s string, n int) {
	t.w.WriteString("\n" + t.style(fmt.Sprintf("%s (%d)", s, n), ansiBold) + "\n")
}

func (t *textWriter) story(r *parallax.Report) {
	title := r.Title
	if title == "" {
		title = r.ID
	}
	for _, line := range wrapLines("=== ", title) {
		t.w.WriteString(t.style(line, ansiBold) + "\n")
	}
	t.wrap("", fmt.Sprintf("%s · %d articles, %d independent", dayOf(r), len(r.Articles), r.Independent))
	for i, a := range r.Articles {
		line := orText(a.Outlet, "outlet unknown")
		if a.Title != "" {
			line += fmt.Sprintf(", %q", a.Title)
		}
		if a.Published != nil {
			line += ", " + a.Published.Format("2006-01-02")
		}
		if a.CopyOf != "" {
			line += ", near-copy of " + t.c.tag(a.CopyOf)
		}
		t.wrap(fmt.Sprintf("  #%d  ", i+1), line+" ("+a.Source+")")
	}
	t.summary(r)
	t.facts(r)
	t.discrepancies(r)
	t.unique(r)
	t.quotes(r)
	t.framing(r)
	t.timeline(r)
	t.revisions(r)
	if len(r.Notes) > 0 {
		t.heading("Notes", len(r.Notes))
		for _, n := range r.Notes {
			t.wrap("  - ", n)
		}
	}
}

func (t *textWriter) summary(r *parallax.Report) {
	t.heading("Summary", len(r.Summary))
	for _, s := range r.Summary {
		t.wrap("  - ", s.Text+" "+t.style("["+t.c.tags(s.Citations)+"]", ansiDim))
	}
}

func (t *textWriter) facts(r *parallax.Report) {
	t.heading("Facts reported by several outlets", len(r.Facts))
	for _, f := range r.Facts {
		var cites []string
		for _, e := range f.Support {
			cites = append(cites, t.c.ev(e))
		}
		t.wrap(fmt.Sprintf("  %d× ", len(f.Outlets)), f.Text+" "+t.style("["+strings.Join(cites, ", ")+"]", ansiDim))
	}
}

func (t *textWriter) discrepancies(r *parallax.Report) {
	t.heading("Discrepancies", len(r.Discrepancies))
	for _, d := range r.Discrepancies {
		t.wrap("  * ", t.style(d.About, ansiBold)+" ("+d.Kind+")")
		for _, v := range d.Values {
			line := t.style(v.Value, ansiRed) + " — " + v.Text
			if v.ReportedBy != "" {
				line += " — per " + v.ReportedBy
			}
			if v.AsOf != "" {
				line += " — as of " + v.AsOf
			}
			t.wrap("      "+t.c.ev(v.Evidence)+": ", line)
		}
		if d.Note != "" {
			t.wrap("      note: ", d.Note)
		}
	}
}

func (t *textWriter) unique(r *parallax.Report) {
	n := 0
	for _, u := range r.Unique {
		n += len(u.Claims)
	}
	t.heading("Only one article says", n)
	for _, u := range r.Unique {
		for _, c := range u.Claims {
			t.wrap("  "+t.c.ev(c)+" ("+t.c.name(u.Article)+"): ", c.Text)
		}
	}
}

func (t *textWriter) quotes(r *parallax.Report) {
	t.heading("Who said what", len(r.Quotes))
	for _, g := range r.Quotes {
		who := orText(g.Speaker, "speaker unknown")
		if g.Channel != "" {
			who += " (via " + g.Channel + ")"
		}
		t.wrap("  * ", t.style(who, ansiBold)+": “"+g.Text+"”")
		for _, v := range g.Variants {
			grade := string(v.Fidelity)
			switch {
			case !graded(g):
				grade = t.style(soleOutlet, ansiDim)
			case v.Fidelity == parallax.Divergent:
				grade = t.style(strings.ToUpper(grade), ansiRed)
			case v.Fidelity == parallax.Verbatim:
				grade = t.style(grade, ansiGreen)
			}
			line := fmt.Sprintf("%s, %s: “%s”", grade, v.Kind, v.Text)
			if v.Why != "" {
				line += " — " + v.Why
			}
			t.wrap("      "+t.c.ev(v.Evidence)+" ", line)
		}
	}
}

func (t *textWriter) framing(r *parallax.Report) {
	t.heading("Framing: what each outlet calls the actors", len(r.Framing))
	for _, f := range r.Framing {
		t.w.WriteString("  * " + t.style(f.Entity, ansiBold) + "\n")
		for _, a := range r.Articles {
			var terms []string
			for _, ft := range f.Terms {
				if ft.Article == a.ID {
					terms = append(terms, fmt.Sprintf("%s (s%d)", ft.Term, ft.Sentence))
				}
			}
			if len(terms) > 0 {
				t.wrap("      "+t.c.tag(a.ID)+" "+t.c.name(a.ID)+": ", strings.Join(terms, "; "))
			}
		}
	}
}

func (t *textWriter) timeline(r *parallax.Report) {
	t.heading("Timeline", len(r.Timeline))
	for _, e := range r.Timeline {
		var cites []string
		for _, ev := range e.Evidence {
			cites = append(cites, t.c.ev(ev))
		}
		line := e.Text + " " + t.style("["+strings.Join(cites, ", ")+"]", ansiDim)
		if e.Inferred != "" {
			line += " (date inferred: " + e.Inferred + ")"
		}
		t.wrap(fmt.Sprintf("  %-10s ", e.Date), line)
	}
}

// wrap writes text after prefix, wrapped at textWidth visible columns:
// ANSI styles take no column.
func (t *textWriter) wrap(prefix, text string) {
	for _, line := range wrapLines(prefix, text) {
		t.w.WriteString(line + "\n")
	}
}

// wrapLines cuts text after prefix into lines of at most textWidth visible
// columns (a word longer than that stands alone); continuation lines are
// indented under the text.
func wrapLines(prefix, text string) []string {
	indent := strings.Repeat(" ", visibleWidth(prefix))
	var lines []string
	line, width := prefix, visibleWidth(prefix)
	for i, word := range strings.Fields(text) {
		n := visibleWidth(word)
		if i > 0 && width+1+n > textWidth {
			lines = append(lines, line)
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
	return append(lines, line)
}

// visibleWidth counts the runes of s outside ANSI escape sequences.
func visibleWidth(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case esc:
			esc = r < '@' || r > '~' || r == '['
		case r == '\x1b':
			esc = true
		default:
			n++
		}
	}
	return n
}
