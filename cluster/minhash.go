package cluster

import "math"

// Sketch sizes: a MinHash signature has sigSize values, and LSH splits it
// into sigBands bands of sigSize/sigBands rows. With 16 bands of 4 rows, two
// articles whose shingle sets have Jaccard similarity 0.5 share a band with
// probability 1-(1-0.5^4)^16 = 0.64, at 0.7 with 0.98, at 0.3 with 0.12; the
// candidates are then checked against the estimated similarity.
const (
	sigSize  = 64
	sigBands = 16
	sigRows  = sigSize / sigBands
)

// signature is a MinHash signature of a set of shingle hashes.
type signature [sigSize]uint32

// sigMul and sigAdd define the sigSize hash functions h_i(x) = mix(x*mul_i+add_i).
var sigMul, sigAdd = func() (m, a [sigSize]uint64) {
	x := uint64(0x2545f4914f6cdd1d)
	for i := range sigSize {
		x = splitmix(x)
		m[i] = x | 1
		x = splitmix(x)
		a[i] = x
	}
	return m, a
}()

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// minhash returns the signature of the set of shingles (duplicates are
// harmless). ok is false when there are too few shingles to judge.
func minhash(shingles []uint64) (sig signature, ok bool) {
	if len(shingles) < minShingles {
		return sig, false
	}
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	for _, s := range shingles {
		for i := range sigSize {
			h := uint32((s*sigMul[i] + sigAdd[i]) >> 32)
			if h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig, true
}

// minShingles is the fewest shingles (word 4-grams) an article needs for a
// copy judgement: shorter texts share boilerplate by chance.
const minShingles = 12

// similarity estimates the Jaccard similarity of the sets behind a and b.
func (a *signature) similarity(b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / sigSize
}

// bandKey returns the LSH bucket key of band i of sig.
func (a *signature) bandKey(i int) uint64 {
	h := uint64(i) * 0x9e3779b97f4a7c15
	for _, v := range a[i*sigRows : (i+1)*sigRows] {
		h = splitmix(h ^ uint64(v))
	}
	return h
}
