// Package parallax is the vocabulary of Parallax: articles as they are read,
// the annotations found in each one, and the errors the pipeline reports.
//
// Data flows one way: ingest → annotate → cluster → reconcile → report/store →
// web. Packages implement the stages; this package only names what passes
// between them.
//
// Offsets: every Start/End in this package is a byte offset into
// Article.Text (the cleaned body), half-open [Start, End). Renderers that
// promise character offsets convert them (see report.CharOffsets).
package parallax

import "time"

// Article is one news report as Parallax read it.
type Article struct {
	ID     string // stable: given by the input, or derived from Source and content
	Source string // the path or URL it was read from ("-" for standard input)
	URL    string // canonical URL when known
	Outlet string // publishing outlet; "" when the input does not say
	// OutletEvidence says where Outlet came from ("metadata", "url host",
	// "credit line", "dateline", "masthead"); "" when Outlet is "".
	OutletEvidence string
	Title          string
	// Published is the publication time; nil when the input does not give it.
	Published *time.Time
	// PublishedEvidence quotes the text the date was read from; "" when nil.
	PublishedEvidence string
	// PublishedPrecision says how much of Published the input states: ""
	// a full timestamp with its zone; "local" a date and time of day whose
	// zone is not stated (Published holds that wall-clock time as UTC, for
	// ordering only); "date" the day only (Published is midnight UTC).
	PublishedPrecision string
	Language           string // ISO 639-1 code when detected, else ""
	Text               string // cleaned body text; offsets point into it
	// Removed lists the boilerplate lines taken out of the raw text, so that a
	// reader can check that no article sentence was lost.
	Removed []string
}

// Annotated is an Article with everything the annotators found in it. Every
// item carries the index of its sentence in Sentences and byte offsets into
// Article.Text.
type Annotated struct {
	Article
	Sentences []Sentence
	Entities  []Entity
	Quotes    []Quote
	Numbers   []Number
	Dates     []Date
}

// Sentence is a span of Article.Text. Heading reports whether it is a line of
// its own without sentence-final punctuation (a title or section heading).
type Sentence struct {
	Text       string
	Start, End int
	Heading    bool
}

// EntityType is the kind of a named entity.
type EntityType string

// The entity types Parallax assigns.
const (
	Person       EntityType = "person"
	Organisation EntityType = "organisation"
	Place        EntityType = "place"
	Group        EntityType = "group" // armed, political or ethnic group without formal organisation
)

// Entity is one real-world actor and every mention of it in an article.
// Name is canonical: the same actor gets the same Name across spellings,
// diacritics, acronyms and descriptions, within and across articles.
type Entity struct {
	Name     string
	Type     EntityType
	Aliases  []string  // other surface forms seen or known, Name excluded
	Mentions []Mention // len(Mentions) > 0, in text order
}

// Mention is one place an entity is named or described.
type Mention struct {
	Text       string
	Sentence   int
	Start, End int
}

// QuoteKind tells a verbatim quotation from reported speech.
type QuoteKind string

// The quote kinds.
const (
	Direct   QuoteKind = "direct"
	Indirect QuoteKind = "indirect"
)

// Quote is one statement attributed to a speaker.
type Quote struct {
	Speaker string // canonical entity name; "" when the text does not say who
	// SpeakerText is the words that name the speaker where the quote is
	// attributed ("he", "the Ndovan president", "senior diplomats"). It is
	// kept when they name no entity, so an unnamed source is still shown;
	// "" when the text attributes the quote to no one.
	SpeakerText string
	Verb        string // the reporting verb as written ("stressed", "told")
	// Channel is the medium the words came through when the text gives it
	// ("a readout from the Varenian presidency", "his office on X"); "" otherwise.
	Channel    string
	Text       string // the quoted or reported content, without the quotation marks
	Kind       QuoteKind
	Sentence   int // index of the sentence where the quote starts
	Start, End int // span of Text
}

// Number is a quantity stated in an article.
type Number struct {
	Value float64
	// Max is the upper bound of a range ("from 1,500 to 2,500"); nil otherwise.
	Max  *float64
	Text string // as written ("181", "1,500 to 2,500", "several hundred")
	// Counts is what is counted, as a lower-case noun lemma ("death", "fighter",
	// "civilian", "casualty"); "" when unclear.
	Counts string
	// PartOf is the index in Numbers of the total this number is part of
	// ("181 casualties, 29 of them civilians" → the 29 is part of the 181); -1 if none.
	PartOf int
	// ReportedBy is the canonical entity the figure is attributed to; "" if none.
	ReportedBy string
	Sentence   int
	Start, End int
}

// Date is a date expression and the calendar date it denotes.
type Date struct {
	Text string // as written ("on Tuesday", "Nov. 27", "last week")
	// Date is the resolved day (or first day of a resolved period) in UTC;
	// zero when Resolved is false.
	Date time.Time
	// Granularity is "day", "week", "month" or "year".
	Granularity string
	Resolved    bool
	// Evidence says how the date was resolved ("weekday before publication
	// 2024-12-04") or, when unresolved, why not.
	Evidence   string
	Sentence   int
	Start, End int
}
