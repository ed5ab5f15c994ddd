package ingest

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// byID indexes articles by ID.
func byID(arts []parallax.Article) map[string]parallax.Article {
	m := make(map[string]parallax.Article)
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

func ids(arts []parallax.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestReadTextFiles(t *testing.T) {
	tests := []struct {
		file, id, title, outlet, evidence, published, firstWords string
	}{
		{"ledger-credit.txt", "ledger-credit", "", "Lakeside Ledger", EvidenceCredit, "", "Flood barriers along"},
		{"vistula-dateline.txt", "vistula-dateline", "", "Vistula Wire", EvidenceDateline, "2025-02-11T00:00:00Z", "The Marsh Valley"},
		{"herald-masthead.txt", "herald-masthead", "Hillcrest Council Approves New Bus Depot", "HILLCREST HERALD", EvidenceMasthead, "", "On Tuesday, the"},
		{"published-cited.txt", "published-cited", "", "", "", "2025-01-14T09:15:00Z", "Fishermen in the Calder"},
		{"no-outlet-no-date.txt", "no-outlet-no-date", "", "", "", "", "On December 3,"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "text", tt.file)
			arts, errs := Reader{}.Read(context.Background(), []string{path}, nil)
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("Read(%s) = %d articles, errors %v; want 1 article", path, len(arts), errs)
			}
			a := arts[0]
			if a.ID != tt.id || a.Source != path {
				t.Errorf("ID, Source = %q, %q; want %q, %q", a.ID, a.Source, tt.id, path)
			}
			if a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if a.Outlet != tt.outlet || a.OutletEvidence != tt.evidence {
				t.Errorf("Outlet = %q (%q), want %q (%q)", a.Outlet, a.OutletEvidence, tt.outlet, tt.evidence)
			}
			if got := formatTime(a.Published); got != tt.published {
				t.Errorf("Published = %q (%q), want %q", got, a.PublishedEvidence, tt.published)
			}
			if !strings.HasPrefix(a.Text, tt.firstWords) {
				t.Errorf("Text starts %.40q, want %q", a.Text, tt.firstWords)
			}
			if a.Language != "en" {
				t.Errorf("Language = %q, want en", a.Language)
			}
			for _, junk := range []string{"Share", "Leave a", "Min Read", "logged in", "\r", "\u00a0", "\u200b"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("Text still holds %q:\n%s", junk, a.Text)
				}
			}
		})
	}
}

func formatTime(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.RFC3339)
}

func TestReadHTML(t *testing.T) {
	arts, errs := Reader{}.Read(context.Background(), []string{"testdata/html/orchard-page.html"}, nil)
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("Read = %d articles, %v", len(arts), errs)
	}
	a := arts[0]
	want := parallax.Article{ID: "orchard-page", Outlet: "The Valley Courier", OutletEvidence: EvidenceMetadata,
		Title: "Orchard growers count losses after late frost", URL: "https://www.valley-courier.example/news/orchard-frost"}
	if a.ID != want.ID || a.Outlet != want.Outlet || a.OutletEvidence != want.OutletEvidence || a.Title != want.Title || a.URL != want.URL {
		t.Errorf("Read = {ID %q Outlet %q (%q) Title %q URL %q}, want %+v", a.ID, a.Outlet, a.OutletEvidence, a.Title, a.URL, want)
	}
	if got := formatTime(a.Published); got != "2025-04-22T07:45:00+02:00" {
		t.Errorf("Published = %q (%q), want 2025-04-22T07:45:00+02:00", got, a.PublishedEvidence)
	}
	if !strings.HasPrefix(a.Text, "Fruit growers") || !strings.Contains(a.Text, "emergency aid") {
		t.Errorf("Text = %q, want the four paragraphs", a.Text)
	}
	for _, junk := range []string{"Most read", "All rights reserved", "Sport"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("Text holds page furniture %q:\n%s", junk, a.Text)
		}
	}
}

func TestReadJSON(t *testing.T) {
	arts, errs := Reader{}.Read(context.Background(), []string{"testdata/json/one.json", "testdata/json/many.json", "testdata/json/stream.jsonl"}, nil)
	if len(errs) > 0 {
		t.Fatalf("Read errors: %v", errs)
	}
	wantIDs := "pier-fire many-1 many-2 lake-1 stream-2 lake-1-2"
	if got := strings.Join(ids(arts), " "); got != wantIDs {
		t.Errorf("IDs = %s, want %s", got, wantIDs)
	}
	m := byID(arts)
	pier := m["pier-fire"]
	if pier.Outlet != "Harbour Times" || pier.OutletEvidence != EvidenceMetadata || pier.Title != "Fire damages historic pier" ||
		formatTime(pier.Published) != "2025-06-02T18:30:00Z" || strings.Contains(pier.Text, "Share") {
		t.Errorf("pier-fire = %+v", pier)
	}
	if a := m["many-1"]; a.Outlet != "north-gazette.example" || a.OutletEvidence != EvidenceURLHost || formatTime(a.Published) != "2025-05-14T00:00:00Z" {
		t.Errorf("many-1 outlet %q (%q), published %v; want the URL host and 2025-05-14", a.Outlet, a.OutletEvidence, a.Published)
	}
	if a := m["many-2"]; a.Outlet != "Eastern Post" || !strings.Contains(a.Text, "Thousands of pupils") {
		t.Errorf("many-2 (html record) = outlet %q text %q", a.Outlet, a.Text)
	}
	if a := m["lake-1"]; formatTime(a.Published) != "2025-07-01T10:00:00Z" {
		t.Errorf("lake-1 published %v, want 10:00 UTC (no zone given)", a.Published)
	}
}

func TestReadDirectory(t *testing.T) {
	arts, errs := Reader{}.Read(context.Background(), []string{"testdata/dir"}, nil)
	if len(errs) > 0 {
		t.Fatalf("Read errors: %v", errs)
	}
	want := "a-ledger b-orchard c-many-1 c-many-2"
	if got := strings.Join(ids(arts), " "); got != want {
		t.Errorf("IDs = %s, want %s (sorted walk, hidden and unknown files skipped)", got, want)
	}
	explicit, errs := Reader{}.Read(context.Background(), []string{"testdata/dir/notes.xyz"}, nil)
	if len(errs) > 0 || len(explicit) != 1 || explicit[0].Text != "not an article format" {
		t.Errorf("Read(notes.xyz) = %v, %v; want it read as text", explicit, errs)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, input string
		wantIDs     string
	}{
		{"text", "A plain article pasted into the terminal about the city budget.\n", "stdin"},
		{"json object", `{"text": "One record read from standard input."}`, "stdin"},
		{"json array", `[{"text": "First."}, {"text": "Second."}]`, "stdin-1 stdin-2"},
		{"json lines", "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n", "stdin-1 stdin-2"},
		{"html", "<html><body><article><p>" + strings.Repeat("The harbour board met on Monday to discuss the new crane contract. ", 6) + "</p></article></body></html>", "stdin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Reader{}.Read(context.Background(), []string{"-"}, strings.NewReader(tt.input))
			if len(errs) > 0 {
				t.Fatalf("Read(-) errors: %v", errs)
			}
			if got := strings.Join(ids(arts), " "); got != tt.wantIDs {
				t.Errorf("Read(-) IDs = %q, want %q", got, tt.wantIDs)
			}
			for _, a := range arts {
				if a.Source != "-" {
					t.Errorf("Source = %q, want -", a.Source)
				}
			}
		})
	}
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	arts, errs := Reader{}.Read(ctx, []string{"testdata/text/ledger-credit.txt"}, nil)
	if len(arts) != 0 || len(errs) != 0 {
		t.Errorf("Read(cancelled) = %d articles, %v; want nothing read", len(arts), errs)
	}
}

// readOne reads paths and returns the single *parallax.Error it reports.
func readOne(t *testing.T, r Reader, stdin string, paths ...string) *parallax.Error {
	t.Helper()
	_, errs := r.Read(context.Background(), paths, strings.NewReader(stdin))
	if len(errs) != 1 {
		t.Fatalf("Read(%v) errors = %v, want exactly one", paths, errs)
	}
	var e *parallax.Error
	if !errors.As(errs[0], &e) {
		t.Fatalf("error %v is %T, want *parallax.Error", errs[0], errs[0])
	}
	return e
}

func TestReadHTMLWithoutSiteName(t *testing.T) {
	page := `<html><head><title>Ferry fares rise</title><link rel="canonical" href="https://www.lakeside-ledger.example/ferry"></head>
<body><article><h1>Ferry fares rise</h1><p>Lakeside Ledger/ Ferry fares on the Orvel lake will rise by 8 percent from April, the operator said on Tuesday, citing fuel costs.</p>
<p>Season tickets for commuters will rise by 5 percent, according to the operator's statement, which was published on its website.</p></article></body></html>`
	arts, errs := Reader{}.Read(context.Background(), []string{"-"}, strings.NewReader(page))
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("Read = %d articles, %v", len(arts), errs)
	}
	if a := arts[0]; a.Outlet != "Lakeside Ledger" || a.OutletEvidence != EvidenceCredit {
		t.Errorf("Outlet = %q (%q), want the credit line's outlet over the URL host", a.Outlet, a.OutletEvidence)
	}
}

func TestReadHTMLWithoutText(t *testing.T) {
	e := readOne(t, Reader{}, "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "-")
	if e.Code != "invalid" || !strings.Contains(e.Error(), "no article text") {
		t.Errorf("Read(empty page) error = %q (%s), want invalid: no article text", e.Error(), e.Code)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"  {\"text\": \"a\"}\n", kindJSON},
		{"[{\"text\": \"a\"}]", kindJSON},
		{"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", kindJSONLines},
		{"{\"text\": \"a\",\n{\"text\": \"b\"}\n", kindJSONLines},
		{"\ufeff<!DOCTYPE html><html></html>", kindHTML},
		{"Plain words about a harbour.", kindText},
		{"", kindText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
