package quote

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// Clauses that report through another clause's subject: participles
// ("…, adding that …", "Noting that …, X said") and coordinated verbs
// ("X thanked Y and said …").

// initialParticiple records a sentence-initial participle clause, which
// reports words of the main clause's subject: "Noting that the quays were
// empty, Lind said …".
func (f *finder) initialParticiple(si int) {
	toks := f.toks[si]
	k := 0
	for k < len(toks) && !toks[k].word {
		k++ // an opening quotation mark
	}
	if k+2 >= len(toks) || !strings.HasSuffix(toks[k].low, "ing") || verbs[toks[k].low]&takesThat == 0 || toks[k+1].low != "that" {
		return
	}
	for m := k + 3; m < len(toks) && m < k+maxContent; m++ {
		if toks[m-1].low != "," {
			continue
		}
		e, _, ok := subjectAfter(toks, m)
		if !ok {
			continue
		}
		q, ok := f.quoteAt(toks[k+2].start, toks[m-2].end, parallax.Indirect)
		if !ok || f.used[toks[k].start] {
			return
		}
		c := cand{quotes: []parallax.Quote{q}, inherit: -1, outer: -1}
		if p, in := f.quoteGroupAt(toks[k].start); in {
			if pronouns[toks[e-1].low] {
				return // pronouns inside a quotation belong to the quoted speaker
			}
			c.nested, c.outer = true, f.candOfPiece(p)
		}
		f.take(&c, toks, clause{subj: span{toks[m].start, toks[e-1].end}, verb: k})
		f.cands = append(f.cands, c)
		return
	}
}

// coordinatedSubject returns the subject of the predicate coordinated
// with the one after toks[and]: "Graham called X “crazy” and said …".
func coordinatedSubject(toks []token, and int) (i, e int, ok bool) {
	for v := and - 1; v > 0 && v >= and-30; v-- {
		t := toks[v]
		switch t.low {
		case "that", "who", "which", ";", "whom", "whose":
			return 0, 0, false
		}
		if !t.word || t.upper || (verbs[t.low] == 0 && !strings.HasSuffix(t.low, "ed")) {
			continue
		}
		if i, e, ok = subjectBefore(toks, v); ok {
			return i, e, true
		}
	}
	return 0, 0, false
}

// mainClauseBefore returns the candidate whose attribution stands in the
// same sentence before off: the subject of a participle clause.
func (f *finder) mainClauseBefore(si, off int) int {
	for i := len(f.cands) - 1; i >= 0; i-- {
		c := f.cands[i]
		if (c.subj.ok() || c.inherit >= 0) && c.at < off && f.sentenceAt(c.at) == si {
			return i
		}
	}
	return -1
}
