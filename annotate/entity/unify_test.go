package entity_test

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/entity"
	"github.com/parallax-news/parallax/text"
)

// annotated builds one article's annotation with the recogniser.
func annotated(t *testing.T, id, doc string) *parallax.Annotated {
	t.Helper()
	sents := text.Split(doc)
	return &parallax.Annotated{
		Article:   parallax.Article{ID: id, Text: doc},
		Sentences: sents,
		Entities:  find(t, doc),
	}
}

func TestUnify(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want [][]string // per article: the entity names expected, in order
	}{{
		name: "surname only and an undefined acronym take the other article's names",
		docs: []string{
			"Ndovan President Amara Kessy accused the Coastal Liberation Front (CLF) of shelling homes in Marsa.",
			"President Kessy said the CLF had shelled the town.",
		},
		want: [][]string{
			{"Amara Kessy", "Coastal Liberation Front", "Marsa"},
			{"Amara Kessy", "Coastal Liberation Front"},
		},
	}, {
		name: "spelling and hyphenation variants agree on the commoner form",
		docs: []string{
			"Velorian President Tomás Brenn met fighters of the Jabal-al-Nour Brigade.",
			"Velorian President Tomas Brenn met the Jabal al-Nour Brigade.",
			"The Jabal al-Nour Brigade said Tomas Brenn had met it.",
		},
		want: [][]string{
			{"Tomas Brenn", "Jabal al-Nour Brigade"},
			{"Tomas Brenn", "Jabal al-Nour Brigade"},
			{"Jabal al-Nour Brigade", "Tomas Brenn"},
		},
	}, {
		name: "a surname shared by two persons of the batch stays apart",
		docs: []string{
			"Ndovan President Amara Kessy opened the session.",
			"Opposition leader Daniel Kessy walked out.",
			"President Kessy said the vote would go ahead.",
		},
		want: [][]string{{"Amara Kessy"}, {"Daniel Kessy"}, {"Kessy"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*parallax.Annotated
			for i, d := range tt.docs {
				arts = append(arts, annotated(t, string(rune('a'+i)), d))
			}
			entity.Unify(arts)
			for i, a := range arts {
				var got []string
				for _, e := range a.Entities {
					got = append(got, e.Name)
				}
				if !slices.Equal(got, tt.want[i]) {
					t.Errorf("Unify: article %d names = %q, want %q", i, got, tt.want[i])
				}
				checkContract(t, a.Text, a.Entities)
			}
		})
	}
}

// TestUnifyMergesWithinArticle checks that two entities of one article that
// come to share a name become one, with the old name kept as an alias.
func TestUnifyMergesWithinArticle(t *testing.T) {
	a := annotated(t, "a", "The Coastal Liberation Front (CLF) took the port.")
	b := annotated(t, "b", "The Coastal Liberation Front held the port. The CLF said it would stay.")
	if len(b.Entities) != 2 {
		t.Fatalf("Find: article b has %v, want the name and the acronym apart", names(b.Entities))
	}
	entity.Unify([]*parallax.Annotated{a, b})
	if len(b.Entities) != 1 {
		t.Fatalf("Unify: article b has %v, want one entity", names(b.Entities))
	}
	e := b.Entities[0]
	if e.Name != "Coastal Liberation Front" || e.Type != parallax.Group {
		t.Errorf("Unify: entity = %q/%s, want %q/%s", e.Name, e.Type, "Coastal Liberation Front", parallax.Group)
	}
	if got := mentionTexts(e); !slices.Equal(got, []string{"Coastal Liberation Front", "CLF"}) {
		t.Errorf("Unify: mentions = %q, want %q", got, []string{"Coastal Liberation Front", "CLF"})
	}
	if !slices.Contains(e.Aliases, "CLF") {
		t.Errorf("Unify: aliases = %q, want %q among them", e.Aliases, "CLF")
	}
	entity.Unify(nil) // an empty batch is fine
}
