package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

const kelmariaDir = "../../reconcile/testdata/kelmaria-call"

func TestAnalyzeJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	err := runAnalyze(context.Background(), []string{"--format", "json", "--summary-sentences", "3", kelmariaDir}, &out, &errOut)
	if err != nil {
		t.Fatalf("runAnalyze: %v (stderr %s)", err, errOut.String())
	}
	var got struct {
		Stories []parallax.Report `json:"stories"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(got.Stories) != 1 {
		t.Fatalf("%d stories, want 1", len(got.Stories))
	}
	s := got.Stories[0]
	if len(s.Articles) != 5 || len(s.Summary) != 3 || len(s.Facts) == 0 || len(s.Discrepancies) == 0 {
		t.Errorf("story has %d articles, %d summary lines, %d facts, %d discrepancies; want 5, 3, >0, >0",
			len(s.Articles), len(s.Summary), len(s.Facts), len(s.Discrepancies))
	}
	for _, key := range []string{`"quotes": [`, `"framing": [`, `"timeline": [`, `"unique": [`} {
		if !strings.Contains(out.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestAnalyzeFormats(t *testing.T) {
	tests := []struct {
		format, want string
	}{
		{"text", "Summary"},
		{"markdown", "#"},
		{"html", "<html"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if err := runAnalyze(context.Background(), []string{"--format", tt.format, kelmariaDir}, &out, &errOut); err != nil {
			t.Errorf("--format %s: %v", tt.format, err)
			continue
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("--format %s output lacks %q", tt.format, tt.want)
		}
	}
}

func TestAnalyzeUsage(t *testing.T) {
	tests := [][]string{
		{},
		{"--format", "pdf", kelmariaDir},
		{"--summary-sentences", "0", kelmariaDir},
	}
	for _, args := range tests {
		var out, errOut bytes.Buffer
		if err := runAnalyze(context.Background(), args, &out, &errOut); !errors.Is(err, errUsage) {
			t.Errorf("runAnalyze(%q) = %v, want errUsage", args, err)
		}
	}
}
