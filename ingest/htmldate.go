package ingest

import (
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaNames are the meta-tag names (property, name or itemprop,
// lower-cased) that carry a page's publication timestamp.
var publishedMetaNames = wordSet(`article:published_time og:article:published_time
	og:published_time datepublished pubdate publishdate publish-date publish_date
	publication_date dc.date.issued dcterms.issued dc.date sailthru.date parsely-pub-date`)

// htmlDate finds the original publication date in the page's markup, with
// its time of day when the page gives one, and its precision. go-htmldate
// may read the date from a byline's text without the time that a meta tag
// or a <time datetime> of the same day states; that timestamp is then used.
// A date in the URL counts only when the markup states none.
func htmlDate(doc *html.Node, pageURL string) (*time.Time, string, string) {
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		DeferUrlExtractor:   true,
		URL:                 pageURL,
		SkipExtensiveSearch: true,
	})
	if err != nil || res.IsZero() {
		return nil, "", ""
	}
	t := res.DateTime
	precision := PrecisionFull
	switch {
	case !res.HasTime:
		t, precision = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), PrecisionDate
	case !res.HasTimezone:
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
		precision = PrecisionLocal
	}
	ev := strings.TrimSpace(res.SrcString)
	if ev == "" {
		ev = "HTML metadata"
	}
	if precision == PrecisionDate {
		if mt, mp, mev, ok := markupTimestamp(doc); ok && sameDay(mt, t) {
			return &mt, mev, mp
		}
	}
	return &t, ev, precision
}

// markupTimestamp returns the first publication timestamp with a time of
// day that the markup states: a publication meta tag, else a <time
// datetime>. It returns the time, its precision and the attribute value.
func markupTimestamp(doc *html.Node) (time.Time, string, string, bool) {
	var metaVal, timeVal string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if metaVal != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				if publishedMetaNames[strings.ToLower(attr(n, "property")+attr(n, "name")+attr(n, "itemprop"))] && timed(attr(n, "content")) {
					metaVal = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Time:
				if timeVal == "" && timed(attr(n, "datetime")) {
					timeVal = strings.TrimSpace(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	v := firstNonEmpty(metaVal, timeVal)
	t, precision, ok := ParsePublishedPrecision(v)
	return t, precision, v, ok
}

// timed reports whether v is an ISO 8601 date-time (not a day alone).
func timed(v string) bool {
	_, precision, ok := ParsePublishedPrecision(v)
	return ok && precision != PrecisionDate
}

// sameDay reports whether a's calendar day, in its own zone, is day's.
func sameDay(a, day time.Time) bool {
	return a.Year() == day.Year() && a.Month() == day.Month() && a.Day() == day.Day()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
