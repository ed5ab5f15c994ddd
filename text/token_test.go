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
		{"Türkiye's envoy", []string{"Türkiye's", "envoy"}},
		{"the Workers' Party", []string{"the", "Workers", "Party"}},
		{"Erdoğan’s office", []string{"Erdoğan’s", "office"}},
		{"Jabhat al-Sham and Turkish-backed units", []string{"Jabhat", "al-Sham", "and", "Turkish-backed", "units"}},
		{"between 5,000 and 10,000 fighters", []string{"between", "5,000", "and", "10,000", "fighters"}},
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
		{"Türkiye's", "Türkiye"},
		{"Erdoğan’s", "Erdoğan"},
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
