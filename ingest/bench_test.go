package ingest

import (
	"context"
	"os"
	"testing"
)

// BenchmarkClean measures Clean on a short pasted article.
func BenchmarkClean(b *testing.B) {
	raw, err := os.ReadFile("testdata/text/herald-masthead.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		Clean(string(raw))
	}
}

// BenchmarkReadText measures reading one plain-text file into an article
// (cleaning, metadata, language).
func BenchmarkReadText(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Reader{}.Read(context.Background(), []string{"testdata/text/ledger-credit.txt"}, nil)
	}
}

// BenchmarkExtractHTML measures main-text extraction of a small page.
func BenchmarkExtractHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/html/orchard-page.html")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, _, err := ExtractHTML(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}
