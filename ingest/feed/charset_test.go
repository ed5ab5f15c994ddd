package feed

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestParseCharsets(t *testing.T) {
	item := func(title string) string {
		return `<rss version="2.0"><channel><title>Feed</title><item><title>` + title +
			`</title><guid>a1</guid></item></channel></rss>`
	}
	cp1252, _ := charmap.Windows1252.NewEncoder().String(item("Café “Bellmare” rouvre"))
	koi8, _ := charmap.KOI8R.NewEncoder().String(item("Мост через Сежу открыт"))
	tests := []struct {
		name, doc, contentType, want string
	}{
		{"xml declaration windows-1252", `<?xml version="1.0" encoding="windows-1252"?>` + cp1252, "application/rss+xml", "Café “Bellmare” rouvre"},
		{"content-type koi8-r", koi8, "application/rss+xml; charset=KOI8-R", "Мост через Сежу открыт"},
		{"content-type beats declaration", `<?xml version="1.0" encoding="ISO-8859-1"?>` + koi8, "text/xml; charset=koi8-r", "Мост через Сежу открыт"},
		{"undeclared windows-1252", cp1252, "", "Café “Bellmare” rouvre"},
		{"invalid utf-8", item("Sal\xffon du livre"), "application/rss+xml; charset=utf-8", "Sal\uFFFDon du livre"},
		{"control characters", item("Vote\x0b on the\x01 budget"), "", "Vote on the budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.doc), Options{ContentType: tt.contentType, Now: now})
			if err != nil {
				t.Fatalf("Parse(%.50q) = %v", tt.doc, err)
			}
			if len(f.Entries) != 1 || f.Entries[0].Title != tt.want {
				t.Errorf("Parse(%.50q) titles = %v, want %q", tt.doc, titles(f), tt.want)
			}
		})
	}
}

func titles(f *Feed) []string {
	var out []string
	for _, e := range f.Entries {
		out = append(out, e.Title)
	}
	return out
}

func TestDiscover(t *testing.T) {
	page := `<!doctype html><html><head><title>Harbour Ledger</title>
<script>` + strings.Repeat("/* tracking */ ", 100) + `</script>
<link rel="stylesheet" href="/site.css">
<link rel="alternate" type="application/rss+xml" title="World" href="/world/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://harbourledger.example/atom.xml">
<link rel="ALTERNATE" type="application/feed+json; charset=utf-8" title=" JSON  feed " href="feed.json">
<link rel="alternate" type="application/rss+xml" href="/world/rss.xml">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
</head><body><p>Body</p></body></html>`
	got := Discover([]byte(page), "https://harbourledger.example/world/index.html", "text/html", Limits{})
	want := []Link{
		{URL: "https://harbourledger.example/world/rss.xml", Type: "rss", Title: "World"},
		{URL: "https://harbourledger.example/atom.xml", Type: "atom"},
		{URL: "https://harbourledger.example/world/feed.json", Type: "json", Title: "JSON feed"},
	}
	if !equalLinks(got, want) {
		t.Errorf("Discover() =\n%+v\nwant\n%+v", got, want)
	}
}

func TestDiscoverBaseHref(t *testing.T) {
	page := `<html><head><base href="https://cdn.valmora-courier.example/fr/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head></html>`
	got := Discover([]byte(page), "https://valmora-courier.example/", "", Limits{})
	want := []Link{{URL: "https://cdn.valmora-courier.example/fr/atom.xml", Type: "atom"}}
	if !equalLinks(got, want) {
		t.Errorf("Discover() = %+v, want %+v", got, want)
	}
}

func TestDiscoverStopsAtNodeLimit(t *testing.T) {
	page := "<html><head>" + strings.Repeat("<meta name=x>", 500) +
		`<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head></html>`
	if got := Discover([]byte(page), "https://a.example/", "", Limits{MaxNodes: 100}); len(got) != 0 {
		t.Errorf("Discover() beyond the node limit = %+v, want nothing", got)
	}
	if got := Discover([]byte(page), "https://a.example/", "", Limits{}); len(got) != 1 {
		t.Errorf("Discover() within the default limits = %+v, want one link", got)
	}
}

func equalLinks(a, b []Link) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
