package framing

import "strings"

// class is what kind of actor a designation points at.
type class int

const (
	none       class = iota
	generic          // needs a modifier or a link to a name to designate anyone ("group", "forces")
	armed            // non-state armed actors ("rebels", "militants", "jihadists")
	state            // a state's government and its forces ("regime", "authorities")
	unassigned       // designates, but not a collective of this story's kind ("militia", "proxies")
	crowd            // the people of a street protest, named neutrally or not ("protesters", "rioters", "mob")
)

// heads are the nouns (as lemmas: folded, singular) that designate an actor.
var heads = map[string]class{
	"rebel": armed, "insurgent": armed, "militant": armed, "jihadist": armed, "jihadi": armed,
	"terrorist": armed, "fighter": armed, "faction": armed, "separatist": armed,
	"extremist": armed, "guerrilla": armed, "gunman": armed, "islamist": armed,
	"opposition": armed, "insurgency": armed, "mujahideen": armed, "radical": armed,
	"regime": state, "government": state, "authority": state, "administration": state,
	"junta": state, "state": state,
	"militia": unassigned, "militiaman": unassigned, "proxy": unassigned, "mercenary": unassigned,
	"offshoot": unassigned, "affiliate": unassigned, "extension": unassigned, "ally": unassigned,
	"group": generic, "organisation": generic, "organization": generic, "movement": generic,
	"force": generic, "troop": generic, "army": generic, "military": generic, "coalition": generic,
	"alliance": generic, "network": generic, "cell": generic, "wing": generic, "outfit": generic,
	"party": generic, "soldier": generic, "unit": generic,
	// Those taking part in a protest or a street disturbance: the words an
	// outlet chooses between say whether it was a march or a riot.
	"protester": crowd, "protestor": crowd, "demonstrator": crowd, "marcher": crowd,
	"rioter": crowd, "mob": crowd, "activist": crowd, "agitator": crowd, "looter": crowd,
	"hooligan": crowd, "troublemaker": crowd, "vandal": crowd, "thug": crowd,
}

// modifiers are the words (folded) that load a designation: they say what
// the writer thinks of the actor or who stands behind it.
var modifiers = setOf(`terrorist terror jihadist jihadi islamist extremist radical armed outlawed
banned proscribed separatist legitimate illegitimate moderate rebel opposition insurgent militant
hardline fundamentalist criminal notorious so-called self-proclaimed self-styled government regime
state pro-government anti-government sunni shiite shia kurdish-led islamic militia paramilitary
foreign`)

// linkSuffixes make a hyphenated word a loaded modifier: "Vostran-backed",
// "al-Harun-linked".
var linkSuffixes = []string{"-backed", "-linked", "-led", "-affiliated", "-allied", "-aligned",
	"-sponsored", "-funded", "-controlled", "-inspired", "-supported", "-based"}

// designators introduce a designation after a name: "X, designated as a
// terrorist organisation", "X, which Y lists as a terrorist group".
var designators = setOf(`designated considered regarded listed labelled labeled branded described
classified deemed called calls lists designates considers regards labels brands describes`)

// activeDesignators are the designators whose subject does the
// designating: right after a name, they make it the designator.
var activeDesignators = setOf(`called calls lists designates considers regards labels brands describes`)

// copulas link a name to a predicate noun phrase: "X is an Islamist group".
var copulas = setOf(`is are was were remains remain becomes`)

// determiners open a noun phrase.
var determiners = setOf(`a an the its their his her this that these those`)

func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lemma returns the singular of the folded noun f: "rebels" → "rebel",
// "authorities" → "authority", "gunmen" → "gunman".
func lemma(f string) string {
	switch {
	case strings.HasSuffix(f, "ies") && len(f) > 4:
		return f[:len(f)-3] + "y"
	case strings.HasSuffix(f, "men") && len(f) > 5:
		return f[:len(f)-3] + "man"
	case strings.HasSuffix(f, "ss"), strings.HasSuffix(f, "us"), strings.HasSuffix(f, "is"):
		return f
	case strings.HasSuffix(f, "s") && len(f) > 3:
		return f[:len(f)-1]
	}
	return f
}

// headClass returns the class of the folded word f as a head noun.
func headClass(f string) class {
	return heads[lemma(f)]
}

// isModifier reports whether the folded word f loads a designation.
func isModifier(f string) bool {
	if modifiers[f] || strings.HasPrefix(f, "pro-") || strings.HasPrefix(f, "anti-") {
		return true
	}
	for _, s := range linkSuffixes {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}
