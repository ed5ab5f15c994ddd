package framing

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile/internal/handmade"
)

// crowdEntities annotate the invented articles of TestBuildCrowd.
var crowdEntities = []handmade.Entity{
	handmade.E("Dunvik", parallax.Place, "Dunvik"),
	handmade.E("Ferry Users League", parallax.Organisation, "Ferry Users League", "the league"),
}

// crowdArticles writes the invented articles to a folder and annotates them.
func crowdArticles(t *testing.T, texts map[string]string, order []string) []*parallax.Annotated {
	t.Helper()
	dir := t.TempDir()
	var arts []*parallax.Annotated
	for _, id := range order {
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(texts[id]), 0o644); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, handmade.Load(t, dir, id+".txt", crowdEntities))
	}
	return arts
}

// TestBuildCrowd checks that the words outlets choose for the unnamed
// people of a protest ("demonstrators", "rioters", "the mob") are framing
// of one crowd actor, and that a crowd called the same everywhere shows no
// row.
func TestBuildCrowd(t *testing.T) {
	texts := map[string]string{
		"quay-herald": "Hundreds of demonstrators gathered at the Dunvik ferry terminal on Monday, called out by the Ferry Users League.\n\nThe demonstrators left peacefully at dusk.",
		"fjord-times": "A mob blocked the Dunvik ferry terminal on Monday.\n\nDunvik rioters smashed two ticket machines, police said.",
		"isle-post":   "Demonstrators marched to the Dunvik ferry terminal, where the Ferry Users League handed in a petition.",
	}
	fr := Build(crowdArticles(t, texts, []string{"quay-herald", "fjord-times", "isle-post"}))
	for _, tt := range []struct{ article, term string }{
		{"quay-herald", "demonstrators"},
		{"fjord-times", "mob"},
		{"fjord-times", "rioters"},
		{"isle-post", "Demonstrators"},
	} {
		if !hasTerm(fr, Crowd, tt.article, tt.term) {
			t.Errorf("framing of %s in %s lacks %q; got\n%s", Crowd, tt.article, tt.term, dump(fr))
		}
	}
	for _, f := range fr {
		if f.Entity == "Dunvik" {
			t.Errorf("crowd words went to the town: %s", dump(fr))
		}
	}

	same := map[string]string{
		"quay-herald": "Hundreds of demonstrators gathered at the Dunvik ferry terminal on Monday.",
		"isle-post":   "The demonstrators marched to the Dunvik ferry terminal.",
	}
	for _, f := range Build(crowdArticles(t, same, []string{"quay-herald", "isle-post"})) {
		if f.Entity == Crowd {
			t.Errorf("Build gave a %s row for one word used everywhere: %s", Crowd, dump([]parallax.Framing{f}))
		}
	}
}
