package ingest

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evidence labels for Article.OutletEvidence.
const (
	EvidenceMetadata = "metadata"
	EvidenceCredit   = "credit line"
	EvidenceDateline = "dateline"
	EvidenceMasthead = "masthead"
	EvidenceURLHost  = "url host"
)

const namePart = `\p{Lu}[\p{L}\p{N}&.'’-]*`

var (
	// creditLine is an outlet credit at the very start of the body:
	// "Northwind Daily/ Dockworkers…" or "Northwind Daily / Dockworkers…".
	creditLine = regexp.MustCompile(`^(` + namePart + `(?:\s+(?:` + namePart + `|of|the|and|&|de|al|el|la|le)){0,4})\s?/(?:\s+|$)`)
	// slashDateline is "City /Outlet/." at the start of the body.
	slashDateline = regexp.MustCompile(`^\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s*[^/()\n]{1,30}?)?\s*/\s*(\p{Lu}[^/\n]{0,40}?)\s*/\s*[.,:–—-]?(?:\s+|$)`)
	// parenDateline is "CITY (Outlet) -", "City, March 9 (Outlet) —" or
	// "(Outlet) –" at the start of the body.
	parenDateline = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’ -]{1,40}?(?:,\s*[^()\n]{1,30}?)?)?\s*\((\p{Lu}[^()\n]{0,40}?)\)\s*[-–—:](?:\s+|$)`)
)

// outletWords are words that end many outlet names ("… Daily", "… News").
var outletWords = wordSet(`news daily times post herald tribune journal gazette wire agency press
	tv radio chronicle observer monitor telegraph express courier mail star sun standard globe
	network media dispatch bulletin insider weekly magazine reporter independent guardian mirror
	register sentinel examiner inquirer channel broadcasting television`)

// nameConnectors may stand uncapitalised inside an outlet name.
var nameConnectors = wordSet(`of the and & de la le el al du des der die das van von for on`)

// leadingCredit strips an outlet credit ("Name/ ") from the start of line and
// returns the outlet, the stripped prefix and the rest.
func leadingCredit(line string) (outlet, prefix, rest string, ok bool) {
	m := creditLine.FindStringSubmatchIndex(line)
	if m == nil {
		return "", "", line, false
	}
	return line[m[2]:m[3]], strings.TrimSpace(line[:m[1]]), line[m[1]:], true
}

// leadingDateline strips a dateline ("City /Outlet/.", "CITY (Outlet) -")
// from the start of line and returns the outlet, the prefix and the rest.
func leadingDateline(line string) (outlet, prefix, rest string, ok bool) {
	for _, re := range []*regexp.Regexp{slashDateline, parenDateline} {
		m := re.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		name := strings.TrimSpace(line[m[2]:m[3]])
		if !nameLike(name) {
			continue
		}
		return name, strings.TrimSpace(line[:m[1]]), line[m[1]:], true
	}
	return "", "", line, false
}

// nameLike reports whether s reads like a proper name of 1–5 words: each
// word capitalised (or a connector such as "of"), no sentence punctuation.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || len(s) > 50 {
		return false
	}
	if strings.ContainsAny(s, ",;:!?\"“”()") {
		return false
	}
	if last := words[len(words)-1]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 4 {
		return false // a sentence end, not an abbreviation such as "Inc."
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0 {
			continue
		}
		if i > 0 && nameConnectors[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return true
}

// mastheadLike reports whether a short line on its own looks like an
// outlet's name: all capitals ("NORTHWIND DAILY"), or capitalised and ending
// in a word such as "News", "Daily" or "Times".
func mastheadLike(s string) bool {
	if !nameLike(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	if upperShare(s) >= 0.8 && len(words) <= 3 {
		return true
	}
	return outletWords[strings.ToLower(strings.Trim(words[len(words)-1], ".'’"))]
}

// upperShare is the share of upper-case letters among the letters of s.
func upperShare(s string) float64 {
	var up, all int
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	if all < 2 {
		return 0
	}
	return float64(up) / float64(all)
}

// urlHost returns the host of rawURL without "www." or "m." ("" when the
// URL has no host).
func urlHost(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	for _, p := range []string{"www.", "www2.", "www3.", "m.", "amp."} {
		if strings.HasPrefix(h, p) && strings.Count(h, ".") > 1 {
			return h[len(p):]
		}
	}
	return h
}

// fold lower-cases s and collapses its spaces, for comparing short lines.
func fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
