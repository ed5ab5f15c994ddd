package reconcile

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
)

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
		{"“The quay will reopen on Monday,” the statement affirmed.", false},
		{"“The quay will reopen on Monday,” the press release also said.", false},
		{"The readout said the quay would reopen on Monday.", false},
		{"The statement from the harbour office said the quay would reopen.", true},
		{"“The quay will reopen on Monday,” the harbour office's statement said.", true},
		{"The release of the crew was agreed on Monday.", true},
		{"The mayor read the statement aloud.", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := standsAlone(tt.s); got != tt.want {
			t.Errorf("standsAlone(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSummaryDropsDanglingSource(t *testing.T) {
	texts := []string{
		"The harbour office of Port Anselm issued a statement on Monday.\n“The north quay of Port Anselm will reopen on Friday after repairs,” the statement affirmed.\n",
		"Port Anselm's harbour office spoke on Monday.\n“The north quay of Port Anselm will reopen on Friday after repairs,” the statement affirmed.\n",
	}
	var arts []parallax.Article
	for i, s := range texts {
		arts = append(arts, parallax.Article{ID: string(rune('a' + i)), Outlet: string(rune('A' + i)), Text: s})
	}
	lines := Summary(annotate.New().Batch(context.Background(), arts), Options{})
	if len(lines) == 0 {
		t.Fatal("Summary() is empty, want the sentences that name their source")
	}
	for _, l := range lines {
		if strings.HasSuffix(l.Text, "the statement affirmed.") {
			t.Errorf("Summary() has %q, whose statement is named only in an earlier sentence", l.Text)
		}
	}
}
