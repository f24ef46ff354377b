package quiz

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// InputError reports article text the engine cannot use. Problem is a
// one-line explanation meant for the person who supplied the text; errors.Is
// matches a detailed InputError against the exported sentinel it refines
// (ErrEmpty, ErrTooLarge, ErrNotUTF8, ErrHTML, ErrNoSentences).
type InputError struct {
	Problem string
	kind    *InputError // the sentinel this error refines, or nil for a sentinel
}

// Error returns the problem as one line.
func (e *InputError) Error() string { return e.Problem }

// Is lets errors.Is match a detailed error against its sentinel.
func (e *InputError) Is(target error) bool {
	t, ok := target.(*InputError)
	if !ok {
		return false
	}
	return t == e || (e.kind != nil && t == e.kind)
}

// The kinds of bad input. Each is an *InputError; the errors Generate and
// ParseArticle return match one of them with errors.Is.
var (
	ErrEmpty       error = &InputError{Problem: "the article is empty"}
	ErrTooLarge    error = &InputError{Problem: fmt.Sprintf("the article is larger than %d KB", MaxArticleBytes>>10)}
	ErrNotUTF8     error = &InputError{Problem: "the article is not UTF-8 text"}
	ErrHTML        error = &InputError{Problem: "the article looks like HTML; paste the plain text of the article instead"}
	ErrNoSentences error = &InputError{Problem: "the article has no usable sentences; it needs paragraphs of ordinary prose"}
)

// inputKinds are the sentinels in a fixed order, so that an input error can
// cross to another program (the browser's engine worker) as a number and
// its problem, and still match its sentinel there.
var inputKinds = []error{ErrEmpty, ErrTooLarge, ErrNotUTF8, ErrHTML, ErrNoSentences, ErrNotEnglish}

// InputErrorCode returns a number for the sentinel err matches (1 or more),
// or 0 when err is not an input error. InputErrorFromCode undoes it.
func InputErrorCode(err error) int {
	for i, k := range inputKinds {
		if errors.Is(err, k) {
			return i + 1
		}
	}
	return 0
}

// InputErrorFromCode rebuilds an input error from InputErrorCode's number
// and the error's text: the sentinel itself when the text is the
// sentinel's, an error refining it otherwise, and a plain error for code 0.
func InputErrorFromCode(code int, problem string) error {
	if code < 1 || code > len(inputKinds) {
		return errors.New(problem)
	}
	kind := inputKinds[code-1]
	if kind.Error() == problem {
		return kind
	}
	return inputErr(kind, "%s", problem)
}

func inputErr(kind error, format string, args ...any) error {
	return &InputError{Problem: fmt.Sprintf(format, args...), kind: kind.(*InputError)}
}

// checkInput rejects text the engine must not try to parse.
func checkInput(text string) error {
	if len(text) > MaxArticleBytes {
		return inputErr(ErrTooLarge, "the article is %d KB, larger than the %d KB limit", (len(text)+1023)>>10, MaxArticleBytes>>10)
	}
	if !utf8.ValidString(text) {
		return ErrNotUTF8
	}
	if strings.TrimSpace(strings.Map(dropInvisible, text)) == "" {
		return ErrEmpty
	}
	if tag := findHTMLTag(text); tag != "" {
		return inputErr(ErrHTML, "the article looks like HTML (it contains %s); paste the plain text of the article instead", tag)
	}
	return nil
}

// htmlTags are element names whose tags mark pasted markup rather than prose.
var htmlTags = wordSet(`a abbr article aside b blockquote body br button caption code div em figcaption figure footer
	form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input li link main meta nav noscript ol
	p picture pre script section small source span strong style sup svg table tbody td th thead time
	title tr u ul video`)

// findHTMLTag returns the first HTML tag, comment or doctype in text, or "".
// Only known element names count, so "a < b" or "<grin>" in prose pass.
func findHTMLTag(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != '<' {
			continue
		}
		rest := text[i+1:]
		if strings.HasPrefix(rest, "!--") || len(rest) >= 8 && strings.EqualFold(rest[:8], "!doctype") {
			return "<" + rest[:3]
		}
		j := 0
		if j < len(rest) && rest[j] == '/' {
			j++
		}
		k := j
		for k < len(rest) && (rest[k] >= 'a' && rest[k] <= 'z' || rest[k] >= 'A' && rest[k] <= 'Z' || rest[k] >= '0' && rest[k] <= '9') {
			k++
		}
		if k == j || k >= len(rest) {
			continue
		}
		if c := rest[k]; c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' {
			continue
		}
		if name := strings.ToLower(rest[j:k]); htmlTags[name] {
			if end := strings.IndexByte(rest[k:], '>'); end >= 0 && end < 500 {
				return "<" + rest[:k] + ">"
			}
		}
	}
	return ""
}

// dropInvisible removes characters that carry no text (zero-width spaces,
// byte-order marks, soft hyphens) so they cannot split or glue words.
func dropInvisible(r rune) rune {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return -1
	}
	return r
}

// labelBlock reports lines that stand together with no sentence among
// them, each opening with a capital or a figure: a review's box of facts
// ("Saltbush & Ember" / "214 Gertrude Street, Fitzroy" / "Open Wednesday
// to Sunday"), not prose wrapped over lines, which ends its paragraph
// with a full stop.
func labelBlock(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		r, _ := utf8.DecodeRuneInString(l)
		if endsSentence(l) || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// normaliseLine maps typographic quotes and dashes to plain ones and every
// kind of space to one ASCII space, so that later stages (and the evidence
// the UI shows) see one spelling of each.
func normaliseLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	runes := []rune(strings.Map(dropInvisible, s))
	for i, r := range runes {
		switch r {
		case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
			r = '"'
		case '\u2026':
			b.WriteString("...")
			space = false
			continue
		case '\u2010', '\u2011':
			r = '-'
		case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			// A dash between digits is a range; elsewhere it is punctuation
			// written with spaces.
			if i > 0 && i+1 < len(runes) && unicode.IsDigit(runes[i-1]) && unicode.IsDigit(runes[i+1]) {
				r = '-'
				break
			}
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("-")
			space = false
			if i+1 < len(runes) && !unicode.IsSpace(runes[i+1]) {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		if (r == ',' || r == ';') && i+1 < len(runes) && (runes[i+1] == '.' && (i+2 == len(runes) || runes[i+2] != '.') || runes[i+1] == '?' || runes[i+1] == '!') {
			continue // "by two weeks,.": a slip of the keyboard, no clause left open
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " ")
}

// lineKind classifies a line of the raw article.
type lineKind int

const (
	lineProse lineKind = iota
	lineHeading
	lineJunk
)

// boilerplatePrefixes start lines that belong to the page, not the story.
var boilerplatePrefixes = []string{
	"advertisement", "share this", "share on", "follow us", "read more", "related:", "related articles",
	"related stories", "sign up", "subscribe", "click here", "image copyright", "image caption",
	"image source", "photo:", "photograph:", "picture:", "caption:", "credit:", "getty images",
	"copyright", "©", "all rights reserved", "updated:", "published:", "last updated", "posted:",
	"listen to this article", "watch:", "video:", "media caption", "skip to", "more on this story",
	"reporting by", "editing by", "additional reporting", "this article was", "topics:", "tags:",
}

// classifyLine decides whether a normalised, non-empty line is prose, a
// section heading or page furniture (read times, captions, bylines).
func classifyLine(line string) lineKind {
	low := strings.ToLower(line)
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(low, p) {
			return lineJunk
		}
	}
	words := strings.Fields(line)
	if isReadTime(words) || isDateline(words) || creditEnds(low) {
		return lineJunk
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	terminal := strings.ContainsRune(".!?\"'):;", last)
	if terminal && len(words) >= 3 {
		return lineProse
	}
	if len(words) > 12 {
		// A long line without a full stop is still prose (an article's
		// last line often lacks one).
		return lineProse
	}
	if strings.Contains(line, " - ") || strings.Contains(line, " | ") || strings.Contains(line, " / ") ||
		strings.HasSuffix(low, "(reuters)") || strings.HasSuffix(low, "(ap)") || strings.HasSuffix(low, "(afp)") {
		// "US - Trump meets Lavrov", "Photo | Reuters": a caption or a
		// kicker, not part of the story.
		return lineJunk
	}
	if len(words) >= 2 && len(words) <= 5 && strings.EqualFold(words[0], "by") {
		return lineJunk // a byline
	}
	if len(words) <= 10 && !terminal {
		return lineHeading
	}
	return lineProse
}

// creditEnds reports a picture's caption that ends on its credit, which
// a page may set on the line above the story's first paragraph: "Elijah
// Sang crosses the finish line in 1985. Photograph: Archive".
func creditEnds(low string) bool {
	for _, c := range []string{". photograph:", ". photo:", ". picture:", ". illustration:", ". credit:"} {
		if i := strings.LastIndex(low, c); i > 0 && len(strings.Fields(low[i+len(c):])) <= 6 {
			return true
		}
	}
	return false
}

// criticByline reports a byline that names its writer a critic: "By
// Miriam Holcroft, Architecture Critic", "By Tom Reade, chief film
// critic".
func criticByline(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	if len(words) < 3 || len(words) > 9 || words[0] != "by" {
		return false
	}
	last := strings.TrimRight(words[len(words)-1], ".")
	return last == "critic" || last == "reviewer"
}

// isReadTime matches "2 min read", "Reading time: 4 minutes", "5-minute read".
func isReadTime(words []string) bool {
	if len(words) > 5 {
		return false
	}
	low := strings.ToLower(strings.Join(words, " "))
	if !strings.Contains(low, "read") {
		return false
	}
	return strings.Contains(low, "min") && strings.IndexAny(low, "0123456789") >= 0
}

// dateSeparators removes the separators of times and dates such as 9:30 and
// 5/9/2017. (A function rather than a package-level strings.Replacer, which
// would be built when the package starts and weigh on the bundle.)
func dateSeparators(w string) string {
	return strings.Map(func(r rune) rune {
		if r == ':' || r == '/' || r == '-' {
			return -1
		}
		return r
	}, w)
}

// isDateline matches a line holding only a date or time, such as
// "10 May 2017" or "Wednesday 10 May 2017 14:02 BST".
func isDateline(words []string) bool {
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	hasDate := false
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ",."))
		switch {
		case monthIndex(w) >= 0 || weekdayIndex(w) >= 0:
			hasDate = true
		case w == "" || isAllDigits(dateSeparators(w)):
		case w == "gmt" || w == "bst" || w == "utc" || w == "et" || w == "est" || w == "edt" || w == "pst" || w == "am" || w == "pm" || w == "a.m" || w == "p.m" || w == "updated" || w == "published":
		default:
			return false
		}
	}
	return hasDate
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// liveStamp reports the head a live page's entry opens with: a time
// ("11:31 p.m. CT - ", "10.42 EAT - ") or a minute, lap or over of play
// ("14 min: ", "Lap 42 of 44: ").
func liveStamp(head string) bool {
	f := strings.Fields(head)
	return len(f) > 0 && (clockStamp(strings.TrimRight(f[0], ":")) || matchStamp(strings.TrimRight(strings.TrimSpace(head), ":-–— ")))
}

// ParseArticle cleans article text and splits it into paragraphs and
// sentences. The first non-empty line is the title. Repeats of the title,
// read-time lines, captions and similar page furniture are dropped; short
// lines without a full stop become section headings. Quotes, dashes and
// spaces are normalised, and a quotation left open at the end of a
// paragraph (a common newspaper convention) is closed there.
//
// It returns an *InputError matching ErrEmpty, ErrTooLarge, ErrNotUTF8,
// ErrHTML or ErrNoSentences for text it cannot use.
func ParseArticle(text string) (*Article, error) {
	LoadTables()
	if err := checkInput(text); err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	a := &Article{}
	titleKey := ""
	noHeadline := false
	var para []string // prose lines of the paragraph being built
	var pending []string
	single := singleQuoteStyle(normaliseLine(text))
	flush := func() {
		if len(para) == 0 {
			return
		}
		if labelBlock(para) {
			para = para[:0]
			return
		}
		p := strings.Join(para, " ")
		if single {
			p = doubleQuoted(p) // 'Never,' she said: a quotation all the same
		}
		p = balanceQuotes(p)
		para = para[:0]
		sents := splitSentences(p)
		if len(sents) == 0 {
			// "Juniper & Salt, 418 Delancey Avenue. Dinner Tuesday through
			// Sunday.": a box of facts with no sentence of prose still
			// marks a critic's piece.
			for _, piece := range strings.SplitAfter(p, ". ") {
				a.rated = a.rated || reviewListing(strings.TrimSpace(piece))
				a.noteVenue(strings.TrimSpace(piece))
			}
		}
		kept := sents[:0]
		for _, s := range sents {
			if !junkSentence(s) {
				kept = append(kept, s)
			} else if reviewListing(s) {
				a.rated = true // "Undertow is at the Harwood Gallery until 14 September.": a critic's piece
				a.noteVenue(s)
			}
		}
		if len(kept) == 0 || !anyUsable(kept) {
			kept = nil
		}
		if sents := kept; len(sents) > 0 {
			if len(pending) > 0 {
				for _, h := range pending {
					a.Headings = append(a.Headings, Heading{Before: len(a.Paragraphs), Text: h})
				}
				pending = pending[:0]
			}
			a.Paragraphs = append(a.Paragraphs, sents)
		}
	}
	for li, raw := range lines {
		line := normaliseLine(raw)
		if line == "" {
			flush()
			continue
		}
		if ratingLine(line) || criticByline(line) {
			a.rated = true // "Rating: ★★★★☆", "By Miriam Holcroft, Architecture Critic": a review, whatever its headline says
		}
		if a.Title == "" && !noHeadline {
			if looksLikeHeadline(line) {
				a.Title = trimRunes(strings.Trim(line, " #*"), MaxTitleRunes)
				titleKey = normKey(strings.Trim(line, " #*"))
				continue
			}
			// No headline: the story starts at once; its lead names the quiz.
			noHeadline = true
		}
		if normKey(strings.Trim(line, " #*")) == titleKey {
			flush()
			continue
		}
		kind := classifyLine(line)
		if kind == lineProse && a.Title != "" && len(a.Paragraphs) == 0 && len(para) == 0 && !endsSentence(line) &&
			fieldCount(line) <= 25 && (li+1 == len(lines) || strings.TrimSpace(lines[li+1]) == "") {
			// A line of its own under the headline with no full stop is
			// the standfirst ("Heroics from Johnson not enough but …"),
			// a second headline rather than the story's first sentence.
			kind = lineHeading
		}
		switch kind {
		case lineJunk:
			flush()
		case lineHeading:
			flush()
			if f := strings.Fields(line); liveStamp(f[0]) {
				a.stamped++ // "19:47 Kovalenko 1-0 Marchetti*": an entry's time on a line of its own
			}
			pending = append(pending, trimRunes(strings.Trim(line, " #*:"), MaxTitleRunes))
		default:
			if b := strings.TrimLeft(line, "-•*–"); b != line && strings.HasPrefix(b, " ") {
				// "- All flights cancelled at Brussels Airport": a list's
				// items are lines of their own, never one run-on sentence.
				flush()
				line = strings.TrimSpace(b)
				if !endsSentence(line) {
					line += "."
				}
			}
			if len(para) == 0 {
				stripped := stripDateline(line)
				if stripped == line && len(a.Paragraphs) == 0 {
					stripped = leadPlace(line)
				}
				if stripped != line && liveStamp(line[:len(line)-len(stripped)]) {
					a.stamped++
				}
				line = stripped
			}
			// Hard-wrapped text continues a paragraph on the next line; a
			// line ending a sentence may also end its paragraph when the
			// source puts one paragraph per line.
			para = append(para, line)
			if endsSentence(line) {
				flush()
			}
		}
	}
	flush()
	if noHeadline && len(a.Paragraphs) > 0 && len(a.Paragraphs[0]) > 1 {
		// The whole article pasted on one line: a first "sentence" with no
		// full stop that reads as a headline is the headline.
		if first := a.Paragraphs[0][0]; !endsSentence(first) && looksLikeHeadline(first) {
			a.Title = trimRunes(first, MaxTitleRunes)
			a.Paragraphs[0] = a.Paragraphs[0][1:]
		}
	}
	if len(a.Paragraphs) == 0 {
		return nil, ErrNoSentences
	}
	if a.Title == "" {
		a.Title = leadTitle(a.Paragraphs)
		if a.Title == "" {
			return nil, ErrNoSentences // no sentence has a word in it
		}
	}
	return a, nil
}

// leadTitle is the title of an article without a headline: its first
// sentence with a letter or digit in it, without the full stop.
func leadTitle(paras [][]string) string {
	for _, p := range paras {
		for _, s := range p {
			t := strings.TrimSpace(strings.TrimRight(s, "."))
			if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				return trimRunes(t, MaxTitleRunes)
			}
		}
	}
	return ""
}

func trimRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func anyUsable(ss []string) bool {
	for _, s := range ss {
		if usableSentence(s) {
			return true
		}
	}
	return false
}

// ratingLine reports a review's rating on a line of its own: "Rating: 8/10",
// "★★★★☆", "Verdict: four stars".
func ratingLine(line string) bool {
	low := strings.ToLower(line)
	if countWords(line) > 8 {
		return false
	}
	return strings.HasPrefix(low, "rating:") || strings.HasPrefix(low, "verdict:") || strings.HasPrefix(low, "our rating") ||
		strings.ContainsAny(line, "★☆") || scoredLabel(line) || starsLine(low)
}

// starsLine reports a lower-case line that is only a count of stars:
// "four stars", "four stars out of five.", "3 stars".
func starsLine(low string) bool {
	f := strings.Fields(strings.TrimRight(low, ".!"))
	if len(f) != 2 && !(len(f) == 5 && f[2] == "out" && f[3] == "of") {
		return false
	}
	n := numberWordIndex(f[0])
	if v, err := strconv.ParseFloat(f[0], 64); err == nil {
		n = int(v)
	}
	return n >= 1 && n <= 5 && (f[1] == "stars" || f[1] == "star")
}

// scoredLabel reports a line that gives marks under labels: "Food 8/10.
// Atmosphere 7/10.", a restaurant critic's scores.
func scoredLabel(line string) bool {
	f := strings.Fields(line)
	for i := 1; i < len(f); i++ {
		n, out, ok := strings.Cut(strings.TrimRight(f[i], ".,;"), "/")
		r, _ := utf8.DecodeRuneInString(f[i-1])
		if ok && (out == "10" || out == "5") && n != "" && len(n) <= 2 && strings.Trim(n, "0123456789.") == "" && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// leadPlace removes the place a story's first paragraph opens with in
// ordinary case and a dash: "Lokoja - Opposition parties in Kogi State
// have rejected…". A single capitalised word that is no given name and no
// common word; what follows must open a sentence.
func leadPlace(line string) string {
	for _, d := range []string{" - ", " – ", " — "} {
		head, rest, ok := strings.Cut(line, d)
		if !ok || strings.ContainsAny(head, " ,.") || len(head) < 3 || len(head) > 20 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(head)
		low := strings.ToLower(head)
		if !unicode.IsUpper(r) || stopwords[low] || isFirstName(low) || countWords(rest) < 6 {
			continue
		}
		if r2, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r2) {
			continue
		}
		return rest
	}
	return line
}

// noteVenue keeps the name a listing line opens on before a street
// number: "Soi Lamyai, 412 Illawarra Road, Marrickville." gives "Soi
// Lamyai".
func (a *Article) noteVenue(line string) {
	name, rest, ok := strings.Cut(line, ", ")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' || name == "" || len(name) > 60 || strings.ContainsAny(name, ".;:") {
		return
	}
	if r := []rune(name)[0]; !unicode.IsUpper(r) {
		return
	}
	street := false // "412 Illawarra Road": a street's, no age's, number
	for i, w := range strings.Fields(rest) {
		if i > 4 {
			break
		}
		w = strings.ToLower(strings.Trim(w, ",."))
		street = street || placeWords[w] || streetAbbrevs[w]
	}
	if street {
		a.venues = append(a.venues, name)
	}
}

// isVenue reports a name a review's listing gives its venue.
func (a *Article) isVenue(name string) bool {
	for _, v := range a.venues {
		if strings.EqualFold(v, name) {
			return true
		}
	}
	return false
}
