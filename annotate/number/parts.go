package number

import "github.com/parallax-news/parallax"

// partOf returns the index in the output of the total that number k of the
// sentence's candidates cs is part of, or -1. done holds the sentence's
// numbers already emitted, base the index of done[0]. A number is a part
// when a cue stands between it and the number before ("318, including 47
// civilians", "among them 12 children"), when "of whom" or "of them"
// follows it ("47 of whom were farmers"), when it continues a list of
// parts ("including 47 farmers and 9 children"), or when "of (the)"
// joins it to the next number ("18 of the 26 shelters").
func partOf(toks []token, cs []cand, k int, done []parallax.Number, base int) int {
	if of := cs[k].to; at(toks, of).low == "of" && k+1 < len(cs) &&
		(cs[k+1].from == of+1 || (cs[k+1].from == of+2 && at(toks, of+1).low == "the")) {
		return base + k + 1 // "18 of the 26 shelters"
	}
	if k == 0 {
		return -1
	}
	gap := toks[cs[k-1].to:cs[k].from]
	if len(gap) <= 8 {
		for _, t := range gap {
			if partCues[t.low] {
				return base + k - 1
			}
		}
	}
	if at(toks, cs[k].to).low == "of" {
		switch at(toks, cs[k].to+1).low {
		case "whom", "them", "which":
			return base + k - 1
		}
	}
	if prev := done[k-1].PartOf; prev >= 0 && listGap(gap) {
		return prev
	}
	return -1
}

// listGap reports whether gap joins two items of a list: the first item's
// noun and "and", "plus" or a comma.
func listGap(gap []token) bool {
	if len(gap) > 4 {
		return false
	}
	for _, t := range gap {
		switch t.low {
		case "and", "plus":
			return true
		}
		if t.text == "," {
			return true
		}
	}
	return false
}
