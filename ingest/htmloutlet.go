package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Evidence labels for outlets named by a page outside its site-name markup.
const (
	EvidenceTitleSuffix = "title suffix"
	EvidenceCopyright   = "copyright line"
)

// titleSeparators split a page title into headline and site name
// ("Headline | The Orvel Courier", "Headline - Orvel Courier").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// copyrightName is a copyright notice and the name after it: "© 2022 The
// Orvel Courier", "Copyright 2019-2022 Orvel Courier Ltd.".
var copyrightName = regexp.MustCompile(`(?i:(©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?[\s,]*)` +
	`(` + namePart + `(?:\s+(?:` + namePart + `|of|the|and|&)){0,4})`)

// pageOutlet returns the outlet a page names outside its site-name markup:
// the suffix of its <title>, else the name in a copyright notice (the last
// one, usually the footer's). A title suffix after a dash, or of one word,
// must be corroborated: by the URL's host, the copyright notice, or an
// outlet-like last word ("Courier", "News"). It returns "" when nothing
// reads as a name.
func pageOutlet(doc *html.Node, pageURL string) (name, evidence string) {
	title, texts := pageTexts(doc)
	holder := ""
	for i := len(texts) - 1; i >= 0 && holder == ""; i-- {
		holder = copyrightHolder(texts[i])
	}
	if s, strong := titleSuffix(title); s != "" {
		words := strings.Fields(s)
		outletLike := outletWords[strings.ToLower(strings.Trim(words[len(words)-1], ".'’"))]
		if inHost(s, pageURL) || strings.EqualFold(s, holder) || strong && len(words) > 1 || outletLike && len(words) > 1 {
			return s, EvidenceTitleSuffix
		}
	}
	if holder != "" {
		return holder, EvidenceCopyright
	}
	return "", ""
}

// inHost reports whether name's letters, spaces and "the" left out, are
// part of the URL's host ("Orvel Courier" in orvelcourier.example).
func inHost(name, pageURL string) bool {
	host := strings.ReplaceAll(urlHost(pageURL), "-", "")
	var b strings.Builder
	for i, w := range strings.Fields(strings.ToLower(name)) {
		if i == 0 && w == "the" {
			continue
		}
		b.WriteString(w)
	}
	return host != "" && b.Len() >= 3 && strings.Contains(host, b.String())
}

// titleSuffix returns the name after the last separator of a page title
// when it is short, title-cased and not a section label, and whether the
// separator is one that only sets off a site name ("|", not a dash).
func titleSuffix(title string) (string, bool) {
	title = strings.Join(strings.Fields(title), " ")
	cut, sep := -1, ""
	for _, s := range titleSeparators {
		if i := strings.LastIndex(title, s); i > cut {
			cut, sep = i, s
		}
	}
	if cut < 0 {
		return "", false
	}
	head, suffix := title[:cut], strings.TrimSpace(title[cut+len(sep):])
	words := strings.Fields(suffix)
	if len(strings.Fields(head)) < 3 || len(words) == 0 || len(words) > 4 || len(suffix) > 40 {
		return "", false
	}
	if !nameLike(suffix) || isSectionLabel(suffix) || strings.ContainsAny(suffix, "0123456789") {
		return "", false
	}
	return suffix, !strings.ContainsAny(sep, "-–—")
}

// copyrightHolder returns the name in a copyright notice held in text, or
// "". A notice spelled out as "Copyright" needs a year.
func copyrightHolder(text string) string {
	m := copyrightName.FindStringSubmatch(text)
	if m == nil || strings.EqualFold(m[1], "copyright") && m[2] == "" {
		return ""
	}
	name := m[3]
	if i := strings.Index(strings.ToLower(name), " all rights"); i >= 0 {
		name = name[:i]
	}
	if i := strings.LastIndex(name, " "); i > 0 && strings.EqualFold(name[i+1:], "all") {
		name = name[:i] // "… Sentry. All rights reserved"
	}
	name = strings.TrimRight(name, ".,")
	if !nameLike(name) || isSectionLabel(name) {
		return ""
	}
	return name
}

// pageTexts returns the text of a page's <title> and its text nodes that
// may hold a copyright notice.
func pageTexts(doc *html.Node) (title string, texts []string) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title && title == "" && n.FirstChild != nil {
			title = n.FirstChild.Data
			return
		}
		if n.Type == html.TextNode && len(n.Data) < 200 && strings.ContainsAny(n.Data, "©cC") && copyrightName.MatchString(n.Data) {
			texts = append(texts, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return title, texts
}
