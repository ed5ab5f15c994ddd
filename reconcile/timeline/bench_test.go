package timeline

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

func BenchmarkBuild5(b *testing.B)   { benchBuild(b, 5) }
func BenchmarkBuild100(b *testing.B) { benchBuild(b, 100) }

func benchBuild(b *testing.B, n int) {
	base := kelmaria(b)
	arts := make([]*parallax.Annotated, 0, n)
	for i := 0; len(arts) < n; i++ {
		a := *base[i%len(base)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		arts = append(arts, &a)
	}
	b.ResetTimer()
	for range b.N {
		Build(arts, nil)
	}
}
