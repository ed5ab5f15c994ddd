package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// earliest is the first plausible publication date for a web feed entry.
var earliest = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack is how far after Options.Now a date may lie (time zones and
// clock skew) and still be plausible.
const futureSlack = 48 * time.Hour

// entry normalises one gofeed item; base resolves relative links.
func entry(it *gofeed.Item, base string, now time.Time) Entry {
	e := Entry{
		GUID:       strings.TrimSpace(it.GUID),
		Title:      clean(it.Title),
		Content:    strings.TrimSpace(it.Content),
		Summary:    strings.TrimSpace(it.Description),
		Categories: it.Categories,
		Updated:    plausible(it.UpdatedParsed, now),
	}
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			e.Authors = append(e.Authors, strings.TrimSpace(a.Name))
		}
	}
	e.Link = entryLink(it, base, e.GUID)
	e.Published, e.DateNote = published(it, now)
	e.ID = entryID(e)
	return e
}

// entryLink picks the article URL: the item's link, its other links, or a
// GUID that is itself an http(s) URL (RSS isPermaLink).
func entryLink(it *gofeed.Item, base, guid string) string {
	candidates := append([]string{it.Link}, it.Links...)
	for _, c := range candidates {
		if u := absolute(base, c); u != "" {
			return u
		}
	}
	if strings.HasPrefix(guid, "http://") || strings.HasPrefix(guid, "https://") {
		return absolute("", guid)
	}
	return ""
}

// published chooses the entry's publication time and says why.
func published(it *gofeed.Item, now time.Time) (*time.Time, string) {
	raw := strings.TrimSpace(it.Published)
	switch {
	case it.PublishedParsed != nil:
		if t := plausible(it.PublishedParsed, now); t != nil {
			return t, "published"
		}
		return nil, fmt.Sprintf("implausible: %s", it.PublishedParsed.UTC().Format(time.RFC3339))
	case raw != "":
		return nil, fmt.Sprintf("unreadable: %q", truncate(raw, 80))
	case it.UpdatedParsed != nil:
		if t := plausible(it.UpdatedParsed, now); t != nil {
			return t, "updated"
		}
		return nil, fmt.Sprintf("implausible: %s", it.UpdatedParsed.UTC().Format(time.RFC3339))
	case strings.TrimSpace(it.Updated) != "":
		return nil, fmt.Sprintf("unreadable: %q", truncate(strings.TrimSpace(it.Updated), 80))
	}
	return nil, "missing"
}

// plausible returns t in UTC if it lies between 1995 and two days after
// now, else nil.
func plausible(t *time.Time, now time.Time) *time.Time {
	if t == nil || t.Before(earliest) || t.After(now.Add(futureSlack)) {
		return nil
	}
	u := t.UTC()
	return &u
}

// entryID is the entry's stable key: GUID, else link, else content hash.
func entryID(e Entry) string {
	switch {
	case e.GUID != "":
		return "guid:" + e.GUID
	case e.Link != "":
		return "link:" + e.Link
	}
	h := sha256.New()
	for _, s := range []string{e.Title, e.Summary, e.Content} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "hash:" + hex.EncodeToString(h.Sum(nil))
}

// absolute resolves ref against base and returns it if it is an http(s)
// URL with a host, else "".
func absolute(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		u = b.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// clean collapses white space in a one-line field such as a title.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// truncate shortens s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
