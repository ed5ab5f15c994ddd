package date

// isoDate matches "2024-12-04" (or "2024/12/04") at token i.
func isoDate(toks []token, i int) (match, bool) {
	y, ok := isYear(toks[i])
	sep := at(toks, i+1).text
	if !ok || (sep != "-" && sep != "/") || at(toks, i+3).text != sep {
		return match{}, false
	}
	for j := i; j < i+4; j++ {
		if !adjacent(toks, j) {
			return match{}, false
		}
	}
	mt, dt := at(toks, i+2), at(toks, i+4)
	if mt.kind != num || dt.kind != num || len(mt.text) > 2 || len(dt.text) > 2 {
		return match{}, false
	}
	return match{from: i, to: i + 5, e: expr{kind: absolute, year: y, month: atoi(mt.text), day: atoi(dt.text)}}, true
}

// dottedDate matches the day-first "04.12.2024" at token i.
func dottedDate(toks []token, i int) (match, bool) {
	if len(toks[i].text) > 2 || at(toks, i+1).text != "." || at(toks, i+3).text != "." {
		return match{}, false
	}
	for j := i; j < i+4; j++ {
		if !adjacent(toks, j) {
			return match{}, false
		}
	}
	mt := at(toks, i+2)
	y, ok := isYear(at(toks, i+4))
	if !ok || mt.kind != num || len(mt.text) > 2 {
		return match{}, false
	}
	return match{from: i, to: i + 5, e: expr{kind: absolute, year: y, month: atoi(mt.text), day: atoi(toks[i].text)}}, true
}

// dayFirst matches "3 December", "3rd of Dec. 2024" at token i.
func dayFirst(toks []token, i int) (match, bool) {
	d, j, ok := dayNum(toks, i)
	if !ok {
		return match{}, false
	}
	if at(toks, j).low == "of" {
		j++
	}
	mt := at(toks, j)
	mo, ok := months[mt.low]
	if !ok || mt.kind != word || !capitalised(mt.text) {
		return match{}, false
	}
	j++
	if abbrev[mt.low] && at(toks, j).text == "." && adjacent(toks, j-1) {
		j++
	}
	y, j := optYear(toks, j)
	return match{from: i, to: j, e: expr{kind: absolute, year: y, month: mo, day: d}}, true
}

// monthFirst matches "December 3, 2024", "Nov. 27", "Dec 2024" and, after a
// preposition, a lone "December" at token i.
func monthFirst(toks []token, i, floor int) (match, bool) {
	t := toks[i]
	mo := months[t.low]
	j := i + 1
	if abbrev[t.low] && at(toks, j).text == "." && adjacent(toks, i) {
		j++
	}
	if d, k, ok := dayNum(toks, j); ok && !timeAfter(toks, k) {
		y, k := optYear(toks, k)
		return match{from: i, to: k, e: expr{kind: absolute, year: y, month: mo, day: d}}, true
	}
	if y, k := optYear(toks, j); y > 0 {
		return match{from: i, to: k, e: expr{kind: absolute, year: y, month: mo}}, true
	}
	if abbrev[t.low] || i-1 < floor {
		return match{}, false
	}
	prev := at(toks, i-1)
	if prev.text == "-" && at(toks, i-2).low == "mid" {
		prev = at(toks, i-2)
	}
	if !monthPreps[prev.low] {
		return match{}, false
	}
	return match{from: i, to: i + 1, e: expr{kind: absolute, month: mo}}, true
}

// timeAfter reports whether token k starts the minutes of a clock time
// ("May 5:30" is not a date we read).
func timeAfter(toks []token, k int) bool {
	return at(toks, k).text == ":" && adjacent(toks, k-1)
}

// yearAfterPrep matches "in 2011", "since 2016", "in early 2020" with the
// year at token i.
func yearAfterPrep(toks []token, i, floor int) (match, bool) {
	y, ok := isYear(toks[i])
	if !ok || i-1 < floor || (at(toks, i+1).text == "-" && adjacent(toks, i)) {
		return match{}, false
	}
	p := i - 1
	if toks[p].text == "-" && at(toks, p-1).low == "mid" && p-1 >= floor {
		p--
	}
	prep := toks[p].low
	if !yearPreps[prep] {
		return match{}, false
	}
	if (prep == "by" || prep == "from") && !yearEnds(at(toks, i+1)) {
		return match{}, false // "by 2000 votes"
	}
	m := match{from: i, to: i + 1, e: expr{kind: absolute, year: y}}
	switch prep {
	case "since":
		m.from, m.e.since = p, true
	case "early", "late", "mid":
		m.from = p
		if s := at(toks, p-1); s.low == "since" && p-1 >= floor {
			m.from, m.e.since = p-1, true
		}
	}
	return m, true
}

// yearEnds reports whether t may follow a year after "by" or "from".
func yearEnds(t token) bool {
	if t.kind != word || capitalised(t.text) {
		return true
	}
	switch t.low {
	case "and", "to", "until", "onwards", "on", "through", "or", "when", "after", "before", "the", "as":
		return true
	}
	return false
}
