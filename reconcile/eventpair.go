package reconcile

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/text"
)

// maxEventBucket is the most sentences one event key (class and place, or
// class and agent) pairs up; a larger bucket is a theme of the story, not
// one event, and its sentences are left to the word overlap.
const maxEventBucket = 64

// staleAfter is how far an event dated in one report may lie before the
// publication of an undated report for the two still to tell the same
// happening: news without a date tells of recent days.
const staleAfter = 31 * 24 * time.Hour

// eventPairs returns pairs with, in addition, the sentences of different
// articles that report the same event in other words (sameEvent), marked
// event: "rebels seized the city of Varn" and "the opposition took control
// of Varn". Pairs already scored are marked in place; new ones follow them,
// best scored first, so that word overlap still decides first.
func (st *story) eventPairs(pairs []pair) []pair {
	st.readEvents()
	for i, p := range pairs {
		pairs[i].differ = eventConflict(st.evs[p.a], st.evs[p.b])
	}
	buckets := map[string][]int{}
	for u, evs := range st.evs[:st.c.sentences] {
		for _, ev := range evs {
			if ev.hedged {
				continue
			}
			if ev.class == "~offensive" && !ev.launched {
				continue
			}
			if ev.target != "" {
				buckets[ev.class+"\x00t\x00"+ev.target] = append(buckets[ev.class+"\x00t\x00"+ev.target], u)
				continue
			}
			if ev.class != "~offensive" {
				continue
			}
			for _, a := range ev.agents {
				buckets[ev.class+"\x00a\x00"+a] = append(buckets[ev.class+"\x00a\x00"+a], u)
			}
		}
	}
	cands := map[[2]int]bool{}
	for _, us := range buckets {
		if len(us) > maxEventBucket {
			continue
		}
		for i, a := range us {
			for _, b := range us[i+1:] {
				if a != b && st.c.units[a].art != st.c.units[b].art {
					cands[[2]int{min(a, b), max(a, b)}] = true
				}
			}
		}
	}
	at := make(map[[2]int]int, len(pairs))
	for i, p := range pairs {
		at[[2]int{p.a, p.b}] = i
	}
	var added []pair
	for k := range cands {
		if !st.sameEvent(k[0], k[1]) || st.conflict(k[0], k[1]) {
			continue
		}
		if i, ok := at[k]; ok {
			pairs[i].event = true
			continue
		}
		p := st.c.score(k[0], k[1])
		p.event = true
		added = append(added, p)
	}
	slices.SortFunc(added, func(x, y pair) int {
		return cmp.Or(cmp.Compare(y.dice, x.dice), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return append(pairs, added...)
}

// readEvents sets evs: the events of every claim unit (sentence or
// clause) with a word of an event class.
func (st *story) readEvents() {
	st.evs = make([][]event, len(st.c.units))
	var ids []int32
	for c := range eventClasses {
		if id, ok := st.c.vocab[c]; ok {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	nm := newNames(st.arts)
	ments := make([][][]span, len(st.arts))
	for u, un := range st.c.units {
		if !un.claim || !slices.ContainsFunc(ids, func(id int32) bool { _, ok := slices.BinarySearch(un.feats, id); return ok }) {
			continue
		}
		if ments[un.art] == nil {
			ments[un.art] = mentionsBySentence(st.arts[un.art])
		}
		st.evs[u] = events(st.c.text(u), un.start, ments[un.art][un.sent], defaultLexicon, nm)
	}
}

// sameEvent reports whether units a and b report one event: both tell,
// unhedged, an event of one class about the same place, or, when neither
// names a place as its target, the launch of an offensive by the same
// organisation or group in no different settings; and they do not name
// opposite sides of the conflict as its agent. An offensive must be told
// as an act in both (launched): a sentence that only names one ("the
// inquiry into the attack on the Capitol") is about something else.
func (st *story) sameEvent(a, b int) bool {
	for _, x := range st.evs[a] {
		for _, y := range st.evs[b] {
			if x.class != y.class || x.hedged || y.hedged || x.sides != 0 && y.sides != 0 && x.sides&y.sides == 0 ||
				x.class == "~offensive" && !(x.launched && y.launched) {
				continue
			}
			if x.target != "" && x.target == y.target {
				return true
			}
			if x.class == "~offensive" && x.target == "" && y.target == "" && (x.where == "" || y.where == "" || x.where == y.where) &&
				slices.ContainsFunc(x.agents, func(s string) bool { return slices.Contains(y.agents, s) }) {
				return true
			}
		}
	}
	return false
}

// conflict reports whether units a and b, of different articles, clearly
// tell different things, so that they never belong to one group through a
// shared event: they date themselves to different periods, give numbers
// none of which they share, tell an event of one class about different
// places, or one denies or hedges what the other states.
func (st *story) conflict(a, b int) bool {
	return st.dateConflict(a, b) || st.numberConflict(a, b) || eventConflict(st.evs[a], st.evs[b])
}

// fits reports whether units a and b may stand in one group: see conflict.
func (st *story) fits(a, b int) bool { return !st.conflict(a, b) }

// eventConflict reports whether two units' events of a class they share
// are about different things only (places or objects seized, settings), or
// are hedged in one and stated in the other.
func eventConflict(xs, ys []event) bool {
	for c := range eventClasses {
		tx, wx, hx, sx := eventFacts(xs, c)
		ty, wy, hy, sy := eventFacts(ys, c)
		if hx && !sx && sy && !hy || hy && !sy && sx && !hx || disjoint(tx, ty) || disjoint(wx, wy) {
			return true
		}
	}
	return false
}

// disjoint reports whether xs and ys are both non-empty and share nothing.
func disjoint(xs, ys []string) bool {
	return len(xs) > 0 && len(ys) > 0 && !slices.ContainsFunc(xs, func(x string) bool { return slices.Contains(ys, x) })
}

// eventFacts returns the targets (places, and objects marked by a leading
// NUL) and settings of the events of class c in evs, and whether some are
// hedged and some stated.
func eventFacts(evs []event, c string) (targets, wheres []string, hedged, stated bool) {
	for _, ev := range evs {
		if ev.class != c {
			continue
		}
		if ev.hedged {
			hedged = true
		} else {
			stated = true
		}
		if ev.target != "" {
			targets = append(targets, ev.target)
		}
		if ev.object != "" {
			targets = append(targets, "\x00"+ev.object)
		}
		if ev.where != "" {
			wheres = append(wheres, ev.where)
		}
	}
	return targets, wheres, hedged, stated
}

// period is a span of time a date expression names, [lo, hi).
type period struct{ lo, hi time.Time }

// periods returns the periods named by the explicit dates of unit u (see
// explicitDate), resolved as soleDay resolves them; points of reference
// ("since 2016") left out.
func (st *story) periods(u int) []period {
	if st.pers == nil {
		st.pers = make([]*[]period, len(st.c.units))
	}
	if st.pers[u] == nil {
		ps := st.findPeriods(u)
		st.pers[u] = &ps
	}
	return *st.pers[u]
}

// findPeriods computes periods.
func (st *story) findPeriods(u int) []period {
	un := st.c.units[u]
	art := st.arts[un.art]
	var out []period
	for _, d := range art.Dates {
		if d.Sentence != un.sent || d.Start < un.start || d.End > un.end || !explicitDate(d.Text) ||
			referencePoint(art.Text[un.start:d.Start], d.Text) {
			continue
		}
		d = st.resolved(art, d)
		if !d.Resolved {
			continue
		}
		hi := d.Date.AddDate(0, 0, 1)
		switch d.Granularity {
		case "week":
			hi = d.Date.AddDate(0, 0, 7)
		case "month":
			hi = d.Date.AddDate(0, 1, 0)
		case "year":
			hi = d.Date.AddDate(1, 0, 0)
		}
		out = append(out, period{d.Date, hi})
	}
	return out
}

// dateConflict reports whether units a and b date what they tell to
// periods that do not meet, or, when their dates cannot be resolved, name
// different days or months ("on Thursday", "early Friday"), or one dates it
// to well before the other's article was published (staleAfter) while the
// other gives no date.
func (st *story) dateConflict(a, b int) bool {
	pa, pb := st.periods(a), st.periods(b)
	switch {
	case len(pa) > 0 && len(pb) > 0:
		for _, x := range pa {
			for _, y := range pb {
				if x.lo.Before(y.hi) && y.lo.Before(x.hi) {
					return false
				}
			}
		}
		return true
	case disjoint(st.dayNames(a), st.dayNames(b)):
		return true
	case len(pa) > 0:
		return st.stale(pa, b)
	case len(pb) > 0:
		return st.stale(pb, a)
	}
	return false
}

// dayNames returns the names of days and months (dateWords) in the
// explicit dates of unit u, points of reference left out.
func (st *story) dayNames(u int) []string {
	un := st.c.units[u]
	art := st.arts[un.art]
	var out []string
	for _, d := range art.Dates {
		if d.Sentence != un.sent || d.Start < un.start || d.End > un.end || referencePoint(art.Text[un.start:d.Start], d.Text) {
			continue
		}
		f := text.Fold(d.Text)
		for _, w := range dateWords {
			if strings.Contains(f, w) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// stale reports whether every period of ps ends more than staleAfter before
// the publication of unit u's article (or, undated, of the story's first).
func (st *story) stale(ps []period, u int) bool {
	ref := st.arts[st.c.units[u].art].Published
	if ref == nil {
		ref = st.earliestPublished()
	}
	if ref == nil {
		return false
	}
	for _, p := range ps {
		if !p.hi.Add(staleAfter).Before(*ref) {
			return false
		}
	}
	return true
}

// numberConflict reports whether units a and b both give numbers (outside
// dates) and share none.
func (st *story) numberConflict(a, b int) bool {
	na, nb := st.numbers(a), st.numbers(b)
	return len(na) > 0 && len(nb) > 0 && !slices.ContainsFunc(na, func(v float64) bool { return slices.Contains(nb, v) })
}

// numbers returns the values of the numbers of unit u that are not part of
// a date.
func (st *story) numbers(u int) []float64 {
	un := st.c.units[u]
	art := st.arts[un.art]
	var out []float64
	for _, n := range art.Numbers {
		if n.Sentence == un.sent && n.Start >= un.start && n.End <= un.end && !inDate(art, n.Start, n.End) {
			out = append(out, n.Value)
		}
	}
	return out
}

// resolved returns d, resolved against the story's earliest publication
// date when the annotator could not resolve it for want of art's own. The
// annotator resolves it as it would have with that date (date.Find on d's
// sentence), so the tense of the sentence still decides the direction:
// "until Thursday" looks ahead, "on Thursday" after a past verb looks back.
func (st *story) resolved(art *parallax.Annotated, d parallax.Date) parallax.Date {
	if d.Resolved || art.Published != nil || d.Sentence < 0 || d.Sentence >= len(art.Sentences) {
		return d
	}
	ref := st.earliestPublished()
	if ref == nil {
		return d
	}
	for _, r := range date.Find(art.Text, art.Sentences[d.Sentence:d.Sentence+1], ref) {
		if r.Start == d.Start && r.End == d.End {
			d.Date, d.Granularity, d.Resolved = r.Date, r.Granularity, r.Resolved
			break
		}
	}
	return d
}

// sinceWindow is how many words before a date may separate it from a
// "since" that makes it a point of reference.
const sinceWindow = 6

// referencePoint reports whether a date written expr, after the text before
// of its sentence, is a point of reference rather than the date of what the
// sentence tells: it is written "since …", or follows "since" within a few
// words and no comma ("its first gain since 1998").
func referencePoint(before, expr string) bool {
	if strings.HasPrefix(text.Fold(expr), "since ") {
		return true
	}
	if i := strings.LastIndexAny(before, ",;:()\"“”—–"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(text.Fold(before))
	return slices.Contains(words[max(0, len(words)-sinceWindow):], "since")
}
