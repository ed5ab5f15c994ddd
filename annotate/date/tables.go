package date

import "time"

// months maps month names and their usual abbreviations, lower-case, to the
// month number. abbrev marks the abbreviations, which are only taken with a
// day or year beside them.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var abbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// weekdays maps weekday names, lower-case, to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// dayWords are the words naming a day relative to the publication day.
var dayWords = map[string]int{
	"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
}

// units maps period nouns, singular and plural, to a granularity.
var units = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week",
	"month": "month", "months": "month", "year": "year", "years": "year",
}

// counts maps number words used in "two days ago" to their value.
var counts = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}

// vagueCounts are quantity words that make "a few days ago" vague.
var vagueCounts = map[string]bool{"few": true, "several": true, "some": true, "many": true, "couple": true}

// periodDirs maps the word before week/month/year to its offset from the
// publication period.
var periodDirs = map[string]int{
	"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
}

// yearPreps are the words that make a bare four-digit number a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true, "by": true,
	"during": true, "before": true, "after": true, "of": true, "early": true,
	"late": true, "mid": true, "throughout": true,
}

// monthPreps are the words that make a lone month name a date.
var monthPreps = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true, "by": true,
	"during": true, "early": true, "late": true, "mid": true, "last": true,
	"this": true, "next": true, "throughout": true,
}

// futureCues are words that, shortly before a weekday, a year-less date or
// "the weekend", say it lies ahead ("would reopen by March", "expect more
// rain on Tuesday"); "set" and "due" are read with their neighbours (see cue).
var futureCues = map[string]bool{
	"will": true, "shall": true, "ll": true, "would": true, "scheduled": true, "due": true,
	"expected": true, "planned": true, "plans": true, "set": true, "upcoming": true,
	"expect": true, "expects": true, "expecting": true, "forecast": true, "forecasts": true,
	"predict": true, "predicts": true, "next": true,
}

// vaguePeriods are the words after "in recent"/"in the coming" etc.
var vagueHeads = map[string]bool{"recent": true, "coming": true, "past": true, "last": true, "next": true}

// starters holds every word that can start a date expression, so that most
// words are rejected with one look-up.
var starters = func() map[string]bool {
	m := map[string]bool{
		"this": true, "last": true, "in": true, "over": true, "during": true, "for": true,
		"the": true, "that": true, "at": true,
	}
	for _, t := range []map[string]int{months, dayWords, periodDirs, counts} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range vagueCounts {
		m[w] = true
	}
	return m
}()

// narrativeUnits are the nouns of "the following day", "that night".
var narrativeUnits = map[string]bool{
	"day": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"week": true, "month": true, "year": true, "weekend": true,
}
