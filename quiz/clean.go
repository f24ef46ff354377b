package quiz

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 1, cleaning: what a pasted web page adds to a story — datelines,
// bylines, calls to follow or share, captions, links — is removed before
// any sentence can become a question.

// junkMarks are phrases that show a sentence belongs to the page, not to the
// story.
var junkMarks = []string{
	"click here", "http://", "https://", "www.", "sign up for", "sign up to", "all rights reserved",
	"copyright", "reporting by", "editing by", "additional reporting", "continue reading", "read more:",
	"share your videos", "share your photos", "share your pictures", "share your stories", "subscribe to",
	"in this image released", "in this photo", "in this image", "(ap photo", "(photo:", "pictured:",
	"follow us", "like us on facebook", "terms of use", "privacy policy", "comments are closed",
	"this story has been", "this article has been", "e-mail us", "email us", "contact us at",
	"available on request", "available for interview", "notes to editors", "media contact",
	"this is a developing story", "check back for updates", "for updates.", "stay with us", "edited for length",
	"welcome to our live", "welcome to the live", "updates appear newest first", "via sms to", "toll-free on", "helpline on",
	"all times are", "times are local", "follow our live", "follow all the action", "follow the action", "refresh for the latest", "refresh this page", "keep refreshing", // a live page's furniture
}

// junkSentence reports whether a sentence is page furniture: a link, an
// e-mail address or handle, a call to follow or share, a caption, a byline.
func junkSentence(s string) bool {
	low := strings.ToLower(s)
	for _, j := range junkMarks {
		if strings.Contains(low, j) {
			return true
		}
	}
	for _, g := range []string{"welcome to ", "welcome back to ", "hello and welcome", "hello, and welcome", "good evening and welcome", "good morning and welcome", "good afternoon and welcome", "good evening, and welcome", "good morning, and welcome"} {
		if strings.HasPrefix(low, g) {
			return true // "Good evening and welcome to Rod Laver Arena, where…": a live page's greeting
		}
	}
	if reviewListing(s) {
		return true
	}
	if countWords(s) <= 8 && (strings.Contains(low, "out of 5") || strings.Contains(low, "out of five") || strings.Contains(low, "/5")) && (strings.Contains(low, "star") || strings.HasPrefix(low, "verdict") || strings.HasPrefix(low, "rating")) {
		return true // "Verdict: 4 out of 5 stars.": a review's rating, no fact of the story
	}
	if strings.Contains(low, " is equivalent to ") && countWords(s) <= 10 {
		return true // "Sh48.6 million is equivalent to about $377,000.": a conversion, no fact
	}
	if i := strings.Index(low, "follow "); i >= 0 {
		rest := low[i:]
		if strings.Contains(rest, " on twitter") || strings.Contains(rest, " on facebook") || strings.Contains(rest, " on instagram") || strings.Contains(rest, "@") {
			return true
		}
	}
	if c := strings.Index(s, ": "); c > 0 && c < 30 && (strings.Contains(s, " ...") || strings.Contains(s, " …")) && !strings.Contains(s[:c], " ") {
		return true // "Hawks: Caldwell has scored in double figures. ... Atlanta announced a sellout.": a game's notes
	}
	if strings.Contains(low, "born ") && strings.Contains(low, "; died ") {
		return true // an obituary's footer: "…, organist, born 4 June 1931; died 9 March 2023"
	}
	if addressLine(s) {
		return true // "Rumah Serai, Lebuh Carnarvon, George Town, Penang.": a review's address
	}
	if labelLine(s) || chartLine(s) || resultsLine(s) || strings.HasPrefix(s, "Q:") || strings.HasPrefix(s, "Q.") {
		return true // "Q: You've been in the job for three days.": the interviewer's question
	}
	if strings.HasSuffix(strings.TrimRight(s, "\"' "), "?") && (strings.HasPrefix(low, "are you") || strings.HasPrefix(low, "do you") || strings.HasPrefix(low, "have you") || strings.HasPrefix(low, "did you") || strings.HasPrefix(low, "were you")) {
		return true // a question to the reader: "Are you caught in the storm?"
	}
	for _, f := range strings.Fields(s) {
		if hotline(f) {
			return true // "contact the firm toll-free at 1-888-555-0142": a helpline, no fact to ask
		}
	}
	for i := 0; i+1 < len(s); i++ {
		// "@handle" or "name@example.com"
		if s[i] == '@' && (isWordByte(s[i+1])) {
			return true
		}
	}
	return false
}

// hotline reports a telephone number written with hyphens: "1-888-555-0142",
// "0800-123-4567".
func hotline(f string) bool {
	f = strings.Trim(f, ".,;:()")
	digits, hyphens := 0, 0
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-':
			hyphens++
		default:
			return false
		}
	}
	return hyphens >= 2 && digits >= 10
}

// addressLine reports a line of capitalised names and commas only: the
// address a review or a listing ends with.
func addressLine(s string) bool {
	if strings.Count(s, ",") < 2 {
		return false
	}
	for _, f := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// streetAt reports a street word at f[k]: "st.", "avenue", "road,".
func streetAt(f []string, k int) bool {
	switch strings.TrimRight(f[k], ".,") {
	case "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "lane", "square":
		return true
	}
	return false
}

// reviewListing reports the practical line a review ends with (see
// listingLine) or a book's listing: "… is published by Harrowgate & Finch
// (£18.99, 384pp).". It is no fact to ask, and it marks the article a
// review.
func reviewListing(s string) bool {
	low := strings.ToLower(s)
	if i := strings.Index(low, "pp)"); i > 0 && low[i-1] >= '0' && low[i-1] <= '9' {
		return true
	}
	return listingLine(low)
}

// listingLine reports the practical line a review ends with: where and
// until when a show runs ("… is at the Art Gallery, 1723 Hollis St.,
// Halifax, until Jan. 18.") or what it costs ("Admission is $15…").
func listingLine(low string) bool {
	for _, p := range []string{"admission is ", "admission costs ", "entry is free", "entry costs ", "running time"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if open, ok := strings.CutPrefix(low, "open "); ok {
		day, _, _ := strings.Cut(open, " ")
		if weekdayIndex(strings.Trim(day, ",")) >= 0 || strings.HasPrefix(open, "daily") || strings.HasPrefix(open, "seven days") || strings.HasPrefix(open, "every day") {
			return true // "Open Wednesday to Sunday, lunch and dinner.": a restaurant's hours
		}
	}
	for _, p := range []string{"mains from", "starters from", "dinner for two", "lunch for two", "set menu", "tasting menu"} {
		if strings.Contains(low, p) && strings.ContainsAny(low, "£$€") && countWords(low) <= 10 {
			return true // "Starters from £9, mains from £24.": what a meal costs
		}
	}
	if strings.Contains(low, " is published by ") && strings.ContainsAny(low, "£$€") && countWords(low) <= 20 {
		return true // "The Tallow Chandler's Daughter by Catriona Baird is published by Canongate Books, £18.99": a book's listing
	}
	if strings.HasPrefix(low, "tickets") && (strings.ContainsAny(low, "£$€") || strings.Contains(low, " pounds") || strings.Contains(low, " dollars") || strings.Contains(low, " euros")) {
		return true // "Tickets, from 18 to 72 pounds, remain available…"; not "Tickets sold out in an hour"
	}
	// "The programme is repeated at Sheffield City Hall on Saturday", "The
	// album is out now", "… is in cinemas from Friday": where and when to
	// see or hear what was judged.
	if (strings.Contains(low, " plays ") || strings.Contains(low, " play ")) && (strings.Contains(low, " date on ") || strings.Contains(low, " dates on ")) && countWords(low) <= 20 {
		return true // "Holt plays a second Dublin date on Saturday before heading to Belfast": the tour's next stop
	}
	for _, p := range []string{" is repeated at ", " is repeated on ", " programme repeats ", " is out now", " is out on ", " is in cinemas", " in uk cinemas", " is in selected cinemas", " streams on ", " is streaming on ", " available to stream"} {
		if strings.Contains(low, p) && countWords(low) <= 20 {
			return true
		}
	}
	f := strings.Fields(low)
	for i := 0; i < 3 && i+3 < len(f); i++ {
		if strings.HasSuffix(f[i], ",") && strings.Trim(f[i+1], "0123456789") == "" && streetAt(f, i+3) {
			return true // "Gebeta, 1482 Danforth Ave. Open Tuesday to Sunday…": the review's box of facts
		}
	}
	if !strings.Contains(low, " is at ") && !strings.Contains(low, " is on at ") && !strings.Contains(low, " runs at ") {
		return false
	}
	// A street address (a house number, a name, a street word), with the
	// run's end or in a line that says no more: "… is at the Booth
	// Theatre, 222 West 45th Street, Manhattan."
	if strings.Contains(low, " until ") && (strings.Contains(low, " daily") || strings.Contains(low, "pm ") || strings.Contains(low, "p.m.") || strings.Contains(low, " tours to ") || len(f) <= 14) && len(f) <= 20 {
		return true // "Small Mercies is at the Pleasance Courtyard at 7.40pm daily until 25 August", "… is at the Aldwych Theatre, London, until 10 January": when to go
	}
	if !strings.Contains(low, " until ") && !strings.Contains(low, " runs to ") && len(f) > 16 {
		return false
	}
	for i := 0; i+2 < len(f); i++ {
		if f[i][0] >= '0' && f[i][0] <= '9' && strings.Trim(f[i], "0123456789") == "" {
			for k := i + 2; k < len(f) && k <= i+4; k++ {
				if streetAt(f, k) {
					return true
				}
			}
		}
	}
	return false
}

// labelLine reports a line of a match card or fact box, a label and its
// value with no sentence around them: "Player of the match: Callum Harker
// (Coventry City)", "Attendance: 21,930", "Coventry: Collins; Van Ewijk…".
func labelLine(s string) bool {
	i := strings.Index(s, ": ")
	if i < 0 || countWords(s[:i]) > 5 || strings.ContainsAny(s[:i], "\"“,") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsLower(r) && factLabel(s[:i]) {
		return true // "Music: low, mostly folk.", "Vegetarian options: limited.": a review's fact box
	}
	if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsDigit(r) && factLabel(s[:i]) && countWords(s[i+2:]) <= 4 {
		return true // "Running time: 1 hour 48 minutes.", "Tickets: 25 pounds."
	}
	if v := strings.TrimSpace(s[i+2:]); v == "1." || strings.HasPrefix(v, "1. ") {
		return true // "General classification after stage 4: 1. Erik Lindqvist (Swe) 16h 02m 11s; 2. …": a results table
	}
	end := strings.TrimSpace(s)
	last, _ := utf8.DecodeLastRuneInString(end)
	return last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && last != '\''
}

// factLabel reports the label of a fact box's line: one or two words, a
// noun and no one's saying ("He added: it was…" is a sentence).
func factLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) == 0 || len(f) > 2 || determiners[strings.ToLower(f[0])] {
		return false // "The verdict: guilty on all counts." is the story's
	}
	for _, w := range f {
		low := strings.ToLower(w)
		if pronounWords[low] || isVerbish(low) || speechVerbs[low] || strings.HasSuffix(low, "ed") {
			return false
		}
	}
	return true
}

// capitalsOnly reports a head of four letters or more written all in
// capitals, as a dateline's city is: "BHUBANESWAR", "NEW DELHI".
func capitalsOnly(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’':
		default:
			return false // "WOMEN'S WINNER:" is a live page's label in capitals too
		}
	}
	return letters >= 4
}

// resultsLine reports a piece of a results table that sentence splitting
// cut at its ranks: "Abebe Girma (ETH) 2:03:31; 3." — a name, a country
// code in brackets and a time, with no verb.
func resultsLine(s string) bool {
	f := strings.Fields(strings.TrimSpace(s))
	if len(f) < 3 || len(f) > 8 {
		return false
	}
	code := false
	for i, w := range f {
		if len(w) == 5 && w[0] == '(' && w[4] == ')' && strings.ToUpper(w) == w {
			code = true
		}
		if code && i > 0 && strings.Count(w, ":") >= 1 && strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// chartLine reports a line of a chart: a rank, a title in quotation
// marks and a figure ("4. "Two Weeks in Lisbon," $9.3 million."), with
// no sentence around them.
func chartLine(s string) bool {
	open := strings.IndexAny(s, "\"“")
	if open < 0 {
		return false
	}
	shut := strings.LastIndexAny(s, "\"”")
	if shut <= open {
		return false
	}
	rest := s[:open] + " " + s[shut+1:]
	figure := false
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,;:()")
		switch {
		case w == "":
		case strings.IndexFunc(w, unicode.IsDigit) >= 0:
			figure = true
		case w == "million" || w == "billion" || w == "m" || w == "bn":
		default:
			return false
		}
	}
	return figure
}

// pageLabel reports a label heading a live page's entry: "Key points:
// Labour falls…".
func pageLabel(head string) bool {
	return pageLabels[strings.ReplaceAll(strings.ToLower(strings.TrimSpace(head)), " ", "_")]
}

var pageLabels = wordSet("key_points summary recap analysis update latest pre-match breaking") // spaces written "_"

// clockStamp reports a time of day written "21:40" or "9.05am" that
// opens a live page's entry.
func clockStamp(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "am"), "pm")
	a, b, ok := strings.Cut(w, ":")
	if !ok {
		a, b, ok = strings.Cut(w, ".")
	}
	return ok && len(a) >= 1 && len(a) <= 2 && len(b) == 2 && isAllDigits(a) && isAllDigits(b)
}

// matchStamp reports a live page's minute of play: "14 min", "45+2 min",
// "90+3 mins", "67'"; or its lap or over: "Lap 42 of 44", "Over 34".
func matchStamp(head string) bool {
	f := strings.Fields(head)
	if (len(f) == 2 || len(f) == 4 && f[2] == "of" && isAllDigits(f[3])) && (f[0] == "Lap" || f[0] == "Over" || f[0] == "LAP") && isAllDigits(f[1]) {
		return true
	}
	if len(f) == 2 && (f[1] == "min" || f[1] == "mins" || f[1] == "min." || f[1] == "minutes") || len(f) == 1 && strings.HasSuffix(f[0], "'") {
		n := strings.TrimSuffix(f[0], "'")
		if a, b, ok := strings.Cut(n, "+"); ok {
			return isAllDigits(a) && isAllDigits(b) && len(a) <= 3 && len(b) <= 2
		}
		return isAllDigits(n) && len(n) <= 3
	}
	return false
}

// stripDateline removes a dateline or agency tag from the start of a
// paragraph: "NEW ORLEANS, La. - ", "(CNN) -- ", "LONDON (Reuters) - ",
// "Nov 5 (AP) - ". It keeps the line when the part before the dash reads
// like ordinary words.
func stripDateline(line string) string {
	if f := strings.SplitN(line, " ", 3); len(f) == 3 && clockStamp(f[0]) && (f[1] == "a.m.:" || f[1] == "p.m.:" || f[1] == "am:" || f[1] == "pm:") {
		return stripDateline(f[2]) // "5:50 p.m.: Emergency Management Minister…": a live page's time
	}
	if f := strings.SplitN(line, " ", 3); len(f) == 3 && clockStamp(f[0]) && (f[1] == "a.m." || f[1] == "p.m.") && countWords(f[2]) >= 4 {
		if r, _ := utf8.DecodeRuneInString(f[2]); unicode.IsUpper(r) {
			// "11:31 p.m. CT - Tillery has…": a live page's time, then its zone.
			if g := strings.SplitN(f[2], " ", 3); len(g) == 3 && len(g[0]) >= 2 && len(g[0]) <= 4 && strings.Trim(g[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && (g[1] == "-" || g[1] == "–" || g[1] == "—") {
				return g[2]
			}
			return stripDateline(f[2])
		}
	}
	if f := strings.SplitN(line, " ", 2); len(f) == 2 && clockStamp(f[0]) && countWords(f[1]) >= 4 {
		if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsUpper(r) {
			return stripDateline(f[1]) // "21:40 Louisiana Governor Claire Fontenot says…": a live page's time, and "10.42 EAT - …" its zone
		}
	}
	end, after := -1, 0
	for _, d := range []string{" -- ", " - ", " -", "-- ", " — ", " – ", " // ", ": "} { // "MUSCAT // Oman has signed…"
		if i := strings.Index(line, d); i >= 0 && i <= 60 && (end < 0 || i < end) {
			if d == ": " && !strings.ContainsAny(line[:i], "0123456789") && !capitalsOnly(line[:i]) && !pageLabel(line[:i]) {
				continue // "GUWAHATI, July 3: …" and "BHUBANESWAR: …" are datelines, "Labour: …" a label
			}
			end, after = i, i+len(d)
		}
	}
	if end < 0 {
		return agencyDateline(line)
	}
	head := strings.TrimSpace(line[:end])
	rest := strings.TrimSpace(line[after:])
	if (matchStamp(head) || pageLabel(head)) && rest != "" {
		return rest // "14 min: Northbridge sit deep", "45+2 min: HALF-TIME": a live page's minute
	}
	if clockStamp(head) && countWords(rest) >= 4 {
		return stripDateline(rest) // "10:43 - 30km: Tuwei…": the time, then the entry's own marker or label
	}
	if head == "" || countWords(rest) < 4 {
		return line
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && r != '"' && !unicode.IsDigit(r) {
		return line
	}
	if strings.HasSuffix(head, ")") && strings.Contains(head, "(") {
		// "(CNN)", "LONDON (Reuters)", "Nov 5 (AP)"
		tag := head[strings.LastIndexByte(head, '(')+1 : len(head)-1]
		if isAcronym(tag) || fieldCount(tag) == 1 {
			return rest
		}
		if f := strings.Fields(tag); len(f) > 0 && len(f) <= 4 && capitalsOnlyWords(f) && agencyWords[strings.ToLower(f[len(f)-1])] {
			return rest // "TAKORADI, Ghana, Sept 9 (Meridian Press Agency) -"
		}
		if f := strings.Fields(tag); len(f) == 2 && monthIndex(strings.TrimSuffix(f[0], ".")) >= 0 {
			// "TOMOHON, Indonesia (Feb 22)": the place, then the date.
			head = strings.TrimSpace(head[:strings.LastIndexByte(head, '(')])
		}
	}
	// "NEW ORLEANS", "WASHINGTON, D.C.", "AUSTIN, Texas": a capitalised
	// place, its first word all in capitals.
	words := strings.Fields(head)
	if len(words) > 5 {
		return line
	}
	if knownPlaceList(head) {
		// "Washington - The Senate…", "Austin, Texas - …": some outlets
		// write the dateline in ordinary case; only a place the built-in
		// lists know is taken for one, so "Smith - who…" stays.
		return rest
	}
	first := strings.Trim(words[0], ",.")
	// ("ST. PAUL, Minn.", "EL PASO, Texas": a short first word, but the
	// city's name after it in capitals too.)
	if len(first) < 3 && !(len(words) >= 2 && (capitalsOnly(head) || capitalsOnly(strings.Trim(words[1], ",")) && len(strings.Trim(words[1], ",.")) >= 3)) || !isAcronym(first) && strings.ToUpper(first) != first {
		return line // but "HO CHI MINH CITY - …" is a dateline
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) { // "LISBON, May 18"
			return line
		}
	}
	return rest
}

// agencyDateline removes a dateline with no dash, closed by the agency's
// letters in brackets: "Guwahati, July 9 (PNA) The flood situation…".
func agencyDateline(line string) string {
	i := strings.Index(line, ") ")
	if i < 0 || i > 45 {
		return line
	}
	j := strings.LastIndexByte(line[:i], '(')
	if j <= 0 {
		return line
	}
	tag, head, rest := line[j+1:i], strings.TrimSpace(line[:j]), line[i+2:]
	words := strings.Fields(head)
	dated := slices.ContainsFunc(words, func(w string) bool { return monthIndex(strings.Trim(w, ",.")) >= 0 })
	if !isAcronym(tag) || len(tag) > 6 || !strings.Contains(head, ",") || len(words) > 5 || !dated && !capitalsOnly(strings.Trim(words[0], ",")) {
		return line
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || countWords(rest) < 4 {
		return line
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return line // "the plan, which the union (GMB) Said…" is no dateline
		}
	}
	return rest
}

// agencyWords end a news agency's name in a dateline's brackets.
var agencyWords = wordSet("agency press news wire service services")

// capitalsOnlyWords reports words that all open with a capital.
func capitalsOnlyWords(f []string) bool {
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// knownPlaceList reports whether head reads as a place the built-in lists
// know: "Washington", or a capitalised town followed by a known state or
// country, "Tulsa, Oklahoma".
func knownPlaceList(head string) bool {
	parts := strings.Split(strings.TrimRight(head, ",."), ",")
	if len(parts) > 3 {
		return false
	}
	if f := strings.Fields(parts[len(parts)-1]); len(parts) > 1 && len(f) == 2 && monthIndex(strings.TrimSuffix(f[0], ".")) >= 0 && strings.Trim(f[1], "0123456789") == "" {
		parts = parts[:len(parts)-1] // "Accra, Sept. 7 —": the place, then the date
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	low := strings.ToLower(last)
	if last == "" || !isKnownCity(last) && !isState(low) && !isCountry(low) {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		for _, w := range strings.Fields(p) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// looksLikeHeadline reports whether the first line of a paste is a
// headline: short, and not a full sentence of the story. A long first line
// ending in a full stop is the story itself, pasted without a headline.
func looksLikeHeadline(line string) bool {
	n := countWords(line)
	if n == 0 || n > 25 {
		return false
	}
	if endsSentence(line) && n > 14 {
		return false
	}
	return true
}
