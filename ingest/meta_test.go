package ingest

import (
	"strings"
	"testing"
	"time"
)

const story = "The regional parliament passed the fishing bill on Wednesday by 41 votes to 30, the speaker said."

func TestCleanOutletCues(t *testing.T) {
	tests := []struct {
		name, raw, outlet, evidence, first string
	}{
		{"credit line", "Tidewater Tribune/ " + story, "Tidewater Tribune", EvidenceCredit, "The regional"},
		{"credit line with spaces", "North Cape Radio / " + story, "North Cape Radio", EvidenceCredit, "The regional"},
		{"slash dateline", "Keston /Harbour Wire/. " + story, "Harbour Wire", EvidenceDateline, "The regional"},
		{"paren dateline", "KESTON (Harbour Wire) - " + story, "Harbour Wire", EvidenceDateline, "The regional"},
		{"paren dateline without city", "(Harbour Wire) – " + story, "Harbour Wire", EvidenceDateline, "The regional"},
		{"paren dateline with date", "MARVEL CITY, March 9 (Delta News) — " + story, "Delta News", EvidenceDateline, "The regional"},
		{"masthead with reading time", "Fishing Bill Passes\nISLAND POST\nISLAND POST 2 Min Read\n2 Min Read\n" + story + "\nMore to follow later today.", "ISLAND POST", EvidenceMasthead, "The regional"},
		{"masthead named like an outlet", "The Harbour Gazette\nFishing Bill Passes Narrowly\n" + story + "\nMore to follow.", "The Harbour Gazette", EvidenceMasthead, "The regional"},
		{"cited source: reports", story + " The vote was close, reports Daily Planet.", "", "", "The regional"},
		{"cited source: according to", "According to Channel 9, the fishing bill passed on Wednesday by 41 votes to 30.", "", "", "According to Channel 9"},
		{"cited source: told", "Radio Kestrel was told by the speaker that the bill had passed by 41 votes to 30.", "", "", "Radio Kestrel was told"},
		{"no outlet", story + "\nOn December 3, the bill was first read in the chamber.", "", "", "The regional"},
		{"slash in a sentence", "The 24/7 hotline received 300 calls on Wednesday after the fishing bill passed.", "", "", "The 24/7 hotline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			if c.Outlet != tt.outlet || c.OutletEvidence != tt.evidence {
				t.Errorf("Clean(%q) outlet = %q (%q), want %q (%q)", tt.raw, c.Outlet, c.OutletEvidence, tt.outlet, tt.evidence)
			}
			if !strings.HasPrefix(c.Text, tt.first) {
				t.Errorf("Clean(%q).Text = %.40q, want it to start %q", tt.raw, c.Text, tt.first)
			}
		})
	}
}

func TestCleanDateCues(t *testing.T) {
	tests := []struct {
		name, raw, published, evidence, precision string
	}{
		{"published at", "Published 14 March 2025 at 07.48\n" + story, "2025-03-14T07:48:00Z", "Published 14 March 2025 at 07.48", PrecisionLocal},
		{"date prefix glued to body", " date 2025-03-04 Keston /Harbour Wire/. " + story, "2025-03-04T00:00:00Z", "date 2025-03-04", PrecisionDate},
		{"posted on", "Posted on March 3, 2021\n" + story, "2021-03-03T00:00:00Z", "Posted on March 3, 2021", PrecisionDate},
		{"updated with time", "Updated: 2023-05-06 14:10\n" + story, "2023-05-06T14:10:00Z", "Updated: 2023-05-06 14:10", PrecisionLocal},
		{"published beats updated", "Updated 7 June 2024 10:00\nPublished 6 June 2024 09:30\n" + story, "2024-06-06T09:30:00Z", "Published 6 June 2024 09:30", PrecisionLocal},
		{"zone", "Published: Tuesday, 8 April 2025, 16:20 CEST\n" + story, "2025-04-08T16:20:00+02:00", "Published: Tuesday, 8 April 2025, 16:20 CEST", PrecisionFull},
		{"pm and offset", "Posted Jan. 9, 2025 3:05 pm -05:00\n" + story, "2025-01-09T15:05:00-05:00", "Posted Jan. 9, 2025 3:05 pm -05:00", PrecisionFull},
		{"leading ISO date", "2024-11-30 " + story, "2024-11-30T00:00:00Z", "2024-11-30", PrecisionDate},
		{"year-first with slashes", "Posted 2025/03/07 08:00\n" + story, "2025-03-07T08:00:00Z", "Posted 2025/03/07 08:00", PrecisionLocal},
		{"day-first numeric", "Date: 05.12.2024\n" + story, "2024-12-05T00:00:00Z", "Date: 05.12.2024", PrecisionDate},
		{"date only in the story", "On December 3, 2024, the bill was first read.\n" + story, "", "", ""},
		{"no date", story, "", "", ""},
		{"ambiguous numeric", "Date: 03/04/2024\n" + story, "", "", ""},
		{"impossible date", "Published 31 February 2025\n" + story, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			got := ""
			if c.Published != nil {
				got = c.Published.Format(time.RFC3339)
			}
			if got != tt.published || c.PublishedEvidence != tt.evidence {
				t.Errorf("Clean(%q) published = %q (%q), want %q (%q)", tt.raw, got, c.PublishedEvidence, tt.published, tt.evidence)
			}
			if c.PublishedPrecision != tt.precision {
				t.Errorf("Clean(%q) precision = %q, want %q", tt.raw, c.PublishedPrecision, tt.precision)
			}
			if tt.evidence != "" && strings.Contains(c.Text, tt.evidence) {
				t.Errorf("Clean(%q).Text still holds the date cue: %q", tt.raw, c.Text)
			}
		})
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in        string
		want      string // RFC 3339, "" for rejected
		precision string
	}{
		{"2023-06-13", "2023-06-13T00:00:00Z", PrecisionDate},
		{"2023-06-13T09:30:00+03:00", "2023-06-13T09:30:00+03:00", PrecisionFull},
		{"2023-06-13T09:30:00.250Z", "2023-06-13T09:30:00Z", PrecisionFull},
		{"2023-06-13 09:30+01:00", "2023-06-13T09:30:00+01:00", PrecisionFull},
		{"2023-06-13T09:30", "2023-06-13T09:30:00Z", PrecisionLocal},
		{"2023-06-13 09:30:15", "2023-06-13T09:30:15Z", PrecisionLocal},
		{"13 June 2023", "", ""},
		{"2023-13-01", "", ""},
		{"yesterday", "", ""},
	}
	for _, tt := range tests {
		got, precision := "", ""
		if p, pr, ok := ParsePublishedPrecision(tt.in); ok {
			got, precision = p.Format(time.RFC3339), pr
		}
		if got != tt.want || precision != tt.precision {
			t.Errorf("ParsePublishedPrecision(%q) = %q (%q), want %q (%q)", tt.in, got, precision, tt.want, tt.precision)
		}
	}
}

func TestURLHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example-news.com/2024/12/story", "example-news.com"},
		{"http://m.harbour.example/x", "harbour.example"},
		{"https://news.example.org/a", "news.example.org"},
		{"www.example.com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := urlHost(tt.in); got != tt.want {
			t.Errorf("urlHost(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{strings.Repeat("The regional parliament passed the fishing bill on Wednesday after a long debate. ", 3), "en"},
		{"Le conseil municipal a approuvé mardi soir la construction d'un nouveau dépôt de bus électriques sur le site de l'ancienne briqueterie, selon la maire.", "fr"},
		{"Der Stadtrat hat am Dienstagabend den Bau eines neuen Depots für Elektrobusse auf dem Gelände der alten Ziegelei beschlossen, teilte die Bürgermeisterin mit.", "de"},
		{"Too short to tell.", ""},
	}
	for _, tt := range tests {
		if got := language(tt.text); got != tt.want {
			t.Errorf("language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCleanMoreStyles(t *testing.T) {
	tests := []struct {
		name, raw, outlet, published, first string
	}{
		{"dateline alone on its line", "Keston /Harbour Wire/.\n" + story, "Harbour Wire", "", "The regional"},
		{"slash dateline with a date", "Keston, 4 March /Harbour Wire/ – " + story, "Harbour Wire", "", "The regional"},
		{"byline and date on one line", "By Ana Reyes | Published 3 March 2025 | 4 min read\n" + story, "", "2025-03-03T00:00:00Z", "The regional"},
		{"published and updated on one line", "Published 3 March 2025, updated 4 March 2025\n" + story, "", "2025-03-03T00:00:00Z", "The regional"},
		{"date cue then credit", "date 2025-03-02 Coral Bay Times/ " + story, "Coral Bay Times", "2025-03-02T00:00:00Z", "The regional"},
		{"section label glued to the body", "Published 3 March 2025\nForeign. " + story, "", "2025-03-03T00:00:00Z", "The regional"},
		{"dated sentence is not a cue", "Dated 5 March 2021, the letter was signed by 40 fishermen from the island.", "", "", "Dated 5 March 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			got := ""
			if c.Published != nil {
				got = c.Published.Format(time.RFC3339)
			}
			if c.Outlet != tt.outlet || got != tt.published || !strings.HasPrefix(c.Text, tt.first) {
				t.Errorf("Clean(%q) = outlet %q, published %q, text %.30q; want %q, %q, %q", tt.raw, c.Outlet, got, c.Text, tt.outlet, tt.published, tt.first)
			}
		})
	}
}

func TestAssembleDropsNameLines(t *testing.T) {
	raw := "Fire damages historic pier\nA fire destroyed the western end of the Belmar pier on Sunday evening.\nHarbour Times\nNo one was injured."
	a := assemble(raw, fields{title: "Fire damages historic pier", outlet: "Harbour Times"}, nil)
	want := "A fire destroyed the western end of the Belmar pier on Sunday evening.\nNo one was injured."
	if a.Text != want {
		t.Errorf("assemble text = %q, want %q (title and outlet lines removed)", a.Text, want)
	}
}
