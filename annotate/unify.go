package annotate

import "github.com/parallax-news/parallax"

// Unify makes entity names agree across articles annotated one at a time,
// as Batch does after annotating: entity.Unify, then the quote speakers and
// number reporters renamed to match. It modifies arts in place. The pipeline
// package calls it on a story's articles before reconciling them.
func Unify(arts []*parallax.Annotated) { unify(arts) }
