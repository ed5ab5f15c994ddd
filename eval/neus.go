package eval

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// NeuSEvent is one line of a NeuS split: the same event reported by three
// outlets, and AllSides' neutral summary of it.
type NeuSEvent struct {
	Split    string        // the file's base name ("train", "val", …)
	Line     int           // 1-based line number in <split>.source
	Articles []NeuSArticle // as given on the line: left, centre, right
	Summary  string        // the line of <split>.target; "" when there is no target file
}

// NeuSArticle is one outlet's article of a NeuS event: its title and lead.
type NeuSArticle struct {
	Side  string // "left", "center" or "right" by position; "" beyond three
	Title string
	Body  string
}

// neusSides names the outlets of a line by position, as NeuS orders them.
var neusSides = []string{"left", "center", "right"}

// ReadNeuS reads every <split>.source file in dir, with its <split>.target
// when present, whatever the split's name. Events come split by split
// (sorted by name), in line order.
func ReadNeuS(ctx context.Context, dir string) ([]NeuSEvent, error) {
	sources, _ := filepath.Glob(filepath.Join(dir, "*.source"))
	if len(sources) == 0 {
		return nil, fmt.Errorf("read neus %s: no <split>.source files", dir)
	}
	sort.Strings(sources)
	var out []NeuSEvent
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		split := strings.TrimSuffix(filepath.Base(src), ".source")
		lines, err := readLines(src)
		if err != nil {
			return nil, err
		}
		targets, err := readLines(strings.TrimSuffix(src, ".source") + ".target")
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		if targets != nil && len(targets) != len(lines) {
			return nil, fmt.Errorf("read neus %s: %d source lines but %d target lines", split, len(lines), len(targets))
		}
		for i, l := range lines {
			ev := NeuSEvent{Split: split, Line: i + 1, Articles: parseNeuSLine(l)}
			if targets != nil {
				ev.Summary = strings.TrimSpace(targets[i])
			}
			out = append(out, ev)
		}
	}
	return out, nil
}

// parseNeuSLine splits "TITLE=> t ARTICLE=> b [SEP] TITLE=> …" into articles.
func parseNeuSLine(line string) []NeuSArticle {
	parts := strings.Split(line, " [SEP] ")
	out := make([]NeuSArticle, 0, len(parts))
	for i, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(p, "TITLE=>")
		title, body, _ := strings.Cut(p, "ARTICLE=>")
		a := NeuSArticle{Title: strings.TrimSpace(title), Body: strings.TrimSpace(body)}
		if i < len(neusSides) {
			a.Side = neusSides[i]
		}
		out = append(out, a)
	}
	return out
}

// readLines returns the lines of a file without their line ends.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return lines, nil
}
