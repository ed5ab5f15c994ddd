package ingest

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"github.com/parallax-news/parallax"
)

// fields are what the input itself states about an article (a JSON record's
// fields); empty values are filled from the markup and the text.
type fields struct {
	id, url, outlet, title string
	published              *time.Time
	publishedEvidence      string
	publishedPrecision     string
}

// minLanguageRunes is the shortest text whose language is detected; shorter
// texts get Language "". languageSample is how many bytes from the start of
// the text the detector reads (trigram detection costs about 0.5 µs a byte).
const (
	minLanguageRunes = 80
	languageSample   = 600
)

// assemble cleans raw and builds the article, taking each piece of metadata
// from the first source that states it: the input's fields, the HTML
// markup (meta may be nil), cues in the text, and for the outlet the URL's
// host. Nothing is guessed: what no source states stays empty.
func assemble(raw string, f fields, meta *HTMLMeta) parallax.Article {
	c := Clean(raw)
	a := parallax.Article{ID: f.id, URL: f.url, Title: f.title, Removed: c.Removed}
	if meta != nil {
		a.URL = firstNonEmpty(a.URL, meta.URL)
		a.Title = firstNonEmpty(a.Title, meta.Title)
	}
	a.Text = c.Text
	switch {
	case a.Title == "":
		a.Title = c.Title
	case c.Title != "" && fold(c.Title) != fold(a.Title):
		// The first line is not the title the input gave: a subheading.
		a.Text = strings.TrimSuffix(c.Title+"\n"+a.Text, "\n")
	}
	setOutlet(&a, f, meta, &c)
	setPublished(&a, f, meta, &c)
	dropNameLines(&a)
	a.Language = language(a.Text)
	return a
}

func setOutlet(a *parallax.Article, f fields, meta *HTMLMeta, c *Cleaned) {
	switch {
	case f.outlet != "":
		a.Outlet, a.OutletEvidence = f.outlet, EvidenceMetadata
	case meta != nil && meta.Sitename != "":
		a.Outlet, a.OutletEvidence = meta.Sitename, EvidenceMetadata
	case meta != nil && meta.OutletEvidence == EvidenceTitleSuffix:
		a.Outlet, a.OutletEvidence = meta.Outlet, meta.OutletEvidence
	case c.Outlet != "":
		a.Outlet, a.OutletEvidence = c.Outlet, c.OutletEvidence
	case meta != nil && meta.Outlet != "":
		a.Outlet, a.OutletEvidence = meta.Outlet, meta.OutletEvidence
	default:
		if host := urlHost(a.URL); host != "" {
			a.Outlet, a.OutletEvidence = host, EvidenceURLHost
		}
	}
}

func setPublished(a *parallax.Article, f fields, meta *HTMLMeta, c *Cleaned) {
	switch {
	case f.published != nil:
		a.Published, a.PublishedEvidence, a.PublishedPrecision = f.published, f.publishedEvidence, f.publishedPrecision
	case meta != nil && meta.Published != nil:
		a.Published, a.PublishedEvidence, a.PublishedPrecision = meta.Published, meta.PublishedEvidence, meta.PublishedPrecision
	case c.Published != nil:
		a.Published, a.PublishedEvidence, a.PublishedPrecision = c.Published, c.PublishedEvidence, c.PublishedPrecision
	}
}

// dropNameLines removes lines that only repeat the title (at the top) or the
// outlet's name (anywhere), which pages show apart from the article.
func dropNameLines(a *parallax.Article) {
	if a.Text == "" || a.Title == "" && a.Outlet == "" {
		return
	}
	title := strings.Join(strings.Fields(a.Title), " ") // Text lines are single-spaced
	outlet := strings.Join(strings.Fields(a.Outlet), " ")
	paras := strings.Split(a.Text, "\n")
	kept := paras[:0]
	for i, p := range paras {
		if i == 0 && title != "" && strings.EqualFold(p, title) || outlet != "" && len(paras) > 1 && strings.EqualFold(p, outlet) {
			a.Removed = append(a.Removed, p)
			continue
		}
		kept = append(kept, p)
	}
	a.Text = strings.Join(kept, "\n")
}

// language returns the ISO 639-1 code of text's language, or "" when the
// text is too short or the detection unreliable.
func language(text string) string {
	if utf8.RuneCountInString(text) < minLanguageRunes {
		return ""
	}
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if looksEnglish(text) {
		return "en"
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishFunctionWords are frequent English words that are rare as words in
// other languages written in Latin script.
var englishFunctionWords = wordSet(`the of and to in is was that for on with said were by has have
	from at which its their would this will been after who are`)

// looksEnglish is a fast path before trigram detection, which costs a few
// hundred microseconds: it reports whether at least a fifth of the first
// hundred words of text are English function words.
func looksEnglish(text string) bool {
	words, hits := 0, 0
	for _, w := range strings.Fields(text) {
		if words == 100 {
			break
		}
		words++
		if englishFunctionWords[strings.ToLower(strings.Trim(w, ".,;:\"'“”‘’()"))] {
			hits++
		}
	}
	return words >= 15 && hits*5 >= words
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
