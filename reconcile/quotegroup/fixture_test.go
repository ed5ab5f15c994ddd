package quotegroup

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile/internal/handmade"
)

// The tests annotate the team's invented fixture by hand (package handmade),
// so that they check grouping and grading, not the annotators.

const fixtureDir = "../testdata/kelmaria-call"

var kelmariaEntities = []handmade.Entity{
	handmade.E("Ndova", parallax.Place, "Ndova"),
	handmade.E("Kelmaria", parallax.Place, "Kelmaria"),
	handmade.E("Varenia", parallax.Place, "Varenia"),
	handmade.E("Amara Kessy", parallax.Person, "Amara Kessy", "Kessy"),
	handmade.E("Tomas Halvik", parallax.Person, "Tomas Halvik", "Halvik"),
	handmade.E("Kelmar Liberation Front", parallax.Group, "Kelmar Liberation Front", "KLF"),
	handmade.E("Varenian presidency", parallax.Organisation, "Varenian presidency"),
}

// load reads a fixture article and annotates its sentences and entities.
func load(t testing.TB, file string) *parallax.Annotated {
	t.Helper()
	return handmade.Load(t, fixtureDir, file, kelmariaEntities)
}

// quote adds a quote of content text (which must occur in a's Text).
func quote(t testing.TB, a *parallax.Annotated, speaker, content string, kind parallax.QuoteKind) {
	t.Helper()
	handmade.Quote(t, a, speaker, content, kind)
}
