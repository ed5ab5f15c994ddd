package cluster

import "time"

// Config sets the clusterer's thresholds and bounds. Zero fields take the
// values of DefaultConfig, so Config{} works. The thresholds were set once on
// the development data (docs/clustering.md) and hold for every stream.
type Config struct {
	// Window is how long a story stays open after its latest article: older
	// stories are neither candidates nor kept in the index. Default 21 days.
	Window time.Duration
	// Threshold is the score an article needs to join a story; below it the
	// article starts a new story.
	Threshold float64
	// Linkage sets how an article is scored against a story: 0 compares it
	// with the story's centroid (cosine), 1 averages its similarities with
	// the story's articles, so that a story grown broad does not pull in
	// the next episode of its topic; values between blend the two. Negative
	// means 0.
	Linkage float64
	// Margin is how far the best story's score must lead the runner-up's
	// for the article to join it; closer, it starts a new story. Negative
	// means no margin.
	Margin float64
	// ClearScore is the score at or above which an article joins its best
	// story however close the runner-up comes: the margin guards the
	// uncertain joins, not those where the article plainly fits. Negative
	// means the margin always applies.
	ClearScore float64
	// Hubness is the weight of the hubness correction taken off every
	// score before Threshold, Margin and ClearScore apply: Hubness times
	// the mean of the article's hubness (the mean of its 10 best candidate
	// scores) and the story's (the mean of its articles'). A lead about a
	// running topic resembles many stories; the correction asks how much
	// better it fits this one than it fits whatever it meets. Negative
	// turns it off.
	Hubness float64
	// MergeThreshold is the score two stories need to be merged, their
	// centroids compared as Linkage sets (at 1, the mean similarity of their
	// articles' pairs).
	MergeThreshold float64
	// NameWeight is the share of the score given to names (canonical
	// entities, or capitalised words when the article has no entities); the
	// rest goes to content words.
	NameWeight float64
	// EntityWeight replaces NameWeight when the article's names are
	// canonical entities: an entity that differs is stronger evidence of a
	// different event than a capitalised word that differs.
	EntityWeight float64
	// BigramWeight is the weight of a pair of adjacent content words (or
	// numbers) relative to a single word; negative leaves pairs out.
	BigramWeight float64
	// NumberWeight is the weight of a number of two or more characters
	// ("36", "1.5") relative to a word; negative leaves numbers out, also
	// from pairs.
	NumberWeight float64
	// DatePenalty is taken off the score when the article's days and the
	// story's days are DateSlack+14 days or more apart, in proportion below.
	DatePenalty float64
	DateSlack   int
	// PlacePenalty is taken off the score when both name places and none is
	// shared (two earthquakes, two cities).
	PlacePenalty float64
	// MaxTokens bounds the tokens read from an article's body.
	MaxTokens int
	// Candidates bounds the stories scored per article after retrieval.
	Candidates int
	// DecayEvery halves the document frequencies every so many articles, so
	// that IDF follows the stream; negative disables decay.
	DecayEvery int
	// CopyThreshold is the estimated Jaccard similarity of word 4-gram sets
	// above which an article is a near-copy of an earlier one.
	CopyThreshold float64
	// NoCopies turns near-copy detection off.
	NoCopies bool
	// OnRetire, when set, receives each story that leaves the window; the
	// clusterer then forgets it, so memory stays bounded by the window. When
	// nil, retired stories are kept for Stories.
	OnRetire func(Story)
}

// DefaultConfig returns the configuration measured in docs/clustering.md.
func DefaultConfig() Config {
	return Config{
		Window:         21 * 24 * time.Hour,
		Threshold:      0.17,
		Linkage:        0.8,
		Margin:         0.08,
		ClearScore:     0.25,
		Hubness:        0.75,
		MergeThreshold: 0.5,
		NameWeight:     0.1,
		EntityWeight:   0.1,
		BigramWeight:   -1,
		NumberWeight:   1,
		DatePenalty:    0.3,
		DateSlack:      3,
		PlacePenalty:   0.25,
		MaxTokens:      600,
		Candidates:     12,
		DecayEvery:     50000,
		CopyThreshold:  0.5,
	}
}

// withDefaults returns cfg with its zero fields set from DefaultConfig.
func (cfg Config) withDefaults() Config {
	d := DefaultConfig()
	set := func(v *float64, def float64) {
		if *v == 0 {
			*v = def
		}
	}
	setInt := func(v *int, def int) {
		if *v == 0 {
			*v = def
		}
	}
	if cfg.Window == 0 {
		cfg.Window = d.Window
	}
	set(&cfg.Threshold, d.Threshold)
	set(&cfg.MergeThreshold, d.MergeThreshold)
	set(&cfg.Linkage, d.Linkage)
	set(&cfg.Margin, d.Margin)
	set(&cfg.ClearScore, d.ClearScore)
	set(&cfg.Hubness, d.Hubness)
	cfg.Linkage = max(cfg.Linkage, 0)
	set(&cfg.NameWeight, d.NameWeight)
	set(&cfg.EntityWeight, d.EntityWeight)
	set(&cfg.DatePenalty, d.DatePenalty)
	set(&cfg.BigramWeight, d.BigramWeight)
	set(&cfg.NumberWeight, d.NumberWeight)
	set(&cfg.PlacePenalty, d.PlacePenalty)
	set(&cfg.CopyThreshold, d.CopyThreshold)
	setInt(&cfg.DateSlack, d.DateSlack)
	setInt(&cfg.MaxTokens, d.MaxTokens)
	setInt(&cfg.Candidates, d.Candidates)
	setInt(&cfg.DecayEvery, d.DecayEvery)
	return cfg
}

// windowDays is the window in whole days, at least 1.
func (cfg *Config) windowDays() int32 {
	d := int32(cfg.Window / (24 * time.Hour))
	return max(d, 1)
}
