package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BASILArticle is one article of the BASIL data set. Articles with the same
// Event (the file's triplet-uuid) report the same event, each from another
// outlet.
type BASILArticle struct {
	ID        string // the file name without .json ("<triplet>_<n>")
	Source    string // the outlet code ("nyt", "fox", "hpo")
	Title     string
	URL       string
	Event     string    // triplet-uuid
	MainEvent string    // the event's short description
	Date      time.Time // publication day; zero when absent or unreadable
	// Paragraphs holds the body, as paragraphs of sentences.
	Paragraphs [][]string
}

// Body returns the article's text: sentences joined by spaces, paragraphs by
// blank lines.
func (a BASILArticle) Body() string {
	ps := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		ps[i] = strings.Join(p, " ")
	}
	return strings.Join(ps, "\n\n")
}

type basilFile struct {
	Title      string     `json:"title"`
	URL        string     `json:"url"`
	Date       string     `json:"date"`
	Source     string     `json:"source"`
	Triplet    string     `json:"triplet-uuid"`
	MainEvent  string     `json:"main-event"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

// ReadBASIL reads every article of a folder laid out like BASIL: dir/articles/<year>/*.json
// (or dir/<year>/*.json), every year folder present, sorted by file path.
func ReadBASIL(ctx context.Context, dir string) ([]BASILArticle, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "articles", "*", "*.json"))
	if len(paths) == 0 {
		paths, _ = filepath.Glob(filepath.Join(dir, "*", "*.json"))
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("read basil %s: no articles/<year>/*.json files", dir)
	}
	sort.Strings(paths)
	out := make([]BASILArticle, 0, len(paths))
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := readBASILFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func readBASILFile(path string) (BASILArticle, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return BASILArticle{}, fmt.Errorf("read basil: %w", err)
	}
	var f basilFile
	if err := json.Unmarshal(b, &f); err != nil {
		return BASILArticle{}, fmt.Errorf("read basil %s: %w", path, err)
	}
	a := BASILArticle{
		ID:         strings.TrimSuffix(filepath.Base(path), ".json"),
		Source:     f.Source,
		Title:      f.Title,
		URL:        f.URL,
		Event:      f.Triplet,
		MainEvent:  f.MainEvent,
		Paragraphs: f.Paragraphs,
	}
	if d, err := time.Parse("2006-01-02", f.Date); err == nil {
		a.Date = d
	}
	return a, nil
}
