package reconcile_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile"
)

// plantedDiscrepancy is a discrepancy the fixture plants: the values that
// must appear (file → value) and whether a note must explain it.
type plantedDiscrepancy struct {
	name   string
	kind   string
	values map[string]string
	note   bool
}

var kelmariaDiscrepancies = []plantedDiscrepancy{
	{"deaths by the monitor", "number", map[string]string{
		"coastal-courier.txt": "143", "meridian-wire.txt": "167", "eastgate-times.txt": "181"}, true},
	{"people displaced from Ostrel", "number", map[string]string{
		"coastal-courier.txt": "8,500", "northline-post.txt": "13,000"}, false},
}

// hasValues reports whether d holds every planted value from its article.
func hasValues(r *parallax.Report, d parallax.Discrepancy, want map[string]string) bool {
	for file, v := range want {
		id := articleOf(r, file)
		if !slices.ContainsFunc(d.Values, func(x parallax.DiscrepantValue) bool { return x.Article == id && x.Value == v }) {
			return false
		}
	}
	return true
}

func TestDiscrepanciesPlanted(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{})
	for _, p := range kelmariaDiscrepancies {
		t.Run(p.name, func(t *testing.T) {
			for _, d := range r.Discrepancies {
				if d.Kind == p.kind && hasValues(r, d, p.values) {
					if p.note && d.Note == "" {
						t.Errorf("discrepancy %q has no note, want one (updates over time, casualties)", d.About)
					}
					for _, v := range d.Values {
						if v.Text == "" || v.Article == "" {
							t.Errorf("value %s without evidence: %+v", v.Value, v)
						}
					}
					return
				}
			}
			t.Errorf("no %s discrepancy with %v; got %s", p.kind, p.values, discrepancyList(r))
		})
	}
}

// TestDiscrepanciesNothingUnplanted checks that look-alike figures that
// count different things (29 civilians within 181 casualties, 1,500 to 2,500
// fighters, a population of 340,000, three crossing points) are not reported.
func TestDiscrepanciesNothingUnplanted(t *testing.T) {
	r := reconcile.Story(load(t, kelmaria), reconcile.Options{})
	allowed := map[string]bool{"143": true, "167": true, "181": true, "8,500": true, "13,000": true,
		"2025-10-04": true, "2025-10-05": true}
	for _, d := range r.Discrepancies {
		for _, v := range d.Values {
			if !allowed[v.Value] {
				t.Errorf("unplanted discrepancy %q: value %s (%s)", d.About, v.Value, v.Text)
			}
		}
	}
	n := 0
	for _, d := range r.Discrepancies {
		if d.Kind == "number" {
			n++
		}
	}
	if n > len(kelmariaDiscrepancies) {
		t.Errorf("%d number discrepancies, want %d: %s", n, len(kelmariaDiscrepancies), discrepancyList(r))
	}
}

func discrepancyList(r *parallax.Report) string {
	var b strings.Builder
	for _, d := range r.Discrepancies {
		b.WriteString("\n  " + d.Kind + " " + d.About + " [" + d.Note + "]")
		for _, v := range d.Values {
			b.WriteString("\n    " + v.Value + " " + v.Article + " as of " + v.AsOf + " by " + v.ReportedBy)
		}
	}
	return b.String()
}

// TestNameDiscrepancy checks that a role given to different people is
// reported (the Calveran transport minister: Lena Ostrova in two articles,
// Pavel Dresk in one), and that coordinated titles ("Calveran and Dalmish
// Presidents A and B") and a counterpart are not taken for roles.
func TestNameDiscrepancy(t *testing.T) {
	r := reconcile.Story(load(t, "testdata/calvera-ferry"), reconcile.Options{})
	var names []parallax.Discrepancy
	for _, d := range r.Discrepancies {
		if d.Kind == "name" {
			names = append(names, d)
		}
	}
	if len(names) != 1 || len(r.Discrepancies) != 1 {
		t.Fatalf("%d name discrepancies of %d, want 1 of 1: %s", len(names), len(r.Discrepancies), discrepancyList(r))
	}
	d := names[0]
	if !strings.Contains(d.About, "transport minister") {
		t.Errorf("name discrepancy about %q, want the transport minister", d.About)
	}
	var people []string
	for _, v := range d.Values {
		people = append(people, v.Value)
	}
	slices.Sort(people)
	people = slices.Compact(people)
	if want := []string{"Lena Ostrova", "Pavel Dresk"}; !slices.Equal(people, want) {
		t.Errorf("name discrepancy values %v, want %v", people, want)
	}
}
