package sqlite

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// matchQuery turns a user's query into an FTS5 query that every word must
// match, each word quoted so that no input is FTS5 syntax. It returns "" when
// q has no word.
func matchQuery(q string) string {
	var b strings.Builder
	for _, t := range text.Tokens(text.Fold(q)) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(t.Text, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}
