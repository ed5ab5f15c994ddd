package fetch

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Invented text in three scripts.
const (
	frenchText  = "Le café «Chez Mireille» a rouvert après deux ans de travaux — « enfin », dit le maire Étienne Vasseur."
	russianText = "Жители посёлка Верхние Липки собрали подписи за ремонт моста через реку Сежа. Глава района обещал ответить до конца недели."
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// padding pushes a declaration past the 1024 bytes browsers prescan.
var padding = "<script>/*" + strings.Repeat("analytics configuration ", 80) + "*/</script>\n"

func TestUTF8Charsets(t *testing.T) {
	koi := func(s string) []byte { return encode(t, charmap.KOI8R, s) }
	cp1252 := func(s string) []byte { return encode(t, charmap.Windows1252, s) }
	page := func(head string, body []byte) []byte {
		return append([]byte("<html><head>"+head+"</head><body><p>"), append(body, "</p></body></html>"...)...)
	}
	utf16 := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<p>"+frenchText+"</p>")
	tests := []struct {
		name, contentType string
		body              []byte
		want, wantSet     string
	}{
		{"content-type windows-1252", "text/html; charset=windows-1252", cp1252(frenchText), frenchText, "windows-1252"},
		{"content-type iso-8859-1", "text/plain; charset=ISO-8859-1", encode(t, charmap.ISO8859_1, "café après Étienne"), "café après Étienne", "windows-1252"},
		{"content-type koi8-r", "text/plain; charset=koi8-r", koi(russianText), russianText, "koi8-r"},
		{"utf-8 bom beats content-type", "text/plain; charset=windows-1252", append([]byte("\xEF\xBB\xBF"), frenchText...), frenchText, "utf-8"},
		{"utf-16 bom", "", utf16, "<p>" + frenchText + "</p>", "utf-16le"},
		{"meta charset after byte 1024", "text/html", page(padding+`<meta charset="koi8-r">`, koi(russianText)), russianText, "koi8-r"},
		{"http-equiv after byte 1024", "", page(padding+`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`,
			encode(t, charmap.Windows1251, russianText)), russianText, "windows-1251"},
		{"xml declaration", "application/rss+xml", append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><t>`), cp1252("café</t>")...), "café", "windows-1252"},
		{"undeclared windows-1252", "text/html", page("", cp1252(frenchText)), frenchText, "windows-1252"},
		{"undeclared koi8-r", "text/html", page("", koi(russianText+" "+russianText)), russianText, "koi8-r"},
		{"invalid utf-8 declared", "text/plain; charset=utf-8", []byte("caf\xC3 \xFF ok é"), "caf\uFFFD \uFFFD ok é", "utf-8"},
		{"invalid utf-8 undeclared", "", []byte("Göteborg\xFF: mötet i Ångström-salen är öppet för alla."), "Göteborg\uFFFD: mötet", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, set := UTF8(tt.body, tt.contentType)
			if !utf8.ValidString(got) {
				t.Fatalf("UTF8() returned invalid UTF-8: %q", got)
			}
			if !strings.Contains(got, tt.want) || set != tt.wantSet {
				t.Errorf("UTF8(%.40q, %q) = %.120q (%s), want it to contain %.60q (%s)", tt.body, tt.contentType, got, set, tt.want, tt.wantSet)
			}
		})
	}
}

func TestXMLDeclEncoding(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<?xml version="1.0" encoding="KOI8-R"?><rss/>`, "KOI8-R"},
		{"\n  <?xml version='1.0' encoding = 'windows-1252' ?>", "windows-1252"},
		{`<?xml version="1.0"?><rss/>`, ""},
		{`<rss><?xml encoding="koi8-r"?>`, ""},
		{`<?xml version="1.0" encoding="unterminated`, ""},
	}
	for _, tt := range tests {
		if got := xmlDeclEncoding([]byte(tt.in)); got != tt.want {
			t.Errorf("xmlDeclEncoding(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
