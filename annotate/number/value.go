package number

import (
	"strconv"
	"strings"
)

// cand is a number found in a sentence, before what it counts, its total
// and its source are decided.
type cand struct {
	from, to   int     // tokens of Text, half-open
	value, max float64 // max > 0 for ranges
	mult       float64 // multiplier written after the digits (1 if none)
	percent    bool
	vague      bool   // "hundreds", "several hundred": value is a lower bound
	currency   string // what a currency sign counts ("dollar")
	unit       string // a unit written against the digits ("5km" → "km")
}

// numberAt reads the number starting at token i. When there is none it
// returns ok false and the index of the next token worth trying.
func numberAt(toks []token, i int) (c cand, next int, ok bool) {
	t := toks[i]
	switch {
	case t.kind == num:
		return digitNumber(toks, i)
	case t.kind == punct && currencies[t.text] != "" && at(toks, i+1).kind == num && adjacent(toks, i):
		c, next, ok = digitNumber(toks, i+1)
		if ok {
			c.from, c.currency = i, currencies[t.text]
			if u := at(toks, i-1); u.text == "US" && adjacent(toks, i-1) {
				c.from = i - 1
			}
			c = shortScale(toks, c)
		}
		return c, next, ok
	case t.kind == word:
		c, ok = wordNumber(toks, i)
		return c, max(c.to, i+1), ok
	}
	return cand{}, i + 1, false
}

// digitNumber reads "5,000", "3.5", "1.2 million", "3bn", "40%", "40 per
// cent" at token i, and refuses the digits that are not quantities: clock
// times, ordinals, years, list markers and numbers that are part of a name.
func digitNumber(toks []token, i int) (cand, int, bool) {
	t := toks[i]
	if notQuantity(toks, i) {
		return cand{}, i + 1, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
	if err != nil {
		return cand{}, i + 1, false
	}
	c := cand{from: i, to: i + 1, value: v, mult: 1}
	if n := at(toks, i+1); n.kind == word && adjacent(toks, i) {
		if m, ok := scales[n.low]; ok && n.low != "dozen" {
			c.mult, c.to = m, i+2
		} else if _, short := shortScales[n.low]; !short {
			c.unit, c.to = n.low, i+2
		}
	} else if m, ok := scales[n.low]; ok {
		c.mult, c.to = m, i+2
	}
	c.value *= c.mult
	c.to = percentAfter(toks, c.to, &c.percent)
	return c, c.to, true
}

// shortScale applies "m" or "k" written against a currency amount.
func shortScale(toks []token, c cand) cand {
	n := at(toks, c.to)
	if m, ok := shortScales[n.low]; ok && c.mult == 1 && adjacent(toks, c.to-1) {
		c.value *= m
		c.mult = m
		c.unit = ""
		c.to++
	}
	if c.unit == "m" || c.unit == "k" {
		c.unit = ""
	}
	return c
}

// percentAfter reads "%", "percent", "per cent" or "pct" at token j.
func percentAfter(toks []token, j int, percent *bool) int {
	switch n := at(toks, j); {
	case n.text == "%":
		*percent = true
		return j + 1
	case n.low == "percent" || n.low == "pct":
		*percent = true
		return j + 1
	case n.low == "per" && at(toks, j+1).low == "cent":
		*percent = true
		return j + 2
	}
	return j
}

// notQuantity reports whether the digits at token i are a clock time, an
// ordinal, a year, a list marker or part of a name ("F-16", "Route 9").
func notQuantity(toks []token, i int) bool {
	t, prev, next := toks[i], at(toks, i-1), at(toks, i+1)
	plain := !strings.ContainsAny(t.text, ",.")
	switch {
	case next.kind == word && adjacent(toks, i) && (ordinal(next.low) || capitalised(next.text)):
		return true // "3rd", "4G"
	case next.text == ":" && adjacent(toks, i) && at(toks, i+2).kind == num,
		prev.text == ":" && adjacent(toks, i-1) && at(toks, i-2).kind == num:
		return true // "10:30"
	case clockTime(toks, i), clockHour(toks, i):
		return true
	case plain && len(t.text) == 4 && t.text >= "1900" && t.text <= "2100":
		return true // a year
	case i == 0 && (next.text == "." || next.text == ")") && plain:
		return true // list marker
	case prev.kind == word && adjacent(toks, i-1):
		return true // "G20"
	case prev.text == "-" && adjacent(toks, i-1) && at(toks, i-2).kind == word && adjacent(toks, i-2):
		return true // "F-16", "COVID-19"
	case prev.text == "#" || (prev.text == "." && at(toks, i-2).low == "no"):
		return true
	case plain && i >= 2 && prev.kind == word && capitalised(prev.text) && !numberWordStart(prev.low):
		return true // "Resolution 2254", "Route 9"
	}
	return false
}

// clockTime reports whether token i is a time written "07.48" or "9.30"
// ("at 9.30", "9.30 am", or a leading zero).
func clockTime(toks []token, i int) bool {
	t := toks[i].text
	dot := strings.IndexByte(t, '.')
	if dot < 1 || dot > 2 || len(t)-dot != 3 || strings.IndexByte(t, ',') >= 0 {
		return false
	}
	if t[0] == '0' && dot == 2 || at(toks, i-1).low == "at" {
		return true
	}
	switch at(toks, i+1).low {
	case "am", "pm", "a", "p", "gmt", "utc", "local", "hrs", "h":
		return true
	}
	return false
}

// clockZones are the zone words written after a time of day ("0900 GMT").
var clockZones = map[string]bool{
	"gmt": true, "utc": true, "cet": true, "cest": true, "eet": true, "eest": true, "bst": true,
	"est": true, "edt": true, "cst": true, "cdt": true, "pst": true, "pdt": true, "msk": true,
}

// clockHour reports whether the plain digits at token i are a time of day
// by the words around them: "3 p.m.", "10am", "0900 GMT", "at 0930",
// "at 1400 hours".
func clockHour(toks []token, i int) bool {
	t, next := toks[i].text, at(toks, i+1)
	if strings.ContainsAny(t, ",.") || len(t) > 4 {
		return false
	}
	v, _ := strconv.Atoi(t)
	if len(t) <= 2 {
		meridiem := next.low == "am" || next.low == "pm" ||
			(next.low == "a" || next.low == "p") && at(toks, i+2).text == "." && at(toks, i+3).low == "m"
		return meridiem && v >= 1 && v <= 12
	}
	if v/100 > 23 || v%100 > 59 {
		return false
	}
	after := at(toks, i-1).low == "at" || at(toks, i-1).low == "until" || at(toks, i-1).low == "from"
	return clockZones[next.low] || after && (t[0] == '0' || next.low == "hours" || next.low == "hrs")
}

func ordinal(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// numberWordStart reports whether a capitalised word before digits may be
// the start of a quantity rather than a name ("About 40", "Some 300").
func numberWordStart(w string) bool {
	switch w {
	case "about", "some", "nearly", "almost", "around", "over", "under", "only", "just", "roughly", "approximately", "and", "or", "to", "than", "at", "least":
		return true
	}
	return false
}
