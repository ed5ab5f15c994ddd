package quote

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// Documents and offices as speakers: "the statement affirmed" speaks for
// whoever the text said issued the statement ("according to a statement
// from the Harbour Council" earlier).

// nounClass groups document and office nouns that refer to one another.
func nounClass(w string) string {
	w, _ = base(w)
	switch w {
	case "service", "office":
		return "office"
	case "statement", "release", "readout", "communique", "communiqué":
		return "statement"
	}
	return w
}

// documentBefore finds the latest phrase before offset at naming a document
// or office of the same class as noun together with its owner ("a statement
// from the Council", "the Council's statement") and resolves that owner.
func (f *finder) documentBefore(noun string, at int) (resolved, bool) {
	class := nounClass(noun)
	si := f.sentenceAt(at)
	for s := si; s >= 0 && s >= si-6; s-- {
		toks := f.toks[s]
		for k := len(toks) - 1; k >= 0 && k >= len(toks)-200; k-- {
			t := toks[k]
			if t.start >= at || !t.word || nounClass(t.low) != class || !documentNouns[strings.TrimSuffix(t.low, "'s")] {
				continue
			}
			if owner, ok := f.ownerNear(toks, k, at); ok {
				return owner, true
			}
		}
	}
	return resolved{}, false
}

// ownerNear resolves the owner of the document noun toks[k] from the words
// around it: "X's statement", "statement from/of/by X", "statement
// published by X".
func (f *finder) ownerNear(toks []token, k, at int) (resolved, bool) {
	start := k
	for start > 0 && (npAble(toks[start-1]) && toks[start-1].low != "of" && toks[start-1].low != "and") {
		start--
	}
	j := k + 1
	if j < len(toks) && (toks[j].low == "published" || toks[j].low == "issued" || toks[j].low == "released" || toks[j].low == "posted") {
		j++
	}
	if j+1 < len(toks) && (toks[j].low == "from" || toks[j].low == "of" || toks[j].low == "by") {
		if e := nounPhraseAfter(toks, j+1); e > j+1 {
			sp := span{toks[j+1].start, toks[e-1].end}
			r := f.resolvePhrase(sp, at, nil)
			if r.person || r.place {
				r.name = "" // a person's office or release is no person speaking
			}
			r.channel = f.doc[toks[start].start:toks[e-1].end]
			return r, true // the latest document named decides, owner known or not
		}
	}
	for p := k - 1; p >= start; p-- {
		_, poss := base(toks[p].low)
		if m := f.mentionAt(toks[p].start); m != nil && (poss || m.ent.Type != parallax.Place) {
			r := resolved{channel: f.doc[toks[start].start:toks[k].end]}
			if m.ent.Type == parallax.Organisation {
				r.name = m.ent.Name
			}
			return r, true
		}
	}
	return resolved{}, false
}

// documentOwner resolves the owner named inside a channel phrase.
func (f *finder) documentOwner(channel string, at int, res []resolved) string {
	i := strings.LastIndex(f.doc[:at], channel)
	if i < 0 {
		return ""
	}
	r := f.resolvePhrase(span{i, i + len(channel)}, at, res)
	return r.name
}
