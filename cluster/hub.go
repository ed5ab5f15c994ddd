package cluster

import "slices"

// hubNeighbours is how many of an article's best candidate scores its
// hubness averages.
const hubNeighbours = 10

// scoreAll returns ft's score against each candidate, in order, and sets
// ft.hub, the article's hubness, from them.
func (c *Clusterer) scoreAll(ft *features, cands []*story) []float64 {
	scores := make([]float64, len(cands))
	for i, s := range cands {
		scores[i] = c.score(ft, s)
	}
	ft.hub = hubness(scores)
	return scores
}

// hubness returns the mean of the hubNeighbours highest scores, counting
// negative and missing ones (stories not retrieved) as 0. A lead about a
// running topic (the president, an ongoing trial) resembles many stories
// and has a high hubness; a lead about one specific event, a low one.
func hubness(scores []float64) float64 {
	top := slices.Clone(scores)
	slices.Sort(top)
	var sum float64
	for i := len(top) - 1; i >= 0 && i >= len(top)-hubNeighbours; i-- {
		sum += max(top[i], 0)
	}
	return sum / hubNeighbours
}

// corrected returns score sc of article ft against story s less the
// hubness correction, Config.Hubness times the mean of the article's and
// the story's hubness: what counts is how much better the two fit each
// other than each of them fits whatever it meets (a cross-domain similarity
// local scaling, CSLS, applied to stories). With Hubness ≤ 0 it is sc.
func (c *Clusterer) corrected(sc float64, ft *features, s *story) float64 {
	if c.cfg.Hubness <= 0 {
		return sc
	}
	return sc - c.cfg.Hubness*(ft.hub+s.hub())/2
}
