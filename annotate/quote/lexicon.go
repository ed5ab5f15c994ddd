package quote

import "strings"

// verbFlags say which complements a reporting verb takes and where it may
// stand.
type verbFlags uint16

const (
	takesThat   verbFlags = 1 << iota // "said that …", also a clause without "that"
	takesNP                           // "stressed the importance of …"
	takesObjInf                       // "urged Norland to …", "called on X to …"
	takesInf                          // "vowed to …"
	takesObj                          // an addressee before the clause: "told reporters that …"
	postposed                         // may follow the content: "…, he added"
	noIndirect                        // only attributes quotations ("called", "reads")
)

// verbs maps every written form of a reporting verb to its flags. Forms are
// lower-case; the -ing form is listed for participle clauses ("…, adding
// that …"). Bare forms that are more often nouns ("state", "report", "call",
// "pledge") are left out.
var verbs = buildVerbs()

func buildVerbs() map[string]verbFlags {
	verbs := map[string]verbFlags{}
	add := func(f verbFlags, forms ...string) {
		for _, s := range forms {
			for _, w := range strings.Fields(s) {
				verbs[w] |= f
			}
		}
	}
	const say = takesThat | postposed
	add(say, "say says said saying", "add adds added adding", "stated stating",
		"claimed claiming", "argue argues argued arguing", "insist insists insisted insisting",
		"write writes wrote writing", "explain explains explained explaining", "clarify clarifies clarified clarifying",
		"reply replies replied replying", "respond responds responded responding", "conclude concludes concluded concluding",
		"continue continues continued", "declare declares declared declaring", "assert asserts asserted asserting",
		"maintain maintains maintained", "suggest suggests suggested suggesting", "recall recalls recalled recalling",
		"acknowledge acknowledges acknowledged acknowledging", "admit admits admitted admitting",
		"tweeted tweeting", "reports reported", "predict predicts predicted predicting",
		"complain complains complained complaining", "observe observes observed", "remarked",
		"commented", "allege alleges alleged alleging", "contend contends contended",
		"countered", "testify testifies testified", "hint hints hinted")
	add(say|takesNP, "stress stresses stressed stressing", "emphasize emphasizes emphasized emphasizing",
		"emphasise emphasises emphasised emphasising", "underline underlines underlined underlining",
		"underscore underscores underscored underscoring", "highlight highlights highlighted highlighting",
		"reiterate reiterates reiterated reiterating", "reaffirm reaffirms reaffirmed reaffirming",
		"affirm affirms affirmed affirming", "noted noting", "confirm confirms confirmed confirming",
		"deny denies denied denying", "announce announces announced announcing", "repeated",
		"point pointed pointing")
	add(takesNP|postposed, "expressed expressing", "voiced voicing",
		"propose proposes proposed proposing", "demanded demanding")
	add(say|takesInf|takesObj, "warn warns warned warning", "promised promising",
		"pledged pledging", "vowed vowing", "threaten threatens threatened threatening")
	add(takesThat|takesInf|postposed, "agree agrees agreed agreeing")
	add(say|takesObj|takesObjInf, "tell tells told telling", "assure assures assured assuring",
		"remind reminds reminded reminding", "inform informs informed informing")
	add(takesObjInf|postposed, "urge urges urged urging", "ask asks asked asking", "encourage encourages encouraged",
		"invite invites invited", "pressed", "implore implored", "appeal appealed")
	add(takesThat|takesObjInf|takesObj|postposed, "accuse accuses accused accusing")
	add(noIndirect|postposed, "calls called calling", "reads")
	return verbs
}

// verbAt reports the flags of the reporting verb at toks[k], 0 if none.
// "point" counts only as "pointed out", "call" as "called on/for" or as the
// verb attributing a quotation.
func verbAt(toks []token, k int) verbFlags {
	t := toks[k]
	if !t.word || t.upper { // "the United States", "Said", a name
		return 0
	}
	f := verbs[t.low]
	if f == 0 {
		return 0
	}
	if strings.HasPrefix(t.low, "point") && !nextIs(toks, k, "out") {
		return 0
	}
	if strings.HasPrefix(t.low, "call") && (nextIs(toks, k, "on") || nextIs(toks, k, "for")) {
		return takesObjInf | takesNP | postposed
	}
	return f
}

func nextIs(toks []token, k int, w string) bool {
	return k+1 < len(toks) && toks[k+1].low == w
}

// verbSpan is how many tokens the verb at k covers ("pointed out", "called on").
func verbSpan(toks []token, k int) int {
	low := toks[k].low
	if (strings.HasPrefix(low, "point") && nextIs(toks, k, "out")) ||
		(strings.HasPrefix(low, "call") && (nextIs(toks, k, "on") || nextIs(toks, k, "for"))) {
		return 2
	}
	return 1
}

// Word classes used to read noun phrases around reporting verbs.
var (
	determiners = set("the a an this these those his her its their our my your both two three four several many some other another each all one")
	// personNouns are heads of descriptions of people and bodies that speak.
	personNouns = set("president presidents minister ministers spokesman spokeswoman spokesperson spokespeople official officials " +
		"source sources leader leaders chairman chairwoman chair secretary ambassador envoy governor mayor senator senators " +
		"lawmaker lawmakers legislator candidate nominee analyst analysts expert experts police ministry government presidency " +
		"aide aides adviser advisers advisor campaign side commander commanders general chief director head prosecutor prosecutors " +
		"judge witness witnesses resident residents activist activists observer observers union company agency committee council " +
		"party army military group department counterpart premier king queen prince chancellor representative representatives " +
		"negotiator negotiators diplomat diplomats administration authorities authority organizers organisers forces rebels " +
		"militants insurgents officer officers researchers scientists doctors lawyer lawyers attorney team member members " +
		"people citizens voters speaker secretary-general minister-president cabinet parliament court coalition opposition " +
		"foundation institute observatory monitor embassy regime junta alliance federation association " +
		"driver drivers worker workers shopkeeper owner owners farmer farmers teacher teachers student students " +
		"doctor nurse nurses victim victims survivor survivors protester protesters demonstrator demonstrators " +
		"eyewitness eyewitnesses bystander passenger passengers mother father woman man women men neighbour neighbor " +
		"neighbours neighbors villager villagers spokesmen spokeswomen economist economists historian professor " +
		"correspondent reporter journalist editor columnist host moderator pollster strategist consultant official's " +
		"supporter supporters ally allies critic critics opponent opponents backer backers junior executive executives " +
		"percent half third quarter majority majorities plurality respondents participants " +
		"board commission bureau watchdog regulator operator firm airline charity inspectorate directorate")
	// bodyNouns head descriptions of organisations: "the agency said"
	// stands for the one organisation named earlier as "… agency".
	bodyNouns = set("agency council union committee board commission ministry department company party court " +
		"parliament alliance federation association foundation institute observatory embassy coalition bureau " +
		"authority organisation organization watchdog regulator operator firm airline charity inspectorate directorate")
	// channelNouns are heads of phrases naming how words were published.
	channelNouns = set("statement statements release readout communique communiqué report reports letter message post tweet " +
		"interview briefing conference address speech broadcast decree transcript website channel television video " +
		"service office account")
	// documentNouns are channel heads that can stand as a speaker: "the statement said".
	documentNouns = set("statement release readout communique communiqué report letter message post tweet service office account decree transcript")
	// officeNouns are heads of offices that speak for an institution:
	// "Lind's government said" is not Lind speaking.
	officeNouns = set("office service ministry presidency administration government secretariat chancellery cabinet")
	// modifiers may stand inside a noun phrase before its head.
	modifiers = set("press news media senior top former foreign defence defense interior state local regional national " +
		"federal official joint written short brief separate new latest later earlier first second final public private " +
		"two-page full presidential ministerial military government's deputy vice acting prime chief general " +
		"participating opposition rebel security foreign-ministry white")
	// adverbs may stand between a subject and its verb.
	adverbs = set("also meanwhile further again later earlier previously then reportedly repeatedly publicly " +
		"separately once already still even only first subsequently similarly likewise however too has have had " +
		"would will did does do had once personally firmly strongly clearly explicitly")
	// leadingJunk is dropped from the front of a subject phrase.
	leadingJunk = set("meanwhile however but and so then also in on at after before while when as for with by " +
		"although though because since if whereas unless until once where whether what whatever which " +
		"yet thus still moreover furthermore nevertheless instead later earlier")
	pronouns  = set("he she it they we i you")
	possProns = set("his her its their our my")
	// namingVerbs introduce a name in quotation marks, not a quotation.
	namingVerbs = set("named called dubbed titled entitled labelled labeled branded nicknamed so-called known as")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
