package text

import (
	"os"
	"testing"
)

// readArticle returns the ~3 KB invented article used by the benchmarks.
func readArticle(b *testing.B) string {
	data, err := os.ReadFile("testdata/long-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkSplit(b *testing.B) {
	doc := readArticle(b)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Split(doc)
	}
}

func BenchmarkTokens(b *testing.B) {
	doc := readArticle(b)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Tokens(doc)
	}
}

func BenchmarkFold(b *testing.B) {
	doc := readArticle(b)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Fold(doc)
	}
}

func BenchmarkContentWords(b *testing.B) {
	doc := readArticle(b)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		ContentWords(doc)
	}
}
