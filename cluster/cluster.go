// Package cluster groups a stream of annotated articles into stories as they
// arrive, and marks near-copies (wire copy, press releases run verbatim).
//
// Each article is represented by its content-word stems, numbers and names
// (canonical entities, or capitalised words when it has none), both weighted
// by TF-IDF learned online, and by the days of the events it reports. It
// joins the best-scoring open story — retrieved through an inverted index over
// the stories active in a time window, never by comparing with every earlier
// story — when it fits most of that story's articles (not a centroid that
// drifts as the story grows) and fits it clearly better than the runner-up,
// scores corrected for hubness (an article or story that resembles
// everything is discounted); otherwise it starts a new one. Disagreement on places and dates counts
// against a join, so two events of the same kind stay apart. Stories found to
// be one are merged, and the merge is recorded. See docs/clustering.md.
package cluster

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/parallax-news/parallax"
)

// Assignment is where Add put an article.
type Assignment struct {
	Article string // the article's ID
	Story   string // the story it joined or started
	New     bool   // reports whether the article started the story
	// Score is the article's score against the story it joined, after the
	// hubness correction; 0 when New or when it joined as a near-copy.
	Score float64
	// CopyOf is the ID of the earlier article this one nearly copies; "" if none.
	CopyOf string
}

// Story is a group of articles about one event.
type Story struct {
	ID       string
	Title    string   // the title of its first article (or its first line)
	Articles []string // article IDs, in the order they joined; len > 0
	Copies   []Copy   // the articles among Articles that are near-copies
	// Independent is the number of articles that are not near-copies.
	Independent int
	// First and Last are the earliest and latest publication days; zero when
	// no article was dated.
	First, Last time.Time
}

// Copy records that Article nearly copies the earlier CopyOf, with the
// estimated Jaccard similarity of their word 4-gram sets.
type Copy struct {
	Article    string  `json:"article"`
	CopyOf     string  `json:"copy_of"`
	Similarity float64 `json:"similarity"`
}

// Merge records that story From was found to be the same as story Into and
// folded into it when Article arrived.
type Merge struct {
	From, Into string
	At         time.Time // the day of the article that prompted the merge; zero if undated
	Article    string
	Score      float64
	Why        string
}

// Clusterer groups articles into stories online. Its zero value is not
// usable; call New. It is not safe for concurrent use.
type Clusterer struct {
	cfg     Config
	feat    *featurizer
	stories map[int32]*story // open stories by id
	index   *index
	copies  *copyIndex
	alias   map[int32]int32 // merged story -> story it was merged into
	nextID  int32
	now     int32 // the latest article day seen
	dated   bool  // reports whether any article had a date
	swept   int32 // the day of the last eviction sweep
	retired []Story
	merges  []Merge
}

// New returns a Clusterer with cfg (zero fields take DefaultConfig values).
func New(cfg Config) *Clusterer {
	cfg = cfg.withDefaults()
	c := &Clusterer{
		stories: make(map[int32]*story),
		index:   newIndex(),
		copies:  newCopyIndex(),
		alias:   make(map[int32]int32),
	}
	c.cfg = cfg
	c.feat = newFeaturizer(&c.cfg)
	return c
}

// Add places one article in a story and returns where it went. Articles
// should come roughly in publication order; an article without a publication
// date is placed at the latest date seen so far.
func (c *Clusterer) Add(a *parallax.Annotated) Assignment {
	if a.Published != nil {
		d := dayOf(*a.Published)
		if !c.dated || d > c.now {
			c.now, c.dated = d, true
		}
	}
	c.evict()
	ft := c.feat.extract(a, c.now)
	as := Assignment{Article: a.ID}
	var target *story
	var cp *Copy
	if !c.cfg.NoCopies {
		cp, target = c.findCopy(a.ID, ft)
	}
	cands := c.candidates(ft)
	scores := c.scoreAll(ft, cands)
	if target == nil {
		target, as.Score = c.best(ft, cands, scores)
	}
	if target == nil {
		target = c.open(a)
		as.New = true
	}
	target.add(a.ID, ft, a.Published != nil, cp)
	c.index.addStory(target, ft)
	if cp != nil {
		as.CopyOf = cp.CopyOf
	}
	c.rememberCopy(a.ID, ft, target, cp)
	if !as.New {
		target = c.mergeAround(target, cands, a.ID, ft.day)
	}
	as.Story = target.name()
	return as
}

// best returns the candidate with the highest corrected score (scores are
// ft's scores against cands, from scoreAll) when that score reaches the
// threshold, or nil; also nil when the best scores below ClearScore and the
// runner-up comes within Margin of it (the article fits two stories about
// equally and neither well: precision first, it starts its own).
func (c *Clusterer) best(ft *features, cands []*story, scores []float64) (*story, float64) {
	var best *story
	bestScore, second := math.Inf(-1), math.Inf(-1)
	for i, s := range cands {
		sc := c.corrected(scores[i], ft, s)
		switch {
		case sc > bestScore:
			best, bestScore, second = s, sc, bestScore
		case sc > second:
			second = sc
		}
	}
	uncertain := c.cfg.ClearScore < 0 || bestScore < c.cfg.ClearScore
	if best == nil || bestScore < c.cfg.Threshold || (uncertain && bestScore-second < c.cfg.Margin) {
		return nil, 0
	}
	return best, bestScore
}

// open starts a new story for a.
func (c *Clusterer) open(a *parallax.Annotated) *story {
	c.nextID++
	s := newStory(c.nextID, storyTitle(a))
	c.stories[s.id] = s
	return s
}

// SortForStream orders a batch of articles for Add: undated articles first
// (they cannot be placed in time, and added last they would miss stories the
// window has already retired), then by publication time; ties keep their
// order.
func SortForStream(arts []*parallax.Annotated) {
	slices.SortStableFunc(arts, func(a, b *parallax.Annotated) int {
		switch {
		case a.Published == nil && b.Published == nil:
			return 0
		case a.Published == nil:
			return -1
		case b.Published == nil:
			return 1
		}
		return a.Published.Compare(*b.Published)
	})
}

// Stories returns every story, open and retired (unless Config.OnRetire took
// the retired ones), in the order they were started. Merged stories appear
// only inside the story they were merged into.
func (c *Clusterer) Stories() []Story {
	out := slices.Clone(c.retired)
	for _, s := range c.stories {
		out = append(out, s.export())
	}
	slices.SortFunc(out, func(a, b Story) int { return storyNumber(a.ID) - storyNumber(b.ID) })
	return out
}

// Merges returns every merge recorded so far, in the order they happened.
func (c *Clusterer) Merges() []Merge { return slices.Clone(c.merges) }

// Open reports how many stories are in the active window.
func (c *Clusterer) Open() int { return len(c.stories) }

// evict retires the stories whose latest article is older than the window,
// once per new day.
func (c *Clusterer) evict() {
	if !c.dated || c.now <= c.swept {
		return
	}
	c.swept = c.now
	limit := c.now - c.cfg.windowDays()
	for id, s := range c.stories {
		if s.dated && s.last < limit {
			delete(c.stories, id)
			c.index.dropStory()
			c.retire(s.export())
		}
	}
	for from, into := range c.alias {
		if c.stories[into] == nil && c.alias[into] == 0 {
			delete(c.alias, from)
		}
	}
	c.copies.evict(limit)
	c.index.compact(c.stories)
}

func (c *Clusterer) retire(s Story) {
	if c.cfg.OnRetire != nil {
		c.cfg.OnRetire(s)
		return
	}
	c.retired = append(c.retired, s)
}

// resolve follows merges from story id to the open story holding it; nil
// when that story has been retired.
func (c *Clusterer) resolve(id int32) *story {
	for range 64 {
		if s := c.stories[id]; s != nil {
			return s
		}
		next, ok := c.alias[id]
		if !ok {
			return nil
		}
		id = next
	}
	return nil
}

// storyTitle is a's title, or its first line cut to 100 bytes.
func storyTitle(a *parallax.Annotated) string {
	if a.Title != "" {
		return a.Title
	}
	t := a.Text
	for i, r := range t {
		if r == '\n' || i >= 100 {
			return t[:i]
		}
	}
	return t
}

func dayOf(t time.Time) int32 {
	u := t.Unix()
	d := u / 86400
	if u < 0 && u%86400 != 0 {
		d--
	}
	return int32(d)
}

func dayTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func storyNumber(id string) int {
	n := 0
	fmt.Sscanf(id, "s%d", &n)
	return n
}
