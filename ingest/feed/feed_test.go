package feed

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// now is the reference time of the fixtures.
var now = time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t *testing.T, data []byte, opts Options) *Feed {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = now
	}
	f, err := Parse(data, opts)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return f
}

func TestParseRSS(t *testing.T) {
	f := mustParse(t, readFixture(t, "rss.xml"), Options{URL: "https://harbourledger.example/world/rss.xml"})
	if f.Type != "rss" || f.Title != "The Harbour Ledger — World" || f.SiteURL != "https://harbourledger.example/world/" {
		t.Errorf("feed = %q %q %q, want rss, the collapsed title and the site URL", f.Type, f.Title, f.SiteURL)
	}
	type row struct{ id, link, date, note string }
	var got []row
	for _, e := range f.Entries {
		d := ""
		if e.Published != nil {
			d = e.Published.Format(time.RFC3339)
		}
		got = append(got, row{e.ID, e.Link, d, e.DateNote})
	}
	hash := entryID(Entry{Summary: "A note with neither title, link nor guid."})
	want := []row{
		{"guid:hl-2026-0312", "https://harbourledger.example/world/2026/03/velna-port-reopens", "2026-03-03T07:15:00Z", "published"},
		{"link:https://harbourledger.example/world/2026/03/ferry-timetable", "https://harbourledger.example/world/2026/03/ferry-timetable", "", "missing"},
		{"guid:https://harbourledger.example/world/2026/03/sea-wall", "https://harbourledger.example/world/2026/03/sea-wall", "", `unreadable: "the day after the storm"`},
		{"guid:https://harbourledger.example/archive/lighthouse", "https://harbourledger.example/archive/lighthouse", "", "implausible: 1870-01-01T00:00:00Z"},
		{hash, "", "", "missing"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries =\n%q\nwant\n%q", got, want)
	}
	if wantDup := []string{"guid:hl-2026-0312", hash}; !slices.Equal(f.Duplicates, wantDup) {
		t.Errorf("Duplicates = %q, want %q", f.Duplicates, wantDup)
	}
	first := f.Entries[0]
	if !strings.Contains(first.Content, "Ivo Brannan") || first.Summary == "" || !slices.Equal(first.Authors, []string{"Mara Lindqvist"}) {
		t.Errorf("first entry content %q, summary %q, authors %q; want content, summary and the dc:creator", first.Content, first.Summary, first.Authors)
	}
}

func TestParseAtom(t *testing.T) {
	f := mustParse(t, readFixture(t, "atom.xml"), Options{})
	if f.Type != "atom" || f.FeedURL != "https://valmora-courier.example/atom.xml" || f.Updated == nil {
		t.Errorf("feed = %q %q %v, want atom with its self link and updated time", f.Type, f.FeedURL, f.Updated)
	}
	if len(f.Entries) != 2 {
		t.Fatalf("got %d entries, want 2", len(f.Entries))
	}
	e := f.Entries[0]
	if e.Link != "https://valmora-courier.example/articles/pont-sarlene" {
		t.Errorf("relative entry link = %q, want it resolved against the site URL", e.Link)
	}
	if e.Published == nil || !e.Published.Equal(time.Date(2026, 3, 2, 16, 30, 0, 0, time.UTC)) || e.DateNote != "published" {
		t.Errorf("Published = %v (%s), want 2026-03-02 16:30 UTC from <published>", e.Published, e.DateNote)
	}
	// gofeed fills an Atom entry's published time from <updated>.
	if second := f.Entries[1]; second.Published == nil || !second.Published.Equal(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("entry with only <updated>: Published = %v (%s), want the updated time", second.Published, second.DateNote)
	}
}

func TestParseJSONFeed(t *testing.T) {
	f := mustParse(t, readFixture(t, "feed.json"), Options{ContentType: "application/feed+json"})
	if f.Type != "json" || len(f.Entries) != 2 {
		t.Fatalf("feed type %q with %d entries, want json with 2", f.Type, len(f.Entries))
	}
	e := f.Entries[0]
	if e.ID != "guid:nw-5521" || e.Published == nil || !strings.Contains(e.Content, "42 lorries") {
		t.Errorf("first entry = %+v, want id nw-5521, a date and the HTML content", e)
	}
	if f.Entries[1].Published != nil || f.Entries[1].DateNote != "missing" {
		t.Errorf("undated entry: Published = %v (%s), want nil (missing)", f.Entries[1].Published, f.Entries[1].DateNote)
	}
}

func TestParseRejects(t *testing.T) {
	rss := string(readFixture(t, "rss.xml"))
	tests := []struct {
		name, doc string
		code      string
	}{
		{"empty", "", parallax.EINVALID},
		{"html page", "<!doctype html><html><body><p>Hello</p></body></html>", parallax.EINVALID},
		{"truncated rss", rss[:len(rss)/2], parallax.EINVALID},
		{"malformed rss", `<rss version="2.0"><channel><title>x</title><item><title>a</item></channel>`, parallax.EINVALID},
		{"broken json", `{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1",`, parallax.EINVALID},
		{"deep nesting", "<rss><channel><item>" + strings.Repeat("<x>", 5000) + strings.Repeat("</x>", 5000) + "</item></channel></rss>", parallax.ETOOLARGE},
		{"deep json", `{"version":"https://jsonfeed.org/version/1","items":` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "}", parallax.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.doc), Options{Now: now})
			if got := parallax.ErrorCode(err); got != tt.code {
				t.Errorf("Parse(%.40q) = %v, %v; want code %q", tt.doc, f, err, tt.code)
			}
		})
	}
}

func TestParseLimits(t *testing.T) {
	rss := readFixture(t, "rss.xml")
	for _, lim := range []Limits{{MaxBytes: 1000}, {MaxNodes: 20}, {MaxDepth: 3}} {
		_, err := Parse(rss, Options{Now: now, Limits: lim})
		if got := parallax.ErrorCode(err); got != parallax.ETOOLARGE {
			t.Errorf("Parse(rss.xml) under %+v = %v, want code %q", lim, err, parallax.ETOOLARGE)
		}
	}
	if _, err := Parse(rss, Options{Now: now}); err != nil {
		t.Errorf("Parse(rss.xml) under the default limits = %v, want nil", err)
	}
}
