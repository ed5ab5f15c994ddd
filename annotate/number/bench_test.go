package number

import (
	"os"
	"testing"

	"github.com/parallax-news/parallax"
)

// lines makes one sentence of each line of doc.
func lines(doc string) []parallax.Sentence {
	var out []parallax.Sentence
	start := 0
	for i := 0; i <= len(doc); i++ {
		if i == len(doc) || doc[i] == '\n' {
			if i > start {
				out = append(out, parallax.Sentence{Text: doc[start:i], Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

// BenchmarkFind measures one ~3 KB article (goal: < 200 µs).
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := string(data)
	sents := lines(doc)
	ents := []parallax.Entity{
		entity(doc, "Oster Valley Relief Network", "Oster Valley Relief Network"),
		entity(doc, "Interior Ministry", "Interior Ministry"),
		entity(doc, "World Food Programme", "World Food Programme"),
		entity(doc, "Ilse Varga", "Ilse Varga"),
	}
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Find(doc, sents, ents)
	}
}
