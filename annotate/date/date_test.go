package date

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// splitLines makes one sentence of each line of doc, for tests that must
// not depend on the sentence splitter.
func splitLines(doc string) []parallax.Sentence {
	var out []parallax.Sentence
	start := 0
	for i := 0; i <= len(doc); i++ {
		if i == len(doc) || doc[i] == '\n' {
			if i > start {
				out = append(out, parallax.Sentence{Text: doc[start:i], Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // Text of each date found, "=" and the resolved day (or "?")
	}{
		{"The Lantern Party said on Tuesday that it would join the coalition.", []string{"on Tuesday=2025-03-11"}},
		{"The ministry reported Tuesday that 40 ferries were idle.", []string{"Tuesday=2025-03-11"}},
		{"On Nov. 27, rebels crossed the Orla river.", []string{"Nov. 27=2024-11-27"}},
		{"Talks resumed on December 3 in Port Kessel.", []string{"December 3=2024-12-03"}},
		{"Posted 14 June 2023 at 07.48", []string{"14 June 2023=2023-06-14"}},
		{"date 2024-12-04 Orsk /Tidings/. The vote passed.", []string{"2024-12-04=2024-12-04"}},
		{"The town has been held by the army since 2016.", []string{"since 2016=2016-01-01"}},
		{"The border quarrel started in 2009 and never ended.", []string{"2009=2009-01-01"}},
		{"They took the airport the previous week and the bridge last week.", []string{"the previous week=2025-03-03", "last week=2025-03-03"}},
		{"Prices have risen sharply in recent days.", []string{"in recent days=?"}},
		{"The envoys will meet on Friday in Tarn.", []string{"on Friday=2025-03-14"}},
		{"Two days ago the pier collapsed; three weeks earlier it had been inspected.", []string{"Two days ago=2025-03-10", "three weeks earlier=2025-02-17"}},
		{"Sales fell earlier this month and may recover next year.", []string{"earlier this month=2025-03-01", "next year=2026-01-01"}},
		{"Yesterday the council met; today it adjourned; tomorrow it votes.", []string{"Yesterday=2025-03-11", "today=2025-03-12", "tomorrow=2025-03-13"}},
		{"Dec 2024 was the wettest month on record.", []string{"Dec 2024=2024-12-01"}},
		{"Crowds gathered over the weekend, as in the 1950s.", []string{"over the weekend=2025-03-03", "the 1950s=?"}},
		{"The 2014 season ended early; the following day the coach left.", []string{"2014=2014-01-01", "the following day=?"}},
		{"That night the dam held, and the day after it broke.", []string{"That night=?", "the day after=?"}},
		// Not dates.
		{"The fund paid $2000 and won by 1999 votes.", nil},
		{"The 3rd Brigade moved 12 tanks at 07.48 near Route 9.", nil},
		{"May I ask whether the March on the capital will go ahead?", nil},
		{"The motion passed by 2000 votes to 150.", nil},
		{"The fund raised 3bn in 2 weeks from 5 donors.", nil},
	}
	for _, tt := range tests {
		got := Find(tt.sentence, splitLines(tt.sentence), &ref)
		var texts []string
		for _, d := range got {
			if tt.sentence[d.Start:d.End] != d.Text {
				t.Errorf("Find(%q): doc[%d:%d] = %q, want Text %q", tt.sentence, d.Start, d.End, tt.sentence[d.Start:d.End], d.Text)
			}
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

func TestFindSentenceIndex(t *testing.T) {
	doc := "The strike began on Monday.\nIt ended on 4 March 2025."
	got := Find(doc, splitLines(doc), nil)
	if len(got) != 2 {
		t.Fatalf("Find(%q) found %d dates, want 2", doc, len(got))
	}
	if got[0].Sentence != 0 || got[1].Sentence != 1 {
		t.Errorf("Find(%q) sentences = %d, %d, want 0, 1", doc, got[0].Sentence, got[1].Sentence)
	}
	if got[0].Resolved || !strings.Contains(got[0].Evidence, "no publication date") {
		t.Errorf("Find(%q)[0] = %v %q, want unresolved for want of a publication date", doc, got[0].Resolved, got[0].Evidence)
	}
	if !got[1].Resolved || !got[1].Date.Equal(ymd(2025, 3, 4)) {
		t.Errorf("Find(%q)[1] = %v %v, want 2025-03-04", doc, got[1].Resolved, got[1].Date)
	}
}

func TestFindBadSentences(t *testing.T) {
	doc := "On Tuesday."
	sents := []parallax.Sentence{{Start: -1, End: 3}, {Start: 5, End: 99}, {Start: 4, End: 2}}
	if got := Find(doc, sents, &ref); len(got) != 0 {
		t.Errorf("Find with out-of-range sentences = %v, want none", got)
	}
}

func readArticle(b *testing.B) string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkFind measures one ~3 KB article (goal: < 200 µs).
func BenchmarkFind(b *testing.B) {
	doc := readArticle(b)
	sents := splitLines(doc)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Find(doc, sents, &ref)
	}
}

// BenchmarkResolve measures one relative expression.
func BenchmarkResolve(b *testing.B) {
	for b.Loop() {
		Resolve("last Tuesday", &ref)
	}
}
