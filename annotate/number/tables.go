package number

// cardinals are the number words below a hundred that combine ("twenty-five").
var cardinals = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scales are the multiplier words, after digits ("1.2 million") or words.
var scales = map[string]float64{
	"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "bn": 1e9, "tn": 1e12,
}

// shortScales are multiplier suffixes read only after a currency sign
// ("$5m", "€40k"), where they cannot be units of length.
var shortScales = map[string]float64{"m": 1e6, "k": 1e3}

// vaguePlurals are the counts given as a plural scale ("hundreds"), with
// the least value the plural guarantees (two of the unit).
var vaguePlurals = map[string]float64{
	"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9, "tens": 20,
}

// vagueFactors are the words that make a scale vague ("several hundred"),
// with the least factor they guarantee: "several" and "a few" are used of
// as few as two.
var vagueFactors = map[string]float64{"several": 2, "few": 2, "some": 2}

// currencies maps currency signs and their names to what is counted.
var currencies = map[string]string{"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₽": "rouble", "₺": "lira"}

// partCues are the words that make the number after them part of the one
// before ("318, including 47 farmers"; "among them 12 children").
var partCues = map[string]bool{"including": true, "includes": true, "include": true, "incl": true, "among": true}

// modifiers are the words that may stand between a number and what it
// counts ("40 more fighters"), or before it ("at least 40").
var modifiers = map[string]bool{
	"more": true, "other": true, "additional": true, "new": true, "armed": true,
	"young": true, "small": true, "foreign": true, "local": true, "former": true,
	"suspected": true, "alleged": true, "unarmed": true, "innocent": true, "elderly": true,
	"active": true, "registered": true, "confirmed": true, "estimated": true, "total": true,
}

// preModifiers may stand between a verb and its number ("rose to at least 40").
var preModifiers = map[string]bool{
	"to": true, "at": true, "least": true, "about": true, "around": true, "nearly": true,
	"almost": true, "some": true, "over": true, "than": true, "more": true, "roughly": true,
	"approximately": true, "just": true, "up": true, "an": true, "estimated": true, "of": true,
}

// changeVerbs are the copular and change verbs whose subject a following
// number counts ("the death toll had risen to 571").
var changeVerbs = map[string]bool{
	"risen": true, "rose": true, "rise": true, "rises": true, "reached": true, "reach": true,
	"reaches": true, "climbed": true, "climbs": true, "stood": true, "stands": true, "stand": true,
	"is": true, "was": true, "are": true, "were": true, "jumped": true, "increased": true,
	"hit": true, "hits": true, "surpassed": true, "exceeded": true, "topped": true, "totalled": true,
	"totaled": true, "passed": true, "amounted": true, "amounts": true, "grew": true, "grown": true,
	"mounted": true, "soared": true, "put": true, "puts": true, "placed": true, "reported": true,
}

// eventCounts maps participles after or before a number to what it counts
// ("40 killed", "killing 12").
var eventCounts = map[string]string{
	"killed": "death", "dead": "death", "died": "death", "killing": "death",
	"wounded": "injury", "injured": "injury", "wounding": "injury", "injuring": "injury",
	"missing": "missing", "displaced": "displaced", "arrested": "arrest", "detained": "arrest",
}

// notNouns are lower-case words that cannot be what a number counts.
var notNouns = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "from": true, "by": true,
	"and": true, "or": true, "but": true, "for": true, "with": true, "as": true, "that": true,
	"which": true, "who": true, "were": true, "was": true, "are": true, "is": true, "have": true,
	"has": true, "had": true, "will": true, "would": true, "could": true, "the": true, "a": true,
	"an": true, "than": true, "per": true, "percent": true, "more": true, "times": true,
	"between": true, "after": true, "before": true, "since": true, "until": true, "into": true,
	"each": true, "while": true, "when": true, "where": true, "also": true, "so": true,
	"against": true, "during": true, "over": true, "under": true, "about": true, "out": true,
	"this": true, "these": true, "those": true, "their": true, "its": true, "his": true, "her": true,
	"they": true, "it": true, "he": true, "she": true, "we": true, "be": true, "been": true,
	"said": true, "say": true, "says": true, "according": true, "only": true, "least": true,
}

// reportVerbs are the verbs whose subject (or inverted object) a figure in
// the sentence is attributed to.
var reportVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "reported": true, "reports": true, "report": true,
	"stated": true, "states": true, "announced": true, "announces": true, "estimated": true,
	"estimates": true, "estimate": true, "claimed": true, "claims": true, "told": true, "added": true,
	"confirmed": true, "confirms": true, "counted": true, "recorded": true, "noted": true,
	"documented": true, "tallied": true, "put": true, "puts": true, "revealed": true,
	"disclosed": true, "declared": true, "insisted": true, "wrote": true, "tweeted": true,
	"posted": true, "published": true, "cited": true, "quoted": true,
}

// sourceNouns are the nouns after which "from X" or "by X" names a source
// ("figures from the ministry").
var sourceNouns = map[string]bool{
	"figures": true, "figure": true, "data": true, "estimates": true, "estimate": true,
	"report": true, "reports": true, "tally": true, "count": true, "statement": true, "statistics": true,
}

// sourceHeads are common nouns that name a source of figures without
// naming an entity ("police said", "according to the interior ministry").
var sourceHeads = map[string]bool{
	"police": true, "union": true, "ministry": true, "army": true, "military": true,
	"government": true, "authorities": true, "officials": true, "official": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "monitor": true,
	"observatory": true, "agency": true, "office": true, "hospital": true, "hospitals": true,
	"doctors": true, "medics": true, "rescuers": true, "witnesses": true, "residents": true,
	"activists": true, "organisers": true, "organizers": true, "media": true, "sources": true,
	"operator": true, "company": true, "authority": true, "council": true, "committee": true,
	"rebels": true, "insurgents": true, "militants": true, "coalition": true, "network": true,
	"service": true, "services": true, "intelligence": true,
}
