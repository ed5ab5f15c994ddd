package reconcile

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// title returns the story's title: the article headline whose words the
// story's articles share most, or, without headlines, the best-supported
// lead sentence.
func (st *story) title() string {
	best, bestScore := "", -1.0
	for _, a := range st.arts {
		if a.Title == "" {
			continue
		}
		if s := st.centrality(a.Title); s > bestScore {
			best, bestScore = a.Title, s
		}
	}
	if best != "" {
		return best
	}
	for a := range st.arts {
		for u := st.c.first[a]; u < st.c.first[a+1]; u++ {
			if !st.c.units[u].claim {
				continue
			}
			s := st.c.sentence(u).Text
			if sc := st.centrality(s); sc > bestScore {
				best, bestScore = s, sc
			}
			break
		}
	}
	return best
}

// centrality scores a line by how many articles share its features: the
// mean, over its features, of the share of articles with the feature,
// discounted for lines of fewer than six features.
func (st *story) centrality(line string) float64 {
	feats := features(parallax.Sentence{Text: line}, nil, defaultLexicon, nil)
	if len(feats) == 0 {
		return 0
	}
	var sum float64
	for _, f := range feats {
		id, ok := st.c.vocab[f]
		if ok {
			sum += float64(st.artFreq(id)) / float64(len(st.arts))
		}
	}
	return sum / float64(len(feats)) * min(1, float64(len(feats))/6)
}

// artFreq returns the number of articles with a unit having feature f.
func (st *story) artFreq(f int32) int {
	if st.c.artFreq == nil {
		st.c.countArticles()
	}
	return int(st.c.artFreq[f])
}

// date returns the story's main event day: the day of the timeline on
// which most articles date something (ties to the earlier day), else the
// day most articles' own resolved dates give, else the earliest
// publication; nil when none exists.
func (st *story) date(timeline []parallax.TimelineEvent) *time.Time {
	arts := map[string]map[string]bool{}
	for _, ev := range timeline {
		if len(ev.Date) != len("2006-01-02") {
			continue
		}
		if arts[ev.Date] == nil {
			arts[ev.Date] = map[string]bool{}
		}
		for _, a := range ev.Articles {
			arts[ev.Date][a] = true
		}
	}
	best := ""
	for day, as := range arts {
		if best == "" || len(as) > len(arts[best]) || len(as) == len(arts[best]) && day < best {
			best = day
		}
	}
	if t, err := time.Parse("2006-01-02", best); err == nil && len(arts[best]) > 1 {
		return &t
	}
	return st.annotatedDate()
}

// annotatedDate returns the day most articles' resolved dates give (not
// after the latest publication), else the earliest publication.
func (st *story) annotatedDate() *time.Time {
	var latest time.Time
	for _, a := range st.arts {
		if a.Published != nil && a.Published.After(latest) {
			latest = *a.Published
		}
	}
	count := map[time.Time]int{}
	for _, a := range st.arts {
		seen := map[time.Time]bool{}
		for _, d := range a.Dates {
			day := d.Date.UTC().Truncate(24 * time.Hour)
			if !d.Resolved || d.Granularity != "day" || seen[day] || (!latest.IsZero() && day.After(latest)) {
				continue
			}
			seen[day] = true
			count[day]++
		}
	}
	var best time.Time
	for day, n := range count {
		if n > count[best] || n == count[best] && day.After(best) {
			best = day
		}
	}
	if !best.IsZero() {
		return &best
	}
	var earliest *time.Time
	for _, a := range st.arts {
		if a.Published != nil && (earliest == nil || a.Published.Before(*earliest)) {
			earliest = a.Published
		}
	}
	return earliest
}

// notes says what could not be determined.
func (st *story) notes() []string {
	var out []string
	for i, a := range st.arts {
		if a.Outlet == "" {
			out = append(out, fmt.Sprintf("%s: the outlet is not stated; its support is counted under the article id", st.ids[i]))
		}
		if a.Published == nil {
			out = append(out, undatedNote(st.ids[i], a))
		}
		if c := st.opts.Copies[st.ids[i]]; c != "" {
			out = append(out, fmt.Sprintf("%s: a near-copy of %s; not counted as independent support", st.ids[i], c))
		}
	}
	out = append(out, "names are compared only for people whose role is given with a country, either as a title before the name or as a description of that person")
	return out
}

// maxRelativeExamples is how many of an article's relative date
// expressions a note quotes.
const maxRelativeExamples = 3

// undatedNote says that article a (id) has no publication date, quoting
// its own relative date expressions, if any, as the ones resolved against
// the other articles.
func undatedNote(id string, a *parallax.Annotated) string {
	var rel []string
	for _, d := range a.Dates {
		q := strconv.Quote(d.Text)
		if d.Resolved || slices.Contains(rel, q) {
			continue
		}
		if rel = append(rel, q); len(rel) == maxRelativeExamples {
			break
		}
	}
	if len(rel) == 0 {
		return id + ": no publication date"
	}
	return fmt.Sprintf("%s: no publication date; its relative dates (%s) are resolved against the other articles where possible",
		id, strings.Join(rel, ", "))
}
