// Package date finds date expressions in an article and resolves them to
// calendar days against the publication date.
//
// It recognises calendar dates with or without a year ("3 December 2024",
// "December 3, 2024", "Nov. 27", "Dec 2024", "2024-12-04", "04.12.2024"),
// years after a preposition ("in 2011", "since 2016"), weekdays ("on
// Tuesday", "last Friday"), days relative to publication ("yesterday"),
// periods ("last week", "the previous week", "earlier this month"), counts
// back ("two days ago", "three weeks earlier"), bare years ("the 2014
// season"), and, left unresolved with the reason, vague periods ("in recent
// days", "the 1950s") and phrases that count from a narrated event rather
// than from publication ("the following day", "that night"). Text keeps a
// leading "on", "last", "next" or "this" before a weekday, "since" before a
// year and "over"/"at" before "the weekend"; other prepositions are left
// out.
//
// Resolution rules: the tense of the clause decides the direction. A future
// cue before the expression in its clause ("will", "would", "expect",
// "forecast", "is due", "scheduled", "next", "take effect", a scheduled
// present such as "opens"), or, when no cue stands before it, one just after
// it ("On May 1, the council will vote"), points forward; a past-tense cue
// ("was", "closed", "said", "since") points back. A year-less date takes the
// next such date after a future cue, the last one on or before publication
// after a past cue, and otherwise the nearest one (within six months of
// publication); a weekday is the most recent such day on or before the
// publication day (the publication day itself if it is that weekday), or the
// next one after a future cue ("will meet on Friday"); "over the weekend" is
// the latest weekend begun by publication, or after a future cue the one
// ending the week of publication, given as that week; "last week" is the
// Monday of the week before publication; weeks start on Monday. Relative
// expressions need a publication date; absolute ones do not.
package date

import (
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// Resolution is the calendar meaning of one date expression.
type Resolution struct {
	// Date is the resolved day, or the first day of the resolved week (a
	// Monday), month or year, at UTC midnight; zero when Resolved is false.
	Date time.Time
	// Granularity is "day", "week", "month" or "year"; set, when known, even
	// if Resolved is false.
	Granularity string
	Resolved    bool
	// Relative reports whether Date was computed from the reference time
	// (weekdays, year-less dates, "last week") rather than read whole from
	// the text ("3 December 2024", "in 2011").
	Relative bool
	// Evidence says how the date was resolved or, when unresolved, why not;
	// never empty.
	Evidence string
}

// Find returns the date expressions in the sentences of doc, in text order,
// resolved against published (nil when the article has no publication
// date: relative expressions are then left unresolved, saying why). Start
// and End are byte offsets into doc, and doc[Start:End] == Text.
func Find(doc string, sents []parallax.Sentence, published *time.Time) []parallax.Date {
	out := make([]parallax.Date, 0, len(sents)/2+2)
	toks := make([]token, 0, 64)
	var ms []match
	for si, s := range sents {
		if s.Start < 0 || s.End > len(doc) || s.Start >= s.End {
			continue
		}
		toks = lex(doc[s.Start:s.End], s.Start, toks[:0])
		ms = scan(toks, ms[:0])
		for _, m := range ms {
			start, end := toks[m.from].start, toks[m.to-1].end
			text := doc[start:end]
			r := resolve(m.e, text, published)
			out = append(out, parallax.Date{
				Text: text, Date: r.Date, Granularity: r.Granularity, Resolved: r.Resolved,
				Evidence: r.Evidence, Sentence: si, Start: start, End: end,
			})
		}
	}
	return out
}

// Resolve resolves one date expression, such as the Text of a parallax.Date
// ("on Tuesday", "Nov. 27", "last week"), against ref, the publication time
// of the article it comes from or of another article of the same story; ref
// may be nil. It reads the first date expression in expr; when there is
// none, Resolved is false and Evidence says so.
func Resolve(expr string, ref *time.Time) Resolution {
	toks := lex(expr, 0, make([]token, 0, 8))
	ms := scan(toks, nil)
	if len(ms) == 0 {
		return Resolution{Evidence: fmt.Sprintf("no date expression in %q", strings.TrimSpace(expr))}
	}
	m := ms[0]
	return resolve(m.e, expr[toks[m.from].start:toks[m.to-1].end], ref)
}
