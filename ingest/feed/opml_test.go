package feed

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestParseOPML(t *testing.T) {
	doc, err := ParseOPML(readFixture(t, "subscriptions.opml"), "https://reader.example/export.opml", "", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Mara's subscriptions" || len(doc.Outlines) != 4 {
		t.Errorf("title %q with %d top outlines, want \"Mara's subscriptions\" and 4", doc.Title, len(doc.Outlines))
	}
	type row struct{ title, feedURL, siteURL string }
	var got []row
	for _, o := range doc.Feeds() {
		got = append(got, row{o.Title, o.FeedURL, o.SiteURL})
	}
	want := []row{
		{"The Harbour Ledger", "https://harbourledger.example/world/rss.xml", "https://harbourledger.example/world/"},
		{"Valmora Courier", "https://valmora-courier.example/atom.xml", ""},
		{"Northline Wire", "https://northline.example/feed.json", "https://northline.example/"},
		{"Relative", "https://reader.example/feeds/relative.xml", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("Feeds() = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Feeds()[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if n := len(doc.Outlines[0].Children[2].Children); n != 2 {
		t.Errorf("nested folder has %d children, want 2", n)
	}
}

func TestParseOPMLRejects(t *testing.T) {
	opml := string(readFixture(t, "subscriptions.opml"))
	tests := []struct {
		name, doc string
		lim       Limits
		code      string
	}{
		{"empty", "", Limits{}, parallax.EINVALID},
		{"not opml", `<rss version="2.0"><channel/></rss>`, Limits{}, parallax.EINVALID},
		{"truncated", opml[:len(opml)*2/3], Limits{}, parallax.EINVALID},
		{"garbage", "\x00\x01<<<>>>", Limits{}, parallax.EINVALID},
		{"deep folders", "<opml><body>" + strings.Repeat("<outline text='f'>", 5000) + strings.Repeat("</outline>", 5000) + "</body></opml>", Limits{}, parallax.ETOOLARGE},
		{"many outlines", "<opml><body>" + strings.Repeat("<outline text='f' xmlUrl='https://a.example/f'/>", 300) + "</body></opml>", Limits{MaxNodes: 100}, parallax.ETOOLARGE},
		{"too big", opml, Limits{MaxBytes: 100}, parallax.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseOPML([]byte(tt.doc), "", "", tt.lim)
			if got := parallax.ErrorCode(err); got != tt.code {
				t.Errorf("ParseOPML(%.40q) = %+v, %v; want code %q", tt.doc, doc, err, tt.code)
			}
		})
	}
}
