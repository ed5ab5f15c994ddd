package number

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	word  tokKind = iota + 1 // a run of letters
	num                      // digits, with thousands commas and one decimal part
	punct                    // any other single non-space rune
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// byte offsets into the document.
type token struct {
	kind       tokKind
	text       string
	low        string // lower-case text (words only)
	start, end int
}

// lex splits s, which starts at byte base of the document, into tokens,
// appending them to buf.
func lex(s string, base int, buf []token) []token {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isDigit(s[i]):
			j := numEnd(s, i)
			buf = append(buf, token{kind: num, text: s[i:j], start: base + i, end: base + j})
			i = j
		case isLetter(r):
			j := i + size
			for j < len(s) {
				r2, n := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n = utf8.DecodeRuneInString(s[j:])
				}
				if !isLetter(r2) {
					break
				}
				j += n
			}
			w := s[i:j]
			buf = append(buf, token{kind: word, text: w, low: strings.ToLower(w), start: base + i, end: base + j})
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			buf = append(buf, token{kind: punct, text: s[i : i+size], start: base + i, end: base + i + size})
			i += size
		}
	}
	return buf
}

// numEnd returns the end of the number starting at s[i]: digits, groups of
// ",ddd" and one ".d+" decimal part ("5,000", "3.5", "1,200.75").
func numEnd(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
		(j+4 == len(s) || !isDigit(s[j+4])) {
		j += 4
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// at returns token i, or a zero token when i is out of range.
func at(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func adjacent(toks []token, i int) bool {
	return i >= 0 && i+1 < len(toks) && toks[i].end == toks[i+1].start
}
