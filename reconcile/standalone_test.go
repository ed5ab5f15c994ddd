package reconcile

import "testing"

func TestStandsAlone(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The ferry docked at Port Anselm on Friday.", true},
		{"“We will reopen the quay,” the mayor said.", true},
		{`"We will reopen the quay," the mayor said.`, true},
		{"The council will stay in session until the quay reopens,” the release reads.", false},
		{"“The council will stay in session until the quay reopens.", false},
		{"He added that schools would reopen within a week.", false},
		{"Its crews worked through the night.", false},
		{"and the council agreed.", false},
		{"” the statement said.", false},
		{"14 people were rescued from the water.", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := standsAlone(tt.s); got != tt.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
