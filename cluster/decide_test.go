package cluster

import (
	"fmt"
	"testing"
)

// TestDecideStream places the stream one article at a time with Decide, each
// time offering every story formed so far as a group, as a pipeline keeping
// its stories in a store does, and checks the stories against the gold ones
// and the near-copies against Add's.
func TestDecideStream(t *testing.T) {
	fs := readStream(t)
	var groups []Group
	storyOf := map[string]string{}
	copyOf := map[string]string{}
	for _, f := range fs {
		d := Decide(Config{}, f.art, groups)
		if d.Story == "" {
			d.Story = fmt.Sprintf("g%d", len(groups)+1)
			groups = append(groups, Group{ID: d.Story})
		}
		for i := range groups {
			if groups[i].ID == d.Story {
				groups[i].Articles = append(groups[i].Articles, f.art)
			}
		}
		storyOf[f.art.ID] = d.Story
		copyOf[f.art.ID] = d.CopyOf
	}
	for _, a := range fs {
		for _, b := range fs {
			same := storyOf[a.art.ID] == storyOf[b.art.ID]
			if want := a.gold == b.gold; same != want {
				t.Errorf("same story(%s, %s) = %v, want %v", a.art.ID, b.art.ID, same, want)
			}
		}
	}
	_, as := clusterStream(fs)
	for id, a := range as {
		if copyOf[id] != a.CopyOf {
			t.Errorf("Decide(%s).CopyOf = %q, want %q (as Add)", id, copyOf[id], a.CopyOf)
		}
	}
}

func TestDecideNoGroups(t *testing.T) {
	fs := readStream(t)
	if d := Decide(Config{}, fs[0].art, nil); d != (Decision{}) {
		t.Errorf("Decide(%s, no groups) = %+v, want a new story", fs[0].art.ID, d)
	}
}
