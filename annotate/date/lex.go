package date

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind tells words, digit runs and punctuation apart.
type tokKind uint8

const (
	word  tokKind = iota + 1 // a run of letters
	num                      // a run of ASCII digits
	punct                    // any other single non-space rune
)

// token is one word, digit run or punctuation mark of a sentence. Offsets are
// byte offsets into the document.
type token struct {
	kind       tokKind
	text       string // as written
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
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			i += size
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
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
		default:
			buf = append(buf, token{kind: punct, text: s[i : i+size], start: base + i, end: base + i + size})
			i += size
		}
	}
	return buf
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// capitalised reports whether w starts with an upper-case ASCII letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// atoi converts a short digit run; it returns -1 for runs longer than 6.
func atoi(s string) int {
	if len(s) > 6 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
