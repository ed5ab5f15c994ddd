package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/text"
)

// token is one word of a sentence as the recogniser sees it. The text
// package's tokens are general-purpose; names need more: "U.S." with its
// dots, "Nour-al-Sahil" as one word, and a possessive "'s" noted but kept
// out of the word.
type token struct {
	start, end int    // byte span in the document, possessive excluded
	text       string // doc[start:end]
	key        string // keyOf(text)
	cap        bool   // starts with an upper-case letter, or "al-" + upper case
	particle   bool   // cap only by its name after a particle: "al-Qaeda"
	upper      bool   // two or more letters, all upper case: acronym shape
	poss       bool   // followed by "'s" or "’s"
	plPoss     bool   // ends in "s'" or "s’" (plural possessive, apostrophe not in text)
	sent       int    // sentence index
	first      bool   // first word of its sentence (after opening punctuation)
	heading    bool   // its sentence is a heading
}

// sep returns the document text between tokens a and b (a before b).
func sep(doc string, a, b *token) string { return doc[a.end:b.start] }

// isApos reports whether r is an apostrophe.
func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scan splits doc[start:end] into tokens.
func scan(doc string, start, end, sent int, heading bool, out []token) []token {
	first := true
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(doc[i:])
		if !isWordRune(r) {
			i += w
			continue
		}
		t := token{start: i, sent: sent, first: first, heading: heading}
		i = wordEnd(doc, i, end)
		t.end = i
		// Possessives: "X's" and "Xs'".
		if r2, w2 := utf8.DecodeRuneInString(doc[i:min(end, i+4)]); isApos(r2) {
			rest := doc[i+w2 : end]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) &&
				(len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
				t.poss = true
				i += w2 + 1
			} else if doc[i-1] == 's' && (rest == "" || !isWordRune(firstRune(rest))) {
				t.plPoss = true
				i += w2
			}
		}
		t.text = doc[t.start:t.end]
		t.key = keyOf(t.text)
		t.cap, t.upper = shape(t.text)
		t.particle = t.cap && !unicode.IsUpper(r)
		out = append(out, t)
		first = false
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by inner hyphens ("al-Sham") and by dots in initialisms ("U.S.").
func wordEnd(doc string, i, end int) int {
	start := i
	for i < end {
		r, w := utf8.DecodeRuneInString(doc[i:])
		switch {
		case isWordRune(r) || unicode.Is(unicode.Mn, r):
			i += w
		case (r == '-' || r == '‑') && i+w < end && unicode.IsLetter(firstRune(doc[i+w:])):
			i += w
		case r == '.' && initialism(doc[start:i]):
			i += w
			if i < end && !unicode.IsLetter(firstRune(doc[i:])) {
				return i
			}
		default:
			return i
		}
	}
	return i
}

// initialism reports whether s so far reads as "U" or "U.S": single upper-case
// letters separated by dots, so that a following dot belongs to the word.
func initialism(s string) bool {
	if s == "" {
		return false
	}
	for i, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper(firstRune(part)) {
			return i > 0 && part == ""
		}
	}
	return true
}

// shape reports whether a word is capitalised and whether it has acronym shape.
func shape(s string) (capital, upper bool) {
	r := firstRune(s)
	capital = unicode.IsUpper(r)
	if i := strings.LastIndexByte(s, '-'); capital && i > 0 && i+1 < len(s) {
		// "Kenyan-backed" is an adjective; "Guinea-Bissau", "Nour-al-Sahil" are names.
		capital = unicode.IsUpper(firstRune(s[i+1:]))
	}
	if !capital {
		return particleName(s), false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return true, false
			}
		}
	}
	return true, letters >= 2
}

// particleName reports whether s is a name opening with a lower-case Arabic
// particle: "al-Qaeda", "el-Sisi", "ash-Shura". Its last part must be
// capitalised too, so "al-Qaeda-linked" is an adjective, not a name.
func particleName(s string) bool {
	i := strings.IndexAny(s, "-‑")
	if i <= 0 || i > 3 || !particles[s[:i]] {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsUpper(firstRune(s[i+w:])) {
		return false
	}
	last := strings.LastIndexAny(s, "-‑")
	_, w = utf8.DecodeRuneInString(s[last:])
	return unicode.IsUpper(firstRune(s[last+w:]))
}

// particles are the lower-case Arabic articles and particles that open a
// hyphenated name.
var particles = set(`al el ad ar as ash at az an ud ul`)

// keyOf folds a surface form to its matching key: text.Fold (lower case,
// no diacritics), apostrophes and dots dropped, hyphens, slashes, commas and
// runs of spaces made one space. "Nour-al-Sahil" and "Nour al-Sahil" share
// a key; so do "U.S." and "US", "Özdemir" and "Ozdemir".
func keyOf(s string) string {
	f := text.Fold(s)
	if !strings.ContainsAny(f, "'.\"-/, \t\n\r") {
		return f
	}
	b := make([]byte, 0, len(f))
	space := false
	for i := 0; i < len(f); i++ {
		switch c := f[i]; c {
		case '\'', '.', '"':
		case '-', '/', ',', ' ', '\t', '\n', '\r':
			space = len(b) > 0
		default:
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
		}
	}
	return string(b)
}
