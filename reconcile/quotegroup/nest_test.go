package quotegroup

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile/internal/handmade"
	"github.com/parallax-news/parallax/text"
)

// spec is a quote to plant: its speaker, its text (found in the article)
// and kind.
type spec struct {
	speaker, text string
	kind          parallax.QuoteKind
}

// article builds an invented article whose people (given by name, each
// mentioned by its full name or surname) are annotated, with the quotes of
// qs.
func article(t *testing.T, id, doc string, people []string, qs ...spec) *parallax.Annotated {
	t.Helper()
	a := &parallax.Annotated{Article: parallax.Article{ID: id, Text: doc}}
	a.Sentences = text.Split(doc)
	for _, p := range people {
		e := parallax.Entity{Name: p, Type: parallax.Person}
		sur := p[strings.LastIndex(p, " ")+1:]
		for off := 0; off < len(doc); {
			i := strings.Index(doc[off:], sur)
			if i < 0 {
				break
			}
			s, end := off+i, off+i+len(sur)
			if s >= len(p)-len(sur) && doc[s-(len(p)-len(sur)):end] == p {
				s = end - len(p)
			}
			e.Mentions = append(e.Mentions, parallax.Mention{Text: doc[s:end], Sentence: handmade.SentenceAt(a, s), Start: s, End: end})
			off = end
		}
		if len(e.Mentions) > 0 {
			a.Entities = append(a.Entities, e)
		}
	}
	for _, q := range qs {
		quote(t, a, q.speaker, q.text, q.kind)
	}
	return a
}

// TestGroupClauseAlignment plants a long statement whose clauses share a
// few words (the harbour, the ministry, the recent disruption) with a
// different statement of the same speaker: the other statement's
// renderings form their own group, and a rendering of one clause of the
// long statement joins it.
func TestGroupClauseAlignment(t *testing.T) {
	const varga = "Ilse Varga"
	people := []string{varga}
	arts := []*parallax.Annotated{
		article(t, "a", "“Recalling that the safety of crews comes first in the recent disruption at the harbour, Ilse Varga said that the harbour must not turn into a hub of greater disruption, and that the ministry is working hard to reopen the terminal,” the ministry said.",
			people, spec{"", "Recalling that the safety of crews comes first in the recent disruption at the harbour, Ilse Varga said that the harbour must not turn into a hub of greater disruption, and that the ministry is working hard to reopen the terminal", direct}),
		article(t, "b", "Varga stated that the ministry will keep up its firm crackdown on the smuggling rings and the brokers who want to cash in on the recent disruption at the harbour.",
			people, spec{varga, "the ministry will keep up its firm crackdown on the smuggling rings and the brokers who want to cash in on the recent disruption at the harbour", indir}),
		article(t, "c", "Varga said the ministry would maintain its resolute crackdown on the smuggling rings and their brokers, who hope to cash in on the recent disruption at the harbour. “The harbour must not turn into a hub of further disruption,” she added.",
			people, spec{varga, "the ministry would maintain its resolute crackdown on the smuggling rings and their brokers, who hope to cash in on the recent disruption at the harbour", indir},
			spec{varga, "The harbour must not turn into a hub of further disruption", direct}),
	}
	groups := Group(arts, nil)
	gLong, _ := findVariant(groups, "a.txt", "Recalling that")
	gCampaign, _ := findVariant(groups, "b.txt", "the ministry will keep up")
	gCampaign2, _ := findVariant(groups, "c.txt", "the ministry would maintain")
	gClause, v := findVariant(groups, "c.txt", "The harbour must not")
	if gLong == nil || gCampaign == nil || gCampaign2 == nil || gClause == nil {
		t.Fatalf("a planted quote is in no group: %v", groupTexts(groups))
	}
	if gCampaign == gLong || gCampaign2 == gLong {
		t.Errorf("the crackdown statement joined the long statement's group %q", gLong.Text)
	}
	if gCampaign != gCampaign2 {
		t.Errorf("the two renderings of the crackdown statement are apart: %v", groupTexts(groups))
	}
	if gClause != gLong || v.Fidelity != parallax.Close {
		t.Errorf("the rendering of one clause: group %q, fidelity %s, want the long statement's group, close", gClause.Text, v.Fidelity)
	}
}

// TestGroupNestedAndFragments plants a readout quoted directly with the
// reported statement the annotator finds inside it, a reported statement
// holding a short quotation, and a standalone scare-quoted word.
func TestGroupNestedAndFragments(t *testing.T) {
	const sorn = "Ilka Sorn"
	people := []string{sorn}
	arts := []*parallax.Annotated{
		article(t, "x", "“Ilka Sorn underlined how pressing it is to repair the flood walls along the canal before the autumn storms,” the city hall statement said.",
			people,
			spec{"", "Ilka Sorn underlined how pressing it is to repair the flood walls along the canal before the autumn storms", direct},
			spec{sorn, "how pressing it is to repair the flood walls along the canal before the autumn storms", indir}),
		article(t, "y", "Sorn underlined the need for “swift repairs” to the flood walls along the canal before the storms.",
			people,
			spec{sorn, "the need for “swift repairs” to the flood walls along the canal before the storms", indir},
			spec{sorn, "swift repairs", direct}),
		article(t, "z", "The council promised to “normalise” traffic on the canal bridges.",
			people, spec{"", "normalise", direct}),
	}
	groups := Group(arts, nil)
	if len(groups) != 1 {
		t.Fatalf("Group = %d groups %v, want 1 (fragments start no group)", len(groups), groupTexts(groups))
	}
	g := groups[0]
	seen := make(map[string]bool)
	for _, v := range g.Variants {
		key := v.Article + "/" + string(rune('0'+v.Sentence))
		if seen[key] {
			t.Errorf("sentence %s appears twice in group %q", key, g.Text)
		}
		seen[key] = true
		if v.Article == "z" {
			t.Errorf("fragment %q of z joined group %q", v.Text, g.Text)
		}
	}
	if _, v := findVariant(groups, "y.txt", "the need for"); v == nil {
		t.Errorf("y: the reported statement lost, want it kept over the fragment it holds")
	}
	if _, v := findVariant(groups, "x.txt", "Ilka Sorn underlined"); v == nil || v.Fidelity != parallax.Verbatim {
		t.Errorf("x: the readout = %v, want kept as the verbatim centre", v)
	}
}

func groupTexts(groups []parallax.QuoteGroup) []string {
	var out []string
	for _, g := range groups {
		out = append(out, g.Text)
	}
	return out
}
