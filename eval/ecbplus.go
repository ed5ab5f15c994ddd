package eval

import (
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ECBDoc is one document of ECB+. The documents of a topic report events of
// one kind; Plus tells the two sub-topics (two different events) apart.
type ECBDoc struct {
	Name  string // the file name without .xml ("1_3ecb", "1_3ecbplus")
	Topic string // the topic folder ("1")
	Plus  bool   // reports whether the document is of the ecbplus sub-topic
	URL   string // the source address when the first sentence gives one
	// Sentences are the document's sentences, tokens joined with spaces
	// except around punctuation.
	Sentences []string
}

// SubTopic returns the event the document reports: "<topic>ecb" or "<topic>ecbplus".
func (d ECBDoc) SubTopic() string {
	if d.Plus {
		return d.Topic + "ecbplus"
	}
	return d.Topic + "ecb"
}

// Body returns the sentences, one a line.
func (d ECBDoc) Body() string { return strings.Join(d.Sentences, "\n") }

type ecbFile struct {
	Tokens []struct {
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
}

// ReadECBPlus reads every <topic>/*.xml document under dir, or under
// dir/ECB+ when dir is the data set's root, sorted by path.
func ReadECBPlus(ctx context.Context, dir string) ([]ECBDoc, error) {
	if fi, err := os.Stat(filepath.Join(dir, "ECB+")); err == nil && fi.IsDir() {
		dir = filepath.Join(dir, "ECB+")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.xml"))
	if len(paths) == 0 {
		return nil, fmt.Errorf("read ecb+ %s: no <topic>/*.xml files", dir)
	}
	sort.Strings(paths)
	out := make([]ECBDoc, 0, len(paths))
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d, err := readECBFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

func readECBFile(path string) (ECBDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return ECBDoc{}, fmt.Errorf("read ecb+: %w", err)
	}
	var f ecbFile
	if err := xml.Unmarshal(b, &f); err != nil {
		return ECBDoc{}, fmt.Errorf("read ecb+ %s: %w", path, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".xml")
	d := ECBDoc{Name: name, Topic: filepath.Base(filepath.Dir(path)), Plus: strings.HasSuffix(name, "ecbplus")}
	var words []string
	sent := -1
	flush := func() {
		if len(words) > 0 {
			d.Sentences = append(d.Sentences, detokenize(words))
		}
		words = words[:0]
	}
	for _, t := range f.Tokens {
		if t.Sentence != sent {
			flush()
			sent = t.Sentence
		}
		words = append(words, t.Text)
	}
	flush()
	if len(d.Sentences) > 0 && strings.Contains(d.Sentences[0], "http") {
		d.URL = strings.ReplaceAll(d.Sentences[0], " ", "")
		d.Sentences = d.Sentences[1:]
	}
	return d, nil
}

// detokenize joins tokens with spaces, except before closing punctuation and
// after opening brackets, and turns “ and ” into straight double quotes.
func detokenize(toks []string) string {
	var sb strings.Builder
	glue := true
	for _, t := range toks {
		switch t {
		case "``", "''":
			t = `"`
		}
		closing := strings.ContainsAny(t[:1], ".,;:!?)]%") || t == "'s" || t == "n't"
		if !glue && !closing {
			sb.WriteByte(' ')
		}
		sb.WriteString(t)
		glue = t == "(" || t == "["
	}
	return sb.String()
}
