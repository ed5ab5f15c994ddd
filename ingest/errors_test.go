package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	emptyDir := filepath.Join(dir, "empty")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, emptyDir, "readme.xyz", []byte("not an article"))
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	random := make([]byte, 600)
	for i := range random {
		random[i] = byte(0x80 + (i*37)%0x7f)
	}

	tests := []struct {
		name     string
		path     string
		code     string
		line     int
		contains string
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), parallax.ENOTFOUND, 0, "no such file"},
		{"unreadable path", "testdata/text/ledger-credit.txt/child.txt", parallax.EIO, 0, "cannot read"},
		{"directory without articles", emptyDir, parallax.EINVALID, 0, "holds no articles"},
		{"empty file", writeFile(t, dir, "empty.txt", []byte(" \n\t\n")), parallax.EINVALID, 0, "empty"},
		{"NUL bytes", writeFile(t, dir, "nul.txt", []byte("some text\x00\x01\x02 more")), parallax.EINVALID, 0, "binary"},
		{"invalid UTF-8", writeFile(t, dir, "noise.txt", random), parallax.EINVALID, 0, "binary"},
		{"too large", big, parallax.ETOOLARGE, 0, "over the 32 MiB limit"},
		{"broken JSON document", "testdata/json/broken.json", parallax.EINVALID, 8, "invalid character '}' after object key"},
		{"boilerplate only", writeFile(t, dir, "furniture.txt", []byte("Share this Post\nLeave a Comment\n")), parallax.EINVALID, 0, "no article text"},
		{"not an article object", writeFile(t, dir, "number.json", []byte("\n42\n")), parallax.EINVALID, 2, "expected an article object"},
		{"empty array", writeFile(t, dir, "none.json", []byte("[]")), parallax.EINVALID, 1, "no articles"},
		{"field of the wrong type", writeFile(t, dir, "typed.json", []byte("{\n\"text\": \"x y z\",\n\"published\": 20250101\n}")), parallax.EINVALID, 3, `"published" must be a string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := readOne(t, Reader{}, "", tt.path)
			if e.Code != tt.code || e.Path != tt.path || e.Line != tt.line || !strings.Contains(e.Error(), tt.contains) {
				t.Errorf("Read(%s) error = %q (code %s, path %q, line %d); want code %s, line %d, containing %q",
					tt.path, e.Error(), e.Code, e.Path, e.Line, tt.code, tt.line, tt.contains)
			}
		})
	}
}

func TestReadJSONLinesErrors(t *testing.T) {
	arts, errs := Reader{}.Read(context.Background(), []string{"testdata/json/broken.jsonl"}, nil)
	if got := strings.Join(ids(arts), " "); got != "ok-1 ok-2" {
		t.Errorf("IDs = %q, want the two valid records ok-1 ok-2", got)
	}
	want := []struct {
		line     int
		contains string
	}{
		{2, "broken JSON"},
		{4, `neither "text" nor "html"`},
		{5, `"published" is not an ISO 8601 date`},
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v, want %d", errs, len(want))
	}
	for i, w := range want {
		e := errs[i].(*parallax.Error)
		if e.Line != w.line || e.Code != parallax.EINVALID || !strings.Contains(e.Error(), w.contains) {
			t.Errorf("error %d = %q (line %d, code %s), want line %d containing %q", i, e.Error(), e.Line, e.Code, w.line, w.contains)
		}
	}
}

func TestReadStdinErrors(t *testing.T) {
	tests := []struct {
		name, input, code, contains string
		max                         int64
	}{
		{"too large", strings.Repeat("word ", 40), parallax.ETOOLARGE, "too large", 100},
		{"empty", "  \n", parallax.EINVALID, "empty", 0},
		{"broken json", "{\"text\": \"a\",\n\"id\": }", parallax.EINVALID, "broken JSON", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := readOne(t, Reader{MaxBytes: tt.max}, tt.input, "-")
			if e.Code != tt.code || e.Path != "-" || !strings.Contains(e.Error(), tt.contains) {
				t.Errorf("Read(-) error = %q (code %s, path %q), want code %s containing %q", e.Error(), e.Code, e.Path, tt.code, tt.contains)
			}
		})
	}
}

func TestReadContinuesAfterError(t *testing.T) {
	arts, errs := Reader{}.Read(context.Background(), []string{"testdata/missing.txt", "testdata/text/ledger-credit.txt"}, nil)
	if len(arts) != 1 || len(errs) != 1 {
		t.Errorf("Read = %d articles, %d errors; want 1 and 1", len(arts), len(errs))
	}
}

func TestReadWindows1252(t *testing.T) {
	p := writeFile(t, t.TempDir(), "cafe.txt", []byte("Caf\xe9 owners in the old town of Kesten said on Monday that rents had doubled since 2020.\n"))
	arts, errs := Reader{}.Read(context.Background(), []string{p}, nil)
	if len(errs) > 0 || len(arts) != 1 || !strings.HasPrefix(arts[0].Text, "Café owners") {
		t.Errorf("Read(Windows-1252 text) = %v, %v; want the text decoded", arts, errs)
	}
}
