package cluster

import "slices"

// Retrieval bounds: the terms of an article used as a query and indexed for
// its story, the postings read per term (newest first), and the terms one
// story may have in the index.
const (
	queryWords    = 20
	queryNames    = 10
	maxPostings   = 200 // a longer list is a common term: only its newest commonPostings are read
	commonPosting = 32
	maxIndexTerms = 600
)

// index is an inverted index from term keys to the open stories whose
// articles have the term among their heaviest. Entries of retired or merged
// stories are skipped when read and dropped by compact.
type index struct {
	post map[uint64][]int32
	dead int // stories retired or merged since the last compaction
	acc  map[int32]float32
}

func newIndex() *index {
	return &index{post: make(map[uint64][]int32), acc: make(map[int32]float32)}
}

// addStory indexes the heaviest terms of an article of s that s does not
// have indexed yet.
func (ix *index) addStory(s *story, ft *features) {
	ix.addKeys(s, ft.words.top(queryWords+10))
	ix.addKeys(s, ft.names.top(queryNames+5))
}

func (ix *index) addKeys(s *story, keys []uint64) {
	for _, k := range keys {
		if len(s.indexed) >= maxIndexTerms {
			return
		}
		if !s.indexed[k] {
			s.indexed[k] = true
			ix.post[k] = append(ix.post[k], s.id)
		}
	}
}

// dropStory notes that one indexed story has left.
func (ix *index) dropStory() { ix.dead++ }

// compact rebuilds the postings without the entries of stories not in open,
// once enough stories have left to make it worth a pass.
func (ix *index) compact(open map[int32]*story) {
	if ix.dead < len(open)+256 {
		return
	}
	ix.dead = 0
	for k, ids := range ix.post {
		ids = slices.DeleteFunc(ids, func(id int32) bool { return open[id] == nil })
		if len(ids) == 0 {
			delete(ix.post, k)
		} else {
			ix.post[k] = slices.Clip(ids)
		}
	}
}

// candidates returns up to n open stories sharing heavy terms with ft and
// inside the time window around ft's day, best first by the summed weight
// of the shared query terms.
func (c *Clusterer) candidates(ft *features) []*story {
	ix := c.index
	clear(ix.acc)
	for _, q := range []struct {
		v vector
		k int
	}{{ft.words, queryWords}, {ft.names, queryNames}} {
		for _, t := range topTerms(q.v, q.k) {
			ids := ix.post[t.Key]
			if len(ids) > maxPostings {
				ids = ids[len(ids)-commonPosting:]
			}
			for i := len(ids) - 1; i >= 0; i-- {
				ix.acc[ids[i]] += t.Weight
			}
		}
	}
	w := c.cfg.windowDays()
	type cand struct {
		s   *story
		acc float32
	}
	var best float32
	for _, a := range ix.acc {
		best = max(best, a)
	}
	var cs []cand
	for id, a := range ix.acc {
		if a < best/4 {
			continue
		}
		s := c.stories[id]
		if s == nil || (ft.dated && s.dated && (s.last < ft.day-w || s.first > ft.day+w)) {
			continue
		}
		cs = append(cs, cand{s, a})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.acc != b.acc {
			if a.acc > b.acc {
				return -1
			}
			return 1
		}
		return int(a.s.id - b.s.id)
	})
	out := make([]*story, 0, min(len(cs), c.cfg.Candidates))
	for _, x := range cs[:min(len(cs), c.cfg.Candidates)] {
		out = append(out, x.s)
	}
	return out
}

// topTerms returns the k heaviest terms of v.
func topTerms(v vector, k int) []term {
	if len(v) <= k {
		return v
	}
	c := slices.Clone(v)
	slices.SortFunc(c, func(a, b term) int {
		if a.Weight > b.Weight {
			return -1
		}
		if a.Weight < b.Weight {
			return 1
		}
		return 0
	})
	return c[:k]
}
