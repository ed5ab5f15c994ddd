package web

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// timelineView is the timeline section: a chart drawn on the server as SVG
// (no script) and the events as a list with their citations, which is also
// what readers without SVG get.
type timelineView struct {
	Events []timelineEvent
	Chart  *timelineChart // nil when no event has a date the chart can place
}

// timelineEvent is one event of the list.
type timelineEvent struct {
	Date, Granularity, Text, Inferred string
	Cites                             []cite
}

// timelineChart is the SVG: a vertical date axis at x = AxisX, each event
// a mark at its date (a dot for a day, a short bar for a week, month or
// year) and a row to the right with its date and words, joined to the mark
// by a leader line when rows had to be pushed apart. Inferred dates are
// drawn hollow and dashed. The axis is in date order but not to scale: a
// gap between dates grows with the square root of its length, up to a
// limit, and a gap of more than a month is drawn as a break in the axis, so
// that one old event does not squeeze the rest. Coordinates are in the
// viewBox (Width × Height).
type timelineChart struct {
	Width, Height, AxisX, AxisTop, AxisBottom int
	DateX, TextX                              int // where the rows' columns start
	Marks                                     []chartMark
	Breaks                                    []int // y of each break in the axis
}

type chartMark struct {
	Y, Y2    int // the mark spans Y..Y2 (equal for a day)
	RowY     int // the baseline of the event's row
	Bar      bool
	Inferred bool
	Date     string
	Text     string // shortened to fit
	Full     string // the whole text, as the mark's title
}

// Chart geometry.
const (
	chartWidth    = 1000
	chartAxisX    = 16
	chartTop      = 20
	chartRowGap   = 24  // the least distance between two rows
	chartMaxGap   = 90  // the most distance between two dates
	chartBreak    = 31  // days: a longer gap breaks the axis
	chartBar      = 12  // the length of a period's bar
	chartTextRune = 100 // event text longer than this is shortened
)

func newTimelineView(c *citer, events []parallax.TimelineEvent) timelineView {
	var v timelineView
	ch := &timelineChart{Width: chartWidth, AxisX: chartAxisX, AxisTop: chartTop - 12, DateX: chartAxisX + 24, TextX: chartAxisX + 230}
	y, row := chartTop, chartTop-chartRowGap
	var prev time.Time
	for _, e := range events {
		te := timelineEvent{Date: e.Date, Granularity: e.Granularity, Text: e.Text, Inferred: e.Inferred}
		for _, ev := range e.Evidence {
			te.Cites = append(te.Cites, c.ev(ev))
		}
		v.Events = append(v.Events, te)
		start, _, ok := period(e.Date)
		if !ok {
			continue
		}
		if len(ch.Marks) > 0 {
			days := start.Sub(prev).Hours() / 24
			if days > 0 {
				gap := min(chartMaxGap, chartRowGap+int(8*math.Sqrt(days)))
				if days > chartBreak {
					ch.Breaks = append(ch.Breaks, y+gap/2)
				}
				y += gap
			}
		}
		prev = start
		m := chartMark{Y: y, Y2: y, Bar: e.Granularity != "day", Inferred: e.Inferred != "",
			Date: e.Date, Text: shorten(e.Text, chartTextRune), Full: e.Text}
		if m.Bar {
			m.Y2 = y + chartBar
		}
		m.RowY = max(y+5, row+chartRowGap)
		row = m.RowY
		ch.Marks = append(ch.Marks, m)
	}
	if len(ch.Marks) == 0 {
		return v
	}
	ch.AxisBottom = max(y+chartBar, row) + 10
	ch.Height = ch.AxisBottom + 8
	v.Chart = ch
	return v
}

// period returns the first instant of an ISO 8601 date at any of the
// timeline's granularities ("2024-12-03", "2024-W49", "2024-11", "2016")
// and the first instant of the next day, week, month or year.
func period(iso string) (start, end time.Time, ok bool) {
	if y, w, found := strings.Cut(iso, "-W"); found {
		year, err1 := strconv.Atoi(y)
		week, err2 := strconv.Atoi(w)
		if err1 != nil || err2 != nil || week < 1 || week > 53 {
			return start, end, false
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(week-1))
		return monday, monday.AddDate(0, 0, 7), true
	}
	for _, f := range []struct {
		layout  string
		y, m, d int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(f.layout, iso); err == nil {
			return t, t.AddDate(f.y, f.m, f.d), true
		}
	}
	return start, end, false
}

// shorten cuts s to at most n runes at a word boundary, with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
