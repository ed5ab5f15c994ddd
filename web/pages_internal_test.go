package web

import (
	"fmt"
	"net/url"
	"testing"

	"github.com/parallax-news/parallax"
)

func ev(article string, sentence int) parallax.Evidence {
	return parallax.Evidence{Article: article, Sentence: sentence, Text: article + " says"}
}

func TestDiffReports(t *testing.T) {
	old := &parallax.Report{
		Articles: []parallax.StoryArticle{{ID: "a"}, {ID: "b"}, {ID: "gone"}},
		Facts: []parallax.Fact{
			{Text: "the ferry sank", Outlets: []string{"A", "B"}, Support: []parallax.Evidence{ev("a", 0), ev("b", 1)}},
			{Text: "the port closed", Outlets: []string{"A", "B"}, Support: []parallax.Evidence{ev("a", 3), ev("b", 4)}},
		},
		Discrepancies: []parallax.Discrepancy{{About: "deaths", Kind: "number", Values: []parallax.DiscrepantValue{
			{Value: "12", Evidence: ev("a", 2)}, {Value: "14", Evidence: ev("b", 2)}}}},
		Quotes: []parallax.QuoteGroup{{Speaker: "Mira Tolv", Text: "we will rebuild", Variants: []parallax.QuoteVariant{{Evidence: ev("a", 5)}}}},
	}
	cur := &parallax.Report{
		Articles: []parallax.StoryArticle{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Facts: []parallax.Fact{
			// the same fact, now with a third outlet
			{Text: "the ferry sank off Vell", Outlets: []string{"A", "B", "C"}, Support: []parallax.Evidence{ev("a", 0), ev("b", 1), ev("c", 0)}},
			{Text: "the port closed", Outlets: []string{"A", "B"}, Support: []parallax.Evidence{ev("a", 3), ev("b", 4)}},
			{Text: "divers searched", Outlets: []string{"B", "C"}, Support: []parallax.Evidence{ev("b", 6), ev("c", 2)}},
		},
		Discrepancies: []parallax.Discrepancy{
			{About: "deaths", Kind: "number", Values: []parallax.DiscrepantValue{{Value: "12", Evidence: ev("a", 2)}, {Value: "14", Evidence: ev("b", 2)}, {Value: "15", Evidence: ev("c", 1)}}},
			{About: "injured", Kind: "number", Values: []parallax.DiscrepantValue{{Value: "3", Evidence: ev("a", 7)}, {Value: "5", Evidence: ev("c", 3)}}},
		},
		Quotes: []parallax.QuoteGroup{{Speaker: "Mira Tolv", Text: "we will rebuild", Variants: []parallax.QuoteVariant{{Evidence: ev("a", 5)}, {Evidence: ev("c", 4)}}}},
	}
	ch := diffReports(old, cur)
	ids := func(as []parallax.StoryArticle) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	for _, tc := range []struct {
		what      string
		got, want any
	}{
		{"articles added", ids(ch.Articles), []string{"c"}},
		{"articles removed", ids(ch.Removed), []string{"gone"}},
		{"new facts", len(ch.Facts), 1},
		{"wider facts", len(ch.Wider), 1},
		{"new or changed discrepancies", len(ch.Discrepancies), 2},
		{"quotes that appeared", len(ch.Quotes), 1},
	} {
		if got, want := fmtAny(tc.got), fmtAny(tc.want); got != want {
			t.Errorf("diffReports: %s = %s, want %s", tc.what, got, want)
		}
	}
	if len(ch.Facts) == 1 && ch.Facts[0].Text != "divers searched" {
		t.Errorf("new fact = %q, want %q", ch.Facts[0].Text, "divers searched")
	}
	if len(ch.Wider) == 1 && (ch.Wider[0].Was != 2 || ch.Wider[0].Now != 3) {
		t.Errorf("wider fact = %+v, want 2 → 3 outlets", ch.Wider[0])
	}
	if len(ch.Quotes) == 1 && ch.Quotes[0].Article != "c" {
		t.Errorf("new quote from %s, want c", ch.Quotes[0].Article)
	}
	if same := diffReports(cur, cur); !same.Empty() {
		t.Errorf("diffReports(r, r) = %+v, want nothing", same)
	}
	if first := diffReports(nil, cur); len(first.Articles) != 3 || len(first.Facts) != 3 {
		t.Errorf("diffReports(nil, r): %d articles, %d facts; want everything new", len(first.Articles), len(first.Facts))
	}
}

func fmtAny(v any) string { return fmt.Sprint(v) }

func TestPeriod(t *testing.T) {
	for _, tc := range []struct{ iso, start, end string }{
		{"2025-10-09", "2025-10-09", "2025-10-10"},
		{"2025-W41", "2025-10-06", "2025-10-13"},
		{"2026-W01", "2025-12-29", "2026-01-05"},
		{"2025-10", "2025-10-01", "2025-11-01"},
		{"2022", "2022-01-01", "2023-01-01"},
	} {
		s, e, ok := period(tc.iso)
		if !ok || s.Format("2006-01-02") != tc.start || e.Format("2006-01-02") != tc.end {
			t.Errorf("period(%q) = %s, %s, %v; want %s, %s", tc.iso, s.Format("2006-01-02"), e.Format("2006-01-02"), ok, tc.start, tc.end)
		}
	}
	for _, bad := range []string{"", "Thursday", "2025-W60", "10/09/2025"} {
		if _, _, ok := period(bad); ok {
			t.Errorf("period(%q) ok, want not a date", bad)
		}
	}
}

func TestListURL(t *testing.T) {
	for _, tc := range []struct {
		query, cursor, want string
	}{
		{"", "", "/"},
		{"q=ferry&limit=5", "", "/?q=ferry"},
		{"q=ferry+sank&since=2025-10-01&until=2025-11-01&cursor=old", "c2", "/?cursor=c2&q=ferry+sank&since=2025-10-01&until=2025-11-01"},
		{"cursor=old", "", "/"},
	} {
		q, _ := url.ParseQuery(tc.query)
		if got := listURL(q, tc.cursor); got != tc.want {
			t.Errorf("listURL(%q, %q) = %q, want %q", tc.query, tc.cursor, got, tc.want)
		}
	}
}
