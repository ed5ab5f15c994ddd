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

// TestFindTense checks that the tense of the clause around a year-less
// date, a weekday or "the weekend" decides its direction from publication:
// forward after a future or scheduling cue, backward after a past-tense
// one, and, for a year-less date without a cue, the nearest such date.
func TestFindTense(t *testing.T) {
	pub := time.Date(2026, 4, 10, 8, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name, sentence string
		want           string
	}{
		{"take effect", "The new harbour tolls take effect on June 1.", "June 1=2026-06-01"},
		{"took effect", "The new harbour tolls took effect on June 1.", "June 1=2025-06-01"},
		{"comes into force", "The grazing ban comes into force on May 3.", "May 3=2026-05-03"},
		{"scheduled present", "The Orvel footbridge reopens on May 2 after repairs.", "May 2=2026-05-02"},
		{"past after the date", "On May 2, the mayor of Dunvik opened the footbridge.", "May 2=2025-05-02"},
		{"future after the date", "On May 2, the mayor of Dunvik will open the footbridge.", "May 2=2026-05-02"},
		{"due to report", "The inquiry is due to report on May 20.", "May 20=2026-05-20"},
		{"no cue, nearer ahead", "The deadline for bids is September 30.", "September 30=2026-09-30"},
		{"no cue, nearer behind", "The deadline for bids is November 30.", "November 30=2025-11-30"},
		{"past, month ahead", "The tender closed on September 30.", "September 30=2025-09-30"},
		{"expect", "Meteorologists expect sleet on Tuesday in the Orvel hills.", "on Tuesday=2026-04-14"},
		{"forecast", "More sleet is forecast for Tuesday.", "Tuesday=2026-04-14"},
		{"set for", "The vote is set for Tuesday.", "Tuesday=2026-04-14"},
		{"set fire", "Youths set fire to a bus shelter on Tuesday.", "on Tuesday=2026-04-07"},
		{"causal due to", "The ring road was closed due to flooding on Tuesday.", "on Tuesday=2026-04-07"},
		{"weekend ahead", "The Dunvik library will stay shut over the weekend.", "over the weekend=2026-04-06"},
		{"weekend behind", "Volunteers cleared the beach over the weekend.", "over the weekend=2026-03-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.sentence, splitLines(tt.sentence), &pub)
			var texts []string
			for _, d := range got {
				v := "?"
				if d.Resolved {
					v = d.Date.Format(time.DateOnly)
				}
				texts = append(texts, d.Text+"="+v)
			}
			if strings.Join(texts, "|") != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.sentence, texts, tt.want)
			}
		})
	}
}
