package cluster

import "github.com/parallax-news/parallax"

// Group is a story formed earlier (by another process, or kept in a store),
// offered to Decide as a candidate for a new article.
type Group struct {
	ID       string
	Articles []*parallax.Annotated // in the order they joined; empty groups are ignored
}

// Decision is where Decide places an article.
type Decision struct {
	// Story is the ID of the Group the article joins; "" when it starts a
	// story of its own.
	Story string
	// Score is the article's score against that group; 0 when Story is "".
	Score float64
	// CopyOf is the ID of a group article the article nearly copies; "" if
	// none. Similarity is their estimated Jaccard similarity.
	CopyOf     string
	Similarity float64
}

// Decide places article a among groups as Add would in a Clusterer that had
// seen exactly the groups' articles, each group as one story: the same
// features (document frequencies learned from those articles and a), the
// same candidate retrieval, score, hubness correction, Threshold, Margin,
// ClearScore and near-copy rule. It
// never merges groups. Groups are replayed in the order given, so equal
// inputs give equal decisions. It lets a caller that keeps stories outside
// the process (the pipeline package) decide with the clusterer's similarity.
func Decide(cfg Config, a *parallax.Annotated, groups []Group) Decision {
	c := New(cfg)
	ids := make(map[int32]string, len(groups))
	for _, g := range groups {
		if len(g.Articles) == 0 {
			continue
		}
		s := c.open(g.Articles[0])
		ids[s.id] = g.ID
		for _, x := range g.Articles {
			c.replay(x, s)
		}
	}
	c.advance(a)
	ft := c.feat.extract(a, c.now)
	var d Decision
	var target *story
	cands := c.candidates(ft)
	scores := c.scoreAll(ft, cands)
	if !c.cfg.NoCopies {
		var cp *Copy
		if cp, target = c.findCopy(a.ID, ft); cp != nil && target != nil {
			d.CopyOf, d.Similarity = cp.CopyOf, cp.Similarity
			d.Score = c.corrected(c.score(ft, target), ft, target)
		}
	}
	if target == nil {
		target, d.Score = c.best(ft, cands, scores)
	}
	if target == nil {
		return Decision{}
	}
	d.Story = ids[target.id]
	return d
}

// replay puts article x in story s as if Add had placed it there.
func (c *Clusterer) replay(x *parallax.Annotated, s *story) {
	c.advance(x)
	ft := c.feat.extract(x, c.now)
	c.scoreAll(ft, c.candidates(ft)) // the hubness Add would have given it
	s.add(x.ID, ft, x.Published != nil, nil)
	c.index.addStory(s, ft)
	if sig, ok := minhash(ft.shingles); ok {
		ft.sig, ft.hasSig = sig, true
	}
	c.rememberCopy(x.ID, ft, s, nil)
}

// advance moves the clusterer's latest day to a's publication day when later.
func (c *Clusterer) advance(a *parallax.Annotated) {
	if a.Published == nil {
		return
	}
	if d := dayOf(*a.Published); !c.dated || d > c.now {
		c.now, c.dated = d, true
	}
}
