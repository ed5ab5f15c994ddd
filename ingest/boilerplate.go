package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// strongBoilerplate matches page furniture that is removed even when it reads
// like a sentence: comment forms, newsletter prompts, copyright lines and
// "read more" links. Every pattern is anchored at the start of the line so
// that a non-matching line fails fast.
var strongBoilerplate = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`you must be (logged|signed) in\b`,
	`by (continuing|using) (to (use|browse) )?(this|our) (web)?site`,
	`(subscribe|sign up|register) (to|for) (our|the) .{0,40}newsletters?\b`,
	`get (our|the) .{0,40}newsletters?\b`,
	`(©|\(c\)\s|copyright\b)`,
	`(click|tap) here\b`,
	`follow (us|@)`,
	`follow .{1,40}? on (facebook|x|twitter|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube|telegram|whatsapp)\b.{0,40}$`,
	`(subscribe|sign up|register) (to|for) .{0,40}\b(newsletters?|briefings?|bulletins?|digests?)[.!]?$`,
	`comments (are|have been) (now )?(closed|disabled|turned off)\b.{0,40}$`,
	`(read more|read also|also read|see also|see more|more|related( articles?| stories| story| posts?| news)?|recommended( for you)?|more from [\w .]{1,30}|you (may|might) also like)\s*[:|»›>–—-]`,
	`(story|article) continues below`,
	`(scroll|continue) (down )?to continue`,
	`your email address will not be published`,
	`required fields are marked`,
	`(sign|log) ?in to (comment|reply|continue|read)`,
	`(leave|post|add|write) a (comment|reply)\b`,
	`(share|tweet|email|e-mail) (this|the) (article|story|post|page)\b`,
	`(reading time:?\s*)?\d+(\s*[-–]\s*\d+)?\s*(min|mins|minutes?)\.?(\s+read(ing)?)?$`,
	`reading time\b`,
	`(updated|published|posted)( at| on)?\s+\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4}\.?$`,
	`(don'?t|do not) miss\b.{0,40}$`,
	`\((additional )?(reporting|writing|editing|compiled) by .{1,120}\)$`,
	`(tags|topics|filed under|categories|category|posted in|source|sources)\s*:.{0,80}$`,
	`posted in\b.{0,60}$`,
	`(photo|image|picture|video|graphic|illustration|file photo|caption|photograph)( credit)?\s*:.{0,120}$`,
	`listen to (this|the) (article|story)\b`,
	`(thanks|thank you) for (signing up|subscribing|registering)`,
	`(sorry!?\s*)?there was an error processing your (subscription|request)`,
	`keep an eye on your inbox`,
	`(updated|published|posted)\s+\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$`,
}, "|") + `)`)

// strongStarters are the lower-cased first words of strongBoilerplate's
// patterns; other lines skip the regexp.
var strongStarters = wordSet(`you by subscribe sign signup register get © (c) copyright click tap
	follow read also see related recommended more story article scroll continue your required
	log login leave post add write share tweet email e-mail reading updated published posted #
	don't dont do thanks thank sorry sorry! there keep (additional (reporting (writing (editing comments
	tags topics filed categories category source sources photo image picture video graphic
	illustration file caption photograph listen`)

// firstWord is the lower-cased first word of line; "#" for a number and
// "(c)" for a line starting so.
func firstWord(line string) string {
	if line == "" {
		return ""
	}
	if line[0] >= '0' && line[0] <= '9' {
		return "#"
	}
	end := strings.IndexByte(line, ' ')
	if end < 0 {
		end = len(line)
	}
	w := line[:end]
	if strings.HasPrefix(w, "©") {
		return "©"
	}
	if len(w) > 12 {
		return ""
	}
	if strings.HasPrefix(w, "(c)") || strings.HasPrefix(w, "(C)") {
		return "(c)"
	}
	if strings.HasPrefix(w, "(") {
		return strings.ToLower(w)
	}
	return strings.ToLower(strings.TrimRight(w, ":,"))
}

// strongPhrases are furniture found anywhere in a line (cookie notices,
// comment-login notices, copyright), checked on the lower-cased line.
var strongPhrases = []string{
	"site uses cookies", "we use cookies", "use of cookies", "accept cookies", "cookie policy",
	"logged in to post", "logged in to comment", "logged in to leave", "logged in to reply",
	"signed in to post", "signed in to comment", "signed in to leave", "signed in to reply",
	"all rights reserved", "click here",
}

// readingTimeSuffix matches a reading-time note glued to the end of a line
// ("Northwind Daily 4 Min Read"); group 1 is what stands before it. Use
// readingTimePrefix, which skips the regexp for lines that cannot match.
var readingTimeSuffix = regexp.MustCompile(`(?i)^(.{0,80}?)\s*\b\d+(\s*[-–]\s*\d+)?\s*(min|mins|minutes?)\.?\s+read$`)

// readingTimePrefix returns what stands before a reading-time note that
// ends line ("Northwind Daily" for "Northwind Daily 4 Min Read").
func readingTimePrefix(line string) (string, bool) {
	if len(line) > 120 || len(line) < 9 || !strings.EqualFold(line[len(line)-4:], "read") {
		return "", false
	}
	g := readingTimeSuffix.FindStringSubmatch(line)
	if g == nil {
		return "", false
	}
	return g[1], true
}

// byline matches a short "By Firstname Lastname" line.
var byline = regexp.MustCompile(`^(?i:by|author:?|written by|words by|reporting by)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|al|bin))*(\s*[,|].{0,40})?$`)

// triggerWords mark a short line as page furniture when every other word in
// it is a filler word.
var triggerWords = wordSet(`share shares shared sharing comment comments reply replies
	subscribe subscribed subscription subscriptions unsubscribe follow following newsletter newsletters
	cookie cookies advertisement advertisements advert adverts ad ads sponsored promoted
	facebook twitter whatsapp telegram linkedin reddit pinterest instagram youtube tiktok
	threads bluesky mastodon vk viber messenger flipboard tumblr email e-mail mail print printer
	tweet tweets login logout log signup sign register bookmark bookmarks save saved related
	recommended tags tag topics breaking donate copy copied link menu search home skip
	trending popular advertise cancel listen podcast`)

// fillerWords may stand beside a trigger word in a furniture line.
var fillerWords = wordSet(`this the a an on us to our via and or with your in for of up
	now here more post posts article articles story stories page free daily weekly get join
	conversation be first no yet view show hide all add leave write load latest news updates
	click continue continues reading read below scroll content contents x out log it me my
	you is are was by off see also story's news' now! main navigation next previous prev
	back top go video videos photo photos gallery listen audio min mins minute minutes
	newsroom alerts alert notifications feed rss sorry`)

// strongPhrase reports whether line holds one of strongPhrases, or is a
// newsletter prompt (it names a newsletter and a sign-up, subscription or
// inbox). Cheap case-sensitive checks skip most lines before lower-casing.
func strongPhrase(line string) bool {
	if !strings.Contains(line, "ookie") && !strings.Contains(line, "in to ") && !strings.Contains(line, "eserved") &&
		!strings.Contains(line, "lick here") && !strings.Contains(line, "ewsletter") {
		return false
	}
	lower := strings.ToLower(line)
	for _, p := range strongPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	if strings.Contains(lower, "newsletter") {
		for _, w := range []string{"sign up", "signup", "subscribe", "inbox", "delivered to your"} {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isFurniture reports whether line is share/comment/follow/advert furniture:
// a short line made only of furniture vocabulary (social network names glued
// to "Share" included), with at least one trigger word.
func isFurniture(line string) bool {
	words := furnitureWords(line)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	trigger := false
	for _, w := range words {
		switch {
		case triggerWords[w]:
			trigger = true
		case fillerWords[w], isNumber(w):
		default:
			return false
		}
	}
	return trigger
}

// furnitureWords lower-cases line and splits it into words; a word that is
// two furniture words glued together ("WhatsAppShare") is split in two.
func furnitureWords(line string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	}) {
		words = append(words, splitGlued(w)...)
	}
	return words
}

// splitGlued splits w into two furniture words when it is not one itself.
func splitGlued(w string) []string {
	if triggerWords[w] || fillerWords[w] {
		return []string{w}
	}
	for i := 2; i <= len(w)-2; i++ {
		a, b := w[:i], w[i:]
		if (triggerWords[a] || fillerWords[a]) && (triggerWords[b] || fillerWords[b]) {
			return []string{a, b}
		}
	}
	return []string{w}
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// looksLikeSentence reports whether line is long enough and punctuated like
// an article sentence (at least 8 words and a sentence mark), which protects
// it from every weak boilerplate rule.
func looksLikeSentence(line string) bool {
	if strings.Count(line, " ") < 7 { // lines are normalised: one space between words
		return false
	}
	return strings.ContainsAny(line, ".!?;:\"“”")
}

// isBoilerplate reports whether a whole line is page furniture.
func isBoilerplate(line string) bool {
	if len(line) <= 300 && strongStarters[firstWord(line)] && strongBoilerplate.MatchString(line) {
		return true
	}
	if strongPhrase(line) {
		return true
	}
	if looksLikeSentence(line) {
		return false
	}
	return isFurniture(line) || byline.MatchString(line) || isBreadcrumb(line)
}

// isBreadcrumb reports whether line is a navigation trail ("Home > World >
// Europe"): two or more short parts joined by " > ", " › ", " » " or " / ".
func isBreadcrumb(line string) bool {
	if strings.ContainsAny(line, ".!?\"“”") {
		return false
	}
	var parts []string
	for _, sep := range []string{" > ", " › ", " » ", " / "} {
		if strings.Contains(line, sep) {
			parts = strings.Split(line, sep)
			break
		}
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 4 {
			return false
		}
	}
	return true
}

// sectionWords name the sections of a news site; a top line made only of
// them ("WORLD NEWS", "Politics") is a section label, not an outlet.
var sectionWords = wordSet(`world news politics business sport sports europe local national
	international opinion breaking latest top stories economy tech technology science health
	culture entertainment lifestyle home region regional middle east west north south asia
	africa americas america us uk eu markets finance analysis features feature editorial
	comment travel society environment climate weather crime justice education media
	foreign domestic abroad inland nation defence defense security and & the of`)

// isSectionLabel reports whether every word of line is a section word.
func isSectionLabel(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	for _, w := range words {
		if !sectionWords[w] {
			return false
		}
	}
	return len(words) > 0
}
