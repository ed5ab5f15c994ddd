package cluster

import (
	"fmt"
	"slices"
)

// Bounds on what one open story keeps.
const (
	maxStoryDays  = 32  // distinct event days remembered
	centroidTerms = 400 // content-word terms kept in a centroid (see centroid.prune)
)

// story is an open story: its articles and the centroids they are compared
// against.
type story struct {
	id       int32
	title    string
	articles []string
	copies   []Copy
	words    centroid
	names    centroid
	places   map[uint64]bool
	days     []int32
	first    int32
	last     int32
	dated    bool // reports whether first and last are set
	indexed  map[uint64]bool
	hubSum   float64 // the sum of its articles' hubness
}

// hub is the story's hubness: the mean of its articles'.
func (s *story) hub() float64 {
	if len(s.articles) == 0 {
		return 0
	}
	return s.hubSum / float64(len(s.articles))
}

func newStory(id int32, title string) *story {
	return &story{
		id:      id,
		title:   title,
		words:   newCentroid(),
		names:   newCentroid(),
		places:  make(map[uint64]bool),
		indexed: make(map[uint64]bool),
	}
}

func (s *story) name() string { return fmt.Sprintf("s%d", s.id) }

// add puts an article with features ft in s; dated reports whether the
// article had a publication date, cp is its copy record or nil.
func (s *story) add(id string, ft *features, dated bool, cp *Copy) {
	s.articles = append(s.articles, id)
	s.hubSum += ft.hub
	if cp != nil {
		s.copies = append(s.copies, *cp)
	}
	s.words.add(ft.words)
	s.words.prune(centroidTerms)
	s.names.add(ft.names)
	s.names.prune(centroidTerms)
	for _, p := range ft.places {
		s.places[p] = true
	}
	s.addDays(ft.days)
	if dated {
		s.addSpan(ft.day, ft.day)
	}
}

func (s *story) addDays(days []int32) {
	for _, d := range days {
		if len(s.days) >= maxStoryDays {
			return
		}
		if !slices.Contains(s.days, d) {
			s.days = append(s.days, d)
		}
	}
}

func (s *story) addSpan(first, last int32) {
	if !s.dated {
		s.first, s.last, s.dated = first, last, true
		return
	}
	s.first = min(s.first, first)
	s.last = max(s.last, last)
}

// absorb moves everything of o into s.
func (s *story) absorb(o *story) {
	s.articles = append(s.articles, o.articles...)
	s.hubSum += o.hubSum
	s.copies = append(s.copies, o.copies...)
	s.words.addCentroid(&o.words)
	s.words.prune(centroidTerms)
	s.names.addCentroid(&o.names)
	s.names.prune(centroidTerms)
	for p := range o.places {
		s.places[p] = true
	}
	s.addDays(o.days)
	if o.dated {
		s.addSpan(o.first, o.last)
	}
}

// export returns the public view of s.
func (s *story) export() Story {
	st := Story{
		ID:          s.name(),
		Title:       s.title,
		Articles:    slices.Clone(s.articles),
		Copies:      slices.Clone(s.copies),
		Independent: len(s.articles) - len(s.copies),
	}
	if s.dated {
		st.First, st.Last = dayTime(s.first), dayTime(s.last)
	}
	return st
}
