package number

// wordNumber reads a quantity written in words at token i: "twelve",
// "twenty-five", "two hundred", "a dozen", "a million", and the vague
// "dozens", "hundreds of thousands", "several hundred", "a few thousand",
// whose value is the lower bound the words guarantee (no upper bound).
// A lone "one" is not read: it is more often a pronoun than a count.
func wordNumber(toks []token, i int) (cand, bool) {
	low := toks[i].low
	if !numberWords[low] {
		return cand{}, false
	}
	switch {
	case low == "a" || low == "an":
		n := at(toks, i+1).low
		if s, ok := scales[n]; ok && n != "mn" && n != "bn" && n != "tn" {
			return cand{from: i, to: i + 2, value: s, mult: 1}, true
		}
		if n == "few" {
			return vagueScale(toks, i, i+1)
		}
	case vagueFactors[low] > 0:
		return vagueScale(toks, i, i)
	case vaguePlurals[low] > 0:
		return vaguePlural(toks, i)
	case cardinals[low] > 0:
		return cardinal(toks, i)
	}
	return cand{}, false
}

// vagueScale reads "several hundred" or "a few thousand" with the factor
// word at token f and the quantity starting at token from.
func vagueScale(toks []token, from, f int) (cand, bool) {
	s, ok := scales[at(toks, f+1).low]
	if !ok || s > 1e12 {
		return cand{}, false
	}
	return cand{from: from, to: f + 2, value: vagueFactors[toks[f].low] * s, mult: 1, vague: true}, true
}

// vaguePlural reads "dozens", "hundreds", "tens of thousands", "hundreds of
// thousands" at token i.
func vaguePlural(toks []token, i int) (cand, bool) {
	r := vaguePlurals[toks[i].low]
	if at(toks, i+1).low == "of" {
		if outer, ok := vaguePlurals[at(toks, i+2).low]; ok && outer >= 2000 {
			s := outer / 2 // "thousands" → 1,000
			return cand{from: i, to: i + 3, value: r * s, mult: 1, vague: true}, true
		}
	}
	if toks[i].low == "tens" {
		return cand{}, false
	}
	return cand{from: i, to: i + 1, value: r, mult: 1, vague: true}, true
}

// cardinal reads number words from token i: units and tens, joined by
// hyphens, then scales ("two hundred and fifty thousand").
func cardinal(toks []token, i int) (cand, bool) {
	total, cur := 0.0, 0.0
	j, words := i, 0
	for j < len(toks) {
		t := toks[j]
		if v, ok := cardinals[t.low]; ok && t.kind == word {
			cur += v
			words++
			j++
			if at(toks, j).text == "-" && adjacent(toks, j-1) && cardinals[at(toks, j+1).low] > 0 {
				j++
			}
			continue
		}
		s, ok := scales[t.low]
		if !ok || t.low == "mn" || t.low == "bn" || t.low == "tn" {
			if t.low == "and" && words > 0 && cur >= 100 && cardinals[at(toks, j+1).low] > 0 {
				j++
				continue
			}
			break
		}
		if s < 1000 {
			cur = max(cur, 1) * s
		} else {
			total += max(cur, 1) * s
			cur = 0
		}
		words++
		j++
	}
	v := total + cur
	if at(toks, j).text == "-" && adjacent(toks, j-1) {
		return cand{}, false // "two-thirds", "three-day"
	}
	if v == 1 && words == 1 {
		return cand{}, false
	}
	return cand{from: i, to: j, value: v, mult: 1}, true
}

// numberWords holds every word that can start a quantity, so that most
// words are rejected with one look-up.
var numberWords = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true}
	for w := range cardinals {
		m[w] = true
	}
	for w := range vagueFactors {
		m[w] = true
	}
	for w := range vaguePlurals {
		m[w] = true
	}
	return m
}()
