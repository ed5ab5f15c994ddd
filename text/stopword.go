package text

// IsStopword reports whether folded (a word already passed through Fold)
// is an English function word that carries no content of its own: articles,
// pronouns, auxiliaries, prepositions, conjunctions, common adverbs and
// their contractions with ASCII apostrophes.
func IsStopword(folded string) bool {
	return stopwords[folded]
}

var stopwords = makeSet(`
a about above across after again against ago all almost along already also
although always am among an and another any anyone anything are around as at
be became because become been before being below beneath beside besides
between beyond both but by can cannot could did do does doing done down
during each either else enough even ever every few for from further had has
have having he her here hers herself him himself his how however i if in into
is it its itself just least less many may me might mine more most much must
my myself neither no nor not now of off often on once only onto or other
others otherwise our ours ourselves out over own per perhaps quite rather
same shall she should since so some such than that the their theirs them
themselves then there thereby therefore these they this those though through
throughout thus to together too toward towards under until unto up upon us
very via was we were what whatever when whenever where whereas wherever
whether which while who whoever whom whose why will with within without
would yet you your yours yourself yourselves
i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd
she'll it's it'd it'll we're we've we'd we'll they're they've they'd they'll
that's there's here's what's who's let's isn't aren't wasn't weren't hasn't
haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't
couldn't mustn't mightn't needn't
`)

func makeSet(words string) map[string]bool {
	set := make(map[string]bool)
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				set[words[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return set
}
