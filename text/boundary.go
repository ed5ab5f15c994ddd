package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevKind says how an abbreviation ending in '.' bears on a sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// beforeName abbreviations precede a name or number and never end a
	// sentence ("Mr.", "Gen.", "St.", "e.g.").
	beforeName
	// beforeNumber abbreviations never end a sentence before a number
	// ("Nov. 27", "No. 5") and are otherwise ambiguous.
	beforeNumber
	// ambiguous abbreviations may end a sentence ("U.S.", "Inc.", "etc."):
	// the sentence ends only when a typical sentence opener follows.
	ambiguous
)

// abbrevs maps an abbreviation, without its final '.', to its kind.
// Dotted acronyms ("U.S", "a.m") and single-letter initials are recognised
// by shape and need no entry.
var abbrevs = map[string]abbrevKind{
	"Mr": beforeName, "Mrs": beforeName, "Ms": beforeName, "Messrs": beforeName,
	"Dr": beforeName, "Prof": beforeName, "Gen": beforeName, "Col": beforeName,
	"Lt": beforeName, "Sgt": beforeName, "Sen": beforeName, "Rep": beforeName,
	"Gov": beforeName, "St": beforeName, "Capt": beforeName, "Maj": beforeName,
	"Adm": beforeName, "Cmdr": beforeName, "Cpl": beforeName, "Pvt": beforeName,
	"Brig": beforeName, "Lieut": beforeName, "Rev": beforeName, "Hon": beforeName,
	"Pres": beforeName, "Supt": beforeName, "Insp": beforeName, "Det": beforeName,
	"Mt": beforeName, "Ft": beforeName, "Mme": beforeName, "Mlle": beforeName,
	"vs": beforeName, "v": beforeName, "cf": beforeName, "viz": beforeName,
	"approx": beforeName, "ca": beforeName, "Fig": beforeName, "fig": beforeName,
	"Vol": beforeName, "vol": beforeName, "pp": beforeName, "Art": beforeName,
	"Nos": beforeName, "Dept": beforeName, "Univ": beforeName, "Ave": ambiguous,
	"Sens": beforeName, "Reps": beforeName, "Govs": beforeName, "Gens": beforeName,
	"Drs": beforeName, "Cong": beforeName, "Rt": beforeName, "Sgts": beforeName,
	"No": beforeNumber, "no": beforeNumber, "Jan": beforeNumber, "Feb": beforeNumber,
	"Mar": beforeNumber, "Apr": beforeNumber, "Jun": beforeNumber, "Jul": beforeNumber,
	"Aug": beforeNumber, "Sep": beforeNumber, "Sept": beforeNumber, "Oct": beforeNumber,
	"Nov": beforeNumber, "Dec": beforeNumber, "p": beforeNumber,
	"Inc": ambiguous, "Ltd": ambiguous, "Co": ambiguous, "Corp": ambiguous,
	"Jr": ambiguous, "Sr": ambiguous, "Bros": ambiguous, "Plc": ambiguous,
	"al": ambiguous, "Esq": ambiguous, // "etc." ends a sentence unless lower case follows
	// US state abbreviations in datelines ("HARTFORD, Conn. —").
	"Ala": ambiguous, "Ariz": ambiguous, "Ark": ambiguous, "Calif": ambiguous,
	"Colo": ambiguous, "Conn": ambiguous, "Del": ambiguous, "Fla": ambiguous,
	"Ga": ambiguous, "Ill": ambiguous, "Ind": ambiguous, "Kan": ambiguous,
	"Kans": ambiguous, "Ky": ambiguous, "La": ambiguous, "Md": ambiguous,
	"Mass": ambiguous, "Mich": ambiguous, "Minn": ambiguous, "Miss": ambiguous,
	"Mo": ambiguous, "Mont": ambiguous, "Neb": ambiguous, "Nev": ambiguous,
	"Okla": ambiguous, "Ore": ambiguous, "Pa": ambiguous, "Tenn": ambiguous,
	"Tex": ambiguous, "Va": ambiguous, "Vt": ambiguous, "Wash": ambiguous,
	"Wis": ambiguous, "Wyo": ambiguous,
}

// openers are words that typically begin a sentence. After an ambiguous
// abbreviation ("… in the U.S. The ministry …") they mark a sentence end.
var openers = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true,
	"Those": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "But": true, "And": true, "Yet": true, "So": true, "However": true,
	"Meanwhile": true, "Earlier": true, "Later": true, "On": true, "In": true,
	"At": true, "For": true, "After": true, "Before": true, "According": true,
	"There": true, "Some": true, "Many": true, "Most": true, "All": true,
	"When": true, "While": true, "Since": true, "If": true, "As": true,
	"Both": true, "Several": true, "Such": true, "Other": true, "Last": true,
	"Despite": true, "Although": true, "Also": true, "Officials": true,
}

// boundary reports whether the run doc[i:j] of terminators and closers, in
// the sentence that began at seg, ends that sentence. doc[j] is white space.
func boundary(doc string, seg, i, j, hi int) bool {
	next := skipEllipsis(nextWord(doc, j, hi))
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || unicode.IsLower(r) || continues(r) {
		return false
	}
	if !strings.ContainsFunc(doc[seg:i], isWordRune) {
		return false // nothing to end yet: "... Let us begin."
	}
	if isListMarker(doc[seg:i]) {
		return false // "2. Second point"
	}
	run := doc[i:j]
	if run != "." {
		closed := strings.ContainsFunc(run, isCloser)
		return !(closed && isAttribution(next))
	}
	switch abbrevKindOf(wordBefore(doc, seg, i)) {
	case beforeName:
		return false
	case beforeNumber:
		if unicode.IsDigit(r) {
			return false
		}
		return openers[leadingWord(next)]
	case ambiguous:
		return openers[leadingWord(next)]
	}
	return true
}

// isListMarker reports whether s, a sentence so far, is only the number of
// a list item: one to three digits after optional white space.
func isListMarker(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isDigit(rune(s[k])) {
			return false
		}
	}
	return true
}

// skipEllipsis returns next after an ellipsis that opens it ("... And",
// ". . . finishes") and the white space after that, so that the word after
// the ellipsis decides.
func skipEllipsis(next string) string {
	if !strings.HasPrefix(next, ".") && !strings.HasPrefix(next, "…") {
		return next
	}
	return strings.TrimLeft(next, ".… ")
}

// continues reports whether r, first after a terminator and white space,
// carries the sentence on: punctuation that cannot open a sentence, as in a
// spaced ellipsis (". . .") or a stray closing quote.
func continues(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '?', '!', '…', '”', '’', '»', ')', ']', '}':
		return true
	}
	return false
}

// reportingVerbs are the verbs of an attribution that follows a quotation
// ending in '?', '!' or '.': "“Who pays?” Lindqvist asked."
var reportingVerbs = makeSet(`
said says asked asks added adds told tells replied replies continued
continues recalled recalls wrote writes explained explains noted notes
insisted insists declared declares responded responds answered answers
shouted cried warned warns argued argues claimed claims remarked laughed
countered conceded admitted observed quipped urged demanded wondered
exclaimed joked tweeted posted stressed stresses concluded pleaded
`)

// isAttribution reports whether next, the text after a closing quote,
// starts with a capitalised speaker of at most four words and a reporting
// verb that ends the clause: "Justice Mel Dorr asked.", "Heyl replied, …".
func isAttribution(next string) bool {
	for n := 0; n <= 4; n++ {
		w := leadingWord(next)
		if w == "" {
			return false
		}
		rest := next[len(w):]
		if n > 0 && reportingVerbs[w] {
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || r == '.' || r == ',' || r == ';' || r == ':'
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if strings.HasPrefix(rest, ".") && abbrevKindOf(w) == beforeName {
			rest = rest[1:] // "Mr. Jordan said."
		}
		if !strings.HasPrefix(rest, " ") {
			return false
		}
		next = strings.TrimLeft(rest, " ")
	}
	return false
}

// nextWord returns the text of the line after the white space at j, with
// opening quotes, brackets and dashes skipped.
func nextWord(doc string, j, hi int) string {
	for j < hi {
		r, size := utf8.DecodeRuneInString(doc[j:hi])
		if !unicode.IsSpace(r) && !isOpener(r) {
			break
		}
		j += size
	}
	return doc[j:hi]
}

// leadingWord returns the run of letters at the start of s.
func leadingWord(s string) string {
	for k, r := range s {
		if !unicode.IsLetter(r) {
			return s[:k]
		}
	}
	return s
}

// wordBefore returns the white-space delimited word that ends at i (before
// the period), with opening quotes and brackets stripped, not reaching
// before seg.
func wordBefore(doc string, seg, i int) string {
	k := i
	for k > seg {
		r, size := utf8.DecodeLastRuneInString(doc[seg:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= size
	}
	w := strings.TrimLeftFunc(doc[k:i], isOpener)
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:] // "post-Sept."
	}
	return w
}

// abbrevKindOf classifies word, the text before a period.
func abbrevKindOf(word string) abbrevKind {
	if k, ok := abbrevs[word]; ok {
		return k
	}
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return beforeName // an initial: "J. R. Smith"
	}
	if isDottedAcronym(word) {
		if word == "e.g" || word == "i.e" {
			return beforeName
		}
		return ambiguous
	}
	return notAbbrev
}

// isDottedAcronym reports whether word is single letters joined by periods
// ("U.S", "U.N", "a.m", "e.g"), the form before its final period.
func isDottedAcronym(word string) bool {
	if len(word) < 3 {
		return false
	}
	letters := 0
	wantLetter := true
	for _, r := range word {
		switch {
		case wantLetter && unicode.IsLetter(r):
			letters++
		case !wantLetter && r == '.':
		default:
			return false
		}
		wantLetter = !wantLetter
	}
	return letters >= 2 && !wantLetter
}
