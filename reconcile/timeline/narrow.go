package timeline

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// longClause is the number of words above which a clause is cut further,
// at the comma-led connectives that open another clause, so that an event
// reads as the clause holding its date rather than the whole sentence.
const longClause = 20

// attributions open a trailing "according to …" that says who reported the
// event, not what happened; it is cut from every clause.
var attributions = []string{", according to ", " according to "}

// clauseLinks are the comma-led connectives that start a new clause with
// its own subject. A list's ", and" is not among them: it joins nouns as
// often as clauses.
var clauseLinks = []string{", while ", ", whereas ", ", but ", ", where ", ", as ", ", after ",
	", before ", ", when ", ", amid ", ", although ", ", though ", ", and that ", "; "}

// leadLinks are the connectives dropped from the start of a clause cut
// out of a sentence: they tie it to the rest, not to the event.
var leadLinks = []string{"while ", "whereas ", "but ", "where ", "as ", "and that ", "and "}

// reportingTails are the verbs that end a trailing ", the ministry said".
var reportingTails = []string{" said", " says", " reported", " reports", " added", " announced",
	" stated", " noted", " confirmed", " told reporters"}

// narrow shrinks the clause [lo, hi) of doc holding date d: a trailing
// attribution goes, and a long clause is cut at clause connectives around
// the date, unless a piece would be a bare participle phrase ("after
// taking …") without a subject of its own.
func narrow(doc string, lo, hi int, d parallax.Date) (int, int) {
	hi = dropAttribution(doc, lo, hi, d)
	if len(strings.Fields(doc[lo:hi])) <= longClause {
		return lo, hi
	}
	best := -1
	for _, c := range clauseLinks {
		if i := strings.LastIndex(doc[lo:d.Start], c); i >= 0 && lo+i+len(c) > best {
			if cut := lo + i + len(c); !participle(doc[cut:hi]) {
				best = cut
			}
		}
	}
	if best >= 0 {
		lo = best
		for _, l := range leadLinks {
			if strings.HasPrefix(doc[lo:hi], l) {
				lo += len(l)
				break
			}
		}
	}
	end := -1
	for _, c := range clauseLinks {
		if i := strings.Index(doc[d.End:hi], c); i >= 0 && (end < 0 || d.End+i < end) && !participle(doc[d.End+i+len(c):hi]) {
			end = d.End + i
		}
	}
	if end >= 0 {
		hi = end
	}
	return lo, hi
}

// dropAttribution returns the end of clause [lo, hi) without a trailing
// "according to …" or ", the ministry said." after the date.
func dropAttribution(doc string, lo, hi int, d parallax.Date) int {
	for _, a := range attributions {
		if i := strings.Index(doc[d.End:hi], a); i >= 0 {
			return d.End + i
		}
	}
	i := strings.LastIndex(doc[d.End:hi], ", ")
	if i < 0 {
		return hi
	}
	tail := strings.TrimRight(doc[d.End+i:hi], ".!\"”' ")
	for _, v := range reportingTails {
		if strings.HasSuffix(tail, v) && len(strings.Fields(tail)) <= 8 {
			return d.End + i
		}
	}
	return hi
}

// participle reports whether s starts with an -ing word: a phrase that
// borrows the sentence's subject.
func participle(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && strings.HasSuffix(strings.ToLower(f[0]), "ing")
}
