package quiz

// Stage 2, sentences: a paragraph is split into sentences at full stops that
// are not titles, initials, abbreviations or decimals.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// endsSentence reports whether a prose line ends with sentence punctuation,
// so that one-paragraph-per-line text keeps its paragraphs while text wrapped
// at a fixed width is joined back together.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"')]")
	return strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") || strings.HasSuffix(line, "?")
}

// balanceQuotes closes a double quotation left open at the end of a
// paragraph. Newspapers leave a quote open when it continues into the next
// paragraph, and careless copies drop closing quotes; either way the
// sentence reads better and quote spans stay inside their paragraph.
func balanceQuotes(p string) string {
	if strings.Count(p, "\"")%2 == 0 {
		return p
	}
	return p + "\""
}

// singleQuotePairs returns the quotations p marks with single quotes
// ('…'), as byte offsets of their opening and closing marks (-1 for a
// quotation the paragraph leaves open); full counts those that close on
// a stop or a comma (",'"), as a quoted sentence does, and fullDouble the
// double quotes that do. An opening mark follows a space or a bracket
// and comes before a word; a closing one follows a word or a stop and
// comes before a space, a stop or the end. A word's own apostrophe
// ("HGK's", "the players' union", "'90s") is neither.
func singleQuotePairs(p string) (pairs [][2]int, full, fullDouble int) {
	open, pend := -1, -1
	at := func(i int) byte {
		if i < 0 || i >= len(p) {
			return ' '
		}
		return p[i]
	}
	closeAt := func(i int) {
		pairs = append(pairs, [2]int{open, i})
		if i >= 0 && strings.IndexByte(",.?!", at(i-1)) >= 0 {
			full++
		}
		open, pend = -1, -1
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '"' && strings.IndexByte(",.?!", at(i-1)) >= 0 {
			fullDouble++
		}
		if p[i] != '\'' {
			continue
		}
		prev, next := at(i-1), at(i+1)
		opening := strings.IndexByte(" ([-\n", prev) >= 0 && next != ' ' && !(isDigitByte(next) && isDigitByte(at(i+2)))
		switch {
		case open < 0:
			if opening {
				open = i
			}
		case opening:
			if pend >= 0 {
				// "had been 'a mess' since … 'They told us": a new
				// quotation opens, so the mark after "mess" closed one.
				closeAt(pend)
				open = i
			}
		case prev == ' ' || strings.IndexByte(" ,.;:!?)-", next) < 0:
		case prev == 's' && next == ' ' && at(i+2) >= 'a' && at(i+2) <= 'z':
			if pend < 0 {
				pend = i // "the players' union", or "a mess' since": told by what follows
			}
		default:
			closeAt(i)
		}
	}
	if open >= 0 {
		closeAt(pend)
	}
	return pairs, full, fullDouble
}

// singleQuoteStyle reports text that marks its quotations with single
// quotes, as many British and Irish papers do: more quoted sentences
// close with a single quote than with a double one, which such a paper
// keeps for a quotation inside a quotation.
func singleQuoteStyle(text string) bool {
	_, full, fullDouble := singleQuotePairs(text)
	return full >= 1 && full > fullDouble
}

// doubleQuoted rewrites a paragraph of a single-quote text in the double
// quotes every later stage reads as quotations, and its quotations inside
// quotations in single ones.
func doubleQuoted(p string) string {
	pairs, _, _ := singleQuotePairs(p)
	b := []byte(p)
	for i, c := range b {
		if c == '"' {
			b[i] = '\''
		}
	}
	for _, pr := range pairs {
		b[pr[0]] = '"'
		if pr[1] >= 0 {
			b[pr[1]] = '"'
		}
	}
	return string(b)
}

// abbreviations that never end a sentence (titles before names).
var titleAbbrev = wordSet(`mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep rev st mt ft pres supt det insp cmdr
	hon messrs mme cpl pvt brig cdr atty vs v no nos fig approx dept univ ave blvd rd e.g i.e cf al engr eng barr arc pharm coun rt ald op
	md mohd muhd`) // "Md. Rafiqul Haque", "Mohd. Azmi": Mohammad, shortened before a name

// abbreviations that may end a sentence; they do only when the next word is
// a typical sentence opener.
var weakAbbrev = wordSet(`inc ltd corp co jr sr etc bros plc llc jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m
	est ma`)

// sentenceOpeners are words that, capitalised after an ambiguous
// abbreviation, show that a new sentence has begun.
var sentenceOpeners = wordSet(`the a an he she it they we i but and this that these those in on at however his her their its
	there as after before when while meanwhile officials some many one if for since last earlier
	later our my you`)

// splitSentences splits a paragraph into sentences. A sentence ends at . ! ?
// (or an ellipsis) followed, after any closing quotes or brackets, by a space
// and a capital, digit or opening quote — unless the full stop belongs to a
// title, an initial, a dotted abbreviation or a decimal, or closes a
// quotation that the speaker attribution continues.
func splitSentences(p string) []string {
	var out []string
	start := 0
	quoteOpen := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '"' {
			// A mark after a space opens a quotation; one after a word or
			// a stop closes it, even when the source left out the other
			// half ("…small businesses", An EU spokesman said…).
			quoteOpen = i == 0 || strings.IndexByte(" ([:-\n", p[i-1]) >= 0
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '.' || p[j] == '!' || p[j] == '?') {
			j++
		}
		k := j
		closesQuote := false
		for k < len(p) && (p[k] == '"' || p[k] == '\'' || p[k] == ')' || p[k] == ']') {
			if p[k] == '"' {
				closesQuote = true
			}
			k++
		}
		if k >= len(p) || p[k] != ' ' {
			i = j - 1
			continue
		}
		n := k + 1
		nr, _ := utf8.DecodeRuneInString(p[n:])
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '"' || nr == '(' || nr == '\'') {
			i = j - 1
			continue
		}
		reopens := quoteOpen && !closesQuote && nr == '"' && (c != '.' || j > i+1 || abbrevEnds(p[:i], p[n+1:]))
		if quoteOpen && !closesQuote && !reopens && strings.IndexByte(p[k:], '"') >= 0 && strings.IndexByte(p[k:], '"') < 300 {
			// Inside a quotation that closes soon: keep the quotation and
			// its attribution together.
			i = j - 1
			continue
		}
		if c == '.' && j == i+1 && !closesQuote && !abbrevEnds(p[:i], p[n:]) {
			continue
		}
		if closesQuote {
			quoteOpen = false
		}
		if s := strings.TrimSpace(p[start:k]); s != "" {
			if reopens {
				// `…the story. "I tried…`: a quotation opening while one is
				// open means the first was never closed; close it here.
				s += "\""
				quoteOpen = false
			}
			out = append(out, s)
		}
		start = n
		i = k
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	var split []string
	for _, x := range out {
		split = append(split, splitGlued(x)...)
	}
	out = split
	// Merge fragments that are not sentences (a stray "(AP)" or "1.").
	merged := out[:0]
	for _, s := range out {
		if len(merged) > 0 && countWords(s) < 2 && !exclamation(s) {
			merged[len(merged)-1] += " " + s
			continue
		}
		merged = append(merged, s)
	}
	// Short sentences stay, since readers see the article; a paragraph
	// with no sentence of real prose (a row of figures) goes.
	usable := false
	for i, s := range merged {
		merged[i] = trimRunes(s, MaxSentenceRunes)
		usable = usable || usableSentence(s)
	}
	if !usable {
		return nil
	}
	return merged
}

// exclamation reports a one-word sentence of its own: "Gutsy.", "BREAK!",
// "Wow?", which a live page or a review writes; glued to the sentence
// before, it would end a question.
func exclamation(s string) bool {
	w := strings.TrimRight(s, ".!?\"'")
	if w == s || len(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// germanClubLetters follow the numeral that opens some German clubs'
// names: "1. FC Köln", "1. FSV Mainz 05".
var germanClubLetters = wordSet("fc fsv sc ffc sv")

// germanMonths follow a day's ordinal in German dates and the streets
// named for them.
var germanMonths = wordSet("januar februar märz april mai juni juli august september oktober november dezember")

// abbrevEnds decides whether a full stop after the word ending before points
// ends the sentence, given the text after it.
func abbrevEnds(before, after string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\"'"); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return true
	}
	low := strings.ToLower(w)
	next := after
	if i := strings.IndexAny(next, " ,;:"); i >= 0 {
		next = next[:i]
	}
	nextLow := strings.ToLower(strings.Trim(next, "\"'("))
	if titleAbbrev[low] && !(len(w) >= 3 && strings.ToUpper(w) == w) { // "the INSP." is a body's letters, not "Insp." before a name
		// "No. 6", but "No. I'm not here to…": a number's abbreviation
		// only before its number.
		return (low == "no" || low == "nos" || low == "op") && next != "" && !unicode.IsDigit([]rune(next)[0])
	}
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) && unicode.IsUpper(r) {
		return false // an initial: J. Edgar Hoover
	}
	if (low == "c" || low == "ca" || low == "b" || low == "d" || low == "fl") && next != "" && unicode.IsDigit([]rune(next)[0]) {
		return false // "(c. 1661)", "(b. 1941)": circa, born, died, flourished before a year
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 && germanMonths[nextLow] {
		return false // "the Straße des 17. Juni": a German date, the day's ordinal
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 9 && germanClubLetters[nextLow] {
		return false // "he joined 1. FC Köln": a German club's number, written with a stop
	}
	if (low == "a.m" || low == "p.m") && next != "" && unicode.IsUpper([]rune(next)[0]) {
		// "past 10 p.m. Nineteen people spoke": a time goes on only into
		// its day, date or zone ("10 p.m. Tuesday", "9 a.m. ET").
		w := strings.TrimRight(nextLow, ".,;:!?")
		return weekdayIndex(w) < 0 && monthIndex(w) < 0 && !timeZones[w]
	}
	if strings.Contains(low, ".") && !decimalPoint(low) || weakAbbrev[low] {
		// U.S., a.m., Inc.: a sentence boundary only before a clear opener
		// (but "12.45pm." and "£2.5bn." end theirs).
		return sentenceOpeners[nextLow]
	}
	return true
}

// timeZones may follow a clock time: "9 a.m. ET", "8 p.m. Eastern".
var timeZones = wordSet("et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet eastern central mountain pacific local")

// decimalPoint reports a word whose only full stops stand between
// digits: "12.45pm", "£2.5bn".
func decimalPoint(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' && (i == 0 || i+1 == len(w) || w[i-1] < '0' || w[i-1] > '9' || w[i+1] < '0' || w[i+1] > '9') {
			return false
		}
	}
	return true
}

func countWords(s string) int {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// usableSentence rejects fragments that cannot carry a question: too few
// words, or mostly numbers and symbols (a table row).
func usableSentence(s string) bool {
	words := strings.Fields(s)
	if len(words) < 4 {
		return false
	}
	letters, lower := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	// "He was champion jockey in 1979, 1980, 1983, 1984, 1986 and 1988.":
	// a list of years in a sentence of prose, which a row of figures
	// never has so many small words for.
	return letters*3 >= len(words)*2 && lower >= 2 || lower >= 5
}

// glueOpeners are words that, capitalised in the middle of a sentence after
// a lower-case word and before another lower-case word, show that a full
// stop went missing: "the band sold every ticket At the close of the tour".
var glueOpeners = wordSet(`The He She It They We But At In On After However This His Her Their Its There When While
	Meanwhile`)

// glueBlockers before a capitalised word make it the start of a title or
// a name rather than of a sentence: "the film In the Mood", "in The Times".
var glueBlockers = wordSet(`the a an of by in on at to from with for and or called named titled entitled as like than via
	said says see watch read film song album show book novel play single series programme program
	movie hit track musical magazine newspaper is was are were 's about into sang sings wrote
	starred presents presented headline`)

// splitGlued splits a sentence where a full stop went missing between two
// sentences: after a lower-case word, before a capitalised sentence opener
// that a lower-case word follows, outside quotations. It splits only when
// both parts have four words or more, so that a title inside a sentence
// survives.
func splitGlued(s string) []string {
	words := strings.Fields(s)
	if len(words) < 8 {
		return []string{s}
	}
	quote := false
	pos := 0
	for i, w := range words {
		at := strings.Index(s[pos:], w) + pos
		pos = at + len(w)
		if strings.Count(w, "\"")%2 == 1 {
			quote = !quote
		}
		if quote || i < 4 || i+4 > len(words) || !glueOpeners[w] {
			continue
		}
		prev, next := words[i-1], words[i+1]
		if glueBlockers[strings.ToLower(prev)] || !isLowerWord(next) || strings.HasSuffix(prev, "'s") {
			continue // and "Janáček's In the Mists": a work's title after its maker
		}
		// After a name, only a clause that plainly begins: "… the European
		// Union In his speech, …" (a title would go on in capitals).
		if !isLowerWord(prev) && !(isCapWord(prev) && glueDeterminers[next]) {
			continue
		}
		head := strings.TrimSpace(s[:at])
		return append([]string{head}, splitGlued(strings.TrimSpace(s[at:]))...)
	}
	return []string{s}
}

// glueDeterminers, after a glue opener that follows a name, show that a
// clause begins there.
var glueDeterminers = wordSet("his her its their the this that these those")

// isCapWord reports a plain capitalised word of letters, with no
// punctuation that would end a clause.
func isCapWord(w string) bool {
	return w != "" && unicode.IsUpper([]rune(w)[0]) && isLowerWord(strings.ToLower(w))
}

// isLowerWord reports a plain word in lower-case letters, with no
// punctuation that would end a clause.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}
