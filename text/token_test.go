package text

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"", nil},
		{"Réunion's envoy", []string{"Réunion's", "envoy"}},
		{"the Workers' Party", []string{"the", "Workers", "Party"}},
		{"Gürdoğan’s office", []string{"Gürdoğan’s", "office"}},
		{"Liwa al-Nasr and Vostran-backed units", []string{"Liwa", "al-Nasr", "and", "Vostran-backed", "units"}},
		{"from 7,500 to 12,000 miners", []string{"from", "7,500", "to", "12,000", "miners"}},
		{"grew 3.5 percent at 02.24", []string{"grew", "3.5", "percent", "at", "02.24"}},
		{"the U.S. envoy, e.g. him", []string{"the", "U.S.", "envoy", "e.g.", "him"}},
		{"from 2010-2016 and COVID-19", []string{"from", "2010", "2016", "and", "COVID-19"}},
		{"1,2 and 5,0000", []string{"1", "2", "and", "5", "0000"}},
		{"end. Next", []string{"end", "Next"}},
		{"“Quoted,” he said—twice.", []string{"Quoted", "he", "said", "twice"}},
		{"'single' quotes", []string{"single", "quotes"}},
		{"rock'n'roll don't", []string{"rock'n'roll", "don't"}},
		{"Plan B. Then", []string{"Plan", "B", "Then"}},
		{"cafe\u0301 au lait", []string{"cafe\u0301", "au", "lait"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.s) {
			if tt.s[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokens(%q): %q at [%d:%d] is %q", tt.s, tok.Text, tok.Start, tok.End, tt.s[tok.Start:tok.End])
			}
			got = append(got, tok.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestBase(t *testing.T) {
	tests := []struct{ word, want string }{
		{"Réunion's", "Réunion"},
		{"Gürdoğan’s", "Gürdoğan"},
		{"Workers'", "Workers"},
		{"workers", "workers"},
		{"'s", "'s"},
		{"is", "is"},
	}
	for _, tt := range tests {
		if got := Base(tt.word); got != tt.want {
			t.Errorf("Base(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
