package cluster

import (
	"fmt"
	"math"
)

// score returns how well an article with features ft fits story s: a blend
// of content-word and name cosine similarities with the story's centroids,
// less the penalties for dates and places that disagree.
func (c *Clusterer) score(ft *features, s *story) float64 {
	cw := s.words.linked(ft.words, c.cfg.Linkage)
	sc := cw
	if len(ft.names) > 0 && s.names.norm2 > 0 {
		cn := s.names.linked(ft.names, c.cfg.Linkage)
		nw := c.cfg.NameWeight
		if ft.canonical {
			nw = c.cfg.EntityWeight
		}
		sc = (1-nw)*cw + nw*cn
	}
	sc -= c.datePenalty(dayGap(ft.days, s.days))
	if len(ft.places) > 0 && len(s.places) > 0 && !sharesPlace(ft.places, s.places) {
		sc -= c.cfg.PlacePenalty
	}
	return sc
}

// datePenalty grows linearly from 0 at DateSlack days apart to DatePenalty
// at DateSlack+14 days.
func (c *Clusterer) datePenalty(gap int32) float64 {
	over := float64(gap) - float64(c.cfg.DateSlack)
	if over <= 0 {
		return 0
	}
	return c.cfg.DatePenalty * math.Min(1, over/14)
}

// dayGap is the smallest distance in days between a day of a and a day of b;
// 0 when either is empty.
func dayGap(a, b []int32) int32 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	best := int32(math.MaxInt32)
	for _, x := range a {
		for _, y := range b {
			d := x - y
			if d < 0 {
				d = -d
			}
			best = min(best, d)
		}
	}
	return best
}

func sharesPlace(ps []uint64, set map[uint64]bool) bool {
	for _, p := range ps {
		if set[p] {
			return true
		}
	}
	return false
}

// storyScore scores two stories as score scores an article and a story, on
// their centroids.
func (c *Clusterer) storyScore(a, b *story) (sc, cw, cn float64, gap int32) {
	cw = a.words.linkedCentroid(&b.words, c.cfg.Linkage)
	sc = cw
	if a.names.norm2 > 0 && b.names.norm2 > 0 {
		cn = a.names.linkedCentroid(&b.names, c.cfg.Linkage)
		sc = (1-c.cfg.NameWeight)*cw + c.cfg.NameWeight*cn
	}
	gap = dayGap(a.days, b.days)
	return sc - c.datePenalty(gap), cw, cn, gap
}

// mergeAround merges into s (or s into them) the other candidate stories
// that, now that s has grown, score at least MergeThreshold against it. It
// returns the story that holds s's articles afterwards.
func (c *Clusterer) mergeAround(s *story, cands []*story, article string, day int32) *story {
	for _, o := range cands {
		if o == s || c.stories[o.id] == nil || c.stories[s.id] == nil {
			continue
		}
		sc, cw, cn, gap := c.storyScore(s, o)
		if sc < c.cfg.MergeThreshold {
			continue
		}
		from, into := o, s
		if len(o.articles) > len(s.articles) || (len(o.articles) == len(s.articles) && o.id < s.id) {
			from, into = s, o
		}
		into.absorb(from)
		for k := range from.indexed {
			c.index.addKeys(into, []uint64{k})
		}
		delete(c.stories, from.id)
		c.alias[from.id] = into.id
		c.index.dropStory()
		m := Merge{
			From: from.name(), Into: into.name(), Article: article, Score: sc,
			Why: fmt.Sprintf("centroids agree: words %.2f, names %.2f, %d days apart", cw, cn, gap),
		}
		if c.dated {
			m.At = dayTime(day)
		}
		c.merges = append(c.merges, m)
		s = into
	}
	return s
}
