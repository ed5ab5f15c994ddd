package feed

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// feed100 builds an RSS document of 100 entries with HTML content, like a
// busy news outlet's feed.
func feed100() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Daily</title><link>https://bench.example/</link>`)
	start := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	for i := range 100 {
		fmt.Fprintf(&b, `<item><title>Council approves budget line %d for the harbour district</title><link>https://bench.example/news/%d</link><guid isPermaLink="false">bench-%d</guid><pubDate>%s</pubDate><description>Councillors voted %d to %d on Tuesday.</description><content:encoded><![CDATA[<p>%s</p>]]></content:encoded><category>Local</category></item>`,
			i, i, i, start.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z), 20+i%7, 3+i%5,
			strings.Repeat("The council's finance committee reviewed the proposal for a second time. ", 10))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func BenchmarkParse100(b *testing.B) {
	doc := feed100()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		f, err := Parse(doc, Options{Now: now})
		if err != nil || len(f.Entries) != 100 {
			b.Fatalf("Parse = %d entries, %v", len(f.Entries), err)
		}
	}
}

func BenchmarkDiscover(b *testing.B) {
	page := []byte(`<html><head><title>x</title>` + strings.Repeat(`<meta name="k" content="v">`, 50) +
		`<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>` + strings.Repeat("<p>text</p>", 2000) + `</body></html>`)
	for b.Loop() {
		if len(Discover(page, "https://bench.example/", "text/html", Limits{})) != 1 {
			b.Fatal("no link")
		}
	}
}
