// Package dedup computes the keys the storage packages deduplicate articles
// by, and checks an article before it is stored, so that every engine applies
// the same rules (docs/storage.md).
package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// Hash returns the hex sha256 of s folded (text.Fold) with every run of white
// space made one space and the ends trimmed, so that two texts differing only
// in case, diacritics, quote styles or spacing hash the same.
func Hash(s string) string {
	folded := text.Fold(s)
	var b strings.Builder
	b.Grow(len(folded))
	space := false
	for _, r := range folded {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// CanonicalURL returns the form of raw two URLs of one page share: scheme and
// host lower-cased, default port, fragment and a trailing slash removed,
// utm_* query parameters dropped. It returns "" for "" and raw itself,
// trimmed, when it is not an absolute URL.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	if len(u.Path) > 1 {
		u.Path = strings.TrimSuffix(u.Path, "/")
		u.RawPath = ""
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Keys are an article's dedup keys. URL and GUID are "" when it has none.
type Keys struct {
	ID, URL, GUID, Hash string
}

// Prepare checks in and returns its keys, or a rejection: PutRejected with
// EINVALID for blank text or an annotation of another article, ETOOLARGE for
// text over parallax.MaxArticleBytes. An empty Article.ID is derived from the
// hash ("h" and 16 hex digits).
func Prepare(in parallax.ArticleInput) (Keys, *parallax.PutResult) {
	a := in.Article
	reject := func(code, why string) (Keys, *parallax.PutResult) {
		return Keys{}, &parallax.PutResult{ID: a.ID, Status: parallax.PutRejected, Code: code, Reason: why}
	}
	if strings.TrimSpace(a.Text) == "" {
		return reject(parallax.EINVALID, "article text is empty")
	}
	if len(a.Text) > parallax.MaxArticleBytes {
		return reject(parallax.ETOOLARGE, "article text is longer than 1 MiB")
	}
	if in.Annotated != nil && (in.Annotated.ID != a.ID || in.Annotated.Text != a.Text) {
		return reject(parallax.EINVALID, "annotation is of another article")
	}
	k := Keys{ID: a.ID, URL: CanonicalURL(a.URL), GUID: strings.TrimSpace(in.GUID), Hash: Hash(a.Text)}
	if k.ID == "" {
		k.ID = "h" + k.Hash[:16]
	}
	return k, nil
}

// StoryID derives a story id from its key: "s" and 16 hex digits of the key's
// sha256.
func StoryID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return "s" + hex.EncodeToString(sum[:8])
}

// CheckFeedURL returns EINVALID unless raw is an absolute http or https URL.
func CheckFeedURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return parallax.Errorf(parallax.EINVALID, "source URL %q is not an absolute http(s) URL", raw)
	}
	return nil
}
