package quotegroup

import (
	"strconv"
	"strings"
)

// synonymClasses lists words of general English that renderings and
// translations of one statement use interchangeably. Each line is one
// class; the first word names it. Only words whose swap keeps the claim
// belong here: degree and manner adverbs, common verbs of stopping,
// supporting and stressing, evaluative adjectives.
var synonymClasses = []string{
	"swift prompt promptly urgent urgently urgency rapid rapidly quick quickly speedy immediate immediately",
	"stop end ending halt cease terminate",
	"fair just equitable",
	"lasting permanent durable enduring",
	"stress emphasise emphasize emphasis underline underscore highlight insist",
	"support assist assistance help aid",
	"strenuous utmost hard intense vigorous tireless",
	"effort endeavour endeavor",
	"allow let permit",
	"solution settlement resolution",
	"restore reestablish re-establish",
	"contact touch",
	"important importance key crucial vital essential",
	"reduce ease lower lessen",
	"threat danger",
	"strengthen boost bolster enhance increase raise",
	"finish complete conclude",
	"country nation",
	"greater larger bigger",
	"capture seize",
	"begin start launch",
	"attack offensive assault",
	"continue maintain",
	"protect safeguard shield",
	"seek want",
	"discuss talk",
	"agree accept",
	"warn caution",
	"crisis emergency",
	"firm determined resolute steadfast",
	"current recent latest",
	"tension tensions",
	"aggression hostility",
}

// synonyms maps a stem key (stemKey) to its class name.
var synonyms = buildSynonyms()

func buildSynonyms() map[string]string {
	m := make(map[string]string)
	for _, line := range synonymClasses {
		ws := strings.Fields(line)
		name := "~" + ws[0]
		for _, w := range ws {
			m[stemKey(w)] = name
		}
	}
	return m
}

// numberWords gives the concept of numbers written as words, so that "two"
// and "2" compare equal.
var numberWords = buildNumberWords()

func buildNumberWords() map[string]string {
	names := strings.Fields("zero one two three four five six seven eight nine ten eleven twelve")
	m := make(map[string]string, len(names))
	for i, n := range names {
		m[n] = "#" + strconv.Itoa(i)
	}
	return m
}
