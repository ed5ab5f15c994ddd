package framing

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

var kelmariaFiles = []string{"meridian-wire.txt", "eastgate-times.txt", "coastal-courier.txt", "northline-post.txt", "harbor-ledger.txt"}

func kelmaria(t testing.TB) []*parallax.Annotated {
	var arts []*parallax.Annotated
	for _, f := range kelmariaFiles {
		arts = append(arts, load(t, f))
	}
	// Halvik's readout, quoted directly in two articles.
	quote(t, arts[0], "", "Tomas Halvik insisted that the attacks of armed radical groups on the Kelmarian state must end immediately and that the legitimate authorities deserve help in bringing order back to the whole country", parallax.Direct)
	quote(t, arts[4], "", "Tomas Halvik insisted that the attacks of armed radical groups on the Kelmarian state must end immediately and that the legitimate authorities deserve help in bringing order back to the whole country", parallax.Direct)
	return arts
}

func TestBuildKelmariaLabels(t *testing.T) {
	fr := Build(kelmaria(t))
	tests := []struct {
		actor, article, term string
	}{
		{"Kelmar Liberation Front", "meridian-wire", "terrorist group"},
		{"Kelmar Liberation Front", "eastgate-times", "insurgents"},
		{"Kelmar Liberation Front", "coastal-courier", "rebels"},
		{"Kelmar Liberation Front", "northline-post", "militants"},
		{"Kelmar Liberation Front", "northline-post", "jihadist militants"},
		{"Kelmar Liberation Front", "harbor-ledger", "terrorist organisation"},
		{"Kelmarian government", "northline-post", "Kelmarian government forces"},
		{"Kelmarian government", "meridian-wire", "“legitimate authorities”"},
	}
	for _, tt := range tests {
		if !hasTerm(fr, tt.actor, tt.article, tt.term) {
			t.Errorf("framing of %s in %s lacks %q; got\n%s", tt.actor, tt.article, tt.term, dump(fr))
		}
	}
	for _, f := range fr {
		for _, term := range f.Terms {
			if strings.Contains(strings.ToLower(term.Term), "monitor") || strings.Contains(term.Term, "control") {
				t.Errorf("framing of %s: %q is not a designation", f.Entity, term.Term)
			}
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rebels", "rebel"}, {"authorities", "authority"}, {"gunmen", "gunman"}, {"forces", "force"},
		{"regime", "regime"}, {"opposition", "opposition"}, {"militias", "militia"},
	}
	for _, tt := range tests {
		if got := lemma(tt.in); got != tt.want {
			t.Errorf("lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func hasTerm(fr []parallax.Framing, actor, article, term string) bool {
	for _, f := range fr {
		if f.Entity != actor {
			continue
		}
		for _, t := range f.Terms {
			if t.Article == article && t.Term == term {
				return true
			}
		}
	}
	return false
}

func dump(fr []parallax.Framing) string {
	var b strings.Builder
	for _, f := range fr {
		b.WriteString(f.Entity + ":")
		for _, t := range f.Terms {
			b.WriteString(" [" + t.Article + "] " + t.Term + ";")
		}
		b.WriteString("\n")
	}
	return b.String()
}
