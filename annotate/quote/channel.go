package quote

// Channel phrases: how the words reached the reporter. They are read from
// the tokens around a reporting verb.

var (
	// addresseeChannels are addressees that are a medium, not a person:
	// "told reporters".
	addresseeChannels = set("reporters journalists media press correspondents")
	// timeWords begin "on …" phrases that are dates, not channels.
	timeWords = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june " +
		"july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
		"yesterday today tonight tomorrow last next this earlier later")
	// notChannels begin "on …" phrases that are not channels either.
	notChannels = set("the a an condition behalf his her its their")
)

// channelIn finds, in toks[from:to], a channel phrase ("in a statement",
// "on state television", "in an interview with X", "told reporters") and
// an "according to X" phrase. Spans are zero when absent.
func channelIn(toks []token, from, to int) (channel, accord span) {
	for i := from; i < to; i++ {
		t := toks[i]
		switch {
		case t.low == "according" && i+1 < to && toks[i+1].low == "to":
			if e := phraseEnd(toks, i+2, to); e > i+2 {
				accord = span{toks[i+2].start, toks[e-1].end}
				if hasChannelNoun(toks, i+2, e) && !channel.ok() {
					channel = accord
				}
				i = e - 1
			}
		case (t.low == "in" || t.low == "during" || t.low == "via" || t.low == "through") && !channel.ok():
			if e := phraseEnd(toks, i+1, to); e > i+1 && hasChannelNoun(toks, i+1, min(e, i+5)) {
				channel = span{toks[i+1].start, toks[e-1].end}
				i = e - 1
			}
		case t.low == "on" && !channel.ok() && i+1 < to && !timeWords[toks[i+1].low] && !notChannels[toks[i+1].low] &&
			(toks[i+1].upper || toks[i+1].low == "state" || channelNouns[toks[i+1].low]):
			if e := phraseEnd(toks, i+1, to); e > i+1 && onChannel(toks, i+1, e) {
				channel = span{toks[i+1].start, toks[e-1].end}
				i = e - 1
			}
		case addresseeChannels[t.low] && !channel.ok() && i > 0 && (verbs[toks[i-1].low] != 0 || toks[i-1].low == "to" ||
			(toks[i-1].low == "the" && i > 1 && verbs[toks[i-2].low] != 0)):
			channel = span{t.start, t.end}
		}
	}
	return channel, accord
}

// phraseEnd returns the end of the phrase starting at toks[i]: up to a
// clause boundary (punctuation other than brackets, "that", a reporting
// verb) or to.
func phraseEnd(toks []token, i, to int) int {
	depth := 0
	j := i
	for ; j < to; j++ {
		t := toks[j]
		if !t.word {
			switch t.low {
			case "(", "[":
				depth++
				continue
			case ")", "]":
				if depth > 0 {
					depth--
					continue
				}
			case "-", "'", "&", "/":
				continue
			}
			if depth == 0 {
				break
			}
			continue
		}
		if depth == 0 && j > i && (t.low == "that" || t.low == "according" || (verbs[t.low] != 0 && !channelNouns[t.low] && verbs[t.low]&postposed != 0)) {
			break
		}
	}
	for j > i && !toks[j-1].word && toks[j-1].low != ")" {
		j--
	}
	return j
}

// onChannel reports whether toks[i:e], after "on", names a medium: a
// channel noun ("state television") or a short name that is no possessor
// ("on Chirp", not "on Norland's part").
func onChannel(toks []token, i, e int) bool {
	if hasChannelNoun(toks, i, e) {
		return true
	}
	if _, poss := base(toks[i].low); poss || e-i > 5 {
		return false
	}
	return toks[i].upper
}

func hasChannelNoun(toks []token, i, e int) bool {
	for ; i < e; i++ {
		if b, _ := base(toks[i].low); channelNouns[b] {
			return true
		}
	}
	return false
}
