package framing

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// inline annotates doc as article id, with a mention for every occurrence
// of each form of ents (whole words only).
func inline(id, doc string, ents map[string][]string, types map[string]parallax.EntityType) *parallax.Annotated {
	a := &parallax.Annotated{Article: parallax.Article{ID: id, Text: doc}, Sentences: text.Split(doc)}
	for name, forms := range ents {
		e := parallax.Entity{Name: name, Type: types[name]}
		for _, form := range forms {
			for off := 0; ; {
				i := strings.Index(doc[off:], form)
				if i < 0 {
					break
				}
				s := off + i
				off = s + len(form)
				if off < len(doc) && doc[off] >= 'a' && doc[off] <= 'z' {
					continue
				}
				e.Mentions = append(e.Mentions, parallax.Mention{Text: form, Start: s, End: off})
			}
		}
		a.Entities = append(a.Entities, e)
	}
	return a
}

// TestBuildLinkedLabels plants labels linked to a named group by "its",
// "their" or a holding verb, and bare heads next to a country's adjective.
func TestBuildLinkedLabels(t *testing.T) {
	types := map[string]parallax.EntityType{"Tarn Union": parallax.Organisation, "Grey Ash Column": parallax.Group,
		"Oskavia": parallax.Place, "Pelvar": parallax.Place, "Mirel Daska": parallax.Person}
	ents := map[string][]string{"Tarn Union": {"Tarn Union"}, "Grey Ash Column": {"Grey Ash Column"},
		"Oskavia": {"Oskavian", "Oskavia"}, "Pelvar": {"Pelvaran", "Pelvar"}, "Mirel Daska": {"Mirel Daska", "Daska"}}
	arts := []*parallax.Annotated{
		inline("tidewatch", "Oskavia has battled the Tarn Union since 1998.\n"+
			"Oskavia has fought the banned movement for years and treats the Tavic-led units active in the hills, such as the Reed Battalions, as its proxies.\n"+
			"Pelvaran troops patrolled the river on Monday.", ents, types),
		inline("lowland", "Mirel Daska vowed to crush the Tarn Union and its armed wing.\n"+
			"The Grey Ash Column took the ridge. The group, outlawed by Oskavia, is thought to have between 800 and 1,100 fighters.\n"+
			"Oskavian soldiers held the bridge while rebels shelled the town.", ents, types),
		inline("quayside", "The Grey Ash Column and their foreign allies entered Pelvar. Rebels of the Grey Ash Column raised a flag.", ents, types),
	}
	fr := Build(arts)
	want := []struct{ actor, article, term string }{
		{"Tarn Union", "tidewatch", "Tavic-led units"},
		{"Tarn Union", "tidewatch", "its proxies"},
		{"Tarn Union", "lowland", "its armed wing"},
		{"Grey Ash Column", "lowland", "fighters"},
		{"Grey Ash Column", "quayside", "their foreign allies"},
	}
	for _, tt := range want {
		if !hasTerm(fr, tt.actor, tt.article, tt.term) {
			t.Errorf("framing of %s in %s lacks %q; got\n%s", tt.actor, tt.article, tt.term, dump(fr))
		}
	}
	for _, f := range fr {
		for _, term := range f.Terms {
			low := strings.ToLower(term.Term)
			if f.Entity == ArmedOpposition && (strings.Contains(low, "wing") || strings.Contains(low, "prox") || strings.Contains(low, "tavic-led") || low == "fighters") {
				t.Errorf("%q filed under %s, want the named group", term.Term, f.Entity)
			}
			if strings.Contains(low, "troops") || strings.Contains(low, "soldiers") {
				t.Errorf("bare %q filed under %s: not framing", term.Term, f.Entity)
			}
		}
	}
}
