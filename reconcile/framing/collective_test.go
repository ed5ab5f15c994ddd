package framing

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile/internal/handmade"
)

// dalmarEntities annotate the dalmar-front fixture as the recogniser does:
// a country's adjective is a mention of the country.
var dalmarEntities = []handmade.Entity{
	handmade.E("Dalmar", parallax.Place, "Dalmaran", "Dalmar"),
	handmade.E("Vostra", parallax.Place, "Vostran", "Vostra"),
	handmade.E("Ketch", parallax.Place, "Ketch"),
	handmade.E("Sable Crescent Brigade", parallax.Group, "Sable Crescent Brigade", "SCB"),
	handmade.E("Northern Dawn Front", parallax.Group, "Northern Dawn Front"),
}

func dalmar(t testing.TB) []*parallax.Annotated {
	var arts []*parallax.Annotated
	for _, f := range []string{"harbour-sentinel.txt", "plains-observer.txt", "ridge-daily.txt"} {
		arts = append(arts, handmade.Load(t, "../testdata/dalmar-front", f, dalmarEntities))
	}
	return arts
}

// TestBuildLabelsGoToTheirActor checks the planted labels of dalmar-front
// (its README): each in the row of the actor its own phrase designates.
func TestBuildLabelsGoToTheirActor(t *testing.T) {
	fr := Build(dalmar(t))
	const gov, opp = "Dalmaran government", ArmedOpposition
	tests := []struct{ actor, article, term string }{
		{gov, "harbour-sentinel", "government forces"},
		{gov, "plains-observer", "regime"},
		{gov, "plains-observer", "legitimate authorities"},
		{gov, "ridge-daily", "state"},
		{gov, "ridge-daily", "authorities"},
		{"Sable Crescent Brigade", "harbour-sentinel", "terrorist organisation"},
		{"Sable Crescent Brigade", "harbour-sentinel", "terrorist group"},
		{"Sable Crescent Brigade", "ridge-daily", "Islamist militant group"},
		{"Sable Crescent Brigade", "ridge-daily", "Militants"},
		{"Northern Dawn Front", "plains-observer", "separatist movement"},
		{"Northern Dawn Front", "ridge-daily", "armed separatist group"},
		{"Northern Dawn Front", "ridge-daily", "insurgents"},
		{"Northern Dawn Front", "ridge-daily", "terrorist movement"},
		{opp, "harbour-sentinel", "rebels"},
		{opp, "harbour-sentinel", "Vostran-backed factions"},
		{opp, "plains-observer", "opposition fighters"},
		{"Sable Crescent Brigade", "harbour-sentinel", "fighters"}, // "The group … fields … fighters"
	}
	for _, tt := range tests {
		if !hasTerm(fr, tt.actor, tt.article, tt.term) {
			t.Errorf("framing of %s in %s lacks %q; got\n%s", tt.actor, tt.article, tt.term, dump(fr))
		}
	}
	for _, f := range fr {
		for _, term := range f.Terms {
			low := strings.ToLower(term.Term)
			armedWord := strings.Contains(low, "rebel") || strings.Contains(low, "faction") || strings.Contains(low, "fighter") || strings.Contains(low, "militant")
			if (f.Entity == "Dalmar" || f.Entity == "Vostra" || f.Entity == gov) && armedWord {
				t.Errorf("armed label %q filed under %s", term.Term, f.Entity)
			}
			if f.Entity != gov && (strings.Contains(low, "regime") || strings.Contains(low, "authorit")) {
				t.Errorf("state label %q filed under %s, want %s", term.Term, f.Entity, gov)
			}
		}
	}
}

func TestPlaceOfDemonym(t *testing.T) {
	r := &roles{main: map[string]parallax.EntityType{"Dalmar": parallax.Place, "Vostra": parallax.Place,
		"Ostrava": parallax.Place, "Iran": parallax.Place, "Iraq": parallax.Place, "Turkey": parallax.Place}}
	tests := []struct{ demo, want string }{
		{"Dalmaran", "Dalmar"}, {"Vostran", "Vostra"}, {"Turkish", "Turkey"},
		{"Iranian", "Iran"}, {"Iraqi", "Iraq"}, {"Belgian", ""},
	}
	for _, tt := range tests {
		if got := r.placeOfDemonym(tt.demo); got != tt.want {
			t.Errorf("placeOfDemonym(%q) = %q, want %q", tt.demo, got, tt.want)
		}
	}
}
