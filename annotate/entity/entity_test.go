package entity_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/entity"
	"github.com/parallax-news/parallax/text"
)

var recognizer = entity.New()

// find runs the recogniser on doc and checks the offset contract.
func find(t testing.TB, doc string) []parallax.Entity {
	t.Helper()
	ents := recognizer.Find(doc, text.Split(doc))
	checkContract(t, doc, ents)
	return ents
}

// checkContract fails when a mention's Text is not doc[Start:End], mentions
// are out of order, or an alias repeats the name.
func checkContract(t testing.TB, doc string, ents []parallax.Entity) {
	t.Helper()
	for _, e := range ents {
		if len(e.Mentions) == 0 {
			t.Errorf("entity %q has no mentions", e.Name)
		}
		for i, m := range e.Mentions {
			if m.Start < 0 || m.End > len(doc) || doc[m.Start:m.End] != m.Text {
				t.Errorf("entity %q: mention %q at [%d,%d) does not match the text", e.Name, m.Text, m.Start, m.End)
			}
			if i > 0 && m.Start < e.Mentions[i-1].End {
				t.Errorf("entity %q: mentions out of order or overlapping at %q", e.Name, m.Text)
			}
		}
		if slices.Contains(e.Aliases, e.Name) {
			t.Errorf("entity %q lists its own name as an alias", e.Name)
		}
	}
}

func entityNamed(ents []parallax.Entity, name string) (parallax.Entity, bool) {
	for _, e := range ents {
		if e.Name == name {
			return e, true
		}
	}
	return parallax.Entity{}, false
}

func mentionTexts(e parallax.Entity) []string {
	var s []string
	for _, m := range e.Mentions {
		s = append(s, m.Text)
	}
	return s
}

func names(ents []parallax.Entity) []string {
	var s []string
	for _, e := range ents {
		s = append(s, e.Name+"/"+string(e.Type))
	}
	return s
}

// want is one expected entity: its canonical name, type and every mention.
type want struct {
	name     string
	typ      parallax.EntityType
	mentions []string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		want   []want
		absent []string // words that must not be an entity's name or a mention
	}{{
		name:   "title before a full name, then surname and possessive",
		doc:    "Ndovan President Amara Kessy met envoys on Monday. Kessy's office said the talks were useful. Later, Kessy said nothing.",
		want:   []want{{"Amara Kessy", parallax.Person, []string{"Amara Kessy", "Kessy", "Kessy"}}},
		absent: []string{"Ndovan", "Monday", "Later"},
	}, {
		name: "coordinated titles",
		doc:  "Ndovan and Velorian Presidents Amara Kessy and Tomas Brenn spoke by phone. The Velorian president said the call went well.",
		want: []want{
			{"Amara Kessy", parallax.Person, []string{"Amara Kessy"}},
			{"Tomas Brenn", parallax.Person, []string{"Tomas Brenn", "The Velorian president"}},
		},
	}, {
		name: "lower-case counterpart and a leader description",
		doc:  "Velorian President Tomas Brenn called his Ndovan counterpart Amara Kessy on Friday. The Ndovan leader thanked him.",
		want: []want{
			{"Tomas Brenn", parallax.Person, []string{"Tomas Brenn"}},
			{"Amara Kessy", parallax.Person, []string{"Amara Kessy", "The Ndovan leader"}},
		},
		absent: []string{"Friday"},
	}, {
		name: "description from a country possessive",
		doc:  "Turkish Foreign Minister Selin Ayaz arrived in Lemba. Turkey's foreign minister met the mayor, and the Turkish minister left at noon.",
		want: []want{
			{"Turkey", parallax.Place, []string{"Turkish"}},
			{"Selin Ayaz", parallax.Person, []string{"Selin Ayaz", "Turkey's foreign minister", "the Turkish minister"}},
		},
	}, {
		name: "description withheld when two persons fit",
		doc:  "Ndovan President Amara Kessy met Ndovan President-elect Joseph Tamba. Velorian President Tomas Brenn and Ndovan Vice President Ruth Amadi watched. The president said little.",
		want: []want{{"Amara Kessy", parallax.Person, []string{"Amara Kessy"}}},
	}, {
		name: "diacritic and native variants of a country",
		doc:  "Officials in Türkiye and Turkiye-based groups disagreed, but Turkey said Turkish diplomats would attend. Trade with the Republic of Türkiye grew.",
		want: []want{{"Turkey", parallax.Place, []string{"Türkiye", "Turkey", "Turkish", "Republic of Türkiye"}}},
	}, {
		name: "a capital is not merged with its country",
		doc:  "Talks moved from Ankara to Lemba after Turkey offered to mediate.",
		want: []want{
			{"Ankara", parallax.Place, []string{"Ankara"}},
			{"Turkey", parallax.Place, []string{"Turkey"}},
		},
	}, {
		name: "variants of the United States",
		doc:  "The United States sent aid. U.S. officials and American engineers arrived, and the US embassy opened.",
		want: []want{{"United States", parallax.Place, []string{"United States", "U.S.", "American", "US"}}},
	}, {
		name: "acronym defined after its name",
		doc:  "Fighters of the Coastal Liberation Front (CLF) took the port. The CLF said it would hold it.",
		want: []want{{"Coastal Liberation Front", parallax.Group, []string{"Coastal Liberation Front", "CLF", "CLF"}}},
	}, {
		name: "acronym defined before its name",
		doc:  "The NDA (Ndovan Democratic Alliance) won the vote. Leaders of the NDA celebrated.",
		want: []want{{"Ndovan Democratic Alliance", parallax.Organisation, []string{"NDA", "Ndovan Democratic Alliance", "NDA"}}},
	}, {
		name: "acronym defined with or",
		doc:  "Funds went to the Lemba Water Authority, or LWA, last year. The LWA spent them on pipes.",
		want: []want{{"Lemba Water Authority", parallax.Organisation, []string{"Lemba Water Authority", "LWA", "LWA"}}},
	}, {
		name: "hyphenation variants of an acronym's expansion",
		doc:  "The Jabal-al-Nour Brigade (JNB) denied the report. A commander of the Jabal al-Nour Brigade said the JNB had left.",
		want: []want{{"Jabal al-Nour Brigade", parallax.Group, []string{"Jabal-al-Nour Brigade", "JNB", "Jabal al-Nour Brigade", "JNB"}}},
	}, {
		name: "acronym whose letters are not the name's initials is not linked",
		doc:  "Amara Kessy (NDP) said the vote was fair.",
		want: []want{{"Amara Kessy", parallax.Person, []string{"Amara Kessy"}}},
	}, {
		name: "gazetteer acronyms and bodies",
		doc:  "The UN and NATO met in Geneva. A United Nations spokesperson, Joan Mabry, said the EU agreed.",
		want: []want{
			{"United Nations", parallax.Organisation, []string{"UN", "United Nations"}},
			{"North Atlantic Treaty Organization", parallax.Organisation, []string{"NATO"}},
			{"Geneva", parallax.Place, []string{"Geneva"}},
			{"European Union", parallax.Organisation, []string{"EU"}},
		},
	}, {
		name: "seats of government are organisations",
		doc:  "The Kremlin said the call was useful, and the White House agreed.",
		want: []want{
			{"Kremlin", parallax.Organisation, []string{"Kremlin"}},
			{"White House", parallax.Organisation, []string{"White House"}},
		},
	}, {
		name: "organisation words end names",
		doc:  "The Ndovan Defence Ministry and the Marsa Observatory for Civil Rights disagreed with the Kurdistan Farmers' Party and the People's Defence Units.",
		want: []want{
			{"Ndovan Defence Ministry", parallax.Organisation, []string{"Ndovan Defence Ministry"}},
			{"Marsa Observatory for Civil Rights", parallax.Organisation, []string{"Marsa Observatory for Civil Rights"}},
			{"Kurdistan Farmers' Party", parallax.Organisation, []string{"Kurdistan Farmers' Party"}},
			{"People's Defence Units", parallax.Organisation, []string{"People's Defence Units"}},
		},
	}, {
		name: "cited outlets",
		doc:  "Harbour Ledger/ Ships left the port. Lemba /Coast Wire/. Talks resumed, reports Velos Evening News.",
		want: []want{
			{"Harbour Ledger", parallax.Organisation, []string{"Harbour Ledger"}},
			{"Coast Wire", parallax.Organisation, []string{"Coast Wire"}},
			{"Velos Evening News", parallax.Organisation, []string{"Velos Evening News"}},
		},
	}, {
		name: "groups by their words and by description",
		doc:  "Jaysh al-Tilal and the Sands Martyrs Brigade joined Harakat Nour. The Dune Hawks, an armed group, stayed out.",
		want: []want{
			{"Jaysh al-Tilal", parallax.Group, []string{"Jaysh al-Tilal"}},
			{"Sands Martyrs Brigade", parallax.Group, []string{"Sands Martyrs Brigade"}},
			{"Harakat Nour", parallax.Group, []string{"Harakat Nour"}},
			{"Dune Hawks", parallax.Group, []string{"Dune Hawks"}},
		},
	}, {
		name: "places by their cues",
		doc:  "Shelling hit the city of Marsa and villages in Tarrow and Lemba provinces. Marsa was quiet by night.",
		want: []want{
			{"Marsa", parallax.Place, []string{"Marsa", "Marsa"}},
			{"Tarrow", parallax.Place, []string{"Tarrow"}},
			{"Lemba", parallax.Place, []string{"Lemba"}},
		},
	}, {
		name: "a speech verb after a full name, honorifics and apposition",
		doc:  "Lena Okafor said the port was closed. Mr. Okafor denied it. A commander, Idris Maro, told reporters the road was open.",
		want: []want{
			{"Lena Okafor", parallax.Person, []string{"Lena Okafor", "Okafor"}},
			{"Idris Maro", parallax.Person, []string{"Idris Maro"}},
		},
	}, {
		name: "two persons sharing a surname are not merged",
		doc:  "President Amara Kessy met opposition leader Daniel Kessy. Kessy said the meeting was short.",
		want: []want{
			{"Amara Kessy", parallax.Person, []string{"Amara Kessy"}},
			{"Daniel Kessy", parallax.Person, []string{"Daniel Kessy"}},
		},
		absent: []string{"Kessy"},
	}, {
		name:   "sentence openers, months, days and boilerplate are not names",
		doc:    "Considered a threat by Ndova, the group said nothing.\nOn Tuesday, in December, talks began.\nAccording to Lemba, nothing happened.\nShare this Post\nLeave a Comment",
		absent: []string{"Considered", "On", "Tuesday", "December", "According", "Share", "Leave", "Post", "Comment"},
	}, {
		name: "headings are searched only for known names",
		doc:  "Kessy Vows Calm After Marsa Clashes\n\nNdovan President Amara Kessy visited the city of Marsa on Sunday.",
		want: []want{
			{"Amara Kessy", parallax.Person, []string{"Kessy", "Amara Kessy"}},
			{"Marsa", parallax.Place, []string{"Marsa", "Marsa"}},
		},
		absent: []string{"Vows", "Calm", "Clashes"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWants(t, tt.doc, find(t, tt.doc), tt.want, tt.absent)
		})
	}
}

// checkWants fails when an entity of wants is missing or differs in type or
// mentions, or when a word of absent is an entity's name or a mention.
func checkWants(t *testing.T, doc string, ents []parallax.Entity, wants []want, absent []string) {
	t.Helper()
	for _, w := range wants {
		e, ok := entityNamed(ents, w.name)
		if !ok {
			t.Errorf("Find(%q): no entity %q; got %v", doc, w.name, names(ents))
			continue
		}
		if e.Type != w.typ {
			t.Errorf("Find(%q): %q has type %s, want %s", doc, w.name, e.Type, w.typ)
		}
		if got := mentionTexts(e); !slices.Equal(got, w.mentions) {
			t.Errorf("Find(%q): %q mentions = %q, want %q", doc, w.name, got, w.mentions)
		}
	}
	for _, e := range ents {
		for _, a := range absent {
			if e.Name == a || slices.Contains(mentionTexts(e), a) {
				t.Errorf("Find(%q): %q found as %q, want no entity", doc, a, e.Name)
			}
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		surface string
		name    string
		typ     parallax.EntityType
		ok      bool
	}{
		{"Türkiye", "Turkey", parallax.Place, true},
		{"turkiye", "Turkey", parallax.Place, true},
		{"Turkish", "Turkey", parallax.Place, true},
		{"Russian Federation", "Russia", parallax.Place, true},
		{"U.S.", "United States", parallax.Place, true},
		{"America", "United States", parallax.Place, true},
		{"Britain", "United Kingdom", parallax.Place, true},
		{"Islamic Republic of Iran", "Iran", parallax.Place, true},
		{"Syrian Arab Republic", "Syria", parallax.Place, true},
		{"Ankara", "Ankara", parallax.Place, true},
		{"UN", "United Nations", parallax.Organisation, true},
		{"the Kremlin", "Kremlin", parallax.Organisation, true},
		{"Kurdish", "Kurds", parallax.Group, true},
		{"Ndova", "", "", false},
		{"President", "", "", false},
	}
	for _, tt := range tests {
		name, typ, ok := recognizer.Canonical(tt.surface)
		if name != tt.name || typ != tt.typ || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %q, %v, want %q, %q, %v", tt.surface, name, typ, ok, tt.name, tt.typ, tt.ok)
		}
	}
}

// TestFindEmpty checks that an article without text or sentences yields nothing.
func TestFindEmpty(t *testing.T) {
	for _, doc := range []string{"", "   \n", "the end."} {
		if got := find(t, doc); len(got) != 0 {
			t.Errorf("Find(%q) = %v, want none", doc, names(got))
		}
	}
	if got := recognizer.Find("Ndovan President Amara Kessy spoke.", nil); len(got) != 0 {
		t.Errorf("Find without sentences = %v, want none", names(got))
	}
}

// TestFindConcurrent runs one Recognizer from several goroutines; run with
// -race to check that Find shares nothing mutable.
func TestFindConcurrent(t *testing.T) {
	doc := strings.Repeat("Ndovan President Amara Kessy met UN envoys in Lemba province. ", 4)
	want := len(find(t, doc))
	done := make(chan int)
	for range 4 {
		go func() { done <- len(recognizer.Find(doc, text.Split(doc))) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Find found %d entities, want %d", got, want)
		}
	}
}
