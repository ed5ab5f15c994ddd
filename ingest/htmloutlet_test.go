package ingest

import (
	"context"
	"strings"
	"testing"
)

// quarryPage is an invented page with the given <title>, head markup and
// footer, and no site-name markup unless head adds it.
func quarryPage(title, head, footer string) string {
	return `<html><head><title>` + title + `</title>` + head + `</head><body>
<article><h1>Quarry expansion approved</h1>
<p>The district board in Vellum approved the expansion of the Hallow Ridge quarry on Monday by five votes to two, after a hearing that lasted most of the day.</p>
<p>Residents of the nearby village of Tarn said the blasting would crack their walls, while the operator promised to fund a monitoring station on the ridge.</p>
<p>The board's chair, Odile Framer, said the conditions attached to the permit were the strictest the district had ever set for a quarry of that size.</p>
</article><footer><p>` + footer + `</p></footer></body></html>`
}

func TestReadHTMLOutletFromPage(t *testing.T) {
	tests := []struct {
		name, page, outlet, evidence string
	}{
		{"title suffix after a bar", quarryPage("Quarry expansion approved | The Vellum Sentry", "", ""), "The Vellum Sentry", EvidenceTitleSuffix},
		{"title suffix after a dash, outlet word", quarryPage("Quarry expansion approved - Vellum Courier", "", ""), "Vellum Courier", EvidenceTitleSuffix},
		{"copyright line", quarryPage("Quarry expansion approved", "", "© 2022 The Vellum Sentry. All rights reserved."), "The Vellum Sentry", EvidenceCopyright},
		{"copyright word and year", quarryPage("Quarry expansion approved", "", "Copyright 2019–2022 Ridge Valley Press"), "Ridge Valley Press", EvidenceCopyright},
		{"dash suffix confirmed by copyright", quarryPage("Quarry expansion approved - Tarn Lantern", "", "© 2022 Tarn Lantern"), "Tarn Lantern", EvidenceTitleSuffix},
		{"site name outranks both", quarryPage("Quarry expansion approved | The Vellum Sentry", `<meta property="og:site_name" content="Sentry Online">`, "© 2022 Sentry Media Group"), "Sentry Online", EvidenceMetadata},
		{"title-cased headline after a dash is not an outlet", quarryPage("Quarry Expansion Approved - Villagers Vow Appeal", "", ""), "", ""},
		{"section after a bar is not an outlet", quarryPage("Quarry expansion approved | World News", "", ""), "", ""},
		{"one word after a bar needs support", quarryPage("Quarry expansion approved | Opinion", "", ""), "", ""},
		{"copyright without a year or sign", quarryPage("Quarry expansion approved", "", "Copyright Policy and Terms"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Reader{}.Read(context.Background(), []string{"-"}, strings.NewReader(tt.page))
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("Read = %d articles, %v", len(arts), errs)
			}
			if a := arts[0]; a.Outlet != tt.outlet || a.OutletEvidence != tt.evidence {
				t.Errorf("Outlet = %q (%q), want %q (%q)", a.Outlet, a.OutletEvidence, tt.outlet, tt.evidence)
			}
		})
	}
}
