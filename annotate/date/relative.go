package date

// weekdayAt matches a weekday at token i with a leading "on", "last",
// "next", "this" or "since", and a trailing calendar date ("Tuesday,
// December 3") that it then stands beside.
func weekdayAt(toks []token, i, floor int) match {
	m := match{from: i, to: i + 1, e: expr{kind: weekday, wd: weekdays[toks[i].low]}}
	if i-1 >= floor {
		switch toks[i-1].low {
		case "on", "since":
			m.from = i - 1
		case "last":
			m.from, m.e.dir = i-1, -1
		case "next":
			m.from, m.e.dir = i-1, 1
		case "this":
			m.from, m.e.this = i-1, true
		}
	}
	j := i + 1
	if at(toks, j).text == "," {
		j++
	}
	var d match
	ok := false
	if t := at(toks, j); t.kind == word && capitalised(t.text) {
		if _, isMonth := months[t.low]; isMonth {
			d, ok = monthFirst(toks, j, j)
		}
	} else if t.kind == num {
		d, ok = dayFirst(toks, j)
	}
	if ok && d.e.day > 0 {
		m.to = d.to
		wd := m.e.wd
		m.e = d.e
		m.e.wd, m.e.hasWD = wd, true
	}
	return m
}

// partOfDay matches "this morning" (and afternoon, evening) and "last night".
func partOfDay(toks []token, i int) (match, bool) {
	next := at(toks, i+1).low
	switch {
	case toks[i].low == "this" && (next == "morning" || next == "afternoon" || next == "evening"):
		return match{from: i, to: i + 2, e: expr{kind: dayOffset, unit: "day"}}, true
	case toks[i].low == "last" && next == "night":
		return match{from: i, to: i + 2, e: expr{kind: dayOffset, n: -1, unit: "day"}}, true
	}
	return match{}, false
}

// periodAt matches "last week", "the previous week", "earlier this month",
// "next year", "last weekend" with the direction word at token i.
func periodAt(toks []token, i, floor int) (match, bool) {
	n, ok := periodDirs[toks[i].low]
	if !ok {
		return match{}, false
	}
	u := at(toks, i+1).low
	weekend := u == "weekend"
	if u != "week" && u != "month" && u != "year" && !weekend {
		return match{}, false
	}
	m := match{from: i, to: i + 2, e: expr{kind: period, n: n, unit: u, weekend: weekend}}
	if weekend {
		m.e.unit = "week"
	}
	if p := i - 1; p >= floor && toks[p].low == "the" {
		m.from = p
	}
	if p := m.from - 1; p >= floor && (toks[p].low == "earlier" || toks[p].low == "later") {
		m.from = p
	}
	if toks[i].low == "past" {
		m.e.kind = vague
	}
	return m, true
}

// vagueAt matches "in recent days", "over the past few weeks", "in the
// coming days" with the preposition at token i.
func vagueAt(toks []token, i int) (match, bool) {
	switch toks[i].low {
	case "in", "over", "during", "for":
	default:
		return match{}, false
	}
	j := i + 1
	if at(toks, j).low == "the" {
		j++
	}
	if !vagueHeads[at(toks, j).low] {
		return match{}, false
	}
	j++
	switch at(toks, j).low {
	case "few", "several":
		j++
	case "couple":
		if at(toks, j+1).low == "of" {
			j += 2
		}
	}
	u := at(toks, j)
	if g, ok := units[u.low]; ok && u.low != g {
		return match{from: i, to: j + 1, e: expr{kind: vague, unit: g}}, true
	}
	return match{}, false
}

// countAgo matches "two days ago", "3 weeks earlier", "a year ago" and the
// vague "a few days ago" with the count at token i.
func countAgo(toks []token, i int) (match, bool) {
	t := toks[i]
	n, j := 0, i+1
	isVague := false
	switch {
	case t.kind == num && len(t.text) <= 3:
		n = atoi(t.text)
	case t.low == "a" && (at(toks, i+1).low == "few" || at(toks, i+1).low == "couple"):
		isVague, j = true, i+2
		if at(toks, j).low == "of" {
			j++
		}
	case vagueCounts[t.low]:
		isVague = true
	case counts[t.low] > 0:
		n = counts[t.low]
	default:
		return match{}, false
	}
	g, ok := units[at(toks, j).low]
	if !ok {
		return match{}, false
	}
	if w := at(toks, j+1).low; w != "ago" && w != "earlier" {
		return match{}, false
	}
	m := match{from: i, to: j + 2, e: expr{kind: ago, n: n, unit: g}}
	if isVague {
		m.e.kind = vague
	}
	return m, true
}
