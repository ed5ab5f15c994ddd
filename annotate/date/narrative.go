package date

// bareYear matches a four-digit year standing alone ("the 2014 season"),
// but not one that is part of a longer number or a range of digits.
func bareYear(toks []token, i int) (match, bool) {
	y, ok := isYear(toks[i])
	if !ok || adjacent(toks, i) && (at(toks, i+2).kind == num || at(toks, i+1).kind == word) ||
		adjacent(toks, i-1) && (at(toks, i-1).kind == word || at(toks, i-2).kind == num) {
		return match{}, false
	}
	prev := at(toks, i-1)
	key := prev.low
	if prev.kind != word {
		key = prev.text
	}
	switch key {
	case "$", "€", "£", "#":
		return match{}, false
	case "by", "from", "of", "than", "to", "about", "some", "nearly", "over", "under", "only", "least", "and", "or":
		if !yearEnds(at(toks, i+1)) {
			return match{}, false // "by 2000 votes"
		}
	}
	return match{from: i, to: i + 1, e: expr{kind: absolute, year: y}}, true
}

// decade matches "the 1950s", "1990s", "the 1940's": vague, as no single
// year is meant.
func decade(toks []token, i, floor int) (match, bool) {
	t := toks[i]
	if _, ok := isYear(t); !ok || t.text[3] != '0' || !adjacent(toks, i) {
		return match{}, false
	}
	j := i + 1
	if at(toks, j).text == "'" || at(toks, j).text == "’" {
		j++
	}
	if at(toks, j).text != "s" {
		return match{}, false
	}
	m := match{from: i, to: j + 1, e: expr{kind: vague, unit: "year"}}
	if i-1 >= floor && toks[i-1].low == "the" {
		m.from = i - 1
	}
	return m, true
}

// narrativeAt matches "the following day", "the next day", "the previous
// day", "the same week", "the day before", "that night" and, after
// over/at/during, "the weekend" at token i.
func narrativeAt(toks []token, i int) (match, bool) {
	t, n1, n2 := toks[i], at(toks, i+1).low, at(toks, i+2).low
	if t.low == "that" && narrativeUnits[n1] && n1 != "weekend" {
		return match{from: i, to: i + 2, e: expr{kind: narrative, unit: unitOf(n1)}}, true
	}
	if t.low != "the" {
		return match{}, false
	}
	switch {
	case n1 == "weekend" && (at(toks, i-1).low == "over" || at(toks, i-1).low == "at" || at(toks, i-1).low == "during"):
		return match{from: i - 1, to: i + 2, e: expr{kind: period, unit: "week", n: -1, weekend: true, recent: true}}, true
	case n1 == "day" && (n2 == "before" || n2 == "after"):
		return match{from: i, to: i + 3, e: expr{kind: narrative, unit: "day"}}, true
	case (n1 == "following" || n1 == "same") && narrativeUnits[n2],
		(n1 == "next" || n1 == "previous") && narrativeUnits[n2] && unitOf(n2) == "day":
		return match{from: i, to: i + 3, e: expr{kind: narrative, unit: unitOf(n2)}}, true
	}
	return match{}, false
}

// unitOf maps "night" or "morning" to the granularity "day".
func unitOf(w string) string {
	switch w {
	case "week", "weekend":
		return "week"
	case "month", "year":
		return w
	}
	return "day"
}
