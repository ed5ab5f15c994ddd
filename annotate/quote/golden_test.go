package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// articleCast adds the actors of the invented harbour article to cast.
var articleCast = append(append([]actor{}, cast...),
	actor{"Petra Osk", parallax.Person, []string{"Osk"}},
	actor{"Kessel Chamber of Commerce", parallax.Organisation, []string{"the Kessel Chamber of Commerce"}},
	actor{"Kessel", parallax.Place, nil},
)

func readArticle(tb testing.TB) (string, []parallax.Sentence, []parallax.Entity) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "harbour-talks.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	doc := string(b)
	sents := text.Split(doc)
	return doc, sents, entities(doc, sents, articleCast)
}

// TestGoldenArticle compares the quotes of a whole invented article with
// the reviewed list in testdata/harbour-talks.golden. Run with -update after
// a deliberate change and review the diff.
func TestGoldenArticle(t *testing.T) {
	doc, sents, ents := readArticle(t)
	var b strings.Builder
	for _, q := range Find(doc, sents, ents) {
		if doc[q.Start:q.End] != q.Text {
			t.Errorf("quote %q at [%d,%d) does not match the document", q.Text, q.Start, q.End)
		}
		fmt.Fprintf(&b, "%d %s speaker=%q text=%q verb=%q channel=%q\n  %q\n",
			q.Sentence, q.Kind, q.Speaker, q.SpeakerText, q.Verb, q.Channel, q.Text)
	}
	golden := filepath.Join("testdata", "harbour-talks.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./annotate/quote -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("quotes differ from %s; run with -update and review the diff:\n%s", golden, got)
	}
}

// BenchmarkFind measures Find alone on a 3 KB article, sentences and
// entities given.
func BenchmarkFind(b *testing.B) {
	doc, sents, ents := readArticle(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, sents, ents)
	}
}
