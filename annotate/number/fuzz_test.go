package number

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// FuzzFind checks that Find never panics and that every number it returns
// is well formed: Text at its offsets, Max above Value, PartOf another
// number of the result.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Losses had climbed to 388, including 29 herders, according to the Harbour Watch.",
		"between 3,000 and 8,000 fighters; several hundred soldiers; $5m; 40%; 07.48; F-16",
		"Twenty-five and one hundred and fifty, 18 of the 26, tens of thousands of",
		"1,2,3 ... 4.5.6 -- 7- 8 –9 $ € 5, 000 a few",
	} {
		f.Add(s, 5, 20)
	}
	f.Fuzz(func(t *testing.T, doc string, ms, me int) {
		var ents []parallax.Entity
		if ms >= 0 && ms < me && me <= len(doc) {
			ents = []parallax.Entity{{Name: "X", Mentions: []parallax.Mention{{Start: ms, End: me}}}}
		}
		got := Find(doc, oneSentence(doc), ents)
		for i, n := range got {
			if n.Start < 0 || n.End > len(doc) || n.Start >= n.End || doc[n.Start:n.End] != n.Text {
				t.Fatalf("Find(%q)[%d] = %+v: Text not at its offsets", doc, i, n)
			}
			if n.Max != nil && *n.Max <= n.Value {
				t.Fatalf("Find(%q)[%d] = %+v: Max %g not above Value", doc, i, n, *n.Max)
			}
			if n.PartOf == i || n.PartOf < -1 || n.PartOf >= len(got) {
				t.Fatalf("Find(%q)[%d].PartOf = %d, out of range", doc, i, n.PartOf)
			}
		}
	})
}
