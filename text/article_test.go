package text

import (
	"os"
	"reflect"
	"testing"
)

// TestSplitPastedPage checks Split on a whole invented article pasted from a
// web page: title, masthead, read-time lines, dateline, credit line, curly
// and straight quotes, a dash-led quote, section headings and share buttons.
func TestSplitPastedPage(t *testing.T) {
	b, err := os.ReadFile("testdata/pasted-page.txt")
	if err != nil {
		t.Fatal(err)
	}
	type sent struct {
		Text    string
		Heading bool
	}
	want := []sent{
		{"Velmoran Ministers Reject Dam Deal!", false},
		{"NORTHGATE HERALD", true},
		{"NORTHGATE HERALD 4 Min Read", true},
		{"4 Min Read", true},
		{"Tarsk /Northgate Herald/.", false},
		{"On Nov. 14, the foreign ministers of Velmora and Ostrand met in Kelm to discuss the Arvel dam, a project that has divided the two countries for a decade.", false},
		{"Dana Ruell/ According to a statement from Velmora’s foreign ministry, the talks “ended without agreement on water quotas.”", false},
		{"The U.S. envoy, Mr. Paul Ebbert, attended as an observer.", false},
		{"“We have offered every reasonable guarantee,” Ostrand’s Foreign Minister Ilse Varga said after the meeting.", false},
		{"“Our farmers cannot wait another season.”", false},
		{"She added that the U.N. would be asked to mediate.", false},
		{"The Velmoran side was blunter.", false},
		{`"The dam will be filled on schedule," minister Tomas Heyl told reporters.`, false},
		{`"Nobody in this region should doubt it."`, false},
		{"He said Velmora had spent 3.5 billion korun on the project since 2019.", false},
		{"– We will not accept any quota imposed from outside, Heyl said, adding that engineers had tested the spillway at 02.24 on Tuesday.", false},
		{"About the Dam Dispute", true},
		{"The river supplies water to about 4,200,000 people downstream.", false},
		{"Last year, the flow at the border station fell to 212.", false},
		{"Many farmers left their fields unplanted.", false},
		{"“Is it fair that one country decides for all?” asked Gen. Ada Morrow, a retired officer.", false},
		{"“It is not.” she said, pausing… before adding that talks must go on.", false},
		{"Dr. Lena Oort of Kelm University said the dispute was “about trust, not water.”", false},
		{"Her team, led by J. R. Halvard, counted 17 protests in Tarsk, Kelm, etc.", false},
		{"The protests were peaceful.", false},
		{"Analysis", true},
		{"Observers in the E.U. and the U.K. said the talks might resume in Dec. or Jan. next year.", false},
		{"The next round is planned at St. Aubin Hall (No. 4 Canal St.) in Kelm.", false},
		{"Share this Post", true},
		{"Write a Comment", true},
	}
	doc := string(b)
	var got []sent
	for _, s := range Split(doc) {
		if doc[s.Start:s.End] != s.Text {
			t.Errorf("Split: %q at [%d:%d] is %q in doc", s.Text, s.Start, s.End, doc[s.Start:s.End])
		}
		got = append(got, sent{s.Text, s.Heading})
	}
	if !reflect.DeepEqual(got, want) {
		for i := 0; i < len(got) || i < len(want); i++ {
			var g, w sent
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("Split(pasted page)[%d] = %+v, want %+v", i, g, w)
			}
		}
	}
}
