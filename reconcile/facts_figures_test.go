package reconcile_test

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/reconcile"
)

// TestFactsKeepFiguresApart checks that a fact never claims the support of
// an outlet that gave another value for its figure: the outlets that agree
// support the wording with their figure, and the other value is left to the
// discrepancy.
func TestFactsKeepFiguresApart(t *testing.T) {
	texts := []struct{ id, outlet, text string }{
		{"a", "Varno Courier", "Police in Varno said 14 people were arrested after the derby at Elm Park stadium on Saturday.\nThe club said its stewards had closed the north stand early.\n"},
		{"b", "Elm Valley News", "Police in Varno said 14 people were arrested after the derby at Elm Park stadium on Saturday, most of them outside the north stand.\nTram services were suspended for two hours.\n"},
		{"c", "Riverside Bulletin", "Police in Varno arrested 19 people after the derby at Elm Park stadium on Saturday, a police spokesman said.\nThe club said its stewards had closed the north stand early.\n"},
	}
	var arts []parallax.Article
	for _, x := range texts {
		arts = append(arts, parallax.Article{ID: x.id, Outlet: x.outlet, Text: x.text})
	}
	r := reconcile.Story(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
	gave := map[string]string{"a": "14", "b": "14", "c": "19"}
	found14 := false
	for _, f := range r.Facts {
		for _, figure := range []string{"14", "19"} {
			if !strings.Contains(f.Text, figure+" people") {
				continue
			}
			found14 = found14 || figure == "14" && len(f.Outlets) == 2
			for _, e := range f.Support {
				if strings.Contains(e.Text, " people") && gave[e.Article] != figure {
					t.Errorf("fact %q (%d outlets) is supported by %s, which gave %s", f.Text, len(f.Outlets), e.Article, gave[e.Article])
				}
			}
		}
	}
	if !found14 {
		t.Errorf("no fact with the 14 two outlets gave; facts:\n%s", factList(r))
	}
	if !strings.Contains(discrepancyList(r), "19") {
		t.Errorf("the 19 is in no discrepancy:\n%s", discrepancyList(r))
	}
}
