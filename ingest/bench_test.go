package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkClean measures Clean on about 3 KB of pasted text (the text
// fixtures one after another).
func BenchmarkClean(b *testing.B) {
	paths, _ := filepath.Glob("testdata/text/*.txt")
	var raw []byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		raw = append(raw, data...)
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
