package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial holds the folds that neither lower-casing nor stripping
// combining marks gives: letters without a decomposition, ligatures,
// typographic quotes, dashes and spaces.
var foldSpecial = map[rune]string{
	'ı': "i", 'İ': "i", 'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th",
	'ł': "l", 'Ł': "l", 'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n",
	'ĸ': "k", 'ŀ': "l", 'Ŀ': "l", 'ſ': "s", 'ĳ': "ij", 'Ĳ': "ij", 'ƒ': "f",
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", 'ʼ': "'", '`': "'", '´': "'",
	'“': "\"", '”': "\"", '„': "\"", '‟': "\"", '″': "\"", '«': "\"", '»': "\"",
	'‹': "'", '›': "'",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-",
	'…': "...", '\u00a0': " ", '\u2009': " ", '\u202f': " ", '\u200a': " ",
	'\u2002': " ", '\u2003': " ", '\u00ad': "", '\u200b': "", '\u200c': "",
	'\u200d': "", '\ufeff': "",
}

// foldLatin holds the fold of every rune in [0x80, 0x250) and
// [0x1E00, 0x1F00): the Latin letters news text uses, computed once.
var foldLatin = buildFoldLatin()

const (
	latin1Lo, latin1Hi = 0x80, 0x250
	latinXLo, latinXHi = 0x1E00, 0x1F00
)

func buildFoldLatin() [2][]string {
	var t [2][]string
	for k, rng := range [2][2]rune{{latin1Lo, latin1Hi}, {latinXLo, latinXHi}} {
		t[k] = make([]string, rng[1]-rng[0])
		for r := rng[0]; r < rng[1]; r++ {
			t[k][r-rng[0]] = foldSlow(r)
		}
	}
	return t
}

// foldSlow folds one rune: the special table, else lower case with
// combining marks removed after canonical decomposition.
func foldSlow(r rune) string {
	if s, ok := foldSpecial[r]; ok {
		return s
	}
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	var b strings.Builder
	for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// foldRune returns the fold of the non-ASCII rune r.
func foldRune(r rune) string {
	switch {
	case r >= latin1Lo && r < latin1Hi:
		return foldLatin[0][r-latin1Lo]
	case r >= latinXLo && r < latinXHi:
		return foldLatin[1][r-latinXLo]
	}
	return foldSlow(r)
}

// Fold returns s lower-cased, with diacritics removed ("Gürdoğan" →
// "gurdogan", "Türkiye" → "turkiye", Turkish "ı" and "İ" → "i"), letters
// without a decomposition spelled in ASCII ("ß" → "ss", "æ" → "ae", "ø" →
// "o"), typographic quotes and apostrophes made ASCII, dashes made "-",
// "…" made "...", and unusual spaces made ' '. Fold returns s itself when
// it is already folded ASCII. Invalid UTF-8 bytes are kept as they are.
func Fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, c)
		} else {
			b = append(b, foldRune(r)...)
		}
		i += size
	}
	return string(b)
}
