package parallax

import "time"

// Report is everything Parallax found in one story, each finding with its
// evidence. Its JSON form is a contract (docs/report.md): the store, the API
// and the web pages build on it, so names here change only with that document.
//
// Offsets in report types (Evidence.Start/End) are character (Unicode code
// point) offsets into the article's Text, unlike the byte offsets of the
// annotation types, because the report is an output format.
type Report struct {
	ID    string     `json:"id"`
	Title string     `json:"title"`
	Date  *time.Time `json:"date"` // the story's main event day, or its earliest publication; nil if unknown
	// Independent is the number of articles that are not near-copies of another.
	Independent   int             `json:"independent"`
	Articles      []StoryArticle  `json:"articles"`
	Entities      []StoryEntity   `json:"entities"`
	Facts         []Fact          `json:"facts"`
	Discrepancies []Discrepancy   `json:"discrepancies"`
	Unique        []UniqueClaims  `json:"unique"`
	Quotes        []QuoteGroup    `json:"quotes"`
	Framing       []Framing       `json:"framing"`
	Timeline      []TimelineEvent `json:"timeline"`
	Summary       []SummaryLine   `json:"summary"`
	// Revisions lists the story's articles that changed after they were
	// first stored, with what changed; empty when none did.
	Revisions []ArticleRevision `json:"revisions,omitempty"`
	// Notes says what Parallax could not determine (no publication date, an
	// outlet it could not name, …), so silence is never mistaken for absence.
	Notes []string `json:"notes,omitempty"`
}

// ArticleRevision says that an article of the story changed after it was
// first stored: Revision is its current revision number (2 after the first
// change), Changed when the latest change was stored, and Removed and Added
// the sentences of the previous text no longer present and those new in the
// current one (each capped, with the full counts beside).
type ArticleRevision struct {
	Article      string    `json:"article"`
	Revision     int       `json:"revision"`
	Changed      time.Time `json:"changed"`
	TitleBefore  string    `json:"title_before,omitempty"` // set only when the title changed
	Removed      []string  `json:"removed"`
	Added        []string  `json:"added"`
	RemovedCount int       `json:"removed_count"`
	AddedCount   int       `json:"added_count"`
}

// StoryArticle is an article's identity within a report. CopyOf is the id of
// the article it is a near-copy of, "" for an independent report.
type StoryArticle struct {
	ID        string     `json:"id"`
	Outlet    string     `json:"outlet"` // "" when unknown
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
	Source    string     `json:"source"`
	CopyOf    string     `json:"copy_of,omitempty"`
}

// Evidence points at the sentence a finding rests on.
type Evidence struct {
	Article  string `json:"article"` // a StoryArticle.ID
	Sentence int    `json:"sentence"`
	Text     string `json:"text"` // the sentence, or the part of it concerned
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// StoryEntity is an actor across the story, under one canonical name.
type StoryEntity struct {
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Articles []string   `json:"articles"` // ids of the articles that mention it
}

// Fact is a statement made by several articles, possibly in different words.
// Outlets counts independent outlets only (near-copies excluded).
type Fact struct {
	Text    string     `json:"text"`    // the fullest wording
	Outlets []string   `json:"outlets"` // distinct independent outlets (or article ids when the outlet is unknown)
	Support []Evidence `json:"support"` // len(Support) >= 2
}

// Discrepancy is one quantity, date or name about the same thing given with
// different values. Note is set when the difference may be an update over
// time rather than a conflict.
type Discrepancy struct {
	About  string            `json:"about"` // what the values are of ("deaths in the clashes")
	Kind   string            `json:"kind"`  // "number", "date" or "name"
	Note   string            `json:"note,omitempty"`
	Values []DiscrepantValue `json:"values"` // len(Values) >= 2, at least two distinct Value
}

// DiscrepantValue is one article's value in a Discrepancy.
type DiscrepantValue struct {
	Value string `json:"value"`
	Evidence
	ReportedBy string `json:"reported_by,omitempty"` // who the article attributes the value to
	AsOf       string `json:"as_of,omitempty"`       // ISO date the value is stated for, "" if unknown
}

// UniqueClaims lists what one article reports that no other supports.
type UniqueClaims struct {
	Article string     `json:"article"`
	Claims  []Evidence `json:"claims"`
}

// Fidelity grades how faithfully a variant reproduces a statement.
type Fidelity string

// The fidelity grades, from most to least faithful.
const (
	Verbatim   Fidelity = "verbatim"
	Close      Fidelity = "close"
	Paraphrase Fidelity = "paraphrase"
	Divergent  Fidelity = "divergent" // puts a different claim in the speaker's mouth
)

// QuoteGroup is every rendering of one underlying statement. Text is the
// fullest version; each variant is graded against it.
type QuoteGroup struct {
	Speaker  string         `json:"speaker"`
	Channel  string         `json:"channel"`
	Text     string         `json:"text"`
	Variants []QuoteVariant `json:"variants"`
}

// QuoteVariant is one article's rendering of a statement. Diff marks the
// words that differ from the group's Text, for renderers.
type QuoteVariant struct {
	Evidence
	Kind     QuoteKind `json:"kind"`
	Fidelity Fidelity  `json:"fidelity"`
	Why      string    `json:"why,omitempty"` // for divergent: what differs
}

// Framing is the words each article uses for one actor.
type Framing struct {
	Entity string        `json:"entity"`
	Terms  []FramingTerm `json:"terms"`
}

// FramingTerm is one designation of an actor in one article.
type FramingTerm struct {
	Article  string `json:"article"`
	Term     string `json:"term"`
	Sentence int    `json:"sentence"`
}

// TimelineEvent is a dated event with the articles that report it.
type TimelineEvent struct {
	// Date is the ISO 8601 form at the event's precision: a calendar day
	// ("2024-12-03"), a week ("2024-W49"), a month ("2024-11") or a year
	// ("2016"); Granularity names which.
	Date        string     `json:"date"`
	Granularity string     `json:"granularity"` // "day", "week", "month" or "year"
	Text        string     `json:"text"`
	Articles    []string   `json:"articles"`
	Evidence    []Evidence `json:"evidence"`
	// Inferred says how a date was resolved when the article had no
	// publication date of its own ("'Tuesday' resolved against the story's
	// other articles, published 2024-12-04"); "" otherwise.
	Inferred string `json:"inferred,omitempty"`
}

// SummaryLine is one sentence of the extractive summary, cited to every
// article that supports it.
type SummaryLine struct {
	Text      string   `json:"text"`
	Citations []string `json:"citations"` // article ids
	Outlets   int      `json:"outlets"`   // distinct independent outlets supporting it
}
