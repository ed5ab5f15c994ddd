package cluster

import (
	"math"
	"testing"
)

func TestHubness(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []float64
		want   float64
	}{
		{"no candidates", nil, 0},
		{"missing neighbours count 0", []float64{0.5, 0.3}, 0.08},
		{"negative scores count 0", []float64{0.4, -0.2, -0.1}, 0.04},
		{"only the ten best", []float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.8}, 1},
		{"order does not matter", []float64{0.1, 0.9, 0.5}, 0.15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hubness(tc.scores); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("hubness(%v) = %v, want %v", tc.scores, got, tc.want)
			}
		})
	}
}

func TestCorrected(t *testing.T) {
	s := newStory(1, "t")
	s.articles = []string{"a", "b"}
	s.hubSum = 0.6 // story hubness 0.3
	ft := &features{hub: 0.1}
	for _, tc := range []struct {
		name    string
		hubness float64
		want    float64
	}{
		{"default weight takes 0.75 of the mean hubness", 0, 0.5 - 0.75*0.2},
		{"negative weight turns the correction off", -1, 0.5},
		{"weight 1", 1, 0.3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Config{Hubness: tc.hubness})
			if got := c.corrected(0.5, ft, s); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("corrected(0.5) with Hubness %v = %v, want %v", tc.hubness, got, tc.want)
			}
		})
	}
}
