package timeline

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// sinceWindow is how many words before a date may separate it from a
// "since" that makes it a reference point ("since the war began in 2011").
const sinceWindow = 6

// isReferencePoint reports whether the date written at doc[start:end] in
// the sentence beginning at sentStart is a point of reference rather than
// the date of the clause's event: it follows "since" within the same
// comma-free stretch of a few words ("for the first time since 2016",
// "since the fighting began in 2012"), or is itself written "since …".
func isReferencePoint(doc string, sentStart, start, end int) bool {
	if strings.HasPrefix(text.Fold(doc[start:end]), "since ") {
		return true
	}
	before := doc[sentStart:start]
	if i := strings.LastIndexAny(before, ",;:()\"“”—–"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(text.Fold(before))
	if len(words) > sinceWindow {
		words = words[len(words)-sinceWindow:]
	}
	for _, w := range words {
		if strings.Trim(w, ".'’") == "since" {
			return true
		}
	}
	return false
}
