package cluster

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Seeds that keep the hash spaces of the feature kinds apart.
const (
	seedWord  = 0x9e3779b97f4a7c15
	seedName  = 0xc2b2ae3d27d4eb4f
	seedShing = 0x165667b19e3779f9
	seedNum   = 0x27d4eb2f165667c5
)

// features is what the clusterer compares of one article.
type features struct {
	words  vector   // stemmed content words, TF-IDF weighted, unit length
	names  vector   // canonical entities (or capitalised words), unit length
	places []uint64 // name keys of the places the article names
	// canonical reports whether names come from entity annotation rather
	// than capitalised words.
	canonical bool
	days      []int32  // days (since 1970) of the events it dates, and its publication day
	day       int32    // the article's own day: publication, or the stream's latest
	dated     bool     // reports whether day is the publication day
	shingles  []uint64 // hashes of word 4-grams, for near-copy sketches
	sig       signature
	hasSig    bool // reports whether sig is set (enough shingles)
	// hub is the article's hubness against the stories it was scored
	// against when placed (see hubness); 0 until then.
	hub float64
}

// featurizer turns articles into features. It holds the online document
// frequencies and a stem cache; it is not safe for concurrent use.
type featurizer struct {
	cfg   *Config
	df    map[uint64]float32
	n     float32 // documents counted in df (decayed like df)
	added int
	stems map[string]string
}

func newFeaturizer(cfg *Config) *featurizer {
	return &featurizer{cfg: cfg, df: make(map[uint64]float32), stems: make(map[string]string)}
}

// stem returns the Snowball stem of a folded word, from a bounded cache.
func (f *featurizer) stem(w string) string {
	if s, ok := f.stems[w]; ok {
		return s
	}
	if len(f.stems) >= 1<<17 {
		clear(f.stems)
	}
	s := text.Stem(w)
	f.stems[w] = s
	return s
}

// extract computes the features of a, updating document frequencies first so
// that a's own terms count in their IDF. day is the day used when a has no
// publication date.
func (f *featurizer) extract(a *parallax.Annotated, day int32) *features {
	ft := &features{day: day}
	if a.Published != nil {
		ft.day, ft.dated = dayOf(*a.Published), true
	}
	wordTF := make(map[uint64]float32)
	nameTF := make(map[uint64]float32)
	f.countWords(a.Title, 2, wordTF, nil, nil)
	var shingles *[]uint64
	if f.cfg.CopyThreshold > 0 {
		shingles = &ft.shingles
	}
	useCaps := len(a.Entities) == 0
	var caps map[uint64]float32
	if useCaps {
		caps = nameTF
	}
	f.countWords(a.Text, 1, wordTF, caps, shingles)
	if !useCaps {
		ft.canonical = true
		ft.places = f.countEntities(a.Entities, nameTF)
	}
	f.learn(wordTF, nameTF)
	ft.words = f.weigh(wordTF)
	ft.names = f.weigh(nameTF)
	ft.days = eventDays(a.Dates, ft.day, ft.dated)
	return ft
}

// countWords adds the content-word stems of s to tf with weight w, and, with
// their configured weights, numbers and pairs of adjacent content words
// ("border wall", "1.5 trillion"): a phrase or a figure is far more specific
// to one event than its words apart. When caps is not nil, capitalised words
// that do not start a sentence are counted in it as names; when shingles is
// not nil, the hashes of word 4-grams are appended.
func (f *featurizer) countWords(s string, w float32, tf, caps map[uint64]float32, shingles *[]uint64) {
	toks := text.Tokens(s)
	if len(toks) > f.cfg.MaxTokens {
		toks = toks[:f.cfg.MaxTokens]
	}
	var ring [4]uint64
	var prev uint64 // the previous content term, 0 when a stop word or a break came between
	prevEnd := 0
	for i, t := range toks {
		folded := text.Base(text.Fold(t.Text))
		if shingles != nil {
			ring[i%4] = hashString(seedShing, folded)
			if i >= 3 {
				*shingles = append(*shingles, ring[(i+1)%4]^rotl(ring[(i+2)%4], 1)^rotl(ring[(i+3)%4], 2)^rotl(ring[i%4], 3))
			}
		}
		if prev != 0 && !onlySpace(s[prevEnd:t.Start]) {
			prev = 0
		}
		prevEnd = t.End
		k, weight := f.term(folded, w)
		if k == 0 {
			prev = 0
			continue
		}
		if weight > 0 {
			tf[k] += weight
		}
		if prev != 0 && f.cfg.BigramWeight > 0 {
			tf[prev*31^rotl(k, 17)] += w * float32(f.cfg.BigramWeight)
		}
		prev = k
		if caps != nil && weight > 0 && isCapitalised(t.Text) && !sentenceInitial(s, t.Start) {
			caps[hashString(seedName, folded)] += w
		}
	}
}

// term returns the key of a folded token as a content term and its weight
// from the token weight w: a stem for a content word, the figure for a
// number (weighted NumberWeight; 0 leaves it out of tf but keeps it for
// phrases). The key is 0 for stop words, short words and single digits.
func (f *featurizer) term(folded string, w float32) (uint64, float32) {
	if isNumber(folded) {
		if len(folded) < 2 || f.cfg.NumberWeight < 0 {
			return 0, 0
		}
		return hashString(seedNum, folded), w * float32(max(f.cfg.NumberWeight, 0))
	}
	if len(folded) < 3 || text.IsStopword(folded) {
		return 0, 0
	}
	return hashString(seedWord, f.stem(folded)), w
}

// onlySpace reports whether s holds nothing but white space.
func onlySpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// countEntities adds canonical entity names to tf, weighted by mentions, and
// returns the keys of the places.
func (f *featurizer) countEntities(ents []parallax.Entity, tf map[uint64]float32) []uint64 {
	var places []uint64
	for _, e := range ents {
		k := hashString(seedName, text.Fold(e.Name))
		tf[k] += float32(len(e.Mentions))
		if e.Type == parallax.Place {
			places = append(places, k)
		}
	}
	return places
}

// learn counts one document's terms in the document frequencies, halving all
// counts every DecayEvery documents so that the table follows the stream and
// stays bounded.
func (f *featurizer) learn(tfs ...map[uint64]float32) {
	for _, tf := range tfs {
		for k := range tf {
			f.df[k]++
		}
	}
	f.n++
	f.added++
	if f.cfg.DecayEvery > 0 && f.added%f.cfg.DecayEvery == 0 {
		for k, v := range f.df {
			if v < 1 {
				delete(f.df, k)
			} else {
				f.df[k] = v / 2
			}
		}
		f.n /= 2
	}
}

// idfPrior is the number of documents the IDF assumes were seen, none
// containing the term, before the stream began: it keeps the first articles'
// weights from collapsing to zero and decides nothing once the stream is long.
const idfPrior = 20

// weigh turns term frequencies into a unit TF-IDF vector sorted by key.
func (f *featurizer) weigh(tf map[uint64]float32) vector {
	v := make(vector, 0, len(tf))
	for k, c := range tf {
		idf := math.Log((float64(f.n) + idfPrior) / (float64(f.df[k]) + 1))
		w := (1 + math.Log(float64(c))) * idf
		if w > 0 {
			v = append(v, term{k, float32(w)})
		}
	}
	slices.SortFunc(v, func(a, b term) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	v.normalize()
	return v
}

// eventDays returns the resolved day-precise dates of ds and, when dated,
// the article's own day, at most maxDays of them. An undated article with no
// resolved dates has none, and no date counts against it.
func eventDays(ds []parallax.Date, day int32, dated bool) []int32 {
	const maxDays = 8
	var days []int32
	if dated {
		days = append(days, day)
	}
	for _, d := range ds {
		if len(days) == maxDays {
			break
		}
		if d.Resolved && d.Granularity == "day" {
			if x := dayOf(d.Date); !slices.Contains(days, x) {
				days = append(days, x)
			}
		}
	}
	return days
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sentenceInitial reports whether the word at byte offset start of s opens a
// sentence or line: nothing but spaces, quotes and brackets stand between it
// and the start of s or a sentence-final mark.
func sentenceInitial(s string, start int) bool {
	for i := start; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?' || r == ':' || r == '/' || r == '—' || r == '–':
			return true
		case unicode.IsSpace(r) || unicode.In(r, unicode.Pi, unicode.Ps) || r == '"' || r == '\'':
			continue
		default:
			return false
		}
	}
	return true
}
