package pipeline

import (
	"context"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// MaxRevisionSentences caps the removed and the added sentences listed for
// one changed article in Report.Revisions; the counts beside them are full.
const MaxRevisionSentences = 5

// revisions returns what changed in the articles of arts that the store
// holds earlier revisions of, in arts' order: for each, its latest earlier
// text compared with its current one, sentence by sentence.
func (w *Worker) revisions(ctx context.Context, arts []*parallax.Annotated) ([]parallax.ArticleRevision, error) {
	var out []parallax.ArticleRevision
	for _, a := range arts {
		revs, err := w.store.Articles.FindRevisions(ctx, a.ID)
		if parallax.ErrorCode(err) == parallax.ENOTFOUND {
			continue // deleted since it was read
		}
		if err != nil {
			return nil, err
		}
		if len(revs) == 0 {
			continue
		}
		out = append(out, ArticleRevision(revs[len(revs)-1], &a.Article, len(revs)+1))
	}
	return out, nil
}

// ArticleRevision describes how cur, the article's current text (revision
// number revision), differs from prev, the text it replaced: the sentences
// of prev no longer in cur and those of cur not in prev (compared with
// white space collapsed), each list capped at MaxRevisionSentences and in
// text order, and the previous title when it changed.
func ArticleRevision(prev parallax.Revision, cur *parallax.Article, revision int) parallax.ArticleRevision {
	r := parallax.ArticleRevision{Article: cur.ID, Revision: revision, Changed: prev.Replaced,
		Removed: []string{}, Added: []string{}}
	if strings.Join(strings.Fields(prev.Title), " ") != strings.Join(strings.Fields(cur.Title), " ") {
		r.TitleBefore = prev.Title
	}
	before, after := sentences(prev.Text), sentences(cur.Text)
	r.Removed, r.RemovedCount = missing(before, after)
	r.Added, r.AddedCount = missing(after, before)
	return r
}

// sentences returns doc's sentences with white space collapsed.
func sentences(doc string) []string {
	ss := text.Split(doc)
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if t := strings.Join(strings.Fields(s.Text), " "); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// missing returns the first MaxRevisionSentences sentences of a that b
// does not hold, and how many there are in all.
func missing(a, b []string) ([]string, int) {
	in := make(map[string]bool, len(b))
	for _, s := range b {
		in[s] = true
	}
	out, n := []string{}, 0
	for _, s := range a {
		if in[s] {
			continue
		}
		in[s] = true // a sentence repeated in a counts once
		n++
		if len(out) < MaxRevisionSentences {
			out = append(out, s)
		}
	}
	return out, n
}
