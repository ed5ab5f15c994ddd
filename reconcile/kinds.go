package reconcile

import (
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
// happened to them is read from the sentence's verbs (verbClasses).
var genericCounts = map[string]bool{"people": true, "person": true, "individual": true, "": true, "resident": true}

// verbClasses gives the class of a generic count from a word of its
// sentence ("198 people had been killed" counts deaths).
var verbClasses = []struct{ word, class string }{
	{"killed", "deaths"}, {"died", "deaths"}, {"dead", "deaths"}, {"death", "deaths"}, {"lost their lives", "deaths"},
	{"wounded", "injured"}, {"injured", "injured"}, {"hurt", "injured"},
	{"fled", "displaced"}, {"displaced", "displaced"}, {"evacuated", "displaced"}, {"uprooted", "displaced"},
	{"arrested", "arrested"}, {"detained", "arrested"}, {"missing", "missing"},
}

// countKind returns the comparable class of a number that counts counts in
// sentence, or "" when what it counts is not known well enough to compare.
func countKind(counts, sentence string) string {
	c := text.Fold(strings.TrimSpace(counts))
	if cl, ok := countClasses[c]; ok {
		return cl
	}
	if !genericCounts[c] {
		return c
	}
	s := " " + strings.Join(strings.Fields(text.Fold(sentence)), " ") + " "
	for _, v := range verbClasses {
		if strings.Contains(s, " "+v.word+" ") || strings.Contains(s, " "+v.word+",") || strings.Contains(s, " "+v.word+".") {
			return v.class
		}
	}
	if c == "" {
		return ""
	}
	return "people"
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
