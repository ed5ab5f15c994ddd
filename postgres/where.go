package postgres

import (
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/cursor"
)

// where collects the conditions of a query and their arguments; "?" in a
// condition becomes the next $n placeholder.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	for _, a := range args {
		w.args = append(w.args, a)
		cond = strings.Replace(cond, "?", "$"+itoa(len(w.args)), 1)
	}
	w.conds = append(w.conds, cond)
}

func (w *where) clause() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// pageWhere returns the conditions of a time window and a keyset cursor on
// table alias t's sort_at and id columns.
func pageWhere(t string, since, until time.Time, cur string) (*where, error) {
	w := &where{}
	if !since.IsZero() {
		w.add(t+".sort_at >= ?", since)
	}
	if !until.IsZero() {
		w.add(t+".sort_at < ?", until)
	}
	if cur != "" {
		at, id, err := cursor.Decode(cur)
		if err != nil {
			return nil, err
		}
		w.add("("+t+".sort_at, "+t+".id) < (?, ?)", at, id)
	}
	return w, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
