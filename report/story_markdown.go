package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax"
)

// StoryMarkdown writes reports as GitHub-flavoured Markdown: an article
// table, the cited summary, a facts table with one column per article,
// discrepancies, unique claims, quote groups whose variants show the words
// they add in bold and the words of the fullest version they lack struck
// through, a framing table and the timeline. Citations are "#n" (article
// n of the table) and "s4" (its sentence 4, counting from 0).
func StoryMarkdown(w io.Writer, reports []*parallax.Report) error {
	bw := bufio.NewWriter(w)
	for i, r := range reports {
		if i > 0 {
			bw.WriteString("\n---\n\n")
		}
		mw := &mdWriter{w: bw, c: newCiter(r)}
		mw.story(r)
	}
	return bw.Flush()
}

type mdWriter struct {
	w *bufio.Writer
	c *citer
}

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m *mdWriter) story(r *parallax.Report) {
	m.f("# %s\n\n%s · %d articles, %d independent\n\n", mdEscape(orText(r.Title, r.ID)), dayOf(r), len(r.Articles), r.Independent)
	m.f("| # | outlet | title | published | source |\n|---|---|---|---|---|\n")
	for i, a := range r.Articles {
		pub := "unknown"
		if a.Published != nil {
			pub = a.Published.Format("2006-01-02")
		}
		title := mdEscape(a.Title)
		if a.CopyOf != "" {
			title += " (near-copy of " + m.c.tag(a.CopyOf) + ")"
		}
		m.f("| #%d | %s | %s | %s | %s |\n", i+1, mdEscape(orText(a.Outlet, "unknown")), title, pub, mdEscape(a.Source))
	}
	m.summary(r)
	m.facts(r)
	m.discrepancies(r)
	m.unique(r)
	m.quotes(r)
	m.framing(r)
	m.timeline(r)
	m.revisions(r)
	if len(r.Notes) > 0 {
		m.f("\n## Notes\n\n")
		for _, n := range r.Notes {
			m.f("- %s\n", mdEscape(n))
		}
	}
}

func (m *mdWriter) summary(r *parallax.Report) {
	m.f("\n## Summary\n\n")
	for _, s := range r.Summary {
		m.f("- %s [%s]\n", mdEscape(s.Text), m.c.tags(s.Citations))
	}
}

func (m *mdWriter) facts(r *parallax.Report) {
	m.f("\n## Facts reported by several outlets\n\n| fact | outlets |")
	for i := range r.Articles {
		m.f(" #%d |", i+1)
	}
	m.f("\n|---|---|%s\n", strings.Repeat("---|", len(r.Articles)))
	for _, f := range r.Facts {
		sup := supports(f)
		m.f("| %s | %d |", mdEscape(f.Text), len(f.Outlets))
		for _, a := range r.Articles {
			if e, ok := sup[a.ID]; ok {
				m.f(" s%d |", e.Sentence)
			} else {
				m.f(" |")
			}
		}
		m.f("\n")
	}
}

func (m *mdWriter) discrepancies(r *parallax.Report) {
	m.f("\n## Discrepancies\n")
	for _, d := range r.Discrepancies {
		m.f("\n**%s** (%s)\n\n", mdEscape(d.About), d.Kind)
		for _, v := range d.Values {
			m.f("- **%s** — %s [%s]", mdEscape(v.Value), mdEscape(v.Text), m.c.ev(v.Evidence))
			if v.ReportedBy != "" {
				m.f(" — per %s", mdEscape(v.ReportedBy))
			}
			if v.AsOf != "" {
				m.f(" — as of %s", v.AsOf)
			}
			m.f("\n")
		}
		if d.Note != "" {
			m.f("\n> %s\n", mdEscape(d.Note))
		}
	}
}

func (m *mdWriter) unique(r *parallax.Report) {
	m.f("\n## Only one article says\n")
	for _, u := range r.Unique {
		m.f("\n**%s %s**\n\n", m.c.tag(u.Article), mdEscape(m.c.name(u.Article)))
		for _, c := range u.Claims {
			m.f("- %s [%s]\n", mdEscape(c.Text), m.c.ev(c))
		}
	}
}

func (m *mdWriter) quotes(r *parallax.Report) {
	m.f("\n## Who said what\n")
	for _, g := range r.Quotes {
		who := orText(g.Speaker, "speaker unknown")
		if g.Channel != "" {
			who += " (via " + g.Channel + ")"
		}
		m.f("\n**%s**: “%s”\n\n", mdEscape(who), mdEscape(g.Text))
		for _, v := range g.Variants {
			grade := string(v.Fidelity)
			if !graded(g) {
				grade = soleOutlet
			}
			m.f("- [%s] *%s*, %s: “%s”", m.c.ev(v.Evidence), grade, v.Kind, mdDiff(g.Text, v))
			if v.Why != "" {
				m.f(" — %s", mdEscape(v.Why))
			}
			m.f("\n")
		}
	}
}

// mdDiff renders a variant with added words in bold and the fullest
// version's missing words struck through; verbatim variants as they are.
func mdDiff(full string, v parallax.QuoteVariant) string {
	if v.Fidelity == parallax.Verbatim {
		return mdEscape(v.Text)
	}
	var b strings.Builder
	for _, s := range wordDiff(full, v.Text) {
		switch s.Op {
		case added:
			t := strings.TrimRight(s.Text, " ")
			b.WriteString("**" + mdEscape(t) + "**" + s.Text[len(t):])
		case dropped:
			b.WriteString("~~" + mdEscape(s.Text) + "~~ ")
		default:
			b.WriteString(mdEscape(s.Text))
		}
	}
	return b.String()
}

func (m *mdWriter) framing(r *parallax.Report) {
	m.f("\n## Framing: what each outlet calls the actors\n\n| actor |")
	for i, a := range r.Articles {
		m.f(" #%d %s |", i+1, mdEscape(m.c.name(a.ID)))
	}
	m.f("\n|---|%s\n", strings.Repeat("---|", len(r.Articles)))
	for _, f := range r.Framing {
		m.f("| %s |", mdEscape(f.Entity))
		for _, a := range r.Articles {
			var terms []string
			for _, t := range f.Terms {
				if t.Article == a.ID {
					terms = append(terms, fmt.Sprintf("%s (s%d)", mdEscape(t.Term), t.Sentence))
				}
			}
			m.f(" %s |", strings.Join(terms, "; "))
		}
		m.f("\n")
	}
}

func (m *mdWriter) timeline(r *parallax.Report) {
	m.f("\n## Timeline\n\n")
	for _, e := range r.Timeline {
		var cites []string
		for _, ev := range e.Evidence {
			cites = append(cites, m.c.ev(ev))
		}
		m.f("- **%s** %s [%s]", e.Date, mdEscape(e.Text), strings.Join(cites, ", "))
		if e.Inferred != "" {
			m.f(" *(date inferred: %s)*", mdEscape(e.Inferred))
		}
		m.f("\n")
	}
}

// mdEscaper escapes the characters Markdown would read as markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `|`, `\|`,
	`[`, `\[`, `]`, `\]`, `<`, `&lt;`, `>`, `&gt;`, `~`, `\~`, "\n", " ")

func mdEscape(s string) string { return mdEscaper.Replace(s) }
