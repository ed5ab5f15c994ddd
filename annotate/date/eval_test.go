package date

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// Quality floors measured on ECB+ (topics 1–35, the sentences its
// coreference list marks as annotated): a found expression is correct when
// it overlaps a TIME_DATE mention, a mention is found when an expression
// overlaps it. Measured: precision 0.654, recall 0.941 (go test -run
// TestECBPlusDates -v ./annotate/date prints them; ECB_SHOW=1 lists the
// misses and extras). ECB+ marks only the times of the events it links, so
// most "extras" are real dates ("on Friday", "this morning") and precision
// is understated.
const (
	floorPrecision = 0.65
	floorRecall    = 0.94
)

var (
	ecbToken = regexp.MustCompile(`<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)</token>`)
	ecbTime  = regexp.MustCompile(`(?s)<TIME_DATE m_id="\d+"\s*>(.*?)</TIME_DATE>`)
	ecbIDs   = regexp.MustCompile(`t_id="(\d+)"`)
	ecbName  = regexp.MustCompile(`^\d+_(\w+)\.xml$`)
)

// sharedDir returns ../shared beside the repository root, or "".
func sharedDir(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(dir, "..", "shared")
			if _, err := os.Stat(s); err == nil {
				return s
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// ecbDoc is one ECB+ file's annotated sentences, detokenised, with the
// byte spans of their TIME_DATE mentions.
type ecbDoc struct {
	text  string
	sents []parallax.Sentence
	gold  [][2]int
}

func TestECBPlusDates(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared not found beside the repository: no ECB+ data to measure date detection on")
	}
	root := filepath.Join(shared, "eval", "ecbplus")
	annotated := readAnnotated(t, filepath.Join(root, "ECBplus_coreference_sentences.csv"))
	files, _ := filepath.Glob(filepath.Join(root, "ECB+", "*", "*.xml"))
	if len(files) == 0 {
		t.Skip("no ECB+ files under " + root)
	}
	var found, correct, gold, hit int
	for _, f := range files {
		topic := filepath.Base(filepath.Dir(f))
		m := ecbName.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		d := readECB(t, f, annotated[topic+","+m[1]])
		got := Find(d.text, d.sents, nil)
		found += len(got)
		gold += len(d.gold)
		for _, x := range got {
			if overlapsAny(x.Start, x.End, d.gold) {
				correct++
			} else if testing.Verbose() && os.Getenv("ECB_SHOW") != "" {
				t.Logf("extra %q in %q", x.Text, d.text[d.sents[x.Sentence].Start:d.sents[x.Sentence].End])
			}
		}
		for _, g := range d.gold {
			for _, x := range got {
				if x.Start < g[1] && g[0] < x.End {
					hit++
					break
				}
			}
			if !overlapsAny(g[0], g[1], spansOf(got)) && testing.Verbose() && os.Getenv("ECB_SHOW") != "" {
				t.Logf("missed %q", d.text[g[0]:g[1]])
			}
		}
	}
	p, r := float64(correct)/float64(max(found, 1)), float64(hit)/float64(max(gold, 1))
	t.Logf("ECB+ date detection: %d found, %d correct, %d gold, %d hit: precision %.3f recall %.3f", found, correct, gold, hit, p, r)
	if p < floorPrecision || r < floorRecall {
		t.Errorf("precision %.3f recall %.3f, want at least %.3f and %.3f", p, r, floorPrecision, floorRecall)
	}
}

func overlapsAny(start, end int, spans [][2]int) bool {
	for _, g := range spans {
		if start < g[1] && g[0] < end {
			return true
		}
	}
	return false
}

// readAnnotated maps "topic,file" to the set of annotated sentence numbers.
func readAnnotated(t *testing.T, path string) map[string]map[int]bool {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("ECB+ sentence list: %v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	out := map[string]map[int]bool{}
	for _, r := range rows[1:] {
		n, err := strconv.Atoi(r[2])
		if err != nil {
			continue
		}
		k := r[0] + "," + r[1]
		if out[k] == nil {
			out[k] = map[int]bool{}
		}
		out[k][n] = true
	}
	return out
}

// readECB rebuilds the annotated sentences of one file as text, one line
// each, with the TIME_DATE mentions as byte spans.
func readECB(t *testing.T, path string, keep map[int]bool) ecbDoc {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	s := string(data)
	var d ecbDoc
	var b strings.Builder
	spans := map[string][2]int{}
	sent, start := -1, 0
	for _, m := range ecbToken.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[2])
		if !keep[n] {
			continue
		}
		if n != sent {
			if sent >= 0 {
				d.sents = append(d.sents, parallax.Sentence{Start: start, End: b.Len()})
				b.WriteByte('\n')
			}
			sent, start = n, b.Len()
		} else if spaceBefore(m[3]) {
			b.WriteByte(' ')
		}
		spans[m[1]] = [2]int{b.Len(), b.Len() + len(m[3])}
		b.WriteString(m[3])
	}
	if sent >= 0 {
		d.sents = append(d.sents, parallax.Sentence{Start: start, End: b.Len()})
	}
	d.text = b.String()
	for _, m := range ecbTime.FindAllStringSubmatch(s, -1) {
		ids := ecbIDs.FindAllStringSubmatch(m[1], -1)
		first, ok1 := spans[ids[0][1]]
		last, ok2 := spans[ids[len(ids)-1][1]]
		if ok1 && ok2 {
			d.gold = append(d.gold, [2]int{first[0], last[1]})
		}
	}
	return d
}

// spaceBefore reports whether a token is written with a space before it.
func spaceBefore(tok string) bool {
	switch tok {
	case ".", ",", ":", ";", "!", "?", ")", "'s", "n't", "%", "''", "'":
		return false
	}
	return true
}

func spansOf(ds []parallax.Date) [][2]int {
	out := make([][2]int, len(ds))
	for i, d := range ds {
		out[i] = [2]int{d.Start, d.End}
	}
	return out
}
