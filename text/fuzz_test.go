package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSplit checks the invariants of Split on any input: offsets in bounds
// and increasing, Text == doc[Start:End], trimmed and non-empty, and every
// non-space rune of doc inside a sentence.
func FuzzSplit(f *testing.F) {
	f.Add("The dam opened. Farmers cheered.\nAnalysis\n“We agree.” He left.")
	f.Fuzz(func(t *testing.T, doc string) {
		sents := Split(doc)
		prev := 0
		for i, s := range sents {
			if s.Start < prev || s.End <= s.Start || s.End > len(doc) {
				t.Fatalf("Split(%q)[%d] = [%d:%d], previous ended at %d", doc, i, s.Start, s.End, prev)
			}
			if doc[s.Start:s.End] != s.Text {
				t.Fatalf("Split(%q)[%d].Text = %q, doc has %q", doc, i, s.Text, doc[s.Start:s.End])
			}
			if strings.TrimFunc(s.Text, unicode.IsSpace) != s.Text {
				t.Fatalf("Split(%q)[%d].Text = %q, not trimmed", doc, i, s.Text)
			}
			for _, r := range doc[prev:s.Start] {
				if !unicode.IsSpace(r) {
					t.Fatalf("Split(%q): %q before sentence %d lies in no sentence", doc, r, i)
				}
			}
			prev = s.End
		}
		for _, r := range doc[prev:] {
			if !unicode.IsSpace(r) {
				t.Fatalf("Split(%q): %q after the last sentence lies in no sentence", doc, r)
			}
		}
	})
}

// FuzzTokens checks the invariants of Tokens on any input: offsets in
// bounds, increasing and non-overlapping, Text == s[Start:End], tokens
// start and end with a letter, digit or mark (a dotted acronym's final
// period aside), and every letter and digit of s inside a token.
func FuzzTokens(f *testing.F) {
	f.Add("Réunion's al-Nasr, 7,500 and 4.2 U.S. e.g. Workers' don't")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, tok := range Tokens(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("Tokens(%q)[%d] = [%d:%d], previous ended at %d", s, i, tok.Start, tok.End, prev)
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("Tokens(%q)[%d].Text = %q, s has %q", s, i, tok.Text, s[tok.Start:tok.End])
			}
			first, _ := utf8.DecodeRuneInString(tok.Text)
			last, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(tok.Text, "."))
			if !isWordRune(first) || !isWordRune(last) {
				t.Fatalf("Tokens(%q)[%d] = %q, want word runes at both ends", s, i, tok.Text)
			}
			checkNoWordRunes(t, s, prev, tok.Start)
			prev = tok.End
		}
		checkNoWordRunes(t, s, prev, len(s))
	})
}

func checkNoWordRunes(t *testing.T, s string, lo, hi int) {
	t.Helper()
	for _, r := range s[lo:hi] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.Fatalf("Tokens(%q): %q in s[%d:%d] lies in no token", s, r, lo, hi)
		}
	}
}

// FuzzFold checks that Fold is idempotent on valid UTF-8 and keeps ASCII
// without upper-case letters as it is.
func FuzzFold(f *testing.F) {
	f.Add("Gürdoğan İSTANBUL ışık Straße “quoted” –")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Fatalf("Fold(Fold(%q)) = %q, want %q", s, twice, once)
		}
	})
}
