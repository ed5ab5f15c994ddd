package text

import (
	"reflect"
	"testing"
)

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"negotiations", "negoti"},
		{"stressed", "stress"},
		{"killed", "kill"},
		{"kills", "kill"},
		{"presidents", "presid"},
		{"president", "presid"},
	}
	for _, tt := range tests {
		if got := Stem(tt.word); got != tt.want {
			t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestIsStopword(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"the", true}, {"which", true}, {"it's", true}, {"don't", true},
		{"dam", false}, {"minister", false}, {"two", false}, {"The", false},
	}
	for _, tt := range tests {
		if got := IsStopword(tt.word); got != tt.want {
			t.Errorf("IsStopword(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestContentWords(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"", []string{}},
		{"The ministers of Velmora’s government stressed the talks.", []string{"minist", "velmora", "govern", "stress", "talk"}},
		{"Between 7,500 and 12,000 miners, up 4.2 percent.", []string{"7,500", "12,000", "miner", "4.2", "percent"}},
		{"U.S. and US troops met NATO in the Kerran Workers' Party", []string{"us", "us", "troop", "met", "nato", "kerran", "worker", "parti"}},
		{"Çağrı Şener’s office", []string{"cagri", "sener", "offic"}},
		{"WAR IN THE NORTH", []string{"war", "north"}},
		{"It is what it is.", []string{}},
	}
	for _, tt := range tests {
		if got := ContentWords(tt.s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ContentWords(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
