package web

import (
	"container/list"
	"sync"
)

// DefaultPageCacheBytes bounds the rendered pages kept in memory when
// Config.PageCacheBytes is 0: about a thousand story pages of a typical
// six-article story (~60 KB each).
const DefaultPageCacheBytes = 64 << 20

// pageEntryOverhead is what an entry costs beside its body and key, counted
// against the bound so that many tiny pages cannot grow the cache unseen.
const pageEntryOverhead = 128

// pageKey names one rendered page: the story page of a story at one report
// version. A report version never changes once stored, and a new report is
// a new version, so a page under its key never goes stale.
type pageKey struct {
	story   string
	version int // >= 1
}

// pageEntry is a cached page; body is never modified once stored.
type pageEntry struct {
	key  pageKey
	body []byte
}

// pageCache keeps rendered pages by key, at most max bytes in all, and drops
// the least recently used first. A nil *pageCache keeps nothing. It is safe
// for concurrent use.
type pageCache struct {
	mu    sync.Mutex
	max   int64                     // > 0
	size  int64                     // bytes held, overhead included; <= max
	order list.List                 // of *pageEntry, most recently used first
	index map[pageKey]*list.Element // the elements of order, by key
}

// newPageCache returns a cache of max bytes: DefaultPageCacheBytes when max
// is 0, and nil (no cache) when max is negative.
func newPageCache(max int64) *pageCache {
	switch {
	case max < 0:
		return nil
	case max == 0:
		max = DefaultPageCacheBytes
	}
	return &pageCache{max: max, index: map[pageKey]*list.Element{}}
}

// get returns the page stored under k and marks it used; the caller must
// not modify it.
func (c *pageCache) get(k pageKey) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*pageEntry).body, true
}

// put stores body under k, which the cache then owns, dropping the least
// recently used pages until the total fits. A page larger than the whole
// bound is not kept.
func (c *pageCache) put(k pageKey, body []byte) {
	if c == nil {
		return
	}
	n := entrySize(k, body)
	if n > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.index[k]; ok {
		c.remove(e)
	}
	c.index[k] = c.order.PushFront(&pageEntry{key: k, body: body})
	c.size += n
	for c.size > c.max {
		c.remove(c.order.Back())
	}
}

// remove drops e; c.mu is held.
func (c *pageCache) remove(e *list.Element) {
	p := c.order.Remove(e).(*pageEntry)
	delete(c.index, p.key)
	c.size -= entrySize(p.key, p.body)
}

// len returns the number of pages held and their size in bytes.
func (c *pageCache) len() (pages int, bytes int64) {
	if c == nil {
		return 0, 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.index), c.size
}

func entrySize(k pageKey, body []byte) int64 {
	return int64(len(body) + len(k.story) + pageEntryOverhead)
}
