package pipeline

import (
	"sync"

	"github.com/parallax-news/parallax"
)

// cacheSize bounds the annotated articles a worker keeps decoded.
const cacheSize = 4096

// articleCache keeps recently read annotated articles, so that the
// candidates of one assignment after another are not decoded from the
// store every time. Cached articles are read only (cluster.Decide does not
// modify them); a stored annotation never changes once set by the pipeline.
// Safe for concurrent use.
type articleCache struct {
	mu    sync.Mutex
	byID  map[string]*parallax.Annotated
	order []string // insertion order, for eviction
}

func newArticleCache() *articleCache {
	return &articleCache{byID: make(map[string]*parallax.Annotated)}
}

// get returns the cached article id, or nil.
func (c *articleCache) get(id string) *parallax.Annotated {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.byID[id]
}

// put caches a, dropping the oldest entries beyond cacheSize.
func (c *articleCache) put(a *parallax.Annotated) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byID[a.ID]; ok {
		return
	}
	c.byID[a.ID] = a
	c.order = append(c.order, a.ID)
	if len(c.order) > cacheSize {
		drop := len(c.order) - cacheSize
		for _, id := range c.order[:drop] {
			delete(c.byID, id)
		}
		c.order = append(c.order[:0], c.order[drop:]...)
	}
}
