package number

// changeFrom are the verbs before "from A to B" that make it a change of
// value rather than a range ("rose from 20 to 30").
var changeFrom = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "fell": true, "fallen": true,
	"dropped": true, "increased": true, "decreased": true, "declined": true, "grew": true,
	"jumped": true, "climbed": true, "went": true, "up": true, "down": true, "soared": true,
	"surged": true, "plunged": true, "cut": true, "raised": true, "revised": true,
}

// joinRanges merges neighbouring numbers that form a range: "between A and
// B", "from A to B" (unless a change verb stands before "from"), "A to B",
// "A-B", "A or B". The lower end takes the upper end's multiplier,
// percent sign and currency when it has none ("between 1 and 2 million").
func joinRanges(toks []token, cs []cand) []cand {
	out := cs[:0]
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if k+1 < len(cs) && isRange(toks, c, cs[k+1]) {
			c = merge(c, cs[k+1])
			k++
		}
		out = append(out, c)
	}
	return out
}

// isRange reports whether a and b, in that order, form a range.
func isRange(toks []token, a, b cand) bool {
	if b.from != a.to+1 || a.max > 0 || a.vague || b.vague || (a.percent && !b.percent) {
		return false
	}
	lo := a.value
	if a.mult == 1 && b.mult > 1 && a.value*b.mult <= b.value {
		lo = a.value * b.mult
	}
	if lo >= b.value {
		return false
	}
	before := at(toks, a.from-1).low
	switch g := toks[a.to]; g.low {
	case "and":
		return before == "between"
	case "to":
		if before != "from" {
			return true
		}
		v := at(toks, a.from-2).low
		return !changeFrom[v]
	case "or":
		return true
	}
	switch toks[a.to].text {
	case "-", "–", "—":
		return true
	}
	return false
}

// merge makes one range of a and b.
func merge(a, b cand) cand {
	c := a
	if a.mult == 1 && b.mult > 1 && a.value*b.mult <= b.value {
		c.value = a.value * b.mult
	}
	c.to = b.to
	c.max = b.value
	if b.max > 0 {
		c.max = b.max
	}
	c.percent = a.percent || b.percent
	if c.currency == "" {
		c.currency = b.currency
	}
	if c.unit == "" {
		c.unit = b.unit
	}
	return c
}
