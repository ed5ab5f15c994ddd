package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden analyze reports in testdata/golden")

// goldenStories are the fixture folders whose analyze reports are kept as
// golden files, in every format.
var goldenStories = []string{
	"../../reconcile/testdata/calvera-ferry",
	"../../reconcile/testdata/tesmar-raid",
}

func TestAnalyzeGolden(t *testing.T) {
	for _, dir := range goldenStories {
		for _, format := range analyzeFormats {
			name := filepath.Base(dir) + "." + format
			var out, errOut bytes.Buffer
			err := runAnalyze(context.Background(), []string{"--format", format, "--one-story", dir}, &out, &errOut)
			if err != nil {
				t.Fatalf("analyze %s: %v (stderr %s)", name, err, errOut.String())
			}
			path := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden %s: %v (run go test -update)", path, err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("analyze %s differs from %s (run go test -run TestAnalyzeGolden -update and read the diff)", name, path)
			}
		}
	}
}
