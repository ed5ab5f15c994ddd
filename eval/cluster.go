package eval

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/cluster"
)

// ClusterItem is one labelled article for the clustering evaluation: Gold
// names the story it belongs to.
type ClusterItem struct {
	Gold    string
	Article parallax.Article
}

// ClusterDatasets names the data sets ClusterItems reads.
var ClusterDatasets = []string{"basil", "neus", "ecbplus"}

// ClusterItems reads a folder laid out like the named data set (basil, neus
// or ecbplus) as labelled articles, in the order they are fed to the
// clusterer: by publication day for dated data (BASIL), in a fixed shuffled
// order for undated data (NeuS, ECB+), so that a story's articles do not
// arrive side by side.
func ClusterItems(ctx context.Context, dataset, dir string) ([]ClusterItem, error) {
	var items []ClusterItem
	switch dataset {
	case "basil":
		arts, err := ReadBASIL(ctx, dir)
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			it := ClusterItem{Gold: a.Event, Article: parallax.Article{ID: a.ID, Outlet: a.Source, URL: a.URL, Title: a.Title, Text: a.Body()}}
			if !a.Date.IsZero() {
				d := a.Date
				it.Article.Published = &d
			}
			items = append(items, it)
		}
		slices.SortStableFunc(items, func(a, b ClusterItem) int { return cmp.Compare(day(a), day(b)) })
		return items, nil
	case "neus":
		evs, err := ReadNeuS(ctx, dir)
		if err != nil {
			return nil, err
		}
		for _, ev := range evs {
			gold := fmt.Sprintf("%s-%d", ev.Split, ev.Line)
			for i, a := range ev.Articles {
				id := fmt.Sprintf("%s-%d-%d", ev.Split, ev.Line, i)
				items = append(items, ClusterItem{Gold: gold, Article: parallax.Article{ID: id, Outlet: a.Side, Title: a.Title, Text: a.Body}})
			}
		}
	case "ecbplus":
		docs, err := ReadECBPlus(ctx, dir)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			items = append(items, ClusterItem{Gold: d.SubTopic(), Article: parallax.Article{ID: d.Name, URL: d.URL, Text: d.Body()}})
		}
	default:
		return nil, parallax.Errorf(parallax.EINVALID, "unknown clustering data set %q (want basil, neus or ecbplus)", dataset)
	}
	r := rand.New(rand.NewPCG(4, 2))
	r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items, nil
}

func day(it ClusterItem) int64 {
	if it.Article.Published == nil {
		return 0
	}
	return it.Article.Published.Unix()
}

// ClusterResult is the score of story clustering on one data set.
type ClusterResult struct {
	Dataset     string  `json:"dataset"`
	Articles    int     `json:"articles"`
	GoldStories int     `json:"gold_stories"`
	Stories     int     `json:"stories"`
	Merges      int     `json:"merges"`
	Copies      int     `json:"copies"`
	BCubed      PRF     `json:"bcubed"`
	Pairwise    PRF     `json:"pairwise"`
	PerSecond   float64 `json:"articles_per_second"` // annotation and clustering together
}

// Cluster streams items through a clusterer with cfg, annotating each
// article with annotate (nil: text only, no entities or dates beyond the
// publication day), and scores the stories found against the gold labels.
func Cluster(ctx context.Context, items []ClusterItem, annotate func(parallax.Article) *parallax.Annotated, cfg cluster.Config) (ClusterResult, error) {
	if annotate == nil {
		annotate = func(a parallax.Article) *parallax.Annotated { return &parallax.Annotated{Article: a} }
	}
	cl := cluster.New(cfg)
	start := time.Now()
	for i, it := range items {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return ClusterResult{}, err
			}
		}
		cl.Add(annotate(it.Article))
	}
	elapsed := time.Since(start)
	storyOf := map[string]string{}
	res := ClusterResult{Articles: len(items), Merges: len(cl.Merges())}
	for _, s := range cl.Stories() {
		res.Stories++
		res.Copies += len(s.Copies)
		for _, id := range s.Articles {
			storyOf[id] = s.ID
		}
	}
	gold := make([]string, len(items))
	pred := make([]string, len(items))
	golds := map[string]bool{}
	for i, it := range items {
		gold[i], pred[i] = it.Gold, storyOf[it.Article.ID]
		golds[it.Gold] = true
	}
	res.GoldStories = len(golds)
	res.BCubed, res.Pairwise = BCubed(gold, pred), Pairwise(gold, pred)
	if elapsed > 0 {
		res.PerSecond = float64(len(items)) / elapsed.Seconds()
	}
	return res, nil
}
