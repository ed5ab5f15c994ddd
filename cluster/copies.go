package cluster

import "slices"

// copyIndex holds the MinHash signatures of the articles in the window,
// bucketed by LSH band, to find near-copies of a new article.
type copyIndex struct {
	buckets map[uint64][]int32
	entries map[int32]*copyEntry
	queue   []int32 // entry slots in arrival order, for eviction
	next    int32
}

// copyEntry is one remembered article.
type copyEntry struct {
	sig     signature
	article string
	root    string // the original it copies, or article itself
	story   int32
	day     int32
}

func newCopyIndex() *copyIndex {
	return &copyIndex{buckets: make(map[uint64][]int32), entries: make(map[int32]*copyEntry)}
}

// find returns the remembered article most similar to sig, if its estimated
// Jaccard similarity reaches threshold.
func (ci *copyIndex) find(sig *signature, threshold float64) (*copyEntry, float64) {
	var best *copyEntry
	bestSim := threshold
	seen := map[int32]bool{}
	for b := range sigBands {
		for _, slot := range ci.buckets[sig.bandKey(b)] {
			if seen[slot] {
				continue
			}
			seen[slot] = true
			e := ci.entries[slot]
			if sim := sig.similarity(&e.sig); sim >= bestSim {
				best, bestSim = e, sim
			}
		}
	}
	return best, bestSim
}

// add remembers e.
func (ci *copyIndex) add(e *copyEntry) {
	ci.next++
	slot := ci.next
	ci.entries[slot] = e
	ci.queue = append(ci.queue, slot)
	for b := range sigBands {
		k := e.sig.bandKey(b)
		ids := ci.buckets[k]
		if len(ids) >= maxBucket {
			ids = ids[1:]
		}
		ci.buckets[k] = append(ids, slot)
	}
}

// maxBucket bounds an LSH bucket: a band shared by more articles is
// boilerplate, and only its newest members are kept; true copies share
// other bands too.
const maxBucket = 32

// evict forgets the articles, in arrival order, dated before day limit.
func (ci *copyIndex) evict(limit int32) {
	n := 0
	for _, slot := range ci.queue {
		e := ci.entries[slot]
		if e.day >= limit {
			break
		}
		n++
		for b := range sigBands {
			k := e.sig.bandKey(b)
			ids := slices.DeleteFunc(ci.buckets[k], func(s int32) bool { return s == slot })
			if len(ids) == 0 {
				delete(ci.buckets, k)
			} else {
				ci.buckets[k] = ids
			}
		}
		delete(ci.entries, slot)
	}
	ci.queue = slices.Clone(ci.queue[n:])
}

// findCopy looks for an earlier article that the article with features ft
// nearly copies and that is in a story the article could join on its score
// (a copy reports the same event, so its names and days agree too). It returns the copy record and the open story of the
// original (nil when the original's story has left the window).
func (c *Clusterer) findCopy(id string, ft *features) (*Copy, *story) {
	sig, ok := minhash(ft.shingles)
	if !ok {
		return nil, nil
	}
	ft.sig, ft.hasSig = sig, true
	e, sim := c.copies.find(&sig, c.cfg.CopyThreshold)
	if e == nil {
		return nil, nil
	}
	s := c.resolve(e.story)
	if s != nil && c.score(ft, s) < c.cfg.Threshold {
		return nil, nil // shared boilerplate or templates, not the same report
	}
	return &Copy{Article: id, CopyOf: e.root, Similarity: sim}, s
}

// rememberCopy adds the article to the copy index, unless it is too short.
func (c *Clusterer) rememberCopy(id string, ft *features, s *story, cp *Copy) {
	if !ft.hasSig {
		return
	}
	root := id
	if cp != nil {
		root = cp.CopyOf
	}
	c.copies.add(&copyEntry{sig: ft.sig, article: id, root: root, story: s.id, day: ft.day})
}
