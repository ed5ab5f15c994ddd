package reconcile

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

func TestEvents(t *testing.T) {
	tests := []struct {
		name, sent string
		want       []event // class, target, where, object, launched and hedged compared
	}{
		{"seized the city of", "Rebels seized the city of Varn on Friday.",
			[]event{{class: "~seize", target: "varn"}}},
		{"took control of", "The opposition took control of Varn late on Friday.",
			[]event{{class: "~seize", target: "varn"}}},
		{"taking control of", "Talks went on after taking control of the whole town of Varn.",
			[]event{{class: "~seize", target: "varn"}}},
		{"capture and launched operation", "Fighters captured Varn after launching an operation from the hills.",
			[]event{{class: "~seize", target: "varn"}, {class: "~offensive", launched: true}}},
		{"passive", "Varn was captured in 2019.", []event{{class: "~seize", target: "varn"}}},
		{"a village in the province is not the province", "Rebels captured a village in Varn province.",
			[]event{{class: "~seize", object: "villag"}}},
		{"possessive", "Rebels seized Varn's airport.", []event{{class: "~seize", object: "airport"}}},
		{"object noun", "Rebels seized the Varn bridge.", []event{{class: "~seize", object: "bridg"}}},
		{"denied", "The army denied that rebels had captured Varn.",
			[]event{{class: "~seize", target: "varn", hedged: true}}},
		{"infinitive", "The rebels threatened to seize Varn.", []event{{class: "~seize", target: "varn", hedged: true}}},
		{"attack on a place, weekday not a place", "An attack on Varn on Monday killed four.",
			[]event{{class: "~offensive", target: "varn"}}},
		{"setting", "The group launched an offensive in Dunmere province on Tuesday.",
			[]event{{class: "~offensive", where: "dunmere", launched: true}}},
		{"attacked", "Government troops attacked Varn at dawn.", []event{{class: "~offensive", target: "varn", launched: true}}},
		{"carried out attacks", "Government troops carried out attacks on Varn at dawn.",
			[]event{{class: "~offensive", target: "varn", launched: true}}},
		{"an attack only named", "The council is investigating the attack on Varn.",
			[]event{{class: "~offensive", target: "varn"}}},
		{"a word of a name", "Police cleared the Hill Occupied Zone on Monday.", nil},
		{"rescue operation is no offensive", "A rescue operation in Varn found four sailors.", nil},
		{"operating is no operation", "Ferries operating from Varn were stopped by the storm.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := events(tt.sent, 0, nil, defaultLexicon, names{})
			if len(got) != len(tt.want) {
				t.Fatalf("events(%q) = %+v, want %+v", tt.sent, got, tt.want)
			}
			for i, g := range got {
				w := tt.want[i]
				if g.class != w.class || g.target != w.target || g.where != w.where || g.object != w.object || g.launched != w.launched || g.hedged != w.hedged {
					t.Errorf("events(%q)[%d] = %+v, want %+v", tt.sent, i, g, w)
				}
			}
		})
	}
}

// TestEventAlignment checks which first sentences of two short articles of
// different outlets end up in one group.
func TestEventAlignment(t *testing.T) {
	day := time.Date(2025, 11, 8, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"same capture, other words",
			"Rebels of the Harrow Front seized the city of Varn on Friday, officials said.",
			"The opposition took control of Varn late on Friday after the garrison withdrew.", true},
		{"undated report of the same capture",
			"Rebels of the Harrow Front seized the city of Varn on Friday, officials said.",
			"Fighters captured Varn after launching an operation from the hills.", true},
		{"another town of the same province",
			"Rebels seized the city of Varn in Orlen province on Friday.",
			"Rebels captured the town of Dell in Orlen province on Friday.", false},
		{"denied",
			"Rebels of the Harrow Front captured Varn on Friday, officials said.",
			"The army on Friday denied that rebels had captured Varn, calling it propaganda.", false},
		{"an earlier capture",
			"The opposition took control of Varn late on Friday after the garrison withdrew.",
			"Varn was captured once before, in March 2019, and lost within weeks.", false},
		{"opposite sides",
			"Government troops took control of Varn on Friday after heavy shelling.",
			"Rebels seized the city of Varn on Friday, residents reported.", false},
		{"an attack only named",
			"The council voted on Monday to investigate the attack on Varn by unknown gunmen.",
			"Leaders of the council are trying to block an inquiry into the attack on Varn.", false},
		{"the same attack told as an act",
			"Ground troops attacked Varn early on Friday after a night of shelling.",
			"Ground troops carried out attacks on Varn early on Friday, residents said.", true},
		{"attacks on different days, no publication date",
			"Ground troops attacked Varn on Thursday after a night of shelling.",
			"Soldiers carried out attacks on Varn early on Friday as residents fled.", false},
		{"the same attack, no publication date",
			"Ground troops attacked Varn on Friday after a night of shelling.",
			"Soldiers carried out attacks on Varn early on Friday as residents fled.", true},
		{"different numbers",
			"Rebels seized the city of Varn on Friday, freeing 40 prisoners.",
			"The opposition took control of Varn on Friday and freed 300 inmates.", false},
		{"the same airport",
			"Rebels seized the airport of Varn on Friday, officials said.",
			"Rebels captured Varn's airport on Friday after a long siege.", true},
		{"an airport is not the city",
			"Rebels seized the airport of Varn on Friday, officials said.",
			"Rebels captured Varn on Friday after a long siege, officials said.", false},
		{"a village is not the province",
			"Rebels captured a village in Orlen province on Friday, officials said.",
			"Rebels seized Orlen province on Friday, officials said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []parallax.Article{
				{ID: "a", Outlet: "Ash Courier", Text: tt.a + "\n", Published: &day},
				{ID: "b", Outlet: "Birch Wire", Text: tt.b + "\n", Published: &day},
			}
			if strings.HasSuffix(tt.name, "no publication date") {
				arts[0].Published, arts[1].Published = nil, nil
			}
			st := newStory(annotate.New().Batch(context.Background(), arts), Options{})
			ga, gb := st.groupOf[st.c.first[0]], st.groupOf[st.c.first[1]]
			if got := ga >= 0 && ga == gb; got != tt.want {
				t.Errorf("%q and %q in one group = %v, want %v (events %+v, %+v)",
					tt.a, tt.b, got, tt.want, st.evs[st.c.first[0]], st.evs[st.c.first[1]])
			}
		})
	}
}
