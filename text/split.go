// Package text holds the language plumbing every annotator shares: sentence
// segmentation with byte offsets, word tokens, case and diacritic folding,
// stemming and stop words. Every function is a pure function of its input
// and safe for concurrent use.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// Heading limits: a line without sentence-final punctuation is a heading
// when it has at most maxHeadingWords words and maxHeadingBytes bytes.
const (
	maxHeadingWords = 16
	maxHeadingBytes = 160
)

// Split segments doc into sentences. Offsets are byte offsets into doc and
// Text == doc[Start:End]; sentences are non-empty, trimmed of surrounding
// white space, in order and non-overlapping, and every non-space rune of doc
// lies in one of them.
//
// Every line break ends a sentence (text pasted from web pages has one
// paragraph a line). Within a line, a sentence ends after '.', '?', '!' or an
// ellipsis, with any closing quotes or brackets that follow, when white space
// and a word that can start a sentence come next: not a lower-case word, and
// not after an abbreviation such as "Nov.", "Mr.", "U.S." or an initial. A
// line that is one sentence without sentence-final punctuation and is short
// (a title or section heading) has Heading set.
func Split(doc string) []parallax.Sentence {
	out := make([]parallax.Sentence, 0, len(doc)/100+1)
	for lo := 0; lo < len(doc); {
		hi, next := lineEnd(doc, lo)
		out = splitLine(doc, lo, hi, out)
		lo = next
	}
	return out
}

// lineEnd returns the end of the line starting at lo and the start of the
// next one. Line breaks are \n, \r, \r\n, \v, \f, U+0085, U+2028, U+2029.
func lineEnd(doc string, lo int) (end, next int) {
	for i := lo; i < len(doc); i++ {
		switch c := doc[i]; c {
		case '\n', '\v', '\f':
			return i, i + 1
		case '\r':
			if i+1 < len(doc) && doc[i+1] == '\n' {
				return i, i + 2
			}
			return i, i + 1
		case 0xC2: // U+0085
			if i+1 < len(doc) && doc[i+1] == 0x85 {
				return i, i + 2
			}
		case 0xE2: // U+2028, U+2029
			if i+2 < len(doc) && doc[i+1] == 0x80 && (doc[i+2] == 0xA8 || doc[i+2] == 0xA9) {
				return i, i + 3
			}
		}
	}
	return len(doc), len(doc)
}

// splitLine appends the sentences of the line doc[lo:hi] to out.
func splitLine(doc string, lo, hi int, out []parallax.Sentence) []parallax.Sentence {
	first := len(out)
	seg := lo
	for i := lo; i < hi; {
		c := doc[i]
		if c != '.' && c != '?' && c != '!' && !(c == 0xE2 && strings.HasPrefix(doc[i:hi], "…")) {
			i++
			continue
		}
		j := endOfRun(doc, i, hi)
		if j < hi && isSpaceAt(doc, j, hi) && boundary(doc, seg, i, j, hi) {
			out = appendSentence(out, doc, seg, j)
			seg = j
		}
		i = j
	}
	out = appendSentence(out, doc, seg, hi)
	if len(out) == first+1 && isHeading(out[first].Text) {
		out[first].Heading = true
	}
	return out
}

// endOfRun returns the end of the run of terminators, closing quotes and
// closing brackets that starts at the terminator doc[i]. A curly closing
// quote set off by a space ("law.’ ”") belongs to the run.
func endOfRun(doc string, i, hi int) int {
	i = runEnd(doc, i, hi)
	k := i
	for k < hi && (doc[k] == ' ' || doc[k] == '\t') {
		k++
	}
	if k > i && k < hi {
		if r, size := utf8.DecodeRuneInString(doc[k:hi]); r == '”' || r == '’' || r == '»' {
			return runEnd(doc, k+size, hi)
		}
	}
	return i
}

func runEnd(doc string, i, hi int) int {
	for i < hi {
		r, size := utf8.DecodeRuneInString(doc[i:hi])
		if !isTerminator(r) && !isCloser(r) {
			break
		}
		i += size
	}
	return i
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '«', '‹', '(', '[', '{', '–', '—', '-', '*', '•', '¿', '¡':
		return true
	}
	return false
}

func isSpaceAt(doc string, i, hi int) bool {
	r, _ := utf8.DecodeRuneInString(doc[i:hi])
	return unicode.IsSpace(r)
}

// appendSentence appends doc[lo:hi] trimmed of white space, if anything is left.
func appendSentence(out []parallax.Sentence, doc string, lo, hi int) []parallax.Sentence {
	for lo < hi {
		r, size := utf8.DecodeRuneInString(doc[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		lo += size
	}
	for hi > lo {
		r, size := utf8.DecodeLastRuneInString(doc[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= size
	}
	if lo == hi {
		return out
	}
	return append(out, parallax.Sentence{Text: doc[lo:hi], Start: lo, End: hi})
}

// isHeading reports whether a whole line s reads as a title or heading: no
// sentence-final (or continuing) punctuation at its end, and short.
func isHeading(s string) bool {
	if len(s) > maxHeadingBytes {
		return false
	}
	t := strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '?', '!', '…', ':', ';', ',':
		return false
	}
	words, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words <= maxHeadingWords
}
