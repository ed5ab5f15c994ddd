package eval

import (
	"context"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile"
)

// DefaultSummarySentences is the summary length used on NeuS: its neutral
// references run to about three sentences, and the lead baseline takes one
// sentence from each of the three articles, so every system gets three.
const DefaultSummarySentences = 3

// NamedSummarizer is a summarizer under the name the figures print.
type NamedSummarizer struct {
	Name string
	Sum  Summarizer
}

// SummarySystems returns Parallax's summarizer and the baselines, in the
// order the figures list them.
func SummarySystems() []NamedSummarizer {
	return []NamedSummarizer{
		{"parallax", Parallax},
		{"lead", Lead},
		{"textrank", TextRank},
		{"centroid", Centroid},
	}
}

// Parallax is Parallax's own summary (reconcile.Summary) as a Summarizer.
func Parallax(arts []*parallax.Annotated, n int) []string {
	lines := reconcile.Summary(arts, reconcile.Options{SummarySentences: n})
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

// SummaryResult is the mean ROUGE F1 of each system over a set of events.
type SummaryResult struct {
	Events    int              `json:"events"`    // events scored (those with a reference)
	Sentences int              `json:"sentences"` // summary length asked of every system
	Systems   map[string]Rouge `json:"systems"`
}

// Annotator annotates the articles of one story together.
type Annotator func(ctx context.Context, arts []parallax.Article) []*parallax.Annotated

// Summary scores every system's n-sentence summary of each NeuS event
// against its neutral reference, and returns the mean F1 per system. The
// reference is the target's text after "ARTICLE=>" (its title is left out:
// no system writes titles); an event's articles are its bodies, with their
// titles as Article.Title. Events without a reference are skipped.
func Summary(ctx context.Context, events []NeuSEvent, annotate Annotator, systems []NamedSummarizer, n int) (SummaryResult, error) {
	res := SummaryResult{Sentences: n, Systems: map[string]Rouge{}}
	sums := make([]Rouge, len(systems))
	for _, ev := range events {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		ref := NeuSReference(ev.Summary)
		if ref == "" {
			continue
		}
		arts := annotate(ctx, neusArticles(ev))
		for i, s := range systems {
			r := ScoreRouge(ref, strings.Join(s.Sum(arts, n), " "))
			sums[i].Rouge1 += r.Rouge1
			sums[i].Rouge2 += r.Rouge2
			sums[i].RougeL += r.RougeL
		}
		res.Events++
	}
	for i, s := range systems {
		r := sums[i]
		if res.Events > 0 {
			k := float64(res.Events)
			r = Rouge{r.Rouge1 / k, r.Rouge2 / k, r.RougeL / k}
		}
		res.Systems[s.Name] = r
	}
	return res, nil
}

// NeuSReference returns the neutral summary of a NeuS target line: the text
// after "ARTICLE=>", or the whole line without a "TITLE=>" marker.
func NeuSReference(target string) string {
	if _, body, ok := strings.Cut(target, "ARTICLE=>"); ok {
		return strings.TrimSpace(body)
	}
	return strings.TrimSpace(strings.TrimPrefix(target, "TITLE=>"))
}

// neusArticles turns an event's articles into parallax articles, one outlet
// per side.
func neusArticles(ev NeuSEvent) []parallax.Article {
	out := make([]parallax.Article, len(ev.Articles))
	for i, a := range ev.Articles {
		side := a.Side
		if side == "" {
			side = "outlet-" + string(rune('a'+i))
		}
		out[i] = parallax.Article{ID: side, Outlet: side, Title: a.Title, Text: a.Body, Source: ev.Split}
	}
	return out
}
