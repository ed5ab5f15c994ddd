package parallax

import (
	"context"
	"time"
)

// Store is one database's implementation of every storage interface. The
// sqlite and postgres packages each return one; storetest checks both against
// the same contract (docs/storage.md).
//
// Every method of every interface may also fail with EIO when the database
// cannot be reached or a statement fails, with a cancelled context's error
// wrapped, and with EINTERNAL for a stored row it cannot decode.
type Store struct {
	Articles ArticleStore
	Stories  StoryStore
	Queue    Queue
	Sources  SourceStore
	Locks    Locker
}

// ArticleInput is one article offered to ArticleStore.PutArticles.
type ArticleInput struct {
	Article Article
	// GUID is the feed item's guid (or Atom id); "" when the article did not
	// come from a feed.
	GUID string
	// Annotated is the article's annotation when already computed; nil stores
	// the article unannotated (see ArticleStore.SetAnnotation). When not nil
	// its Article must equal Article.
	Annotated *Annotated
	// Source is the id of the Source (feed) the article came from; 0 when it
	// did not come from a polled feed. Every put with a Source records a
	// Sighting, whether the article was stored, a duplicate or revised.
	Source int64
	// Revise asks for a changed article to be stored as a new revision: when
	// the input matches a stored article by URL or GUID but its text differs,
	// the stored article's title and text are replaced, the previous ones kept
	// as a Revision, and the article enqueued for annotation again
	// (PutRevised). Without Revise such an input is a duplicate.
	Revise bool
}

// PutStatus says what ArticleStore.PutArticles did with one article.
type PutStatus string

// The put statuses.
const (
	PutStored    PutStatus = "stored"    // a new article was stored
	PutDuplicate PutStatus = "duplicate" // an equal article was already stored; nothing new
	PutRejected  PutStatus = "rejected"  // the article is invalid and was not stored
	PutRevised   PutStatus = "revised"   // a stored article changed; its new text was stored as a revision (ArticleInput.Revise)
	PutDeleted   PutStatus = "deleted"   // the article was deleted earlier (ArticleStore.DeleteArticle) and is not stored again
)

// DedupKey names what made an article a duplicate.
type DedupKey string

// The dedup keys, in the order they are tried.
const (
	DedupID   DedupKey = "id"   // the same Article.ID
	DedupURL  DedupKey = "url"  // the same canonical URL (see docs/storage.md)
	DedupGUID DedupKey = "guid" // the same feed GUID
	DedupHash DedupKey = "hash" // the same text once folded (sha256 of text.Fold with spaces collapsed)
)

// PutResult is the outcome of one ArticleInput, at the same index.
type PutResult struct {
	// ID is the id the article is stored under: its own when stored, the
	// earlier article's when a duplicate, its given id (possibly "") when
	// rejected.
	ID     string    `json:"id"`
	Status PutStatus `json:"status"`
	// DuplicateOf is the id of the stored article this one duplicates; set
	// only when Status is PutDuplicate (and then equal to ID).
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// By is the first key that matched; set when Status is PutDuplicate,
	// PutRevised or PutDeleted.
	By DedupKey `json:"by,omitempty"`
	// Revision is the article's new revision number (2 for the first
	// change); set only when Status is PutRevised.
	Revision int `json:"revision,omitempty"`
	// Reason says why the article was rejected, safe to show a user; set only
	// when Status is PutRejected.
	Reason string `json:"reason,omitempty"`
	// Code is the error code of a rejection (EINVALID, ETOOLARGE).
	Code string `json:"code,omitempty"`
}

// StoredArticle is an article as stored, with its annotation when it has one.
type StoredArticle struct {
	Annotated // Sentences, Entities, … are nil until annotated
	GUID      string
	Hash      string // hex sha256 of the folded text; the hash dedup key
	// AnnotatedAt is when the annotation was stored; nil when the article is
	// not annotated yet.
	AnnotatedAt *time.Time
	Story       string // the story it belongs to; "" when not yet assigned
	Created     time.Time
}

// ArticleFilter selects articles. Zero fields do not filter.
type ArticleFilter struct {
	IDs    []string  // only these ids (missing ones are left out, not an error)
	Query  string    // full-text query: every word must occur in title or text
	Since  time.Time // published (or stored, when undated) at or after
	Until  time.Time // published (or stored, when undated) before
	Limit  int       // at most this many; <= 0 means DefaultLimit, capped at MaxLimit
	Cursor string    // from an earlier page's Next; "" for the first page
}

// Page limits shared by ArticleFilter and StoryFilter.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// ArticlePage is one page of articles, newest first.
type ArticlePage struct {
	Articles []*StoredArticle
	// Next is the cursor of the following page; "" on the last page.
	Next string
}

// MaxArticleBytes is the largest Article.Text PutArticles stores; longer texts
// are rejected with ETOOLARGE.
const MaxArticleBytes = 1 << 20

// ArticleStore stores articles, deduplicated by id, URL, feed GUID and content
// hash, so that storing the same input twice stores nothing new.
type ArticleStore interface {
	// PutArticles stores each new article and returns one result per input,
	// in order. A duplicate of an article stored earlier, or earlier in the
	// same call, is not stored (PutDuplicate). An article with blank text is
	// rejected with EINVALID, one over MaxArticleBytes with ETOOLARGE
	// (PutRejected); an article without an ID gets one derived from its hash.
	// Each stored article is enqueued in the same transaction, as a JobAssign
	// job when it came annotated and a JobAnnotate job otherwise, so that no
	// crash can leave a stored article without its work. The call is atomic:
	// on error nothing was stored. Concurrent calls with equal articles store
	// one of them.
	PutArticles(ctx context.Context, in []ArticleInput) ([]PutResult, error)

	// FindArticleByID returns the article with the given id, or ENOTFOUND.
	FindArticleByID(ctx context.Context, id string) (*StoredArticle, error)

	// FindArticles returns the articles matching f, newest first (by
	// publication time, else storage time, then id). Pages are stable:
	// articles stored after the first page never repeat one already returned.
	// EINVALID when f.Cursor is not one this store returned.
	FindArticles(ctx context.Context, f ArticleFilter) (*ArticlePage, error)

	// SetAnnotation replaces the annotation of the stored article a.ID with
	// a's; a.Article itself is not updated. ENOTFOUND when no such article.
	SetAnnotation(ctx context.Context, a *Annotated) error

	// DeleteArticle removes the article, its revisions, sightings and jobs,
	// and takes it out of its story (whose id it returns, "" when it had
	// none, so the caller can recompute that story's report). Its id, URL,
	// GUID and hash are remembered, so that putting it again returns
	// PutDeleted instead of storing it. ENOTFOUND when no such article.
	DeleteArticle(ctx context.Context, id string) (story string, err error)

	// FindRevisions returns the article's earlier revisions, oldest first;
	// empty when the article never changed. The current text is the
	// article's own and is not in the list. ENOTFOUND when no such article.
	FindRevisions(ctx context.Context, id string) ([]Revision, error)

	// FindSightings returns every time the article was put from a source,
	// oldest first (one per source and GUID or URL; later puts of the same
	// entry update Last). ENOTFOUND when no such article.
	FindSightings(ctx context.Context, id string) ([]Sighting, error)

	// SeenEntry reports whether source has already delivered the feed entry
	// with this GUID (or, when guid is "", this canonical URL), and the id
	// of the article it became, so a poller can skip pages it already
	// fetched. "" and false when not seen, or when the article was deleted.
	SeenEntry(ctx context.Context, source int64, guid, url string) (article string, seen bool, err error)
}

// Revision is an earlier text of an article that changed after it was
// first stored. Revisions count from 1 (the text first stored).
type Revision struct {
	Article  string    `json:"article"`
	Revision int       `json:"revision"`
	Title    string    `json:"title"`
	Text     string    `json:"text"`
	Hash     string    `json:"hash"`
	Replaced time.Time `json:"replaced"` // when a newer text replaced this one
}

// Sighting records that a source delivered an article: the same wire story
// carried by two feeds is one article with two sightings.
type Sighting struct {
	Article string    `json:"article"`
	Source  int64     `json:"source"`
	GUID    string    `json:"guid,omitempty"`
	URL     string    `json:"url,omitempty"`
	First   time.Time `json:"first"`
	Last    time.Time `json:"last"`
}

// Story is a group of articles about one event, as stored. Its current report
// is the latest ReportVersion.
type Story struct {
	ID string
	// Key identifies the event for assignment: CreateStory with a key already
	// stored returns that story instead of creating a second one. len(Key) > 0.
	Key   string
	Title string
	Date  *time.Time // the story's main event day; nil if unknown
	// Articles are the ids of its articles in the order they joined.
	Articles []string
	Copies   []StoryCopy // the articles among Articles that are near-copies
	Version  int         // the latest report version; 0 before the first report
	Created  time.Time
	Updated  time.Time // the last time articles or a report were added
}

// StoryCopy records that Article nearly copies CopyOf, with their estimated
// similarity.
type StoryCopy struct {
	Article    string  `json:"article"`
	CopyOf     string  `json:"copy_of"`
	Similarity float64 `json:"similarity"`
}

// StoryMember is an article added to a story. CopyOf is the id of the article
// it nearly copies, "" for an independent report.
type StoryMember struct {
	Article    string
	CopyOf     string
	Similarity float64
}

// StoryFilter selects stories. Zero fields do not filter.
type StoryFilter struct {
	// Query is a full-text query: a story matches when one of its articles
	// contains every word in its title or text.
	Query  string
	Since  time.Time // story date (or creation time, when undated) at or after
	Until  time.Time // story date (or creation time, when undated) before
	Limit  int       // at most this many; <= 0 means DefaultLimit, capped at MaxLimit
	Cursor string    // from an earlier page's Next; "" for the first page
}

// StoryPage is one page of stories, newest first.
type StoryPage struct {
	Stories []*Story
	// Next is the cursor of the following page; "" on the last page.
	Next string
}

// ReportVersion is one stored report of a story. Versions count from 1; the
// highest is the story's current report.
type ReportVersion struct {
	Story   string
	Version int
	Created time.Time
	// Articles is the number of articles the report covers.
	Articles int
	// Report is the report itself; nil in the list FindReportVersions returns.
	Report *Report
}

// StoryStore stores stories, their articles and their report versions.
type StoryStore interface {
	// CreateStory stores s if no story has s.Key and reports whether it did;
	// otherwise it fills s with the stored story of that key. Concurrent
	// calls with one key, from any number of processes sharing the database,
	// create exactly one story. An empty s.ID is derived from s.Key.
	// s.Articles and s.Copies are ignored (see AddArticles). EINVALID when
	// s.Key is empty or s.ID belongs to a story of another key.
	CreateStory(ctx context.Context, s *Story) (created bool, err error)

	// FindStoryByID returns the story with the given id, or ENOTFOUND.
	FindStoryByID(ctx context.Context, id string) (*Story, error)

	// FindStories returns the stories matching f that have at least one
	// article, newest first (by date, else creation time, then id). Pages are
	// stable as in ArticleStore.FindArticles. EINVALID when f.Cursor is not
	// one this store returned.
	FindStories(ctx context.Context, f StoryFilter) (*StoryPage, error)

	// AddArticles adds articles to the story storyID, after those it has. An
	// article already in the story keeps its place (its copy record is
	// updated); one in another story is moved, so an article belongs to one
	// story at most. ENOTFOUND when the story or an article does not exist.
	AddArticles(ctx context.Context, storyID string, members []StoryMember) error

	// SaveReport stores r as the story's next report version and sets the
	// story's title and date from r, unless r equals the current report, in
	// which case nothing is stored. It returns the current version number
	// either way. ENOTFOUND when no such story.
	SaveReport(ctx context.Context, storyID string, r *Report) (version int, err error)

	// FindReport returns version v of the story's report, the current one
	// when v is 0. ENOTFOUND when the story has no such version (or none).
	FindReport(ctx context.Context, storyID string, v int) (*ReportVersion, error)

	// FindReportVersions lists the story's report versions, newest first,
	// without their reports. ENOTFOUND when no such story.
	FindReportVersions(ctx context.Context, storyID string) ([]ReportVersion, error)
}

// Job kinds of the incremental pipeline. Queue accepts any non-empty kind.
const (
	JobAnnotate = "annotate" // annotate a stored article
	JobAssign   = "assign"   // assign an annotated article to its story and recompute the report
)

// Job is one claimed unit of work: do Kind to Article.
type Job struct {
	ID       int64
	Kind     string
	Article  string
	Attempts int // claims so far, this one included; >= 1
	// Worker and LeaseUntil identify this claim: Complete and Fail accept the
	// job only while this claim holds.
	Worker     string
	LeaseUntil time.Time
	LastError  string // the cause given to the previous Fail; "" if none
}

// Claim asks Queue.Claim for work.
type Claim struct {
	Kind   string        // required
	Worker string        // required: a name unique among live workers
	Limit  int           // at most this many jobs; <= 0 means 1
	Lease  time.Duration // how long the claim holds; <= 0 means DefaultLease
	// Now is the time to claim at; zero means the current time. Tests set it
	// to see leases and retry delays run out without waiting.
	Now time.Time
}

// Queue defaults.
const (
	DefaultLease = 5 * time.Minute
	// MaxAttempts is the number of claims after which Fail gives a job up.
	MaxAttempts = 5
)

// RetryDelay is how long a job failed after attempts claims waits before it
// can be claimed again: 2^(attempts-1) seconds, at most a minute.
func RetryDelay(attempts int) time.Duration {
	if attempts < 1 {
		attempts = 1
	}
	if attempts > 7 {
		return time.Minute
	}
	return min(time.Second<<(attempts-1), time.Minute)
}

// Queue is the work queue of the incremental pipeline, shared by every worker
// using the database. A job is claimed by one worker at a time; a claim whose
// lease ran out (a worker died) can be claimed again.
type Queue interface {
	// Enqueue adds a job of the kind for each article id, except those that
	// already have one of that kind pending, claimed or failed. EINVALID when
	// kind or an id is empty.
	Enqueue(ctx context.Context, kind string, articleIDs ...string) error

	// Claim takes up to c.Limit available jobs of c.Kind, oldest first, for
	// c.Worker until c.Lease runs out. Concurrent claims, from any process,
	// never return the same job twice while its lease holds. It returns an
	// empty slice when no job is available. EINVALID when Kind or Worker is
	// empty.
	Claim(ctx context.Context, c Claim) ([]Job, error)

	// Complete removes a finished job. ENOTFOUND when j's claim no longer
	// holds (its lease ran out and another worker claimed it, or it was
	// completed).
	Complete(ctx context.Context, j Job) error

	// Fail records cause and releases the job for a retry after RetryDelay
	// of its attempts, or gives it up (state failed, never claimed again)
	// once it has had MaxAttempts. ENOTFOUND as in Complete.
	Fail(ctx context.Context, j Job, cause string) error

	// Stats counts the jobs of a kind by state: "pending" (including leases
	// run out), "claimed", "failed".
	Stats(ctx context.Context, kind string) (map[string]int, error)
}

// Source is a feed Parallax polls.
type Source struct {
	ID    int64
	URL   string // the feed URL; unique
	Title string
	// ETag and LastModified are the validators of the last response, sent
	// back on the next poll; "" when the server gave none.
	ETag         string
	LastModified string
	NextPoll     time.Time // when the source is next due
	Failures     int       // consecutive failed polls
	// ParseFailures counts consecutive polls whose body could not be parsed
	// as a feed; the poller disables the source after too many.
	ParseFailures int
	LastPolled    time.Time // the last poll's end; zero before the first
	LastStatus    int       // the HTTP status of the last poll; 0 when none
	LastError     string    // the last poll's failure, safe to show; "" after a success
	// Site is the page the feed was discovered from; "" when the feed URL
	// was given directly.
	Site string
	// Disabled says why the source is no longer polled; "" when enabled.
	Disabled string
	Created  time.Time
	Updated  time.Time
}

// SourceStore stores the feeds to poll.
type SourceStore interface {
	// CreateSource stores s and sets its ID, Created and Updated, unless a
	// source with s.URL exists, in which case it fills s with that source and
	// reports created false. EINVALID when s.URL is not an absolute http(s)
	// URL.
	CreateSource(ctx context.Context, s *Source) (created bool, err error)

	// FindSourceByID returns the source with the given id, or ENOTFOUND.
	FindSourceByID(ctx context.Context, id int64) (*Source, error)

	// DueSources returns up to limit enabled sources whose NextPoll is at or
	// before now, the longest due first.
	DueSources(ctx context.Context, now time.Time, limit int) ([]*Source, error)

	// ClaimSources is DueSources for a poller sharing the database with
	// others: it also moves the NextPoll of each returned source to
	// now+lease in the same transaction, so that no other caller, in any
	// process, gets the source until the poller stores its outcome with
	// UpdateSource or the lease runs out (the poller died). lease <= 0 means
	// DefaultLease.
	ClaimSources(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]*Source, error)

	// ListSources returns every source, enabled or not, by id.
	ListSources(ctx context.Context) ([]*Source, error)

	// UpdateSource stores every field of s but ID, URL and Created, and sets
	// s.Updated. ENOTFOUND when no source has s.ID.
	UpdateSource(ctx context.Context, s *Source) error

	// DeleteSource removes the source; its articles stay. ENOTFOUND when no
	// such source.
	DeleteSource(ctx context.Context, id int64) error
}

// Locker runs code under a named lock shared by every process using the
// database (on SQLite, by every user of one opened store).
type Locker interface {
	// WithLock runs fn while holding the exclusive lock named key, waiting
	// for it as long as ctx allows, and returns fn's error. The lock is
	// released when fn returns or the process dies. Locks are not reentrant:
	// fn must not take the lock it holds. fn's writes through the store are
	// ordinary transactions, committed on their own.
	WithLock(ctx context.Context, key string, fn func(ctx context.Context) error) error
}
