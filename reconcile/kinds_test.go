package reconcile_test

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/reconcile"
)

// TestPeopleCountReadsItsOwnClause checks that a count of people takes what
// happened to them from its own clause: residents reached by divers, in a
// sentence whose other clause gives the death toll, are no deaths, so they
// make no discrepancy with the toll the other outlet gives.
func TestPeopleCountReadsItsOwnClause(t *testing.T) {
	arts := []parallax.Article{
		{ID: "a", Outlet: "Sornby Echo", Text: "Divers reached two residents in the flooded mill at Sornby on Friday, and the death toll from the floods rose to 4, the county said.\nThe mill had stood empty since the spring.\n"},
		{ID: "b", Outlet: "Lowfen Courier", Text: "Four people have died in the Sornby floods, the county said on Friday.\nThe river Sorn is expected to fall by the weekend.\n"},
	}
	r := reconcile.Story(annotate.New().Batch(context.Background(), arts), reconcile.Options{})
	for _, d := range r.Discrepancies {
		for _, v := range d.Values {
			if strings.Contains(v.Text, "two residents") && strings.HasPrefix(v.Value, "2") {
				t.Errorf("the two residents reached by divers are a figure of discrepancy %q:%s", d.About, discrepancyList(r))
			}
		}
	}
}
