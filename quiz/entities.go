package quiz

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a sentence, with its byte span.
type tok struct {
	text       string
	low        string
	start, end int
	word       bool // letters or digits
	cap        bool // starts with an upper-case letter
	acro       bool // all capitals, two letters or more (FBI, U.S.)
	num        bool // starts with a digit
}

// tokenize splits a sentence into words and punctuation. Internal
// apostrophes, hyphens and full stops stay inside words (don't, mid-air,
// U.S., 3.5); a possessive 's is a token of its own so that "Russia's"
// yields the name "Russia".
func tokenize(s string) []tok {
	var out []tok
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			i += size
			continue
		}
		if !isWordRune(r) {
			if r == '\'' && i+1 < len(s) && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 == len(s) || !isWordRune(rune(s[i+2]))) && len(out) > 0 && out[len(out)-1].end == i {
				out = append(out, tok{text: s[i : i+2], low: "'s", start: i, end: i + 2})
				i += 2
				continue
			}
			out = append(out, tok{text: s[i : i+size], low: s[i : i+size], start: i, end: i + size})
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == ',' || r == '&') && j+1 < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[j+1:])
				if r == '\'' && (nr == 's' || nr == 'S') && (j+2 == len(s) || !isWordRune(rune(s[j+2]))) {
					break // possessive
				}
				if r == ',' && !(unicode.IsDigit(prevRune(s, j)) && unicode.IsDigit(nr)) {
					break
				}
				if r == '&' && !(unicode.IsUpper(prevRune(s, j)) && unicode.IsUpper(nr)) {
					break
				}
				if isWordRune(nr) {
					j++
					continue
				}
			}
			break
		}
		// Keep the full stop of a dotted abbreviation (U.S.) or a title (Gen.).
		if j < len(s) && s[j] == '.' && j+1 < len(s) {
			w := strings.ToLower(s[i:j])
			if strings.Contains(w, ".") || titleAbbrev[w] || weakAbbrev[w] || monthAbbrev[w] > 0 || w == "jan" {
				j++
			}
		}
		t := tok{text: s[i:j], low: strings.ToLower(s[i:j]), start: i, end: j, word: true}
		fr, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(fr)
		t.num = unicode.IsDigit(fr)
		t.acro = isAcronym(t.text)
		out = append(out, t)
		i = j
	}
	return out
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAcronym reports whether w is written in capitals: FBI, NATO, U.S.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// etype is the type of a mention.
type etype int

const (
	eNone etype = iota
	ePerson
	eOrg
	ePlace // a country, region or city
	eSite  // a building or named spot: the White House, the Oval Office
	eDate
	eNumber
	eOrdinal
)

// Date forms, which distractors must share.
const (
	dWeekday = iota + 1
	dMonth
	dMonthYear
	dYear
	dFull // day, month and year, or day and month
)

// mention is a span of a sentence that names something a question can ask
// about.
type mention struct {
	typ        etype
	sub        int // date form; for places 1 = country, 2 = city
	t0, t1     int // token span of the name itself
	r0         int // first token of the mention with its role prefix
	start, end int // byte span of the name in the sentence
	text       string
	ent        int  // entity index, or -1
	modifier   bool // used as a modifier: "Trump aides", "Russia's minister"
	pronoun    bool // "He", resolved to a person
	desc       bool // "the veteran Russian diplomat", resolved to a person
	hasThe     bool // preceded by "the"
	role       string
	notPerson  bool // the words around it show it is not a person
	year       int
	month      int // 0..11, or -1
	day        int
	weekday    int
	value      float64
}

// quoteSpan is a quotation in a sentence and who said it.
type quoteSpan struct {
	start, end int // byte span including the quotation marks
	speaker    int // index into the sentence's mentions, or -1
}

// sent is an analysed sentence.
type sent struct {
	p, s   int
	idx    int
	text   string
	toks   []tok
	ments  []mention
	quotes []quoteSpan
	cls    []clause // the main clause first, then subordinate clauses
}

// entity is one person, organisation or place, with all its mentions.
type entity struct {
	typ     etype
	sub     int
	name    string // canonical form, as options show it
	hasThe  bool   // written "the White House"
	count   int
	first   int // index of the first sentence mentioning it
	roles   []roleRef
	country int // nationality from a role, or -1
	titles  map[string]bool
	alias   int // the entity this one was merged into, or -1
	// notPerson is set when any mention shows the name is not a person's.
	notPerson bool
}

// roleRef is a role phrase the article gives a person.
type roleRef struct {
	text  string // normalised for display: "Russia's foreign minister"
	raw   string // as written in the sentence
	sent  int
	ment  int
	lower string
}

// analysis is everything the question makers need about an article.
type analysis struct {
	art       *Article
	sents     []sent
	ents      []entity
	lowerSet  map[string]bool // words the article writes in lower case
	facts     map[factKey][]string
	siteGroup map[int]int // site entity -> representative of related sites

	prominence map[etype][]int // byProminence cache
	dates      []mention       // articleDates cache
	mentioned  map[string]bool // mentionsWord cache
	lowText    string          // the whole article, normalised by normKey
	hwords     []string        // headlineWords cache
}

type factKey struct {
	subj  int
	lemma string
	typ   etype
}

// modifierNouns after a name show that the name modifies a noun rather than
// acting itself: "the Trump administration", "Trump aides".
var modifierNouns = map[string]bool{
	"administration": true, "regime": true, "government": true, "aides": true, "aide": true,
	"officials": true, "official": true, "campaign": true, "talks": true, "supporters": true, "allies": true,
	"team": true, "camp": true, "forces": true, "troops": true, "military": true, "embassy": true,
	"family": true, "era": true, "policy": true, "visit": true, "spokesman": true, "spokeswoman": true,
	"lawyer": true, "lawyers": true, "office": true, "staff": true, "side": true, "delegation": true,
	"counterpart": true, "presidency": true, "voters": true, "fans": true, "proxies": true, "officers": true,
}

// analyse runs the language tools over an article.
func analyse(a *Article) *analysis {
	an := &analysis{art: a, lowerSet: map[string]bool{}, facts: map[factKey][]string{}}
	for pi, p := range a.Paragraphs {
		for si, s := range p {
			an.sents = append(an.sents, sent{p: pi, s: si, idx: len(an.sents), text: s, toks: tokenize(s)})
		}
	}
	for _, s := range an.sents {
		for i, t := range s.toks {
			if t.word && !t.cap && !t.num && i > 0 {
				an.lowerSet[t.low] = true
			}
		}
	}
	for i := range an.sents {
		an.findMentions(&an.sents[i])
	}
	an.link()
	for i := range an.sents {
		an.findQuotes(&an.sents[i])
		an.sents[i].cls = parseClauses(&an.sents[i])
	}
	an.collectFacts()
	return an
}

// clauseStart reports whether token i opens a sentence or a quotation, where
// ordinary words are capitalised too.
func clauseStart(toks []tok, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].text
	return p == "\"" || p == ":" || p == "(" || p == "-" || p == "'"
}

func (an *analysis) findMentions(s *sent) {
	toks := s.toks
	for i := 0; i < len(toks); {
		if n := an.dateAt(s, i); n > 0 {
			i += n
			continue
		}
		if n := numberAt(s, i); n > 0 {
			i += n
			continue
		}
		t := toks[i]
		if !t.word || !(t.cap || t.acro) || t.num {
			i++
			continue
		}
		if clauseStart(toks, i) && !t.acro && (stopwords[t.low] || an.lowerSet[t.low]) && countryByName[t.low] == 0 && !isCountry(t.low) && !titleWords[t.low] {
			if pronounsPerson[t.low] {
				s.ments = append(s.ments, mention{typ: ePerson, pronoun: true, t0: i, t1: i + 1, r0: i, start: t.start, end: t.end, text: t.text, ent: -1, month: -1})
			} else if i == 0 && (t.low == "the") {
				if n := an.descAt(s, i); n > 0 {
					i += n
					continue
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			u := toks[j]
			if u.word && (u.cap || u.acro) && !u.num && monthIndex(u.text) < 0 && weekdayIndex(u.text) < 0 {
				j++
				continue
			}
			if u.word && (u.low == "of" || u.low == "for" || u.low == "al" || u.low == "bin" || u.low == "de" || u.low == "von" || u.low == "van" || u.low == "da") &&
				j+1 < len(toks) && toks[j+1].cap && (u.low != "of" && u.low != "for" || anyOrgish(toks[i:j])) {
				j += 2
				continue
			}
			break
		}
		an.nameSeq(s, i, j)
		i = j
	}
}

func anyOrgish(ts []tok) bool {
	for _, t := range ts {
		if orgWords[t.low] || placeWords[t.low] || headTitles[t.low] || t.low == "university" || t.low == "gulf" {
			return true
		}
	}
	return false
}

func isCountry(low string) bool {
	_, ok := countryByName[low]
	return ok
}

// nameSeq types a run of capitalised tokens [i, j) and records it, splitting
// off any leading titles as the role of the person named after them.
func (an *analysis) nameSeq(s *sent, i, j int) {
	toks := s.toks
	k := i
	// Leading country, nationality and title words form a role prefix.
	for k < j-1 {
		low := toks[k].low
		if titleWords[low] || honorifics[low] || isNationality(low) || isCountry(low) && titleWords[toks[k+1].low] || toks[k].acro && titleWords[toks[k+1].low] {
			k++
			continue
		}
		break
	}
	hasTitle := false
	for x := i; x < k; x++ {
		if headTitles[toks[x].low] || honorifics[toks[x].low] {
			hasTitle = true
		}
	}
	if !hasTitle {
		k = i
		// "Former Liberal Democrat MP Jackie Ballard": the name follows
		// the last title word, after capitalised words of the role.
		for x := j - 3; x >= i; x-- {
			if (headTitles[toks[x].low] || honorifics[toks[x].low]) && !orgWords[toks[j-1].low] && !placeWords[toks[j-1].low] && isFirstName(toks[x+1].low) {
				k, hasTitle = x+1, true
				break
			}
		}
	}
	name := toks[k:j]
	text := s.text[name[0].start:name[len(name)-1].end]
	low := strings.ToLower(text)
	m := mention{t0: k, t1: j, r0: k, start: name[0].start, end: name[len(name)-1].end, text: text, ent: -1, month: -1}
	if k > 0 && toks[k-1].low == "the" {
		m.hasThe = true
	}
	if j < len(toks) && (toks[j].low == "'s" || modifierNouns[toks[j].low] || titleWords[toks[j].low] && !toks[j].cap) {
		m.modifier = true
	}
	last := name[len(name)-1].low
	switch {
	case len(name) == 1 && isNationality(low):
		return // an adjective, not a name
	case len(name) == 1 && commonAcronyms[strings.ToUpper(strings.TrimSuffix(name[0].text, "s"))] && !hasTitle:
		return // "a leading MP": a common noun in capitals
	case len(name) == 1 && outletAcronyms[name[0].text] || len(name) >= 2 && outletWords[last] && !hasTitle:
		m.typ, m.sub = eOrg, subOutlet
	case isCountry(low):
		m.typ, m.sub = ePlace, 1
		if ci := countryByName[low]; true {
			m.text = countries[ci].name
		}
		m.text = text
	case cityCountry[low] > 0 || cityExtra[low] || low == strings.ToLower(countries[0].capital):
		m.typ, m.sub = ePlace, 2
	case hasTitle:
		m.typ = ePerson
	case len(name) == 1 && name[0].acro:
		m.typ = eOrg
	case placeWords[last] && !m.modifier || placeWords[last] && len(name) > 1:
		m.typ = eSite
	case orgWords[last] || anyOrg(name):
		m.typ = eOrg
	case len(name) >= 2 && len(name) <= 4 && (allPlain(name) || isFirstName(name[0].low) && allPlain(name[:1]) && !orgWords[last] && !placeWords[last] && !name[len(name)-1].acro) && !(i >= 2 && (toks[i-1].low == "for" || toks[i-1].low == "of") && toks[i-2].cap):
		// A person needs a given name or a cue in the sentence; otherwise
		// linking decides ("Upper Midwest" and "Happy Thanksgiving" are not
		// people).
		switch {
		case notNameWords[name[0].low] || workContext(toks, i, j) || eventWords[last]:
			m.typ = eNone
			m.notPerson = true
		case isFirstName(name[0].low) || personCue(toks, i, j):
			m.typ = ePerson
		default:
			m.typ = eNone // a person only if the article later uses the surname alone
		}
	default:
		m.typ = eNone // decided when linking
	}
	if m.typ == ePerson && hasTitle {
		m.r0 = an.rolePrefixStart(s, i, true)
		m.role = strings.TrimSpace(s.text[toks[m.r0].start:toks[k].start])
	} else if m.typ == ePerson || m.typ == eNone {
		// A lower-case title before the name: "FBI director James Comey".
		if r0 := an.rolePrefixStart(s, i, false); r0 < i {
			m.r0 = r0
			m.role = strings.TrimSpace(s.text[toks[r0].start:toks[i].start])
			m.typ = ePerson
		}
	}
	if (m.typ == ePlace || m.typ == eOrg || m.typ == eSite) && j < len(toks) && nounAfter(toks[j]) {
		m.modifier = true // "the US dollar", "a Sony spokesman"
	}
	if m.typ == ePerson && m.role != "" && !roleHasHead(m.role) {
		m.role = ""
		m.r0 = k
	}
	s.ments = append(s.ments, m)
}

// workWords before a name show that it names a band, a team, a work or a
// firm rather than a person: "the band Franz Ferdinand", "headliners
// Scissor Sisters".
var workWords = map[string]bool{
	"band": true, "bands": true, "group": true, "groups": true, "act": true, "acts": true, "duo": true,
	"trio": true, "headliners": true, "headliner": true, "rockers": true, "team": true, "club": true,
	"film": true, "album": true, "show": true, "programme": true, "program": true, "series": true,
	"song": true, "single": true, "novel": true, "book": true, "play": true, "movie": true, "musical": true,
	"game": true, "label": true, "firm": true, "company": true, "brand": true, "network": true,
	"channel": true, "station": true, "magazine": true, "newspaper": true, "festival": true, "track": true,
	"hit": true, "sitcom": true, "drama": true, "shows": true, "films": true, "albums": true, "like": true,
}

// personShaped reports whether a name could be a person's: two to four
// capitalised words, none of them a place, organisation or event word.
func personShaped(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		low := strings.ToLower(w)
		if !unicode.IsUpper(r) || orgWords[low] || placeWords[low] || eventWords[low] || outletWords[low] || isCountry(low) {
			return false
		}
	}
	return true
}

// nounAfter reports a lower-case word after a name that reads as the noun
// the name modifies ("US dollar") rather than the next part of the clause.
func nounAfter(t tok) bool {
	if !t.word || t.cap || t.num || stopwords[t.low] || isVerbish(t.low) || speechVerbs[t.low] || auxiliaries[t.low] {
		return false
	}
	if strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ing") || t.low == "'s" {
		return false
	}
	switch t.low {
	case "on", "in", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "of", "after", "before", "last", "next", "this", "since", "until", "where", "when", "who", "which", "that", "than", "over", "into", "about", "against", "because", "while", "if", "so":
		return false
	}
	return true
}

// eventWords end the names of events, prizes and competitions.
var eventWords = map[string]bool{
	"bowl": true, "cup": true, "trophy": true, "championship": true, "championships": true, "series": true,
	"open": true, "games": true, "award": true, "awards": true, "prize": true, "globe": true, "globes": true,
	"festival": true, "olympics": true, "tournament": true, "league": true, "crown": true, "slam": true,
	"day": true, "week": true, "war": true, "wars": true, "show": true, "conference": true, "summit": true,
	"election": true, "elections": true, "expo": true, "fair": true, "marathon": true, "derby": true,
}

// workContext reports a name in [i, j) that the words around it show is not
// a person: after a work word, inside quotation marks, or followed by a
// plural verb ("Scissor Sisters are").
func workContext(toks []tok, i, j int) bool {
	if i > 0 && workWords[toks[i-1].low] {
		return true
	}
	if i > 0 && toks[i-1].text == "\"" && j < len(toks) && (toks[j].text == "\"" || toks[j].text == ":") {
		return true // a title in quotation marks
	}
	if i > 1 && toks[i-1].low == "and" && toks[i-2].cap && i > 2 && workWords[toks[i-3].low] {
		return true
	}
	if j+1 < len(toks) && (toks[j].low == "are" || toks[j].low == "were" || toks[j].low == "have") && !(toks[j].low == "have" && toks[j+1].low == "been") {
		return true
	}
	return false
}

// subOutlet is the sub-type of an organisation that is a newspaper,
// broadcaster or news agency.
const subOutlet = 3

// personCue reports whether the words around the name in [i, j) show that it
// names a person: a speech verb after it ("Jane Roe said") or before it
// ("said Jane Roe"), or an appositive age or relative clause ("Jane Roe, 42,",
// "Jane Roe, who").
func personCue(toks []tok, i, j int) bool {
	if j < len(toks) {
		switch toks[j].low {
		case "said", "says", "told", "tells", "added", "explained", "wrote", "recalled", "insisted":
			return true
		}
		if toks[j].text == "," && j+1 < len(toks) && (toks[j+1].low == "who" || toks[j+1].num && j+2 < len(toks) && toks[j+2].text == ",") {
			return true
		}
	}
	if i > 0 && (toks[i-1].low == "said" || toks[i-1].low == "says") {
		return true
	}
	return false
}

func roleHasHead(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if headTitles[w] {
			return true
		}
	}
	return false
}

// rolePrefixStart walks back from token i over the words of a role phrase
// (titles, nationalities, "Russia's", organisation acronyms) and returns
// where it starts; it returns i when there is none.
func (an *analysis) rolePrefixStart(s *sent, i int, sawTitle bool) int {
	toks := s.toks
	k := i
	for k > 0 {
		t := toks[k-1]
		switch {
		case titleWords[t.low] && t.word:
			sawTitle = sawTitle || headTitles[t.low]
			k--
			continue
		case !sawTitle:
			return i
		case isNationality(t.low) || t.acro || isCountry(t.low):
			k--
			continue
		case t.low == "'s" && k >= 2 && (toks[k-2].cap || toks[k-2].acro):
			k -= 2
			continue
		case t.low == "former" || t.low == "ex" || t.low == "ex-" || t.low == "acting" || t.low == "interim" || t.low == "outgoing":
			k-- // "Former Liberal Democrat MP"
			continue
		case t.cap && t.word && !t.num && !stopwords[t.low] && k < i && k >= 2 && i-k < 4 && toks[k-2].cap && !stopwords[toks[k-2].low]:
			// A party or body of two capitalised words: "Liberal Democrat MP".
			k--
			continue
		case t.word && !t.num && !stopwords[t.low] && !isVerbish(t.low) && !speechVerbs[t.low] && k < i:
			// One noun before the title names the body led: "Union
			// leader", "Maersk spokesman", "Port director".
			k--
		}
		break
	}
	if !sawTitle {
		return i
	}
	return k
}

func isNationality(low string) bool {
	_, ok := countryByAdj[low]
	return ok
}

func allPlain(ts []tok) bool {
	for _, t := range ts {
		if t.acro || !t.cap || orgWords[t.low] || placeWords[t.low] || isCountry(t.low) || isNationality(t.low) || stopwords[t.low] {
			return false
		}
	}
	return true
}

func anyOrg(ts []tok) bool {
	for _, t := range ts {
		if orgWords[t.low] {
			return true
		}
	}
	return false
}

// descAt recognises a definite description of a person at the start of a
// sentence — "The veteran Russian diplomat said" — and records it for
// linking to the person it most likely means.
func (an *analysis) descAt(s *sent, i int) int {
	toks := s.toks
	for j := i + 1; j < len(toks) && j < i+6; j++ {
		t := toks[j]
		if !t.word {
			return 0
		}
		if _, ok := roleClasses[t.low]; ok {
			if j+1 < len(toks) && toks[j+1].word && !isVerbish(toks[j+1].low) {
				return 0
			}
			s.ments = append(s.ments, mention{typ: ePerson, desc: true, t0: i, t1: j + 1, r0: i, start: toks[i].start, end: t.end, text: s.text[toks[i].start:t.end], ent: -1, month: -1})
			return j + 1 - i
		}
	}
	return 0
}

// dateAt recognises a date starting at token i and returns its length.
func (an *analysis) dateAt(s *sent, i int) int {
	toks := s.toks
	t := toks[i]
	m := mention{typ: eDate, t0: i, r0: i, start: t.start, ent: -1, month: -1, weekday: -1}
	n := 0
	if wd := weekdayIndex(t.text); wd >= 0 && t.cap {
		m.sub, m.weekday, n = dWeekday, wd, 1
	} else if mi := monthIndex(t.text); mi >= 0 && t.cap && !(t.low == "may" && !nextIsNumber(toks, i+1) && !prevIsPrep(toks, i)) && !(t.low == "march" && !nextIsNumber(toks, i+1) && !prevIsPrep(toks, i)) {
		m.sub, m.month, n = dMonth, mi, 1
		if d := dayNumber(toks, i+1); d > 0 {
			m.day, m.sub, n = d, dFull, 2
			if i+3 < len(toks) && toks[i+2].text == "," && isYear(toks[i+3]) {
				m.year, _ = strconv.Atoi(toks[i+3].text)
				n = 4
			} else if i+2 < len(toks) && isYear(toks[i+2]) {
				m.year, _ = strconv.Atoi(toks[i+2].text)
				n = 3
			}
		} else if i+1 < len(toks) && isYear(toks[i+1]) {
			m.year, _ = strconv.Atoi(toks[i+1].text)
			m.sub, n = dMonthYear, 2
		}
	} else if d := dayNumber(toks, i); d > 0 && i+1 < len(toks) && monthIndex(toks[i+1].text) >= 0 && toks[i+1].cap {
		m.day, m.month, m.sub, n = d, monthIndex(toks[i+1].text), dFull, 2
		if i+2 < len(toks) && isYear(toks[i+2]) {
			m.year, _ = strconv.Atoi(toks[i+2].text)
			n = 3
		}
	} else if isYear(t) && prevIsPrep(toks, i) {
		m.year, _ = strconv.Atoi(t.text)
		m.sub, n = dYear, 1
	}
	if n == 0 {
		return 0
	}
	m.t1 = i + n
	m.end = toks[i+n-1].end
	m.text = s.text[m.start:m.end]
	if i > 0 && toks[i-1].low == "the" {
		m.hasThe = true
	}
	s.ments = append(s.ments, m)
	return n
}

func nextIsNumber(toks []tok, i int) bool { return i < len(toks) && toks[i].num }

func prevIsPrep(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].low {
	case "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid", "to", "and", "between", "throughout":
		return true
	}
	return false
}

func isYear(t tok) bool {
	if len(t.text) != 4 || !isAllDigits(t.text) {
		return false
	}
	y, _ := strconv.Atoi(t.text)
	return y >= 1800 && y <= 2100
}

// dayNumber returns the day of the month written at token i (9, 9th), or 0.
func dayNumber(toks []tok, i int) int {
	if i >= len(toks) || !toks[i].num {
		return 0
	}
	w := strings.TrimRight(toks[i].low, "stndrh")
	if !isAllDigits(w) || len(w) > 2 {
		return 0
	}
	d, _ := strconv.Atoi(w)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// numberAt recognises a number or an ordinal at token i.
func numberAt(s *sent, i int) int {
	t := s.toks[i]
	m := mention{t0: i, t1: i + 1, r0: i, start: t.start, end: t.end, text: t.text, ent: -1, month: -1}
	switch {
	case ordinalIndex(t.low) >= 0:
		m.typ, m.value = eOrdinal, float64(ordinalIndex(t.low)+1)
	case t.num && (strings.HasSuffix(t.low, "st") || strings.HasSuffix(t.low, "nd") || strings.HasSuffix(t.low, "rd") || strings.HasSuffix(t.low, "th")) && isAllDigits(t.low[:len(t.low)-2]):
		v, _ := strconv.Atoi(t.low[:len(t.low)-2])
		m.typ, m.value, m.sub = eOrdinal, float64(v), 1
	case numberWordIndex(t.low) >= 2 && !(t.low == "one"):
		m.typ, m.value = eNumber, float64(numberWordIndex(t.low))
	case t.num:
		clean := strings.ReplaceAll(t.text, ",", "")
		// Amounts written with a scale letter: £5m, $1.2bn, 30k.
		for _, suf := range []string{"bn", "m", "k", "tn", "mn"} {
			if strings.HasSuffix(clean, suf) && len(clean) > len(suf) && clean[len(clean)-len(suf)-1] >= '0' && clean[len(clean)-len(suf)-1] <= '9' {
				clean = clean[:len(clean)-len(suf)]
				break
			}
		}
		v, err := strconv.ParseFloat(clean, 64)
		if err != nil {
			return 0
		}
		m.typ, m.value, m.sub = eNumber, v, 1
		if strings.Contains(clean, ".") {
			m.sub = 2
		}
		// Keep a scale word or a percent sign with the number.
		if i+1 < len(s.toks) {
			switch s.toks[i+1].low {
			case "%", "million", "billion", "trillion", "per", "percent":
				m.t1 = i + 2
				m.end = s.toks[i+1].end
				if s.toks[i+1].low == "per" && i+2 < len(s.toks) && s.toks[i+2].low == "cent" {
					m.t1, m.end = i+3, s.toks[i+2].end
				}
			}
		}
		if i > 0 && strings.ContainsAny(s.toks[i-1].text, "$£€") && s.toks[i-1].end == t.start {
			m.r0 = i - 1
			m.start = s.toks[i-1].start
		}
		m.text = s.text[m.start:m.end]
	default:
		return 0
	}
	s.ments = append(s.ments, m)
	return m.t1 - i
}

// isVerbish guesses whether a lower-case word is a finite verb.
func isVerbish(low string) bool {
	if auxiliaries[low] || speechVerbs[low] {
		return true
	}
	if _, ok := irregularPast[low]; ok {
		return true
	}
	return strings.HasSuffix(low, "ed") && len(low) > 4
}

// link groups mentions into entities: full names first, then surnames and
// acronyms that refer to them, then pronouns and descriptions.
func (an *analysis) link() {
	byKey := map[string]int{}
	surname := map[string][]int{}
	newEnt := func(m *mention, si int, name string) int {
		e := entity{typ: m.typ, sub: m.sub, name: name, first: si, country: -1, titles: map[string]bool{}, alias: -1}
		an.ents = append(an.ents, e)
		return len(an.ents) - 1
	}
	key := func(m *mention) string {
		low := strings.ToLower(m.text)
		if m.typ == ePlace && m.sub == 1 {
			return "country:" + countries[countryByName[low]].name
		}
		return low
	}
	// Surnames of people named in full: a single word that is one of them
	// names that person even if it is also a country ("Holland").
	fullSurnames := map[string]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.typ == ePerson && !m.pronoun && !m.desc && m.t1-m.t0 >= 2 {
				fullSurnames[s.toks[m.t1-1].low] = true
			}
		}
	}
	// Pass 1: multi-word people, places, organisations and sites. A
	// multi-word name of unknown type gets an entity too, so that a cue
	// elsewhere ("Abney said") can make it a person.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.pronoun || m.desc || m.typ == eDate || m.typ == eNumber || m.typ == eOrdinal {
				continue
			}
			if m.t1-m.t0 == 1 && fullSurnames[s.toks[m.t0].low] {
				m.typ, m.sub = ePerson, 0
			}
			if (m.typ == ePerson || m.typ == eNone) && m.t1-m.t0 < 2 {
				continue
			}
			k := key(m)
			id, ok := byKey[k]
			if !ok {
				name := m.text
				if m.typ == ePlace && m.sub == 1 {
					name = countries[countryByName[strings.ToLower(m.text)]].name
				}
				id = newEnt(m, si, name)
				byKey[k] = id
				if m.typ == ePerson || m.typ == eNone {
					last := s.toks[m.t1-1].low
					surname[last] = append(surname[last], id)
				}
			} else if an.ents[id].typ == eNone && m.typ == ePerson {
				an.ents[id].typ = ePerson
			}
			if m.notPerson {
				an.ents[id].notPerson = true
			}
			m.ent = id
		}
	}
	an.mergeNameSuffixes()
	// Pass 2: single names.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent >= 0 || m.pronoun || m.desc || m.typ == eDate || m.typ == eNumber || m.typ == eOrdinal {
				continue
			}
			low := strings.ToLower(m.text)
			cue := m.t1 < len(s.toks) && speechVerbs[s.toks[m.t1].low] && s.toks[m.t1].low != "according" || m.t0 > 0 && (s.toks[m.t0-1].low == "said" || s.toks[m.t0-1].low == "says")
			if ids := an.liveIDs(surname[low]); len(ids) == 1 && (m.typ == eNone || m.typ == ePerson || len(an.ents[ids[0]].name) > 0 && an.ents[ids[0]].typ == ePerson && fullSurnames[low]) {
				joined := m.t0 > 0 && s.toks[m.t0-1].end == s.toks[m.t0].start // "pro-Ohio State"
				if an.ents[ids[0]].typ == eNone && personShaped(an.ents[ids[0]].name) && (cue || m.typ == ePerson || !m.modifier && !m.hasThe && m.typ == eNone && !joined && !an.lowerSet[low]) {
					an.ents[ids[0]].typ = ePerson
				}
				m.typ = an.ents[ids[0]].typ
				m.ent = ids[0]
				continue
			}
			if m.typ == eNone {
				switch {
				case cue && (isFirstName(low) || m.t0 > 0 && !stopwords[s.toks[m.t0-1].low] && s.toks[m.t0-1].low != "the"):
					// "said Madonna"; a one-word organisation ("Amtrak
					// said") stays untyped unless it is a given name.
					if !isFirstName(low) {
						continue
					}
					m.typ = ePerson
				case m.t0 > 0 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "near" || s.toks[m.t0-1].low == "from") && !isFirstName(low):
					m.typ, m.sub = ePlace, 2
				default:
					continue
				}
			}
			k := key(m)
			id, ok := byKey[k]
			if !ok {
				id = newEnt(m, si, m.text)
				byKey[k] = id
			}
			m.ent = id
		}
	}
	// A person known only by a given name, named once in a list of names
	// without a role or a cue ("followed by Franz Ferdinand, Razorlight
	// and…"), is more likely a band or a team than a person.
	listed := map[int]bool{}
	solid := map[int]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.pronoun || m.desc {
				continue
			}
			if m.role != "" || m.t1-m.t0 == 1 || personCue(s.toks, m.t0, m.t1) {
				solid[m.ent] = true
			}
			// Another capitalised name just before or after, across a comma
			// or "and".
			inList := m.t0 > 1 && (s.toks[m.t0-1].text == "," || s.toks[m.t0-1].low == "and") && s.toks[m.t0-2].cap ||
				m.t1+1 < len(s.toks) && (s.toks[m.t1].text == "," || s.toks[m.t1].low == "and") && s.toks[m.t1+1].cap
			if inList {
				listed[m.ent] = true
			} else {
				solid[m.ent] = true
			}
		}
	}
	for id := range listed {
		if !solid[id] && an.ents[id].typ == ePerson {
			an.ents[id].notPerson = true
		}
	}
	// A name any mention shows is not a person's is not one anywhere.
	for i := range an.ents {
		if an.ents[i].notPerson && an.ents[i].typ == ePerson {
			an.ents[i].typ = eNone
		}
	}
	// Mentions take their entity's final type.
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			if m := &an.sents[si].ments[mi]; m.ent >= 0 {
				m.typ = an.ents[m.ent].typ
			}
		}
	}
	// Counts, "the", roles and nationality.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent < 0 {
				continue
			}
			e := &an.ents[m.ent]
			e.count++
			if m.hasThe {
				e.hasThe = true
			}
			if m.role != "" {
				an.addRole(e, m.role, si, mi)
			}
		}
		an.appositives(s, si)
	}
	// Pass 3: pronouns and descriptions.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			switch {
			case m.pronoun:
				m.ent = an.resolvePronoun(si, mi)
			case m.desc:
				m.ent = an.resolveDesc(s, m, si)
			}
			if m.ent >= 0 && (m.pronoun || m.desc) {
				an.ents[m.ent].count++
			}
		}
	}
}

// liveIDs drops entities merged into others.
func (an *analysis) liveIDs(ids []int) []int {
	var out []int
	for _, id := range ids {
		if an.ents[id].alias < 0 {
			out = append(out, id)
		}
	}
	return out
}

// mergeNameSuffixes links a person's shorter name to the one longer name it
// ends ("Kilroy Silk" and "Robert Kilroy Silk"), so that both are never
// offered side by side. The shorter entity stays as an alias.
func (an *analysis) mergeNameSuffixes() {
	for i := range an.ents {
		an.ents[i].alias = -1
	}
	for a := range an.ents {
		ea := &an.ents[a]
		if ea.typ != ePerson && ea.typ != eNone {
			continue
		}
		wa := strings.Fields(strings.ToLower(ea.name))
		target := -1
		for b := range an.ents {
			eb := &an.ents[b]
			if b == a || eb.typ != ePerson && eb.typ != eNone {
				continue
			}
			wb := strings.Fields(strings.ToLower(eb.name))
			if len(wb) <= len(wa) || strings.Join(wb[len(wb)-len(wa):], " ") != strings.Join(wa, " ") {
				continue
			}
			if target >= 0 {
				target = -2
				break
			}
			target = b
		}
		if target < 0 {
			continue
		}
		ea.alias = target
		if ea.typ == ePerson {
			an.ents[target].typ = ePerson
		}
	}
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			m := &an.sents[si].ments[mi]
			if m.ent >= 0 && an.ents[m.ent].alias >= 0 {
				m.ent = an.ents[m.ent].alias
			}
		}
	}
	for i := range an.ents {
		if an.ents[i].alias >= 0 {
			an.ents[i].typ = eNone
		}
	}
}

// addRole records a role phrase for a person.
func (an *analysis) addRole(e *entity, raw string, si, mi int) {
	words := strings.Fields(raw)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i == 0 && an.lowerSet[lw] && !isAcronym(w) && !isCountry(strings.TrimSuffix(lw, "'s")) {
			words[i] = lw // "Union leader" at the start of a sentence
		}
		if titleWords[lw] && !isAcronym(w) {
			words[i] = lw
			e.titles[lw] = true
		}
		if ci, ok := countryByAdj[lw]; ok && e.country < 0 {
			e.country = ci
		}
		if ci, ok := countryByName[strings.ToLower(strings.TrimSuffix(w, "'s"))]; ok && e.country < 0 {
			e.country = ci
		}
	}
	if len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) {
		words = words[1:]
	}
	text := strings.Join(words, " ")
	text = strings.ReplaceAll(text, " 's", "'s")
	if text == "" {
		return
	}
	for _, r := range e.roles {
		if strings.EqualFold(r.text, text) {
			return
		}
	}
	e.roles = append(e.roles, roleRef{text: text, raw: raw, sent: si, ment: mi, lower: strings.ToLower(text)})
}

// appositives finds "Name, the/a ROLE," and records the role.
func (an *analysis) appositives(s *sent, si int) {
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.ent < 0 || m.typ != ePerson || m.t1+2 >= len(s.toks) || s.toks[m.t1].text != "," {
			continue
		}
		j := m.t1 + 1
		start := j
		hasHead := false
		for ; j < len(s.toks) && j < start+7; j++ {
			t := s.toks[j]
			if t.text == "," || t.text == "." {
				break
			}
			if !t.word && t.low != "'s" {
				hasHead = false
				break
			}
			if headTitles[t.low] {
				hasHead = true
			}
		}
		if !hasHead || j >= len(s.toks) || (s.toks[j].text != "," && s.toks[j].text != ".") {
			continue
		}
		first := s.toks[start].low
		if first != "the" && first != "a" && first != "an" && !isNationality(first) && !s.toks[start].acro && !isCountry(first) && !titleWords[first] {
			continue
		}
		raw := s.text[s.toks[start].start:s.toks[j-1].end]
		an.addRole(&an.ents[m.ent], raw, si, mi)
	}
}

// resolvePronoun links "He"/"She" to a person of the sentence before: its
// subject normally, but the last person named when the pronoun's verb is
// passive ("He was fired" follows "Trump fired James Comey").
func (an *analysis) resolvePronoun(si, mi int) int {
	s := &an.sents[si]
	m := &s.ments[mi]
	passive := m.t1+1 < len(s.toks) && (s.toks[m.t1].low == "was" || s.toks[m.t1].low == "were") && strings.HasSuffix(s.toks[m.t1+1].low, "ed")
	// Earlier in the same sentence first.
	for k := mi - 1; k >= 0; k-- {
		if p := s.ments[k]; p.typ == ePerson && p.ent >= 0 && !p.modifier {
			return p.ent
		}
	}
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		var people []int
		for _, p := range an.sents[back].ments {
			if p.typ == ePerson && p.ent >= 0 && !p.modifier {
				people = append(people, p.ent)
			}
		}
		if len(people) == 0 {
			continue
		}
		if passive {
			return people[len(people)-1]
		}
		return people[0]
	}
	return -1
}

// resolveDesc links a description such as "the veteran Russian diplomat" to
// the most prominent person whose nationality and title fit it.
func (an *analysis) resolveDesc(s *sent, m *mention, si int) int {
	words := s.toks[m.t0:m.t1]
	head := words[len(words)-1].low
	country := -1
	for _, w := range words {
		if ci, ok := countryByAdj[w.low]; ok {
			country = ci
		}
	}
	best, bestScore := -1, 0
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || e.first > si {
			continue
		}
		if country >= 0 && e.country != country {
			continue
		}
		ok := false
		for _, t := range roleClasses[head] {
			if e.titles[t] {
				ok = true
			}
		}
		if !ok {
			continue
		}
		score := e.count*10 - (si - e.first)
		if best < 0 || score > bestScore {
			best, bestScore = id, score
		}
	}
	return best
}

// findQuotes finds quotations and their speakers: the person before or
// after a speech verb outside the quotation ("Lavrov said", "said Lavrov",
// "according to Lavrov").
func (an *analysis) findQuotes(s *sent) {
	var spans [][2]int
	open := -1
	for i := 0; i < len(s.text); i++ {
		if s.text[i] != '"' {
			continue
		}
		if open < 0 {
			open = i
		} else {
			if i-open > 2 {
				spans = append(spans, [2]int{open, i + 1})
			}
			open = -1
		}
	}
	if len(spans) == 0 {
		return
	}
	inQuote := func(pos int) bool {
		for _, sp := range spans {
			if pos >= sp[0] && pos < sp[1] {
				return true
			}
		}
		return false
	}
	speaker := -1
	for ti, t := range s.toks {
		if !speechVerbs[t.low] || inQuote(t.start) || t.low == "saying" || t.low == "called" || t.low == "described" {
			continue
		}
		for mi, m := range s.ments {
			if m.typ != ePerson || m.ent < 0 || inQuote(m.start) {
				continue
			}
			after := m.t0 == ti+1 || m.r0 == ti+1
			if t.low == "told" || t.low == "tells" || t.low == "asked" || t.low == "urged" || t.low == "praised" || t.low == "called" {
				after = false // the person told is not the speaker
			}
			if m.t1 == ti || after || (t.low == "according" && m.r0 == ti+2) {
				speaker = mi
			}
		}
		if speaker >= 0 {
			break
		}
	}
	for _, sp := range spans {
		s.quotes = append(s.quotes, quoteSpan{start: sp[0], end: sp[1], speaker: speaker})
	}
}
