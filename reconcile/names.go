package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// roleTitles are the singular titles that name a position one person holds
// at a time (folded). Plural titles ("Presidents") and relational words
// ("counterpart") are not roles.
var roleTitles = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"governor": true, "mayor": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "envoy": true, "commander": true, "chairman": true,
	"chairwoman": true, "chair": true, "ceo": true, "director": true, "emir": true, "prince": true,
	"leader": true, "speaker": true, "chief": true, "pope": true,
}

// roleClaim is one article naming one person as holder of a role.
type roleClaim struct {
	role, person string
	art, sent    int
}

// nameDiscrepancies reports roles ("Kelmarian defence minister") that
// different articles give to different people. A role is the words right
// before a person's name that end in a singular title and carry a
// capitalised qualifier ("Ndovan President Amara Kessy"), or a description
// the annotator resolved to the person ("the Ndovan president"). An article
// that gives one role to two people is ambiguous and left out for that role.
func (st *story) nameDiscrepancies() []parallax.Discrepancy {
	byRole := map[string][]roleClaim{}
	var roles []string
	for a, art := range st.arts {
		perArt := map[string]map[string]bool{}
		var claims []roleClaim
		for _, e := range art.Entities {
			if e.Type != parallax.Person {
				continue
			}
			for _, m := range e.Mentions {
				role := mentionRole(art, e.Name, m)
				if role == "" {
					continue
				}
				if perArt[role] == nil {
					perArt[role] = map[string]bool{}
				}
				perArt[role][e.Name] = true
				claims = append(claims, roleClaim{role, e.Name, a, m.Sentence})
			}
		}
		for _, c := range claims {
			if len(perArt[c.role]) != 1 || slices.ContainsFunc(byRole[c.role], func(x roleClaim) bool { return x.art == a }) {
				continue
			}
			if byRole[c.role] == nil {
				roles = append(roles, c.role)
			}
			byRole[c.role] = append(byRole[c.role], c)
		}
	}
	var out []parallax.Discrepancy
	for _, role := range roles {
		cs := byRole[role]
		if !slices.ContainsFunc(cs, func(c roleClaim) bool { return c.person != cs[0].person }) {
			continue
		}
		d := parallax.Discrepancy{Kind: "name", About: "who is the " + role,
			Note: "the articles may describe the role at different times, or one of them may be mistaken"}
		for _, c := range cs {
			s := st.arts[c.art].Sentences[c.sent]
			d.Values = append(d.Values, parallax.DiscrepantValue{Value: c.person, Evidence: st.evidence(c.art, c.sent, s.Start, s.End)})
		}
		out = append(out, d)
	}
	return out
}

// mentionRole returns the role a mention gives its person, folded, or "".
func mentionRole(art *parallax.Annotated, name string, m parallax.Mention) string {
	if m.Sentence < 0 || m.Sentence >= len(art.Sentences) || m.Start < art.Sentences[m.Sentence].Start {
		return ""
	}
	if !sharesWord(m.Text, name) {
		return descriptionRole(m.Text)
	}
	before := art.Text[art.Sentences[m.Sentence].Start:m.Start]
	toks := text.Tokens(before)
	// Take the words right before the name, joined by single spaces only.
	end := len(before)
	var words []string
	for i := len(toks) - 1; i >= 0 && len(words) < 4; i-- {
		if strings.TrimSpace(before[toks[i].End:end]) != "" {
			break
		}
		w := toks[i].Text
		if f := text.Fold(w); f == "the" || f == "and" || f == "of" || f == "a" {
			break
		}
		words = append([]string{w}, words...)
		end = toks[i].Start
	}
	return roleOf(words)
}

// descriptionRole returns the role of a description ("the Turkish
// president"), or "".
func descriptionRole(desc string) string {
	words := strings.Fields(desc)
	if len(words) > 0 && text.Fold(words[0]) == "the" {
		words = words[1:]
	}
	return roleOf(words)
}

// roleOf returns the folded role named by words when they end in a title
// and hold a capitalised qualifier before it; "" otherwise.
func roleOf(words []string) string {
	for len(words) > 0 && !roleTitles[text.Fold(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	qualified := false
	for _, w := range words[:len(words)-1] {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) && !roleTitles[text.Fold(w)] {
			qualified = true
		}
	}
	if !qualified {
		return ""
	}
	return folded(strings.Join(words, " "))
}

// sharesWord reports whether mention holds a word of name (folded).
func sharesWord(mention, name string) bool {
	nw := strings.Fields(text.Fold(name))
	for _, w := range strings.Fields(text.Fold(text.Base(mention))) {
		if slices.Contains(nw, text.Base(w)) {
			return true
		}
	}
	return false
}
