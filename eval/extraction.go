// Package eval reads the labelled data sets under shared/eval and computes
// the quality figures of Parallax's statistical parts.
package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"unicode"

	"github.com/parallax-news/parallax"
)

// ShingleSize is the number of consecutive tokens that make one shingle in
// the extraction benchmark's scoring.
const ShingleSize = 4

// ExtractionResult is the score of a main-text extractor on a benchmark
// folder. Precision and Recall are means over pages (pages where the measure
// is undefined are left out of its mean); F1 is their harmonic mean, as the
// scrapinghub article-extraction-benchmark reports it. MeanPageF1 is the mean
// of the per-page F1 values, for reference.
type ExtractionResult struct {
	Pages      int // pages scored
	Failed     int // pages whose extraction returned an error (scored as empty)
	Precision  float64
	Recall     float64
	F1         float64
	MeanPageF1 float64
	PerPage    []PageScore // sorted by ID
}

// PageScore is one page's result. TP, FP and FN are shingle counts normalised
// so that they sum to 1 (all zero when both texts are empty).
type PageScore struct {
	ID         string
	URL        string
	TP, FP, FN float64
	Precision  float64
	Recall     float64
	F1         float64
	Err        string // the extraction error, "" when it succeeded
}

// groundTruth is one entry of ground-truth.json.
type groundTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Extraction scores extract on the folder dir, laid out like the
// article-extraction-benchmark: dir/ground-truth.json maps a page id to
// {articleBody, url}, and dir/html/<id>.html.gz holds the page. A page whose
// extraction fails is scored as an empty extraction and counted in Failed.
// The error is non-nil only when the folder cannot be read or ctx is done.
func Extraction(ctx context.Context, dir string, extract func(html []byte, url string) (string, error)) (ExtractionResult, error) {
	truth, err := readGroundTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return ExtractionResult{}, err
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var res ExtractionResult
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		page, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return res, err
		}
		gt := truth[id]
		text, xerr := extract(page, gt.URL)
		score := ScorePage(gt.ArticleBody, text)
		score.ID, score.URL = id, gt.URL
		if xerr != nil {
			score = ScorePage(gt.ArticleBody, "")
			score.ID, score.URL, score.Err = id, gt.URL, xerr.Error()
			res.Failed++
		}
		res.PerPage = append(res.PerPage, score)
	}
	res.summarise()
	return res, nil
}

// summarise fills the averaged figures from PerPage.
func (r *ExtractionResult) summarise() {
	r.Pages = len(r.PerPage)
	var p, rc, f float64
	var np, nr int
	for _, s := range r.PerPage {
		if s.TP+s.FP > 0 {
			p += s.Precision
			np++
		}
		if s.TP+s.FN > 0 {
			rc += s.Recall
			nr++
		}
		f += s.F1
	}
	if np > 0 {
		r.Precision = p / float64(np)
	}
	if nr > 0 {
		r.Recall = rc / float64(nr)
	}
	r.F1 = harmonic(r.Precision, r.Recall)
	if r.Pages > 0 {
		r.MeanPageF1 = f / float64(r.Pages)
	}
}

// ScorePage compares an extracted text with the expected body: both are
// split into word tokens (runs of letters, digits and underscores), the
// tokens into overlapping shingles of ShingleSize, and the multisets of
// shingles are matched. Counts are normalised to sum to 1 so that long pages
// do not weigh more. Precision and Recall are 1 when nothing differs, 0 when
// nothing matches.
func ScorePage(want, got string) PageScore {
	wantSh := shingles(want, ShingleSize)
	gotSh := shingles(got, ShingleSize)
	var tp, fp, fn float64
	for k, w := range wantSh {
		g := gotSh[k]
		tp += float64(min(w, g))
		fn += float64(max(0, w-g))
	}
	for k, g := range gotSh {
		fp += float64(max(0, g-wantSh[k]))
	}
	if sum := tp + fp + fn; sum > 0 {
		tp, fp, fn = tp/sum, fp/sum, fn/sum
	}
	s := PageScore{TP: tp, FP: fp, FN: fn}
	s.Precision = ratio(tp, fp, fn)
	s.Recall = ratio(tp, fn, fp)
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// ratio is tp/(tp+miss), defined as 1 when there is nothing wrong at all and
// 0 when there is nothing right and nothing missed on this side.
func ratio(tp, miss, other float64) float64 {
	if miss == 0 && other == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// shingles counts the shingles of n consecutive word tokens in s. A text
// with fewer than n tokens (but at least one) is a single shingle.
func shingles(s string, n int) map[string]int {
	toks := wordTokens(s)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	last := max(1, len(toks)-n+1)
	for i := 0; i < last; i++ {
		j := min(i+n, len(toks))
		key := toks[i]
		for _, t := range toks[i+1 : j] {
			key += "\x00" + t
		}
		out[key]++
	}
	return out
}

// wordTokens returns the maximal runs of letters, numbers and underscores.
func wordTokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func readGroundTruth(path string) (map[string]groundTruth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	var truth map[string]groundTruth
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, &parallax.Error{Code: parallax.EINVALID, Op: "read ground truth", Path: path, Message: "broken JSON", Err: err}
	}
	return truth, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EINVALID, Op: "read page", Path: path, Message: "not a gzip file", Err: err}
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, &parallax.Error{Code: parallax.EIO, Op: "read page", Path: path, Message: "cannot decompress", Err: err}
	}
	return b, nil
}

func fileError(path string, err error) error {
	code := parallax.EIO
	if errors.Is(err, os.ErrNotExist) {
		code = parallax.ENOTFOUND
	}
	return &parallax.Error{Code: code, Op: "read benchmark", Path: path, Message: fmt.Sprintf("cannot read %s", filepath.Base(path)), Err: err}
}
