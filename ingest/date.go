package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const (
	monthPattern   = `(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))`
	weekdayPattern = `(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`
)

var (
	isoDate = regexp.MustCompile(`^(\d{4})(?:-(\d{1,2})-(\d{1,2})|/(\d{1,2})/(\d{1,2})|\.(\d{1,2})\.(\d{1,2}))`)
	dmyDate = regexp.MustCompile(`^` + weekdayPattern + `(\d{1,2})(?:st|nd|rd|th)?\.?\s+` + monthPattern + `\.?,?\s+(\d{4})\b`)
	mdyDate = regexp.MustCompile(`^` + weekdayPattern + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	numDate = regexp.MustCompile(`^(\d{1,2})([./])(\d{1,2})[./](\d{4})\b`)
	clock   = regexp.MustCompile(`^(?:\s*(?:,|at|@|\||-|–|—|T)?\s*)(\d{1,2})[:.h](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?:\s*(?i:([ap])\.?m\.?))?` +
		`(?:\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|CET|CEST|EET|EEST|WET|WEST|BST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT))?\b`)

	// dateCue matches the words that introduce a publication date on a
	// metadata line: "Published", "Posted on", "Updated:", "date".
	dateCue = regexp.MustCompile(`^(?i:(published|first published|posted|created|date|dated|updated|last updated|modified|last modified))(?:\s+on)?\s*[:|–—-]?\s*`)
)

// Precision values for Article.PublishedPrecision: how much of the
// publication time the input states.
const (
	PrecisionFull  = ""      // date, time of day and zone
	PrecisionLocal = "local" // date and time of day; the zone is not stated
	PrecisionDate  = "date"  // the day only
)

// zoneOffsets are the UTC offsets, in hours, of the zone abbreviations a
// dateline may carry. Abbreviations not listed are ignored (UTC is assumed).
var zoneOffsets = map[string]int{
	"Z": 0, "UTC": 0, "GMT": 0, "WET": 0, "WEST": 1, "CET": 1, "BST": 1, "CEST": 2,
	"EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
	"MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}

// parseDateAt parses a calendar date, optionally followed by a time of day,
// at the start of s. It returns the instant (the stated wall-clock time in
// UTC when no zone is given), its precision and the number of bytes of s it
// read.
func parseDateAt(s string) (time.Time, string, int, bool) {
	var y, m, d, n int
	if g := isoDate.FindStringSubmatch(s); g != nil {
		y, m, d, n = atoi(g[1]), atoi(g[2]+g[4]+g[6]), atoi(g[3]+g[5]+g[7]), len(g[0])
	} else if g := dmyDate.FindStringSubmatch(s); g != nil {
		y, m, d, n = atoi(g[3]), monthNumber(g[2]), atoi(g[1]), len(g[0])
	} else if g := mdyDate.FindStringSubmatch(s); g != nil {
		y, m, d, n = atoi(g[3]), monthNumber(g[1]), atoi(g[2]), len(g[0])
	} else if g := numDate.FindStringSubmatch(s); g != nil {
		a, b := atoi(g[1]), atoi(g[3])
		switch {
		case g[2] == "." || a > 12: // 05.12.2024 and 25/12/2024 are day first
			d, m = a, b
		case b > 12:
			m, d = a, b
		default:
			return time.Time{}, "", 0, false // 03/04/2024 is ambiguous
		}
		y, n = atoi(g[4]), len(g[0])
	} else {
		return time.Time{}, "", 0, false
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return time.Time{}, "", 0, false
	}
	hh, mm, ss, loc, tn := parseClock(s[n:])
	precision := PrecisionFull
	switch {
	case tn == 0:
		precision, loc = PrecisionDate, time.UTC
	case loc == nil:
		precision, loc = PrecisionLocal, time.UTC
	}
	return time.Date(y, time.Month(m), d, hh, mm, ss, 0, loc), precision, n + tn, true
}

// parseClock reads a time of day ("at 07.48", "14:10 CET", "3:05 pm") at the
// start of s; loc is nil when no zone is stated. It returns 0 for n when
// there is no time of day.
func parseClock(s string) (hh, mm, ss int, loc *time.Location, n int) {
	g := clock.FindStringSubmatch(s)
	if g == nil {
		return 0, 0, 0, nil, 0
	}
	hh, mm = atoi(g[1]), atoi(g[2])
	if g[3] != "" {
		ss = atoi(g[3])
	}
	switch strings.ToLower(g[4]) {
	case "p":
		if hh < 12 {
			hh += 12
		}
	case "a":
		if hh == 12 {
			hh = 0
		}
	}
	if hh > 23 || mm > 59 || ss > 59 {
		return 0, 0, 0, nil, 0
	}
	return hh, mm, ss, zone(g[5]), len(g[0])
}

// zone turns a zone abbreviation or offset into a location; nil when empty
// or unknown.
func zone(z string) *time.Location {
	if z == "" {
		return nil
	}
	if h, ok := zoneOffsets[z]; ok {
		if h == 0 {
			return time.UTC
		}
		return time.FixedZone(z, h*3600)
	}
	z = strings.TrimPrefix(strings.TrimPrefix(z, "UTC"), "GMT")
	if z == "" {
		return time.UTC // "UTC" or "GMT" with no offset
	}
	if z[0] != '+' && z[0] != '-' {
		return nil
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	h, m := 0, 0
	switch {
	case len(digits) <= 2:
		h = atoi(digits)
	case len(digits) == 4:
		h, m = atoi(digits[:2]), atoi(digits[2:])
	default:
		return nil
	}
	if h > 14 || m > 59 {
		return nil
	}
	return time.FixedZone("", sign*(h*3600+m*60))
}

// dateStamp is a publication date read from a metadata cue in the text.
type dateStamp struct {
	t         time.Time
	precision string // PrecisionFull, PrecisionLocal or PrecisionDate
	evidence  string // the words the date was read from
	updated   bool   // the cue says the date is an update
}

// dateCueAt parses a metadata date at the start of line: a cue word followed
// by a date ("Posted 14 June 2023 at 07.48", "date 2023-06-13"), or a bare
// ISO date; with bare set, any bare date ("Monday, 10 March 2025").
func dateCueAt(line string, bare bool) (dateStamp, bool) {
	start := 0
	var d dateStamp
	if g := dateCue.FindStringSubmatch(line); g != nil {
		start = len(g[0])
		cue := strings.ToLower(g[1])
		d.updated = strings.Contains(cue, "updated") || strings.Contains(cue, "modified")
	} else if !bare && !isoDate.MatchString(line) {
		return dateStamp{}, false
	}
	t, precision, n, ok := parseDateAt(line[start:])
	if !ok {
		return dateStamp{}, false
	}
	end := start + n
	if end < len(line) && isWordByte(line[end]) {
		return dateStamp{}, false
	}
	d.t, d.precision, d.evidence = t, precision, strings.TrimSpace(line[:end])
	return d, true
}

// undatedCue reports whether line is a short metadata line whose date could
// not be read ("Published: 03/04/2025 09:30"): it is removed, its date unused.
func undatedCue(line string) bool {
	g := dateCue.FindStringIndex(line)
	return g != nil && g[1] < len(line) && len(line) <= 60 && strings.ContainsAny(line[g[1]:], "0123456789")
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// publishedLayouts are the ISO 8601 forms accepted in a record's "published":
// the first zonedLayouts state a zone, the last is a day alone.
var publishedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

// ParsePublished parses an ISO 8601 date ("2023-06-13") or date-time
// ("2023-06-13T09:30:00+03:00"). A value without a zone is read as UTC; see
// ParsePublishedPrecision for how much the value states.
func ParsePublished(v string) (time.Time, bool) {
	t, _, ok := ParsePublishedPrecision(v)
	return t, ok
}

// ParsePublishedPrecision is ParsePublished that also returns the value's
// precision: PrecisionFull with a zone, PrecisionLocal for a date and time
// without one, PrecisionDate for a day alone.
func ParsePublishedPrecision(v string) (time.Time, string, bool) {
	v = strings.TrimSpace(v)
	for i, layout := range publishedLayouts {
		t, err := time.Parse(layout, v)
		if err != nil {
			continue
		}
		switch {
		case i == len(publishedLayouts)-1:
			return t, PrecisionDate, true
		case i >= zonedLayouts:
			return t, PrecisionLocal, true
		}
		return t, PrecisionFull, true
	}
	return time.Time{}, "", false
}

const zonedLayouts = 5

func monthNumber(s string) int {
	s = strings.ToLower(s)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
