// Package timeline orders the dated events of a story's articles: each
// date expression with the clause it belongs to, resolved to a calendar
// day (or coarser), merged across articles when they report the same thing
// on the same date.
package timeline

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
)

// Resolver resolves a date expression against a reference time, as
// date.Resolve does.
type Resolver func(expr string, ref *time.Time) date.Resolution

// event is one dated clause before merging.
type event struct {
	day      time.Time
	gran     string
	text     string
	words    map[string]bool
	figures  map[string]bool // numbers other than years
	texts    []wording       // the wordings merged into this event; nil if none
	arts     []string
	evidence []parallax.Evidence
	inferred []string
}

// Build returns the dated events of arts in date order (coarser periods
// before the days in them; same date: most articles first). Dates the
// annotator resolved are used as they are. In an article without a
// publication date, unresolved relative dates ("on Tuesday") are resolved
// with resolve (nil means date.Resolve) against the earliest publication
// date among the other articles that is not before the latest absolute
// date the article itself gives, and the event says so in Inferred. Dates
// in an article's date line or other metadata-only sentences are left out,
// and so are reference points ("its best harvest since 1998"), which date
// something other than the clause's event.
// Events on the same date that say the same thing are merged, citing every
// article.
func Build(arts []*parallax.Annotated, resolve Resolver) []parallax.TimelineEvent {
	if resolve == nil {
		resolve = date.Resolve
	}
	var evs []*event
	for i, a := range arts {
		ref := inferenceRef(arts, i)
		for _, d := range a.Dates {
			if ev := dated(a, d, ref, resolve); ev != nil {
				evs = append(evs, ev)
			}
		}
	}
	return output(merge(evs))
}

// dated returns the event of date expression d of a, or nil when d cannot
// be placed or belongs to no event.
func dated(a *parallax.Annotated, d parallax.Date, ref *time.Time, resolve Resolver) *event {
	if d.Sentence < 0 || d.Sentence >= len(a.Sentences) {
		return nil
	}
	if s := a.Sentences[d.Sentence]; d.Start >= s.Start && d.End <= len(a.Text) &&
		isReferencePoint(a.Text, s.Start, d.Start, d.End) {
		return nil
	}
	day, gran, inferred := d.Date, d.Granularity, ""
	if !d.Resolved {
		if a.Published != nil || ref == nil {
			return nil
		}
		r := resolve(d.Text, ref)
		if !r.Resolved {
			return nil
		}
		day, gran = r.Date, r.Granularity
		inferred = fmt.Sprintf("%q in %s resolved against the story's other articles (published %s)",
			d.Text, a.ID, ref.Format("2006-01-02"))
	}
	c, ok := clauseOf(a, d)
	if !ok {
		return nil
	}
	ev := &event{day: day, gran: gran, text: c.text, words: contentSet(c.text), figures: figureSet(strings.Replace(c.text, d.Text, "", 1)),
		arts: []string{a.ID}, evidence: []parallax.Evidence{evidenceOf(a, d.Sentence, c)}}
	if inferred != "" {
		ev.inferred = []string{inferred}
	}
	return ev
}

// inferenceRef returns the reference date for the relative dates of
// arts[i] when it has no publication date: the earliest publication date of
// the other articles that is not before the latest absolute date arts[i]
// gives itself; nil when arts[i] has its own date or no other has one.
func inferenceRef(arts []*parallax.Annotated, i int) *time.Time {
	if arts[i].Published != nil {
		return nil
	}
	var floor time.Time
	for _, d := range arts[i].Dates {
		if d.Resolved && d.Granularity == "day" && d.Date.After(floor) {
			floor = d.Date
		}
	}
	var best, any *time.Time
	for j, o := range arts {
		if j == i || o.Published == nil {
			continue
		}
		p := o.Published
		if any == nil || p.Before(*any) {
			any = p
		}
		if !p.Before(floor) && (best == nil || p.Before(*best)) {
			best = p
		}
	}
	if best == nil {
		return any
	}
	return best
}

// output sorts the events and turns them into report entries.
func output(evs []*event) []parallax.TimelineEvent {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.day.Equal(b.day) {
			return a.day.Before(b.day)
		}
		if ga, gb := granRank[a.gran], granRank[b.gran]; ga != gb {
			return ga > gb
		}
		return len(a.arts) > len(b.arts)
	})
	out := make([]parallax.TimelineEvent, 0, len(evs))
	for _, e := range evs {
		txt := e.text
		if len(e.texts) > 0 {
			txt = centralText(e.texts)
		}
		te := parallax.TimelineEvent{Date: isoDate(e.day, e.gran), Granularity: granName(e.gran), Text: txt,
			Articles: e.arts, Evidence: e.evidence}
		for k, s := range e.inferred {
			if k > 0 {
				te.Inferred += "; "
			}
			te.Inferred += s
		}
		out = append(out, te)
	}
	return out
}

// granRank orders granularities from finest to coarsest.
var granRank = map[string]int{"day": 0, "week": 1, "month": 2, "year": 3}

// granName returns the report's name of granularity gran: "day" unless
// gran is one of the coarser ones.
func granName(gran string) string {
	if _, ok := granRank[gran]; ok {
		return gran
	}
	return "day"
}

// isoDate writes day at granularity gran in ISO 8601: "2024-12-03",
// "2024-W49", "2024-12", "2024".
func isoDate(day time.Time, gran string) string {
	switch gran {
	case "year":
		return day.Format("2006")
	case "month":
		return day.Format("2006-01")
	case "week":
		y, w := day.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return day.Format("2006-01-02")
}
