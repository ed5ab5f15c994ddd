package date

import "time"

// kind is the shape of a date expression, which decides how it resolves.
type kind uint8

const (
	absolute  kind = iota + 1 // a calendar date; year, month or day may be 0 (absent)
	weekday                   // "Tuesday", "last Friday"
	dayOffset                 // "today", "yesterday": n days from publication
	period                    // "last week", "this month": n units from publication
	ago                       // "two days ago": n units back
	vague                     // "in recent days": no single date
	narrative                 // "the following day": relative to a narrated event
)

// expr is a recognised date expression before resolution.
type expr struct {
	kind             kind
	year, month, day int // absolute; 0 when not written
	wd               time.Weekday
	hasWD            bool // absolute date that also names its weekday
	dir              int  // weekday: -1 "last", +1 "next", 0 plain
	this             bool // weekday: "this Tuesday"
	future           bool // a future cue stands before it ("will meet on Friday") or, failing one, after it
	past             bool // no future cue, and a past-tense cue stands near it ("closed in March")
	n                int  // dayOffset, period, ago: signed offset
	unit             string
	weekend          bool // period: the weekend rather than the week
	recent           bool // period: "over the weekend", the latest one
	since            bool // absolute: "since 2016"
}

// match is an expression found at tokens [from, to).
type match struct {
	from, to int
	e        expr
}

// scan finds the date expressions in toks, left to right, without overlap.
func scan(toks []token, out []match) []match {
	floor := 0
	for i := 0; i < len(toks); {
		m, ok := matchAt(toks, i, floor)
		if !ok {
			i++
			continue
		}
		m.e.future, m.e.past = tenseAround(toks, m.from, m.to)
		out = append(out, m)
		floor, i = m.to, m.to
	}
	return out
}

// matchAt tries every pattern that can start at (or, through a leading
// preposition, just before) token i; floor is the first token not yet
// consumed by an earlier match.
func matchAt(toks []token, i, floor int) (match, bool) {
	t := toks[i]
	if t.kind == num {
		if m, ok := isoDate(toks, i); ok {
			return m, true
		}
		if m, ok := dottedDate(toks, i); ok {
			return m, true
		}
		if m, ok := dayFirst(toks, i); ok {
			return m, true
		}
		if m, ok := yearAfterPrep(toks, i, floor); ok {
			return m, true
		}
		if m, ok := decade(toks, i, floor); ok {
			return m, true
		}
		if m, ok := bareYear(toks, i); ok {
			return m, true
		}
		return countAgo(toks, i)
	}
	if t.kind != word || !starters[t.low] {
		return match{}, false
	}
	if _, ok := weekdays[t.low]; ok && capitalised(t.text) {
		return weekdayAt(toks, i, floor), true
	}
	if _, ok := months[t.low]; ok && capitalised(t.text) {
		if m, ok := monthFirst(toks, i, floor); ok {
			return m, true
		}
	}
	if n, ok := dayWords[t.low]; ok {
		return match{from: i, to: i + 1, e: expr{kind: dayOffset, n: n, unit: "day"}}, true
	}
	if m, ok := partOfDay(toks, i); ok {
		return m, true
	}
	if m, ok := periodAt(toks, i, floor); ok {
		return m, true
	}
	if m, ok := vagueAt(toks, i); ok {
		return m, true
	}
	if m, ok := narrativeAt(toks, i); ok {
		return m, true
	}
	return countAgo(toks, i)
}

// at returns token i, or a zero token when i is out of range.
func at(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func adjacent(toks []token, i int) bool {
	return i >= 0 && i+1 < len(toks) && toks[i].end == toks[i+1].start
}

// isYear reports whether t is a four-digit year Parallax accepts.
func isYear(t token) (int, bool) {
	if t.kind != num || len(t.text) != 4 {
		return 0, false
	}
	y := atoi(t.text)
	return y, y >= 1800 && y <= 2100
}

// dayNum reads a day of the month (1–31), with an optional ordinal suffix
// ("3rd"), at token i; it returns the day and the index after it.
func dayNum(toks []token, i int) (int, int, bool) {
	t := at(toks, i)
	if t.kind != num || len(t.text) > 2 {
		return 0, i, false
	}
	d := atoi(t.text)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	if s := at(toks, i+1); adjacent(toks, i) && s.kind == word {
		switch s.low {
		case "st", "nd", "rd", "th":
			return d, i + 2, true
		}
		return 0, i, false // "3bn", "5km"
	}
	return d, i + 1, true
}

// optYear reads an optional ", 2024" or " 2024" at token i.
func optYear(toks []token, i int) (int, int) {
	j := i
	if at(toks, j).text == "," {
		j++
	}
	if y, ok := isYear(at(toks, j)); ok && !(at(toks, j+1).text == "-" && adjacent(toks, j)) {
		return y, j + 1
	}
	return 0, i
}
