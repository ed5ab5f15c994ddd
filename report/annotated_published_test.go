package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// TestPublishedPrecision checks that the annotate renderers state no more
// of the publication time than the input did: no "Z" for a time whose zone
// was not given, no time for a day alone.
func TestPublishedPrecision(t *testing.T) {
	local := time.Date(2023, 6, 14, 7, 48, 0, 0, time.UTC)
	zoned := time.Date(2023, 6, 14, 7, 48, 0, 0, time.FixedZone("", 3*3600))
	tests := []struct {
		t         time.Time
		precision string
		want      string
	}{
		{zoned, "", "2023-06-14T07:48:00+03:00"},
		{local, "local", "2023-06-14T07:48:00"},
		{time.Date(2023, 6, 13, 0, 0, 0, 0, time.UTC), "date", "2023-06-13"},
	}
	for _, tt := range tests {
		a := &parallax.Annotated{Article: parallax.Article{ID: "x", Text: "A.", Published: &tt.t, PublishedPrecision: tt.precision}}
		var js, txt bytes.Buffer
		if err := AnnotatedJSON(&js, []*parallax.Annotated{a}, nil); err != nil {
			t.Fatal(err)
		}
		if want := `"published": "` + tt.want + `"`; !strings.Contains(js.String(), want) {
			t.Errorf("AnnotatedJSON(precision %q) lacks %s:\n%s", tt.precision, want, js.String())
		}
		if err := AnnotatedText(&txt, []*parallax.Annotated{a}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(txt.String(), tt.want) || tt.precision != "" && strings.Contains(txt.String(), tt.want+"Z") {
			t.Errorf("AnnotatedText(precision %q) = %q, want it to show %s", tt.precision, txt.String(), tt.want)
		}
	}
}

// TestVagueNumberJSON checks that a vague quantity is marked in the JSON.
func TestVagueNumberJSON(t *testing.T) {
	doc := "Hundreds of boats and 12 barges waited."
	a := &parallax.Annotated{Article: parallax.Article{ID: "x", Text: doc},
		Sentences: []parallax.Sentence{{Text: doc, Start: 0, End: len(doc)}},
		Numbers: []parallax.Number{
			{Value: 200, Text: "Hundreds", Start: 0, End: 8, PartOf: -1},
			{Value: 12, Text: "12", Start: 21, End: 23, PartOf: -1},
		}}
	var js bytes.Buffer
	if err := AnnotatedJSON(&js, []*parallax.Annotated{a}, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(js.String(), `"vague": true`); got != 1 {
		t.Errorf("AnnotatedJSON has %d vague numbers, want 1:\n%s", got, js.String())
	}
}
