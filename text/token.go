package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or number of a string. Text == s[Start:End] for the s
// it was cut from; offsets are bytes, half-open.
type Token struct {
	Text       string
	Start, End int
}

// Tokens cuts s into words and numbers, in order, skipping white space and
// punctuation. A token is a run of letters, digits and combining marks, with
// these joiners kept inside it:
//   - an apostrophe (' or ’) between letters: "Türkiye's", "don't" (a
//     trailing apostrophe, as in "Workers'", is left out: it cannot be told
//     from a closing quote; Base strips possessives);
//   - a hyphen between two alphanumerics when one of them is a letter:
//     "al-Sham", "Turkish-backed", "COVID-19" (so "2010-2016" is two numbers);
//   - a comma between digits followed by exactly three digits: "5,000";
//   - a period between digits: "3.5", "02.24";
//   - periods in dotted acronyms, final period included: "U.S.", "e.g.".
func Tokens(s string) []Token {
	out := make([]Token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		end := tokenEnd(s, i)
		out = append(out, Token{Text: s[i:end], Start: i, End: end})
		i = end
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenEnd returns the end of the token that starts at i.
func tokenEnd(s string, i int) int {
	if end := acronymEnd(s, i); end > i {
		return end
	}
	prev, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if isWordRune(r) {
			prev, j = r, j+size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(s[j+size:])
		if !joins(prev, r, next, s[j+size:]) {
			break
		}
		prev, j = next, j+size+nsize
	}
	return j
}

// joins reports whether the joiner r between prev and next (rest starts
// with next) belongs inside a token.
func joins(prev, r, next rune, rest string) bool {
	switch r {
	case '\'', '’':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case '-', '‐':
		return isWordRune(prev) && isWordRune(next) && (unicode.IsLetter(prev) || unicode.IsLetter(next))
	case '.':
		return isDigit(prev) && isDigit(next)
	case ',':
		return isDigit(prev) && len(rest) >= 3 && isDigit3(rest) &&
			(len(rest) == 3 || !isDigit(rune(rest[3])))
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isDigit3(s string) bool {
	return isDigit(rune(s[0])) && isDigit(rune(s[1])) && isDigit(rune(s[2]))
}

// acronymEnd returns the end of a dotted acronym ("U.S.", "e.g.") starting
// at i, final period included, or i when there is none: at least two single
// letters each followed by a period, not followed by another letter.
func acronymEnd(s string, i int) int {
	j, n := i, 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		j += size + 1
		n++
	}
	if n < 2 {
		return i
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
		return i
	}
	return j
}

// Base returns word without a possessive ending: "Türkiye's" → "Türkiye",
// "Workers'" → "Workers", "Gürdoğan’s" → "Gürdoğan". Other words are returned
// unchanged.
func Base(word string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(word) > len(suf) && strings.HasSuffix(word, suf) {
			return word[:len(word)-len(suf)]
		}
	}
	for _, suf := range [...]string{"s'", "s’"} {
		if len(word) > len(suf) && strings.HasSuffix(word, suf) {
			return word[:len(word)-len(suf)+1]
		}
	}
	return word
}
