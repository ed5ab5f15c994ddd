package feed

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary documents to Parse: it must not panic, and a
// parsed feed must keep its invariants (IDs set and unique, links absolute
// http(s), text valid UTF-8).
func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		f.Add(readFixture(f, name), "")
	}
	f.Add([]byte(`<rss><channel><item><guid>a</guid><guid>b</guid></item><item><guid>a</guid></item></channel></rss>`), "text/xml; charset=koi8-r")
	f.Fuzz(func(t *testing.T, doc []byte, contentType string) {
		fd, err := Parse(doc, Options{URL: "https://feeds.example/rss", ContentType: contentType, Now: now, Limits: Limits{MaxBytes: 1 << 20}})
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, e := range fd.Entries {
			if e.ID == "" || seen[e.ID] {
				t.Fatalf("entry ID %q empty or repeated", e.ID)
			}
			seen[e.ID] = true
			if e.Link != "" && !strings.HasPrefix(e.Link, "http://") && !strings.HasPrefix(e.Link, "https://") {
				t.Fatalf("entry link %q is not http(s)", e.Link)
			}
			if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Content) {
				t.Fatalf("entry text is not valid UTF-8: %q", e.Title)
			}
			if (e.Published == nil) == (e.DateNote == "published" || e.DateNote == "updated") {
				t.Fatalf("Published %v does not agree with DateNote %q", e.Published, e.DateNote)
			}
		}
	})
}

// FuzzParseOPML checks that ParseOPML never panics and that every feed it
// returns has an absolute http(s) URL.
func FuzzParseOPML(f *testing.F) {
	f.Add(readFixture(f, "subscriptions.opml"))
	f.Add([]byte(`<opml><body><outline xmlUrl="/a"><outline xmlUrl="https://b.example/"/></outline></body></opml>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		o, err := ParseOPML(doc, "https://reader.example/", "", Limits{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		for _, x := range o.Feeds() {
			if !strings.HasPrefix(x.FeedURL, "http://") && !strings.HasPrefix(x.FeedURL, "https://") {
				t.Fatalf("feed URL %q is not http(s)", x.FeedURL)
			}
		}
	})
}

// FuzzDiscover checks that Discover never panics and returns only absolute
// http(s) links of a known feed type.
func FuzzDiscover(f *testing.F) {
	f.Add([]byte(`<link rel=alternate type=application/rss+xml href=/rss>`))
	f.Add([]byte(`<base href="//cdn.example/x/"><link rel="alternate feed" type="application/atom+xml" href="a">`))
	f.Fuzz(func(t *testing.T, page []byte) {
		for _, l := range Discover(page, "https://site.example/a/b", "", Limits{MaxBytes: 1 << 20}) {
			if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") || l.Type == "" {
				t.Fatalf("Discover returned %+v", l)
			}
		}
	})
}
