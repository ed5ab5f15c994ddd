package reconcile

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// eventClasses are the concepts of the paraphrase lexicon that name a
// happening with a place it happens to: two reports that use one of them
// about the same place tell the same event, whatever else their wording
// shares. Verbs of launching are not listed: "launched" says nothing on its
// own; the offensive it launches does.
var eventClasses = map[string]bool{"~seize": true, "~offensive": true}

// event is one happening a sentence reports with a word of an event class.
type event struct {
	class string // concept of eventClasses ("~seize")
	// target is the folded canonical name of the place the event is about,
	// read in the slot right after the event word ("seized the city of
	// Varn", "an attack on Varn") or before a passive ("Varn was
	// captured"); "" when none is named there.
	target string
	// where is the folded canonical name of the place an offensive is
	// said to happen in ("an offensive in Varn province"): a setting, too
	// broad to tell one event by, but two different ones tell different
	// events.
	where string
	// object is, for a seizure of something other than a named place, the
	// stem of what was seized ("captured a village in Varn province",
	// "seized Varn's airport"); "" otherwise.
	object string
	agents []string // folded canonical names of organisations and groups named before the event word, speakers excepted
	sides  sides    // the sides of the conflict named as the event's agent
	// launched reports whether an offensive is told as an act, not only
	// named ("the attack on the Capitol"): a verb of launching or carrying
	// out stands close to it ("launched an assault", "began its offensive",
	// "an offensive launched by", "carried out attacks"), or its word is a
	// verb in the past tense ("attacked").
	launched bool
	// hedged reports whether the event is negated, denied, attempted,
	// planned or hypothetical ("denied that fighters had captured",
	// "threatened to seize").
	hedged bool
}

// sides is a set of the two sides of an armed conflict.
type sides uint8

const (
	sideState sides = 1 << iota // troops, the government
	sideArmed                   // rebels, insurgents, militants
)

// sideOf maps the lexicon concepts that name a side to it.
var sideOf = map[string]sides{"~troops": sideState, "~government": sideState, "~rebel": sideArmed}

// targetFiller lists, per event class, the words that may stand between an
// event word and the place it is about ("took control of the whole town
// of Varn"); any other word means the place named later is not the
// event's object ("captured a village in Varn", "seized territory near Varn").
var targetFiller = map[string]map[string]bool{
	"~seize": wordSet("the a an of over control most much all entire whole city town village capital " +
		"provincial regional district key strategic northern southern eastern western central " +
		"northwestern northeastern southwestern southeastern border coastal port"),
	"~offensive": wordSet("the a an of on in into against toward towards city town village capital " +
		"provincial regional district province region key strategic northern southern eastern western central " +
		"northwestern northeastern southwestern southeastern border coastal port major large new " +
		"launch launched ground military"),
}

// placeNouns name a kind of place: "the town of" announces a name; "a
// village in" is the object itself.
var placeNouns = wordSet("city town village capital district port province region")

// objectNouns are words that, right after a place's name, make the name a
// modifier of what the event is about ("seized the Varn airport").
var objectNouns = wordSet("airport airbase airfield base bases bridge bridges road roads highway port harbour harbor " +
	"station prison dam crossing border outskirts suburb suburbs centre center barracks headquarters refinery " +
	"position positions district districts neighbourhood neighbourhoods neighborhood neighborhoods countryside " +
	"villages village checkpoint checkpoints hospital plant factory mine field fields oilfield oilfields")

// speechWords, right after a name or before it, make it the source of what
// the sentence reports rather than an actor in it.
var speechWords = wordSet("said say says saying reported reports told tells stated states announced " +
	"added claimed according noted confirmed")

// passiveWords may stand between a place and a passive event word ("Varn
// was finally captured").
var passiveWords = wordSet("was were is are has have had been being be reportedly finally")

// hedgeWords, a few words before an event word, make the event negated,
// denied, attempted or hypothetical.
var hedgeWords = wordSet("not no never without deny denied denies denying fail failed fails failing " +
	"attempt attempted attempts attempting try tried tries trying threaten threatened threatens threatening " +
	"plan plans planned planning would could might may will shall vow vowed vows seek seeks sought seeking " +
	"aim aims aimed aiming bid expected expect prepare prepares prepared preparing ready unable " +
	"claim claimed claims claiming rumour rumours rumor rumors if unless whether")

// calendarWords are the names of days and months, which are capitalised
// but never places.
var calendarWords = wordSet("monday tuesday wednesday thursday friday saturday sunday january february march " +
	"april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")

// hedgeWindow is how many words before an event word are read for hedges.
const hedgeWindow = 6

// targetWindow is the most words read after an event word for its target.
const targetWindow = 8

func wordSet(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// names resolves the surface form of a place to its canonical name: entity
// names, aliases and mentions of the story's articles, folded.
type names struct {
	canon map[string]string              // folded surface -> folded canonical name
	types map[string]parallax.EntityType // folded canonical name -> type
}

func newNames(arts []*parallax.Annotated) names {
	n := names{canon: map[string]string{}, types: map[string]parallax.EntityType{}}
	for _, a := range arts {
		for _, e := range a.Entities {
			name := text.Fold(e.Name)
			n.types[name] = e.Type
			for _, s := range append([]string{e.Name}, e.Aliases...) {
				n.canon[text.Fold(text.Base(s))] = name
			}
			for _, m := range e.Mentions {
				n.canon[text.Fold(text.Base(m.Text))] = name
			}
		}
	}
	return n
}

// eventReader reads the events of one sentence or clause.
type eventReader struct {
	s      string // the unit's text
	off    int    // byte offset of s in its article
	toks   []text.Token
	folded []string
	ments  []span // mentions of the unit's sentence, article offsets
	lx     *lexicon
	nm     names
}

// events returns the events of a unit whose text is s, starting at byte
// off of its article, whose sentence has the entity mentions ments.
func events(s string, off int, ments []span, lx *lexicon, nm names) []event {
	r := eventReader{s: s, off: off, toks: text.Tokens(s), ments: ments, lx: lx, nm: nm}
	r.folded = make([]string, len(r.toks))
	for i, t := range r.toks {
		r.folded[i] = text.Fold(text.Base(t.Text))
	}
	var out []event
	for i := 0; i < len(r.toks); i++ {
		if _, ok := r.mention(i); ok {
			continue
		}
		concept, n := lx.phraseAt(r.folded[i:])
		if n == 0 {
			concept, n = lx.concept(r.folded[i]), 1
		}
		if eventClasses[concept] && r.strong(i, concept) && !r.inName(i) {
			ev := event{class: concept, hedged: r.hedged(i), launched: concept == "~offensive" && r.launched(i, n)}
			ev.target, ev.where, ev.object = r.targetAfter(i+n, concept)
			if ev.target == "" && ev.where == "" && ev.object == "" {
				ev.target = r.targetBefore(i)
			}
			ev.agents, ev.sides = r.agents(i, n)
			out = append(out, ev)
		}
		i += n - 1
	}
	return out
}

// strong reports whether the event word at i names the event on its own:
// "operation" does only after a verb of launching or "military" ("launched
// an operation"), not in "a rescue operation".
func (r *eventReader) strong(i int, concept string) bool {
	if concept != "~offensive" || !strings.HasPrefix(r.folded[i], "operation") {
		return true
	}
	for k := max(0, i-3); k < i; k++ {
		if r.folded[k] == "military" || r.lx.concept(r.folded[k]) == "~launch" {
			return true
		}
	}
	return false
}

// inName reports whether the word at i, capitalised after the first word,
// is part of a name ("the Capitol Hill Occupied Protest").
func (r *eventReader) inName(i int) bool {
	c, _ := utf8.DecodeRuneInString(r.toks[i].Text)
	return i > 0 && unicode.IsUpper(c)
}

// launched reports whether the event word at i (n words long) is a verb in
// the past tense, or a verb of launching or carrying out comes within four
// words before it or two after it.
func (r *eventReader) launched(i, n int) bool {
	if n == 1 && strings.HasSuffix(r.folded[i], "ed") {
		return true
	}
	for k := max(0, i-4); k < min(len(r.toks), i+n+2); k++ {
		if (k < i || k >= i+n) && (r.lx.concept(r.folded[k]) == "~launch" || actVerbs[r.folded[k]]) {
			return true
		}
	}
	return false
}

// actVerbs carry out an offensive named by a noun ("carried out attacks").
var actVerbs = wordSet("carry carried carries carrying conduct conducted conducts conducting mount mounted " +
	"mounts mounting stage staged stages staging")

// hedged reports whether a hedge word, or an infinitive "to", comes shortly
// before the event word at i.
func (r *eventReader) hedged(i int) bool {
	if i > 0 && r.folded[i-1] == "to" {
		return true
	}
	for k := max(0, i-hedgeWindow); k < i; k++ {
		w := r.folded[k]
		if hedgeWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// mention returns the mention that token i falls in.
func (r *eventReader) mention(i int) (span, bool) {
	return mentionAt(r.ments, r.off+r.toks[i].Start)
}

// targetAfter reads the target slot that starts at token j, for an event
// of class concept: the place named there as its target, or, after "in",
// as its setting (where); for a seizure of anything else, what was seized
// (object).
func (r *eventReader) targetAfter(j int, concept string) (target, where, object string) {
	filler := targetFiller[concept]
	in := false
	noun := "" // the last place noun read ("the town of"), the object if no name follows
	for k := j; k < len(r.toks) && k < j+targetWindow; k++ {
		if name, end, ok := r.placeAt(k, +1); ok {
			switch obj := r.modified(end); {
			case obj != "":
				return "", "", r.seized(concept, obj)
			case in:
				return "", name, ""
			}
			return name, "", ""
		}
		w := r.folded[k]
		if _, ok := r.mention(k); ok || !filler[w] && r.lx.concept(w) != concept {
			if noun == "" && r.objectWord(k) {
				noun = r.lx.concept(w)
			}
			return "", "", r.seized(concept, noun)
		}
		in = in || w == "in"
		if placeNouns[w] {
			noun = r.lx.concept(w)
		}
	}
	return "", "", r.seized(concept, noun)
}

// seized returns obj for a seizure, "" for other classes.
func (r *eventReader) seized(concept, obj string) string {
	if concept != "~seize" {
		return ""
	}
	return obj
}

// objectWord reports whether token k can be the object of an event: a
// lower-case content word, not a number, a date word or a reporting word.
func (r *eventReader) objectWord(k int) bool {
	w := r.folded[k]
	c, _ := utf8.DecodeRuneInString(r.toks[k].Text)
	_, inMention := r.mention(k)
	return !inMention && unicode.IsLower(c) && !text.IsStopword(w) && !calendarWords[w] && !r.lx.skip[w]
}

// targetBefore returns the place a passive event word at token i is about
// ("Varn was captured"): one named right before the auxiliaries.
func (r *eventReader) targetBefore(i int) string {
	k := i - 1
	for k >= 0 && passiveWords[r.folded[k]] {
		k--
	}
	if k == i-1 || k < 0 {
		return ""
	}
	name, _, ok := r.placeAt(k, -1)
	if !ok {
		return ""
	}
	return name
}

// placeAt reads a place's name at token k: an entity mention of a place, or
// a capitalised name the annotator did not recognise (the slot is known to
// name a place). It returns the folded canonical name and the index of the
// name's last token (its first when reading backwards, dir < 0).
func (r *eventReader) placeAt(k, dir int) (string, int, bool) {
	if m, ok := r.mention(k); ok {
		name := text.Fold(m.name)
		if r.nm.types[name] != parallax.Place {
			return "", k, false
		}
		for k+dir >= 0 && k+dir < len(r.toks) {
			if m2, ok := r.mention(k + dir); !ok || m2 != m {
				break
			}
			k += dir
		}
		return name, k, true
	}
	if !r.properName(k) {
		return "", k, false
	}
	lo, hi := k, k
	for hi+1 < len(r.toks) && dir > 0 && r.properName(hi+1) {
		hi++
	}
	for lo-1 >= 0 && dir < 0 && r.properName(lo-1) {
		lo--
	}
	surface := text.Fold(text.Base(r.s[r.toks[lo].Start:r.toks[hi].End]))
	name := surface
	if c, ok := r.nm.canon[surface]; ok {
		if r.nm.types[c] != parallax.Place {
			return "", k, false
		}
		name = c
	}
	if dir > 0 {
		return name, hi, true
	}
	return name, lo, true
}

// properName reports whether token k is a capitalised word that is not a
// common word of the lexicon, a stop word or the name of a day or month,
// and not in a mention.
func (r *eventReader) properName(k int) bool {
	c, _ := utf8.DecodeRuneInString(r.toks[k].Text)
	if !unicode.IsUpper(c) || text.IsStopword(r.folded[k]) || calendarWords[r.folded[k]] {
		return false
	}
	if _, ok := r.lx.words[r.folded[k]]; ok {
		return false
	}
	_, inMention := r.mention(k)
	return !inMention
}

// modified returns, when the place name ending at token k modifies a noun
// instead of naming the event's object, the stem of that noun: after a
// possessive ("Varn's airport"), or an object noun ("the Varn airport").
// It returns "" when the name is the object.
func (r *eventReader) modified(k int) string {
	if k+1 >= len(r.toks) {
		return ""
	}
	next := r.folded[k+1]
	if t := r.toks[k].Text; text.Base(t) != t && r.objectWord(k+1) || objectNouns[next] {
		return r.lx.concept(next)
	}
	return ""
}

// agents returns the organisations and groups named before the event word
// at token i (n tokens long), speakers excepted, and the sides named as its
// agent: in words before it (names included: "the Quessan army"), or after
// a passive "by".
func (r *eventReader) agents(i, n int) ([]string, sides) {
	var names []string
	var sd sides
	for k := 0; k < i; k++ {
		sd |= sideOf[r.lx.concept(r.folded[k])]
		m, ok := r.mention(k)
		if !ok {
			continue
		}
		name := text.Fold(m.name)
		for k+1 < i {
			if m2, ok := r.mention(k + 1); !ok || m2 != m {
				break
			}
			k++
			sd |= sideOf[r.lx.concept(r.folded[k])]
		}
		if t := r.nm.types[name]; (t == parallax.Organisation || t == parallax.Group) && !r.speaker(k) &&
			!slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	if j := i + n; j < len(r.toks) && r.folded[j] == "by" {
		for k := j + 1; k < len(r.toks) && k <= j+3; k++ {
			sd |= sideOf[r.lx.concept(r.folded[k])]
		}
	}
	return names, sd
}

// speaker reports whether the name ending at token k is the source of the
// sentence: a speech word follows it within two words, or "according to"
// comes right before it.
func (r *eventReader) speaker(k int) bool {
	for j := k + 1; j < len(r.toks) && j <= k+2; j++ {
		if speechWords[r.folded[j]] {
			return true
		}
	}
	lo := k
	for lo > 0 {
		if m, ok := r.mention(lo - 1); !ok || m != r.mentionOr(k) {
			break
		}
		lo--
	}
	return lo >= 2 && r.folded[lo-2] == "according" && r.folded[lo-1] == "to"
}

// mentionOr returns the mention that token k falls in, or the zero span.
func (r *eventReader) mentionOr(k int) span {
	m, _ := r.mention(k)
	return m
}
