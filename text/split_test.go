package text

import (
	"reflect"
	"testing"
)

// texts returns the Text of each sentence Split finds in doc.
func texts(doc string) []string {
	var out []string
	for _, s := range Split(doc) {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"empty", "", nil},
		{"only space", " \n\t\n ", nil},
		{"two sentences", "The dam opened. Farmers cheered.", []string{"The dam opened.", "Farmers cheered."}},
		{"line breaks end sentences", "The talks ended\nNo deal was signed", []string{"The talks ended", "No deal was signed"}},
		{"CRLF", "One line.\r\nAnother line.", []string{"One line.", "Another line."}},
		{"question and exclamation", "Who pays? Nobody knows! The board met.", []string{"Who pays?", "Nobody knows!", "The board met."}},
		{"curly quote after period", "“We want calm.” The ministers left.", []string{"“We want calm.”", "The ministers left."}},
		{"straight quote after period", `He spoke of "a stable region." He said more later.`, []string{`He spoke of "a stable region."`, "He said more later."}},
		{"comma quote attribution", "“It would bring instability,” he clarified. Talks resume.", []string{"“It would bring instability,” he clarified.", "Talks resume."}},
		{"period quote lower-case attribution", "“We reject it.” she said on Friday.", []string{"“We reject it.” she said on Friday."}},
		{"question quote attribution", "“Who will pay?” asked the mayor.", []string{"“Who will pay?” asked the mayor."}},
		{"exclamation quote", "“Enough!” The crowd fell silent.", []string{"“Enough!”", "The crowd fell silent."}},
		{"bracket after question", "(Is it legal?) Lawyers disagree.", []string{"(Is it legal?)", "Lawyers disagree."}},
		{"number ends sentence", "The toll had risen to 348. Many victims were farmers.", []string{"The toll had risen to 348.", "Many victims were farmers."}},
		{"decimal", "Output fell 3.5 percent. Prices rose.", []string{"Output fell 3.5 percent.", "Prices rose."}},
		{"time and version", "Posted at 02.24 by version 1.2.3 of the app.", []string{"Posted at 02.24 by version 1.2.3 of the app."}},
		{"month abbreviation", "On Nov. 27, the rebels moved. On Feb. 3 they stopped.", []string{"On Nov. 27, the rebels moved.", "On Feb. 3 they stopped."}},
		{"U.S. mid-sentence", "The U.S. envoy and the U.N. team met U.K. and E.U. officials.", []string{"The U.S. envoy and the U.N. team met U.K. and E.U. officials."}},
		{"U.S. before capitalised name", "He flew to the U.S. State Department on Monday.", []string{"He flew to the U.S. State Department on Monday."}},
		{"U.S. before sentence opener", "He flew to the U.S. The trip was short.", []string{"He flew to the U.S.", "The trip was short."}},
		{"U.S. at line end", "He flew to the U.S.\nLater he returned.", []string{"He flew to the U.S.", "Later he returned."}},
		{"titles", "Mr. Vell met Mrs. Orin, Ms. Tal, Dr. Ruud and Prof. Amsel.", []string{"Mr. Vell met Mrs. Orin, Ms. Tal, Dr. Ruud and Prof. Amsel."}},
		{"military titles", "Gen. Korr, Col. Bast, Lt. Pim and Sgt. Odo arrived.", []string{"Gen. Korr, Col. Bast, Lt. Pim and Sgt. Odo arrived."}},
		{"political titles", "Sen. Aldo, Rep. Vine and Gov. Sarn spoke on St. Mary Street.", []string{"Sen. Aldo, Rep. Vine and Gov. Sarn spoke on St. Mary Street."}},
		{"No. and vs.", "Route No. 9 was closed. It was Dorn vs. Kell.", []string{"Route No. 9 was closed.", "It was Dorn vs. Kell."}},
		{"etc. lower case", "Wheat, rice, etc. were scarce. Aid came.", []string{"Wheat, rice, etc. were scarce.", "Aid came."}},
		{"etc. then capital", "They sold maps, tents, etc. Prices doubled.", []string{"They sold maps, tents, etc.", "Prices doubled."}},
		{"e.g. and i.e.", "Some ports, e.g. Varna, closed, i.e. All of them.", []string{"Some ports, e.g. Varna, closed, i.e. All of them."}},
		{"company suffixes", "Orbis Inc. Chairman Tam Lee and Vardo Ltd. Director Sim met Acme Co. Staff.", []string{"Orbis Inc. Chairman Tam Lee and Vardo Ltd. Director Sim met Acme Co. Staff."}},
		{"Jr. and Sr.", "Ben Holt Jr. and Ben Holt Sr. Both attended.", []string{"Ben Holt Jr. and Ben Holt Sr.", "Both attended."}},
		{"initials", "The report by J. R. Smith was cited.", []string{"The report by J. R. Smith was cited."}},
		{"ellipsis lower case", "We waited... and waited… until dawn. Then rain.", []string{"We waited... and waited… until dawn.", "Then rain."}},
		{"ellipsis then capital", "We waited... Nobody came.", []string{"We waited...", "Nobody came."}},
		{"dash-led line", "– We will not accept it, the minister said.", []string{"– We will not accept it, the minister said."}},
		{"dateline", "Port Elra /Daily Wire/. On Monday the strike began.", []string{"Port Elra /Daily Wire/.", "On Monday the strike began."}},
		{"next opens with quote", `The mayor spoke. "We are ready," she said.`, []string{"The mayor spoke.", `"We are ready," she said.`}},
		{"question quote named speaker", "“Who will pay?” Mayor Ilse Varga asked. Nobody answered.", []string{"“Who will pay?” Mayor Ilse Varga asked.", "Nobody answered."}},
		{"exclamation quote titled speaker", `"Stop it!" Mr. Heyl shouted, and left.`, []string{`"Stop it!" Mr. Heyl shouted, and left.`}},
		{"quote then capitalised sentence with verb", "“We agree.” Ministers said the deal holds.", []string{"“We agree.”", "Ministers said the deal holds."}},
		{"spaced ellipsis", "Orr said the plan . . . would fail.", []string{"Orr said the plan . . . would fail."}},
		{"ellipsis opens next sentence", "We must act now. ... Let us begin.", []string{"We must act now.", "... Let us begin."}},
		{"stray closing quote", "It was about ‘secret law.’ ” Critics disagreed.", []string{"It was about ‘secret law.’ ”", "Critics disagreed."}},
		{"state abbreviation dateline", "DORRVILLE, Ky. — Crews worked all night.", []string{"DORRVILLE, Ky. — Crews worked all night."}},
		{"plural titles", "Reps. Ann Hale and Sens. Bo Lind voted no.", []string{"Reps. Ann Hale and Sens. Bo Lind voted no."}},
		{"hyphenated month", "It was a post-Sept. 11 law.", []string{"It was a post-Sept. 11 law."}},
		{"numbered list", "1. Close the gates\n2. Call the mayor. Then wait.", []string{"1. Close the gates", "2. Call the mayor.", "Then wait."}},
		{"no space after period", "The end.The start.", []string{"The end.The start."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q) = %q, want %q", tt.doc, got, tt.want)
			}
		})
	}
}

func TestSplitHeading(t *testing.T) {
	tests := []struct {
		doc  string
		want []bool
	}{
		{"About the Dam Dispute\nThe dam was finished in May.", []bool{true, false}},
		{"Analysis\nTalks stalled. Both sides left.", []bool{true, false, false}},
		{"Ministers Meet Over River Deal!\nThey met.", []bool{false, false}},
		{"The council, which met for hours on the matter of the new water tariffs and the levy on trucks, adjourned without a vote", []bool{false}},
		{"While the statement says:\n“We agree.”", []bool{false, false}},
		{"Share this Post", []bool{true}},
		{"Published 5 March 2031 at 14.05", []bool{true}},
	}
	for _, tt := range tests {
		var got []bool
		for _, s := range Split(tt.doc) {
			got = append(got, s.Heading)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q) headings = %v, want %v", tt.doc, got, tt.want)
		}
	}
}

func TestSplitOffsets(t *testing.T) {
	doc := "  Heading Line \n\n First one.  Second one?\u00a0\n"
	want := [][2]int{{2, 14}, {18, 28}, {30, 41}}
	got := Split(doc)
	if len(got) != len(want) {
		t.Fatalf("Split(%q) = %d sentences, want %d", doc, len(got), len(want))
	}
	for i, s := range got {
		if s.Start != want[i][0] || s.End != want[i][1] || doc[s.Start:s.End] != s.Text {
			t.Errorf("Split(%q)[%d] = %q [%d:%d], want [%d:%d]", doc, i, s.Text, s.Start, s.End, want[i][0], want[i][1])
		}
	}
}
