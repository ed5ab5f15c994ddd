package report

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax"
)

// revisionsHeading titles the section listing the articles of a story that
// changed after they were first stored (Report.Revisions).
const revisionsHeading = "Changed after publication"

// revisionLine says which article changed, when, and how its title did:
// "#2 (The Quillan Ledger), revision 2, changed 2025-03-04 10:00 UTC; title
// was "…"".
func revisionLine(c *citer, r parallax.ArticleRevision) string {
	s := fmt.Sprintf("%s (%s), revision %d", c.tag(r.Article), c.name(r.Article), r.Revision)
	if !r.Changed.IsZero() {
		s += ", changed " + r.Changed.UTC().Format("2006-01-02 15:04 UTC")
	}
	if r.TitleBefore != "" {
		s += fmt.Sprintf("; title was %q", r.TitleBefore)
	}
	return s
}

// moreLine says how many changed sentences the capped lists leave out; ""
// when none.
func moreLine(r parallax.ArticleRevision) string {
	var parts []string
	if n := r.RemovedCount - len(r.Removed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d more removed", n))
	}
	if n := r.AddedCount - len(r.Added); n > 0 {
		parts = append(parts, fmt.Sprintf("%d more added", n))
	}
	if len(parts) == 0 {
		return ""
	}
	return "… and " + strings.Join(parts, ", ")
}

// revisions writes the "Changed after publication" section of the text
// report; nothing when no article changed.
func (t *textWriter) revisions(r *parallax.Report) {
	if len(r.Revisions) == 0 {
		return
	}
	t.heading(revisionsHeading, len(r.Revisions))
	for _, rv := range r.Revisions {
		t.wrap("  - ", revisionLine(t.c, rv))
		for _, s := range rv.Removed {
			t.wrap("      "+t.style("removed:", ansiRed)+" ", s)
		}
		for _, s := range rv.Added {
			t.wrap("      "+t.style("added:", ansiGreen)+" ", s)
		}
		if m := moreLine(rv); m != "" {
			t.wrap("      ", m)
		}
	}
}

// revisions writes the "Changed after publication" section of the Markdown
// report; nothing when no article changed.
func (m *mdWriter) revisions(r *parallax.Report) {
	if len(r.Revisions) == 0 {
		return
	}
	m.f("\n## %s\n\n", revisionsHeading)
	for _, rv := range r.Revisions {
		m.f("- %s\n", mdEscape(revisionLine(m.c, rv)))
		for _, s := range rv.Removed {
			m.f("  - removed: ~~%s~~\n", mdEscape(s))
		}
		for _, s := range rv.Added {
			m.f("  - added: **%s**\n", mdEscape(s))
		}
		if more := moreLine(rv); more != "" {
			m.f("  - %s\n", mdEscape(more))
		}
	}
}

// htmlRevision is one changed article as the HTML template shows it.
type htmlRevision struct {
	Line, More     string
	Removed, Added []string
}

// htmlRevisions returns the view of r.Revisions; nil when none.
func htmlRevisions(c *citer, r *parallax.Report) []htmlRevision {
	var out []htmlRevision
	for _, rv := range r.Revisions {
		out = append(out, htmlRevision{Line: revisionLine(c, rv), More: moreLine(rv), Removed: rv.Removed, Added: rv.Added})
	}
	return out
}
