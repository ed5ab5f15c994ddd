package pipeline

import "sync"

// maxCommonTerms bounds the search terms a worker remembers as common.
// Beyond it new common terms are not remembered; they are searched again
// each time, which costs time but changes no result.
const maxCommonTerms = 1 << 16

// commonTerms is the set of search terms a worker found in more stories
// than one page of candidates holds: terms that tell nothing about which
// story an article belongs to. A term only ever becomes common as stories
// are stored (a story never loses an article except by deletion), so a
// term found common stays so; remembering it spares the search, whose cost
// grows with the number of articles it matches. Safe for concurrent use.
type commonTerms struct {
	mu  sync.Mutex
	set map[string]struct{}
}

func newCommonTerms() *commonTerms {
	return &commonTerms{set: make(map[string]struct{})}
}

// has reports whether term q was found common.
func (c *commonTerms) has(q string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.set[q]
	return ok
}

// add remembers q as common, unless maxCommonTerms are remembered already.
func (c *commonTerms) add(q string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.set) < maxCommonTerms {
		c.set[q] = struct{}{}
	}
}

// len returns the number of terms remembered.
func (c *commonTerms) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.set)
}
