package ingest

import (
	"context"
	"strings"
	"testing"
	"time"
)

// bridgePage is an invented page whose byline shows the day in words while
// the markup (head and <time>) states the full timestamp.
func bridgePage(head, byline string) string {
	return `<html><head><title>Bridge reopens after repairs</title>` + head + `</head><body>
<article><h1>Bridge reopens after repairs</h1>
<p class="byline">By Tamsin Verel | ` + byline + `</p>
<p>The Kettle Street bridge in Orvel reopened to traffic on Thursday after nine months of repairs, the city council said in a statement released in the morning.</p>
<p>Engineers replaced forty steel cables and resurfaced the deck, according to the council's transport office, which put the cost of the work at 3.2 million crowns.</p>
<p>Local shop owners had complained that the closure cut their trade by almost a third during the summer months, when tourists usually fill the old town.</p>
</article></body></html>`
}

func TestReadHTMLPublished(t *testing.T) {
	tests := []struct {
		name, page, want, precision, evidence string
	}{
		{"time element beats byline text", bridgePage("", `<time datetime="2022-09-08T14:05:00Z">8 September 2022</time>`),
			"2022-09-08T14:05:00Z", PrecisionFull, "2022-09-08T14:05:00Z"},
		{"time element with offset", bridgePage("", `<time datetime="2022-09-08T16:05:00+02:00">8 September 2022</time>`),
			"2022-09-08T16:05:00+02:00", PrecisionFull, "2022-09-08T16:05:00+02:00"},
		{"meta tag beats byline text", bridgePage(`<meta property="article:published_time" content="2022-09-08T14:05:00-04:00">`, `8 September 2022`),
			"2022-09-08T14:05:00-04:00", PrecisionFull, "2022-09-08T14:05:00-04:00"},
		{"time without zone", bridgePage("", `<time datetime="2022-09-08T14:05">8 September 2022</time>`),
			"2022-09-08T14:05:00Z", PrecisionLocal, "2022-09-08T14:05"},
		{"day only", bridgePage("", `8 September 2022`), "2022-09-08T00:00:00Z", PrecisionDate, ""},
		{"timestamp of another day is not used", bridgePage("", `8 September 2022 <time datetime="2022-09-10T09:00:00Z">updated</time>`),
			"2022-09-08T00:00:00Z", PrecisionDate, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Reader{}.Read(context.Background(), []string{"-"}, strings.NewReader(tt.page))
			if len(errs) > 0 || len(arts) != 1 || arts[0].Published == nil {
				t.Fatalf("Read = %d articles, %v", len(arts), errs)
			}
			a := arts[0]
			got := a.Published.Format(time.RFC3339)
			if got != tt.want || a.PublishedPrecision != tt.precision {
				t.Errorf("Published = %s (%q), want %s (%q)", got, a.PublishedPrecision, tt.want, tt.precision)
			}
			if tt.evidence != "" && a.PublishedEvidence != tt.evidence {
				t.Errorf("PublishedEvidence = %q, want %q", a.PublishedEvidence, tt.evidence)
			}
		})
	}
}
