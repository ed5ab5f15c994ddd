package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a single punctuation rune of the document. Quote
// finding needs the punctuation (commas, colons, quotation marks) that
// text.Tokens leaves out, so the package cuts its own tokens.
type token struct {
	start, end int    // byte offsets into the document
	low        string // lower-case; ’ folded to '; the rune itself for punctuation
	word       bool
	upper      bool // a word starting with an upper-case letter
}

// tokenize cuts doc[start:end] into tokens.
func tokenize(doc string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+4)
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(doc[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(doc, i, end)
			toks = append(toks, token{start: i, end: j, low: lowerWord(doc[i:j]), word: true, upper: unicode.IsUpper(r)})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, low: doc[i : i+n]})
			i += n
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by inner apostrophes, hyphens, and the dots of initials ("U.S").
func wordEnd(doc string, i, end int) int {
	j := i
	segment := 0 // runes since the last joiner
	for j < end {
		r, n := utf8.DecodeRuneInString(doc[j:end])
		if isWordRune(r) {
			j += n
			segment++
			continue
		}
		if j+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(doc[j+n : end])
		join := false
		switch r {
		case '\'', '’', '-', '‐', '&':
			join = isWordRune(next)
		case '.':
			join = (segment == 1 && unicode.IsUpper(next)) || (unicode.IsDigit(prevRune(doc, j)) && unicode.IsDigit(next))
		case ',':
			join = unicode.IsDigit(prevRune(doc, j)) && unicode.IsDigit(next) // "4,200"
		}
		if !join {
			break
		}
		j += n
		segment = 0
	}
	return j
}

// prevRune returns the rune ending at doc[j].
func prevRune(doc string, j int) rune {
	r, _ := utf8.DecodeLastRuneInString(doc[:j])
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lowerWord lower-cases w and writes every apostrophe as '.
func lowerWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// base returns a lower-case word without its possessive ending.
func base(low string) (string, bool) {
	if strings.HasSuffix(low, "'s") {
		return low[:len(low)-2], true
	}
	if strings.HasSuffix(low, "s'") {
		return low[:len(low)-1], true
	}
	return low, false
}
