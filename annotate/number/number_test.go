package number

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// oneSentence makes doc a single sentence.
func oneSentence(doc string) []parallax.Sentence {
	return []parallax.Sentence{{Text: doc, Start: 0, End: len(doc)}}
}

// entity builds an entity named name with a mention at every occurrence of
// each surface form in doc.
func entity(doc, name string, surfaces ...string) parallax.Entity {
	e := parallax.Entity{Name: name, Type: parallax.Organisation}
	for _, s := range surfaces {
		for off := 0; ; {
			i := strings.Index(doc[off:], s)
			if i < 0 {
				break
			}
			e.Mentions = append(e.Mentions, parallax.Mention{Text: s, Start: off + i, End: off + i + len(s)})
			off += i + len(s)
		}
	}
	return e
}

// show writes a number as "Text=Value[-Max]".
func show(n parallax.Number) string {
	s := fmt.Sprintf("%s=%g", n.Text, n.Value)
	if n.Max != nil {
		s += fmt.Sprintf("-%g", *n.Max)
	}
	return s
}

func TestFindValues(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Some 5,000 people fled and 3.5 tonnes of grain were lost.", []string{"5,000=5000", "3.5=3.5"}},
		{"Twelve boats, a dozen trucks and two hundred tents arrived.", []string{"Twelve=12", "a dozen=12", "two hundred=200"}},
		{"Twenty-five monks and one hundred and fifty pilgrims walked.", []string{"Twenty-five=25", "one hundred and fifty=150"}},
		{"The fund holds 1.2 million euros and 3bn in bonds.", []string{"1.2 million=1.2e+06", "3bn=3e+09"}},
		{"The harbour lost $5m and €2 billion.", []string{"$5m=5e+06", "€2 billion=2e+09"}},
		{"Turnout was 40% in the north and 35 percent in the south, up 2 per cent.", []string{"40%=40", "35 percent=35", "2 per cent=2"}},
		{"The group has between 3,000 and 8,000 fighters.", []string{"3,000 and 8,000=3000-8000"}},
		{"Estimates range from 20 to 30 boats, or 4,000-9,000 tonnes.", []string{"20 to 30=20-30", "4,000-9,000=4000-9000"}},
		{"Between 1 and 2 million people voted; two or three seats changed.", []string{"1 and 2 million=1e+06-2e+06", "two or three=2-3"}},
		{"The toll rose from 20 to 30 overnight.", []string{"20=20", "30=30"}},
		{"Several hundred soldiers and hundreds of sailors, dozens of pilots and tens of thousands of civilians.", []string{"Several hundred=200", "hundreds=200", "dozens=24", "tens of thousands=20000"}},
		{"A few thousand marchers passed.", []string{"A few thousand=2000"}},
		{"Between dozens and hundreds of boats, or 40 to hundreds.", []string{"dozens=24", "hundreds=200", "40=40", "hundreds=200"}},
		// Not numbers.
		{"On December 3 the fleet sailed, as it has every year since 2016.", nil},
		{"On Nov. 27 and again in 2011 the bridge closed.", nil},
		{"Posted 2023-06-13 at 07.48, updated at 10:30.", nil},
		{"The 3rd Brigade and the 21st Regiment crossed Route 9 in F-16 jets.", nil},
		{"1. The harbour will reopen.", nil},
		{"The ferry leaves at 3 p.m. and returns at 10 a.m., or at 9pm in summer.", nil},
		{"Voting opens at 0900 GMT, closes at 14:30 and results come at 1800 hours.", nil},
		{"Talks resumed at 0930 and 4 p.m. passed with 12 delegates.", []string{"12=12"}},
		{"Some 300 a.m. radio stations and 40 pm shifts.", []string{"300=300", "40=40"}},
		{"The 2019 strike ended in one day.", nil},
		{"Two-thirds of the herd and a three-day fair were lost.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Find(tt.sentence, oneSentence(tt.sentence), nil) {
			if tt.sentence[n.Start:n.End] != n.Text {
				t.Errorf("Find(%q): doc[%d:%d] = %q, want Text %q", tt.sentence, n.Start, n.End, tt.sentence[n.Start:n.End], n.Text)
			}
			got = append(got, show(n))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestFindCounts(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // Counts of each number, in order
	}{
		{"The shelling killed 47 villagers and 9 children.", []string{"villager", "child"}},
		{"The militia is thought to field between 3,000 and 8,000 fighters.", []string{"fighter"}},
		{"The observatory said the flood death toll had climbed to 571.", []string{"death"}},
		{"The count of casualties in the assault had reached 318.", []string{"casualty"}},
		{"Casualties rose to 40 by dawn.", []string{"casualty"}},
		{"The airstrike killed at least 40 and wounded 12 more.", []string{"death", "injury"}},
		{"Officials counted 40 dead and 75 injured.", []string{"death", "injury"}},
		{"Several hundred Russian soldiers and 30 Turkish-backed fighters were missing.", []string{"soldier", "fighter"}},
		{"Hundreds of people and dozens of the party's activists gathered.", []string{"person", "activist"}},
		{"It recorded 80 civilian deaths and 14 fatalities among 3 families.", []string{"death", "fatality", "family"}},
		{"Prices rose 40% while 3 buses and 5 boxes burned.", []string{"percent", "bus", "box"}},
		{"The 2 leaders spoke for 45 minutes.", []string{"leader", "minute"}},
		{"Villagers said 40 were taken.", []string{""}},
		{"Of those, 318 were killed and 31 had been wounded.", []string{"death", "injury"}},
		{"The toll rose to 212, up from 171 two days earlier.", []string{"death", ""}},
		{"The port handled 180 million euros in goods.", []string{"euro"}},
		{"Officials said 18 of the 26 shelters were full.", []string{"shelter", "shelter"}},
		{"The union said 4,200 workers struck, while police put the number at 3,100.", []string{"worker", "worker"}},
		{"The ministry put the toll at 35.", []string{"death"}},
		// A generic noun counts what its own phrase and predicate say, never
		// another clause of the sentence.
		{"The toll reached 7 after divers found the three residents who had been missing since the dam broke.", []string{"death", "missing"}},
		{"Three residents who had been missing were found dead near Orvel weir.", []string{"death"}},
		{"Divers are still looking for four residents reported missing, the death toll having reached 7.", []string{"missing", "death"}},
		{"Eleven people were killed and 6 people were not injured.", []string{"death", "person"}},
		{"After the deadly storm, 300 people gathered at the Orvel town hall.", []string{"person"}},
		{"Two people who died in the fire were named by the coroner.", []string{"death"}},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Find(tt.sentence, oneSentence(tt.sentence), nil) {
			got = append(got, n.Counts)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Find(%q) counts = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestFindPartOf(t *testing.T) {
	tests := []struct {
		sentence string
		want     []int
	}{
		{"Casualties stood at 318, including 47 farmers.", []int{-1, 0}},
		{"The raid left 90 dead, among them 12 children.", []int{-1, 0}},
		{"Some 300 people were held, 45 of whom were minors.", []int{-1, 0}},
		{"The count stood at 318, including 47 farmers and 9 children.", []int{-1, 0, 0}},
		{"The army lost 40 tanks and 12 jets.", []int{-1, -1}},
		{"Officials said 18 of the 26 shelters were full.", []int{1, -1}},
	}
	for _, tt := range tests {
		var got []int
		for _, n := range Find(tt.sentence, oneSentence(tt.sentence), nil) {
			got = append(got, n.PartOf)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Find(%q) PartOf = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestFindPartOfAcrossSentences(t *testing.T) {
	doc := "Ten boats sank.\nThe toll reached 60, including 8 crew."
	sents := []parallax.Sentence{{Start: 0, End: 15}, {Start: 16, End: len(doc)}}
	got := Find(doc, sents, nil)
	if len(got) != 3 || got[2].PartOf != 1 || got[2].Sentence != 1 {
		t.Errorf("Find(%q) = %+v, want the 8 part of number 1 in sentence 1", doc, got)
	}
}
