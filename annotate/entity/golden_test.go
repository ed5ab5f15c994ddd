package entity_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares the entities of whole invented articles with the
// reviewed output beside them. Run with -update after a deliberate change
// and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := string(raw)
			got, err := json.MarshalIndent(find(t, doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Find(%s) differs from %s; run with -update and review the diff", f, golden)
			}
		})
	}
}

// BenchmarkFind measures Find on a 3 KB invented article (sentences split
// beforehand, as the annotator does).
func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "marsa-ceasefire.txt"))
	if err != nil {
		b.Fatal(err)
	}
	doc := string(raw)
	sents := text.Split(doc)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		recognizer.Find(doc, sents)
	}
}
