package entity_test

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/entity"
)

// TestAliasesKeepSpellings checks that every distinct surface spelling of an
// entity stays among its aliases, even when two spellings fold to one key
// ("Türkiye" and "Turkiye", "U.S." and "US"), within an article and after
// Unify.
func TestAliasesKeepSpellings(t *testing.T) {
	arts := []string{
		"Türkiye and Turkiye-based firms bid, and U.S. officials met US envoys. Kemal Özdemir said prices rose.",
		"Kemal Ozdemir said on Monday that the port in Lemba reopened. Kemal Ozdemir added little.",
	}
	tests := []struct {
		art   int
		name  string
		forms []string
	}{
		{0, "Turkey", []string{"Türkiye", "Turkiye"}},
		{0, "United States", []string{"U.S.", "US"}},
		{0, "Kemal Ozdemir", []string{"Kemal Özdemir"}},
		{1, "Kemal Ozdemir", nil},
	}
	batch := []*parallax.Annotated{annotated(t, "a", arts[0]), annotated(t, "b", arts[1])}
	entity.Unify(batch)
	for _, tt := range tests {
		e, ok := entityNamed(batch[tt.art].Entities, tt.name)
		if !ok {
			t.Errorf("article %d: no entity %q; got %v", tt.art, tt.name, names(batch[tt.art].Entities))
			continue
		}
		for _, f := range tt.forms {
			if !slices.Contains(e.Aliases, f) {
				t.Errorf("article %d: %q aliases = %q, want %q among them", tt.art, tt.name, e.Aliases, f)
			}
		}
		for i, a := range e.Aliases {
			if slices.Contains(e.Aliases[:i], a) {
				t.Errorf("article %d: %q aliases = %q, %q repeated", tt.art, tt.name, e.Aliases, a)
			}
		}
	}
}
