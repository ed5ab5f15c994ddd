package reconcile

import "github.com/parallax-news/parallax"

func (st *story) discrepancies() []parallax.Discrepancy { return nil }
