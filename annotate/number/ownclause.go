package number

// genericNouns are the counted nouns that say only that people are
// counted; what happened to them is read from their own noun phrase and
// predicate (ownEvent).
var genericNouns = map[string]bool{"person": true, "individual": true, "resident": true}

// predicateSkips are the auxiliaries, adverbs and verbs of finding or
// reporting that may stand between a counted noun and the participle or
// adjective saying what happened to it ("were found dead", "had been
// reported missing").
var predicateSkips = map[string]bool{
	"had": true, "has": true, "have": true, "been": true, "was": true, "were": true,
	"is": true, "are": true, "being": true, "be": true, "reportedly": true, "still": true,
	"also": true, "later": true, "all": true, "now": true, "initially": true,
	"found": true, "reported": true, "confirmed": true, "feared": true, "presumed": true,
	"declared": true, "listed": true,
}

// finiteVerbs start the main predicate after a relative clause ("residents
// who had been missing were found dead").
var finiteVerbs = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true,
	"had": true, "died": true, "remain": true, "remains": true, "remained": true,
}

// relativeSpan is how many tokens after a relative clause's predicate are
// searched for the main verb.
const relativeSpan = 8

// ownEvent returns what happened to the people counted by a generic noun
// ending before token j, as read from its own noun phrase and predicate:
// the main predicate ("two residents were found dead" → "death") outranks a
// relative clause ("two residents who had been missing" → "missing"); ""
// when neither says it, or it is negated. Words of other clauses in the
// sentence ("the death toll rose after …") are never read.
func ownEvent(toks []token, j int) string {
	rel := ""
	if w := at(toks, j).low; w == "who" || w == "that" {
		rel, j = predicateEvent(toks, j+1)
		if j = mainVerb(toks, j); j < 0 {
			return rel
		}
	}
	if ev, _ := predicateEvent(toks, j); ev != "" {
		return ev
	}
	return rel
}

// predicateEvent reads the predicate starting at token k: after skipping
// auxiliaries and verbs of finding, an event participle or adjective
// (eventCounts). It returns the event ("" when there is none, or it is
// negated) and the index after the tokens read.
func predicateEvent(toks []token, k int) (string, int) {
	for n := 0; n < 5 && k < len(toks); n++ {
		t := toks[k]
		switch {
		case t.kind != word:
			return "", k
		case t.low == "not" || t.low == "never" || t.low == "no":
			return "", k + 1
		case predicateSkips[t.low]:
			k++
			continue
		}
		if ev, ok := eventCounts[t.low]; ok {
			return ev, k + 1
		}
		return "", k
	}
	return "", k
}

// mainVerb returns the index of the finite verb that follows a relative
// clause whose predicate ends before token k, or -1 when the clause
// reaches punctuation or runs on for more than relativeSpan tokens.
func mainVerb(toks []token, k int) int {
	for n := 0; n < relativeSpan && k < len(toks); n, k = n+1, k+1 {
		t := toks[k]
		if t.kind == punct {
			return -1
		}
		if finiteVerbs[t.low] {
			return k
		}
	}
	return -1
}
