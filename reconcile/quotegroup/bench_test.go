package quotegroup

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// story returns n articles: copies of the fixture's five under new ids, a
// worst case for grouping since every copy's quotes share their words.
func story(b *testing.B, n int) []*parallax.Annotated {
	base := kelmaria(b)
	arts := make([]*parallax.Annotated, 0, n)
	for i := 0; len(arts) < n; i++ {
		a := *base[i%len(base)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		arts = append(arts, &a)
	}
	return arts
}

func BenchmarkGroup5(b *testing.B)   { benchGroup(b, 5) }
func BenchmarkGroup100(b *testing.B) { benchGroup(b, 100) }

func benchGroup(b *testing.B, n int) {
	arts := story(b, n)
	b.ResetTimer()
	for range b.N {
		Group(arts, nil)
	}
}
