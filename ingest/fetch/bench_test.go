package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"testing"
)

// benchBody is about the size of a 100-entry feed with full content.
var benchBody = bytes.Repeat([]byte("<item><title>Council approves the harbour budget</title><description>Councillors voted on Tuesday.</description></item>\n"), 900)

func BenchmarkGet(b *testing.B) {
	srv := serve(b, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(benchBody)
	})
	c := New(local())
	b.SetBytes(int64(len(benchBody)))
	for b.Loop() {
		if _, err := c.Get(context.Background(), srv.URL, Request{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGetGzip(b *testing.B) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(benchBody)
	zw.Close()
	srv := serve(b, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	c := New(local())
	b.SetBytes(int64(len(benchBody)))
	for b.Loop() {
		if _, err := c.Get(context.Background(), srv.URL, Request{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGetNotModified(b *testing.B) {
	srv := serve(b, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNotModified)
	})
	c := New(local())
	for b.Loop() {
		if _, err := c.Get(context.Background(), srv.URL, Request{ETag: `"v1"`}); err != nil {
			b.Fatal(err)
		}
	}
}
