package fetch

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// PrescanBytes is how far into a body UTF8 looks for an XML declaration or
// a <meta> charset declaration. Browsers stop at 1024 bytes; pages whose
// <head> carries long scripts or styles declare later, so Parallax looks
// further.
const PrescanBytes = 16 << 10

// guessable are the character sets UTF8 accepts from statistical detection
// of an undeclared body that is not UTF-8; any other guess falls back to
// windows-1252, the web's default.
var guessable = map[string]bool{
	"KOI8-R": true, "windows-1251": true, "ISO-8859-5": true,
	"ISO-8859-2": true, "windows-1250": true, "ISO-8859-7": true,
	"windows-1253": true, "ISO-8859-9": true, "windows-1254": true,
	"ISO-8859-8": true, "windows-1255": true, "windows-1256": true,
	"Shift_JIS": true, "EUC-JP": true, "EUC-KR": true, "GB-18030": true, "Big5": true,
}

// minGuessConfidence is the detector confidence (0–100) a guess needs.
const minGuessConfidence = 40

// UTF8 converts body to valid UTF-8 and names the character set it was read
// as. The set is chosen, first match wins, by: a byte-order mark; the
// charset parameter of contentType; an XML declaration's encoding; a <meta
// charset> or <meta http-equiv="Content-Type"> within the first
// PrescanBytes; valid UTF-8; a statistical guess among the single- and
// multi-byte sets in guessable; windows-1252 (which also serves ISO-8859-1
// and US-ASCII, as browsers do). Bytes that are invalid in the chosen set
// become U+FFFD. A leading byte-order mark is removed.
func UTF8(body []byte, contentType string) (string, string) {
	enc, name := detect(body, contentType)
	body = stripBOM(body)
	if enc == nil || name == "utf-8" {
		return strings.ToValidUTF8(string(body), "\uFFFD"), "utf-8"
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return strings.ToValidUTF8(string(body), "\uFFFD"), "utf-8"
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), name
}

// detect picks the encoding of body; see UTF8 for the order.
func detect(body []byte, contentType string) (encoding.Encoding, string) {
	if e, name, ok := bomEncoding(body); ok {
		return e, name
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e, name := charset.Lookup(params["charset"]); e != nil {
			return e, name
		}
	}
	head := body[:min(len(body), PrescanBytes)]
	if label := declared(head); label != "" {
		if e, name := charset.Lookup(label); e != nil {
			if strings.HasPrefix(name, "utf-16") {
				return encoding.Nop, "utf-8" // a document read as bytes cannot be UTF-16 without a BOM
			}
			return e, name
		}
	}
	if mostlyUTF8(body) {
		return encoding.Nop, "utf-8"
	}
	return guess(body)
}

// mostlyUTF8 reports whether body is UTF-8, allowing a few invalid bytes: at
// most one for every four valid multi-byte characters (text in a
// single-byte set almost never forms valid multi-byte UTF-8 sequences).
func mostlyUTF8(body []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
		} else {
			multi++
		}
		i += n
	}
	return bad == 0 || bad*4 <= multi
}

// bomEncoding recognises the UTF-8 and UTF-16 byte-order marks.
func bomEncoding(b []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, "utf-8", true
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	}
	return nil, "", false
}

// stripBOM drops a UTF-8 byte-order mark; UTF-16 decoders consume theirs.
func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}) }

// declared returns the encoding label an XML declaration or a <meta> tag in
// head gives, or "".
func declared(head []byte) string {
	if label := xmlDeclEncoding(head); label != "" {
		return label
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			if label := metaCharset(z); label != "" {
				return label
			}
		}
	}
}

// metaCharset reads the tag z is on and returns the charset a <meta> tag
// declares.
func metaCharset(z *html.Tokenizer) string {
	name, hasAttr := z.TagName()
	if string(name) != "meta" || !hasAttr {
		return ""
	}
	var content string
	httpEquiv := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "charset":
			return strings.TrimSpace(string(v))
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
		if !more {
			break
		}
	}
	if httpEquiv {
		if _, params, err := mime.ParseMediaType(content); err == nil {
			return params["charset"]
		}
	}
	return ""
}

// xmlDeclEncoding returns the encoding pseudo-attribute of an XML
// declaration at the start of head (after white space), or "".
func xmlDeclEncoding(head []byte) string {
	head = bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	if j := strings.IndexByte(rest[1:], rest[0]); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
}

// guess asks a statistical detector about an undeclared, non-UTF-8 body.
func guess(body []byte) (encoding.Encoding, string) {
	sample := body[:min(len(body), 64<<10)]
	r, err := chardet.NewHtmlDetector().DetectBest(sample)
	if err == nil && r.Confidence >= minGuessConfidence && guessable[r.Charset] {
		if e, name := charset.Lookup(r.Charset); e != nil {
			return e, name
		}
	}
	e, name := charset.Lookup("windows-1252")
	return e, name
}
