package quiz

// Stage 3, mentions and types: capitalised runs, dates and numbers in a
// sentence become mentions typed as people, organisations (outlets apart),
// places, sites, events and works by cue words, given names and lists.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	company    bool // the words around it, or the lists, show it is a company
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
	depth  []int    // quoteDepths(toks), made on first use
}

// depths is quoteDepths of the sentence's tokens, made once: many stages ask.
func (s *sent) depths() []int {
	if s.depth == nil {
		s.depth = quoteDepths(s.toks)
	}
	return s.depth
}

// written is the entity's name as a sentence writes it: "the White House".
func (e *entity) written() string {
	if e.hasThe {
		return "the " + e.name
	}
	return e.name
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
	// company is set when a mention shows the organisation is a company:
	// a listed company, or its shares, profits or boss named after it.
	company bool
	// team is set for a town's name that names its team ("Liverpool
	// have signed…"): a club, whatever the lists say of the town.
	team bool
}

// roleRef is a role phrase the article gives a person.
type roleRef struct {
	text  string // normalised for display: "Russia's foreign minister"
	raw   string // as written in the sentence
	sent  int
	ment  int
	lower string
}

// clauseStart reports whether token i opens a sentence or a quotation, where
// ordinary words are capitalised too.
func clauseStart(toks []tok, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].text
	// "…bogged down. But Callum said…": a quotation holds sentences of
	// its own, each opening with a capital.
	return p == "\"" || p == ":" || p == "(" || p == "-" || p == "'" || p == "." || p == "?" || p == "!"
}

// writtenBare reports the words of name written somewhere in the article
// without "'s" after them.
func (an *analysis) writtenBare(name []tok) bool {
	key := ""
	for _, t := range name {
		key += t.text + " "
	}
	return memo(&an.bare, key, func() bool { return an.scanBare(name) })
}

// scanBare is writtenBare, worked out.
func (an *analysis) scanBare(name []tok) bool {
	for si := range an.sents {
		toks := an.sents[si].toks
		for k := 0; k+len(name) <= len(toks); k++ {
			same := true
			for x := range name {
				if toks[k+x].text != name[x].text {
					same = false
					break
				}
			}
			if same && (k+len(name) == len(toks) || toks[k+len(name)].low != "'s") {
				return true
			}
		}
	}
	return false
}

// dayOpeners before a weekday make it a day: "last Wednesday".
var dayOpeners = wordSet("on last next this every that each")

// findDayClubs notes the clubs of the built-in lists whose names end in a
// weekday ("Sheffield Wednesday") that the article names: there a bare
// "Wednesday" may be the club.
func (an *analysis) findDayClubs() {
	var b strings.Builder
	for _, s := range an.sents {
		b.WriteString(s.text)
		b.WriteByte(' ')
	}
	text := b.String()
	for _, g := range knownGroups {
		for _, n := range g.names {
			w := strings.Fields(n)
			if last := w[len(w)-1]; weekdayIndex(last) >= 0 && len(w) > 1 && strings.Contains(text, n) {
				if an.dayClubs == nil {
					an.dayClubs = map[string]string{}
				}
				an.dayClubs[strings.ToLower(last)] = n
			}
		}
	}
}

func (an *analysis) findMentions(s *sent) {
	toks := s.toks
	for i := 0; i < len(toks); {
		if i > 0 && monthIndex(toks[i].text) >= 0 && toks[i-1].cap && isFirstName(toks[i-1].low) && !nextIsNumber(toks, i+1) {
			// "Mark May", "Theresa May": a surname, not a month.
			i++
			continue
		}
		if t := toks[i]; t.cap && an.dayClubs[t.low] != "" && !(i > 0 && (datePreps[toks[i-1].low] || dayOpeners[toks[i-1].low])) {
			// "Wednesday equalised" in a report on Sheffield Wednesday:
			// the club, which linking joins to its full name.
			s.ments = append(s.ments, mention{typ: eOrg, t0: i, t1: i + 1, r0: i, start: t.start, end: t.end, text: t.text, ent: -1, month: -1})
			i++
			continue
		}
		if weekdayIndex(toks[i].text) >= 0 && i+1 < len(toks) && outletWords[toks[i+1].low] {
			// "the Sunday Times": a newspaper, no day.
		} else if n := an.dateAt(s, i); n > 0 {
			i += n
			continue
		}
		if n := numberAt(s, i); n > 0 {
			i += n
			continue
		}
		t := toks[i]
		if partyStateTag(toks, i) {
			// "Sen. Patricia Delgado, D-New Haven,": her party and town,
			// no one's name.
			for i++; i < len(toks) && toks[i].cap && toks[i].word; i++ {
			}
			continue
		}
		if pronounsPerson[t.low] && toks[0].low == "born" && toks[i-1].text == "," && !slices.ContainsFunc(s.ments, func(m mention) bool { return m.pronoun }) {
			// "Born Margaret Cullinan in 1933, she was…": the one she is
			// goes by that name at birth.
			s.ments = append(s.ments, mention{typ: ePerson, pronoun: true, t0: i, t1: i + 1, r0: i, start: t.start, end: t.end, text: t.text, ent: -1, month: -1})
			i++
			continue
		}
		if n := titleInQuotes(s, i); n > 0 {
			// "The Lantern Under the Stairs": a title in quotation
			// marks is one name, small words and all.
			s.ments = append(s.ments, mention{t0: i, t1: i + n, r0: i, start: t.start, end: toks[i+n-1].end, text: s.text[t.start:toks[i+n-1].end], ent: -1, month: -1})
			i += n
			continue
		}
		if !t.word || !(t.cap || t.acro) || t.num || currencyGlued(t.text) || compoundAdjective(t.text) || pronounWords[t.low] && !clauseStart(toks, i) && !pronounsPerson[t.low] || strings.HasPrefix(t.low, "i'") {
			// ("I'm Bellwood's": no one called I'm Bellwood.)
			i++ // "…not missing school. It's changed our lives.": no firm called It's
			continue
		}
		if t.cap && t.word && i >= 4 && toks[i-1].text == ")" && toks[i-3].text == "(" && toks[i-2].cap && toks[i-4].cap && isFirstName(toks[i-4].low) && !titleWords[toks[i-4].low] {
			// "Mattie (Hollins) Kincaid": the surname after a maiden name
			// in brackets is hers, never the one the story names "Kincaid".
			for i < len(toks) && toks[i].cap && toks[i].word {
				i++
			}
			continue
		}
		if (t.low == "former" || t.low == "acting" || t.low == "interim" || t.low == "outgoing") && clauseStart(toks, i) && i+1 < len(toks) && toks[i+1].cap && toks[i+1].word {
			i++ // "Former Australia captain Greg Whitfield": a role's first word, no body's "Former Australia"
			continue
		}
		if t.low == "born" && clauseStart(toks, i) && i+1 < len(toks) && toks[i+1].cap && toks[i+1].word {
			i++ // "Born Archibald Thomas Dunsmuir on 14 March 1941": the name after it
			continue
		}
		if (clauseStart(toks, i) || t.low == "a" || t.low == "an") && !t.acro && (stopwords[t.low] || an.lowerSet[t.low] && !serviceNamed(toks, i) && !placeOpensFirm(toks, i) && !an.namedWithin(toks, i) || openingAdjectives[t.low] && i+1 < len(toks) && toks[i+1].acro) && countryByName[t.low] == 0 && !isCountry(t.low) && !titleWords[t.low] && !bodyOfCountry(toks, i) {
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
		if e := an.titleRun(toks, i); e > 0 {
			j = e // "Her debut, Salt and Cedar, …", and "Salt and Cedar" after it
		}
		for j < len(toks) {
			u := toks[j]
			month := monthIndex(u.text) >= 0 && !(j == i+1 && isFirstName(toks[i].low) && !nextIsNumber(toks, j+1) && u.low != "jan" && u.low != "dec") &&
				!(j > i && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && !nextIsNumber(toks, j+1) && isFirstName(u.low) && an.writesName(toks[i].text, toks[j+1].text)) // "Wiktor Jan Zarembski", after "Wiktor Zarembski": his middle name
			if honorifics[u.low] && j > i && !titleWords[toks[j-1].low] && !honorifics[toks[j-1].low] {
				break // "in California Mr Torvalds said": a new name starts
			}
			if j > i && legalSlashSuffix(toks, j) {
				break // "Skagerak Vind A/S": the firm's legal form, no word of its name
			}
			if u.text == "\"" && j > i && (isFirstName(toks[j-1].low) || j == i+1 && i > 0 && (headTitles[toks[i-1].low] || personNouns[toks[i-1].low]) || j+1 < len(toks) && isFirstName(toks[j+1].low) ||
				j == i+1 && clauseStart(toks, i) && j+4 < len(toks) && toks[j+4].text == ",") && j+3 < len(toks) && toks[j+1].cap && toks[j+1].word && toks[j+2].text == "\"" && toks[j+3].cap && toks[j+3].word && !isFirstName(toks[j+3].low) {
				j += 3 // "Mayor Rodolfo "Dodong" Villaruz", "the musician Tunde "Sparrow" Ajayi", "Wiremu "Bill" Tautahi": a nickname inside the name
				continue
			}
			if u.text == "\"" && j > i && isFirstName(toks[j-1].low) && j+4 < len(toks) && toks[j+1].cap && toks[j+1].word && toks[j+2].cap && toks[j+2].word && toks[j+3].text == "\"" && toks[j+4].cap && toks[j+4].word && !isFirstName(toks[j+4].low) {
				j += 4 // "Ernesto "Tatay Esting" Lumapas": a nickname of two words inside the name
				continue
			}
			if u.text == "." && (middleInitial(toks, j) || j == i+1 && leadInitial(toks, j)) {
				j++ // "John G. Roberts", "P. Ramesh": the initial's full stop is in the name
				continue
			}
			if u.text == "I" && j > i && j+1 < len(toks) && firstPersonVerbs[toks[j+1].low] {
				break // "as affecting as any Lear I have seen": the critic's "I", no "Lear I" (but "George I was crowned")
			}
			if u.word && (u.cap || u.acro) && !u.num && !month && (weekdayIndex(u.text) < 0 || known(s.text[toks[i].start:u.end]) != nil || j+1 < len(toks) && outletWords[toks[j+1].low]) && !compoundAdjective(u.text) {
				j++
				continue
			}
			if nameParticles[u.text] && j > i && (isFirstName(toks[i].low) || honorifics[toks[i].low]) {
				// "Pieter van der Meulen", "Vasco da Gama": a given name's
				// surname may open with a particle.
				e := j
				for e < len(toks) && nameParticles[toks[e].text] {
					e++
				}
				if e < len(toks) && e-j <= 2 && toks[e].cap && toks[e].word && !toks[e].num {
					j = e
					continue
				}
			}
			if (u.low == "y" || u.low == "yr") && j > i && welshHeads[toks[i].low] && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word {
				j += 2 // "Côr Meibion y Garreg", "Ysgol y Moelwyn": a Welsh body's name holds its article
				continue
			}
			if u.low == "'s" && j <= i+2 && groupOwners[toks[j-1].low] && bodyWordSoon(toks, j+1) {
				j++ // "Dayton Children's Hospital", "Great Ormond Street"-style names of a group's body
				continue
			}
			if u.low == "'s" && j == i+1 && groupOwners[toks[i].low] && j+1 < len(toks) && toks[j+1].cap && orgAfterAnd(toks, j) {
				j++ // "the People's Trust for Endangered Species", "the Children's Society"
				continue
			}
			if u.low == "'s" && (j == i+1 && saintOwners[toks[i].low] || j == i+2 && (toks[i].low == "st" || toks[i].low == "st." || toks[i].low == "saint")) && bodyWordSoon(toks, j+1) {
				j++ // "King's College London", "St Thomas' Hospital", "St Brigid's Community School": one name
				continue
			}
			if u.text == "," && j > i+2 && headOfIn(toks, i, j) {
				// "the Kenya Union of Tea, Coffee and Allied Plantation
				// Workers": a union's list of trades is one name.
				if e := tradeListEnd(toks, j); e > j {
					j = e
					continue
				}
			}
			if u.text == "," && j > i+1 && portfolioHeads[toks[i].low] && ofIn(toks, i, j) {
				// "the Ministry of Housing, Communities and Local
				// Government": a ministry's list of portfolios is one name.
				if e := portfolioListEnd(toks, j); e > j {
					j = e
					continue
				}
			}
			if u.text == "," && j == i+1 && j+3 < len(toks) && toks[j+1].cap && toks[j+1].word && toks[j+2].text == "&" && toks[j+3].cap && !isFirstName(toks[i].low) {
				j++ // "Mwangi, Achieng & Mutua Associates", "Chua, Lim & Partners": one firm of partners' names
				continue
			}
			if (u.text == "&" || u.text == "+" && u.start > toks[j-1].end) && j > i && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word {
				j += 2 // "Tate & Lyle", "Marks & Spencer", "Asthma + Lung UK": one name; not a "C+" grade
				continue
			}
			if u.word && !u.cap && !stopwords[u.low] && j-i >= 3 && toks[j-1].cap && toks[j-2].low == "and" && !isVerbish(u.low) && !speechVerbs[u.low] && orgAfterAnd(toks, j) {
				// "the Medicines and Healthcare products Regulatory
				// Agency": a lower-case word inside a body's long name.
				j++
				continue
			}
			if u.low == "and" && j > i && !givenNameIn(toks[i:j]) && (j-i <= 3 || j-i <= 5 && !isFirstName(toks[i].low) && !slices.ContainsFunc(toks[i:j], func(t tok) bool { return orgWords[t.low] })) && orgAfterAnd(toks, j) && !sideBeforeAnd(toks, j) && !(i >= 2 && toks[i-1].text == "," && toks[i-2].cap) && (!orgWords[toks[j-1].low] || fieldPlurals[toks[j-1].low] || initialsFollow(toks, i, j)) {
				// "the Competition and Markets Authority", "the National
				// Disaster Risk Reduction and Management Council": one body; but
				// "Lloyds, Halifax and Bank of Scotland" ends a list, and
				// so does "Marsh Valley Council and Fen District Council".
				j++
				continue
			}
			if u.low == "and" && j == i+1 && portfolioWords[toks[i].low] && portfolioTitleAfter(toks, j+1) {
				j++ // "Health and Family Welfare Minister Ramesh Gowda": one office
				continue
			}
			if u.low == "and" && j == i+1 && portfolioWords[toks[i].low] && countryEndsRun(toks, j+1) {
				j++ // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": one department
				continue
			}
			if u.low == "and" && j == i+1 && j+1 < len(toks) && toks[j+1].cap && isCountry(toks[i].low+" and "+toks[j+1].low) {
				j++ // "Bosnia and Herzegovina", "Trinidad and Tobago": one country
				continue
			}
			if u.low == "and" && j == i+1 && j+1 < len(toks) && toks[j+1].cap && isState(toks[i].low+" and "+toks[j+1].low) {
				j++ // "Argyll and Bute", "Perth and Kinross": one council area
				continue
			}
			if u.low == "and" && (toks[i].text == "NHS" || toks[i].text == "HM") && j <= i+3 && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word {
				j++ // "NHS Dumfries and Galloway", "HM Revenue and Customs": one body
				continue
			}
			if u.low == "and" && j > i+2 && headOfIn(toks, i, j) && pluralTail(toks, j+1) {
				j++ // "the Federation of Uganda Medical and Allied Health Interns": one body
				continue
			}
			if u.low == "and" && j > i+1 && j+1 < len(toks) && toks[j+1].cap && portfolioWords[toks[j-1].low] && portfolioWords[toks[j+1].low] && ofIn(toks, i, j) {
				j++ // "the Office of Rail and Road", "Department for Business and Trade"
				continue
			}
			if u.low == "at" && j >= i+3 && toks[i].low == "university" && toks[i+1].low == "of" && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && !clauseStart(toks, j+1) {
				// "the University of Texas at Austin": a campus is part of
				// the university's name.
				e := j + 1
				for e < len(toks) && e <= j+3 && toks[e].cap && toks[e].word {
					e++
				}
				j = e
				break
			}
			if u.low == "on" && j > i && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && panelHeads[toks[j-1].low] && toks[j-1].cap && weekdayIndex(toks[j+1].text) < 0 && monthIndex(toks[j+1].text) < 0 {
				// "the Joint Committee on Vaccination and Immunisation",
				// "the Intergovernmental Panel on Climate Change": what the
				// body sits on is part of its name.
				e := j + 1
				for e < len(toks) && toks[e].cap && toks[e].word {
					e++
				}
				if e+1 < len(toks) && toks[e].low == "and" && toks[e+1].cap && toks[e+1].word {
					for e++; e < len(toks) && toks[e].cap && toks[e].word; e++ {
					}
				}
				j = e
				continue
			}
			if (u.low == "of" || u.low == "for") && j+2 < len(toks) && toks[j+1].low == "the" && toks[j+2].cap && toks[j+2].word && (orgHeads[toks[j-1].low] || forTheHeads[toks[j-1].low]) {
				// "the Organization of the Petroleum Exporting Countries", "the
				// Central Agency for the Reception of Asylum Seekers".
				for j += 3; j < len(toks) && toks[j].cap && toks[j].word; j++ {
				}
				if j+1 < len(toks) && toks[j].low == "of" && toks[j+1].cap && toks[j+1].word {
					j += 2
				}
				continue
			}
			if u.low == "of" && j+2 < len(toks) && toks[j-1].low == "office" && toks[j+1].low == "the" && toks[j+2].cap && titleWords[toks[j+2].low] {
				// "the Office of the Director of Public Prosecutions", "the
				// Office of the Auditor General": one body, named for its head.
				j += 3
				if j+1 < len(toks) && toks[j].low == "of" && toks[j+1].cap && toks[j+1].word {
					j += 2
				}
				continue
			}
			if u.word && (u.low == "of" || u.low == "for" || u.low == "al" || u.low == "el" || u.low == "bin" || u.low == "de" || u.low == "del" || u.low == "della" || u.low == "dos" || u.low == "das" || u.low == "von" || u.low == "van" || u.low == "da" || u.low == "do" && portugueseDo(toks, j)) &&
				j+1 < len(toks) && toks[j+1].cap && !(u.low == "for" && memberTitles[toks[j-1].text]) && (u.low != "of" && u.low != "for" || anyOrgish(toks[j-1:j]) || u.low == "for" && honourHeads[toks[j-1].low] || u.low == "of" && (toks[j-1].low == "cup" || toks[j-1].low == "tour" || toks[j-1].low == "festival" || known(strings.Join(tokTexts(toks[i:j+2]), " ")) != nil)) {
				j += 2
				continue
			}
			break
		}
		an.nameSeq(s, i, j)
		if n := len(s.ments); n > 0 && s.ments[n-1].t1 > j {
			j = s.ments[n-1].t1 // "Sir John Rogerson's Quay" took in the words after the name
		}
		i = j
	}
}

// portugueseDo reports "do" at token j inside a Portuguese name: a
// person's ("Jorge do Carmo") or a place's ("Largo do Rato"). Not the
// English verb ("Americans do Thanksgiving"), nor a thing named for
// someone ("Escolinha do Marimbondo"), whose last word is still his.
func portugueseDo(toks []tok, j int) bool {
	p := toks[j-1].low
	return isFirstName(p) || portuguesePlaceWords[p]
}

// portuguesePlaceWords open a Portuguese place's name before "do", "da"
// or "dos".
var portuguesePlaceWords = wordSet("largo praça praca rua avenida rio porto vila ilha serra morro campo vale cabo")

// bodyRunFrom reports a run of two to four capitalised words from token
// i that ends with a body's word: "People Power Party leader Han
// Dong-sik" opens with the party's whole name, though "people" is a
// common word.
func bodyRunFrom(toks []tok, i int) bool {
	e := i + 1
	for e < len(toks) && e < i+4 && toks[e].cap && toks[e].word && !toks[e].num {
		e++
	}
	return e-i >= 2 && (toks[e-1].low == "party" || toks[e-1].low == "union" || toks[e-1].low == "alliance" || toks[e-1].low == "front" || toks[e-1].low == "movement")
}

// shipPrefixes open a ship's name.
var shipPrefixes = wordSet("MF MV MS MY RMS HMS HMAS HMCS HMNZS SS USS USNS INS")

// joinedAs reports a name one joins as something ("joining Asante Kotoko
// as an 18-year-old") or plays or signs for ("signed for Hearts of
// Oak"): a club or a firm, never a person.
func joinedAs(toks []tok, i, j int) bool {
	if i == 0 {
		return false
	}
	switch p := toks[i-1].low; {
	case p == "joining" || p == "joined" || p == "joins" || p == "join":
		if j+2 < len(toks) && toks[j].low == "for" && (toks[j+2].low == "fee" || toks[j+1].num) {
			return true // "joining Vitesse Arnhem for a fee reported at…": a transfer
		}
		return j+1 < len(toks) && toks[j].low == "as" && (toks[j+1].low == "a" || toks[j+1].low == "an")
	case p == "for" && i >= 2:
		switch toks[i-2].low {
		case "signed", "signing", "signs", "played", "playing", "plays", "starred", "scored":
			return true
		}
	case p == "of" && i >= 2:
		// "joined the youth ranks of Asante Kotoko", "on the books of
		// Hearts of Oak": a club's.
		return toks[i-2].low == "ranks" || toks[i-2].low == "books" || toks[i-2].low == "academy" && !toks[i-2].cap
	}
	return false
}

// productNouns after a name make it a product's: "the Harbex Atlas
// platform", "the Sable Note app".
var productNouns = wordSet("platform app apps software chatbot console handset smartphone headset chipset engine")

// legalSlashSuffix reports a company's legal form written with a slash at
// token j: "A/S", "K/S", "I/S" (Danish and Norwegian firms).
func legalSlashSuffix(toks []tok, j int) bool {
	return j+2 < len(toks) && len(toks[j].text) == 1 && toks[j].cap && toks[j+1].text == "/" && toks[j+2].text == "S" &&
		toks[j+1].start == toks[j].end && toks[j+2].start == toks[j+1].end
}

// countryEndsRun reports a run of two to four capitalised words from token
// k whose last is a country: "Climate Change Canada".
func countryEndsRun(toks []tok, k int) bool {
	e := k
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].word && !toks[e].num {
		e++
	}
	return e-k >= 2 && isCountry(toks[e-1].low) && (e == len(toks) || !toks[e].cap)
}

// regionDemonyms are the adjectives of regions and peoples within
// countries, written before a name as a nationality is: "the 41-year-old
// Catalan Jordi Puigvert".
var regionDemonyms = wordSet(`catalan basque galician andalusian breton corsican sardinian sicilian bavarian flemish walloon
	cornish manx texan californian québécois quebecois tasmanian kashmiri punjabi bengali tamil kurdish tibetan uyghur yoruba zulu`)

// languageNames are languages that are no nationality's adjective.
var languageNames = wordSet(`latin swahili mandarin cantonese sanskrit hebrew gaelic urdu hindi tamil bengali punjabi
	yoruba igbo hausa amharic zulu xhosa afrikaans esperanto korean arabic kurdish persian catalan basque tibetan
	wolof jola mandinka fula lingala kikuyu tigrinya oromo shona twi quechua aymara guarani tagalog javanese`)

// deskNoun reports a trade whose people work "at" a firm or a body, never
// at a person: "analyst", "economist", "strategist", "researcher".
func deskNoun(low string) bool {
	sing := strings.TrimSuffix(low, "s")
	return (strings.HasSuffix(sing, "ist") || strings.HasSuffix(sing, "yst") || sing == "researcher" || sing == "trader" || sing == "broker") && !originNouns[low]
}

// townNouns name a town or a city, never a state: "the old mining town of…".
var townNouns = wordSet("town city village port suburb")

// theBefore reports "the" or "a" up to three plain words before token k:
// "the abandoned railroad town".
func theBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].low == "the" || toks[j].low == "a" {
			return true
		}
		if !toks[j].word || toks[j].cap {
			return false
		}
	}
	return false
}

// bossTitles before "of" make the name after it a body's: "managing
// director of Marches Connect".
var bossTitles = wordSet("director chairman chairwoman chair founder owner ceo spokesman spokeswoman spokesperson")

// welshHeads open the names of Welsh bodies: a choir, a school, a
// chapel, a club, a society, a college.
var welshHeads = wordSet("côr ysgol capel eglwys clwb cymdeithas coleg prifysgol canolfan")

// craftTails end the names of instruments and craft.
var craftTails = wordSet("telescope rover probe spacecraft satellite observatory lander orbiter")

// treatyName reports the name of a treaty: "European Convention on Human
// Rights", "Treaty of Rome", "Kyoto Protocol"; but "the Convention of
// Scottish Local Authorities" is a body.
func treatyName(name []tok) bool {
	for k, t := range name {
		switch t.low {
		case "treaty", "protocol":
			return true
		case "convention":
			if k+1 < len(name) && name[k+1].low == "on" {
				return true
			}
		}
	}
	return false
}

// benefitTails end the names of state payments.
var benefitTails = wordSet("allowance benefit pension credit supplement")

// builtNouns are buildings that stand at a place: "the train shed at
// Carlisle Northgate", "the works at Shildon".
var builtNouns = wordSet("shed sheds station terminus depot works mill mills viaduct bridge yard yards shipyard dockyard foundry pier")

// compassNames end a street's name: "Queen Street West".
var compassNames = wordSet("north south east west")

// firmTitles before a name are trades a firm may be called by too:
// "Publisher Harrow & Lyle", "the label Rough & Ready".
var firmTitles = wordSet("publisher publishers label distributor agency studio developer builder architects")

// programmeTails end the name of a scheme: "Input Support Programme".
var programmeTails = wordSet("programme program scheme initiative")

// tokTexts returns the texts of toks.
func tokTexts(toks []tok) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// currencyGlued reports an amount written with its currency's letters
// in front: "Sh2,700", "Tk12,500", "KSh450".
func currencyGlued(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' })
	return i > 0 && i <= 3 && !strings.ContainsFunc(w[i:], unicode.IsLetter)
}

// partyStateTag reports an American politician's party and home town or
// state after a comma or bracket: "D-New Haven", "R-Texas", "(I-Vt.)".
func partyStateTag(toks []tok, i int) bool {
	w := toks[i].text
	return i > 0 && (toks[i-1].text == "," || toks[i-1].text == "(") && len(w) >= 3 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// portfolioHeads open the names of ministries that list their portfolios.
var portfolioHeads = wordSet("ministry department school faculty commission minister secretary")

// portfolioListEnd returns the end of ", Communities and Local Government"
// starting at the comma at token j: portfolios in capitals, more commas,
// then "and" and portfolios; or j when the words do not run so
// ("Department for Education, Ofsted and Ofqual" lists three bodies).
func portfolioListEnd(toks []tok, j int) int {
	k := j
	for k < len(toks) && toks[k].text == "," {
		e := k + 1
		for e < len(toks) && toks[e].cap && toks[e].word && portfolioWords[toks[e].low] {
			e++
		}
		if e == k+1 || e >= len(toks) {
			return j
		}
		k = e
	}
	if toks[k].low != "and" || k+1 >= len(toks) || !portfolioWords[toks[k+1].low] {
		return j
	}
	k++
	for k < len(toks) && toks[k].cap && toks[k].word && (portfolioWords[toks[k].low] || toks[k].low == "government") {
		k++
	}
	return k
}

// forumWords head the names of movements and parties after "for": "the
// Forum for National Renewal", "the Campaign for Nuclear Disarmament".
var forumWords = wordSet("forum campaign platform initiative convention")

func anyOrgish(ts []tok) bool {
	for _, t := range ts {
		if orgWords[t.low] || placeWords[t.low] || headTitles[t.low] || t.low == "university" || t.low == "gulf" || t.low == "chamber" || forumWords[t.low] {
			return true
		}
	}
	return false
}

func isCountry(low string) bool {
	_, ok := countryByName[low]
	return ok
}

// writesName reports the article writing first and last together as a
// name ("Wiktor Zarembski" in the headline): then "Wiktor Jan Zarembski
// was born…" opens on his given name, though it ends like "director".
func (an *analysis) writesName(first, last string) bool {
	name := first + " " + last
	if strings.Contains(an.art.Title, name) {
		return true
	}
	for _, p := range an.art.Paragraphs {
		for _, s := range p {
			if strings.Contains(s, name) {
				return true
			}
		}
	}
	return false
}

// streamedOn reports "on" before token i after a word of streaming or
// broadcasting, perhaps with "now" between: "streaming now on Loftlight",
// "airs on Channel 4".
func streamedOn(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "on" {
		return false
	}
	k := i - 2
	if toks[k].low == "now" && k > 0 {
		k--
	}
	switch toks[k].low {
	case "streaming", "streams", "stream", "streamed", "airs", "aired", "airing", "broadcast", "broadcasts":
		return true
	}
	return false
}

// headlineQuote matches a quotation in a headline that opens on a capital
// and stands apart from the words around it: 'Small Mercies' in
// "Whitcombe's 'Small Mercies' finds big laughs", not the "'s" before it.
var headlineQuote = regexp.MustCompile(`(?:^|[\s(:])['‘"“]([A-Z][^'‘’"“”]{0,60}?)['’"”](?:[\s,.:;!?)]|$)`)

// headlineTitles returns the names the headline puts in quotation marks on
// their own, two to six words that all open on a capital or are small
// title words: a critic's headline names the work so ('Ferry Season',
// 'Small Mercies'), and no one's name is written that way.
func (an *analysis) headlineTitles() map[string]bool {
	if an.titleQuotes != nil {
		return an.titleQuotes
	}
	an.titleQuotes = map[string]bool{}
	for _, m := range headlineQuote.FindAllStringSubmatch(an.art.Title, -1) {
		f := strings.Fields(m[1])
		if len(f) < 2 || len(f) > 6 {
			continue
		}
		ok := true
		for i, w := range f {
			r, _ := utf8.DecodeRuneInString(w)
			ok = ok && (unicode.IsUpper(r) || i > 0 && smallTitleWords[w])
		}
		if ok {
			an.titleQuotes[m[1]] = true
		}
	}
	return an.titleQuotes
}

// openingGerund reports a word ending in "-ing" that opens a clause as a
// verb does ("Losing", "Blaming"), and not as a name or a place of the
// lists does ("Sterling", "Reading").
func openingGerund(low string) bool {
	return len(low) > 5 && strings.HasSuffix(low, "ing") && !isFirstName(low) && known(low) == nil && !titleWords[low]
}

// eateryNouns after a name and "'s" may make it a place's name: "Sandy
// Bell's bar", "Rosie's diner".
var eateryNouns = wordSet("bar pub restaurant café cafe diner tavern bistro brasserie")

// writtenOnce reports a capitalised word the body writes once only,
// and the headline not at all.
func (an *analysis) writtenOnce(w string) bool {
	return an.wordCount(strings.ToLower(w)) <= 1 && !strings.Contains(an.art.Title, w)
}

// namedWithin reports a capitalised common word at token i that opens a
// name the article writes inside a sentence too: "Salt Memory, which had
// its premiere…" after "forty minutes into Salt Memory" is the work's
// whole name, not "Memory" after a sentence's "Salt".
func (an *analysis) namedWithin(toks []tok, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].cap || !toks[i+1].word || stopwords[toks[i].low] || titleWords[toks[i+1].low] || headTitles[toks[i+1].low] {
		return false // (and "Housing Minister Daniel Okafor" is an office's holder)
	}
	return an.midNames[toks[i].low+" "+toks[i+1].low]
}

// writesAlone reports the article writing a capitalised word on its own,
// after a lower-case word or opening a sentence, as a surname is written
// once its owner is known ("Kranjc retained the jersey").
func (an *analysis) writesAlone(w string) bool {
	for _, p := range an.art.Paragraphs {
		for _, s := range p {
			for from := 0; ; {
				i := strings.Index(s[from:], w)
				if i < 0 {
					break
				}
				i += from
				from = i + len(w)
				if from < len(s) && isWordByte(s[from]) {
					continue
				}
				before := strings.TrimRight(s[:i], " ")
				if i > 0 && len(before) == i {
					continue // inside a word
				}
				if before == "" {
					return true
				}
				if f := strings.Fields(before); len(f) > 0 {
					if r := f[len(f)-1]; r[0] >= 'a' && r[0] <= 'z' && r != "the" {
						return true
					}
				}
			}
		}
	}
	return false
}

// inQuotedTitle reports a run [i, j) inside quotation marks that hold
// only capitalised words, as a title does: "Her first collection, "Water
// Hyacinth Season," appeared in 1979".
func inQuotedTitle(toks []tok, i, j int) bool {
	a, b := titleMarks(toks, i, j, "\"", "\"", 4, false)
	if toks[max(i-1, 0)].text == ":" && b != j {
		return false // "The Patient Lattice: Margarethe Voss and the Shape of Matter" is about her; "Rice and Rain: Recipes From Hue" is all title
	}
	return a >= 0 && b >= 0 && a < i-1
}

// translatedTitle reports a name inside the brackets that give a quoted
// title's English after it: "Bir Bahar Gecesi" (One Spring Night).
func translatedTitle(toks []tok, i, j int) bool {
	a, b := titleMarks(toks, i, j, "(", ")", 3, true)
	if a < 1 || b < 0 {
		return false
	}
	// "Golau Gaeaf (Winter Light, 1992)": unquoted, the year tells it.
	return toks[a-1].text == "\"" || toks[a-1].cap && toks[a-1].word && datedBracket(toks, j, b)
}

// datedBracket reports a year among tokens [j, b) before a closing
// bracket: "(Winter Light, 1992)" dates a work; no actor's name is dated.
func datedBracket(toks []tok, j, b int) bool {
	return slices.ContainsFunc(toks[j:b], func(t tok) bool { return isYear(t) })
}

// titleMarks returns the marks open and close around the run [i, j) when
// only a title's words lie between them (capitalised ones, within back
// tokens before the run, and numbers when nums is set; small words after
// it), or -1 for either that is missing.
func titleMarks(toks []tok, i, j int, open, close string, back int, nums bool) (int, int) {
	a := i - 1
	for a >= 0 && toks[a].text != open {
		if (!toks[a].cap && !(nums && toks[a].num) && !stopwords[toks[a].low] || !toks[a].word) && !(toks[a].text == ":" && a == i-1) || a < i-back {
			return -1, -1
		}
		a--
	}
	b := j
	for b < len(toks) && toks[b].text != close {
		if toks[b].word && !toks[b].cap && !stopwords[toks[b].low] && !(nums && toks[b].num) || b > j+4 {
			return -1, -1
		}
		b++
	}
	if b >= len(toks) {
		return a, -1
	}
	return a, b
}

// openingPositions are positions in a team, not agent nouns, that open a
// sentence before a player's name: "Opposite Kiera Van Dyke led all
// scorers".
var openingPositions = wordSet("opposite libero")

// nameSeq types a run of capitalised tokens [i, j) and records it, splitting
// off any leading titles as the role of the person named after them.
func (an *analysis) nameSeq(s *sent, i, j int) {
	toks := s.toks
	if quotedNickname(toks, i, j) {
		return // 'known simply as "Coach Joe"': what they called him, no second person
	}
	if j-i == 2 && clauseStart(toks, i) && !isFirstName(toks[i].low) && !titleWords[toks[i].low] && !honorifics[toks[i].low] {
		if g := known(toks[i+1].low); g != nil && g.typ == eOrg {
			// "Rival Tesco announced…": the capital of a word opening the
			// sentence, then the firm.
			an.nameSeq(s, i+1, j)
			return
		}
	}
	if j-i >= 2 && clauseStart(toks, i) && openingGerund(toks[i].low) && an.writesAlone(s.text[toks[i+1].start:toks[j-1].end]) {
		// "Losing Nyamira is not a surprise": a verb's capital where a
		// sentence opens, then the county the article names alone.
		an.nameSeq(s, i+1, j)
		return
	}
	if j < len(toks) && toks[j].start == toks[j-1].end && strings.ContainsAny(toks[j].text, currencySigns) && strings.IndexAny(toks[j].text, currencySigns) == 0 {
		return // "a US$5,000 bonus", "NZ$46": the country names the currency
	}
	if j-i >= 2 && programmeTails[toks[j-1].low] {
		// "the Farmer Input Support Programme": a scheme, though its
		// first word names a trade; no one is called Input Support
		// Programme.
		s.ments = append(s.ments, mention{t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1, notPerson: true})
		return
	}
	if j-i >= 3 && strings.HasSuffix(toks[i].low, "-year-old") {
		an.nameSeq(s, i+1, j) // "Twenty-year-old Riley Hapuku": an age, then the name
		return
	}
	// "the former Labour MP, Mike Amesbury": a party and an office, then
	// the name; the office is no part of the party's name.
	for j-1 > i && (memberTitles[toks[j-1].text] || postNominals[toks[j-1].text]) && (j == len(toks) || !toks[j].cap) {
		j-- // "Conor McGrath SC", "Melbourne Inman KC": a barrister's rank
	}
	if j+1 < len(toks) && toks[j].low == "'s" && toks[j+1].cap && placeWords[toks[j+1].low] && (j+2 == len(toks) || !toks[j+2].cap && toks[j+2].low != "of") {
		// "Sir John Rogerson's Quay", "St Thomas's Hospital": a place
		// named for someone, not the person. ("Britain's House of
		// Commons" is no such name.)
		if j-i >= 2 && !isCountry(strings.ToLower(s.text[toks[i].start:toks[j-1].end])) {
			s.ments = append(s.ments, mention{t0: i, t1: j + 2, r0: i, start: toks[i].start, end: toks[j+1].end, text: s.text[toks[i].start:toks[j+1].end], ent: -1, month: -1, typ: eSite})
			return
		}
	}
	if (pluralPossessive(toks, j) || j > 0 && j+1 < len(toks) && toks[j].low == "'s" && irregularPlurals[toks[j-1].low] && toks[j+1].cap) && bodyWordSoon(toks, j+1) {
		// "York Magistrates' Court", "the Farmers' Union", "Wesley
		// Girls' High School", "the British Academy Children's Awards":
		// one body.
		e := j + 1
		for e < len(toks) && e < j+4 && toks[e].cap && toks[e].word {
			e++
			if orgWords[toks[e-1].low] || placeWords[toks[e-1].low] {
				break // the body's word ends its name
			}
		}
		s.ments = append(s.ments, mention{t0: i, t1: e, r0: i, start: toks[i].start, end: toks[e-1].end, text: s.text[toks[i].start:toks[e-1].end], ent: -1, month: -1, typ: eOrg})
		return
	}
	ownName := false
	if j < len(toks) && toks[j].low == "'s" && toks[j].start == toks[j-1].end {
		switch {
		case known(s.text[toks[i].start:toks[j].end]) != nil:
			j++ // "McDonald's", "Sainsbury's": the 's is part of a known name
		case j+1 < len(toks) && (auxiliaries[toks[j+1].low] || speechVerbs[toks[j+1].low] || isPastVerb(toks, j+1)) && (honorifics[toks[i].low] && !courtesyTitles[toks[i].low] || !an.writtenBare(toks[i:j])) &&
			!hasContracted[toks[j+1].low] && !givenNameIn(toks[i:j]):
			// "… drugmaker Dr Reddy's fell 93%": a possessive with nothing
			// possessed is a shop's or a firm's own name; but "Halvard's
			// fell 2%" after "Halvard" alone leaves out its shares, and
			// "Ms Ostrowski's rose" after "Ms Ostrowski said" her rating.
			j++
			ownName = true
		}
	}
	k := i
	whole := known(s.text[toks[i].start:toks[j-1].end])
	// Leading country, nationality and title words form a role prefix
	// ("Bishop Auckland" is a town, though).
	// "Senior Minister of State for Transport Lim Wei Jie": the portfolio
	// after "for" ends the title.
	// ("Under-Secretary-General for Humanitarian Affairs" too.)
	officeFor := i >= 2 && toks[i-1].low == "for" && (titleWords[lastHyphenPart(toks[i-2].low)] || toks[i-2].low == "state") && !firmTail(toks[j-1].low) && !orgWords[toks[j-1].low]
	for k < j-1 && toks[k+1].low != "'s" && !(whole != nil && whole.typ == ePlace) { // "King's College": no King
		low := toks[k].low
		if officeFor && (portfolioWords[low] || low == "and" && portfolioWords[toks[k+1].low] || !isFirstName(low) && !noGivenName(toks[k+1:j-1])) && k+2 < j {
			k++ // "Minister of State for Trade Promotion Ciarán Hegarty"
			continue
		}
		if low == "col" && !toks[k+1].cap {
			break // "the Col de Rousset": a mountain pass, no colonel
		}
		if hyphenIn(titleWords, low) || honorifics[low] || isNationality(low) || low == "cabinet" && titleWords[toks[k+1].low] || (isCountry(low) || isState(low) || toks[k].acro) && hyphenIn(titleWords, toks[k+1].low) ||
			(low == "con" || low == "con.") && k > i && (toks[k-1].low == "det" || toks[k-1].low == "det." || toks[k-1].low == "detective") {
			k++ // "Det Con Laura Benson": a detective constable
			continue
		}
		if k > i && k+2 < j && titleWords[toks[k-1].low] && titleWords[toks[k+1].low] && !isFirstName(low) && low != "of" && low != "for" {
			k++ // "Chief Financial Officer Katrin Vollmer": a word within the title
			continue
		}
		break
	}
	if k > i && k+1 < j && (toks[k].low == "of" || toks[k].low == "for") && titleWords[toks[k-1].low] && (allPortfolio(toks[k+1:j]) || j < len(toks) && toks[j].text == "," && j-k <= 3) {
		// "the Minister for Housing, Conor Fitzmaurice", "the
		// Commissioner for Standards, Daniel Greenhalgh": an office, no
		// one's name.
		return
	}
	if k > i && k+2 < j && (toks[k].low == "of" || toks[k].low == "for") && titleWords[lastHyphenPart(toks[k-1].low)] {
		// (and "Under-Secretary-General for Humanitarian Affairs")
		// "Secretary of State Marco Rubio", "Minister for Health Ann
		// Lee": the title goes on to the given name.
		for x := k + 1; x < j-1; x++ {
			if isFirstName(toks[x].low) {
				k = x
				break
			}
		}
		if toks[k].low == "of" || toks[k].low == "for" {
			// "Minister of Agriculture, Land and Fisheries Delroy Mohan":
			// the name starts after the portfolios, given name known or not.
			x := k + 1
			for x < j && (portfolioWords[toks[x].low] || toks[x].text == "," || toks[x].low == "and") {
				x++
			}
			if x > k+1 && x < j && j-x <= 3 && toks[x].cap && toks[x-1].text != "," && toks[x-1].low != "and" {
				k = x
				for k < j-1 && honorifics[toks[k].low] {
					k++ // "Secretary for Health Dr Chifundo Banda": the doctor's title is no part of the name
				}
			}
		}
		if toks[k].low == "of" || toks[k].low == "for" {
			// "MP for Harrow West": an office and its seat, no one's name;
			// "the Minister of Commerce, Trade and Industry": its
			// portfolios, no body's.
			if !allPortfolio(slices.DeleteFunc(slices.Clone(toks[k+1:j]), func(t tok) bool { return t.text == "," })) {
				an.nameSeq(s, k+1, j)
			}
			return
		}
	}
	hasTitle := false
	for x := i; x < k; x++ {
		if hyphenIn(headTitles, toks[x].low) || honorifics[toks[x].low] {
			hasTitle = true
		}
	}
	if officeFor && k > i && (portfolioWords[toks[k-1].low] || isFirstName(toks[k].low)) {
		hasTitle = true
	}
	if k == i && j-i >= 3 && i >= 3 && toks[i-1].low == "the" && toks[i-2].low == "of" && headTitles[toks[i-3].low] && toks[i-3].cap && orgWords[toks[i].low] && isFirstName(toks[i+1].low) {
		k = i + 1 // "President of the Congress Lucía Benavides": the body ends the title
	}
	if k > i && i >= 3 && toks[i-1].low == "the" && toks[i-2].low == "of" && headTitles[toks[i-3].low] && toks[i-3].cap {
		hasTitle = true // "Leader of the Opposition Ranjit Kalita"
	}
	if k == i+1 && j == k+1 && toks[i].low == "general" && generalTown(toks, i) {
		k, hasTitle = i, false // "a cemetery in General Santos", "near General Levalle": a town, no general
	}
	if k > i && k < j && streetAbbrevs[strings.TrimSuffix(toks[k].low, ".")] {
		k, j, hasTitle = i, k+1, false // "260 King St. W.": a street, no king named "St. W."
	}
	if ownName || k > i && surelyFirmTails[toks[j-1].low] || k > i && (orgWords[toks[j-1].low] || placeWords[toks[j-1].low] || docWords[toks[j-1].low]) && (!isFirstName(toks[k].low) || j-k >= 3 && !isFirstName(toks[j-2].low)) || k > i && venueIn(toks[k:j]) || raceName(toks[i:j]) {
		// "Dr Reddy's" is the firm's whole name; "Official Charts
		// Company" a body whose name starts with a title word; "Queen
		// Mary University of London" a university, not a queen; "King
		// Abdullah Financial District" a district.
		k, hasTitle = i, false
	}
	if !hasTitle {
		k = i
		// "Former Liberal Democrat MP Jackie Ballard": the name follows
		// the last title word, after capitalised words of the role.
		for x := j - 3; x >= i; x-- {
			// "House Minority Leader Hakeem Jeffries", "Works Minister
			// Sarat Chandra Mohapatra": a name the lists do not know
			// after the last title word.
			given := isFirstName(toks[x+1].low) || (j-x == 3 || j-x == 4) && x > i && plainNameWords(toks[x+1:j])
			if (headTitles[toks[x].low] || honorifics[toks[x].low] || pluralTitle(toks[x].low)) && !orgWords[toks[j-1].low] && !placeWords[toks[j-1].low] && !docWords[toks[j-1].low] && !surelyFirmTails[toks[j-1].low] && given && !venueIn(toks[x:j]) {
				k, hasTitle = x+1, true
				break
			}
		}
	}
	if k == i && j-i >= 3 && demonymNouns[toks[i].low] {
		k = i + 1 // "Briton Tim Henman": the nationality is no part of the name
	}
	if k == i && j-i >= 3 && len(toks[i].text) == 1 && toks[i].cap && isFirstName(toks[i+1].low) {
		k = i + 1 // "F Luka Brandt left in the second quarter": a box score's position, no initial
	}
	if k == i && !hasTitle && j-i >= 3 && i > 0 && toks[i-1].low == "and" && portfolioWords[toks[i].low] && isFirstName(toks[i+1].low) {
		k = i + 1 // "Minister for Housing, Local Government and Heritage Ciarán Moynihan": the office's last word
	}
	if k == i && !hasTitle && j-i >= 4 && clauseStart(toks, i) && !isFirstName(toks[i].low) && isNationality(toks[i+1].low) && plainNameWords(toks[i+2:j]) {
		k = i + 2 // "Unseeded Malaysian Lim Wei Jie claimed…": a word of praise and a nationality before the name
	}
	if last := toks[j-1].low; k == i && !hasTitle && (j-i == 3 || j-i >= 4 && j-i <= 5 && (nameParticles[toks[i+2].low] || plainNameWords(toks[i+1:j]))) && (isNationality(toks[i].low) || regionDemonyms[toks[i].low]) && !isCountry(toks[i].low) && !orgWords[last] && !placeWords[last] && !docWords[last] && !eventWords[last] &&
		(isFirstName(toks[i+1].low) || j-i == 3 && i > 1 && toks[i-1].word && !toks[i-1].cap && !stopwords[toks[i-1].low] && !determiners[toks[i-1].low] && plainNameWords(toks[i+1:j]) ||
			j-i == 3 && i > 0 && toks[i-1].low == "the" && plainNameWords(toks[i+1:j]) && an.writesAlone(toks[j-1].text)) && known(s.text[toks[i].start:toks[j-1].end]) == nil && !(j < len(toks) && toks[j].low == "'s") {
		// "with Belgian Thibault Vanrenterghem fourth": a rider's
		// nationality; "by the young Estonian Kaarel Vihmand" too, though
		// the lists lack Kaarel (but not "the American Red Cross"), and
		// "the Slovenian Matej Kranjc" when "Kranjc" acts alone elsewhere.
		k = i + 1
	}
	if k == i && !hasTitle && j-i >= 3 && clauseStart(toks, i) && (agentNoun(toks[i].low) && !an.writesName(toks[i].text, toks[j-1].text) || personNouns[toks[i].low] || openingPositions[toks[i].low]) && (!isFirstName(toks[i].low) || schoolYears[toks[i].low] && j-i == 3 && isFirstName(toks[i+1].low)) && (isFirstName(toks[i+1].low) || j-i == 3 && plainNameWords(toks[i+1:j]) && !orgWords[toks[i].low]) {
		// "Forecaster Helen Dobbs said…", "Neighbour Marcus Bell said…": a
		// sentence may open with the person's trade, capitalised only
		// because it comes first; "Petitioner Rohit Pawar" too, though the
		// lists lack Rohit.
		k = i + 1
	}
	if k == i && !hasTitle && j-i >= 3 {
		// "Liberal Democrat Sarah Teather", "Republican Mitch Harlow": a
		// party before a given name is no part of the name.
		for x := i + 1; x < j-1 && x <= i+2; x++ {
			if !partyWords[toks[x-1].low] {
				break
			}
			if isFirstName(toks[x].low) && j-x <= 3 {
				k = x
				break
			}
		}
	}
	if k > i && k+1 < j && (toks[k].low == "of" || toks[k].low == "for") {
		// "The Parliamentary Commissioner for Standards, Daniel Greenhalgh",
		// "the MP for Ashbourne and Derwent Valley": what the office is
		// for is no one's name.
		an.nameSeq(s, k+1, j)
		return
	}
	if j-i >= 4 && i > 0 && toks[i-1].low == "the" && officeOf(toks[i:j]) {
		// "by the Union Minister of Housing and Urban Affairs": the holder
		// of an office, no body and no one's name.
		s.ments = append(s.ments, mention{typ: ePerson, desc: true, t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1})
		return
	}
	if j-i >= 2 && i > 0 && (toks[i-1].low == "the" && allTitles(toks[i:j]) || toks[i-1].low == "'s" && noGivenName(toks[i:j-1])) && headTitles[toks[j-1].low] {
		// "the Chief Minister told reporters", "Alberta's Transportation
		// Minister said": the holder of an office, not a person called
		// Minister or Transportation Minister.
		s.ments = append(s.ments, mention{typ: ePerson, desc: true, t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1})
		return
	}
	if hasTitle && j-k == 1 && k > i && i > 0 && toks[i-1].low == "the" && an.lowerSet[toks[k].low] {
		// "voted with the Official Opposition", after "the opposition
		// parties": a body's name, not an official called Opposition.
		k, hasTitle = i, false
	}
	unitAfter := j < len(toks) && adminUnits[toks[j].low] && !toks[j].cap
	if unitAfter && hasTitle {
		// "Moquegua's General Sanchez Cerro province": a province named
		// for a general, not the general.
		k, hasTitle = i, false
	}
	if hasTitle && j < len(toks) && toks[j].num && numberedNouns[toks[j-1].low] {
		// "Executive Order 9066": a numbered order, whose first word is
		// no title of anyone's.
		k, hasTitle = i, false
	}
	if k > i && k < j && (auxiliaries[toks[k].low] || stopwords[toks[k].low]) {
		return // "The Ambassador Has No Country": a work's title, no ambassador named "Has No Country"
	}
	name := toks[k:j]
	text := s.text[name[0].start:name[len(name)-1].end]
	if q := slices.IndexFunc(name, func(t tok) bool { return t.text == "\"" }); q > 0 && q+3 < len(name) && name[q+2].text == "\"" {
		text = s.text[name[0].start:name[q-1].end] + " " + s.text[name[q+3].start:name[len(name)-1].end] // the nickname left out
		if an.nicks == nil {
			an.nicks = map[string]string{}
		}
		an.nicks[name[q+1].low] = name[q-1].low // "Maisie Hehir" later is Margaret Hehir
		if an.nickNames == nil {
			an.nickNames = map[string]string{}
		}
		an.nickNames[name[q+1].low] = text
	} else if q > 0 && q+4 < len(name) && name[q+3].text == "\"" {
		text = s.text[name[0].start:name[q-1].end] + " " + s.text[name[q+4].start:name[len(name)-1].end] // a nickname of two words left out
	}
	low := strings.ToLower(text)
	m := mention{t0: k, t1: j, r0: k, start: name[0].start, end: name[len(name)-1].end, text: text, ent: -1, month: -1}
	if k > 0 && toks[k-1].low == "the" {
		m.hasThe = true
	}
	if j < len(toks) && (toks[j].low == "'s" || toks[j].text == "'" && strings.HasSuffix(toks[j-1].low, "s") || modifierNouns[toks[j].low] || titleWords[toks[j].low] && !toks[j].cap || memberTitles[toks[j].text]) {
		m.modifier = true // "Gallas' header", "Trump aides"
	}
	last := name[len(name)-1].low
	if officeHeads[last] && !isFirstName(name[0].low) && known(low) == nil {
		// "expected to be named Chief Minister", "the Chief Electoral
		// Officer said": an office, whose last word is never a surname;
		// after "the" it stands for its holder.
		if i > 0 && toks[i-1].low == "the" {
			s.ments = append(s.ments, mention{typ: ePerson, desc: true, t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1})
		}
		return
	}
	switch {
	case len(name) == 2 && koreanGiven(name[0].text) && koreanSurnames[last] && !m.hasThe:
		m.typ = ePerson // "the soprano Ji-won Park": a Korean given name, and no park
	case len(name) == 1 && (isNationality(low) || regionAdjectives[low] && !m.hasThe) || len(name) >= 2 && isNationality(low) && !isCountry(low) && !hasTitle:
		return // an adjective, not a name: "South Korean shares rose", "in Asian trading"
	case len(name) == 2 && pointWords[name[0].low] && isNationality(last) && !hasTitle:
		return // "the West Australian said": a state's people, no one's name
	case len(name) == 2 && pointWords[name[0].low] && (isState(last) || isCountry(last)) && !isContinent(low) && !isCountry(low) && !isState(low) && known(low) == nil && !hasTitle:
		m.typ, m.sub = ePlace, subState // "the Red Cross of Southwest Ohio": a part of the state
	case i > 0 && !hasTitle && (toks[i-1].num || numberWordIndex(toks[i-1].low) >= 2) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "'s"):
		// "two Aston Martins", "three Oscars": things counted, not a person.
		m.typ, m.notPerson = eNone, true
	case j < len(toks) && (toks[j].low == "index" || toks[j].low == "indices" || toks[j].low == "indexes") && !hasTitle:
		m.typ, m.notPerson = eNone, true // "the Nifty Bank index": a share index, no firm
	case len(name) >= 2 && !hasTitle && !docWords[last] && !eventWords[last] && initialsAfter(toks, j, name):
		m.typ = eOrg // "Christian Democratic Appeal (CDA)": a body known by its initials; not "the General Data Protection Regulation (GDPR)"
	case len(name) >= 2 && portfolioWords[name[0].low] && isCountry(strings.ToLower(strings.Join(tokTexts(name[1:]), " "))) && !hasTitle:
		m.typ = eOrg // "Fisheries New Zealand", "Health Canada", "Transport Scotland": a government body
	case !hasTitle && j+2 < len(toks) && toks[j].text == "(" && toks[j+2].text == ")" && yearFrom(toks[j+1], 1500):
		m.typ, m.notPerson = eNone, true // "include Low Water (2009) and Ferry Weather (2021)": works and their years
	case !hasTitle && len(name) >= 2 && last == "department" && slices.ContainsFunc(name, func(t tok) bool { return serviceWords[t.low] }):
		m.typ = eOrg // "the Western Berks Fire Department": a service, not a French département
	case !hasTitle && (len(name) >= 2 && adminUnits[last] || j < len(toks) && !toks[j].cap && (adminUnits[toks[j].low] || adminUnits[strings.TrimSuffix(toks[j].low, "s")])):
		m.typ, m.sub = ePlace, subState // "Iwate Prefecture", "Iwate and Aomori prefectures": regions
	case !hasTitle && len(name) >= 2 && name[0].low == "off":
		m.typ, m.notPerson = eNone, true // "Off Broadway productions": a kind of theatre, no one
	case !hasTitle && len(name) <= 2 && streamedOn(toks, i):
		m.typ, m.notPerson = eOrg, true // "now streaming on Loftlight": a service, no one
	case !hasTitle && an.headlineTitles()[text]:
		m.typ, m.notPerson = eNone, true // the headline's "Whitcombe's 'Small Mercies' finds big laughs": a work's title
	case !hasTitle && quotedWhole(toks, i, j):
		m.typ, m.notPerson = eNone, true // "and "Honey Tax," a collaboration with…": a song's title in quotation marks
	case len(name) == 1 && !hasTitle && i > 0 && (toks[i-1].low == "near" || toks[i-1].low == "outside") && !isFirstName(low) && known(low) == nil:
		m.typ, m.sub = ePlace, 2 // "on the cliffs near Portreath": a town
	case !hasTitle && j+1 < len(toks) && toks[j].text == "," && workAppositive(toks, j+1):
		m.typ, m.notPerson = eNone, true // "Ferry Season, the fourth album from…": a title, no one
	case !hasTitle && i >= 2 && (toks[i-1].text == "," || toks[i-1].text == "(") && titledWorks[toks[i-2].low]:
		m.typ, m.notPerson = eNone, true // "Her final book, Bartholomew Looks at the Stars,": a title, no one
	case len(name) >= 2 && craftTails[last] && !hasTitle:
		m.typ, m.notPerson = eNone, true // "NASA's James Webb Space Telescope": an instrument, though James is a given name
	case len(name) >= 2 && benefitTails[last] && !hasTitle:
		m.typ, m.notPerson = eNone, true // "Disability Allowance", "Jobseeker's Benefit": a payment, no one
	case len(name) >= 2 && indicatorAcronyms[last]:
		m.typ, m.notPerson = eNone, true // "Dutch GDP rose": a measure, no body
	case len(name) == 2 && isNationality(name[0].low) && name[1].acro && !hasTitle:
		m.typ, m.notPerson = eOrg, true // "The Scottish FA said": a body
	case len(name) == 2 && (name[0].text == "La" || name[0].text == "El" || name[0].text == "Il") && !hasTitle && !isFirstName(name[1].low):
		m.typ, m.notPerson = eNone, true // "returning to La Scala", "El País": a house or a paper, no one
	case len(name) >= 2 && shipPrefixes[name[0].text]:
		m.typ, m.notPerson = eNone, true // "the MF Lundeskjær", "HMS Belfast": a ship
	case len(name) >= 2 && !hasTitle && joinedAs(toks, i, j):
		m.typ, m.notPerson = eOrg, true // "before joining Asante Kotoko as an 18-year-old", "signed for Hearts of Oak", "the youth ranks of Asante Kotoko": a club
	case len(name) >= 2 && !hasTitle && j < len(toks) && productNouns[toks[j].low] && !isFirstName(name[0].low):
		m.typ, m.notPerson = eNone, true // "its Veridane Atlas platform": a product, no one
	case legalSlashSuffix(toks, j) && !hasTitle:
		m.typ, m.company = eOrg, true // "Skagerak Vind A/S": a Danish or Norwegian company
	case len(name) == 1 && (low == "ltd" || low == "plc" || low == "inc" || low == "llc" || low == "limited"):
		m.typ, m.notPerson = eNone, true // "Aquaclean Services (Scotland) Ltd": the bracket split off the firm's suffix, no name
	case len(name) >= 3 && !hasTitle && slices.ContainsFunc(name[:len(name)-1], func(t tok) bool { return t.low == "cup" || t.low == "tour" || t.low == "festival" }) && slices.ContainsFunc(name, func(t tok) bool { return t.low == "of" }):
		m.typ, m.notPerson = eNone, true // "the Africa Cup of Nations", "the Tour of Flanders": an event, no body
	case len(name) >= 2 && !hasTitle && treatyName(name):
		m.typ, m.notPerson = eNone, true // "the European Convention on Human Rights", "the Treaty of Rome": a law, no body
	case len(name) >= 4 && portfolioWords[name[0].low] && name[1].low == "and" && isCountry(last) && !hasTitle:
		m.typ = eOrg // "Environment and Climate Change Canada": a department
	case len(name) == 1 && titleWords[low] && j < len(toks) && toks[j].text == "(":
		return // "Deputy Inspector General (Gazipur) Abdul Mannan": the title's last word, no one's name
	case len(name) >= 2 && last == "act" && !hasTitle:
		m.typ, m.notPerson = eNone, true // "the Trade Union Act 2016": a law, no body
	case len(name) == 2 && sportBodies[name[0].low] && !hasTitle && !isFirstName(name[0].low) && !orgWords[name[1].low]:
		m.typ = eOrg // "Netball Otago", "Hockey Canada": a sport's governing body
	case len(name) == 2 && (name[0].text == "Co" || name[0].text == "Co.") && !orgWords[name[1].low] && !hasTitle:
		m.typ, m.sub = ePlace, subState // "Ballincollig, Co Cork": an Irish county
	case len(name) == 1 && (placeWords[low] || orgWords[low] || numberedLeagues[low]) && j < len(toks) && toks[j].num && !hasTitle:
		return // "the city's District 3", "Terminal 5", "Ligue 1": a numbered label, no name to offer alone
	case len(name) == 1 && i > 0 && toks[i-1].low == "'s" && orgWords[low] && !hasTitle:
		return // "the Premier's Department": the body's common head, no name to ask
	case !hasTitle && len(name) >= 2 && i >= 2 && (toks[i-1].low == "a" || toks[i-1].low == "an" || (toks[i-2].low == "a" || toks[i-2].low == "an") && toks[i-1].word && !toks[i-1].cap):
		m.typ, m.notPerson = eNone, true // "she drove a council Morris Minor": a thing, no one's name
	case !hasTitle && bracketThenDoc(toks, j):
		// "the Digital Credit Services (Regulation) Bill": the opening of
		// a law's title, no body.
		m.typ, m.notPerson = eNone, true
	case len(name) == 2 && partyWords[last] && (isState(name[0].low) || isCountry(name[0].low)):
		// "an Idaho Republican whose state…": a label of party and
		// state, not a name.
		m.typ, m.notPerson = eNone, true
	case len(name) == 2 && (isCountry(last) || isContinent(last)) && eraWords[name[0].low]:
		m.typ, m.notPerson = eNone, true // "Roman Britain", "Victorian England": a time and place, not a person
	case len(name) == 1 && (placeWords[low] && clauseStart(toks, i) && !m.hasThe && !oneWordSeats[low] || firmTail(low)):
		// "Building is expected to start in 2026", "Trains between Exeter
		// and Plymouth were cancelled": a common noun opening the sentence.
		return
	case len(name) == 1 && commonAcronyms[strings.ToUpper(strings.TrimSuffix(name[0].text, "s"))] && !hasTitle:
		return // "a leading MP": a common noun in capitals
	case len(name) == 1 && (outletAcronyms[name[0].text] || wireAgencies[low]) || len(name) >= 2 && (outletWords[last] || outletAcronyms[name[0].text]) && !hasTitle:
		// "BBC Radio Sheffield", "BBC One": a broadcaster's channel.
		m.typ, m.sub = eOrg, subOutlet
	case isContinent(low):
		m.typ, m.sub = ePlace, subRegion
	case low == "washington" && i >= 2 && toks[i-1].text == "," && toks[i-2].cap && !clauseStart(toks, i-2) && (j == len(toks) || !toks[j].cap):
		m.typ, m.sub = ePlace, subState // "Vancouver, Washington": the state after its town
	case low == "georgia" && an.usStates:
		m.typ, m.sub = ePlace, subState // "Clayton County, Georgia"
	case isCountry(low):
		m.typ, m.sub = ePlace, 1
		if ci := countryByName[low]; true {
			m.text = countries[ci].name
		}
		m.text = text
	case isState(low):
		m.typ, m.sub = ePlace, subState
	case cityCountry[low] > 0 || cityExtra[low] || low == strings.ToLower(countries[0].capital):
		m.typ, m.sub = ePlace, 2
	case len(name) >= 2 && !hasTitle && resourceFirmTails[last] && !isFirstName(name[0].low):
		// "Bafokeng Ridge Platinum", "Kestrel Copper": a mining firm,
		// whose short name ("Bafokeng Ridge") then names it too.
		m.typ, m.company = eOrg, true
	case ownName || strings.Contains(text, " & ") && (!hasTitle || k > i && firmTitles[toks[k-1].low]):
		// "Dr Reddy's", and "Harrison & Webb": two names joined by "&"
		// make a firm, never a person; "Publisher Harrow & Lyle" too.
		m.typ, m.company = eOrg, true
	case len(name) >= 2 && len(name) <= 3 && (isCountry(last) || len(name) == 3 && isCountry(name[1].low+" "+last)) && isASCII(text) && !stopwords[name[0].low] && !notNameWords[name[0].low] && !isNationality(name[0].low) && !hasTitle && !isFirstName(name[0].low):
		// "Cycling UK", "Historic England", "Statistics South Africa": a
		// body named for its country.
		// A name in another language ("Fuerza Aérea Argentina") may be
		// the article's English name of the same body, so it stays untyped.
		m.typ = eOrg
	case hasTitle && (k == j-1 && streetWords[toks[k].low] || k == j-2 && streetWords[toks[k].low] && compassNames[toks[j-1].low]):
		// "Vicar Lane", "Bishop Street", "Queen Street West": a street,
		// not a vicar called Lane.
		m = mention{t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1, typ: eSite}
	case hasTitle && slices.ContainsFunc(name, func(t tok) bool { return orgWords[t.low] && !isFirstName(t.low) && t.cap }):
		// "the Sheikh Hasina National Institute of Burn": a body named for
		// someone, not a sheikh called Institute.
		m = mention{t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1, typ: eOrg}
	case len(name) >= 3 && (last == "medal" || last == "prize" || last == "award" || last == "trophy" || last == "ranking" || last == "rankings"):
		// "the Royal Institute of the Architects of Ireland Gold Medal": an
		// honour, no body; "the Official World Golf Ranking": a table, no
		// official called Ranking.
		m.typ, m.notPerson = eNone, true
	case raceName(name):
		m.typ, m.notPerson = eNone, true // "the Queen Mother Champion Chase", "the Grand Annual Handicap Chase": a race
	case hasTitle && an.racing && (racingHorse(toks, i, j) || an.horses[low]):
		// "Lady Bracken, a light-framed bay mare who had won once": a
		// horse named like a lady, and so wherever the name comes again.
		m.typ, m.notPerson = eNone, true
		if an.horses == nil {
			an.horses = map[string]bool{}
		}
		an.horses[low] = true
	case hasTitle && i > 0 && toks[i-1].low == "the" && royalTitles[toks[i].low] && !(j < len(toks) && toks[j].low == "'s"):
		// "walking home from the Queen Elizabeth at two in the morning":
		// a hospital, a ship or a hall named for a queen; the queen
		// herself goes without "the".
		m = mention{t0: i, t1: j, r0: i, start: toks[i].start, end: toks[j-1].end, text: s.text[toks[i].start:toks[j-1].end], ent: -1, month: -1, typ: eSite, notPerson: true}
	case hasTitle:
		m.typ = ePerson
	case known(low) != nil:
		m.typ, m.sub = known(low).typ, known(low).sub
		m.company = m.typ == eOrg && strings.HasPrefix(known(low).class, "k")
	case !hasTitle && j+1 < len(toks) && !toks[j].cap && headTitles[toks[j].low] && toks[j+1].cap && !isFirstName(name[0].low):
		m.typ, m.notPerson = eNone, true // "Leitrim selector Martin Flynn", "Dernaglass member Seán Gilheany": the body before a role
	case !hasTitle && i >= 2 && toks[i-1].text == "\"" && sloganVerbs[toks[i-2].low]:
		m.typ, m.notPerson = eNone, true // "T-shirts reading "Franklin Strong"": a slogan
	case !hasTitle && i > 0 && (toks[i-1].low == "his" || toks[i-1].low == "her" || toks[i-1].low == "their") && len(name) >= 2:
		m.typ, m.notPerson = eNone, true // "driving his Holden Commodore": a thing he owns, no one's name
	case !hasTitle && j+1 < len(toks) && toks[j].low == "'s" && eateryNouns[toks[j+1].low] && an.writtenOnce(name[len(name)-1].text):
		m.typ, m.notPerson = eNone, true // "the sessions in Sandy Bell's bar": a bar's name, no one the story knows
	case !hasTitle && i > 0 && openedWords[toks[i-1].low] && !(j < len(toks) && toks[j].low == "'s"):
		m.typ, m.notPerson = eNone, true // "In 1993 she opened Saigon Rain, a more ambitious dining room": a business, no one
	case !hasTitle && i > 0 && workWords[toks[i-1].low] && !likePerson(toks, i):
		m.typ, m.notPerson = eNone, true // "the band Velvet Harbour"
	case !hasTitle && i > 2 && toks[i-1].low == "in" && playedBefore(toks, i-1) && !(j < len(toks) && toks[j].low == "'s"):
		m.typ, m.notPerson = eNone, true // "who played the shipyard foreman in Winter Dock": a film, no one
	case !hasTitle && i > 1 && toks[i-1].low == "of" && stagingNouns[toks[i-2].low] && !(j < len(toks) && toks[j].low == "'s"):
		m.typ, m.notPerson = eNone, true // "the revival of Blue Remembered Hills": a work; not "a production of Ann Lee's play"
	case !hasTitle && stagedAfter(toks, i) && !(j < len(toks) && toks[j].low == "'s"):
		m.typ, m.notPerson = eNone, true // "rehearsals for WNO's Don Giovanni", "a staging of the company's Carmen": a work
	case !hasTitle && (an.horseNamed(toks, i, j) || boatNamed(toks, j)):
		m.typ, m.notPerson = eNone, true // "the colt Brook Meadow", "The 7-2 favourite, Brampton Lad,", "Copper Canyon, trained by…": a horse
	case !hasTitle && (inQuotedTitle(toks, i, j) || translatedTitle(toks, i, j)):
		m.typ, m.notPerson = eNone, true // "Water Hyacinth Season", a collection's title: no one called Hyacinth
	case len(name) == 1 && name[0].acro && shoutedWord(name[0].text):
		m.typ, m.notPerson = eNone, true // "Moloney is ELECTED on 12,742": a word in capitals, no body
	case len(name) == 1 && name[0].acro:
		m.typ = eOrg
	case len(name) >= 2 && !hasTitle && slices.ContainsFunc(name, func(t tok) bool { return strings.ContainsAny(t.text, "0123456789") && !t.num }):
		m.typ, m.notPerson = eNone, true // "an Aurelia A330-900", "the Galaxy S24": a model, no person
	case len(name) == 2 && (name[0].text == "Al" || name[0].text == "El") && !hasTitle && i > 0 && (wherePreps[toks[i-1].low] || toks[i-1].low == "from") && !isFirstName(name[1].low):
		m.typ, m.sub = ePlace, 2 // "his journey from Al Rimal": a district; "Al Gore" is a given name's
	case len(name) == 2 && !hasTitle && isNationality(name[0].low) && !isCountry(name[0].low) && !isFirstName(name[1].low) && j < len(toks) && toks[j].word && !toks[j].cap && !auxiliaries[toks[j].low] && !speechVerbs[toks[j].low] && !isPastVerb(toks, j) && !orgCue(toks, j):
		m.typ, m.notPerson = eNone, true // "a generation of Chinese Olympic champions": adjectives before a noun, no one's name
	case !hasTitle && i > 0 && toks[i-1].text == "\"" && j < len(toks) && toks[j].text == "\"" && (i < 2 || toks[i-2].text == "(" || toks[i-2].word && !toks[i-2].cap):
		m.typ, m.notPerson = eNone, true // "the album "Casa Vazia" ("Empty House")": a title in quotation marks, no place or person
	case len(name) == 2 && last == "state" && !hasTitle && !matchTalk(toks) && !isState(name[0].low) && an.usStates:
		m.typ = eOrg // "whom he met at Northfield State" in an American story: no state is named so, but a college is
	case len(name) == 2 && last == "state" && !hasTitle && !matchTalk(toks) && !isState(name[0].low):
		m.typ, m.sub = ePlace, subState // "the capital of Edo State", "Lagos State": a state, though Edo is a given name
	case len(name) == 2 && !hasTitle && i > 0 && travelPreps[toks[i-1].low] && cityLand(name[0].text) != "" && !isFirstName(name[1].low) && !isCountry(name[1].low) && !orgWords[name[1].low]:
		m.typ = eSite // "the 9.02 to London Euston", "trains from Manchester Piccadilly": a station
	case len(name) >= 2 && (landOpeners[name[0].low] || streetOpeners[name[0].low]) && !hasTitle:
		m.typ = eSite // "Cwm Elan", "Loch Ness": a valley, a lake
	case len(name) >= 2 && strings.HasSuffix(name[len(name)-1].text, "s") && memberTitles[strings.TrimSuffix(name[len(name)-1].text, "s")]:
		m.typ, m.notPerson = eNone, true // "Opposition MSPs said…": members, no one person
	case j < len(toks) && toks[j].num && numberedNouns[last] && !hasTitle:
		m.typ, m.notPerson = eNone, true // "Senate Bill 1174", "Mile 12", "Terminal 5": a label and its number
	case len(name) >= 2 && !hasTitle && strings.HasSuffix(last, "ns") && an.mentionsPlace(strings.TrimSuffix(text, "ns")):
		m.typ, m.notPerson = eNone, true // "Nova Scotians deserve to know": the people of Nova Scotia
	case len(name) >= 2 && (name[0].low == "studio" || name[0].low == "studios") && !hasTitle:
		m.typ, m.company = eOrg, true // "Studio Kazeguruma", a games or film maker
	case len(name) >= 2 && utilityHeads[name[0].low] && !hasTitle && !streetWords[last]:
		m.typ = eOrg // "Electricity North West", "Water Plus": a utility
	case len(name) >= 2 && (clubPrefixes[name[0].text] || clubPrefixes[name[len(name)-1].text]) && !hasTitle:
		m.typ, m.notPerson = eOrg, true // "BK Häcken", "IFK Göteborg", "Ajax FC": a club's letters
	case len(name) == 2 && stateClubTails[last] && !hasTitle:
		m.typ, m.notPerson = eOrg, true // "América Mineiro", "Atlético Paranaense": a club named for its state, though América is a given name
	case len(name) >= 2 && (name[0].text == "HM" || name[0].text == "NHS") && !hasTitle:
		m.typ = eOrg // "HM Coastguard", "HM Treasury": a crown body; "NHS Dumfries and Galloway": a health board
	case len(name) >= 2 && last == "city" && cityOfName(name[:len(name)-1]):
		m.typ, m.sub = ePlace, 2 // "Benin City", "Mexico City", "Kansas City": a city, not a site
	case bodyHeadOf(name):
		m.typ = eOrg // "the Office of Rail and Road": the office, not the road
	case len(name) >= 3 && (strings.HasSuffix(low, " red cross") || strings.HasSuffix(low, " red crescent")) || len(name) >= 2 && strings.HasSuffix(low, " civil defence"):
		m.typ = eOrg // "the Canadian Red Cross", "the Kazakh Red Crescent", "Marlborough Civil Defence"
	case len(name) == 2 && last == "town" && !hasTitle && !isFirstName(name[0].low) && !notNameWords[name[0].low] && !townNotClub[name[0].low]:
		m.typ = eOrg // "Luton Town", "Ipswich Town": a club; "Cape Town" is a known city
	case len(name) == 2 && (last == "city" || last == "united" || last == "rovers" || last == "athletic") && !hasTitle && !isFirstName(name[0].low) && matchTalk(toks):
		m.typ = eOrg // "beat Northbridge City 2-1": a club, though "Carson City" is a town
	case i >= 3 && toks[i-1].low == "of" && settlementNouns[toks[i-2].low] && (toks[i-3].low == "the" || townNouns[toks[i-2].low] && theBefore(toks, i-2)) && !hasTitle:
		// "around the town of Ed Damazin", "the abandoned railroad town of
		// Sable Fork": a town, though Ed is a given name.
		m.typ, m.sub = ePlace, 2
	case i >= 2 && toks[i-1].low == "of" && (adminUnits[toks[i-2].low] || toks[i-2].low == "state") && !hasTitle && j-i <= 3:
		m.typ, m.sub = ePlace, subState // "the Central Highlands province of Dak Lak": a province
	case len(name) == 2 && isState(name[0].low) && !isFirstName(name[0].low) && !isState(low) && !hasTitle && !placeWords[last] && !orgWords[last]:
		m.typ, m.notPerson = eNone, true // "Minnesota Duluth", "Texas Tech": a state opens no one's name
	case notBodies[low]:
		m.typ, m.notPerson = eNone, true // "National Insurance contributions": a tax, not an insurer
	case len(name) >= 2 && name[0].low == "team" && !hasTitle:
		m.typ = eOrg // "Team Kestrel-Alpine", "Team GB"
	case len(name) == 3 && name[1].low == "north" && last == "end" && !hasTitle:
		m.typ = eOrg // "Preston North End": a club
	case len(name) == 2 && teamNicknames[last] && !hasTitle:
		m.typ = eOrg // "Leigh Leopards", "Warrington Wolves": a club
	case len(name) == 2 && name[0].acro && len(name[0].text) >= 3 && strings.Trim(name[0].text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && name[1].text != strings.ToUpper(name[1].text) && !hasTitle && !isFirstName(name[1].low):
		m.typ, m.notPerson = eOrg, true // "FNV Havens", "NHS Lothian": a body's initials and its branch, no one's name
	case !hasTitle && len(name) <= 3 && bornIn(toks, i):
		m.typ = ePlace // "Born on 9 February 1941 in Ton Pentre": a village, though Ton is a given name
	case len(name) == 2 && name[0].low == "general" && generalTown(toks, i):
		m.typ = ePlace // "General Santos", "General Levalle"
	case !hasTitle && i > 0 && vesselNouns[toks[i-1].low]:
		m.typ, m.notPerson = eNone, true // "the migrant rescue ship Aurora Libera": a vessel, no woman
	case !hasTitle && i >= 2 && toks[i-1].low == "of" && craftNouns[toks[i-2].low]:
		m.typ, m.notPerson = eNone, true // "a weaver of Harris Tweed": what is made, no one's name
	case !hasTitle && an.art.isVenue(low):
		m.typ, m.notPerson = eSite, true // "Soi Lamyai", which the review's listing places at 412 Illawarra Road
	case !hasTitle && i >= 2 && toks[i-1].low == "at" && mealWords[toks[i-2].low]:
		m.typ, m.notPerson = eSite, true // "a meal at Maré Alta", "dinner at Osteria Lupa": a restaurant
	case !hasTitle && i >= 2 && (toks[i-1].low == "at" || toks[i-1].low == "in") && builtNouns[toks[i-2].low] && isFirstName(name[0].low) && !isKnownCity(text):
		m.typ, m.sub, m.notPerson = ePlace, 2, true // "the train shed at Carlisle Northgate": where it stood, no one called Carlisle
	case len(name) >= 2 && partyOpeners[name[0].low] && !hasTitle:
		m.typ, m.notPerson = eOrg, true // "Partido Acción Nacional", "Movimiento de Renovación Nacional": a party
	case len(name) >= 2 && clubOpeners[name[0].low] && !hasTitle:
		m.typ, m.notPerson = eOrg, true // "Borussia Dortmund", "Olympique Lyonnais": a club
	case sideNicknames[low]:
		m.typ, m.notPerson = eOrg, true // "Les Bleues", "the Black Ferns": a national side
	case len(name) == 2 && !hasTitle && strings.HasSuffix(name[0].low, "ers") && len(name[0].low) > 5 && !isFirstName(name[0].low) && !isFirstName(last) && !placeWords[last]:
		m.typ = eOrg // "Sunrisers Hyderabad", "Strikers Adelaide": a side named for its city (not "Wheelers Hill", a suburb)
	case len(name) == 2 && isFirstName(name[0].low) && !hasTitle && surnamePlaces[last] && !(i > 0 && (wherePreps[toks[i-1].low] || placePreps[toks[i-1].low])) &&
		j < len(toks) && (speechVerbs[toks[j].low] || sayVerbs[toks[j].low] || toks[j].text == "," || toks[j].low == "'s" || auxiliaries[toks[j].low] || isPastVerb(toks, j)):
		// "Tom Hill said", "the transport secretary, Jane Hill, agreed":
		// a given name and a surname that is also a place's word.
		m.typ = ePerson
	case placeWords[last] && !m.modifier || placeWords[last] && len(name) > 1 || len(name) > 1 && landformWords[last] && i > 0 && wherePreps[toks[i-1].low] ||
		len(name) > 1 && streetAbbrevs[strings.TrimSuffix(last, ".")] && !hasTitle:
		// "at Berry Head": a headland, though Berry is a given name;
		// "on Victoria St": a street.
		m.typ = eSite
	case len(name) == 1 && clauseStart(toks, i) && commonBodies[strings.TrimSuffix(low, "s")] && low != strings.TrimSuffix(low, "s"):
		m.typ, m.notPerson = eNone, true // "Schools in the district will remain closed": many, and no name
	case orgWords[last] || anyOrg(name) || len(name) > 1 && (firmTailWords[last] && !isFirstName(name[0].low) || surelyFirmTails[last]):
		m.typ = eOrg
	case len(name) == 1 && clauseStart(toks, i) && (strings.HasSuffix(low, "ers") || strings.HasSuffix(low, "ists")) && !isFirstName(low) && !known1(low):
		m.typ, m.notPerson = eNone, true // "Reviewers have praised its map": people of a trade, no firm
	case len(name) == 1 && clauseStart(toks, i) && sectorWords[low] && j < len(toks) && (toks[j].low == "shares" || toks[j].low == "stocks"):
		m.typ, m.notPerson = eNone, true // "Technology shares added to the losses": a sector's, no firm's
	case orgCue(toks, j):
		m.typ, m.company = eOrg, true // "Next's shares fell", "Next has said its profit…"
	case i >= 2 && toks[i-1].low == "of" && bossTitles[toks[i-2].low] && !hasTitle && !isFirstName(name[0].low):
		m.typ, m.notPerson = eOrg, true // "Helen Garside, managing director of Marches Connect": the firm she runs
	case namedCompany(toks, i):
		m.typ, m.company = eOrg, true // "The combined company, to be called Halvard Brightstone"
	case len(name) >= 2 && !hasTitle && !isFirstName(name[0].low) && j+2 < len(toks) && toks[j].low == "'s" && isFirstName(toks[j+1].low) && toks[j+1].cap && toks[j+2].cap && !toks[j+2].acro:
		// "Wagga Wagga's Lachlan Pryce": a sportsman's town or club
		// before his name, whatever kind of name it is, is no person.
		m.typ, m.notPerson = eNone, true
	case len(name) >= 2 && !hasTitle && i >= 2 && toks[i-1].low == "at" && deskNoun(toks[i-2].low):
		m.typ, m.company = eOrg, true // "a resources analyst at Morgan Harcourt": a firm named for its founders
	case len(name) >= 2 && (len(name) <= 4 || len(name) <= 6 && particleInside(name)) && (allPlain(name) || isFirstName(name[0].low) && allPlain(name[:1]) && !orgWords[last] && !placeWords[last] && !name[len(name)-1].acro) && !(i >= 2 && (toks[i-1].low == "for" || toks[i-1].low == "of") && toks[i-2].cap):
		// A person needs a given name or a cue in the sentence; otherwise
		// linking decides ("Upper Midwest" and "Happy Thanksgiving" are not
		// people).
		switch {
		case notNameWords[name[0].low] || workContext(toks, i, j) || eventWords[last] || numberWordIndex(last) >= 0 || knownCompany(name[0].text) && !(isFirstName(name[0].low) && len(name) == 3 && personShaped(s.text[name[0].start:name[2].end])) || slices.ContainsFunc(name, func(t tok) bool { return geoWords[t.low] }) ||
			portfolioWordsOnly(tokTexts(name)): // "…Animal Health and Food Safety, who": a field, no one's name
			// "Apple Pencil Pro": a company's name opens a product's.
			// "Sky One", "Radio Four": no surname is a number.
			m.typ = eNone
			m.notPerson = true
		case m.hasThe && !hasTitle && i >= 2 && (namingVerbs[toks[i-2].low] || toks[i-2].low == "christened" || toks[i-2].low == "renamed") && isFirstName(name[0].low):
			// "a new eight was named the Margaret Ellery in her honour":
			// a boat called after the woman, who stays a person.
			m.typ = eNone
		case m.hasThe && !hasTitle:
			// "the Wildlife Trusts said", "The Art Loss Register": a
			// person's name takes no "the", though Art is a given name.
			m.typ, m.notPerson = eNone, true
		case i > 0 && wherePreps[toks[i-1].low] && pointWords[last] && len(name) == 2 && !personCue(toks, i, j):
			m.typ, m.sub = ePlace, 2 // "a shop in Orlando East": a suburb, though Orlando is a given name
		case i >= 3 && toks[i-1].low == "from" && toks[i-2].text == "," && toks[i-3].num && !personCue(toks, i, j):
			m.typ, m.sub = ePlace, 2 // "Margaret Ellison, 72, from Hadley Cross": where she lives, though Hadley is a given name
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
		if w := toks[k-1].low; strings.HasSuffix(w, "s") && headTitles[strings.TrimSuffix(w, "s")] {
			m.role = strings.TrimSuffix(m.role, "s") // "Midfielders Lachlan Moore and Tom Nguyen": each a midfielder
		}
		if f := strings.Fields(m.role); len(f) > 1 && honorificGender(strings.ToLower(f[0])) != 0 {
			m.role = strings.Join(f[1:], " ") // "Mr Justice Howard Lindo": a justice
		}
	} else if (m.typ == ePerson || m.typ == eNone) && !(j == i+1 && awardWords[toks[i].low]) {
		// A lower-case title before the name: "FBI director James Comey"
		// (but "a best new artist Grammy" is an award).
		if r0 := an.rolePrefixStart(s, i, false); r0 < i {
			for r0+1 < i && (judgementWords[toks[r0].low] || verdictWords[toks[r0].low] || mannerAdjectives[toks[r0].low]) {
				r0++ // "replacing the ineffective winger Jamie Collard": a winger; the rest is the writer's view
			}
			m.r0 = r0
			m.role = strings.TrimSpace(s.text[toks[r0].start:toks[i].start])
			m.typ = ePerson
			if r0 == 0 && i >= 2 && !toks[1].cap && (an.lowerSet[toks[0].low] || positionModifiers[toks[0].low]) {
				// "Openside flanker Rachel Ogilvie won…": the capital is
				// the sentence's, not the role's.
				m.role = toks[0].low + m.role[len(toks[0].text):]
			}
		}
	}
	if (m.typ == eOrg || m.typ == eNone && !isFirstName(name[0].low) || m.typ == ePerson && len(name) >= 3 && m.role == "") && i > 0 && outletNouns[toks[i-1].low] && !hasTitle {
		m.typ, m.sub = eOrg, subOutlet // "the public broadcaster RTV Slovenija", "the newspaper El País"
	}
	if (m.typ == ePlace || m.typ == eOrg || m.typ == eSite) && j < len(toks) && nounAfter(toks[j]) {
		m.modifier = true // "the US dollar", "a Sony spokesman"
	}
	if m.typ == ePlace && j+2 < len(toks) && toks[j].low == "and" && toks[j+1].cap && strings.HasSuffix(toks[j+2].low, "s") && nounAfter(toks[j+2]) {
		m.modifier = true // "the Wellington and Wairarapa regions": both name the regions
	}
	if m.typ == ePerson && m.role != "" && (!roleHasHead(m.role) || m.modifier) {
		m.role = ""
		m.r0 = k
	}
	if (m.typ == ePerson || m.typ == eNone) && !hasTitle && m.role == "" && j < len(toks) && venueNouns[toks[j].low] {
		// "Catania's Vincenzo Bellini airport": a place named for
		// someone, not the person.
		m.typ, m.notPerson = eNone, true
	}
	if (m.typ == ePerson || m.typ == eNone) && !hasTitle && m.role == "" && j+1 < len(toks) && toks[j].text == "," && toks[j+1].low == "which" {
		// "Stena Line, which carries 1.5 million passengers": "which",
		// not "who", though Stena reads like a given name.
		m.typ, m.notPerson = eNone, true
	}
	if unitAfter && (m.typ == ePerson || m.typ == eNone) {
		m.typ, m.role, m.r0 = ePlace, "", m.t0
	}
	if (m.typ == ePerson || m.typ == eNone) && !hasTitle && shortQuotedTitle(toks, m.t0) {
		m.typ, m.notPerson = eNone, true // "for "Blue Hour in Tangier" in 2020": a work's title
	}
	if m.typ == ePerson && !hasTitle && len(name) >= 2 && last == "creek" {
		m.typ, m.notPerson = eNone, true // "to stay in Harlan Creek": a town, though Harlan is a given name
	}
	if (m.typ == ePerson || m.typ == eNone) && !hasTitle && frenchTitleAt(toks, m.t0, m.t1) {
		m.typ, m.notPerson = eNone, true // "Les Femmes de l'ombre en Auvergne (1988)": a book's French title, no woman
	}
	if (m.typ == ePerson || m.typ == eNone) && !hasTitle && yearInBracketsAfter(toks, m.t1) {
		m.typ, m.notPerson = eNone, true // "Winter Tunes from Coigach (1976)": an album and its year, no one's name
	}
	if (m.typ == ePerson || m.typ == eNone) && (maidenNameAfter(toks, m.t1) || m.t0 >= 4 && maidenNameAfter(toks, m.t0-3) && toks[m.t0-4].cap && !titleWords[toks[m.t0-4].low] && known(toks[m.t0-2].low) == nil) {
		// "Mary Ann (Gillis) MacIsaac": the given names of a woman whose
		// maiden name splits her name; no option can name her as "Mary
		// Ann", nor by the family name after the brackets, which a
		// husband or a child may share ("Fumiko (Ishida) Tanabe").
		m.typ, m.notPerson, m.role = eNone, true, ""
	}
	s.ments = append(s.ments, m)
}

// showRunAfter reports "runs at", "runs until" or "continues until" from
// token j: what a show does at a venue, never a person.
func showRunAfter(toks []tok, j int) bool {
	return j+1 < len(toks) && (toks[j].low == "runs" || toks[j].low == "continues") && (toks[j+1].low == "at" || toks[j+1].low == "until")
}

// mannerAdjectives judge how someone played or worked: "the ineffective
// winger", "the tireless midfielder".
var mannerAdjectives = wordSet("ineffective effective tiring tired tireless impressive industrious lively busy sluggish hapless unlucky luckless erratic inspired peerless")

// frenchTitleAt reports a name from token t0 to t1 that opens with a French
// article and goes on in lower-case French: "Les Femmes de l'ombre", "Le
// Silence des villages". ("Marine Le Pen" opens with her given name.)
func frenchTitleAt(toks []tok, t0, t1 int) bool {
	if a := toks[t0].text; a != "Les" && a != "Le" && a != "La" || t1 >= len(toks) {
		return false
	}
	switch toks[t1].low {
	case "de", "du", "des", "d'", "en", "et", "au", "aux":
		return true
	}
	return strings.HasPrefix(toks[t1].low, "d'")
}

// yearInBracketsAfter reports a bracket holding only a year soon after
// token j, past nothing but capitalised words and "from", "of" or "in":
// how a list of works gives each one's year ("Late Light (2009)").
func yearInBracketsAfter(toks []tok, j int) bool {
	for k := j; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if t.text == "(" {
			return k+2 < len(toks) && isYear(toks[k+1]) && toks[k+2].text == ")"
		}
		if !(t.cap && t.word || t.low == "from" || t.low == "of" || t.low == "in") {
			return false
		}
	}
	return false
}

// maidenNameAfter reports a bracketed surname and then another
// capitalised name from token j: "(Gillis) MacIsaac".
func maidenNameAfter(toks []tok, j int) bool {
	return j+3 < len(toks) && toks[j].text == "(" && toks[j+1].cap && toks[j+1].word && toks[j+2].text == ")" && toks[j+3].cap && toks[j+3].word && !stopwords[toks[j+3].low]
}

// givenNameMonth reports a month that is a woman's given name before her
// surname, after no word that sets a date: "Ybarra's steel guitar and
// June Ashby's fiddle" (but "in June Parliament voted", "last May").
func givenNameMonth(toks []tok, i int) bool {
	switch toks[i].text {
	case "June", "April", "May":
	default:
		return false
	}
	if i+2 >= len(toks) || !toks[i+1].cap || !toks[i+1].word || toks[i+1].num || monthIndex(toks[i+1].text) >= 0 || weekdayIndex(toks[i+1].text) >= 0 || stopwords[toks[i+1].low] || toks[i+2].low != "'s" && toks[i+2].text != "," {
		return false
	}
	return i > 0 && (toks[i-1].low == "and" || toks[i-1].low == "with" || toks[i-1].text == ",")
}

// settlementNouns name a place in "the town of …".
var settlementNouns = wordSet("town city village port suburb district region province state island")

// shortQuotedTitle reports a name that opens a short quotation of
// capitalised words, as titles of books, films and songs are quoted.
func shortQuotedTitle(toks []tok, k int) bool {
	if k == 0 || toks[k-1].text != "\"" && toks[k-1].text != "'" {
		return false
	}
	mark := toks[k-1].text // ("a few bars of 'Orlando Morning'," inside someone's words: a song)
	for e := k; e < len(toks) && e < k+8; e++ {
		if toks[e].text == mark {
			return true
		}
		if !toks[e].word {
			return false
		}
	}
	return false
}

// sportBodies open the names of sports' governing bodies: "Netball
// Otago", "Athletics Kenya", "Swimming Australia".
var sportBodies = wordSet("netball cricket rugby hockey athletics swimming cycling tennis golf rowing basketball sailing triathlon gymnastics boxing volleyball")

// hasContracted follow a name's "'s" that stands for "has" or "is":
// "Semi's got the best footwork", "Ana's been brilliant".
var hasContracted = wordSet("got been gone done had")

// hyphenIn reports whether the set holds w, or the first or last part of
// w hyphened.
func hyphenIn(set map[string]bool, w string) bool {
	if set[w] {
		return true
	}
	head, tail, ok := strings.Cut(w, "-")
	return ok && (set[head] || set[tail])
}

// lastHyphenPart returns what follows a word's last hyphen: "general"
// of "under-secretary-general".
func lastHyphenPart(w string) string {
	return w[strings.LastIndexByte(w, '-')+1:]
}

// serviceWords before "Department" make it a body: "Fire Department",
// "Police Department".
var serviceWords = wordSet("fire police health sheriff sheriff's water parks transportation education corrections justice labor labour defense defence treasury state")

// pointWords open a region's name: "West Australian", "North Yorkshire".
var pointWords = wordSet("north south east west northern southern eastern western northeast northwest southeast southwest")

// adminUnits follow a place's name in lower case: "Sanchez Cerro province".
var adminUnits = wordSet("province district region county department municipality prefecture governorate")

// groupOwners are plural nouns for people that open a body's name with a
// possessive: "the People's Trust", "the Women's Institute".
var groupOwners = wordSet("people children women men workers citizens veterans farmers teachers nurses patients")

// saintOwners own the bodies and places named for them: "King's College",
// "Guy's Hospital".
var saintOwners = wordSet("king queen guy st saint")

// bodyWordSoon reports an organisation's or a place's word among the
// capitalised words from token k: "College London".
func bodyWordSoon(toks []tok, k int) bool {
	for e := k; e < len(toks) && e < k+3 && toks[e].cap && toks[e].word; e++ {
		if orgWords[toks[e].low] || placeWords[toks[e].low] || eventWords[toks[e].low] {
			return true
		}
	}
	return false
}

// firmTailWords end a firm's name ("Northline Trains", "Greenmoor Homes")
// but are common nouns on their own.
var firmTailWords = wordSet("trains buses foods homes energy energi energie energia pharmaceuticals insurance logistics steel chemicals mining shipping electronics software telecom air power hydro water milk dairy metals petroleum")

// surelyFirmTails end only firms' names, even after a given name:
// "Leyton Rail Services", where "Steel" may end a man's.
var surelyFirmTails = wordSet(`services systems solutions holdings industries technologies networks airways airlines ferries cruises pictures freight
	biosciences bioscience therapeutics biotech pharma diagnostics books publishing publishers shoten shobo provisions underground interactive
	semiconductor semiconductors robotics motors renewables utilities dairies breweries bakeries processing processors electric
	ag gmbh nv bv spa oyj asa kgaa bhd berhad pte pty sdn realty resources minerals mines devices instruments
	bakery brewery distillery creamery patisserie`)

// firmTail reports a word that ends firms' names (firmTailWords,
// surelyFirmTails).
func firmTail(w string) bool { return firmTailWords[w] || surelyFirmTails[w] }

// celestialBodies are named worlds: neither people nor places on a map.
var celestialBodies = wordSet("earth moon sun mars venus jupiter saturn mercury neptune uranus pluto")

// eraWords before a country name make a time and place ("Roman
// Britain"), though Roman is a given name too.
var eraWords = wordSet("roman viking norman saxon celtic medieval victorian edwardian tudor georgian ancient modern imperial colonial")

// memberTitles are the offices written in capitals after a party or a
// place: "Labour MP", "SNP MSP".
var memberTitles = wordSet("MP MEP MSP MS AM MLA TD")

// known1 reports a one-word name the lists know ("Rangers", "Flowers").
func known1(low string) bool { return known(low) != nil }

// landOpeners open the names of valleys, lakes and mountains, in the
// languages of Britain and Ireland: "Cwm Elan", "Loch Ness", "Llyn Tegid",
// and the farmhouse "Tŷ Gwyn" ("Glen" is a given name too).
var landOpeners = wordSet("cwm loch lough llyn afon strath mount tŷ sierra")

// streetOpeners open a street's or a square's name in other languages:
// "Rue Gouraud", "Calle Mayor", "Rua Augusta", "Avenida Granaderos",
// "Piazza Garibaldi", "Jalan Merdeka".
var streetOpeners = wordSet("rue calle rua avenida paseo plaza praça piazza piazzale viale carrer rambla calzada estrada jalan ulica")

// orgHeads open bodies named "X of the Y": "the Organization of the
// Petroleum Exporting Countries", "the Bank of the South".
var orgHeads = wordSet("organization organisation union association federation council bank institute society league")

// forTheHeads are bodies named for a task after "for the": "the Central
// Agency for the Reception of Asylum Seekers", "the Centre for the Study
// of Democracy".
var forTheHeads = wordSet("agency centre center foundation fund trust commission committee")

// panelHeads are bodies and treaties named for what they sit on or
// cover: "Committee on…", "Panel on…", "Convention on Human Rights" ("the
// City Council on Monday" is not one).
var panelHeads = wordSet("committee panel commission taskforce convention conference")

// postNominals are ranks written after a barrister's name.
var postNominals = wordSet("KC QC SC BL JP MBE OBE CBE")

// venueNouns after a person's name make it a place's: "the John Lennon
// airport", "the Nelson Mandela bridge".
var venueNouns = wordSet("airport stadium station bridge hospital school university college museum theatre hall building centre center")

// teamNicknames end clubs' names after their towns' ("Leigh Leopards").
// sideNicknames are the names national sides go by: never a person,
// whatever their first word.
var sideNicknames = map[string]bool{"les bleus": true, "les bleues": true, "all blacks": true, "black ferns": true,
	"wallabies": true, "wallaroos": true, "springboks": true, "azzurri": true, "la roja": true, "socceroos": true,
	"matildas": true, "lionesses": true, "three lions": true, "super eagles": true, "super falcons": true, "black stars": true,
	"indomitable lions": true, "atlas lions": true, "samurai blue": true, "seleção": true, "selecao": true, "oranje": true,
	"proteas": true, "black caps": true, "white ferns": true, "red roses": true, "brave blossoms": true, "pumas": true, "los pumas": true}

var teamNicknames = wordSet(`leopards wolves giants dragons rhinos tigers warriors saints bulls broncos eagles centurions
	raiders sharks falcons knights lions bears panthers cougars hawks thunder heat renegades sixers scorchers hurricanes
	thistle wanderers academicals pulse lightning stars storm vipers mavericks rockets titans jets flames spurs sparks`)

// matchTalk reports a sentence about a match: a score ("2-1") or a
// word of the game.
func matchTalk(toks []tok) bool {
	return slices.ContainsFunc(toks, matchTok)
}

// matchTok reports a word of a match or a score ("beat", "2-1").
func matchTok(t tok) bool {
	if matchWords[t.low] {
		return true
	}
	a, b, ok := strings.Cut(t.text, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == "" && len(a) <= 2 && len(b) <= 2
}

// matchTalkOutsideQuotes is matchTalk on the words of s outside quotation
// marks: "a disease that we had defeated", in a health minister's words,
// is no match.
func matchTalkOutsideQuotes(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return matchTok(t) })
}

// matchWords are words of a match report.
var matchWords = wordSet(`match semi-final quarter-final final league derby fixture goal goals equaliser kick-off
	beat beaten draw drew defeat defeated win won victory`)

// roleCompounds are two-word modifiers of a trade: "intensive care
// nurse", "primary school teacher".
var roleCompounds = wordPairs(`intensive:care primary:school secondary:school high:school social:care health:care
	special:needs emergency:department maternity:unit climate:change civil:service civil:protection foreign:affairs home:affairs
	supply:chain box:office human:resources public:health real:estate private:equity data:protection`)

// notBodies are capitalised names of taxes, benefits and rates whose
// words would make a body of them.
var notBodies = map[string]bool{"national insurance": true, "social security": true, "universal credit": true, "council tax": true,
	"income tax": true, "child benefit": true, "housing benefit": true, "pension credit": true, "stamp duty": true,
	"capital gains tax": true, "inheritance tax": true, "bank rate": true, "base rate": true}

// nameParticles open surnames in lower case: "van der Meulen", "da Silva",
// the Welsh "ap Dafydd".
var nameParticles = wordSet("van der den de von da di du del della dos das bin ibn ap ab ferch")

// koreanGiven reports a Korean given name as written in English: two
// syllables joined by a hyphen, the second in lower case ("Ji-won",
// "Min-seo").
func koreanGiven(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	return ok && len(head) >= 2 && len(head) <= 5 && len(tail) >= 2 && len(tail) <= 5 && tail == strings.ToLower(tail) && !strings.Contains(tail, "-")
}

// koreanSurnames are the commonest Korean family names as written in
// English.
var koreanSurnames = wordSet("kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon son bae baek")

// particleInside reports a name's particle between its first and last
// words: "Carlos Roberto Nunes da Silva" is one person's five words.
func particleInside(name []tok) bool {
	return slices.ContainsFunc(name[1:len(name)-1], func(t tok) bool { return nameParticles[t.low] })
}

// givenNameNotMonth reports a month's short form that opens a name: "Jan
// van Eyck", "Jan Novak" ("Jan. 12" and "Jan 2024" are months), or a
// month that is a given name by givenNameMonth.
func givenNameNotMonth(toks []tok, i int) bool {
	if givenNameMonth(toks, i) {
		return true
	}
	if _, ok := monthAbbrev[toks[i].low]; !ok || i+1 >= len(toks) {
		return false
	}
	u := toks[i+1]
	return u.word && (u.cap && monthIndex(u.text) < 0 || nameParticles[u.low])
}

// openedWords before a name make it something opened or founded, never a
// person: "she opened Saigon Rain", "he founded Harrow Books".
var openedWords = wordSet("opened founded launched co-founded")

// resourceFirmTails end the names of mining and oil firms.
var resourceFirmTails = wordSet("platinum copper coal minerals mining petroleum")

// horseNouns before a name make it a horse's.
var horseNouns = wordSet("colt filly mare gelding stallion galloper stayer chaser hurdler")

// horseNamed reports a name without a title that the words around it
// show to be a horse's: "the colt Brook Meadow", "sent out Belle Ombrage
// to win", "saddled Kilbrack Lad", in a race report "the
// Irish raider Brook Meadow", "the tough sprinter Petit Matelot",
// "Brook Meadow's trainer" and whatever racingHorse finds, and in any
// article "Copper Canyon, trained by Paul Nicholls-Ward and ridden by…".
func (an *analysis) horseNamed(toks []tok, i, j int) bool {
	if i > 0 {
		p := toks[i-1].low
		if horseNouns[p] || an.racing && (p == "raider" || horseKinds[p] || j+1 < len(toks) && toks[j].low == "'s" && toks[j+1].low == "trainer") {
			return true
		}
		if p == "saddled" || p == "out" && i > 1 && toks[i-2].low == "sent" && (an.racing || j+1 < len(toks) && toks[j].low == "to" && toks[j+1].low == "win") {
			return true // "the trainer who sent out Belle Ombrage to win the Arc", "saddled Kilbrack Lad": a horse
		}
	}
	if an.racing && racingHorse(toks, i, j) {
		return true
	}
	return j+2 < len(toks) && toks[j].text == "," && (toks[j+1].low == "trained" || toks[j+1].low == "ridden") && toks[j+2].low == "by"
}

// boatNamed reports a name the words after it show to be a boat's: "Cruz
// del Sur, skippered by Iker Zubiaurre,".
func boatNamed(toks []tok, j int) bool {
	return j+2 < len(toks) && toks[j].text == "," && (toks[j+1].low == "skippered" || toks[j+1].low == "helmed") && toks[j+2].low == "by"
}

// racingHorse reports a name that the words around it show to be a
// horse's in a report of a race, where "who" and "his" are said of horses
// as of their riders: "The 7-2 favourite, Brampton Lad,", "Port Of Ness,
// the 11-4 favourite,", "aboard
// Castlebrook Diamond", "Tregaron Lad, a ten-year-old who…", "Quercus, a
// 33-1 chance", "Mister Harcourt, at 12-1,", "Brampton Lad, trained in
// Gloucestershire by…", "Castlebrook Diamond, an 11-year-old grey
// gelding".
func racingHorse(toks []tok, i, j int) bool {
	if p := i - 1; p >= 0 {
		if toks[p].text == "," && p > 0 && toks[p-1].low == "favourite" {
			p--
		}
		if toks[p].low == "aboard" || toks[p].low == "favourite" && p > 0 && (oddsTok(toks[p-1]) || toks[p-1].low == "the" || p > 1 && toks[p-2].low == "the" && toks[p-1].word && !toks[p-1].cap) {
			return true // "the 6-4 favourite X", "the hot favourite X"
		}
	}
	// "Coastal Hymn, who led until the 400-metre mark, pulled up lame in
	// the near foreleg": what only a horse suffers, with no one else
	// named on the way.
	for k := j; k < len(toks) && k < j+30; k++ {
		if toks[k].cap && toks[k].word {
			break
		}
		if horseBody[toks[k].low] {
			return true
		}
	}
	if j+2 >= len(toks) || toks[j].text != "," {
		return false
	}
	switch next := toks[j+1].low; {
	case next == "trained" || next == "ridden":
		return true
	case next == "at":
		return oddsTok(toks[j+2])
	case next == "the":
		// "Port Of Ness, the 11-4 favourite,", "Copper Ledger, the second
		// choice at 7-2,".
		for k := j + 2; k < len(toks) && k < j+7 && toks[k].word; k++ {
			if oddsTok(toks[k]) {
				return true
			}
		}
		return false
	case next == "a" || next == "an":
		if ageWord(toks[j+2].low) && j+3 < len(toks) && (toks[j+3].low == "who" || toks[j+3].text == "," || horseMakers[toks[j+3].low]) {
			return true // "a ten-year-old who had failed to complete", "a nine-year-old trained by…": no person noun follows
		}
		for k := j + 2; k < len(toks) && k < j+8 && toks[k].word; k++ {
			if oddsTok(toks[k]) || horseNouns[toks[k].low] {
				return true
			}
		}
	}
	return false
}

// travelPreps come before where a journey starts or ends.
var travelPreps = wordSet("to from via")

// playedBefore reports a part played or a turn taken within four words
// before the "in" at token k: "played the shipyard foreman in", "starred
// in", "a small role in".
func playedBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].low {
		case "played", "starred", "appeared", "role", "part", "cameo":
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// royalTitles name a monarch or a royal before a name.
var royalTitles = wordSet("queen king prince princess")

// horseKinds name a racehorse by what it does best, before its name in a
// race report: "the tough sprinter Petit Matelot".
var horseKinds = wordSet("sprinter sprinters miler milers juvenile juveniles two-year-old three-year-old")

// horseBody are what a race report says of a horse's legs and health.
var horseBody = wordSet("foreleg forelegs hindleg hindlegs fetlock lame tendon")

// horseMakers are the participles that tell of a horse's people.
var horseMakers = wordSet("trained ridden owned bred")

// oddsTok reports a bookmaker's price: "7-2", "33-1".
func oddsTok(t tok) bool {
	a, b, ok := strings.Cut(t.text, "-")
	return ok && t.num && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// townNotClub are words before "Town" that make a district, not a club.
var townNotClub = wordSet("old new china down up mid market home")

// oneWordSeats are place words that are names on their own.
var oneWordSeats = wordSet("kremlin pentagon capitol")

// partyWords name a political party or side before a person's name.
var partyWords = wordSet("liberal democrat democrats democratic republican labour tory conservative green greens independent socialist ukip snp")

// workWords before a name show that it names a band, a team, a work or a
// firm rather than a person: "the band Franz Ferdinand", "headliners
// Scissor Sisters".
var workWords = wordSet(`band bands group groups act acts duo trio headliners headliner rockers team club film album show
	programme program series song single novel book play movie musical game label firm company brand
	network channel station magazine newspaper festival track hit sitcom drama shows films albums
	like`)

// officeOf reports an office's formal name: a minister's or secretary's
// title, maybe after "Union" or "Federal", then "of" or "for" and the
// portfolio ("Union Minister of Housing and Urban Affairs").
func officeOf(name []tok) bool {
	k := 0
	if k < len(name) && (name[k].low == "union" || name[k].low == "federal" || name[k].low == "state" || name[k].low == "deputy") {
		k++
	}
	return k+2 < len(name) && (name[k].low == "minister" || name[k].low == "secretary") && (name[k+1].low == "of" || name[k+1].low == "for")
}

// stagedAfter reports a name at token i that a staging or its rehearsals
// are of or for, with the company's possessive between or not:
// "rehearsals for Tosca", "a production of Opera North's Carmen".
func stagedAfter(toks []tok, i int) bool {
	k := i
	if k >= 3 && toks[k-1].low == "'s" && toks[k-2].cap {
		k-- // past "'s" and the company's name: "WNO's", "Opera North's"
		for k > 0 && toks[k-1].cap && toks[k-1].word {
			k--
		}
	}
	if k < 2 || toks[k-1].low != "for" && toks[k-1].low != "of" {
		return false
	}
	w := toks[k-2].low
	return rehearsalWords[w] || k < i && stagingNouns[w]
}

// rehearsalWords before "for" and a name make the name a work: no one
// rehearses for a person.
var rehearsalWords = wordSet("rehearsal rehearsals auditions")

// stagingNouns before "of" and a name make the name a work's: "a revival
// of Blue Remembered Hills", "the film adaptation of Small Island".
var stagingNouns = wordSet("revival revivals production productions staging adaptation adaptations remake sequel prequel recording premiere")

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
		if !unicode.IsUpper(r) || orgWords[low] || placeWords[low] || eventWords[low] || outletWords[low] || isCountry(low) || low == "state" || low == "tech" {
			return false
		}
	}
	return true
}

// indicatorAcronyms are the measures of an economy: "Dutch GDP rose".
var indicatorAcronyms = wordSet("gdp gnp cpi ppi pmi")

// firstPersonVerbs follow the pronoun "I" and never a king's numeral:
// "any Lear I have seen", where "George I has" and "George I was" may be
// the king.
var firstPersonVerbs = wordSet("have am 'm 've 'd think thought know knew remember saw hope suspect doubt feel felt found wish can't cannot")

// stateClubTails end Brazilian clubs' names, which take the demonym of
// their state.
var stateClubTails = wordSet("mineiro paranaense goianiense catarinense gaúcho")

// clubPrefixes are the letters a sports club's name opens or ends with.
var clubPrefixes = wordSet("BK IFK AIK FK SK IK FC AFC CF CD SC SV VfB VfL KV KRC RSC SS AS AC US OSC HJK IFC Sport RFC RUFC RLFC ARLFC BM HSG SG TSV TSG THW HC RK")

// pluralTitle reports a title for several people, before a list of
// their names: "Councillors Sharon McIver, Kevin Lad and…".
func pluralTitle(low string) bool {
	one, ok := strings.CutSuffix(low, "s")
	return ok && len(one) > 3 && headTitles[one] && !headTitles[low]
}

// geoWords name oceans, ranges and regions that firms take their names
// from ("Andes Pacific said…"), never a person's.
var geoWords = wordSet("pacific atlantic arctic antarctic baltic nordic andes andean alpine caspian mediterranean caribbean himalaya himalayan sahara amazon")

// nounAfter reports a lower-case word after a name that reads as the noun
// the name modifies ("US dollar") rather than the next part of the clause.
func nounAfter(t tok) bool {
	if !t.word || t.cap || t.num || stopwords[t.low] || isVerbish(t.low) || speechVerbs[t.low] || auxiliaries[t.low] {
		return false
	}
	if strings.HasSuffix(t.low, "ly") || strings.HasSuffix(t.low, "ing") || t.low == "'s" {
		return false
	}
	if nounBreakers[t.low] {
		return false
	}
	return true
}

// eventWords end the names of events, prizes and competitions.
// awardWords are awards that a role word may stand before ("best new
// artist Grammy", "best actor Oscar"): one of them alone names no person.
var awardWords = wordSet("grammy grammys emmy emmys bafta baftas oscar oscars brit brits pulitzer booker tony tonys")

// landformWords end the names of headlands and shores, which are also
// surnames ("Edith Head"): a place only after "at", "in" or "near".
var landformWords = wordSet("head point ness cove sands rock rocks")

// honourHeads end an honour's name before "for" and what it is for: "the
// Marlowe Prize for Illustration", "the Nobel Prize for Literature".
var honourHeads = wordSet("prize award medal trophy")

var eventWords = wordSet(`fire fires flood floods earthquake quake bowl cup trophy championship championships series open games award awards prize globe globes medal medals
	festival olympics tournament league crown slam day week war wars show conference summit election
	elections expo fair marathon derby world fringe stakes hurdle handicap guineas test tests`)

// likePerson reports a name at token i after "people like" or "fans
// like": unlike "bands like", it names a person.
func likePerson(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "like" {
		return false
	}
	w := toks[i-2].low
	return personNouns[w] || w == "people" || w == "those" || w == "others"
}

// renditionWords, before "of", name a piece of music or a play: "a
// cover of Lady Marmalade", "a rendition of Danny Boy".
var renditionWords = wordSet("version versions rendition renditions cover covers remix reprise")

// workContext reports a name in [i, j) that the words around it show is not
// a person: after a work word, inside quotation marks, or followed by a
// plural verb ("Scissor Sisters are").
func workContext(toks []tok, i, j int) bool {
	if i > 0 && workWords[toks[i-1].low] && !likePerson(toks, i) {
		return true
	}
	if i >= 2 && toks[i-1].low == "of" && renditionWords[toks[i-2].low] {
		return true // "a stretched-out version of Ferry Bells": a song
	}
	if i > 0 && toks[i-1].text == "\"" && j < len(toks) && (toks[j].text == "\"" || toks[j].text == ":") {
		return true // a title in quotation marks
	}
	if i > 1 && toks[i-1].low == "and" && toks[i-2].cap && i > 2 && workWords[toks[i-3].low] {
		return true
	}
	if i > 1 && (toks[i-1].low == "be" || toks[i-1].low == "is" || toks[i-1].low == "was") {
		// "The launch title will be Mario Kart World": a work named as
		// what the work noun before it is.
		for k := i - 2; k >= 0 && k >= i-5 && toks[k].word; k-- {
			if workWords[toks[k].low] || toks[k].low == "title" {
				return true
			}
		}
	}
	conjoined := i > 0 && (toks[i-1].low == "and" || toks[i-1].text == ",")
	if !conjoined && j+1 < len(toks) && (toks[j].low == "are" || toks[j].low == "were" || toks[j].low == "have") && !(toks[j].low == "have" && toks[j+1].low == "been") {
		return true
	}
	return false
}

// outletNouns before a name say it is a newspaper or broadcaster.
// ("the journal Marine Ecology Letters" is no woman named Marine.)
var outletNouns = wordSet("broadcaster newspaper broadsheet tabloid daily weekly paper magazine journal channel network website")

// subOutlet is the sub-type of an organisation that is a newspaper,
// broadcaster or news agency.
const subOutlet = 3

// personCue reports whether the words around the name in [i, j) show that it
// names a person: a speech verb after it ("Jane Roe said") or before it
// ("said Jane Roe"), or an appositive age or relative clause ("Jane Roe, 42,",
// "Jane Roe, who", "Jane Roe whose").
func personCue(toks []tok, i, j int) bool {
	if i > 1 && (toks[i-1].low == "at" || toks[i-1].low == "of") && workerNoun(toks[i-2].low) || spokenFor(toks, i) {
		return false // "Analysts at Peel Hunt said": their firm; "a spokesperson for X said": X
	}
	if itDid(toks, j) {
		return false // "Lakeshore Crest says it bought…": a body
	}
	if j < len(toks) {
		if personCueVerbs[toks[j].low] || toks[j].low == "whose" {
			return true // "Jane Roe said", "Jane Roe whose duck…"
		}
		if toks[j].text == "," && j+1 < len(toks) && (toks[j+1].low == "who" || toks[j+1].num && j+2 < len(toks) && toks[j+2].text == ",") {
			// "The 21-year-old from Murcia, who was seeded fourth": the
			// "who" is the one from the town.
			return toks[j+1].low != "who" || !afterFromOrIn(toks, i)
		}
	}
	if i > 0 && (toks[i-1].low == "said" || toks[i-1].low == "says") && (j == len(toks) || !toks[j].word && toks[j].text != "'s") {
		return true // "…, said Jane Roe." but not "said Ohio State and…"
	}
	if j+1 < len(toks) && toks[j].text == "," {
		k := j + 1
		if toks[k].low == "the" {
			k++
		}
		if k+1 < len(toks) && headTitles[toks[k].low] && !toks[k].cap && (toks[k+1].low == "of" || toks[k+1].low == "at") {
			return true // "Abdirahman Hassan Dido, chairman of the traders' association": an officer's name
		}
	}
	if i > 0 && j-i <= 3 && weddingVerbs[toks[i-1].low] {
		return true // "In 1965 he married Sunanda Mukherjee": a spouse
	}
	if k := i - 1; k > 0 && toks[k].text == "," && kinNouns[toks[k-1].low] && (j == len(toks) || toks[j].text == "," || toks[j].text == "." || toks[j].text == ";") {
		return true // "His eldest son, Kwame Darko, said…", "…, said his niece, Morag Campbell.": the relative's name
	}
	return false
}

// weddingVerbs take a spouse's name after them.
var weddingVerbs = wordSet("married marries marry wed weds")

// portfolioTitleAfter reports capitalised portfolio words from token k on
// and then an office: "Family Welfare Minister", "Tourism Secretary".
func portfolioTitleAfter(toks []tok, k int) bool {
	x := k
	for x < len(toks) && x < k+3 && toks[x].cap && portfolioWords[toks[x].low] {
		x++
	}
	return x > k && x < len(toks) && toks[x].cap && headTitles[toks[x].low]
}

// initialsAfter reports a bracketed acronym right after the name at
// toks[j] that spells the initials of its words: "Christian Democratic
// Appeal (CDA)". People are not known by their initials so.
func initialsAfter(toks []tok, j int, name []tok) bool {
	if j+2 >= len(toks) || toks[j].text != "(" || !toks[j+1].acro || toks[j+2].text != ")" {
		return false
	}
	var b strings.Builder
	for _, t := range name {
		if t.cap && t.word {
			b.WriteByte(t.text[0])
		}
	}
	return strings.EqualFold(b.String(), toks[j+1].text)
}

// shoutedWord reports an English verb form written in capitals, as live
// pages and results write "ELECTED" or "BREAKING": no acronym ends so.
func shoutedWord(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "ING")) && strings.ToUpper(w) == w
}

// regionAdjectives describe a continent or a region's people, as a
// nationality does a country's: no place's name ("the Caribbean" is one).
var regionAdjectives = wordSet("asian european african arab caribbean scandinavian nordic balkan")

// kinNouns name a relative, whose name may follow in apposition.
var kinNouns = wordSet("son daughter wife husband brother sister mother father widow widower nephew niece grandson granddaughter partner")

// afterFromOrIn reports "from" or "in" before the name starting at token
// i: "The 21-year-old from Murcia, who was seeded fourth" says who is from
// the town, so the "who" is no cue that the town is a person.
func afterFromOrIn(toks []tok, i int) bool {
	return i > 0 && (toks[i-1].low == "from" || toks[i-1].low == "in")
}

// orgCue reports whether the words after a name ending before token j show
// that it names a company: its shares, profits or boss ("Next shares",
// "Next's chief executive"), or "its" after its verb ("Next has said its
// profit will fall").
func orgCue(toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	if toks[j].low == "'s" {
		return j+1 < len(toks) && companyNouns[toks[j+1].low]
	}
	if toks[j].low == "shares" {
		return true
	}
	if !auxiliaries[toks[j].low] && !speechVerbs[toks[j].low] && !isPastVerb(toks, j) {
		return false
	}
	if itDid(toks, j) {
		return true // "Lakeshore Crest says it bought the plot": a body speaks of itself as "it"
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if toks[k].low == "its" {
			// "Aslef said its members…": a union or a club has members,
			// not profits.
			return k+1 >= len(toks) || toks[k+1].low != "members" && toks[k+1].low != "member"
		}
		if !auxiliaries[toks[k].low] && !speechVerbs[toks[k].low] && !isPastVerb(toks, k) {
			return false
		}
	}
	return false
}

// itDid reports a saying at token j followed by "it" and a deed in the
// past: "says it bought", "said it acquired". ("said it was her best
// night" is anyone's.)
func itDid(toks []tok, j int) bool {
	if j+2 >= len(toks) || !speechVerbs[toks[j].low] || toks[j+1].low != "it" {
		return false
	}
	v := toks[j+2].low
	return isPastVerb(toks, j+2) && !auxiliaries[v] && v != "was" && v != "were" && !speechVerbs[v]
}

// companyNouns, after a name's "'s", show that it names a company.
var companyNouns = wordSet(`shares share profits profit sales revenue revenues turnover stores shops chief boss chairman
	shareholders customers staff employees headquarters`)

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
		case titleWords[t.low] && t.word && k >= 2 && (verbSubjects[toks[k-2].low] || auxiliaries[toks[k-2].low] || toks[k-2].low == "to"):
			// "They host Millbrook", "will coach Ann Lee": a verb.
		case titleWords[t.low] && t.word:
			sawTitle = sawTitle || headTitles[t.low]
			k--
			continue
		case sawTitle && t.low == "of" && k >= 2 && toks[k-2].cap && toks[k-2].word && toks[k].cap && orgHeadsOrBoard(toks[k-2].low):
			k -= 2 // "Board of Education President Mark DeLuca": the board's president
			continue
		case !sawTitle:
			return i
		case k == 1 && k == i && t.cap && t.word && !t.num && !stopwords[t.low] && !introWords[t.low] && !isVerbish(t.low) && toks[k].cap:
			k-- // "Emergency Management Commissioner Daniel Whitcombe": the sentence's first word, left out of the name
			continue
		case isNationality(t.low) || t.acro || isCountry(t.low):
			k--
			continue
		case t.low == "'s" && k >= 2 && (toks[k-2].cap || toks[k-2].acro):
			k -= 2
			for k >= 2 && nameParticles[toks[k-1].low] && toks[k-2].cap {
				k -= 2 // "Rio de Janeiro's governor": the whole name, not "de Janeiro's"
			}
			continue
		case sawTitle && t.text == "'" && k >= 2 && t.start == toks[k-2].end && strings.HasSuffix(toks[k-2].low, "s") && toks[k-2].word:
			k -= 2 // "Farmers' leader Marcos Ibarra": the farmers' leader
			continue
		case t.text == "/" && k >= 2 && toks[k-2].cap && t.start == toks[k-2].end && t.end == toks[k].start:
			k -= 2 // "Moruga/Tableland MP": one seat of two places
			continue
		case t.low == "in" && toks[k].low == "charge" && k >= 2 && toks[k-2].cap && toks[k-2].word:
			k-- // "FBI Special Agent in Charge Melissa Grant": one title
			continue
		case t.low == "former" || t.low == "ex" || t.low == "ex-" || t.low == "acting" || t.low == "interim" || t.low == "outgoing":
			k-- // "Former Liberal Democrat MP"
			continue
		case t.num && k >= 2 && toks[k-2].cap && numberedNouns[toks[k-2].low]:
			k -= 2 // "Ward 9 Coun. Derek Laframboise": the ward is the seat
			continue
		case t.cap && t.word && !t.num && !stopwords[t.low] && k < i:
			// The whole capitalised name of the body led, joined by "of"
			// or "and": "Liberal Democrat MP", "Fair Trials Abroad
			// director", "Association of Chief Police Officers president".
			r := k - 1
			for r > 0 && k-r < 7 {
				p := toks[r-1]
				if p.low == "and" && slices.ContainsFunc(s.ments, func(o mention) bool { return o.t1 == r-1 && o.typ == ePerson }) {
					break // "MP Gwen Prosser and Retirees' League leader Ida Mlakar": two people
				}
				if p.cap && p.word && !p.num && !clauseStart(toks, r-1) || (p.low == "of" || p.low == "and" || p.low == "for" || p.low == "'s" || p.text == "&") && r >= 2 && toks[r-2].cap ||
					r >= 2 && (p.text == "/" || p.text == "'" && strings.HasSuffix(toks[r-2].low, "s")) && toks[r-2].cap && p.start == toks[r-2].end || // "Pensioners' Voice leader"
					p.low == "the" && r >= 3 && toks[r-2].low == "of" && toks[r-3].cap { // "Top of the Form quizmaster"
					r-- // "Premiership Women's Rugby chief executive": the whole name
					continue
				}
				if p.cap && p.word && clauseStart(toks, r-1) && (!stopwords[p.low] && !introWords[p.low] || bodyRunFrom(toks, r-1)) {
					r-- // the first word of the sentence, inside the run of capitals ("People Power Party leader")
				}
				break
			}
			if k-r < 7 {
				k = r
				if k > 0 && (toks[k-1].low == "former" || toks[k-1].low == "ex" || toks[k-1].low == "ex-") {
					k-- // "former Bradford City captain": no longer the captain
				}
			}
		case t.word && !t.num && !stopwords[t.low] && !isVerbish(t.low) && !speechVerbs[t.low] && k < i && !strings.HasSuffix(t.low, "ly") && (!rolePreps[t.low] || sidePosition(t.low, toks[k].low)) && !(k >= 2 && toks[k-2].low == "to") &&
			!(strings.HasSuffix(t.low, "ing") && k >= 2 && (toks[k-2].text == "," || participleLinks[toks[k-2].low])) && // ", handing trainer Margaret Ellwood…", "and sending winger Josh Pittaway over": a participle
			!objectParticiples[t.low] && // "a move involving full-back Seán Whelan"
			!(k >= 2 && (toks[k-2].num && !strings.HasSuffix(toks[k-2].low, "-old") || numberWordIndex(toks[k-2].low) >= 2) && !(k >= 3 && toks[k-3].cap && !stopwords[toks[k-3].low])) && // "on 23 minutes winger Tomos Bevan", "On 14 minutes hooker…", "twelve phases scrum-half": a count's noun, no body led (but "Radio 1 music editor")
			!(k >= 2 && subjectPronouns[toks[k-2].low]): // "We meet Sheriff's Deputy Ray Kostelnik": a verb after its subject
			// ("to buy Germany forward Nick Woltemade": "buy" is a verb.)
			// One noun before the title names the body led: "Union
			// leader", "Port director"; not "past goalkeeper Mark Flekken".
			k--
			if k > 0 && roleCompounds[toks[k-1].low] == t.low {
				k-- // "intensive care nurse", "primary school teacher"
			}
			if k >= 2 && toks[k-1].low == "'s" && toks[k-2].cap && toks[k-2].word && titleWords[toks[k-2].low] {
				k -= 2 // "Mayor's office spokesperson": the mayor's office
			}
			if k > 0 && portfolioWords[t.low] && portfolioOpeners[toks[k-1].low] {
				k-- // "Opposition primary industries spokesman": the portfolio whole
				for k > 0 && titleWords[toks[k-1].low] && toks[k-1].word {
					k--
				}
			}
			if j := k - 1; j > 0 && isNationality(toks[j].low) && (toks[j-1].low == "former" || toks[j-1].low == "ex-") {
				k -= 2 // "former Czech doubles player Martin Hrubý": no longer a player
			} else if j >= 0 && (toks[j].low == "former" || toks[j].low == "ex-") {
				k-- // "former doubles player"
			}
			// A compound opening the sentence: "Box office analyst".
			if k == 1 && toks[0].cap && toks[0].word && !toks[0].num && (an.lowerSet[toks[0].low] || titleWords[toks[0].low]) && !stopwords[toks[0].low] &&
				!introWords[toks[0].low] && !isVerbish(toks[0].low) && !strings.HasSuffix(toks[0].low, "ly") {
				k = 0 // and "Chief financial officer Joost Verhagen"
			}
		}
		break
	}
	if !sawTitle {
		return i
	}
	return k
}

// participleLinks join a participle to the clause before it: "drawing the
// last man and sending winger Josh Pittaway over".
var participleLinks = wordSet("and or but before after while when by")

// serviceNamed reports a common word opening a sentence before a service's
// head: "Fire Service and Civil Defence officials said…" names the
// service, though "fire" is written in lower case elsewhere.
func serviceNamed(toks []tok, i int) bool {
	return i+1 < len(toks) && toks[i+1].cap && serviceHeads[toks[i+1].low]
}

// objectParticiples take a person as their object, never the body a
// title belongs to: "involving full-back", "including captain".
var objectParticiples = wordSet("involving including featuring replacing beating joining facing succeeding partnering")

// numberedLeagues name a division by its number: "Ligue 1", "Serie A"
// is lettered, "Liga 2", "Division 3".
var numberedLeagues = wordSet("ligue liga division")

// partyOpeners open the names of parties and movements in Spanish and
// Portuguese, never a person's.
var partyOpeners = wordSet("partido movimiento movimento")

// clubOpeners open the names of football clubs in several languages,
// never a person's: "Borussia Dortmund", "Atlético Ribera", "Eintracht
// Frankfurt".
var clubOpeners = wordSet("scuderia sociedad clube esporte borussia olympique atlético atletico sporting racing real dynamo dinamo deportivo eintracht fortuna hertha werder fc vfl vfb tsg psv hc sg sc hsg tsv fk sk bk")

// vesselNouns before a name make it a ship's.
var vesselNouns = wordSet("ship vessel boat tanker ferry yacht freighter trawler liner frigate destroyer submarine")

// craftNouns before "of" and a name make it what they make or sell.
var craftNouns = wordSet("weaver weavers maker makers producer producers grower growers brewer brewers distiller distillers exporter exporters importer importers seller sellers")

// mealWords before "at" and a name make it where the meal was eaten.
var mealWords = wordSet("meal meals dinner dinners lunch lunches supper brunch breakfast")

// placeOpensFirm reports a place's common noun at token i that opens a
// firm's name ending within three words in a firm's word: "Valley Link
// Buses announced…", though the article also speaks of "the valley".
func placeOpensFirm(toks []tok, i int) bool {
	if !placeWords[toks[i].low] {
		return false
	}
	for e := i + 1; e < len(toks) && e <= i+3 && toks[e].cap && toks[e].word; e++ {
		if firmTail(toks[e].low) && (e+1 == len(toks) || !toks[e+1].cap) {
			return true
		}
	}
	return false
}

// serviceHeads end the name of a public service.
var serviceHeads = wordSet("service services brigade authority")

// orgHeadsOrBoard reports the head of a body named with "of": "Board of
// Education", "Council of Europe".
func orgHeadsOrBoard(w string) bool {
	return orgHeads[w] || w == "board" || w == "department" || w == "office" || w == "ministry"
}

// sideBeforeAnd reports a word that ends one side's name before "and":
// "Bay View Hornets and Meeanee United" are two clubs, while "Securities
// and Investments Commission" is one body.
func sideBeforeAnd(toks []tok, j int) bool {
	w := toks[j-1].low
	if teamNicknames[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	e := j + 1
	for e < len(toks) && toks[e].cap && toks[e].word {
		e++
	}
	return e > j+1 && clubTails[toks[e-1].low]
}

// givenNameIn reports a given name followed by another capitalised word
// among the tokens: "Defenceman Lucas Martel's shot" is a man's, no firm
// called "Lucas Martel's".
func givenNameIn(ts []tok) bool {
	for x := 0; x+1 < len(ts); x++ {
		if isFirstName(ts[x].low) && ts[x+1].cap {
			return true
		}
	}
	return false
}

// schoolYears before a student's name say which year, and "Junior" is
// a given name too.
var schoolYears = wordSet("freshman sophomore junior senior")

// portfolioOpeners go before a portfolio's word in a role: "primary
// industries spokesman", "foreign affairs critic".
var portfolioOpeners = wordSet("primary secondary higher further public foreign home rural regional indigenous")

// bodyOfCountry reports a common word opening a sentence before a
// country and a verb: "Cycling UK said…" names a body, whose first word is
// not the plain word the article also writes in lower case.
func bodyOfCountry(toks []tok, i int) bool {
	if i+2 >= len(toks) || stopwords[toks[i].low] || !toks[i+1].cap || !isCountry(toks[i+1].low) {
		return false
	}
	v := toks[i+2].low
	if v == "," && i+3 < len(toks) {
		// "Universities UK, which represents 141 institutions, said…"
		return toks[i+3].low == "which" || toks[i+3].low == "the"
	}
	return speechVerbs[v] || auxiliaries[v] || isPastVerb(toks, i+2)
}

// docWords end the names of laws and agreements: "the General Data
// Protection Regulation" is no general.
var docWords = wordSet("regulation regulations act directive treaty convention law bill code charter protocol accord strategy chart charts")

// bracketThenDoc reports a bracketed word or two and then a law's or a
// paper's capitalised head word from token j on: "(Regulation) Bill",
// "(Amendment) Act".
func bracketThenDoc(toks []tok, j int) bool {
	if j >= len(toks) || toks[j].text != "(" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if toks[k].text == ")" {
			return k+1 < len(toks) && toks[k+1].cap && docWords[toks[k+1].low]
		}
	}
	return false
}

// streetWords end street names; after a title word alone ("Vicar Lane",
// "King Street") they make a street, though Lane is also a surname.
var streetWords = wordSet("lane street road avenue way row gate walk close crescent square place hill green")

// verbSubjects are pronouns that, before a title word, make it a verb.
var verbSubjects = wordSet("they we i you he she it who")

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

// venueIn reports a word of a university, a hospital or a venue inside a
// name: "Queen Mary University of London", "the Prince Edward Theatre".
func venueIn(ts []tok) bool {
	for _, t := range ts {
		if venueNouns[t.low] || t.low == "theater" || t.low == "cinema" || t.low == "arena" {
			return true
		}
	}
	return false
}

// noGivenName reports words none of which is a given name.
func noGivenName(ts []tok) bool {
	for _, t := range ts {
		if isFirstName(t.low) {
			return false
		}
	}
	return true
}

// allTitles reports words that are all words of titles: "Chief Minister".
func allTitles(ts []tok) bool {
	for _, t := range ts {
		if !titleWords[t.low] {
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

// hometownAt reports a month's name that is a town: "Margaret Eyles, 67,
// from March, said…" (March in Cambridgeshire).
func hometownAt(toks []tok, i int) bool {
	return i >= 3 && toks[i-1].low == "from" && toks[i-2].text == "," && toks[i-3].num && (i+1 == len(toks) || toks[i+1].text == ",")
}

// dateAt recognises a date starting at token i and returns its length.
func (an *analysis) dateAt(s *sent, i int) int {
	toks := s.toks
	t := toks[i]
	m := mention{typ: eDate, t0: i, r0: i, start: t.start, ent: -1, month: -1, weekday: -1}
	n := 0
	if wd := weekdayIndex(t.text); wd >= 0 && t.cap {
		m.sub, m.weekday, n = dWeekday, wd, 1
	} else if mi := monthIndex(t.text); mi >= 0 && t.cap && !(t.acro && len(t.text) > 3) && !hometownAt(toks, i) && !(t.low == "may" && !nextIsNumber(toks, i+1) && !prevIsPrep(toks, i)) && !(t.low == "march" && !nextIsNumber(toks, i+1) && !prevIsPrep(toks, i)) && !(i+1 < len(toks) && an.monthNames[t.low+" "+toks[i+1].low]) && !givenNameNotMonth(toks, i) {
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
	} else if (isYear(t) || oldYear(toks, i)) && prevIsPrep(toks, i) || afterYearWord(toks, i) || isYear(t) && yearBeforeNoun(toks, i) {
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

// yearBeforeNoun reports a year written as a noun's modifier after a
// determiner: "the 1847 attempt", "a 2014 paper", "his 1988 novel". A
// plural after it may be a count ("the 2000 runners").
func yearBeforeNoun(toks []tok, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i-1].low {
	case "the", "a", "his", "her", "their", "its", "'s":
	default:
		return false
	}
	n := toks[i+1]
	return n.word && !n.cap && !n.num && !stopwords[n.low] && (!strings.HasSuffix(n.low, "s") || strings.HasSuffix(n.low, "ss"))
}

func prevIsPrep(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	if datePreps[toks[i-1].low] {
		return true
	}
	return false
}

func isYear(t tok) bool { return yearFrom(t, 1800) }

// yearFrom reports four digits that make a year from first to 2100: a
// work's year in brackets goes back further ("(1605)") than a year in
// running text.
func yearFrom(t tok, first int) bool {
	if len(t.text) != 4 || !isAllDigits(t.text) {
		return false
	}
	y, _ := strconv.Atoi(t.text)
	return y >= first && y <= 2100
}

// oldYear reports a year before 1800 at token i, which only its place
// tells from a count: "born in 1775," but not "in 1500 homes".
func oldYear(toks []tok, i int) bool {
	t := toks[i]
	if len(t.text) != 4 || !isAllDigits(t.text) || t.text < "1000" || t.text >= "1800" {
		return false
	}
	return i+1 == len(toks) || !toks[i+1].word || toks[i+1].cap || toks[i+1].low == "and" || toks[i+1].low == "but"
}

// afterYearWord reports a year written after the word "year" or an era:
// "around the year 905", "in AD 79".
func afterYearWord(toks []tok, i int) bool {
	t := toks[i]
	if i == 0 || !isAllDigits(t.text) || len(t.text) < 2 || len(t.text) > 4 {
		return false
	}
	p := toks[i-1].low
	return p == "year" && len(t.text) >= 3 || p == "ad" // (not "year 10 girls", a school year)
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
	case ordinalIndex(t.low) >= 0 && t.cap && i > 0 && !clauseStart(s.toks, i) && i+1 < len(s.toks) && s.toks[i+1].cap && s.toks[i+1].word:
		return 0 // "a Fifth Third branch", "the Second World War": part of a name
	case numberWordName(s.toks, i):
		return 0 // "near Six Mile Road": part of a place's name
	case t.num && i > 0 && s.toks[i-1].low == "own" && (i+1 == len(s.toks) || !s.toks[i+1].word || s.toks[i+1].low == "line" || stopwords[s.toks[i+1].low]):
		return 0 // "turned over possession on their own 45": a line of the pitch
	case t.num && strings.Contains(t.text, ".") && i+3 < len(s.toks) && s.toks[i+1].text == "(" && s.toks[i+2].num && s.toks[i+3].text == ")":
		return 0 // "14.9 (93)": goals and behinds, a score line, not a figure to move
	case ordinalIndex(t.low) >= 0:
		m.typ, m.value = eOrdinal, float64(ordinalIndex(t.low)+1)
	case t.num && figureOrdinal(t.low):
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
			case "%", "million", "billion", "trillion", "percent", "crore", "lakh":
				m.t1 = i + 2
				m.end = s.toks[i+1].end
			case "per":
				// "22 per cent"; but "$580 per adult" is a rate, and the
				// blank is the amount.
				if i+2 < len(s.toks) && s.toks[i+2].low == "cent" {
					m.t1, m.end = i+3, s.toks[i+2].end
				}
			}
		}
		if i > 0 && strings.ContainsAny(s.toks[i-1].text, currencySigns) && s.toks[i-1].end == t.start {
			m.r0 = i - 1
			m.start = s.toks[i-1].start
			if i > 1 && s.toks[i-1].text == "¢" && s.toks[i-2].text == "GH" && s.toks[i-2].end == s.toks[i-1].start {
				m.r0, m.start = i-2, s.toks[i-2].start // "GH¢180": Ghana's cedi
			}
		}
		m.text = s.text[m.start:m.end]
	default:
		return 0
	}
	s.ments = append(s.ments, m)
	return m.t1 - i
}

// allPortfolio reports words that are all portfolios: "Housing", "Health
// and Social Care".
func allPortfolio(ws []tok) bool {
	for _, t := range ws {
		if !portfolioWords[t.low] && t.low != "and" {
			return false
		}
	}
	return len(ws) > 0
}

// middleInitial reports a full stop at token j that ends a middle initial
// inside a name: "John G. Roberts", "Neil M. Gorsuch".
func middleInitial(toks []tok, j int) bool {
	p := toks[j-1]
	return j >= 2 && len(p.text) == 1 && p.cap && p.end == toks[j].start && toks[j-2].cap && toks[j-2].word &&
		j+1 < len(toks) && toks[j+1].cap && toks[j+1].word
}

// leadInitial reports a full stop at token j that ends an initial opening
// a name: "P. Ramesh", "K. Senthilnathan".
func leadInitial(toks []tok, j int) bool {
	p := toks[j-1]
	return len(p.text) == 1 && p.cap && p.end == toks[j].start && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && !toks[j+1].num
}

// currencySigns are the signs written before an amount of money.
const currencySigns = "$£€₹¥¢"

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

// compoundAdjective reports a capitalised compound that describes rather
// than names: "York-born", "London-based", "Labour-led".
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	if compoundTails[strings.ToLower(w[i+1:])] {
		return true
	}
	return false
}

// subRegion is the sub-type of a place that is a continent or world region.
const subRegion = 3

func isContinent(low string) bool {
	for _, c := range continents {
		if strings.EqualFold(strings.TrimPrefix(c, "the "), low) {
			return true
		}
	}
	return false
}

// raceName reports a horse race's name: "Queen Mother Champion Chase",
// "Grand Annual Handicap Chase" (but not "Chevy Chase").
func raceName(ts []tok) bool {
	n := len(ts)
	if n >= 2 && ts[n-1].low == "stakes" {
		return true // "the Brigadier Gerard Stakes", and after "and" "Queen Elizabeth Stakes"
	}
	if n < 2 || ts[n-1].low != "chase" && ts[n-1].low != "hurdle" {
		return false
	}
	switch ts[n-2].low {
	case "champion", "handicap", "gold", "novices", "novices'", "juvenile", "national":
		return true
	}
	return false
}

// demonymNouns are nationality nouns written before a name.
var demonymNouns = wordSet(`briton scot welshman welshwoman englishman englishwoman irishman irishwoman frenchman
	frenchwoman dutchman kiwi aussie scotsman scotswoman dane swede spaniard`)

// nationNoun reports a word that names a person by nationality after
// "the": "the Swiss", "the Spaniard", "the Scot".
func nationNoun(low string) bool {
	return isNationality(low) || demonymNouns[low] || nationalityNouns[low]
}

// nationalityNouns are nouns for a person of a country that are not its
// adjective.
var nationalityNouns = wordSet("spaniard swede dane pole finn serb croat turk argentinian")

// nounBreakers are function words that cannot be the noun after a name. A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var nounBreakers = wordSet(`on in at to for from by with and or but as of after before last next this since until where when
	who which that than over into about against because while if so`)

// personCueVerbs after a name show that a person acts: "said", "told". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var personCueVerbs = wordSet("said says told tells added explained wrote recalled insisted")

// datePreps before a number make it a date or a time: "in 2004", "since 1998". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var datePreps = wordSet("in since by until till from of during before after early late mid to and between throughout")

// compoundTails end a hyphenated adjective made from a name: "London-based". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var compoundTails = wordSet(`born based led backed owned run made style bound born-and-bred listed funded controlled
	registered headquartered`)

// agentNoun reports whether a word has the ending of a noun for what a
// person does ("forecaster", "economist", "spokeswoman"), which a name
// does not take when it stands before a given name.
func agentNoun(low string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian", "man", "woman", "ess", "ant", "ent", "eer"} {
		if len(low) > len(suf)+2 && strings.HasSuffix(low, suf) {
			// Not Abdirahman, Othman or Suleiman, given names the lists
			// lack: no trade ends so ("chairman", "Frenchman" do not).
			stem := strings.TrimSuffix(low, "man")
			return suf != "man" || !strings.HasSuffix(stem, "i") && !slices.ContainsFunc([]string{"ah", "eh", "oh", "uh", "th"}, func(e string) bool { return strings.HasSuffix(stem, e) })
		}
	}
	return false
}

// namedCompany reports a name given to a company just before it: "the
// new firm, to be called Halvard Brightstone", "a bank named Orsk".
func namedCompany(toks []tok, i int) bool {
	if i > 0 && strings.HasSuffix(toks[i-1].low, "-owned") {
		return true // "Indian-owned Daltra Steel": people are not owned
	}
	if i < 2 {
		return false
	}
	switch toks[i-1].low {
	case "called", "named", "renamed", "dubbed":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if orgNouns[toks[k].low] || orgNouns[strings.TrimSuffix(toks[k].low, "s")] {
			return true
		}
		if toks[k].text == "." || personNouns[toks[k].low] {
			return false
		}
	}
	return false
}

// quotedWhole reports a name that is all a quotation holds: "Honey Tax,"
// is a title, not someone called Honey Tax.
func quotedWhole(toks []tok, i, j int) bool {
	if i == 0 || toks[i-1].text != "\"" || j >= len(toks) {
		return false
	}
	if toks[j].text == "\"" {
		return true
	}
	return (toks[j].text == "," || toks[j].text == ".") && j+1 < len(toks) && toks[j+1].text == "\""
}

// workAppositive reports an aside from token k that says what work a
// name is: "the fourth album from…", "her debut novel,", "a new film by…";
// not "the film's director" or "the album producer".
func workAppositive(toks []tok, k int) bool {
	switch toks[k].low {
	case "the", "a", "an", "her", "his", "their", "its":
	default:
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+4; e++ {
		t := toks[e]
		if !t.word || t.cap || t.num {
			return false
		}
		if (t.low == "of" || t.low == "from" || t.low == "for" || t.low == "with") && !(t.low == "of" && (ordinalIndex(toks[e-1].low) >= 0 || toks[e-1].low == "last" || toks[e-1].low == "latest")) {
			return false // "a singer of songs": the aside's head came before, and it is no work
		}
		if !titledWorks[t.low] || e+1 < len(toks) && titledWorks[toks[e+1].low] {
			continue // "her debut novel": the work is the last word
		}
		if e+1 >= len(toks) {
			return true
		}
		switch n := toks[e+1]; n.low {
		case "from", "by", "of", "that", "which", "since", "in", "on", "and":
			return true
		default:
			return !n.word && n.low != "'s"
		}
	}
	return false
}

// titleRun returns the end of a work's title that opens at toks[i] and
// holds small title words, which a run of capitals alone would cut: after
// a work and a comma, "Mr Khoury's debut, Salt and Cedar, published…", up
// to the punctuation that ends it, or anywhere once the article has given
// it so. It returns 0 for none. The titles it finds are kept in
// an.titleRuns in the order of the text.
func (an *analysis) titleRun(toks []tok, i int) int {
	for _, t := range an.titleRuns {
		if i+len(t) <= len(toks) && slices.EqualFunc(t, toks[i:i+len(t)], func(w string, u tok) bool { return w == u.text }) {
			return i + len(t)
		}
	}
	if i < 2 || toks[i-1].text != "," || !titledWorks[toks[i-2].low] {
		return 0
	}
	e, small := i, false
	for e < len(toks) && toks[e].word && (toks[e].cap || e > i && e+1 < len(toks) && smallTitleWords[toks[e].low] && toks[e+1].cap) {
		small = small || !toks[e].cap
		e++
	}
	if !small || e-i > 8 || e < len(toks) && toks[e].text != "," && toks[e].text != "(" && toks[e].text != "." {
		return 0
	}
	an.titleRuns = append(an.titleRuns, tokTexts(toks[i:e]))
	return e
}

// titledWorks are works whose title may follow them after a comma, and
// the things a race names so ("The American entry, Liberty Tide,").
var titledWorks = wordSet("book books cookbook cookbooks novel novels memoir memoirs album albums single song songs poem poems collection debut sequel film films entry yacht boat")

// openingAdjectives, opening a sentence before an acronym, describe it
// rather than start a name: "New EU trade commissioner Peter Mandelson".
var openingAdjectives = wordSet("new former top senior veteran young local latest")

// knownCompany reports a well-known company's one-word name: "Apple",
// "Sony".
func knownCompany(w string) bool {
	g := known(w)
	return g != nil && g.typ == eOrg && strings.HasPrefix(g.class, "k")
}

// orgAfterAnd reports that the "and" at toks[j] joins two halves of one
// body's name: a short run of capitals after it ends in a word such as
// "Authority" or "Federation" ("Competition and Markets Authority").
func orgAfterAnd(toks []tok, j int) bool {
	e, lower, and := j+1, false, false
	for e < len(toks) && (e <= j+6 || and && e <= j+8) && (toks[e].word && !toks[e].num || pluralPossessive(toks, e)) {
		if toks[e].low == "and" && !and && e > j+1 && e+1 < len(toks) && toks[e+1].cap {
			// "Mid and West Wales Fire and Rescue Service": the second
			// part has an "and" of its own.
			and = true
			e++
			continue
		}
		if !toks[e].cap {
			// One lower-case word between capitals: "Healthcare
			// products Regulatory Agency".
			if lower || stopwords[toks[e].low] || isVerbish(toks[e].low) || speechVerbs[toks[e].low] || e == j+1 || e+1 >= len(toks) || !toks[e+1].cap {
				break
			}
			lower = true
		}
		e++
	}
	if e > j+2 && toks[e-1].cap && orgWords[toks[e-2].low] && (isContinent(toks[e-1].low) || isCountry(toks[e-1].low) || regionNames[toks[e-1].low]) && (e >= len(toks) || !toks[e].cap) {
		return true // "the Zoo and Aquarium Association Australasia"
	}
	return e > j+1 && toks[e-1].cap && orgWords[toks[e-1].low] && (e >= len(toks) || !toks[e].cap)
}

// titleInQuotes returns the number of words of a title in quotation marks
// that opens at toks[i], or 0: two to eight words that open on capitals
// but for small title words inside ("The Lantern Under the Stairs"), and
// that a run of capitals alone would not keep whole, for a small word or
// the article it opens on. A trailing comma inside the marks, "The Road
// Home," which…, is no part of it.
func titleInQuotes(s *sent, i int) int {
	toks := s.toks
	if i == 0 || toks[i-1].text != "\"" || !toks[i].cap || !toks[i].word || s.depths()[i] != 1 {
		return 0 // (the quotation depths only once a mark is there: most sentences need none)
	}
	e, small := i, toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an"
	for e < len(toks) && toks[e].word && (toks[e].cap || smallTitleWords[toks[e].low] && e > i) {
		small = small || !toks[e].cap
		e++
	}
	n := e - i
	if e < len(toks) && toks[e].text == "," && e+2 < len(toks) && toks[e+1].text == "\"" && !toks[e+2].cap && !speechVerbs[toks[e+2].low] {
		e++
	}
	if !small || n < 2 || n > 8 || e >= len(toks) || toks[e].text != "\"" || !toks[i+n-1].cap {
		return 0
	}
	return n
}

// pluralPossessive reports the apostrophe of a plural possessive inside a
// name, "Allied Workers' Union": one name goes on through it.
func pluralPossessive(toks []tok, e int) bool {
	return e > 0 && e+1 < len(toks) && toks[e].text == "'" && toks[e].start == toks[e-1].end && strings.HasSuffix(toks[e-1].low, "s") && toks[e+1].cap
}

// initialsFollow reports a run of capitals through the "and" at j whose
// initials the bracket after it gives: "The University and College Union
// (UCU)" is one body, though "University" could end a name.
func initialsFollow(toks []tok, i, j int) bool {
	e := j + 1
	for e < len(toks) && toks[e].cap && toks[e].word {
		e++
	}
	if e+2 >= len(toks) || toks[e].text != "(" || !toks[e+1].acro || toks[e+2].text != ")" {
		return false
	}
	var b strings.Builder
	for _, t := range toks[i:e] {
		if t.low != "and" && t.low != "of" && t.low != "for" && t.low != "the" {
			b.WriteString(strings.ToUpper(t.text[:1]))
		}
	}
	return b.String() == toks[e+1].text
}

// regionNames close a body's name after its head: "… Association
// Australasia", "… Council Europe".
var regionNames = wordSet("australasia europe asia africa scandinavia oceania")

// sloganVerbs before a quotation make what it holds words written, not a
// name: "signs reading "Franklin Strong"", "a banner saying "Save Our Pool"".
var sloganVerbs = wordSet("reading read saying says said titled entitled dubbed marked")

// utilityHeads open the names of utilities named for their region or
// trade: "Electricity North West", "Gas Networks Ireland".
var utilityHeads = wordSet("electricity gas water")

// numberedNouns are names that a number completes ("Senate Bill 1174",
// "Mile 12", "Terminal 5"): neither a body nor a place without it.
var numberedNouns = wordSet("bill mile terminal gate platform phase stage section article clause chapter ward block sector zone level apollo interstate highway route runway pier unit lot plot grade grades class order resolution directive regulation")

// fieldPlurals name what a regulator oversees; before "and" they go on
// into one body's name ("the Australian Securities and Investments
// Commission"), though "Securities" also ends a firm's.
var fieldPlurals = wordSet("securities investments markets exchanges futures standards pensions customs communications")

// rolePreps are prepositions that are not in the stop list but never start
// a role: "the shot went past goalkeeper Mark Flekken".
// positionModifiers open a player's position: "openside flanker",
// "loosehead prop", "replacement hooker".
var positionModifiers = wordSet("openside blindside loosehead tighthead replacement inside outside centre center left right wing middle opposite key star veteran young experienced")

// sidePosition reports a team position named by its side of the field,
// "inside centre", "outside hitter", whose first word is otherwise a
// preposition.
func sidePosition(side, pos string) bool {
	return (side == "inside" || side == "outside") && (pos == "centre" || pos == "center" || pos == "hitter" || pos == "half" || pos == "forward" || pos == "back")
}

var rolePreps = wordSet("past round around over under against beyond via towards toward near behind inside outside across through during despite amid like unlike")

// portfolioWords name what a ministry or an office is for: on both sides of
// "and" after "of" or "for" they make one body's name ("the Office of Rail
// and Road"), where "the Bank of England and Barclays" names two.
var portfolioWords = wordSet(`rail road roads trade industry industries skills care sport sports culture media energy climate environment
	food rural affairs communities housing local justice security development science technology innovation
	education health social transport pensions work digital employment enterprise business commerce
	agriculture fisheries tourism heritage arts infrastructure planning safety welfare family families disaster management
	relief resources power livestock mineral minerals petroleum mines mining sanitation forestry forests land lands geography earth sciences science history philosophy economics engineering
	physics chemistry biology mathematics medicine law politics languages music psychology humanities
	information communications communication telecommunications urban antiquities financial economic fiscal monetary
	burn burns plastic surgery trauma orthopaedics cardiology oncology neurology neurosurgery nursing midwifery dentistry pharmacy
	paediatrics pediatrics radiology psychiatry ophthalmology tropical hygiene
	conciliation mediation arbitration standards humanitarian supply supplies internal external interior foreign domestic utilities finance urbanisation urbanization`)

// headOfIn reports a body's head word followed by "of" among tokens [i,
// j): "Federation of…", "Amalgamated Union of…".
func headOfIn(toks []tok, i, j int) bool {
	for x := i; x+1 < j; x++ {
		if orgHeads[toks[x].low] && toks[x+1].low == "of" {
			return true
		}
	}
	return false
}

// tradeListEnd returns the end of a list from the comma at token k that a
// body's name goes on with: ", Coffee and Allied Plantation Workers" (the
// token after the plural that ends it), or k.
func tradeListEnd(toks []tok, k int) int {
	e := k
	for e < len(toks) && e < k+10 {
		if toks[e].text == "," && e+1 < len(toks) && toks[e+1].cap && toks[e+1].word {
			e += 2
			continue
		}
		if toks[e].low == "and" && pluralTail(toks, e+1) {
			e++
			for e < len(toks) && toks[e].cap && toks[e].word {
				e++
			}
			return e
		}
		if toks[e].cap && toks[e].word {
			e++
			continue
		}
		break
	}
	return k
}

// pluralTail reports a run of two to four capitalised words from token k
// that ends the name in a plural: "Allied Health Interns", "Mine
// Workers".
func pluralTail(toks []tok, k int) bool {
	e := k
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].word && !toks[e].num {
		e++
	}
	if e-k < 2 || e < len(toks) && toks[e].cap {
		return false
	}
	last := toks[e-1].low
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !isCountry(last)
}

// ofIn reports "of" or "for" among the tokens [i, j).
func ofIn(toks []tok, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].low == "of" || toks[k].low == "for" {
			return true
		}
	}
	return false
}

// bodyHeadOf reports a name whose head, before its first "of" or "for", is
// an organisation's word or "Office": "Office of Rail and Road", "Council
// for Science and Technology".
func bodyHeadOf(name []tok) bool {
	for k := 1; k+1 < len(name); k++ {
		if name[k].low == "of" || name[k].low == "for" {
			h := name[k-1].low
			return orgWords[h] || h == "office"
		}
	}
	return false
}

// cityOfName reports the words before "City" in a city's name: a country,
// a state or a known place ("Benin City", "Kansas City", "Salt Lake City").
func cityOfName(ws []tok) bool {
	var b strings.Builder
	for k, w := range ws {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.low)
	}
	low := b.String()
	return isCountry(low) || isState(low) || low == "salt lake" || low == "ho chi minh" || low == "quezon" || low == "vatican"
}

// plainNameWords reports capitalised words that could make a person's name:
// no title, body, place or event word among them.
func plainNameWords(ts []tok) bool {
	for _, t := range ts {
		if !t.cap || !t.word || t.num || t.acro || titleWords[t.low] || orgWords[t.low] || placeWords[t.low] || eventWords[t.low] || stopwords[t.low] {
			return false
		}
	}
	return true
}

// mentionsPlace reports a place name the article writes as a whole word:
// "Nova Scotia" for "Nova Scotians".
func (an *analysis) mentionsPlace(name string) bool {
	return len(name) >= 4 && an.mentionsWord(name) // whole words: "Nova Scotia" itself
}

// ordinalBefore reports an ordinal word or figure: "27th", "third".
func ordinalBefore(w string) bool {
	return ordinalIndex(w) >= 0 || figureOrdinal(w)
}

// figureOrdinal reports an ordinal in figures, lower-cased: "27th", "1st".
func figureOrdinal(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) && isAllDigits(w[:len(w)-2])
}

// generalTown reports "General" at token i after a word that sets a place
// ("in", "near", "from", "outside") or before "City": towns named for a
// general ("General Santos City", "a cemetery in General Santos").
func generalTown(toks []tok, i int) bool {
	if i+2 < len(toks) && toks[i+2].low == "city" {
		return true
	}
	if i == 0 {
		return false
	}
	p := toks[i-1].low
	return wherePreps[p] || p == "near" || p == "from" || p == "outside" || p == "and" && i >= 3 && wherePreps[toks[i-3].low]
}

// bornIn reports a name at token i after "in" that ends a birth's date and
// place: "born in Ton Pentre", "Born on 9 February 1941 in Ton Pentre".
func bornIn(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "in" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		switch {
		case toks[k].low == "born":
			return true
		case !toks[k].word && toks[k].text != "." || toks[k].cap && !toks[k].num && monthIndex(toks[k].text) < 0:
			return false // "born to Ada Lim in…": a name between
		}
	}
	return false
}

// quotedNickname reports a name in [i, j) that fills quotation marks after
// "as", "called", "nicknamed" or "dubbed": a name someone went by.
func quotedNickname(toks []tok, i, j int) bool {
	k := i - 1
	for k > 0 && toks[k].cap && toks[k].word {
		k-- // "Coach" before "Joe"
	}
	if k < 1 || j >= len(toks) || toks[k].text != "\"" || toks[j].text != "\"" {
		return false
	}
	switch toks[k-1].low {
	case "as", "called", "nicknamed", "dubbed":
		return true
	}
	return false
}

// numberWordName reports a capitalised number word inside a sentence
// that opens a place's name: "near Six Mile Road", "at Five Ways
// Junction"; not "Two teenage girls" at the start.
func numberWordName(toks []tok, i int) bool {
	t := toks[i]
	if !t.cap || clauseStart(toks, i) || numberWordIndex(t.low) < 0 || i+1 >= len(toks) || !toks[i+1].cap || !toks[i+1].word || toks[i+1].num {
		return false
	}
	for e := i + 1; e < len(toks) && e <= i+3 && toks[e].cap && toks[e].word; e++ {
		if placeWords[toks[e].low] {
			return true
		}
	}
	return false
}
