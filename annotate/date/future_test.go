package date

import (
	"strings"
	"testing"
	"time"
)

// TestFindFutureMonths checks that a year-less month in a
// sentence about the future takes the next such period on or after
// publication, and one in a past-tense sentence the last one.
func TestFindFutureMonths(t *testing.T) {
	pub := time.Date(2021, 2, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence string
		want     []string
	}{
		{"The canal will stay closed until March, the board said.", []string{"March=2021-03-01"}},
		{"The mill would reopen by March at the earliest.", []string{"March=2021-03-01"}},
		{"A ruling is expected in March.", []string{"March=2021-03-01"}},
		{"The ferry company plans to resume sailings in January.", []string{"January=2022-01-01"}},
		{"Repairs are due to finish in November.", []string{"November=2021-11-01"}},
		{"The canal closed in March and reopened in January.", []string{"March=2020-03-01", "January=2021-01-01"}},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, splitLines(tt.sentence), &pub)
		var texts []string
		for _, d := range got {
			v := "?"
			if d.Resolved {
				v = d.Date.Format(time.DateOnly)
			}
			texts = append(texts, d.Text+"="+v)
		}
		if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.sentence, texts, tt.want)
		}
	}
}
