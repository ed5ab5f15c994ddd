package ingest

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCleanRemovesBoilerplate(t *testing.T) {
	body := "The county assembly approved the new water tariff by 23 votes to 9 on Thursday evening."
	tests := []struct {
		name string
		junk string
	}{
		{"share prompt", "Share this story"},
		{"share with networks", "Share on Facebook"},
		{"glued buttons", "TwitterShare"},
		{"glued buttons 2", "LinkedInShare"},
		{"network alone", "WhatsApp"},
		{"comment count", "14 Comments"},
		{"comment form", "Leave a comment"},
		{"reply prompt", "Post a Reply"},
		{"cancel reply", "Cancel reply"},
		{"login to comment", "You must be signed in to leave a comment."},
		{"comment form notice", "Your email address will not be published. Required fields are marked *"},
		{"subscribe", "Subscribe to our newsletter"},
		{"newsletter sentence", "Sign up for our free daily newsletter and get the top stories in your inbox every morning."},
		{"follow", "Follow us on Instagram"},
		{"cookie notice", "This website uses cookies to improve your experience, and by continuing you accept this."},
		{"cookie notice 2", "We use cookies to personalise content and ads."},
		{"advertisement", "ADVERTISEMENT"},
		{"story continues", "Story continues below advertisement"},
		{"reading time", "6 min read"},
		{"reading time caps", "2 Min Read"},
		{"reading time label", "Reading time: 4 minutes"},
		{"read more link", "Read more: Council rejects bypass plan"},
		{"related link", "Related: Five things to know about the tariff"},
		{"copyright", "© 2025 Valley Echo Media. All rights reserved."},
		{"byline", "By Marta Kowal"},
		{"published line", "Published 3 March 2025 at 14.05"},
		{"updated line", "Updated: 2025-03-04 09:12"},
		{"posted line", "Posted on March 3, 2025"},
		{"relative update", "Updated 2 hours ago"},
		{"print and email", "Print Email"},
		{"newsletter thanks", "Thanks for signing up!"},
		{"newsletter inbox", "Keep an eye on your inbox for the morning briefing."},
		{"newsletter pitch", "Want more? Join 20,000 readers and get our Sunday newsletter delivered to your inbox."},
		{"click here mid-line", "Twelve issues for 30 crowns a year. Click here to order your copy today."},
		{"don't miss", "DON'T MISS"},
		{"see more link", "SEE MORE: Ferry fares to rise in spring"},
		{"updated at a time", "Updated at 4:05 p.m."},
		{"comments closed", "Comments are closed."},
		{"comments closed for the story", "Comments have been closed on this story."},
		{"follow the outlet", "Follow the Valley Echo on Facebook"},
		{"follow on two networks", "Follow Valley Echo on X and Instagram"},
		{"follow us on X", "Follow us on X"},
		{"subscribe to a briefing", "Subscribe to the morning briefing"},
		{"sign up for a bulletin", "Sign up for our evening bulletin!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := body + "\n" + tt.junk + "\n" + body + " More follows."
			c := Clean(raw)
			if strings.Contains(c.Text, tt.junk) {
				t.Errorf("Clean kept %q:\n%s", tt.junk, c.Text)
			}
			if !slices.Contains(c.Removed, tt.junk) {
				t.Errorf("Clean(…%q…).Removed = %q, want it listed", tt.junk, c.Removed)
			}
			if strings.Count(c.Text, "The county assembly") != 2 {
				t.Errorf("Clean lost article text: %q", c.Text)
			}
		})
	}
}

func TestCleanKeepsArticleText(t *testing.T) {
	tests := []struct {
		name string
		line string
	}{
		{"sentence about sharing", "Shareholders of the ferry company voted to share the profits with the crews, the chairman said."},
		{"sentence about comments", "The minister declined to comment on the report when asked by reporters on Friday."},
		{"sentence about following", "Police said they would follow up on every complaint filed by the residents."},
		{"sentence about a newspaper", "The Daily Lantern was the first to report the closure of the mine."},
		{"section heading", "About the Conflict"},
		{"section heading 2", "What Happens Next"},
		{"dash quote", "– We will not give up, said the union leader."},
		{"short quote", "\"It is over,\" he said."},
		{"sentence with a date", "Published in 2019, the study found that river levels had fallen by a third."},
		{"number line", "Turnout was 64 percent."},
		{"sentence about following on a network", "Follow the river path north and the ferry landing is on the left after the bridge, the guide said."},
		{"sentence about a briefing", "Journalists who signed up for the minister's briefing were turned away at the door on Tuesday."},
		{"sentence about closed comments", "Comments are closed to the public until the inquiry into the tariff has reported, the assembly said."},
	}
	lead := "The harbour master confirmed on Monday that two tugboats had collided near the breakwater."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(lead + "\n" + tt.line + "\n" + lead)
			if !strings.Contains(c.Text, tt.line) {
				t.Errorf("Clean removed %q (Removed %q)", tt.line, c.Removed)
			}
		})
	}
}

func TestCleanNormalises(t *testing.T) {
	raw := "First\u00a0paragraph  of\tthe story, which\u200b is long enough to be a sentence.\r\n\r\n" +
		"Second paragraph of the story, wrapped by a\nmail program at a fixed width.\r" +
		"Third\u2009paragraph ends here."
	want := "First paragraph of the story, which is long enough to be a sentence.\n" +
		"Second paragraph of the story, wrapped by a mail program at a fixed width.\n" +
		"Third paragraph ends here."
	if got := Clean(raw).Text; got != want {
		t.Errorf("Clean(%q).Text = %q, want %q", raw, got, want)
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		name, raw, title, first string
	}{
		{"headline then body", "Bridge Reopens After Repairs\n\nThe Kestrel bridge reopened on Friday after six weeks of repairs, the city said.", "Bridge Reopens After Repairs", "The Kestrel bridge"},
		{"question headline", "Will the ferry run this winter?\nThe operator has not yet published a timetable for the cold months.", "Will the ferry run this winter?", "The operator"},
		{"first line is a sentence", "The Kestrel bridge reopened on Friday after six weeks of repairs.\nTraffic was light.", "", "The Kestrel bridge"},
		{"single line", "Bridge Reopens After Repairs", "", "Bridge Reopens After Repairs"},
		{"first line ends with a comma", "In a statement on Friday,\nthe city said the bridge had reopened.", "", "In a statement"},
		{"headline after furniture", "Share this Post\nMayor Resigns Over Budget Row\nThe mayor of Tolen resigned on Monday, citing a dispute over the budget.", "Mayor Resigns Over Budget Row", "The mayor of Tolen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			if c.Title != tt.title || !strings.HasPrefix(c.Text, tt.first) {
				t.Errorf("Clean(%q) = title %q, text %.30q; want title %q, text starting %q", tt.raw, c.Title, c.Text, tt.title, tt.first)
			}
		})
	}
}

func TestCleanDropsRepeatedMasthead(t *testing.T) {
	raw := "Pine Ridge Courier\nSnow Closes Mountain Pass\nPine Ridge Courier 3 min read\n" +
		"Heavy snow closed the Tarn pass on Sunday, stranding about 40 vehicles overnight, the road authority said.\n" +
		"Crews expected to reopen one lane by Monday afternoon.\nPine Ridge Courier"
	c := Clean(raw)
	if strings.Contains(c.Text, "Courier") {
		t.Errorf("Clean kept the masthead:\n%s", c.Text)
	}
	if c.Title != "Snow Closes Mountain Pass" || c.Outlet != "Pine Ridge Courier" || c.OutletEvidence != EvidenceMasthead {
		t.Errorf("Clean = title %q, outlet %q (%q); want the headline and the masthead", c.Title, c.Outlet, c.OutletEvidence)
	}
}

// TestCleanPageStyles runs whole pasted pages in several invented styles.
func TestCleanPageStyles(t *testing.T) {
	tests := []struct {
		name, raw                      string
		title, outlet, published, text string
	}{
		{
			name: "agency page with breadcrumb, byline and trailer",
			raw: "Home > World > Europe\nPort workers end strike after pay deal\nBy Lena Fisch, Staff Reporter\nMarch 12, 2025 | 10:42 AM\n" +
				"ORVEL, March 12 (Lake Post) — Dockworkers ended their strike on Wednesday after the union accepted a 7 percent pay rise.\n" +
				"The deal was signed at the ministry.\n(Reporting by Lena Fisch; Editing by Omar Patel)\nTags: strike, port\nRelated Articles\nComments (3)",
			title: "Port workers end strike after pay deal", outlet: "Lake Post", published: "2025-03-12T10:42:00Z",
			text: "Dockworkers ended their strike on Wednesday after the union accepted a 7 percent pay rise.\nThe deal was signed at the ministry.",
		},
		{
			name: "blog page with masthead and bare date",
			raw: "Northline Herald\nMonday, 10 March 2025\nTalks resume in harbour dispute\n" +
				"Union and ministry negotiators met again on Monday, a week after talks collapsed over night shifts.\n" +
				"Listen to this article\nPhoto: Northline Herald\nPosted in World | Leave a comment",
			title: "Talks resume in harbour dispute", outlet: "Northline Herald", published: "2025-03-10T00:00:00Z",
			text: "Union and ministry negotiators met again on Monday, a week after talks collapsed over night shifts.",
		},
		{
			name: "section label is not an outlet; source line is not either",
			raw: "WORLD NEWS\nFerry Sinks Near Island, 12 Missing\nMay 2, 2025\n" +
				"A passenger ferry sank near Kelva island early on Friday, the coastguard said, and 12 people were missing.\n" +
				"Advertisement\nRescuers pulled 80 people from the water.\nSource: Coastal Wire\n© Coastal Wire 2025",
			title: "Ferry Sinks Near Island, 12 Missing", outlet: "", published: "2025-05-02T00:00:00Z",
			text: "A passenger ferry sank near Kelva island early on Friday, the coastguard said, and 12 people were missing.\nRescuers pulled 80 people from the water.",
		},
		{
			name: "ambiguous numeric date is removed but not used",
			raw: "Ferry sinks near Kelva\n\nAuthor: Maria Lund\nPublished: 02/05/2025 09:30\n" +
				"A passenger ferry sank near Kelva island early on Friday, the coastguard said.\nImage: Rescuers at the pier.\n" +
				"It was the worst accident in the area since 2011.",
			title: "Ferry sinks near Kelva", outlet: "", published: "",
			text: "A passenger ferry sank near Kelva island early on Friday, the coastguard said.\nIt was the worst accident in the area since 2011.",
		},
		{
			name: "a date heading inside the story is not the publication date",
			raw: "The dispute began in the spring, when the ministry cut night-shift pay by a fifth.\nMay 2, 2025\n" +
				"Talks broke down after a six-hour meeting at the ministry.",
			published: "",
			text:      "The dispute began in the spring, when the ministry cut night-shift pay by a fifth.\nMay 2, 2025\nTalks broke down after a six-hour meeting at the ministry.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.raw)
			got := ""
			if c.Published != nil {
				got = c.Published.Format(time.RFC3339)
			}
			if c.Title != tt.title || c.Outlet != tt.outlet || got != tt.published || c.Text != tt.text {
				t.Errorf("Clean(%q) =\ntitle %q outlet %q published %q\ntext %q\nwant\ntitle %q outlet %q published %q\ntext %q",
					tt.raw, c.Title, c.Outlet, got, c.Text, tt.title, tt.outlet, tt.published, tt.text)
			}
		})
	}
}
