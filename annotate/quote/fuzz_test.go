package quote

import (
	"testing"

	"github.com/parallax-news/parallax/text"
)

// FuzzFind checks that Find never panics and that every quote's offsets
// slice its text out of the document, whatever the input.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“Q,” he said.", "X said: „Y“", "– A, B said.", "'a' b' c'", "«x» «", "\"\"\"", "“\n\n“\n”",
		"According to the statement, it said that.", "Lind, who said, said that “”", ", said", "said that",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		sents := text.Split(doc)
		for _, q := range Find(doc, sents, entities(doc, sents, cast)) {
			if q.Start < 0 || q.End > len(doc) || q.Start >= q.End || doc[q.Start:q.End] != q.Text {
				t.Fatalf("quote %q at [%d,%d) does not slice the document %q", q.Text, q.Start, q.End, doc)
			}
		}
	})
}
