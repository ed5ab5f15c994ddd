package quotegroup

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// reportingVerbs are the past and present forms of verbs that introduce
// what someone said, folded.
var reportingVerbs = makeSet(`said says stressed stresses emphasized emphasised emphasizes
emphasises highlighted highlights underlined underlines underscored underscores noted notes
added adds stated states told tells urged urges warned warns insisted insists reaffirmed
reaffirms reiterated reiterates affirmed affirms explained explains clarified clarifies
declared declares announced announces called calls pointed points expressed expresses
confirmed confirms assured assures asked asks proposed proposes welcomed welcomes`)

func makeSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// effectiveSpeaker returns whose words q reports. It is q.Speaker, except
// when the quote is a readout — a statement by an office or an unnamed
// source that itself says what one person said ("Mayor Ilka Sorn urged
// calm …", issued by a press service): then it is that person, so that
// the readout and other renderings of the person's words can be grouped.
func effectiveSpeaker(q *parallax.Quote, ws []word, types map[string]parallax.EntityType) string {
	if q.Speaker != "" && types[q.Speaker] == parallax.Person {
		return q.Speaker
	}
	voiced := ""
	for i, w := range ws {
		name, ok := strings.CutPrefix(w.concept, "@")
		if !ok || types[name] != parallax.Person || !followedByReporting(ws, i) {
			continue
		}
		if voiced != "" && voiced != name {
			return q.Speaker
		}
		voiced = name
	}
	if voiced != "" {
		return voiced
	}
	return q.Speaker
}

// followedByReporting reports whether one of the two words after ws[i]
// (skipping the rest of a multi-word mention) is a reporting verb.
func followedByReporting(ws []word, i int) bool {
	seen := 0
	for j := i + 1; j < len(ws) && seen < 2; j++ {
		if ws[j].norm == "" { // tail of the same mention
			continue
		}
		if reportingVerbs[ws[j].fold] {
			return true
		}
		seen++
	}
	return false
}
