package dedup

import (
	"testing"

	"github.com/parallax-news/parallax"
)

func TestCanonicalURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"  https://Courier.Example/news/1/  ", "https://courier.example/news/1"},
		{"HTTPS://courier.example:443/a#comments", "https://courier.example/a"},
		{"http://courier.example:80/", "http://courier.example/"},
		{"http://courier.example:8080/a", "http://courier.example:8080/a"},
		{"https://courier.example/a?utm_source=x&id=7&UTM_medium=y", "https://courier.example/a?id=7"},
		{"not a url", "not a url"},
	}
	for _, c := range cases {
		if got := CanonicalURL(c.in); got != c.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHash(t *testing.T) {
	same := [][2]string{
		{"Mayor Vantongeren said “no”.", "mayor  vantongeren said \"NO\".\n"},
		{"Ärzte in Kesh", "arzte in kesh"},
	}
	for _, p := range same {
		if Hash(p[0]) != Hash(p[1]) {
			t.Errorf("Hash(%q) != Hash(%q), want equal", p[0], p[1])
		}
	}
	if Hash("ten crews") == Hash("tencrews") || Hash("ten crews") == Hash("ten crew") {
		t.Errorf("Hash confuses texts that differ in words")
	}
}

func TestPrepare(t *testing.T) {
	a := parallax.Article{ID: "", URL: "https://x.example/a/", Text: "Some text."}
	k, rej := Prepare(parallax.ArticleInput{Article: a, GUID: " g1 "})
	if rej != nil {
		t.Fatalf("Prepare rejected %+v", rej)
	}
	want := Keys{ID: "h" + Hash(a.Text)[:16], URL: "https://x.example/a", GUID: "g1", Hash: Hash(a.Text)}
	if k != want {
		t.Errorf("Prepare = %+v, want %+v", k, want)
	}
}

func TestCheckFeedURL(t *testing.T) {
	for in, ok := range map[string]bool{"https://x.example/feed": true, "http://x.example": true, "x.example/feed": false, "file:///etc/passwd": false, "": false} {
		if got := CheckFeedURL(in) == nil; got != ok {
			t.Errorf("CheckFeedURL(%q) ok = %v, want %v", in, got, ok)
		}
	}
}
