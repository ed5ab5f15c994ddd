package entity_test

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestFindNames covers name shapes beyond plain capitalised runs: acronyms
// defined by apposition, names opening with a particle, titled persons "of"
// an organisation, armed groups and state forces, and lower-case
// descriptions of a body followed by its acronym.
func TestFindNames(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		want   []want
		absent []string
	}{{
		name: "acronym, then its name in apposition",
		doc:  "The NLA, the Northern Liberation Army, said on Monday it had taken Marsa. NLA fighters entered the market.",
		want: []want{{"Northern Liberation Army", parallax.Group, []string{"NLA", "Northern Liberation Army", "NLA"}}},
	}, {
		name: "name, then its acronym in apposition",
		doc:  "The Ndovan Labour Alliance, NLA, called a strike. Leaders of the NLA met on Friday.",
		want: []want{{"Ndovan Labour Alliance", parallax.Organisation, []string{"Ndovan Labour Alliance", "NLA", "NLA"}}},
	}, {
		name: "name known as an acronym",
		doc:  "The Coastal Fishers Union, known as CFU, staged a protest. The CFU said boats stayed in port.",
		want: []want{{"Coastal Fishers Union", parallax.Organisation, []string{"Coastal Fishers Union", "CFU", "CFU"}}},
	}, {
		name: "an apposition whose initials do not spell the acronym defines nothing",
		doc:  "The NDP, the Velorian Green Party, lost seats. NDP officials said little.",
		want: []want{{"Velorian Green Party", parallax.Organisation, []string{"Velorian Green Party"}}},
	}, {
		name: "armed-force heads of non-state names are groups, state forces organisations",
		doc: "The Brask Liberation Movement and the Northern Liberation Army clashed near Marsa. " +
			"The Ndovan Army sent troops, and Velorian Armed Forces watched the border. The Rapid Shield Forces denied it.",
		want: []want{
			{"Brask Liberation Movement", parallax.Group, []string{"Brask Liberation Movement"}},
			{"Northern Liberation Army", parallax.Group, []string{"Northern Liberation Army"}},
			{"Ndovan Army", parallax.Organisation, []string{"Ndovan Army"}},
			{"Velorian Armed Forces", parallax.Organisation, []string{"Velorian Armed Forces"}},
			{"Rapid Shield Forces", parallax.Group, []string{"Rapid Shield Forces"}},
		},
	}, {
		name: "a name opening with a particle, typed by the militants near it",
		doc: "Officials in Marsa blamed al-Haraq for the blast. Militants linked to al-Haraq had warned traders. " +
			"A message from al-Haraq denied it, and the al-Haraq-linked cell fled.",
		want: []want{{"al-Haraq", parallax.Group, []string{"al-Haraq", "al-Haraq", "al-Haraq"}}},
	}, {
		name: "a particle name with no group cue is an organisation; longer names keep their particle",
		doc:  "The council met el-Wadi on Sunday. Fighters of Jabhat Nour al-Sahil left, and Sheikh Tamir bin Rashed said. Later bin Rashed spoke.",
		want: []want{
			{"el-Wadi", parallax.Organisation, []string{"el-Wadi"}},
			{"Jabhat Nour al-Sahil", parallax.Group, []string{"Jabhat Nour al-Sahil"}},
			{"Tamir bin Rashed", parallax.Person, []string{"Tamir bin Rashed", "bin Rashed"}},
		},
		absent: []string{"al-Sahil"},
	}, {
		name: "a particle name whose surname a known person carries is that person",
		doc:  "Ndovan President Karim al-Hadi arrived. Later al-Hadi said the talks went well.",
		want: []want{{"Karim al-Hadi", parallax.Person, []string{"Karim al-Hadi", "al-Hadi"}}},
	}, {
		name: "a titled person of an organisation is two entities",
		doc:  "Mr. Olsen of Brask Ltd. said the plant would close. He said wages would be paid. Dr. Ines Varo of Lemba University agreed.",
		want: []want{
			{"Olsen", parallax.Person, []string{"Olsen"}},
			{"Brask Ltd", parallax.Organisation, []string{"Brask Ltd"}},
			{"Ines Varo", parallax.Person, []string{"Ines Varo"}},
			{"Lemba University", parallax.Organisation, []string{"Lemba University"}},
		},
		absent: []string{"Mr. Olsen of Brask Ltd", "Dr. Ines Varo of Lemba University"},
	}, {
		name: "a lower-case description of a known body before its acronym",
		doc:  "The UN refugee agency (UNHCR) said 300 families left Marsa. Later the agency (UNHCR) counted more.",
		want: []want{{"Office of the United Nations High Commissioner for Refugees", parallax.Organisation,
			[]string{"The UN refugee agency", "UNHCR", "UNHCR"}}},
		absent: []string{"United Nations"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWants(t, tt.doc, find(t, tt.doc), tt.want, tt.absent)
		})
	}
}
