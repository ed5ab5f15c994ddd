// Package annotate finds, in each article, what the later stages compare:
// sentences, named entities under canonical names, quotes and their speakers,
// numbers and what they count, and dates resolved against the publication
// date. It composes the single-purpose annotators in its subpackages.
package annotate

import (
	"context"
	"runtime"
	"sync"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate/date"
	"github.com/parallax-news/parallax/annotate/entity"
	"github.com/parallax-news/parallax/annotate/number"
	"github.com/parallax-news/parallax/annotate/quote"
	"github.com/parallax-news/parallax/text"
)

// Annotator annotates articles. Its zero value is not usable; call New. An
// Annotator is safe for concurrent use.
type Annotator struct {
	entities *entity.Recognizer
	// Workers bounds how many articles Batch annotates at once;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int
}

// New returns an Annotator with its tables built.
func New() *Annotator {
	return &Annotator{entities: entity.New()}
}

// Annotate annotates one article. It never fails: an article with no text
// yields an Annotated with no items.
func (an *Annotator) Annotate(a parallax.Article) *parallax.Annotated {
	doc := a.Text
	sents := text.Split(doc)
	ents := an.entities.Find(doc, sents)
	return &parallax.Annotated{
		Article:   a,
		Sentences: sents,
		Entities:  ents,
		Quotes:    quote.Find(doc, sents, ents),
		Numbers:   number.Find(doc, sents, ents),
		Dates:     date.Find(doc, sents, a.Published),
	}
}

// Batch annotates arts in parallel, then makes entity names agree across
// them (entity.Unify). The result is in the order of arts. When ctx is
// cancelled, Batch stops early and returns the articles annotated so far.
func (an *Annotator) Batch(ctx context.Context, arts []parallax.Article) []*parallax.Annotated {
	out := make([]*parallax.Annotated, len(arts))
	workers := an.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				out[i] = an.Annotate(arts[i])
			}
		})
	}
feed:
	for i := range arts {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	done := out[:0]
	for _, a := range out {
		if a != nil {
			done = append(done, a)
		}
	}
	unify(done)
	return done
}

// unify makes entity names agree across arts (entity.Unify), then renames
// the speakers and reporters that quotes and numbers name, which were
// resolved before the batch was known.
func unify(arts []*parallax.Annotated) {
	before := make([]map[string]bool, len(arts))
	for i, a := range arts {
		before[i] = make(map[string]bool, len(a.Entities))
		for _, e := range a.Entities {
			before[i][e.Name] = true
		}
	}
	entity.Unify(arts)
	for i, a := range arts {
		after := make(map[string]bool, len(a.Entities))
		for _, e := range a.Entities {
			after[e.Name] = true
		}
		rename := make(map[string]string)
		for _, e := range a.Entities {
			for _, old := range e.Aliases {
				if before[i][old] && !after[old] {
					rename[old] = e.Name
				}
			}
		}
		if len(rename) == 0 {
			continue
		}
		for j := range a.Quotes {
			if n, ok := rename[a.Quotes[j].Speaker]; ok {
				a.Quotes[j].Speaker = n
			}
		}
		for j := range a.Numbers {
			if n, ok := rename[a.Numbers[j].ReportedBy]; ok {
				a.Numbers[j].ReportedBy = n
			}
		}
	}
}
