package reconcile

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// minClauseFeatures is the fewest features a clause needs to stand as a
// unit of its own; shorter pieces stay with the clause before them.
const minClauseFeatures = 4

// clauseBreaks are the places where a long sentence joins statements that
// other reports may make separately ("Turkey supports X, and underscored Y").
// Each break is cut before its first non-space byte plus skip bytes.
var clauseBreaks = []struct {
	mark string
	skip int
}{
	{"; ", 2}, {", and ", 6}, {", but ", 6}, {", while ", 8}, {" while also ", 12},
	{", whereas ", 10}, {", as well as ", 13}, {" – ", 3}, {" — ", 5},
}

// clauses appends to out the clause units of sentence unit u (index ui):
// none unless the sentence splits into at least two clauses of
// minClauseFeatures features each.
func (c *corpus) clauses(out []unit, u unit, ui int, sent parallax.Sentence, ments []span) []unit {
	cuts := clauseCuts(sent.Text)
	if len(cuts) == 0 {
		return out
	}
	type piece struct {
		lo, hi int // offsets in sent.Text
		feats  []string
	}
	var pieces []piece
	lo := 0
	for _, cut := range append(cuts, [2]int{len(sent.Text), len(sent.Text)}) {
		seg := parallax.Sentence{Text: sent.Text[lo:cut[0]], Start: sent.Start + lo, End: sent.Start + cut[0]}
		f := features(seg, ments, defaultLexicon, nil)
		if len(pieces) > 0 && len(f) < minClauseFeatures {
			last := &pieces[len(pieces)-1]
			last.hi = cut[0]
			last.feats = append(last.feats, f...)
		} else {
			pieces = append(pieces, piece{lo, cut[0], f})
		}
		lo = cut[1]
	}
	if len(pieces) > 1 && len(pieces[0].feats) < minClauseFeatures {
		pieces[1].lo = pieces[0].lo
		pieces[1].feats = append(pieces[1].feats, pieces[0].feats...)
		pieces = pieces[1:]
	}
	if len(pieces) < 2 {
		return out
	}
	for _, p := range pieces {
		out = append(out, unit{art: u.art, sent: u.sent, start: sent.Start + p.lo, end: sent.Start + p.hi,
			parent: ui, feats: c.intern(p.feats), claim: true})
	}
	return out
}

// clauseCuts returns, in order, the [end of clause, start of next) offsets
// of the clause breaks in s.
func clauseCuts(s string) [][2]int {
	var cuts [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] != ';' && s[i] != ',' && s[i] != ' ' {
			continue
		}
		for _, b := range clauseBreaks {
			if strings.HasPrefix(s[i:], b.mark) {
				if b.mark[0] == ',' && !clauseStarts(s[i+b.skip:]) {
					break
				}
				cuts = append(cuts, [2]int{i, i + b.skip})
				i += b.skip - 1
				break
			}
		}
	}
	return cuts
}

// clauseStarts reports whether rest, the text after a ", and"-like break,
// starts a clause rather than the last item of a list ("Russia, Turkey, and
// Iran"): it starts with a lower-case word and runs on for at least four
// words before any comma.
func clauseStarts(rest string) bool {
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	head, _, _ := strings.Cut(rest, ",")
	return len(strings.Fields(head)) >= 4
}
