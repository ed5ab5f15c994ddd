package report

import "github.com/parallax-news/parallax"

// DiffPiece is a piece of a quote variant's text as renderers mark it:
// Added words are the variant's own, Dropped words are the group's fullest
// version's that the variant lacks; neither means words they share.
type DiffPiece struct {
	Text           string
	Added, Dropped bool
}

// VariantDiff returns v's text in pieces marked against g.Text, as StoryHTML
// shows it: a verbatim variant is one unmarked piece.
func VariantDiff(g parallax.QuoteGroup, v parallax.QuoteVariant) []DiffPiece {
	if v.Fidelity == parallax.Verbatim {
		return []DiffPiece{{Text: v.Text}}
	}
	segs := wordDiff(g.Text, v.Text)
	out := make([]DiffPiece, len(segs))
	for i, s := range segs {
		out[i] = DiffPiece{Text: s.Text, Added: s.Op == added, Dropped: s.Op == dropped}
	}
	return out
}

// Grade returns what renderers show for v's fidelity within g: a CSS-class
// word and a label. A statement only one article reports is graded against
// nothing, so it gets class "sole" and the label "reported by this outlet
// only" instead of its nominal grade.
func Grade(g parallax.QuoteGroup, v parallax.QuoteVariant) (class, label string) {
	if !graded(g) {
		return "sole", soleOutlet
	}
	return string(v.Fidelity), string(v.Fidelity)
}
