package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// The generated corpus: invented stories of a dozen kinds, each told by a
// few to a few dozen articles over one to ten days, built from templates
// filled with invented people, places and organisations, mixed with filler
// sentences shared by every story. Dates run day by day from 2030-01-01.

// kinds are the event kinds, each with its core vocabulary and sentences.
// {P} person, {Q} second person, {L} place, {O} organisation, {N} number,
// {D} weekday.
var kinds = []struct{ words, sents []string }{
	{[]string{"earthquake", "magnitude", "rubble", "aftershock", "rescue"}, []string{
		"A magnitude {N} earthquake struck {L} on {D}, killing at least {N} people.",
		"Rescue teams searched the rubble in {L} as aftershocks shook the region.",
		"{P}, who leads the civil defence agency, said {N} buildings had collapsed."}},
	{[]string{"strike", "union", "wages", "walkout", "negotiations"}, []string{
		"Workers at {O} walked out on {D} in a dispute over wages, the union said.",
		"{P}, the union leader, said {N} members had joined the strike in {L}.",
		"Talks between {O} and the union broke down after {N} hours of negotiations."}},
	{[]string{"election", "ballot", "votes", "turnout", "candidate"}, []string{
		"Voters in {L} went to the polls on {D} to elect a new mayor.",
		"{P} won {N} percent of the votes, ahead of {Q}, the election commission said.",
		"Turnout reached {N} percent, the highest in {L} in a decade."}},
	{[]string{"arrested", "police", "charges", "custody", "prosecutor"}, []string{
		"Police arrested {P} in {L} on {D} on charges of corruption.",
		"The prosecutor said {P} was suspected of taking {N} million from {O}.",
		"{Q}, a lawyer for {P}, called the arrest politically motivated."}},
	{[]string{"fire", "blaze", "firefighters", "smoke", "evacuated"}, []string{
		"A fire broke out at the {O} warehouse in {L} on {D}, sending smoke over the city.",
		"Firefighters fought the blaze for {N} hours; {N} people were evacuated.",
		"{P}, the fire chief, said the cause was under investigation."}},
	{[]string{"merger", "shares", "acquisition", "shareholders", "deal"}, []string{
		"{O} agreed on {D} to buy a rival in a deal worth {N} million.",
		"Shares of {O} rose {N} percent after the acquisition was announced.",
		"Chief executive {P} said the merger would create jobs in {L}."}},
	{[]string{"flood", "river", "rainfall", "levee", "stranded"}, []string{
		"The river burst its banks in {L} after {N} days of heavy rainfall.",
		"Soldiers rescued {N} people stranded on rooftops on {D}.",
		"{P}, the regional governor, said the levee had held in the town centre."}},
	{[]string{"court", "ruling", "judges", "appeal", "verdict"}, []string{
		"The supreme court in {L} ruled on {D} that the law on {O} was unconstitutional.",
		"Judges voted {N} to {N} in the ruling, which {P} said she would appeal.",
		"{Q} welcomed the verdict outside the court."}},
	{[]string{"protest", "demonstrators", "rally", "marched", "tear gas"}, []string{
		"Thousands of demonstrators marched through {L} on {D} against rising prices.",
		"Police used tear gas as the rally reached the offices of {O}; {N} were detained.",
		"{P}, who organised the protest, said {N} people had taken part."}},
	{[]string{"crash", "train", "derailed", "passengers", "injured"}, []string{
		"A passenger train derailed near {L} on {D}, injuring {N} people.",
		"{O}, which runs the line, said the train was carrying {N} passengers.",
		"Transport minister {P} ordered an inquiry into the crash."}},
	{[]string{"summit", "talks", "ministers", "agreement", "trade"}, []string{
		"Ministers from {N} countries met in {L} on {D} for talks on trade.",
		"{P} and {Q} signed an agreement to cut tariffs by {N} percent.",
		"{O} said the summit had opened new markets for exporters."}},
	{[]string{"outbreak", "virus", "hospital", "cases", "vaccine"}, []string{
		"Health officials in {L} reported {N} new cases of the virus on {D}.",
		"{P}, director of the regional hospital, said {N} patients were in intensive care.",
		"{O} said a vaccine campaign would start next week."}},
}

// filler are sentences any story may carry.
var filler = []string{
	"Officials said more details would be released later in the week.",
	"The government has faced growing criticism over its handling of the economy.",
	"Residents said they had not been warned in advance.",
	"The announcement came as the country prepared for a national holiday.",
	"Analysts said the situation remained uncertain.",
	"Local media reported that several roads were closed.",
	"A spokesperson declined to comment further.",
	"It was not immediately clear how many people were affected.",
	"The opposition called for an independent investigation.",
	"Neighbouring countries offered assistance.",
}

var syllables = []string{"ka", "lo", "ven", "dar", "mi", "tor", "sel", "bra", "nu", "ost", "rel", "vi", "han", "gor", "lis", "pa", "qui", "zen", "mar", "tel"}

// generator emits the articles of the corpus in publication order.
type generator struct {
	r        *rand.Rand
	day      int
	perDay   int
	open     []*genStory
	pending  []*parallax.Annotated
	seq      int
	stories  int
	articles int
}

type genStory struct {
	id                   int
	kind                 int
	person, other, place string
	org                  string
	start, days, left    int
}

func newGenerator(perDay int) *generator {
	return &generator{r: rand.New(rand.NewPCG(7, 11)), perDay: perDay}
}

func (g *generator) name(n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteString(syllables[g.r.IntN(len(syllables))])
	}
	s := sb.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// next returns the next article, with its gold story number.
func (g *generator) next() (*parallax.Annotated, int) {
	for len(g.pending) == 0 {
		g.fillDay()
	}
	a := g.pending[0]
	g.pending = g.pending[1:]
	var story int
	fmt.Sscanf(a.ID, "g%d-", &story)
	return a, story
}

// fillDay opens the day's new stories and writes the day's articles: a
// story of n articles over d days runs about n/d a day.
func (g *generator) fillDay() {
	for range g.perDay / 6 {
		g.stories++
		g.open = append(g.open, &genStory{
			id: g.stories, kind: g.r.IntN(len(kinds)),
			person: g.name(2) + " " + g.name(3), other: g.name(2) + " " + g.name(2),
			place: g.name(3), org: g.name(2) + " " + []string{"Group", "Holdings", "Authority", "Union"}[g.r.IntN(4)],
			start: g.day, days: 1 + g.r.IntN(10), left: 1 + int(g.r.ExpFloat64()*5),
		})
	}
	kept := g.open[:0]
	for _, s := range g.open {
		rest := max(1, s.start+s.days-g.day)
		for n := (s.left + rest - 1) / rest; n > 0; n-- {
			g.pending = append(g.pending, g.article(s))
			s.left--
		}
		if s.left > 0 {
			kept = append(kept, s)
		}
	}
	g.open = kept
	g.day++
}

func (g *generator) article(s *genStory) *parallax.Annotated {
	g.articles++
	k := kinds[s.kind]
	fill := strings.NewReplacer("{P}", s.person, "{Q}", s.other, "{L}", s.place, "{O}", s.org, "{D}", "Tuesday")
	var sb strings.Builder
	for i := 0; i < 12; i++ {
		var sent string
		if i%2 == 0 {
			sent = k.sents[g.r.IntN(len(k.sents))]
		} else {
			sent = filler[g.r.IntN(len(filler))]
		}
		sent = fill.Replace(sent)
		for strings.Contains(sent, "{N}") {
			sent = strings.Replace(sent, "{N}", fmt.Sprint(2+g.r.IntN(300)), 1)
		}
		sb.WriteString(sent)
		sb.WriteString(" ")
	}
	pub := time.Date(2030, 1, 1, 8, 0, 0, 0, time.UTC).AddDate(0, 0, g.day)
	ev := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, s.start)
	body := sb.String()
	return &parallax.Annotated{
		Article: parallax.Article{
			ID: fmt.Sprintf("g%d-%d", s.id, g.articles), Published: &pub, Text: body,
			Title: fmt.Sprintf("%s: %s %s", s.place, k.words[g.r.IntN(len(k.words))], s.person),
		},
		Entities: []parallax.Entity{
			{Name: s.person, Type: parallax.Person, Mentions: mentions(body, s.person)},
			{Name: s.place, Type: parallax.Place, Mentions: mentions(body, s.place)},
			{Name: s.org, Type: parallax.Organisation, Mentions: mentions(body, s.org)},
		},
		Dates: []parallax.Date{{Text: "Tuesday", Date: ev, Granularity: "day", Resolved: true}},
	}
}

// mentions returns one Mention per occurrence of name in body (at least one,
// so that every entity has a mention as parallax.Entity requires).
func mentions(body, name string) []parallax.Mention {
	var ms []parallax.Mention
	for off := 0; ; {
		i := strings.Index(body[off:], name)
		if i < 0 {
			break
		}
		ms = append(ms, parallax.Mention{Text: name, Start: off + i, End: off + i + len(name)})
		off += i + len(name)
	}
	if len(ms) == 0 {
		ms = []parallax.Mention{{Text: name}}
	}
	return ms
}
