package poll

import (
	"regexp"
	"strconv"
	"strings"
)

// uniqueGUID matches GUIDs that are unique beyond their feed: absolute URIs
// ("https://…", "tag:…", "urn:…") and UUIDs.
var uniqueGUID = regexp.MustCompile(`(?i)^(?:[a-z][a-z0-9+.-]*://\S+|(?:tag|urn):\S+|[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})$`)

// storeGUID is the GUID an entry of source src is stored and looked up
// under. The store matches GUIDs across every source, which is right for
// GUIDs meant to be unique everywhere but would merge two feeds' "1" into
// one article; any other GUID is therefore prefixed with its source, so it
// identifies an entry only within that feed. "" stays "".
func storeGUID(src int64, guid string) string {
	guid = strings.TrimSpace(guid)
	if guid == "" || uniqueGUID.MatchString(guid) {
		return guid
	}
	return "source:" + strconv.FormatInt(src, 10) + ":" + guid
}
