package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// annotateOutput is the part of `annotate --format json` these tests read.
type annotateOutput struct {
	Articles []struct {
		ID        string  `json:"id"`
		Outlet    *string `json:"outlet"`
		Published *string `json:"published"`
		Text      string  `json:"text"`
		Sentences []struct {
			Text       string `json:"text"`
			Start, End int
		} `json:"sentences"`
	} `json:"articles"`
	Errors []struct {
		Source  string `json:"source"`
		Line    int    `json:"line"`
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"errors"`
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(context.Background(), args, &out, &errw)
	return code, out.String(), errw.String()
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAnnotateBadInputs checks that each bad input is named with its problem
// (and line), that the good inputs are still annotated, and that the exit
// status says some failed.
func TestAnnotateBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Harbor Ledger/ The ferry Calvera docked in Port Anselm on Friday after a six-hour delay.\n")
	bad := map[string]struct {
		path     string
		line     int
		code     string
		contains string
	}{
		"broken JSON Lines": {write(t, dir, "feed.jsonl", `{"id":"a","text":"Fine."}`+"\n"+`{"id":"b","text":"x"}`+"\n"+`{"id":`+"\n"), 3, "invalid", "JSON"},
		"broken JSON array": {write(t, dir, "arr.json", "[\n{\"id\":\"a\",\n\"text\": }\n]"), 3, "invalid", "JSON"},
		"binary data":       {write(t, dir, "blob.txt", "abc\x00\x01\x02def"), 0, "invalid", "binary"},
		"empty file":        {write(t, dir, "empty.txt", ""), 0, "invalid", "empty"},
		"missing file":      {filepath.Join(dir, "missing.txt"), 0, "not_found", ""},
	}
	args := []string{"annotate", "--format", "json", good}
	for _, c := range bad {
		args = append(args, c.path)
	}
	code, stdout, stderr := runCLI(t, args...)
	if code != exitPartial {
		t.Errorf("exit status = %d, want %d (some inputs failed)", code, exitPartial)
	}
	var out annotateOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	ids := map[string]bool{}
	for _, a := range out.Articles {
		ids[a.ID] = true
	}
	for _, want := range []string{"good", "a", "b"} {
		if !ids[want] {
			t.Errorf("article %q missing from output; got %v", want, ids)
		}
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			found := false
			for _, e := range out.Errors {
				if e.Source != c.path {
					continue
				}
				found = true
				if e.Code != c.code || e.Line != c.line || !strings.Contains(e.Message, c.contains) {
					t.Errorf("error = %+v, want code %q, line %d, message containing %q", e, c.code, c.line, c.contains)
				}
			}
			if !found {
				t.Errorf("no error names %s; errors: %+v", c.path, out.Errors)
			}
			if !strings.Contains(stderr, c.path) {
				t.Errorf("stderr does not name %s:\n%s", c.path, stderr)
			}
		})
	}
}

// TestAnnotateTooLarge checks the size limit is reported, not read.
func TestAnnotateTooLarge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	code, _, stderr := runCLI(t, "annotate", p)
	if code == exitOK || !strings.Contains(stderr, p) || !strings.Contains(strings.ToLower(stderr), "large") {
		t.Errorf("annotate on a 200 MB file: exit %d, stderr %q; want a failure naming the file as too large", code, stderr)
	}
}

// TestAnnotateMetadataNull checks that outlet and date are null, never
// guessed, when the text states neither, and that offsets are characters.
func TestAnnotateMetadataNull(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", "The council met on Tuesday and approved the budget, officials said.\n")
	code, stdout, _ := runCLI(t, "annotate", "--format", "json", p)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var out annotateOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	a := out.Articles[0]
	if a.Outlet != nil || a.Published != nil {
		t.Errorf("outlet = %v, published = %v; want both null when the text states neither", a.Outlet, a.Published)
	}
	for _, s := range a.Sentences {
		if got := string([]rune(a.Text)[s.Start:s.End]); got != s.Text {
			t.Errorf("sentence offsets [%d,%d) slice %q, want %q", s.Start, s.End, got, s.Text)
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{nil, exitUsage},
		{[]string{"--help"}, exitOK},
		{[]string{"nosuchcommand"}, exitUsage},
		{[]string{"annotate"}, exitUsage},
		{[]string{"annotate", "--format", "yaml", "x.txt"}, exitUsage},
		{[]string{"annotate", "--help"}, exitOK},
		{[]string{"eval"}, exitUsage},
		{[]string{"eval", "nosuchkind", "dir"}, exitUsage},
		{[]string{"version"}, exitOK},
		{[]string{"annotate", "--bogus", "x.txt"}, exitUsage},
		{[]string{"annotate", "x.txt", "--bogus"}, exitUsage},
		{[]string{"annotate", "--max-bytes", "abc", "x.txt"}, exitUsage},
		{[]string{"annotate", "x.txt", "--format"}, exitUsage},
		{[]string{"analyze", "--bogus", "x.txt"}, exitUsage},
		{[]string{"cluster", "--bogus", "x.txt"}, exitUsage},
		{[]string{"eval", "extraction", "--bogus", "dir"}, exitUsage},
		{[]string{"eval", "quotes", "dir", "--bogus"}, exitUsage},
	}
	for _, tt := range tests {
		if got, _, _ := runCLI(t, tt.args...); got != tt.want {
			t.Errorf("parallax %q: exit %d, want %d", tt.args, got, tt.want)
		}
	}
}

// TestFlagsAfterPaths checks the argument order of the issue's own example:
// paths first, then flags.
func TestFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "The council approved the budget on Tuesday, officials said.\n")
	b := write(t, dir, "b.txt", "Harbor Ledger/ The ferry docked late after a storm.\n")
	code, stdout, stderr := runCLI(t, "annotate", a, b, "--format", "json")
	if code != exitOK {
		t.Fatalf("annotate PATH PATH --format json: exit %d, stderr %q", code, stderr)
	}
	var out annotateOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(out.Articles) != 2 || len(out.Errors) != 0 {
		t.Errorf("got %d articles and errors %v, want 2 articles and no errors", len(out.Articles), out.Errors)
	}
}
