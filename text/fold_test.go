package text

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ s, want string }{
		{"", ""},
		{"already folded", "already folded"},
		{"Türkiye", "turkiye"},
		{"Gürdoğan", "gurdogan"},
		{"KARAKIŞLA ışık", "karakisla isik"},
		{"İstanbul İZMİR", "istanbul izmir"},
		{"Çağrı Şener Gözde", "cagri sener gozde"},
		{"Éléonore Müller", "eleonore muller"},
		{"Straße", "strasse"},
		{"Ærø Œuvre", "aero oeuvre"},
		{"Łódź Đorđe", "lodz dorde"},
		{"Nguyễn Thị", "nguyen thi"},
		{"cafe\u0301", "cafe"},
		{"“Quoted” and ‘single’ it’s", `"quoted" and 'single' it's`},
		{"pro–government — war", "pro-government - war"},
		{"wait…", "wait..."},
		{"a\u00a0b", "a b"},
		{"Москва", "москва"},
		{"bad \xff byte", "bad \xff byte"},
	}
	for _, tt := range tests {
		if got := Fold(tt.s); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestFoldASCIIUnchanged(t *testing.T) {
	s := "plain lower-case ascii, 123."
	got := Fold(s)
	if got != s {
		t.Errorf("Fold(%q) = %q, want %q", s, got, s)
	}
}
