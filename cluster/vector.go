package cluster

import (
	"math"
	"slices"
)

// term is one weighted feature of a sparse vector. Key is a 64-bit hash of
// the feature's text, so vectors need no shared vocabulary.
type term struct {
	Key    uint64
	Weight float32
}

// vector is a sparse vector sorted by Key, with no repeated keys.
type vector []term

// hashString returns the 64-bit FNV-1a hash of s, mixed with seed so that
// different feature kinds never share keys.
func hashString(seed uint64, s string) uint64 {
	h := uint64(14695981039346656037) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// norm returns the Euclidean length of v.
func (v vector) norm() float64 {
	var s float64
	for _, t := range v {
		s += float64(t.Weight) * float64(t.Weight)
	}
	return math.Sqrt(s)
}

// normalize scales v to unit length in place; a zero vector stays zero.
func (v vector) normalize() {
	n := v.norm()
	if n == 0 {
		return
	}
	for i := range v {
		v[i].Weight = float32(float64(v[i].Weight) / n)
	}
}

// top returns the keys of the k heaviest terms of v, in no set order.
func (v vector) top(k int) []uint64 {
	ts := topTerms(v, k)
	keys := make([]uint64, len(ts))
	for i, t := range ts {
		keys[i] = t.Key
	}
	return keys
}

// centroid is the sum of the unit vectors of a story's articles, kept as a
// map for look-ups, with its squared norm maintained on every change.
type centroid struct {
	w     map[uint64]float32
	norm2 float64
	n     int // the non-empty vectors summed
}

func newCentroid() centroid { return centroid{w: make(map[uint64]float32)} }

// dot returns the dot product of c and v.
func (c *centroid) dot(v vector) float64 {
	var s float64
	for _, t := range v {
		s += float64(c.w[t.Key]) * float64(t.Weight)
	}
	return s
}

// linked returns how well a unit vector v fits the vectors summed in c:
// dot(c, v) / (|c|^(1-a) · n^a). With a = 0 it is the cosine with the
// centroid, which a large, diverse story wins too easily (its centroid is
// broad); with a = 1 it is the mean of v's cosines with the summed vectors
// (average linkage), which a story only wins when v fits most of its
// articles. 0 when either is empty.
func (c *centroid) linked(v vector, a float64) float64 {
	if c.norm2 == 0 || len(v) == 0 {
		return 0
	}
	d := math.Pow(c.norm2, (1-a)/2) * math.Pow(float64(c.n), a)
	return c.dot(v) / d / v.norm()
}

// add adds v to c.
func (c *centroid) add(v vector) {
	if len(v) > 0 {
		c.n++
	}
	c.norm2 += 2*c.dot(v) + v.norm()*v.norm()
	for _, t := range v {
		c.w[t.Key] += t.Weight
	}
}

// addCentroid adds o to c.
func (c *centroid) addCentroid(o *centroid) {
	for k, w := range o.w {
		c.w[k] += w
	}
	c.n += o.n
	c.recompute()
}

// linkedCentroid scores two centroids as linked scores a vector against
// one: with a = 1, the mean similarity of their vectors' pairs.
func (c *centroid) linkedCentroid(o *centroid, a float64) float64 {
	if c.norm2 == 0 || o.norm2 == 0 {
		return 0
	}
	cos := c.cosineCentroid(o)
	return cos * math.Pow(math.Sqrt(c.norm2*o.norm2)/float64(c.n*o.n), a)
}

// cosineCentroid returns the cosine similarity of two centroids.
func (c *centroid) cosineCentroid(o *centroid) float64 {
	if c.norm2 == 0 || o.norm2 == 0 {
		return 0
	}
	a, b := c, o
	if len(b.w) < len(a.w) {
		a, b = b, a
	}
	var s float64
	for k, w := range a.w {
		s += float64(w) * float64(b.w[k])
	}
	return s / math.Sqrt(c.norm2) / math.Sqrt(o.norm2)
}

// prune keeps the max heaviest terms when c holds more than twice as many,
// so that a long-running story costs bounded memory and time.
func (c *centroid) prune(max int) {
	if len(c.w) <= 2*max {
		return
	}
	ws := make([]float32, 0, len(c.w))
	for _, w := range c.w {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	cut := ws[len(ws)-max]
	for k, w := range c.w {
		if w < cut {
			delete(c.w, k)
		}
	}
	c.recompute()
}

func (c *centroid) recompute() {
	c.norm2 = 0
	for _, w := range c.w {
		c.norm2 += float64(w) * float64(w)
	}
}
