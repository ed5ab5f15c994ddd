package quote

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// The people, bodies and places of the invented events used in the tests.
var cast = []actor{
	{"Mara Lind", parallax.Person, []string{"Lind", "Prime Minister Mara Lind", "the Norlandic prime minister", "The Norlandic prime minister"}},
	{"Tomas Vell", parallax.Person, []string{"Vell", "President Tomas Vell", "the Ostrian president", "The Ostrian president", "the Ostrian leader", "The Ostrian leader"}},
	{"Ilse Varga", parallax.Person, []string{"Varga", "Transport Minister Ilse Varga"}},
	{"Harbour Council", parallax.Organisation, []string{"the Harbour Council", "The Harbour Council"}},
	{"Dock Workers Union", parallax.Organisation, []string{"DWU", "the union", "The union"}},
	{"Coastline Post", parallax.Organisation, []string{"the Coastline Post", "The Coastline Post"}},
	{"Coastal Relief Agency", parallax.Organisation, []string{"CRA"}},
	{"Office for Displaced Persons", parallax.Organisation, []string{"ODP"}},
	{"Norland", parallax.Place, []string{"Norlandic"}},
	{"Ostria", parallax.Place, nil},
}

// brief is the part of a Quote a table test checks, in one line.
func brief(q parallax.Quote) string {
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", q.Kind, q.Speaker, q.SpeakerText, q.Verb, q.Channel, q.Text)
}

func find(doc string) []parallax.Quote {
	sents := text.Split(doc)
	return Find(doc, sents, entities(doc, sents, cast))
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // brief of every quote, in order
	}{
		{"quote then pronoun attribution",
			"Lind met the strikers on Monday.\n“We will not leave anyone behind,” she explained.",
			[]string{"direct|Mara Lind|she|explained||We will not leave anyone behind"}},
		{"speaker and verb before a colon",
			"Transport Minister Ilse Varga said: “The port stays open.”",
			[]string{"direct|Ilse Varga|Transport Minister Ilse Varga|said||The port stays open."}},
		{"told addressee that quote",
			"Vell told Lind that “the border will remain open to trade.”",
			[]string{"direct|Tomas Vell|Vell|told||the border will remain open to trade."}},
		{"inverted attribution",
			"“Nobody wins a strike,” said Varga.",
			[]string{"direct|Ilse Varga|Varga|said||Nobody wins a strike"}},
		{"description speaker",
			"“Ostria wants calm,” the Ostrian president said on Friday.",
			[]string{"direct|Tomas Vell|the Ostrian president|said||Ostria wants calm"}},
		{"statement speaks for its issuer",
			"According to a statement issued by the Harbour Council, the talks lasted two hours.\n“The council stressed the need for calm,” the statement affirmed.\n“Talks will resume,” it added.",
			[]string{
				"indirect|Harbour Council|a statement issued by the Harbour Council|according to|a statement issued by the Harbour Council|the talks lasted two hours",
				"direct|Harbour Council|the statement|affirmed|a statement issued by the Harbour Council|The council stressed the need for calm",
				"direct|Harbour Council|it|added|a statement issued by the Harbour Council|Talks will resume",
			}},
		{"according to an entity after the content",
			"The blockade cost 40 million crowns a day, according to the Harbour Council.",
			[]string{"indirect|Harbour Council|the Harbour Council|according to||The blockade cost 40 million crowns a day"}},
		{"according to unnamed sources keeps speaker empty, their words kept",
			"According to people familiar with the talks, Vell will travel on Friday.",
			[]string{"indirect||people familiar with the talks|according to||Vell will travel on Friday"}},
		{"coordinated reporting verb",
			"Vell thanked the crews and said the harbour would reopen on Monday.",
			[]string{"indirect|Tomas Vell|Vell|said||the harbour would reopen on Monday"}},
		{"pronoun prefers the subject of the previous sentence",
			"Vell met Lind in Kessel on Monday.\nHe said the talks had gone well.",
			[]string{"indirect|Tomas Vell|He|said||the talks had gone well"}},
		{"title description resolved through an earlier mention",
			"Transport Minister Ilse Varga visited the port.\n“We will act,” the minister said.",
			[]string{"direct|Ilse Varga|the minister|said||We will act"}},
		{"title shared by two people stays empty",
			"Transport Minister Ilse Varga met Prime Minister Mara Lind.\n“We will act,” the minister said.",
			[]string{"direct||the minister|said||We will act"}},
		{"a possessor is no antecedent",
			"Asked about Lind's plan, he said it would fail.",
			[]string{"indirect||he|said||it would fail"}},
		{"channel: his office on a network",
			"Lind spoke to the crews.\n“The port will reopen,” her office said on Chirp.",
			[]string{"direct||her office|said|her office on Chirp|The port will reopen"}},
		{"'on X's part' is no channel",
			"On Norland's part, Lind stressed that the quays must reopen.",
			[]string{"indirect|Mara Lind|Lind|stressed||the quays must reopen"}},
		{"channel: state television",
			"Vell said on state television that the border would stay open.",
			[]string{"indirect|Tomas Vell|Vell|said|state television|the border would stay open"}},
		{"channel: interview",
			"“We are not afraid,” Varga said in an interview with the Coastline Post.",
			[]string{"direct|Ilse Varga|Varga|said|an interview with the Coastline Post|We are not afraid"}},
		{"sentence-initial participle",
			"Noting that the quays were empty, Lind said the strike had to end.",
			[]string{
				"indirect|Mara Lind|Lind|Noting||the quays were empty",
				"indirect|Mara Lind|Lind|said||the strike had to end",
			}},
		{"channel: in a news release",
			"The Harbour Council said in a written release that the cranes had been mended.",
			[]string{"indirect|Harbour Council|The Harbour Council|said|a written release|the cranes had been mended"}},
		{"channel: his office on a network",
			"“I will sign the decree,” Vell said, according to a post by his office on Chirp.",
			[]string{"direct|Tomas Vell|Vell|said|a post by his office on Chirp|I will sign the decree"}},
		{"a person's press office speaks for no person",
			"“The crews will be paid in full,” the communique of the Norlandic prime minister's press office reads.",
			[]string{"direct||the communique of the Norlandic prime minister's press office|reads|the communique of the Norlandic prime minister's press office|The crews will be paid in full"}},
		{"a person's office inside a quotation: the statement is no one's, the reported words are the person's",
			"“Prime Minister Mara Lind underlined that wages will rise,” the readout of Lind's office says.",
			[]string{
				"direct||the readout of Lind's office|says|the readout of Lind's office|Prime Minister Mara Lind underlined that wages will rise",
				"indirect|Mara Lind|Prime Minister Mara Lind|underlined|the readout of Lind's office|wages will rise",
			}},
		{"an organisation's press service speaks for the organisation",
			"“Talks resume on Friday,” the Harbour Council's press service said.",
			[]string{"direct|Harbour Council|the Harbour Council's press service|said|the Harbour Council's press service|Talks resume on Friday"}},
		{"a government owned by a person names no speaker",
			"Vell's government said the tariffs would be lifted in spring.",
			[]string{"indirect||Vell's government|said|Vell's government|the tariffs would be lifted in spring"}},
		{"a later 'the release' does not reach a person through an earlier release",
			"According to a release from Lind's office, the strike is over.\n“The crews return on Monday,” the release added.",
			[]string{
				"indirect||a release from Lind's office|according to|a release from Lind's office|the strike is over",
				"direct||the release|added|a release from Lind's office|The crews return on Monday",
			}},
		{"a person in apposition with a role for a body: the person speaks",
			"Ilse Varga, a spokeswoman for the Harbour Council, told the dockers: “Nobody goes home unpaid.”",
			[]string{"direct|Ilse Varga|Ilse Varga, a spokeswoman for the Harbour Council|told||Nobody goes home unpaid."}},
		{"a role for another person is no second speaker",
			"Varga, an adviser for Vell, said the quays would reopen.",
			[]string{"indirect|Ilse Varga|Varga, an adviser for Vell|said||the quays would reopen"}},
		{"a role at a body, reported speech",
			"Mara Lind, a director at the Coastal Relief Agency, told the crowd that the cranes were unsafe.",
			[]string{"indirect|Mara Lind|Mara Lind, a director at the Coastal Relief Agency|told||the cranes were unsafe"}},
		{"content then a body noun and a reporting verb",
			"Rescue crews from four villages joined the search, the board added.",
			[]string{"indirect||the board|added||Rescue crews from four villages joined the search"}},
		{"content then officials said",
			"The ferry will sail again on Monday, officials said.",
			[]string{"indirect||officials|said||The ferry will sail again on Monday"}},
		{"inverted attribution of a question, asked with a described speaker",
			"“Is this the last shift?” asked one docker.",
			[]string{"direct||one docker|asked||Is this the last shift?"}},
		{"inverted attribution of a question, asked with a name",
			"“Who pays for the cranes?” asked Varga.",
			[]string{"direct|Ilse Varga|Varga|asked||Who pays for the cranes?"}},
		{"according to a body named with its acronym",
			"About 9,000 people have left the coast, according to the coastal relief agency (CRA).",
			[]string{"indirect|Coastal Relief Agency|the coastal relief agency (CRA)|according to||About 9,000 people have left the coast"}},
		{"the agency stands for the one agency named before",
			"The CRA opened two camps.\nAbout 9,000 people have left the coast, the agency said.",
			[]string{"indirect|Coastal Relief Agency|the agency|said||About 9,000 people have left the coast"}},
		{"the agency stands for the body its acronym explains",
			"Some 600 families have left, according to the island refugee agency (ODP).\nThe agency said more tents were needed.",
			[]string{
				"indirect|Office for Displaced Persons|the island refugee agency (ODP)|according to||Some 600 families have left",
				"indirect|Office for Displaced Persons|The agency|said||more tents were needed",
			}},
		{"the agency with no agency named stays empty",
			"About 9,000 people have left the coast, the agency said.",
			[]string{"indirect||the agency|said||About 9,000 people have left the coast"}},
		{"dash-led quotation",
			"– We will not yield, Varga said, underscoring the ministry's offer.",
			[]string{
				"direct|Ilse Varga|Varga|said||We will not yield",
				"indirect|Ilse Varga|Varga|underscoring||the ministry's offer",
			}},
		{"scare quote attributed in its sentence",
			"Vell called it “reckless sabotage” on Sunday.",
			[]string{"direct|Tomas Vell|Vell|called||reckless sabotage"}},
		{"scare quote without speaker is skipped",
			"The so-called “blue zone” was closed on Sunday.",
			nil},
		{"name in quotes is skipped",
			"Rebels launched an offensive named “Northern Dawn of the Free Valleys” last week.",
			nil},
		{"indirect that-clause with subject adverb",
			"Lind, meanwhile, stressed that Norland would keep paying the dock pensions.",
			[]string{"indirect|Mara Lind|Lind|stressed||Norland would keep paying the dock pensions"}},
		{"indirect object and infinitive",
			"Vell called on the union to end the blockade before winter.",
			[]string{"indirect|Tomas Vell|Vell|called on||the union to end the blockade before winter"}},
		{"indirect importance of, then participle",
			"The Norlandic prime minister underlined the importance of dialogue, emphasizing the need for new talks.",
			[]string{
				"indirect|Mara Lind|The Norlandic prime minister|underlined||the importance of dialogue",
				"indirect|Mara Lind|The Norlandic prime minister|emphasizing||the need for new talks",
			}},
		{"content before its attribution",
			"The cranes will be back in service by Friday, Varga said.",
			[]string{"indirect|Ilse Varga|Varga|said||The cranes will be back in service by Friday"}},
		{"cited outlet is a channel, not the speaker",
			"Lind told the Coastline Post that the strike would end soon.",
			[]string{"indirect|Mara Lind|Lind|told||the strike would end soon"}},
		{"unresolved subject keeps speaker empty",
			"Senior diplomats said that the summit had been postponed.",
			[]string{"indirect||Senior diplomats|said||the summit had been postponed"}},
		{"he with no person before stays empty",
			"The Harbour Council met on Monday.\n“This cannot go on,” he said.",
			[]string{"direct||he|said||This cannot go on"}},
		{"statement reporting a leader in the third person",
			"“Prime Minister Mara Lind stressed that the port must reopen,” the Harbour Council said.",
			[]string{
				"direct|Harbour Council|the Harbour Council|said||Prime Minister Mara Lind stressed that the port must reopen",
				"indirect|Mara Lind|Prime Minister Mara Lind|stressed|the Harbour Council|the port must reopen",
			}},
		{"guillemets and low-high quotes",
			"«Nous restons ici jusqu’au bout», a dit Lind. Varga said: „Wir bleiben hier.“",
			[]string{"direct|||||Nous restons ici jusqu’au bout", "direct|Ilse Varga|Varga|said||Wir bleiben hier."}},
		{"corner brackets and single guillemets",
			"Varga said: 「The port stays open.」 Lind said: ‹We will see.›",
			[]string{"direct|Ilse Varga|Varga|said||The port stays open.", "direct|Mara Lind|Lind|said||We will see."}},
		{"straight quotes opened and closed with different marks",
			"Vell met the crews.\n\"The strike must end now,” he said.",
			[]string{"direct|Tomas Vell|he|said||The strike must end now"}},
		{"apostrophes are not quotation marks",
			"The workers’ union said it wouldn’t sign. Varga said: ‘The offer stands.’",
			[]string{"indirect||The workers’ union|said||it wouldn’t sign", "direct|Ilse Varga|Varga|said||The offer stands."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.doc)
			var briefs []string
			for _, q := range got {
				briefs = append(briefs, brief(q))
				if tt.doc[q.Start:q.End] != q.Text {
					t.Errorf("quote %q at [%d,%d) does not match the document", q.Text, q.Start, q.End)
				}
			}
			if strings.Join(briefs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q) =\n  %s\nwant\n  %s", tt.doc, strings.Join(briefs, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
