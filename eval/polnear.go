package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// AttributionResult scores a quote finder on PolNeAR-style data.
//
// Each system quote is assigned to the gold attribution whose Content span
// it overlaps most; a gold attribution is found when at least one system
// quote is assigned to it. Recall = Found/Gold; Precision = system quotes
// overlapping some gold Content / System. A quotation interrupted by its
// attribution ("“A,” she said, “B.”") is one gold attribution with a
// discontinuous Content and two system quotes: both are assigned to it.
//
// Speaker accuracy is measured on the found attributions whose system quote
// of largest overlap names a speaker (SpeakerText != ""): the speaker is correct when SpeakerText and the
// gold Source span share a word other than a determiner or preposition
// ("the Turkish president" ~ "the president"; "he" ~ "he"). A gold
// attribution without a Source counts as wrong when the system names one.
// SpeakerCoverage is the share of found pairs that name a speaker at all:
// Parallax leaves the speaker empty rather than guess.
//
// Content precision/recall/F1 are micro-averaged over found attributions,
// between the gold Content and the text covered by the system quotes
// assigned to it (each character once), on lower-case word tokens (punctuation and quotation marks ignored). PolNeAR
// content spans of reported speech begin with the complementiser "that",
// which Parallax leaves out of Text; a leading "that" is dropped from the gold
// content before comparing.
type AttributionResult struct {
	Articles int
	Gold     int // gold attributions with a Content span
	System   int // system quotes
	Found    int // gold attributions with a system quote assigned
	Correct  int // system quotes overlapping some gold Content

	Recall, Precision, F1 float64

	Attributed      int // found attributions whose system quote names a speaker
	SpeakerCorrect  int
	SpeakerAccuracy float64 // SpeakerCorrect / Attributed
	SpeakerCoverage float64 // Attributed / Found

	ContentPrecision, ContentRecall, ContentF1 float64
}

// goldAttribution is one PolNeAR attribution, spans in code points.
type goldAttribution struct {
	source  []charSpan
	content []charSpan
	text    string // the Source text, "" when none
	body    string // the Content text
}

type charSpan struct{ start, end int }

// PolNeAR scores find on dir, laid out like PolNeAR's data/<split>:
// dir/text/<article>.txt and dir/attributions/<article>_<annotator>.ann in
// brat standoff with character (code point) offsets. When several annotators
// annotated an article, the file whose name sorts first is used, so that
// every article counts once. The error is non-nil when dir cannot be read or
// ctx is done.
func PolNeAR(ctx context.Context, dir string, find func(doc string) []parallax.Quote) (AttributionResult, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return AttributionResult{}, &parallax.Error{Code: parallax.ENOTFOUND, Op: "read polnear", Path: dir,
			Message: "no text/*.txt files", Err: err}
	}
	sort.Strings(texts)
	var res AttributionResult
	var tp, sysTok, goldTok int
	for _, path := range texts {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(path)
		if err != nil {
			return res, fmt.Errorf("read polnear article: %w", err)
		}
		gold, err := readBrat(anns[0])
		if err != nil {
			return res, err
		}
		doc := string(raw)
		res.Articles++
		a, b, c := res.scoreArticle(doc, gold, find(doc))
		tp, sysTok, goldTok = tp+a, sysTok+b, goldTok+c
	}
	res.summarise(tp, sysTok, goldTok)
	return res, nil
}

// scoreArticle adds one article's counts to r and returns its content token
// counts: shared, system, gold.
func (r *AttributionResult) scoreArticle(doc string, gold []goldAttribution, sys []parallax.Quote) (tp, sysTok, goldTok int) {
	runes := runeIndex(doc)
	spans := make([]charSpan, len(sys))
	for i, q := range sys {
		spans[i] = charSpan{runes[q.Start], runes[q.End]}
	}
	r.Gold += len(gold)
	r.System += len(sys)
	// Each system quote goes to the gold attribution it overlaps most.
	best := make([]int, len(gold)) // per gold: the system quote overlapping it most, -1 if none
	bestO := make([]int, len(gold))
	parts := make([][]int, len(gold)) // per gold: every system quote assigned to it
	for i := range best {
		best[i] = -1
	}
	for si, sp := range spans {
		g, o := -1, 0
		for gi, ga := range gold {
			if x := overlap(sp, ga.content); x > o {
				g, o = gi, x
			}
		}
		if g < 0 {
			continue
		}
		r.Correct++
		parts[g] = append(parts[g], si)
		if o > bestO[g] {
			best[g], bestO[g] = si, o
		}
	}
	for gi, si := range best {
		if si < 0 {
			continue
		}
		r.Found++
		if q := sys[si]; q.SpeakerText != "" {
			r.Attributed++
			if sameSpeaker(q.SpeakerText, gold[gi].text) {
				r.SpeakerCorrect++
			}
		}
		a, b, c := tokenOverlap(contentWords(unionText(doc, sys, parts[gi])), goldContentWords(gold[gi].body))
		tp, sysTok, goldTok = tp+a, sysTok+b, goldTok+c
	}
	return tp, sysTok, goldTok
}

// unionText returns the text covered by the quotes sys[idx], each byte once,
// so that a direct quotation inside reported speech is not counted twice.
func unionText(doc string, sys []parallax.Quote, idx []int) string {
	spans := make([][2]int, 0, len(idx))
	for _, i := range idx {
		spans = append(spans, [2]int{sys[i].Start, sys[i].End})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var b strings.Builder
	end := 0
	for _, s := range spans {
		start := max(s[0], end)
		if start < s[1] {
			b.WriteString(doc[start:s[1]])
			b.WriteByte(' ')
			end = s[1]
		}
	}
	return b.String()
}

func (r *AttributionResult) summarise(tp, sysTok, goldTok int) {
	r.Recall = share(r.Found, r.Gold)
	r.Precision = share(r.Correct, r.System)
	r.F1 = harmonic(r.Precision, r.Recall)
	r.SpeakerAccuracy = share(r.SpeakerCorrect, r.Attributed)
	r.SpeakerCoverage = share(r.Attributed, r.Found)
	r.ContentPrecision = share(tp, sysTok)
	r.ContentRecall = share(tp, goldTok)
	r.ContentF1 = harmonic(r.ContentPrecision, r.ContentRecall)
}

// share returns a/b, 0 when b is 0.
func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// runeIndex maps every byte offset of s (and len(s)) to a code point offset.
func runeIndex(s string) []int {
	idx := make([]int, len(s)+1)
	n := 0
	for i := range s {
		for j := i; j < len(s) && (j == i || !utf8.RuneStart(s[j])); j++ {
			idx[j] = n
		}
		n++
	}
	idx[len(s)] = n
	return idx
}

func overlap(a charSpan, bs []charSpan) int {
	o := 0
	for _, b := range bs {
		if lo, hi := max(a.start, b.start), min(a.end, b.end); hi > lo {
			o += hi - lo
		}
	}
	return o
}

// speakerFunctionWords do not make two speaker phrases the same speaker.
var speakerFunctionWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "from": true, "by": true,
	"in": true, "to": true, "and": true, "'s": true, "s": true}

// sameSpeaker reports whether the system's speaker words and the gold Source
// text share a word other than a function word.
func sameSpeaker(sys, gold string) bool {
	g := map[string]bool{}
	for _, w := range contentWords(gold) {
		g[w] = true
	}
	for _, w := range contentWords(sys) {
		if g[w] && !speakerFunctionWords[w] {
			return true
		}
	}
	return false
}

// contentWords returns the lower-case words and numbers of s.
func contentWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func goldContentWords(s string) []string {
	w := contentWords(s)
	if len(w) > 0 && w[0] == "that" {
		w = w[1:]
	}
	return w
}

// tokenOverlap counts the words two multisets share, and their sizes.
func tokenOverlap(sys, gold []string) (shared, nSys, nGold int) {
	count := map[string]int{}
	for _, w := range gold {
		count[w]++
	}
	for _, w := range sys {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	return shared, len(sys), len(gold)
}
