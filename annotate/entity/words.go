package entity

import "strings"

// General English word lists the recogniser reasons with. All keys are
// folded (lower case, no diacritics). Written by the Parallax team.

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// titleClass is what a title or role says about the person holding it.
type titleClass int

const (
	roleTitle   titleClass = iota // a role: minister, spokesperson, general
	leaderTitle                   // head of state or government: "the X leader" fits
	honorific                     // Mr., Dr.: says nothing about the role
	counterpart                   // same role as someone else; a leader in practice
)

// titles maps a folded title, one or more words, to its class. Plurals
// ("presidents") are handled by the lookup.
var titles = func() map[string]titleClass {
	m := make(map[string]titleClass)
	for _, w := range strings.Split("president|prime minister|premier|chancellor|king|queen|emir|"+
		"sultan|supreme leader|leader|head of state|monarch|shah|tsar|crown prince", "|") {
		m[w] = leaderTitle
	}
	for _, w := range strings.Split("vice president|vice-president|deputy prime minister|"+
		"foreign minister|defence minister|defense minister|interior minister|finance minister|"+
		"economy minister|energy minister|health minister|justice minister|trade minister|"+
		"transport minister|labour minister|labor minister|education minister|"+
		"deputy foreign minister|deputy minister|minister|secretary of state|secretary-general|"+
		"secretary general|secretary|foreign secretary|home secretary|defence secretary|"+
		"defense secretary|press secretary|spokesperson|spokesman|spokeswoman|ambassador|envoy|"+
		"special envoy|senator|sen|representative|rep|congressman|congresswoman|lawmaker|mp|"+
		"governor|mayor|general|gen|lieutenant general|lt gen|major general|maj gen|brigadier|"+
		"brig gen|colonel|col|lieutenant|lt|captain|capt|major|commander|admiral|marshal|"+
		"chief|chief of staff|army chief|chairman|chairwoman|chairperson|chair|director|"+
		"director general|director-general|head|deputy|adviser|advisor|aide|official|"+
		"pope|cardinal|archbishop|bishop|patriarch|rabbi|imam|ayatollah|sheikh|cleric|"+
		"judge|prosecutor|attorney general|mufti|prince|princess|duke|duchess|"+
		"ceo|chief executive|founder|commissioner|high commissioner|rapporteur|coordinator|"+
		"speaker|negotiator|mediator|activist|analyst|researcher|professor|prof|dr|"+
		"opposition leader|party leader|chief negotiator", "|") {
		m[w] = roleTitle
	}
	for _, w := range strings.Fields("mr mrs ms miss mx sir dame lord lady") {
		m[w] = honorific
	}
	m["counterpart"] = counterpart
	return m
}()

// maxTitleWords is the most words a title in titles has.
const maxTitleWords = 3

// titleSpan maps the first word of a title, singular or plural, to the most
// words of the titles it opens.
var titleSpan = func() map[string]int {
	m := make(map[string]int)
	for t := range titles {
		w := strings.Fields(t)
		for _, first := range []string{w[0], w[0] + "s"} {
			m[first] = max(m[first], len(w))
		}
	}
	return m
}()

// speechVerbs are reporting verbs: a multi-word name right before one is a
// person or an organisation speaking.
var speechVerbs = set(`said says say told tells stressed stresses added adds noted notes
	stated states explained explains emphasized emphasised emphasizes emphasises underlined
	underscored reiterated reiterates affirmed affirms clarified insisted insists warned warns
	announced announces claimed claims argued argues asked asks urged urges highlighted highlights
	pointed wrote writes tweeted posted declared declares confirmed confirms denied denies
	accused accuses replied replies responded responds commented comments acknowledged admitted
	remarked recalled vowed pledged promised demanded suggested observed concluded continued
	reported reports`)

// speechFillers may stand between a speaker and the verb ("X has also said").
var speechFillers = set(`has had have also then later earlier further again previously
	reportedly repeatedly once was is were`)

// orgHeads end organisation names ("Transport Ministry", "Coastline News").
var orgHeads = set(`party council ministry observatory agency army forces force union organization
	organisation committee commission bank court parliament office service services corporation
	corp news times post institute institution university association federation company inc ltd
	llc plc department authority assembly senate congress fund foundation network television tv
	radio press airlines airways guard police navy command centre center bureau secretariat cabinet
	government administration directorate alliance coalition league society trust programme
	program mission tribunal review journal herald gazette tribune daily telegraph media
	broadcasting channel holdings industries group board embassy consulate presidency unit units
	brigades brigade front movement militia militias battalion battalions corps school hospital
	club team church monitor watch council federation confederation syndicate cooperative partnership`)

// groupWords mark armed or political groups when they head or open a name.
var groupWords = set(`front brigade brigades movement militia militias battalion battalions
	group jaysh jabhat liwa harakat tahrir ansar kataib saraya jamaat jund faylaq hayat hayat`)

// groupNouns after a name say it is a group ("the X group", "X, a militia").
var groupNouns = set(`group militia faction movement insurgency outfit`)

// placeNouns after a name say it is a place ("Marsa province").
var placeNouns = set(`province provinces region regions city cities town towns village villages
	district districts governorate governorates county state valley river mountains island
	islands port airport border crossing area neighbourhood neighborhood peninsula strait sea`)

// placeOf are the nouns of "the city of X".
var placeOf = set(`city town village province region district governorate port island capital`)

// placePreps before a lone unknown name suggest a place ("fighting near X").
var placePreps = set(`in near outside around across into towards toward`)

// nameConnectors are lower-case words allowed inside a name between
// capitalised words ("Organization of the ...", "Ludwig van Beethoven").
var nameConnectors = set(`of for the de du des da di del della dos das van von der den ter
	bin ibn bint al el ul ud on and y e la le`)

// possNames are capitalised words whose possessive belongs inside a name
// ("People's Harbour Guard", "Women's Rights League").
var possNames = set(`people peoples women workers children men farmers veterans citizens
	nations martyrs mothers students`)

// functionWords are words capitalised only because they open a sentence or a
// heading; a name never starts with them unless a table says so.
var functionWords = set(`a an the this that these those there here it its it's he she they we
	i you his her their our my your him them us me who whom whose which what when where why how
	and or but nor so yet for of in on at by to from with without within about above below after
	before during since until while as if than then though although because unless whether
	also however meanwhile moreover furthermore nevertheless still instead thus therefore
	according both each every all any some many much more most few several other another such
	no not only just even already again ever never always often sometimes now today yesterday
	tomorrow tonight later earlier last next first second third new latest recent
	is are was were be been being has have had do does did will would shall should can could
	may might must let lets please yes read share leave reply comment comments follow subscribe
	watch listen click sign log photo video image file update updated breaking live exclusive
	opinion analysis editorial advertisement sponsored related more top home menu search
	min mins published posted source sources via by credit copyright report reports
	however despite among amid against between beyond under over into onto upon through
	throughout toward towards across along around near outside inside`)

// monthsAndDays never start or continue a name.
var monthsAndDays = set(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
	thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`)

// notAcronyms are all-capital words that are not names.
var notAcronyms = set(`ii iii iv vi vii viii ix xi xii am pm gmt utc cet est edt pst bst ceo cfo
	coo cto gdp gnp covid sars hiv aids dna rna usd eur gbp rub try km kg mph kmh ok tv pr ps
	id vip faq pdf url html http www mp mps mep meps news the and of in on to for with by
	breaking update live video photo read min share more new now top vs etc jr sr`)
