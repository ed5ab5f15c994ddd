package quotegroup

import "strings"

// Clause-level alignment: a long statement is read as a row of clauses,
// and a rendering must find most of its content in one contiguous stretch
// of them. Otherwise a long centre, which shares a few words with nearly
// every statement of its speaker, would absorb them all.
const (
	// minRecall is the weighted share of a rendering's concepts that its
	// stretch of the centre must hold…
	minRecall = 0.5
	// …or at least lowRecall of them, making up with the stretch a Dice
	// overlap of minDice: a loose paraphrase of a whole clause rather than
	// a few shared words ("the situation in X") with a clause about
	// something else.
	lowRecall = 0.4
	minDice   = 0.35
	// nameWeight is the weight of an entity name in that share: the
	// story's actors recur in most statements, so they count half.
	nameWeight = 0.5
)

// strongStretch reports whether v's stretch [lo, hi) of t, holding the
// weighted share recall of v's concepts, is a strong enough match.
func strongStretch(v, t item, lo, hi int, recall float64) bool {
	const eps = 1e-9
	if recall+eps >= minRecall {
		return true
	}
	if recall+eps < lowRecall {
		return false
	}
	vw, sw, seen := 0.0, 0.0, make(map[string]bool)
	for c := range v.set {
		vw += weight(c)
	}
	for _, w := range t.ws[lo:hi] {
		if w.concept != "" && !seen[w.concept] {
			seen[w.concept] = true
			sw += weight(w.concept)
		}
	}
	return 2*recall*vw/(vw+sw)+eps >= minDice
}

// clauseOpeners start a new clause after a comma or dash ("…, and that
// …", "…, while …").
var clauseOpeners = makeSet(`and but while whereas although though including who which adding noting
stressing saying`)

// clauseStarts returns the indices of ws (words of text s) at which a
// clause starts, from 0, ending with len(ws): after sentence punctuation
// or a semicolon, before "while"/"whereas", before a clause opener that
// follows a comma or dash, and after the comma that closes a participial
// lead-in ("Stating that …, the president said …").
func clauseStarts(s string, ws []word) []int {
	starts := []int{0}
	lead := len(ws) > 0 && isParticiple(ws[0].fold)
	for i := 1; i < len(ws); i++ {
		gap := s[ws[i-1].end:ws[i].start]
		comma := strings.ContainsAny(gap, ",—–")
		switch {
		case strings.ContainsAny(gap, ".;:!?\n"):
			lead = isParticiple(ws[i].fold)
		case ws[i].fold == "while" || ws[i].fold == "whereas":
		case comma && (clauseOpeners[ws[i].fold] || lead):
			lead = false
		default:
			continue
		}
		if i > starts[len(starts)-1] {
			starts = append(starts, i)
		}
	}
	return append(starts, len(ws))
}

// isParticiple reports whether the folded word f is an -ing form long
// enough not to be a noun like "king".
func isParticiple(f string) bool {
	return len(f) > 5 && strings.HasSuffix(f, "ing")
}

// stretch returns the stretch [lo, hi) of t's words, made of whole
// clauses, that holds the largest weighted share of v's concepts while
// staying within a size a rendering of v could take (always at least one
// clause); ties go to the shorter stretch. It returns that share too.
func stretch(v, t item) (lo, hi int, recall float64) {
	total := 0.0
	for c := range v.set {
		total += weight(c)
	}
	if total == 0 {
		return 0, len(t.ws), 0
	}
	limit := 2*len(v.set) + 4
	cs := t.clauses
	best := -1.0
	for a := 0; a+1 < len(cs); a++ {
		seen := make(map[string]bool)
		got, size := 0.0, 0
		for b := a + 1; b < len(cs); b++ {
			for _, w := range t.ws[cs[b-1]:cs[b]] {
				if w.concept == "" {
					continue
				}
				size++
				if v.set[w.concept] && !seen[w.concept] {
					seen[w.concept] = true
					got += weight(w.concept)
				}
			}
			if b > a+1 && size > limit {
				break
			}
			if r := got / total; r > best || r == best && cs[b]-cs[a] < hi-lo {
				lo, hi, best = cs[a], cs[b], r
			}
		}
	}
	return lo, hi, best
}

func weight(c string) float64 {
	if strings.HasPrefix(c, "@") {
		return nameWeight
	}
	return 1
}
