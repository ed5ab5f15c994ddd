// Package loadtest measures Parallax as a service under load: its
// benchmarks store a generated corpus (100,000 articles by default), serve
// it over HTTP on 127.0.0.1 and attack it at fixed rates with vegeta
// (docs/EVALUATION.md, "Service under load"). This file generates that
// corpus: invented stories told by invented outlets, built from the
// templates in vocab.go.
package loadtest

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// Corpus describes a generated corpus of invented news stories. Every
// article is a pure function of the Corpus and its story and index, so two
// processes generate the same corpus, and a run can be repeated.
type Corpus struct {
	Seed  uint64
	Start time.Time // stories start on or after this day
	Days  int       // … and within this many days of it; > 0
}

// DefaultCorpus has stories over about six months.
var DefaultCorpus = Corpus{Seed: 7, Start: time.Date(2031, 1, 6, 0, 0, 0, 0, time.UTC), Days: 180}

// MaxFollowUps is how many articles beyond Size a story can have
// (Article(i, j) for Size(i) ≤ j < Size(i)+MaxFollowUps).
const MaxFollowUps = 10

// maxSize is the largest story: Size(i) ≤ maxSize.
const maxSize = 40

// plan is what every article of one story shares.
type plan struct {
	kind                   *kind
	place, region, org     string
	official, surname      string
	title, witness, expert string
	n1, n2, n3             int
	start                  time.Time
	size                   int
	span                   time.Duration // from the first article to the last of Size
	outlet                 int           // the first article's outlet
}

// plan returns story i's plan.
func (c Corpus) plan(i int) plan {
	r := rand.New(rand.NewPCG(c.Seed, uint64(i)))
	p := plan{
		kind:   &kinds[r.IntN(len(kinds))],
		region: regions[r.IntN(len(regions))],
		place:  onsets[r.IntN(len(onsets))] + codas[r.IntN(len(codas))] + placeEnds[r.IntN(len(placeEnds))],
		n1:     20 + r.IntN(2000),
		n2:     2 + r.IntN(30),
		n3:     1 + r.IntN(90),
		size:   storySize(r),
		outlet: r.IntN(len(outlets)),
	}
	p.org = p.place + " " + p.kind.org
	p.surname = surname(r)
	p.official = givenNames[r.IntN(len(givenNames))] + " " + p.surname
	p.title = titles[r.IntN(len(titles))]
	p.witness = givenNames[r.IntN(len(givenNames))] + " " + surname(r)
	p.expert = givenNames[r.IntN(len(givenNames))] + " " + surname(r)
	p.start = c.Start.AddDate(0, 0, r.IntN(c.Days)).Add(time.Duration(6+r.IntN(14)) * time.Hour)
	if p.size > 1 {
		p.span = time.Duration(min(p.size*10, 240)) * time.Hour
	}
	return p
}

// storySize draws a story's number of articles: most stories are told by
// one or two outlets, a few by dozens (mean about 6).
func storySize(r *rand.Rand) int {
	switch x := r.Float64(); {
	case x < 0.45:
		return 1 + r.IntN(2)
	case x < 0.75:
		return 3 + r.IntN(4)
	case x < 0.92:
		return 7 + r.IntN(9)
	default:
		return 16 + r.IntN(maxSize-15)
	}
}

// Size returns the number of articles of story i, from 1 to 40.
func (c Corpus) Size(i int) int { return c.plan(i).size }

// Article returns article j of story i: for j < Size(i) one of the reports
// of the story's first days, for larger j (up to Size(i)+MaxFollowUps-1) a
// follow-up published after them. Ids, URLs and texts are distinct for
// every (i, j).
func (c Corpus) Article(i, j int) parallax.Article {
	p := c.plan(i)
	r := rand.New(rand.NewPCG(c.Seed^0x5eed, uint64(i)<<8|uint64(j)))
	pub := p.start.Add(time.Duration(r.IntN(120)) * time.Minute)
	if j < p.size {
		pub = pub.Add(p.span * time.Duration(j) / time.Duration(p.size))
	} else {
		pub = pub.Add(p.span + time.Duration(j-p.size+1)*10*time.Hour)
	}
	outlet := outlets[(p.outlet+j*7)%len(outlets)]
	fill := p.filler(r)
	title := fill(p.kind.titles[r.IntN(len(p.kind.titles))])
	return parallax.Article{
		ID:        fmt.Sprintf("g%06d-%02d", i, j),
		Source:    "loadtest",
		URL:       fmt.Sprintf("https://%s/%s/%s-%d-%d", host(outlet), pub.Format("2006/01/02"), slug(title), i, j),
		Outlet:    outlet,
		Title:     title,
		Published: &pub,
		Language:  "en",
		Text:      p.text(r, fill, reporter(i, j), outlet),
	}
}

// text writes one outlet's report: the lead, the story's facts in an order
// of its own, the official's words, background, and a credit line.
func (p plan) text(r *rand.Rand, fill func(string) string, byline, outlet string) string {
	var sents []string
	sents = append(sents, fill(p.kind.leads[r.IntN(len(p.kind.leads))]))
	body := append([]string(nil), p.kind.body...)
	r.Shuffle(len(body), func(a, b int) { body[a], body[b] = body[b], body[a] })
	body = body[:4+r.IntN(len(body)-3)]
	quote := fill(p.kind.quotes[r.IntN(len(p.kind.quotes))])
	at := 1 + r.IntN(len(body))
	for k, s := range body {
		if k == at-1 {
			sents = append(sents, quote)
		}
		sents = append(sents, fill(s))
	}
	bg := append([]string(nil), shared...)
	r.Shuffle(len(bg), func(a, b int) { bg[a], bg[b] = bg[b], bg[a] })
	for _, s := range bg[:6+r.IntN(8)] {
		sents = append(sents, fill(s))
	}
	sents = append(sents, byline+" reported for the "+outlet+".")
	var b strings.Builder
	for k, s := range sents {
		if k > 0 {
			b.WriteString(map[bool]string{true: "\n\n", false: " "}[k%3 == 0])
		}
		b.WriteString(s)
	}
	return b.String()
}

// filler returns a function that fills a template for one article: the
// story's names, and its figures, which one outlet in five states
// differently, as early reports disagree.
func (p plan) filler(r *rand.Rand) func(string) string {
	n1, n2 := p.n1, p.n2
	if r.IntN(5) == 0 {
		n1 = n1 * (80 + r.IntN(41)) / 100
	}
	if r.IntN(10) == 0 {
		n2 += 1 + r.IntN(3)
	}
	rep := strings.NewReplacer(
		"{P}", p.place, "{R}", p.region, "{O}", p.official, "{T}", p.title, "{S}", p.surname,
		"{G}", p.org, "{W}", p.witness, "{X}", p.expert, "{D}", p.start.Weekday().String(),
		"{N1}", strconv.Itoa(n1), "{N2}", strconv.Itoa(n2), "{N3}", strconv.Itoa(p.n3),
	)
	return rep.Replace
}

// Stories returns the articles of stories 0, 1, … until there are n, the
// last story cut short, with the number of stories.
func (c Corpus) Stories(n int) ([][]parallax.Article, int) {
	var out [][]parallax.Article
	for i := 0; n > 0; i++ {
		k := min(c.Size(i), n)
		arts := make([]parallax.Article, k)
		for j := range k {
			arts[j] = c.Article(i, j)
		}
		out = append(out, arts)
		n -= k
	}
	return out, len(out)
}

// Count returns the number of stories Stories(n) returns, without
// generating their articles.
func (c Corpus) Count(n int) int {
	i := 0
	for ; n > 0; i++ {
		n -= c.Size(i)
	}
	return i
}

// surname is an invented family name.
func surname(r *rand.Rand) string {
	return onsets[r.IntN(len(onsets))] + codas[r.IntN(len(codas))] + strings.ToLower(onsets[r.IntN(len(onsets))])
}

// reporter is the credited reporter of article j of story i, distinct for
// every (i, j) with i < 256,000 and j < 128: the name spells out i<<7|j in
// syllables.
func reporter(i, j int) string {
	k := i<<7 | j&127
	given := onsets[k%20] + codas[k/20%16]
	family := onsets[k/320%20] + codas[k/6400%16]
	if rest := k / 102400; rest > 0 {
		family += "-" + onsets[rest%20] + codas[rest/20%16]
	}
	return given + " " + family
}

// host is an invented outlet's web host.
func host(outlet string) string { return slug(outlet) + ".example" }

// slug lower-cases s and joins its words with dashes.
func slug(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return ' '
	}, s))), "-")
}
