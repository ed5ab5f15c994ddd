package reconcile

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax/text"
)

// countClasses maps what a number counts (the annotator's lemma, folded) to
// a comparable class. Lemmas not listed stand for themselves.
var countClasses = map[string]string{
	"death": "deaths", "dead": "deaths", "fatality": "deaths", "killing": "deaths", "life": "deaths",
	"toll": "deaths", "body": "deaths", "killed": "deaths", "victim": "deaths",
	"casualty": "casualties",
	"injury":   "injured", "injured": "injured", "wounded": "injured",
	"refugee": "displaced", "displaced": "displaced", "evacuee": "displaced",
	"arrest": "arrested", "detainee": "arrested", "arrested": "arrested",
	"soldier": "troops", "troop": "troops",
}

// genericCounts are lemmas that say only that people are counted; what
// happened to them is read from the verbs of the number's own clause
// (verbClasses, ownClause).
var genericCounts = map[string]bool{"people": true, "person": true, "individual": true, "": true, "resident": true}

// verbClasses gives the class of a generic count from a word of its own
// clause ("198 people had been killed" counts deaths), in order of
// precedence.
var verbClasses = []struct{ word, class string }{
	{"killed", "deaths"}, {"died", "deaths"}, {"dead", "deaths"}, {"death", "deaths"}, {"lost their lives", "deaths"},
	{"wounded", "injured"}, {"injured", "injured"}, {"hurt", "injured"},
	{"fled", "displaced"}, {"displaced", "displaced"}, {"evacuated", "displaced"}, {"uprooted", "displaced"},
	{"arrested", "arrested"}, {"detained", "arrested"}, {"missing", "missing"},
}

// countKind returns the comparable class of a number that counts counts
// (the annotator's lemma), found at [start, end) of sentence, or "" when
// what it counts is not known well enough to compare. The annotator's class
// is trusted: a lemma that names what is counted gives its class, and a
// number the annotator found counting nothing ("Floyd, 46, died") gives "".
// For a generic lemma ("people", "residents") the class is read from the
// number's own clause only (ownClause), never from another clause of the
// sentence ("rescuers found two residents, and the death toll rose" counts
// no deaths), and a word negated there ("were not injured") says nothing.
// Offsets outside sentence read the whole sentence.
func countKind(counts, sentence string, start, end int) string {
	c := text.Fold(strings.TrimSpace(counts))
	if cl, ok := countClasses[c]; ok {
		return cl
	}
	if c == "" || !genericCounts[c] {
		return c
	}
	words := ownClause(sentence, start, end)
	for _, v := range verbClasses {
		if saysClass(words, strings.Fields(v.word)) {
			return v.class
		}
	}
	return "people"
}

// countClauseBreaks are the words that open another clause: a number's own
// clause stops before them on either side.
var countClauseBreaks = map[string]bool{
	"and": true, "but": true, "or": true, "after": true, "before": true, "while": true, "when": true,
	"as": true, "because": true, "since": true, "until": true, "although": true, "though": true,
	"whereas": true, "where": true, "if": true,
}

// relativeWords open a relative clause: before the number it is another
// clause, after it one about the people counted ("31 people who police
// said were detained").
var relativeWords = map[string]bool{"who": true, "whom": true, "which": true, "that": true}

// asideOpeners open, after a comma, an aside about the people counted
// ("22 people, including a child, were killed"): the clause goes on after
// it.
var asideOpeners = map[string]bool{"including": true, "among": true, "most": true, "many": true, "some": true, "mostly": true}

// maxAside is the longest aside, in words, skipped.
const maxAside = 12

// clausePunct are the marks that end a clause.
const clausePunct = ",;:()[]—–\"“”"

// ownClause returns the folded words of the clause of sentence that holds
// [start, end): from the number out to the nearest clause mark or
// countClauseBreaks word on each side. A relative pronoun ends it before
// the number only; an aside after it (asideOpeners) is passed over; a
// coordinated verb of a class ("were shot and killed", "arrested and
// charged 14 people") and "as many as" stay inside. Offsets outside
// sentence give all its words.
func ownClause(sentence string, start, end int) []string {
	toks := text.Tokens(sentence)
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = text.Fold(t.Text)
	}
	first := slices.IndexFunc(toks, func(t text.Token) bool { return t.End > start })
	if start < 0 || end > len(sentence) || start >= end || first < 0 {
		return w
	}
	last := first
	for last < len(toks) && toks[last].Start < end {
		last++
	}
	gap := func(i int) string { return sentence[toks[i-1].End:toks[i].Start] } // marks before token i
	lo := first
	for lo > 0 && !strings.ContainsAny(gap(lo), clausePunct) && !breaksBefore(w, lo-1, first) {
		lo--
	}
	out := slices.Clone(w[lo:last])
	for k := last; k < len(toks); k++ {
		if strings.ContainsAny(gap(k), clausePunct) {
			if k = asideEnd(w, k, gap); k < 0 {
				break // the aside's closing comma is passed over
			}
		}
		if breaksAfter(w, k) {
			break
		}
		out = append(out, w[k])
	}
	return out
}

// breaksBefore reports whether word k, before the number starting at word
// first, ends the number's clause on the left.
func breaksBefore(w []string, k, first int) bool {
	switch {
	case relativeWords[w[k]]:
		return true
	case w[k] == "as":
		return !asMany(w, k)
	case w[k] == "and" || w[k] == "or":
		// "arrested and charged 14 people": a verb of a class coordinated
		// with the one before the number.
		return k == 0 || k+1 == first || !classWord(w[k-1])
	}
	return countClauseBreaks[w[k]]
}

// breaksAfter reports whether word k, after the number, ends its clause on
// the right.
func breaksAfter(w []string, k int) bool {
	switch {
	case w[k] == "as":
		return !asMany(w, k)
	case w[k] == "and" || w[k] == "or":
		return k+1 == len(w) || !classWord(w[k+1]) // "were shot and killed"
	}
	return countClauseBreaks[w[k]]
}

// asMany reports whether the "as" at word k belongs to "as many as" (or
// much, few).
func asMany(w []string, k int) bool {
	quantity := func(i int) bool { return i >= 0 && i < len(w) && (w[i] == "many" || w[i] == "much" || w[i] == "few") }
	return quantity(k-1) || quantity(k+1)
}

// asideEnd returns, when a comma aside about the people counted opens at
// word k (asideOpeners), the index of the word after the comma that closes
// it; -1 when there is no such aside or it does not close within maxAside
// words.
func asideEnd(w []string, k int, gap func(int) string) int {
	if !strings.Contains(gap(k), ",") || !asideOpeners[w[k]] {
		return -1
	}
	for i := k + 1; i < len(w) && i <= k+maxAside; i++ {
		if g := gap(i); strings.ContainsAny(g, clausePunct) {
			if strings.TrimSpace(g) == "," {
				return i
			}
			return -1
		}
	}
	return -1
}

// classWord reports whether w is the first word of one of verbClasses.
func classWord(w string) bool {
	return slices.ContainsFunc(verbClasses, func(v struct{ word, class string }) bool {
		return strings.HasPrefix(v.word+" ", w+" ")
	})
}

// negationWindow is how many words before a class word a negation undoes it.
const negationWindow = 3

// saysClass reports whether words hold phrase, not negated ("were not
// injured", "never found dead") within negationWindow words before it.
func saysClass(words, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		if !slices.Equal(words[i:i+len(phrase)], phrase) {
			continue
		}
		if !slices.ContainsFunc(words[max(0, i-negationWindow):i], negation) {
			return true
		}
	}
	return false
}

// negation reports whether w negates what follows it.
func negation(w string) bool {
	return w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// compatibleKinds reports whether figures of the two classes may be about
// the same quantity. Deaths and casualties are compared (reports use them
// loosely for the same toll; the discrepancy's note says that casualties may
// include the wounded); any other pair of different classes is not.
func compatibleKinds(a, b string) bool {
	return a == b || kindBucket(a) == kindBucket(b)
}

// kindBucket returns the bucket in which figures of a class are compared.
func kindBucket(k string) string {
	if k == "casualties" {
		return "deaths"
	}
	return k
}
