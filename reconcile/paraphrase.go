package reconcile

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// paraphraseGroups are sets of general English words and phrases that news
// reports use interchangeably when they restate the same thing. The first
// entry of each group names the concept. Phrases (several words) are matched
// on folded tokens before single words. The list is general vocabulary, not
// the wording of any particular story. A word written "=word" stands only
// for itself, not for the other words of its stem ("=operation" is not
// "operating" or "operator").
var paraphraseGroups = [][]string{
	{"effort", "efforts", "utmost", "strenuous efforts", "every effort", "best efforts", "working hard",
		"work hard", "works hard", "worked hard", "endeavour", "endeavor", "strive", "striving", "doing everything"},
	{"request", "initiative", "behest", "invitation", "proposal"},
	{"swift", "prompt", "promptly", "urgent", "urgently", "urgency", "quick", "quickly", "rapid", "rapidly",
		"immediate", "immediately", "speedy", "speedily", "soon", "without delay"},
	{"end", "stop", "halt", "cease", "terminate", "ending", "stopping", "halting", "put an end", "bring an end"},
	{"fair", "just", "equitable", "balanced"},
	{"lasting", "permanent", "durable", "enduring", "sustainable", "long-term", "long-lasting"},
	{"solution", "settlement", "resolution", "solve", "resolve", "resolving"},
	{"calm", "quiet", "tranquility", "tranquillity", "order"},
	{"restore", "bring back", "re-establish", "reestablish", "reinstate", "return"},
	{"call", "phone call", "telephone", "phone", "conversation", "telephone conversation", "talks", "talk",
		"spoke", "speak", "discussion", "discuss", "discussed"},
	{"held", "hold", "holds", "take place", "took place", "taken place", "takes place", "happen", "occur", "occurred"},
	{"contact", "in touch", "in contact", "touch", "communication"},
	{"stay", "remain", "continue", "keep", "maintain", "carry on"},
	{"seize", "capture", "take control", "took control", "taken control", "taking control", "takes control",
		"seize control", "seized control", "seizing control", "seizes control", "gain control", "gained control",
		"gaining control", "overrun", "overran", "take over", "took over", "conquer", "occupy", "occupied"},
	{"launch", "begin", "began", "begun", "start", "started", "initiate", "open", "opened", "kick off"},
	{"offensive", "assault", "attack", "incursion", "push", "=operation", "=operations",
		"military operation", "military operations"},
	{"fighting", "clashes", "clash", "combat", "hostilities", "battle", "battles", "war", "violence", "conflict"},
	{"death", "dead", "die", "died", "kill", "killed", "fatality", "fatalities", "toll", "death toll", "lives"},
	{"wound", "wounded", "injure", "injured", "injury", "injuries", "hurt"},
	{"flee", "fled", "displace", "displaced", "uproot", "uprooted", "evacuate", "evacuated", "refugee", "refugees"},
	{"support", "back", "backs", "backed", "backing", "endorse", "uphold", "defend"},
	{"stress", "emphasise", "emphasize", "underline", "underscore", "highlight", "insist", "point out", "pointed out"},
	{"leader", "president", "head of state", "counterpart"},
	{"country", "nation"},
	{"government", "authorities", "administration", "regime", "cabinet"},
	{"importance", "significance", "important", "key", "crucial", "vital", "essential"},
	{"agreement", "deal", "accord", "pact", "treaty"},
	{"escalate", "intensify", "worsen", "deteriorate", "deteriorating", "escalating", "escalated", "sharpen"},
	{"ease", "reduce", "de-escalate", "defuse", "calm down", "lower", "decrease"},
	{"tension", "tensions", "crisis", "strain"},
	{"cooperation", "coordination", "collaboration", "cooperate", "coordinate", "collaborate", "partnership"},
	{"strengthen", "boost", "bolster", "reinforce", "enhance", "deepen", "expand"},
	{"help", "assist", "assistance", "aid"},
	{"troops", "soldiers", "forces", "army", "military"},
	{"rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "guerrilla", "guerrillas", "jihadist", "jihadists"},
	{"room", "space", "role", "scope"},
	{"engage", "participate", "take part", "join", "involve"},
	{"advance", "progress", "push forward", "move closer", "moved closer", "gain ground"},
	{"affiliate", "affiliates", "offshoot", "offshoots", "extension", "extensions", "wing", "branch"},
	{"exploit", "take advantage", "taking advantage", "capitalise", "capitalize", "abuse"},
	{"firm", "determined", "resolute", "steadfast", "unwavering"},
	{"stance", "position", "posture"},
	{"large", "big", "major", "significant", "sizeable", "substantial", "massive", "huge"},
	{"recent", "latest", "new", "fresh"},
	{"harm", "damage"},
	{"increase", "rise", "risen", "rose", "grow", "grew", "climb", "climbed", "reach", "reached", "mount", "mounted"},
	{"statement", "release", "news release", "readout", "communique", "press release"},
	{"announce", "declare", "reveal", "disclose"},
	{"ask", "urge", "call on", "called on", "appeal"},
	{"arrest", "detain", "detained", "apprehend"},
	{"threat", "danger", "risk"},
}

// reportingWords are words that carry attribution, not content: two reports
// of the same fact differ in them freely ("said", "according to"), so they
// are left out of the comparison.
var reportingWords = []string{
	"say", "said", "says", "saying", "tell", "told", "add", "added", "adds", "state", "stated", "states",
	"note", "noted", "according", "accord", "report", "reported", "reports", "reportedly", "quote", "quoted",
	"explain", "explained", "affirm", "affirmed", "reaffirm", "reaffirmed", "clarify", "clarified",
	"mention", "mentioned", "also", "meanwhile", "however", "further", "would", "could", "will", "may",
	"might", "must", "should", "can", "one", "two", "mr", "ms", "mrs", "dr",
}

// lexicon maps folded words and phrases to concept names.
type lexicon struct {
	words    map[string]string // folded word or its stem -> concept
	phrases  map[string]string // "w1 w2" or "w1 w2 w3" (folded) -> concept
	skip     map[string]bool   // folded reporting words and their stems
	starts   map[string]bool   // first words of phrases
	maxWords int               // longest phrase, in words
}

// defaultLexicon is built once; it is read-only afterwards.
var defaultLexicon = newLexicon(paraphraseGroups, reportingWords)

func newLexicon(groups [][]string, skip []string) *lexicon {
	lx := &lexicon{words: map[string]string{}, phrases: map[string]string{}, skip: map[string]bool{},
		starts: map[string]bool{}}
	for _, g := range groups {
		concept := "~" + g[0]
		for _, w := range g {
			w, exact := strings.CutPrefix(text.Fold(w), "=")
			if n := len(strings.Fields(w)); n > 1 {
				lx.phrases[w] = concept
				lx.starts[strings.Fields(w)[0]] = true
				lx.maxWords = max(lx.maxWords, n)
				continue
			}
			if _, dup := lx.words[w]; !dup {
				lx.words[w] = concept
			}
			if s := text.Stem(w); s != w && !exact {
				if _, dup := lx.words[s]; !dup {
					lx.words[s] = concept
				}
			}
		}
	}
	for _, w := range skip {
		lx.skip[w] = true
		lx.skip[text.Stem(w)] = true
	}
	return lx
}

// concept returns the concept a folded word belongs to, or its stem.
func (lx *lexicon) concept(folded string) string {
	if c, ok := lx.words[folded]; ok {
		return c
	}
	s := text.Stem(folded)
	if c, ok := lx.words[s]; ok {
		return c
	}
	return s
}
