package reconcile

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestAliasesKeepSpellings checks that spellings differing only by
// diacritics or dots stay distinct aliases of the story's entity.
func TestAliasesKeepSpellings(t *testing.T) {
	x := &entityAcc{e: parallax.StoryEntity{Name: "Velmoria"}, seen: map[string]bool{aliasKey("Velmoria"): true}}
	for _, s := range []string{"Velmöria", "Velmoria", "velmoria", "V.M.", "VM", "Velmöria", "Velmoria’s"} {
		x.addAlias(s)
	}
	want := []string{"Velmöria", "V.M.", "VM"}
	if !slices.Equal(x.e.Aliases, want) {
		t.Errorf("aliases = %q, want %q", x.e.Aliases, want)
	}
}
