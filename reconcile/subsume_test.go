package reconcile

import (
	"context"
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

func TestRankedGroupsDropsSubsumed(t *testing.T) {
	texts := []string{
		"President Edda Rune said Varnia supports the unity of Osk and seeks a durable settlement there.\n\nThe harbour in Osk reopened to grain ships.\n",
		"Varnia supports the unity of Osk and seeks a durable settlement there, President Edda Rune said.\n\nGrain ships returned to the harbour in Osk.\n",
		"President Edda Rune said on Monday that Varnia supports the unity of Osk and seeks a durable settlement.\n\nNo talks are planned.\n",
	}
	outlets := []string{"Lantern News", "Signal Daily", "Beacon Wire"}
	var arts []parallax.Article
	for i, s := range texts {
		arts = append(arts, parallax.Article{ID: outlets[i], Outlet: outlets[i], Text: s})
	}
	st := newStory(annotate.New().Batch(context.Background(), arts), Options{})
	sent := func(a, s int) int { return st.c.first[a] + s }
	st.groups = []group{
		{units: []int{sent(0, 0), sent(1, 0)}},             // 0: a fragment of group 1
		{units: []int{sent(0, 0), sent(1, 0), sent(2, 0)}}, // 1: the larger fact
		{units: []int{sent(0, 1), sent(1, 1)}},             // 2: another statement
	}
	got := st.rankedGroups()
	if want := []int{1, 2}; !slices.Equal(got, want) {
		t.Errorf("rankedGroups() = %v, want %v (group 0 repeats group 1 in the same sentences)", got, want)
	}
}
