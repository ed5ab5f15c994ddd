package reconcile

import (
	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/reconcile/framing"
	"github.com/parallax-news/parallax/reconcile/quotegroup"
	"github.com/parallax-news/parallax/reconcile/timeline"
)

// addSubpackages fills the report's quote groups, framing and timeline from
// the subpackages that find them.
func (st *story) addSubpackages(r *parallax.Report) {
	copies := st.opts.Copies
	if copies == nil {
		copies = map[string]string{}
	}
	r.Quotes = quotegroup.Group(st.arts, copies)
	r.Framing = framing.Build(st.arts)
	r.Timeline = timeline.Build(st.arts, nil)
}
