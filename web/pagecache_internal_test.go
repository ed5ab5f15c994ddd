package web

import (
	"bytes"
	"testing"
)

func TestPageCache(t *testing.T) {
	page := func(n int) []byte { return bytes.Repeat([]byte("x"), n) }
	k := func(story string, v int) pageKey { return pageKey{story: story, version: v} }
	// room for three 1,000-byte pages of a one-letter story, not four
	c := newPageCache(3 * entrySize(k("a", 1), page(1000)))

	c.put(k("a", 1), page(1000))
	c.put(k("b", 1), page(1000))
	c.put(k("c", 1), page(1000))
	if _, ok := c.get(k("a", 1)); !ok { // a is now the most recently used
		t.Fatalf("get(a 1) missed with room for three pages")
	}
	c.put(k("d", 1), page(1000))

	for _, tc := range []struct {
		key  pageKey
		want bool
	}{
		{k("a", 1), true},
		{k("b", 1), false}, // the least recently used, dropped for d
		{k("c", 1), true},
		{k("d", 1), true},
		{k("a", 2), false}, // another version of a cached story is another page
	} {
		if _, ok := c.get(tc.key); ok != tc.want {
			t.Errorf("get(%v) found = %v, want %v", tc.key, ok, tc.want)
		}
	}
	if n, size := c.len(); n != 3 || size > c.max {
		t.Errorf("len = %d pages, %d bytes; want 3 pages within %d bytes", n, size, c.max)
	}

	t.Run("a page larger than the bound is not kept", func(t *testing.T) {
		c.put(k("huge", 1), page(int(c.max)))
		if _, ok := c.get(k("huge", 1)); ok {
			t.Errorf("a page over the bound was kept")
		}
		if n, _ := c.len(); n != 3 {
			t.Errorf("storing an oversize page dropped others: %d pages left, want 3", n)
		}
	})
	t.Run("putting a key again replaces its page", func(t *testing.T) {
		c.put(k("c", 1), page(10))
		if got, _ := c.get(k("c", 1)); len(got) != 10 {
			t.Errorf("get(c 1) = %d bytes, want the 10 put last", len(got))
		}
		if n, size := c.len(); n != 3 || size != 2*entrySize(k("a", 1), page(1000))+entrySize(k("c", 1), page(10)) {
			t.Errorf("len = %d pages, %d bytes after replacing c", n, size)
		}
	})
}

func TestNewPageCache(t *testing.T) {
	for _, tc := range []struct {
		max     int64
		wantNil bool
		wantMax int64
	}{
		{0, false, DefaultPageCacheBytes},
		{4096, false, 4096},
		{-1, true, 0},
	} {
		c := newPageCache(tc.max)
		if (c == nil) != tc.wantNil || (c != nil && c.max != tc.wantMax) {
			t.Errorf("newPageCache(%d) = %+v, want nil %v, max %d", tc.max, c, tc.wantNil, tc.wantMax)
		}
	}
	var off *pageCache
	off.put(pageKey{story: "a", version: 1}, []byte("page"))
	if _, ok := off.get(pageKey{story: "a", version: 1}); ok {
		t.Errorf("a nil cache returned a page")
	}
}
