package quiz

// Stage 6a, statements: a true-or-false or cloze question quotes a sentence,
// and the quoted words must read as one short, self-contained claim. This
// file cuts a sentence down to the clause that holds the fact — without an
// introductory phrase, a trailing aside or a pronoun whose referent the
// reader cannot see — or says that it cannot.

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Statement lengths, in words: a statement longer than stmtSoftWords is
// trimmed when it can be; one longer than stmtHardWords is not asked.
const (
	stmtSoftWords = 24
	stmtHardWords = 38
)

// rep replaces the bytes [start, end) of a sentence with text.
type rep struct {
	start, end int
	text       string
}

// stmtPlan is the part of a sentence a statement quotes: bytes [from, to),
// after prefix (a name standing for a pronoun subject), with replacements.
type stmtPlan struct {
	prefix   string
	from, to int
	reps     []rep
	cut      bool // the sentence's end was cut off: the statement needs a full stop
}

// names returns the names the plan writes in for pronouns and
// descriptions ("Prince" for "The singer"), which a question on the
// statement cannot offer as wrong options.
func (p stmtPlan) names() map[string]bool {
	var out map[string]bool
	for _, r := range append(p.reps, rep{text: p.prefix}) {
		if r.text != "" && unicode.IsUpper(rune(r.text[0])) {
			if out == nil {
				out = map[string]bool{}
			}
			out[r.text] = true
		}
	}
	return out
}

// render writes the statement with the plan's replacements and extra ones
// (the blank, or the swapped value of a false statement).
func (p stmtPlan) render(s *sent, extra ...rep) string {
	reps := append(append([]rep(nil), p.reps...), extra...)
	sort.SliceStable(reps, func(i, j int) bool { return reps[i].start < reps[j].start })
	var b strings.Builder
	b.WriteString(p.prefix)
	at := p.from
	for _, r := range reps {
		if r.start < at || r.end > p.to {
			continue
		}
		b.WriteString(s.text[at:r.start])
		b.WriteString(r.text)
		at = r.end
	}
	b.WriteString(s.text[at:p.to])
	out := squashSpace(b.String())
	if strings.HasSuffix(out, "..") && !strings.HasSuffix(out, "...") {
		out = out[:len(out)-1] // "…of the firm Carver Freight Lines Inc." ends once
	}
	if out != "" && (p.cut || !strings.ContainsAny(out[len(out)-1:], ".!?\"'”’)")) {
		// Cut short, or glued to the next sentence in the source: the
		// statement still ends with a full stop.
		out = strings.TrimRight(out, " ,;:-–")
		if !strings.HasSuffix(out, ".") {
			out += "." // not after "Inc." or "Jr."
		}
	}
	r, size := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(r)) + out[size:]
}

// personalPronouns need a person named before them in the statement.
var personalPronouns = wordSet("he him his himself she her hers herself")

// leadingConjunctions can be dropped from the start of a statement: "But
// Middlesbrough peppered the goal" states "Middlesbrough peppered the goal".
var leadingConjunctions = wordSet("but and so yet also meanwhile however")

// leadingConjunction reports a conjunction of leadingConjunctions at
// token k, but not the "So" of "So far", "So many", "So much".
func leadingConjunction(toks []tok, k int) bool {
	if !leadingConjunctions[toks[k].low] {
		return false
	}
	if k+1 < len(toks) && toks[k].low == "so" {
		switch toks[k+1].low {
		case "far", "many", "much", "long":
			return false
		}
		if inversionVerbs[toks[k+1].low] || auxiliaries[toks[k+1].low] {
			return false // "So begins "Humphrey Has Opinions"", "So did his brother": the verb comes first
		}
	}
	return true
}

// inversionVerbs come before their subject after "So": "So begins…",
// "So ended…".
var inversionVerbs = wordSet("begins began ends ended goes went starts started opens opened closes closed comes came runs ran")

// introOpeners start an introductory phrase that a statement may leave out
// ("After claiming the title, …", "When the captains agreed, …"); a
// condition ("if", "unless") changes the claim and stays.
// verbBeforeComma reports a finite verb among tokens a to b, the present
// ones before a name or a figure too ("our projection gives Civic Union
// 30 seats").
func verbBeforeComma(toks []tok, a, b int) bool {
	for x := a; x < b; x++ {
		if x > a && (clausalOpeners[toks[x].low] || toks[x].low == "who" || toks[x].low == "which" || toks[x].low == "that" || toks[x].low == "where") {
			return false // "despite the welcome when visitors are in town,": the verb is the inner clause's
		}
		if isPastVerb(toks, x) && (toks[a].low == "with" || namingVerbs[toks[x].low] || x+1 < len(toks) && (npPreps[toks[x+1].low] || toks[x+1].low == "by" || toks[x+1].text == "," || weekdayIndex(toks[x+1].text) >= 0)) {
			// "With all votes counted on Monday,", "In a report published
			// Tuesday,", "In a slot named "Last Word",": participles.
			continue
		}
		if finiteVerb(toks, x) || presentShape(toks, x) && (toks[x+1].cap || toks[x+1].num) {
			return true
		}
	}
	return false
}

// namingVerbs give a name: after a noun they are participles ("a segment
// called…").
var namingVerbs = wordSet("called named dubbed titled entitled nicknamed known")

// clausalOpeners open an opening that can hold a verb of its own: "When
// the polls closed, …".
// clauseOnlyOpeners open a clause and never a phrase: "When Lakhani's
// fellow spinner, Callum Reid, trapped…" has its verb still to come at
// the first comma ("After the return to civilian rule in 1999," does not).
var clauseOnlyOpeners = wordSet("when while although though because whereas if")

var clausalOpeners = wordSet("when although though while after since as before once because if until whereas having speaking")

var introOpeners = wordSet(`when although though while despite after with having in on at during since earlier later last
	following for as by under speaking separately elsewhere already now today yesterday set amid due
	before overall instead still nevertheless`)

// tailOpeners, after a comma or a dash, start a trailing aside that a
// statement may leave out: "…, which killed 30,000", "…, his anxiety…".
var tailOpeners = wordSet(`which who while whereas as after before but and with including according although though his her
	their its although, when where despite amid saying adding leaving making prompting following
	meaning bringing taking giving because since so though, not a an the all both one he she it they
	then in on at from compared`)

// statementPlan decides how a sentence can be quoted as a statement that
// keeps tokens [k0, k1) (the fact asked about). It fails when the sentence
// cannot stand alone (a pronoun subject with no sure referent), holds two
// sentences, a question or a range that lost its dash, or stays too long
// after trimming.
func (an *analysis) statementPlan(s *sent, k0, k1 int) (stmtPlan, bool) {
	toks := s.toks
	n := len(toks)
	if n == 0 || k0 < 0 || k1 > n || k0 >= k1 {
		return stmtPlan{}, false
	}
	lead, ok := an.standaloneLead(s)
	if !ok {
		return stmtPlan{}, false
	}
	if o := nowOpening(toks); n > o+3 && toks[o].low == "the" && vagueSubjects[toks[o+1].low] && (auxiliaries[toks[o+2].low] || isPastVerb(toks, o+2) || presentVerb(toks, o+2)) {
		return stmtPlan{}, false // "The number is down from 3,287 the previous year.", "Today the number is closer to 120": which number?
	}
	if unquotedWord(s, 0, n, func(_ int, t tok) bool {
		return t.low == "you" || t.low == "your" || t.low == "yourself" || strings.HasPrefix(t.low, "you'")
	}) {
		// "There is a moment … when you find yourself facing a painting":
		// the writer speaks to the reader, and states no fact.
		return stmtPlan{}, false
	}
	p := stmtPlan{prefix: lead.text, from: lead.to, to: len(s.text)}
	if name := an.carriedSpeaker(s); name != "" && p.prefix == "" {
		if quoteOpensBack(toks) {
			return stmtPlan{}, false // "It waited 27 years…", a quotation going on: what waited?
		}
		p.prefix = name + " said: " // whose words they are, written in
	} else if p.prefix == "" && wholeQuote(s) {
		return stmtPlan{}, false // a quotation whose speaker is not sure: whose words are these?
	}
	if k, name := an.itReferent(s); name != "" {
		p.reps = append(p.reps, rep{toks[k].start, toks[k].end, name})
	} else if k := itSubject(toks); k > 0 {
		return stmtPlan{}, false // "In March, it recalled…": what recalled?
	}
	if k0d, k1d, name := an.descReferent(s); name != "" && (k1d <= k0 || k0d >= k1) {
		p.reps = append(p.reps, rep{toks[k0d].start, toks[k1d-1].end, name})
	}
	p.reps = append(p.reps, an.companyReferents(s)...)
	if n > 2 && toks[0].low == "the" && (toks[1].low == "company" || toks[1].low == "firm") && !replacedAt(s, p.reps, 1) && lead.to == 0 {
		return stmtPlan{}, false // "The company employs about 41,000 people." in a story of two firms: which?
	}
	lo, hi := 0, n // token span the statement keeps
	for lead.to > 0 && lo < n && toks[lo].start < lead.to {
		lo++ // the words the lead's name stands for
	}
	quoteAt := quoteDepths(toks)
	for k := max(k1, 1); k+1 < n; k++ {
		if toks[k].text == ";" && quoteAt[k] == 0 && adviceVerbs[toks[k+1].low] && !toks[k+1].cap {
			hi, p.cut = k, true // "…on the day of each performance; go early, and bring a sweater": the writer's advice
			break
		}
	}
	words := func() int {
		n := fieldCount(p.prefix + " " + s.text[toks[lo].start:toks[hi-1].end])
		for _, r := range p.reps {
			n += fieldCount(r.text) - fieldCount(s.text[r.start:r.end])
		}
		return n
	}
	// Asides that do not hold the fact go: a bracket ("(£691m)"), and,
	// when the statement is long, a clause between commas opened by
	// "who" or "which", or words between two dashes.
	for k := 1; k < n; k++ {
		if toks[k].text != "(" || quoteAt[k] != 0 || toks[k].start == toks[k-1].end && toks[k-1].word {
			continue // "lipoprotein(a)": a bracket written onto a word is part of it
		}
		e := k + 1
		for e < n && toks[e].text != ")" && toks[e].text != "(" {
			e++
		}
		if e < n && toks[e].text == ")" && (e < k0 || k >= k1) {
			p.reps = append(p.reps, rep{toks[k-1].end, toks[e].end, ""})
		}
		k = e
	}
	var asides []int // indexes in p.reps of the asides left out
	if words() > stmtSoftWords {
		for k := 1; k+2 < n; k++ {
			t := toks[k]
			// (Not "a mole named Mr Pockets, greeted millions…": a verb
			// after the name goes on with the clause.)
			appos := t.text == "," && personEndsAt(s, k) && !isPastVerb(toks, k+1)
			open := t.text == "," && (toks[k+1].low == "who" || toks[k+1].low == "which" || appos) || t.text == "-" || t.text == "–"
			if !open || quoteAt[k] != 0 {
				continue
			}
			e := k + 2
			for e < n && toks[e].text != t.text && !(t.text == "," && (toks[e].text == "-" || toks[e].text == "(")) && toks[e].text != "\"" {
				e++
			}
			// ", which contains drawings of castles, lochs and mountains,
			// was bought": the aside ends where the main verb resumes, not
			// at a comma of a list inside it; but "Milani, which will study
			// the surface, and Juventas, which carries a radar": a list of
			// names goes on after it.
			// (Nor ", who made 58 before he edged Trelawney, and then an
			// unbroken 80 with Callum Derry, who finished on 37": an
			// "and" with no "who" of its own goes on the main clause.)
			for rel := t.text == "," && (toks[k+1].low == "which" || toks[k+1].low == "who"); rel && e+1 < n && toks[e].text == "," && !verbAfterAside(toks, e+1) && !pluralVerbAfter(toks, k, e+1) && !(toks[e+1].low == "and" && e+2 < n && (toks[e+2].cap || toks[e+2].low != toks[k+1].low)); {
				f := e + 1
				for f < n && toks[f].text != "," && toks[f].text != "\"" && toks[f].text != "-" {
					f++
				}
				if f < n && finiteVerbIn(toks, e+1, f) && !verbAfterAside(toks, e+1) && !(toks[e+1].low == "and" && toks[e+2].low == toks[k+1].low) {
					// ", which comes into force on 1 April, the cost of a
					// stay will rise from £3.20 to £4.50, while…": the
					// words after the aside hold the main clause. (But
					// ", who … London, and who delivered 4,300 babies in
					// crofts, farmhouses…, has died": a second clause of
					// the same kind goes on the aside.)
					break
				}
				if f >= n || toks[f].text != "," {
					if (mainClauseBefore(s, 0, k) || verbBeforeComma(toks, 0, k)) && !finiteVerbFrom(toks, e+1) && !presentVerb(toks, e+1) && !isVerbish(toks[e+1].low) {
						// "fell to 2.4%, which it blamed on lower volumes,
						// higher costs and price pressure.": after the main
						// verb, a list that runs to the end, no aside.
						e = n - 1
					}
					break
				}
				e = f
			}
			if e >= n-1 || toks[e].text != t.text || k < k1 && e >= k0 {
				k = e
				continue
			}
			if t.text == "," && toks[k+1].low == "which" && (toks[k+2].cap || determiners[toks[k+2].low]) && !finiteVerbIn(toks, k+2, e) {
				// ", which Dr Zhou, a co-author, said was reassuring": the
				// clause's verb comes after the name's own aside.
				k = e
				continue
			}
			if t.text == "," && toks[e+1].text == "\"" && (toks[k+1].low == "which" || toks[k+1].low == "who") {
				// ", which is being developed as a car-lite, "forest town"
				// on…,": the clause goes on past its comma into a quotation.
				k = e
				continue
			}
			if (toks[k+1].low == "which" || toks[k+1].low == "who") && toks[k+2].text == "," {
				k = e
				continue // ", which, as every fan knows, is…": the clause's verb comes after its own aside
			}
			if deedList(toks, e) {
				k = e
				continue // ", who leapt, grabbed and dropped the ball": no aside, a list of deeds
			}
			if t.text == "," && (toks[k+1].low == "which" || toks[k+1].low == "who") && (toks[e+1].low == "a" || toks[e+1].low == "an") {
				// ", which reconstruct the Inland Customs Line, a hedge of
				// thorn…": what follows describes a noun inside the aside,
				// which must stay.
				k = e
				continue
			}
			if appos && toks[k+1].low != "who" && (!(auxiliaries[toks[e+1].low] || speechVerbs[toks[e+1].low]) || strings.HasSuffix(toks[e+1].low, "ing")) {
				// An appositive ends where the person's verb follows;
				// "Olawoyin, commended the government, saying…" has its
				// verb inside the commas.
				k = e
				continue
			}
			if t.text != "," && !mainClauseBefore(s, 0, k) || toks[k+1].low == "which" && toks[k-1].num {
				k = e
				continue
			}
			if t.text == "," && e+1 < n && appositiveOpeners[toks[e+1].low] && !finiteVerbFrom(toks, e+1) {
				// ", who served under Amenhotep III, one of Egypt's
				// wealthiest pharaohs.": what follows, with no verb of
				// its own, goes on the aside, and goes with it.
				if k < k1 && n-1 > k0 {
					k = e
					continue
				}
				e = n - 1
				if toks[e].word {
					e = n
				}
				asides = append(asides, len(p.reps))
				p.reps = append(p.reps, rep{toks[k].start, toks[e-1].end, ""})
				k = e
				continue
			}
			end := toks[e].end
			if named := nameStartOf(s, k); named >= 1 && toks[named-1].text == "," && !(named >= 2 && toks[named-2].cap && portfolioWords[toks[named-2].low]) && !introPhraseTo(toks, named-1) || t.text == "," && (openPhraseBefore(toks, k) || openAppositiveBefore(toks, k)) ||
				t.text == "," && k >= 3 && toks[k-2].low == "or" && toks[k-3].text == "," && (toks[k-1].acro || toks[k-1].cap) {
				// ("High-bandwidth memory, or HBM, which stacks…,
				// accounted": the short name's closing comma stays too.)
				// (But "State Tourism, Culture and Environment Minister
				// Edwin Sualin, who…, said": a list of portfolios, no
				// commas of a name's own.)
				// "The new director, Tricia Tuttle, who took over last
				// year, said…": the name's own closing comma stays; so does
				// the one closing "and, against the advice of her
				// headmistress, who…, won".
				end = toks[e].start
			}
			asides = append(asides, len(p.reps))
			p.reps = append(p.reps, rep{toks[k].start, end, ""})
			k = e
		}
	}
	// A leading "But" or "And" goes.
	if lead.to == 0 && leadingConjunction(toks, 0) && n > 2 && (toks[1].word || toks[1].text == "," || toks[1].text == "\"" && quoteAt[2] == 1) && k0 > 0 {
		lo = 1
		if toks[1].text == "," && n > 3 {
			lo = 2
		}
	}
	// A short clause before a semicolon that answers the sentence before
	// ("Readers did not agree; The Last Ferry sold…") goes when the fact
	// comes after it: alone it says nothing.
	if lead.to == 0 && lo == 0 {
		if sc := slices.IndexFunc(toks[:k0], func(t tok) bool { return t.text == ";" }); sc >= 2 && sc <= 6 && sc+2 < n && quoteAt[sc] == 0 {
			lo = sc + 1
		}
	}
	// A trailing attribution with a pronoun speaker: resolve it or cut it
	// ("…, he said", "…, it added"), or resolve it after a quotation ("…,"
	// he said).
	for k := lo + 1; k+1 < hi; k++ {
		quoted := toks[k].text == "\"" && toks[k-1].text == "," && quoteAt[k-1] != 0
		if (toks[k].text == "," && quoteAt[k] == 0 && mainClauseBefore(s, lo, k) || quoted) && (toks[k+1].low == "he" || toks[k+1].low == "she" || toks[k+1].low == "it" || toks[k+1].low == "they") && k+2 < n && speechVerbs[toks[k+2].low] {
			if e := an.surePronounAt(s, k+1); e >= 0 {
				p.reps = append(p.reps, rep{toks[k+1].start, toks[k+1].end, an.ents[e].name})
			} else if !quoted && k >= k1 && !strings.Contains(s.text[toks[lo].start:toks[k].start], "\"") {
				hi = k
				p.cut = true
				// "…short-term investments, enough, he said, to fund…": a
				// word or two left before the cut go with it.
				for j := k - 1; j >= k1 && j > k-4; j-- {
					if toks[j].text == "," {
						hi = j
						break
					}
				}
			}
			break
		}
	}
	// A "he" or "she" inside the sentence that no one named before it can
	// be: the one person of that gender the article has named so far
	// ("Mr Roe said he loved Mrs Poe but that she…").
	for k := max(lo, 1); k+1 < hi; k++ {
		g := pronounGender(toks[k].low)
		if g == 0 || toks[k].low != "he" && toks[k].low != "she" || quoteAt[k] != 0 || replacedAt(s, p.reps, k) || removedAt(s, p.reps, k) || an.personOfGenderBefore(s, k, g) {
			continue
		}
		if unnamedPersonBefore(s, lo, k) {
			continue // "it follows a young clerk who discovers that the bridge he is supposed to…": the clerk's
		}
		e := an.onlyOfGenderBefore(s.idx, k, g, -1)
		if len(s.ments) > 0 && bornOpening(s, s.ments[0]) {
			e = an.pronounEntAt(s, k) // "Born Margaret Cullinan…, she was": the one the name at birth is
		}
		if e < 0 && !finiteVerbIn(toks, lo, k) && finiteVerb(toks, k+1) {
			// "Born in Vadodara, Gujarat, he was…", "Over the following
			// 16 seasons he made…": the subject after an opening phrase
			// is the "He" a sentence would open with.
			e = an.surePronounAt(s, k)
			if x := an.obituarySubject(); e < 0 && x >= 0 && an.genderFits(x, g) && an.subjectOf(s.idx-1) == x && !an.personOfGenderBefore(s, k, g) {
				e = x // "He was spotted at 14 by Hemant Parikh… Over the following 16 seasons he made…": the one mourned goes on
			}
		}
		if an.subjectAfterOpening(s, lo, k, g) >= 0 {
			// "Known … as "K.O.", a nickname he claimed to have earned…,
			// Mr Darko led…": inside the opening phrase, the "he" is the
			// subject that comes after it, and reads so as it stands.
			p.reps = append(p.reps, rep{toks[k].start, toks[k].end, toks[k].text})
			continue
		}
		if e >= 0 && !strings.Contains(p.prefix, an.ents[e].name) && !namedAfter(s, k, e) && !repNamed(p.reps, an.ents[e].name) {
			p.reps = append(p.reps, rep{toks[k].start, toks[k].end, an.ents[e].name})
		}
	}
	if words() > stmtSoftWords || an.loosePronoun(s, lo, hi, p.prefix != "", p.reps) || an.outsideRef(s, max(lo, thisSubject(s)), hi, p.reps) {
		// An introductory phrase up to the first comma, unless what stays
		// measures itself against it ("After their first title last season,
		// they aim to go one better").
		if lead.to == 0 && (introOpeners[toks[lo].low] || introWords[toks[lo].low]) && !leadingConjunctions[toks[lo].low] && !comparesBack(s) && !rateOpening(toks, lo) && !castOpening(toks, lo) {
			// The opening ends at the first comma, unless a pronoun and
			// its verb come first: "In 1984 she led the team that…, a
			// girl from Dundee" has no comma after its opening.
			comma := false
			for k := lo + 1; k < n && k < lo+maxIntro && k < k0 && !comma && !(subjectPronouns[toks[k].low] && finiteVerb(toks, k+1)); k++ {
				comma = toks[k].text == ","
			}
			if !comma {
				lo = introWithoutComma(s, lo, k0)
			}
			for k := lo + 1; comma && k < n && k < lo+maxIntro && k < k0; k++ {
				if toks[k].text == "," && quoteAt[k] == 0 && clauseOnlyOpeners[toks[lo].low] && !finiteVerbIn(toks, lo+1, k) {
					continue // "When Lakhani's fellow spinner, Callum Reid, trapped…": the clause's subject is set off, its verb still to come
				}
				if toks[k].text == "," && quoteAt[k] == 0 {
					if !clausalOpeners[toks[lo].low] && !timeClauseOpens(toks, lo) && verbBeforeComma(toks, lo+1, k) {
						// "On those figures our projection gives Civic
						// Union 30 seats, Freedom Alliance 26…": the main
						// clause, not an opening phrase, ends at the comma.
						break
					}
					// The clause after the comma opens with a name, a noun
					// phrase, or a role before a name ("chairman Paul Grant").
					role := k+2 < n && !toks[k+1].cap && toks[k+1].word && toks[k+2].cap && npWordOK(toks[k+1]) && !isVerbish(toks[k+1].low) && !pronounish(toks[k+1].low)
					// "Under the plan, staff will work…": a bare noun and its verb.
					bare := k+2 < n && !toks[k+1].cap && toks[k+1].word && !toks[k+1].num && npWordOK(toks[k+1]) && !isVerbish(toks[k+1].low) && !pronounish(toks[k+1].low) && !stopwords[toks[k+1].low] && auxiliaries[toks[k+2].low] && !itWordIn(toks, k+1, hi)
					// "Today 94 people live here all year, a figure that
					// rises to 300": the words after the comma describe the
					// clause before; they are no clause of their own.
					describes := determiners[toks[k+1].low] && k+3 < n && (toks[k+3].low == "that" || toks[k+3].low == "which")
					if k+1 < n && !describes && !sourceAside(toks, k+1) && (toks[k+1].cap && !pronounish(toks[k+1].low) || role || bare || determiners[toks[k+1].low] && toks[k+1].low != "his" && toks[k+1].low != "her" && toks[k+1].low != "its" && toks[k+1].low != "their") && !introAppositive(toks, k+1, k0) && !insideMention(s, k) && !placeThenRegion(s, k) && !closedAppositive(s, k+1) {
						lo = k + 1
					}
					break
				}
			}
		}
	}
	if lead.to == 0 && an.outsideRef(s, lo, hi, p.reps) {
		// "The move came as UKIP officials began…": the event that dates
		// an unnamed one stands alone.
		if j := comesAs(s, lo); j > lo && j <= k0 {
			lo = j
		}
	}
	if an.outsideRef(s, max(lo, thisSubject(s)), hi, p.reps) {
		// "Shares in Zenvolt fell 6% after the announcement": the event
		// it dates the fact by is an earlier sentence's, and the claim
		// holds without it.
		if k := trailingAnaphoricAdjunct(toks, hi); k >= k1 && k > lo+3 && !an.outsideRef(s, max(lo, thisSubject(s)), k, p.reps) {
			hi = k
			p.cut = true
		}
	}
	if words() > stmtSoftWords || an.loosePronoun(s, lo, hi, p.prefix != "", p.reps) || an.outsideRef(s, max(lo, thisSubject(s)), hi, p.reps) {
		// A trailing aside after the fact.
		for k := max(k1, lo+4); k+1 < hi; k++ {
			t := toks[k]
			if quoteAt[k] != 0 || !(t.text == "," || t.text == ";" || t.text == "-" || t.text == "–") || removedAt(s, p.reps, k) || t.text == "-" && toks[k-1].end == t.start {
				continue // and "a D- or E": a grade's minus, no dash
			}
			if (t.text == "-" || t.text == "–") && closesDashes(toks, lo, k) {
				// "the rare moments when it cracks - a call, a laugh -
				// land with real force": the clause resumes after the
				// closing dash.
				continue
			}
			nx := toks[k+1]
			if (nx.low == "and" || nx.low == "but" || nx.low == "so") && !verbSoon(toks, k+2) || t.text == "," && listGoesOn(toks, k, hi) {
				continue // "at home, and in the US": a list, not a second clause
			}
			if t.text == "," && adjectiveComma(toks, k) && (!strings.HasSuffix(nx.low, "ing") || commonAdjectives[toks[k-1].low] || adjectiveShaped(toks[k-1].low)) {
				// "with a long, floating pass": one noun's two adjectives;
				// but "burst their banks, flooding towns" goes on in a
				// participle.
				continue
			}
			if t.text == ";" || t.text == "-" || t.text == "–" || tailOpeners[nx.low] || strings.HasSuffix(nx.low, "ing") && !nx.cap && !strings.Contains(nx.low, "-") {
				ageLast := toks[k-1].num && k >= 2 && toks[k-2].text == "," // "Among those waiting is Margaret Dunlop, 71.": an age, no claim
				// "established Roldán, then 30, as one of the leading
				// actresses": an age set between commas, after which the
				// claim goes on.
				ageLast = ageLast || nx.low == "then" && k+3 < hi && toks[k+2].num && toks[k+3].text == "," || toks[k-1].num && k >= 3 && toks[k-2].low == "then" && toks[k-3].text == ","
				// "…collected a rebound and Tipene, who had missed…, slotted
				// the winner": a subject cut from its verb.
				subjectCut := andName(toks, k) && nx.low == "who" || saidAside(toks, k) || asideAfterAnd(toks, lo, k) || thatWithoutVerb(toks, lo, k) || colonWithoutVerb(toks, lo, k) || subordinateFirst(toks, lo, k) || verblessClause(toks, lo, k) || verblessConjunct(toks, lo, k) || participleOpenerOnly(toks, lo, k) || unfinishedBefore(toks, lo, k) || linkAside(toks, k) || phraseOnly(toks, lo, k) || clauseGoesOn(toks, lo, k) || timeAsideOnly(toks, lo, k) || verblessAfterSemicolon(toks, lo, k)
				if mainClauseBefore(s, lo, k) && !openRelative(toks, lo, k) && !openCoordinate(toks, lo, k) && !verbResumes(toks, k) && !danglingWords[toks[k-1].low] && !asideBeforeVerb(toks, k, hi) && !ageLast && !subjectCut {
					hi = k
					p.cut = true
					break
				}
			}
		}
	}
	if words() > stmtHardWords {
		// Still too long: cut at the first comma after the fact that
		// leaves a clause, unless what follows limits the claim.
		for k := max(k1, lo+4); k+1 < hi; k++ {
			if toks[k].text != "," && toks[k].text != ";" || quoteAt[k] != 0 || removedAt(s, p.reps, k) {
				continue
			}
			switch toks[k+1].low {
			case "unless", "if", "except", "only", "not", "than", "or", "nor", "even", "provided":
				continue
			}
			if listGoesOn(toks, k, hi) || unfinishedBefore(toks, lo, k) || colonWithoutVerb(toks, lo, k) || toks[k].text == "," && adjectiveComma(toks, k) {
				continue // "had a heart attack, a stroke or died": the claim is the whole list; "a tense, rain-soaked afternoon": one noun's
			}
			if secondInfinitive(toks, k+1) || infinitiveAfterAside(toks, k, hi) || clauseGoesOn(toks, lo, k) {
				continue // "ordered the company, whose office is in Dublin, to stop…": what it was ordered to do
			}
			if c := s.cls; len(c) > 0 && c[0].ok && (c[0].subj0 == 0 || toks[c[0].subj0-1].text == ",") && c[0].verb >= lo && c[0].verb < k && !openCoordinate(toks, lo, k) && !openRelative(toks, lo, k) && !verbResumes(toks, k) && !danglingWords[toks[k-1].low] && !asideBeforeVerb(toks, k, hi) {
				hi = k // only when the main clause was parsed
				p.cut = true
				break
			}
		}
	}
	if lo > 0 && lead.to == 0 {
		p.from = toks[lo].start
	}
	if hi < n {
		p.to = toks[hi].start
		if asideAfterAnd(toks, lo, hi) {
			return stmtPlan{}, false // "…raised the wage by 38 per cent and, for the first time." ends inside an aside
		}
	}
	// Checks on what is kept.
	loose := func() bool {
		return an.loosePronoun(s, lo, hi, p.prefix != "", p.reps) || an.outsideRef(s, max(lo, thisSubject(s)), hi, p.reps)
	}
	if len(asides) > 0 && loose() {
		// "Ann Lee, head of games at Harbex, said its figures…": the
		// aside holds what "its" stands for, so it stays.
		kept := p.reps
		p.reps = nil
		for i, r := range kept {
			if !slices.Contains(asides, i) {
				p.reps = append(p.reps, r)
			}
		}
	}
	if words() > stmtHardWords || loose() || unpairedRespectively(toks, lo, hi) || hi < n && (openParticipleAside(toks, lo, hi) || hi >= 2 && auxiliaries[toks[hi-2].low] && objectIngs[toks[hi-1].low]) {
		return stmtPlan{}, false
	}
	if n := wordsOutside(s, lo, hi, k0, k1, p.reps); k1-k0 <= 5 && n < 3 && !finiteVerbIn(toks, k0, k1) {
		return stmtPlan{}, false // "_____ agreed.": too little to test the fact
	}
	depth := 0
	for k := lo; k < hi; k++ {
		t := toks[k]
		if t.text == "\"" {
			depth ^= 1
		}
		if t.text == "?" {
			return stmtPlan{}, false
		}
		if (t.text == "." || t.text == "!") && k+2 < hi && (toks[k+1].cap || toks[k+1].text == "\"" && toks[k+2].cap) {
			return stmtPlan{}, false // two sentences quoted as one
		}
		if auxiliaries[t.low] && !t.cap && depth == 0 && k > lo && k+1 < hi && (toks[k+1].text == "," || toks[k+1].text == ";") && t.low != "'s" {
			return stmtPlan{}, false // "just 58.5% were, and…": were what?
		}
		if t.num && k+1 < hi && toks[k+1].num && !strings.Contains(t.text+toks[k+1].text, "-") {
			// "6-4 3-6" are set scores, not a range.
			return stmtPlan{}, false // "100 120": a range that lost its dash
		}
	}
	if depth != 0 {
		return stmtPlan{}, false
	}
	if hi > lo+1 && (auxiliaries[toks[hi-1].low] || copulas[toks[hi-1].low]) && toks[hi-1].word && !toks[hi-1].cap {
		return stmtPlan{}, false // "…and 141 complete games and was": was what?
	}
	return p, true
}

// infinitiveAfterAside reports an aside opened by the comma at token k
// whose closing comma, before token hi, comes just before an infinitive:
// "obliged the owners of all new buildings, and of existing buildings
// undergoing renovation, to install solar panels" cut at the first comma
// loses what they were obliged to do.
func infinitiveAfterAside(toks []tok, k, hi int) bool {
	for j := k + 1; j+1 < hi; j++ {
		if toks[j].text == "," {
			return secondInfinitive(toks, j+1)
		}
	}
	return false
}

// openParticipleAside reports a subject set off by a comma and a past
// participle whose aside runs on to token k: "The race, run over three
// miles on ground described as soft, yielding in places, began…" cut at
// "yielding" keeps the subject and loses its verb.
func openParticipleAside(toks []tok, lo, k int) bool {
	for j := lo + 1; j < k; j++ {
		if toks[j].text == "," {
			return j+1 < k && (isParticiple(toks[j+1]) || bareParticiples[toks[j+1].low]) && !slices.ContainsFunc(toks[j+1:k], func(t tok) bool { return t.text == "," })
		}
	}
	return false
}

// objectIngs are verbs that need what they spend or pay: "the council
// was spending, by its own estimate, £410,000 a year" cut at the comma
// keeps the verb without its sum.
var objectIngs = wordSet("spending paying earning costing losing charging owing receiving making taking")

// bareParticiples are past participles spelt like their verbs' base.
var bareParticiples = wordSet("run set put cut hit cast spread shut")

// verblessClause reports a clause opened in tokens [lo, k) by a word
// that needs a verb after it ("when", "because", "although") whose verb
// comes only after k: "There is a moment … when its subject, a former
// keeper named Ivor Pengelly, climbs…" cut at the comma ends on "when
// its subject".
func verblessClause(toks []tok, lo, k int) bool {
	for j := k - 1; j >= lo; j-- {
		if clauseNeedsVerb[toks[j].low] && !toks[j].cap {
			// "…, and when she does, in a third-episode interrogation,
			// the effect is startling": after "and", the clause it opens
			// is followed by its main clause, which a cut would lose.
			return !finiteVerbIn(toks, j+1, k) || j > lo && (toks[j-1].low == "and" || toks[j-1].low == "but")
		}
	}
	return false
}

// verblessConjunct reports a cut at k that would end a second conjunct
// before its verb: "…better than most, and in "Pip", her fourth picture
// book, she builds…" or "…too little variety; by her third solo of
// stamping, fist-clenched lament, the point has been made" keep an
// opening phrase and its aside, and lose the clause they open.
func verblessConjunct(toks []tok, lo, k int) bool {
	for b := k - 1; b > lo; b-- {
		conj := toks[b].text == ";" || (toks[b].low == "and" || toks[b].low == "but" || toks[b].low == "while" || toks[b].low == "yet") && toks[b-1].text == ","
		if !conj {
			continue
		}
		comma := false
		for j := b + 1; j < k; j++ {
			comma = comma || toks[j].text == ","
		}
		return comma && !finiteVerbIn(toks, b+1, k)
	}
	return false
}

// participleOpenerOnly reports a cut at k that keeps only a sentence's
// opening participle phrase: "Loosely built around the records of a
// community that lost eleven men in 1881, it is less a story ballet…"
// loses its main clause at the comma.
func participleOpenerOnly(toks []tok, lo, k int) bool {
	if lo != 0 || k+1 >= len(toks) || !subjectPronouns[toks[k+1].low] && !determiners[toks[k+1].low] {
		return false
	}
	p := 0
	if strings.HasSuffix(toks[0].low, "ly") && len(toks) > 1 {
		p = 1 // "Loosely built"
	}
	t := toks[p]
	t.cap = false // "Built in 1901, it…" opens with a capital
	return isParticiple(t) && !auxiliaries[t.low] && !slices.ContainsFunc(toks[:k], func(t tok) bool { return t.text == "," })
}

// clauseNeedsVerb open a clause that cannot stand as a phrase.
var clauseNeedsVerb = wordSet("when while because although though whereas unless whenever")

// itReferent resolves an "it" that is the subject of a sentence's main
// clause ("However, it was suspended…") to the plain singular subject of
// the sentence before ("An agreement to … was signed"): the subject goes
// on from sentence to sentence. It returns the token of "it" and the words
// to print instead ("the agreement"), or "" when the link is not sure.
func (an *analysis) itReferent(s *sent) (int, string) {
	k := itSubject(s.toks)
	if s.idx == 0 || k < 0 {
		return 0, ""
	}
	prev := &an.sents[s.idx-1]
	if len(prev.ments) > 0 && prev.ments[0].t0 == afterConjunctions(prev.toks) && prev.ments[0].t1 < len(prev.toks) {
		// "Vireo said the rise would pay for new shows. It plans to
		// spend £400m…": what only a body does is the body's.
		m, v := prev.ments[0], k+1
		if adverbs[s.toks[v].low] {
			v++
		}
		if m.typ == eOrg && m.ent >= 0 && !m.pronoun && v < len(s.toks) && bodyVerbs[s.toks[v].low] && finiteVerb(prev.toks, pastAside(prev.toks, m.t1)) {
			return k, an.bodyName(m.ent)
		}
	}
	if len(prev.cls) == 0 || !prev.cls[0].ok || prev.cls[0].subjMent >= 0 {
		return 0, ""
	}
	c := prev.cls[0]
	v := k + 1
	if v < len(s.toks) && adverbs[s.toks[v].low] {
		v++
	}
	if v+1 < len(s.toks) && (s.toks[v].low == "is" || s.toks[v].low == "was") && (determiners[s.toks[v+1].low] || s.toks[v+1].low == "one") {
		return 0, "" // "It is the third heatwave of the summer": the news, not the agency
	}
	for _, m := range prev.ments {
		if m.typ == eOrg && m.t0 > c.subj0 && !m.modifier && !strings.HasSuffix(m.text, "s") && !partyWords[strings.ToLower(m.text)] && reportedBefore(prev.toks, m.t0) {
			// "The report says the council spent £11.2m… It is currently
			// housing 640 households": the body the report is about may
			// be "it".
			return 0, ""
		}
	}
	for j := c.verb + 1; j+1 < len(prev.toks); j++ {
		if prev.toks[j].text == "," && (prev.toks[j+1].low == "a" || prev.toks[j+1].low == "an") {
			// "…was tested on patients who had HFpEF, a condition in which…
			// It affects 32 million people": the thing named last may be it.
			return 0, ""
		}
	}
	// "The fine is one of the largest… In 2018, it fined Google": a deed
	// of "it" is a body's, not the fine's.
	deed := v < len(s.toks) && (bodyVerbs[s.toks[v].low] || bodyDeeds[s.toks[v].low])
	if r := c.verb + 1; speechVerbs[prev.toks[c.verb].low] && !deed && r+1 < len(prev.toks) && (determiners[prev.toks[r].low] || prev.toks[r].low == "that" && determiners[prev.toks[r+1].low]) {
		// "The weather bureau said the storm struck near Salcedo. It was
		// moving west-northwest": the storm, more likely than the body
		// that spoke of it.
		return 0, ""
	}
	for _, p := range nounPhrases(prev) {
		if p.d0 != c.subj0 || p.plural || p.det == "" || nounClass(p.head) == 1 || deed && !orgNouns[p.head] && !bodyHeads[p.head] {
			continue
		}
		// "But the company has faced questions… In March, it recalled
		// 340 buses": the company the sentence before stands for.
		for _, r := range an.companyReferents(prev) {
			if r.start == prev.toks[p.d0].start && r.text != "" {
				return k, r.text
			}
		}
		return k, "the " + p.words
	}
	return 0, ""
}

// reportedBefore reports a verb of saying or showing before token k: "The
// report says the council…".
func reportedBefore(toks []tok, k int) bool {
	for j := 0; j < k; j++ {
		if speechVerbs[toks[j].low] || reportBases[strings.TrimSuffix(toks[j].low, "s")] || toks[j].low == "found" || toks[j].low == "showed" {
			return true
		}
	}
	return false
}

// bodyDeeds are what a body does to others ("it fined Google", "it
// banned the drug"): their "it" is no thing of the sentence before.
var bodyDeeds = wordSet("fined banned ruled ordered approved rejected sued charged hired sacked appointed asked told urged")

// adverbs that may stand between a subject and its verb: "It also plans".
var adverbs = wordSet("also now still already then later soon quickly eventually finally subsequently swiftly promptly")

// pastAside returns the token after an aside set off by commas that opens
// at token k (", which flies from six airports,", ", a male and a
// female,"), or k.
func pastAside(toks []tok, k int) int { return pastAsideWithin(toks, k, 12) }

// pastAsideWithin is pastAside for an aside of up to n tokens: an actor's
// appositive may run long (", a graduate of the Royal Welsh College of
// Music and Drama making her first major classical appearance,").
func pastAsideWithin(toks []tok, k, n int) int {
	if k >= len(toks) || toks[k].text != "," {
		return k
	}
	for j := k + 1; j < len(toks) && j < k+n; j++ {
		if toks[j].text == "," {
			return j + 1
		}
	}
	return k
}

// raisingVerbs take an empty "it": "it seems that…", "it emerged…".
var raisingVerbs = wordSet("seems seemed appears appeared emerged remains remained looks looked turned took takes")

// bodyVerbs are deeds only a company or a body does, whose "it" is the
// body the sentence before is about.
var bodyVerbs = wordSet("plans planned intends intended aims hopes wants expects expected says said added announced warned employs hired")

// itSubject returns the token of an "it" that is the subject of a
// sentence's main clause, after any opening conjunction or time or place
// ("However, it was…", "In March, it recalled…"), or -1; "it was clear
// that…" has an empty subject.
func itSubject(toks []tok) int {
	k := afterConjunctions(toks)
	if k < len(toks) && (introPreps[toks[k].low] || introOpeners[toks[k].low]) {
		j := k + 1
		for j < len(toks) && j < k+6 && toks[j].word && !finiteVerb(toks, j) {
			j++
		}
		if j < len(toks) && toks[j].text == "," {
			k = j + 1
		} else if j > k+2 && j < len(toks) && toks[j-1].low == "it" && slices.ContainsFunc(toks[k+1:j-1], func(t tok) bool {
			return t.num || spanNouns[t.low] || monthIndex(t.text) >= 0 || weekdayIndex(t.text) >= 0 || t.low == "morning" || t.low == "afternoon" || t.low == "evening"
		}) {
			// "By last year it was supporting 73 pupils": no comma after
			// the time. (A review's "On PC it ran at 60 frames a second"
			// speaks of the work it is about.)
			k = j - 1
		}
	}
	if k+1 >= len(toks) || toks[k].low != "it" {
		return -1
	}
	v := k + 1
	if adverbs[toks[v].low] {
		v++ // "It also plans…"
	}
	if bodyVerbs[toks[v].low] {
		return k // "It plans to…", "It said that…": someone's deed
	}
	if !auxiliaries[toks[v].low] && !isPastVerb(toks, v) && !presentVerb(toks, v) {
		return -1
	}
	if !auxiliaries[toks[v].low] && !raisingVerbs[toks[v].low] {
		return k // "In 2023, it asked customers to return…": a deed
	}
	for j := k + 2; j < len(toks) && j < k+7; j++ {
		if itOpensClause[toks[j].low] {
			return -1 // "it was clear that…", "it is expected to…"
		}
	}
	return k
}

// performerNouns are trades a story's subject is called by after being
// named ("Prince topped the list. The singer banked…"): words that do not
// bring in a new person the way "the officer" or "the spokesman" may.
var performerNouns = wordSet(`singer star rapper actor actress comedian musician guitarist drummer
	striker midfielder defender winger goalkeeper keeper flanker batsman bowler batter pitcher
	quarterback forward champion veteran presenter author novelist director filmmaker`)

// descReferent resolves a description that opens a sentence's subject
// ("The singer banked…", "But the 19-year-old striker nodded…") to the
// person the sentence before names, when it names just that one and the
// article calls them by the same word, or the word is a performer's trade.
// It returns the description's tokens [k0, k1) and the name, or "".
func (an *analysis) descReferent(s *sent) (int, int, string) {
	toks := s.toks
	k := afterConjunctions(toks)
	if s.idx == 0 || k >= len(toks) || toks[k].low != "the" {
		return 0, 0, ""
	}
	h := k + 1
	age := h < len(toks) && ageWord(toks[h].low)
	for !age && h < len(toks) && h < k+4 && toks[h].word && !toks[h].cap && !personHead(toks[h].low) {
		h++
	}
	if age {
		// "The 24-year-old from Bristol also won…": an age is said of
		// the one person the sentence before is about.
		v := h + 1
		if v < len(toks) && toks[v].low == "from" {
			for v++; v < len(toks) && toks[v].cap; v++ {
			}
		}
		if v < len(toks) && (toks[v].low == "also" || toks[v].low == "then" || toks[v].low == "now") {
			v++
		}
		if !finiteVerb(toks, v) {
			return 0, 0, ""
		}
		for x := v + 1; x < len(toks) && x <= v+4 && toks[x].word && toks[x].low != "and"; x++ {
			if isPastVerb(toks, x) {
				// "The 47-year-old chartered professional accountant
				// spent…": the first "verb" was an adjective of the noun
				// the age goes with.
				return 0, 0, ""
			}
		}
	} else if h >= len(toks) || toks[h].cap || !personHead(toks[h].low) || !finiteVerb(toks, h+1) {
		return 0, 0, ""
	}
	head := toks[h].low
	var g byte
	if femaleHeads[head] {
		g = pronounGender("she")
	}
	// The sentence before is about that person: its subject, and the one
	// person it names.
	prev := &an.sents[s.idx-1]
	one, inSubj := -1, false
	for _, m := range prev.ments {
		if m.typ != ePerson {
			continue
		}
		if m.ent < 0 || one >= 0 && m.ent != one || m.pronoun && !an.surePronoun(s.idx-1, m.ent) {
			return 0, 0, "" // two people, or one not sure: which one?
		}
		one = m.ent
		// The subject: the verb follows the name, and none comes before
		// it ("South Africa's Schalk Burger was named…").
		inSubj = inSubj || finiteVerb(prev.toks, m.t1) && !verbBefore(prev.toks, m.t0)
	}
	if !inSubj || !an.genderFits(one, g) {
		return 0, 0, ""
	}
	e := &an.ents[one]
	said := e.titles[head]
	for _, r := range e.roles {
		said = said || strings.Contains(" "+r.lower+" ", " "+head+" ")
	}
	// A person the article calls by another word ("Coach Mark Ellis") is
	// not "the striker".
	if !said && !age && (!performerNouns[head] || len(e.roles)+len(e.titles) > 0) {
		return 0, 0, ""
	}
	return k, h + 1, e.name
}

// ageWord reports an age used as a noun: "24-year-old", "six-year-old".
func ageWord(low string) bool {
	n, ok := strings.CutSuffix(low, "-year-old")
	return ok && n != "" && (n[0] >= '0' && n[0] <= '9' || numberWordIndex(n) >= 0)
}

// personHead reports a noun that names a person: a title, a role or a
// trade.
func personHead(w string) bool {
	return headTitles[w] || personNouns[w] || performerNouns[w]
}

// femaleHeads are person nouns that show a woman.
var femaleHeads = wordSet("actress spokeswoman chairwoman queen princess woman congresswoman")

// afterConjunctions returns the first token after leading conjunctions
// ("But, …", "And").
func afterConjunctions(toks []tok) int {
	k := 0
	for k < len(toks) && leadingConjunction(toks, k) {
		k++
		if k < len(toks) && toks[k].text == "," {
			k++
		}
	}
	return k
}

// comesAs returns the token after "as" in a sentence from token lo such
// as "The move came as the union began…" or "His decision comes days
// after the board said…", where a clause with its own subject and verb
// follows; otherwise 0.
func comesAs(s *sent, lo int) int {
	toks := s.toks
	if lo >= len(toks) || !determiners[toks[lo].low] && toks[lo].low != "this" && toks[lo].low != "that" {
		return 0
	}
	v := lo + 1
	for v < len(toks) && v < lo+4 && toks[v].word && !comesVerbs[toks[v].low] {
		v++
	}
	if v >= len(toks) || !comesVerbs[toks[v].low] {
		return 0
	}
	// "as", "after", "in the same week that", "just days after".
	j := v + 1
	for j < len(toks) && j < v+6 && toks[j].word && toks[j].low != "as" && toks[j].low != "after" && toks[j].low != "that" && toks[j].low != "when" {
		j++
	}
	if j >= len(toks) || !(toks[j].low == "as" || toks[j].low == "after" || toks[j].low == "that" || toks[j].low == "when") {
		return 0
	}
	j++
	if j+1 >= len(toks) || pronounish(toks[j].low) || toks[j].low == "there" || !(toks[j].cap || determiners[toks[j].low]) {
		return 0 // "as it emerged…": no subject of its own
	}
	for k := j + 1; k < len(toks) && k < j+8 && toks[k].text != ","; k++ {
		if finiteVerb(toks, k) {
			return j
		}
	}
	return 0
}

// comesVerbs date an event by another: "The move came as…".
var comesVerbs = wordSet("came comes come follows followed")

// personOfGenderBefore reports a person named before token k, outside
// quotations, whom a pronoun of gender g may stand for.
func (an *analysis) personOfGenderBefore(s *sent, k int, g byte) bool {
	q := s.depths()
	for _, m := range s.ments {
		if m.typ == ePerson && m.t1 <= k && q[m.t0] == 0 && (m.ent < 0 || an.genderFits(m.ent, g)) && !bornOpening(s, m) {
			return true // (not "Born Eirlys Morgan…, she": her name at birth says whom "she" means no more than a pronoun)
		}
	}
	return false
}

// pronounEntAt returns the person a pronoun at token k is linked to, or
// -1.
func (an *analysis) pronounEntAt(s *sent, k int) int {
	for _, m := range s.ments {
		if m.pronoun && m.t0 == k && m.ent >= 0 {
			return m.ent
		}
	}
	return -1
}

// finiteVerb guesses whether token k is a finite verb: an auxiliary, a
// past tense or a present tense after a subject.
func finiteVerb(toks []tok, k int) bool {
	return k < len(toks) && (auxiliaries[toks[k].low] || isPastVerb(toks, k) && !(k > 0 && determiners[toks[k-1].low]) || presentVerb(toks, k))
}

// verbBefore reports a verb or a comma among the tokens before k.
func verbBefore(toks []tok, k int) bool {
	for j := 0; j < k; j++ {
		if toks[j].text == "," || finiteVerb(toks, j) {
			return true
		}
	}
	return false
}

// thisSubject returns 1 when the sentence opens with "This" or "That" as a
// pronoun subject ("This has made Comey the second…"), else 0. A blank in
// the rest still tests a fact the reader can find; a true-or-false
// statement does not (its claim is about what "this" is), so slotQuestions
// asks no such statement.
func thisSubject(s *sent) int {
	if len(s.toks) > 2 && (s.toks[0].low == "this" || s.toks[0].low == "that") && (isPastVerb(s.toks, 1) || auxiliaries[s.toks[1].low] && isParticiple(s.toks[2])) {
		return 1
	}
	return 0
}

// mainClauseBefore reports whether tokens [a, b) hold the sentence's main
// verb, so that cutting at b still leaves a clause: the parsed main
// clause's verb, or, when none was parsed, a verb in one comma-free run.
func mainClauseBefore(s *sent, a, b int) bool {
	if timeClauseOpens(s.toks, a) {
		// "The first time Kereama picked up a handpiece, at the age of
		// 13, he was sent out": the main clause comes after the comma.
		for k := a + 1; k < b; k++ {
			if s.toks[k].text == "," {
				return finiteVerbIn(s.toks, k+1, b)
			}
		}
		return false
	}
	if c := s.cls; len(c) > 0 && c[0].ok && (c[0].subj0 == 0 || s.toks[c[0].subj0-1].text == ",") && !timeAppositive(s.toks, c[0].subj0) {
		return s.cls[0].verb >= a && s.cls[0].verb < b
	}
	if castOpening(s.toks, a) {
		// "As Francis, the son who…, Daniel Ruiz-Harper is…": the part,
		// then the actor and his verb.
		for s.toks[a].text != "," {
			a++
		}
	} else if introOpeners[s.toks[a].low] || clauseOpeners[s.toks[a].low] || s.toks[a].low == "if" || isVerbish(s.toks[a].low) || isParticiple(s.toks[a]) || strings.HasSuffix(s.toks[a].low, "ing") {
		return false // "Delivered from wide, …": no subject before the verb
	}
	inRel := false
	q := s.depths()
	for k := a + 1; k < b; k++ {
		if q[k] != 0 {
			continue // a verb inside a quotation is not the statement's
		}
		switch s.toks[k].low {
		case "who", "which", "that", "whose", "where", "when":
			inRel = true
		case "what":
			inRel = k > 0 && phraseOpeners[s.toks[k-1].low] // "in what is now Anambra State": a place, no claim
		case ",":
			inRel = false
		}
		if !inRel && finiteVerb(s.toks, k) && !(k+1 < len(s.toks) && s.toks[k+1].low == "by" && !auxiliaries[s.toks[k-1].low] && isParticiple(s.toks[k]) && !changeVerb(s.toks[k].low)) {
			return true // "Members of the union employed by Pennine Rail": no verb yet
		}
	}
	return false
}

// timeAppositive reports "the year", "the day" or the like at token k,
// set after a comma: "In 1955, the year the forced removals began,": the
// time told by what happened in it, no clause of the sentence's own.
func timeAppositive(toks []tok, k int) bool {
	return k >= 1 && k+1 < len(toks) && toks[k-1].text == "," && toks[k].low == "the" && appositiveTimes[toks[k+1].low]
}

// appositiveTimes are the times "the … that" an event tells.
var appositiveTimes = wordSet("year day month week season summer winter night")

// thatWithoutVerb reports a clause opened by "that" before token k whose
// verb has not come yet: "told the court that between March 2023 and
// August 2024, the two … conspired" cannot stop at the comma; so is one
// reported after "said" with the "that" left out.
func thatWithoutVerb(toks []tok, lo, k int) bool {
	for x := k - 1; x > lo; x-- {
		if toks[x].low == "that" && (speechVerbs[toks[x-1].low] || findingVerbs[toks[x-1].low] || thatResultVerbs[toks[x-1].low] || toks[x-1].text == ":" || x >= 3 && speechVerbs[toks[x-3].low]) { // "a study found that the share of…", "the boycotts meant that Tuwei, at his peak, never…"
			end := k
			for y := x + 1; y < k; y++ {
				if toks[y].text == "-" || toks[y].text == "–" || toks[y].text == "—" {
					end = y // "the share … - an increase in maximum sustained winds … -": the aside's words are not the clause's verb
					break
				}
			}
			return !finiteVerbIn(toks, x+1, end)
		}
		if (toks[x].low == "said" || toks[x].low == "says") && x+1 < k && (toks[x+1].num || determiners[toks[x+1].low] || numberWordIndex(toks[x+1].low) > 0) && !finiteVerbIn(toks, x+1, k) {
			// "Santoso said eight vessels, including two navy boats, …
			// were involved": the reported clause, "that" left out, has
			// no verb yet.
			return true
		}
	}
	return false
}

// thatResultVerbs bring a clause of what followed: "meant that Tuwei never
// raced".
var thatResultVerbs = wordSet("meant means ensured ensures guaranteed")

// subordinateFirst reports a clause before token k that opens with "and"
// or "but" and a subordinator: "…, and although most people recover
// within days, the infection can…" cannot stop at the comma, whose main
// clause is still to come.
func subordinateFirst(toks []tok, lo, k int) bool {
	for x := k - 1; x > lo; x-- {
		if toks[x].text != "," {
			continue
		}
		return x+2 < k && (toks[x+1].low == "and" || toks[x+1].low == "but") && clauseFirstOpeners[toks[x+2].low]
	}
	return false
}

// timeAsideOnly reports, before token k, only an opening phrase and an
// aside that dates it by another event: "In 1995, a year after Nelson
// Mandela became president," has not reached its main clause, nor has
// "A year after Nelson Mandela became president" once the year is gone.
func timeAsideOnly(toks []tok, lo, k int) bool {
	start := lo
	for x := k - 1; x > lo; x-- {
		if toks[x].text == "," {
			if finiteVerbIn(toks, lo, x) {
				return false
			}
			start = x + 1
			break
		}
	}
	// "a year after", "two weeks before", "months after"
	j := start
	if j < k && (toks[j].low == "a" || toks[j].low == "an" || toks[j].num || numberWordIndex(toks[j].low) > 0) {
		j++
	}
	return j+1 < k && timeNouns[toks[j].low] && eventTimeWords[toks[j+1].low]
}

// clauseGoesOn reports a comma at token k inside a clause that has not
// reached its end: "it was a commentator, X, who…", "after Marco
// Pellegrini, a substitute…, scored", "on dates when, according to…, he
// was abroad". Neither cut of a long statement stops there.
func clauseGoesOn(toks []tok, lo, k int) bool {
	return toks[k+1].low == "who" && cleftBefore(toks, k) || subordinateSubject(toks, lo, k) || asideAfterOpener(toks, lo, k)
}

// subordinateSubject reports a name just before token k that opens a
// clause after "after", "when" or the like: in "…on Saturday evening
// after Marco Pellegrini, a substitute who…, scored", the comma after the
// name opens his aside, and his verb is still to come.
func subordinateSubject(toks []tok, lo, k int) bool {
	j := k - 1
	for j > lo && toks[j].cap && toks[j].word {
		j--
	}
	return j < k-1 && j >= lo && clauseOpeners[toks[j].low] && toks[j].low != "that"
}

// verblessAfterSemicolon reports a clause after a semicolon that has not
// reached its verb by token k: "…; sportswriters in Tokyo, where it
// caused…, called it "the waterfall"" cannot stop after "Tokyo".
func verblessAfterSemicolon(toks []tok, lo, k int) bool {
	for j := k - 1; j > lo; j-- {
		if toks[j].text == ";" {
			return !finiteVerbIn(toks, j+1, k)
		}
	}
	return false
}

// asideAfterOpener reports a comma at token k that closes an aside opened
// right after "when", "where" or the like: in "on dates when, according
// to passport records, he was abroad" the clause's subject and verb come
// after it.
func asideAfterOpener(toks []tok, lo, k int) bool {
	opener := func(w string) bool {
		return clauseOpeners[w] && w != "as" || w == "where" || w == "if" || w == "although" || w == "which" || w == "who"
	}
	if opener(toks[k-1].low) {
		return true // the aside's opening comma: "on dates when,"
	}
	for c := k - 1; c > lo; c-- {
		if toks[c].text == "," {
			return opener(toks[c-1].low)
		}
	}
	return false
}

// eventTimeWords date one event by another.
var eventTimeWords = wordSet("after before since until")

// clauseFirstOpeners open a subordinate clause that comes before its main
// clause.
var clauseFirstOpeners = wordSet("although though if unless because when whereas while once")

// colonWithoutVerb reports a colon before token k after which no verb
// has come yet: "made a case for it: on the second hearing, the music
// sounded haunted" cannot stop at the comma.
func colonWithoutVerb(toks []tok, lo, k int) bool {
	for x := k - 1; x > lo; x-- {
		if toks[x].text == ":" && x+1 < k && toks[x].end < toks[x+1].start {
			// Only a clause that opens with a phrase before its subject
			// ("…: on the second hearing, the music…"); not "05:00", nor
			// a list ("…two kinds of dinosaur: sauropods and…").
			// Nor "…a simple premise: as the lamps are replaced, her
			// father faces…": a clause of its own before the main one.
			return npPreps[toks[x+1].low] && !finiteVerbIn(toks, x+1, k) || clauseFirstOpeners[toks[x+1].low] || toks[x+1].low == "as"
		}
	}
	return false
}

// timeClauseOpens reports words from token k that open a clause of time
// with a noun, not a subject: "The first time…", "Every time…", "By the
// time…".
func timeClauseOpens(toks []tok, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	a, b, c := toks[k].low, toks[k+1].low, toks[k+2].low
	return (a == "every" || a == "each" || a == "any") && b == "time" && !finiteVerb(toks, k+2) ||
		a == "by" && b == "the" && c == "time" ||
		a == "the" && c == "time" && (b == "first" || b == "last" || b == "next" || b == "second" || b == "only") && !finiteVerb(toks, k+3)
}

// quoteDepths returns, per token, 1 inside a quotation and 0 outside.
func quoteDepths(toks []tok) []int {
	out := make([]int, len(toks))
	d := 0
	for k, t := range toks {
		if t.text == "\"" {
			d ^= 1
			continue
		}
		out[k] = d
	}
	return out
}

func pronounish(w string) bool {
	if pronounWords[w] {
		return true
	}
	return false
}

// unnamedPersonBefore reports someone sentence s brings in without a
// name, "a young clerk", among tokens [lo, k), after any name: a "he" at k
// may well be that one.
func unnamedPersonBefore(s *sent, lo, k int) bool {
	for j := lo; j < k; j++ {
		// (and a subject "the Danish baker admits that she…": the one
		// described, whom a name put in would make someone else)
		subjectThe := s.toks[j].low == "the" && (j == 0 || s.toks[j-1].text == ",")
		if s.toks[j].low != "a" && s.toks[j].low != "an" && !subjectThe {
			continue
		}
		for h := j + 1; h < k && h <= j+3 && s.toks[h].word && (!s.toks[h].cap || isNationality(s.toks[h].low)); h++ {
			if (personHead(s.toks[h].low) || plotPeople[s.toks[h].low] || subjectThe && h+1 < k && describerVerbs[s.toks[h+1].low]) && !slices.ContainsFunc(s.ments, func(m mention) bool { return m.t0 > h && m.t0 < k && m.typ == ePerson && !m.pronoun }) {
				return true
			}
		}
	}
	return false
}

// describerVerbs, after "the Danish baker", show a person telling of
// herself: "admits that she…", "recalls how he…".
var describerVerbs = wordSet("admits admitted recalls recalled writes wrote insists insisted confesses confessed remembers says said explains explained")

// plotPeople are the unnamed people a story's plot is told by: "a young
// clerk", "a widowed fisherman".
var plotPeople = wordSet("clerk soldier engineer lawyer journalist priest farmer teacher nurse doctor detective widow widower boy girl orphan fisherman miner stranger")

// subjectOf returns the person sentence si opens on, by name or by a
// pronoun linked to them, before any verb, or -1.
func (an *analysis) subjectOf(si int) int {
	if si < 0 {
		return -1
	}
	s := &an.sents[si]
	k := afterConjunctions(s.toks)
	for _, m := range s.ments {
		if m.t0 == k && m.typ == ePerson && m.ent >= 0 && !m.modifier {
			return m.ent
		}
	}
	return -1
}

// surePronounAt returns the person a "he" or "she" at token k stands for
// when the link is sure, or -1.
func (an *analysis) surePronounAt(s *sent, k int) int {
	for _, m := range s.ments {
		if m.pronoun && m.t0 == k && m.ent >= 0 && an.surePronoun(s.idx, m.ent) {
			return m.ent
		}
	}
	// A pronoun after a quotation ("…," he told the paper) is no mention
	// of its own: it stands for the one person of its gender that the
	// sentence before names, when the sentence names nobody else before it.
	g := pronounGender(s.toks[k].low)
	if an.personOfGenderBefore(s, k, g) {
		return -1
	}
	if e := an.sureReferent(s.idx, g); e >= 0 && !namedAfter(s, k, e) {
		return e
	}
	return -1
}

// repNamed reports a name already put in for a pronoun: "In 1967 she
// became head coach, a post she held…" names her once, not twice.
func repNamed(reps []rep, name string) bool {
	for _, r := range reps {
		if r.text == name {
			return true
		}
	}
	return false
}

// namedAfter reports person e named in s after token k: in "She says he
// is not Mr Reed's son", the "he" is not Mr Reed.
func namedAfter(s *sent, k, e int) bool {
	for _, m := range s.ments {
		if m.t0 > k && m.ent == e && !m.pronoun {
			return true
		}
	}
	return false
}

// rateOpening reports an opening that sets the rate a figure is counted
// by: "For every 1C rise in sea temperature, breeding success fell by
// 11%" says nothing true without it.
func rateOpening(toks []tok, lo int) bool {
	return lo+1 < len(toks) && (toks[lo].low == "for" || toks[lo].low == "with") && (toks[lo+1].low == "every" || toks[lo+1].low == "each")
}

// sourceAside reports a source set between commas from token k: "In
// warm years, the study found, the peak came…": cutting the opening
// there would leave "The study found, the peak…".
func sourceAside(toks []tok, k int) bool {
	for x := k; x < len(toks) && x < k+5; x++ {
		if toks[x].text == "," {
			return x > k && (speechVerbs[toks[x-1].low] || findingVerbs[toks[x-1].low])
		}
		if !toks[x].word {
			return false
		}
	}
	return false
}

// comparesBack reports words that measure a claim against something said
// before it: "go one better", "do the same", "again", "by then".
func comparesBack(s *sent) bool {
	for k, t := range s.toks {
		next := ""
		if k+1 < len(s.toks) {
			next = s.toks[k+1].low
		}
		switch {
		case t.low == "again", t.low == "one" && next == "better", t.low == "the" && next == "same", t.low == "once" && next == "more",
			(t.low == "by" || t.low == "until") && next == "then", // "When … in 1976, Ellery, by then 35, was…": then is the opening's time
			t.low == "than" && next == "in" && k > 0:              // "In warm years, … earlier than in cool years"
			return true
		}
	}
	return false
}

// vagueSubjects, after "the" and before a verb, stand for a figure the
// sentence before gave.
// nowOpening returns how many tokens a sentence's opening "Today",
// "Now" or "These days" (and its comma) take.
func nowOpening(toks []tok) int {
	o := 0
	switch {
	case len(toks) > 2 && (toks[0].low == "today" || toks[0].low == "now" || toks[0].low == "currently"):
		o = 1
	case len(toks) > 3 && toks[0].low == "these" && toks[1].low == "days":
		o = 2
	}
	if o > 0 && toks[o].text == "," {
		o++
	}
	return o
}

var vagueSubjects = wordSet("number figure figures total amount rate increase rise fall drop decline change")

// wholeQuote reports a sentence that is one quotation from end to end.
func wholeQuote(s *sent) bool {
	return len(s.toks) >= 3 && s.toks[0].text == "\"" && len(s.quotes) == 1 && s.quotes[0].start == 0 && s.quotes[0].end >= len(s.text)-1
}

// quoteOpensBack reports a quotation whose first word points back to
// what the speaker said before: "It waited…", "They never…", "That is
// why…"; an empty "It is clear that…" points nowhere.
func quoteOpensBack(toks []tok) bool {
	if len(toks) < 3 || toks[0].text != "\"" {
		return false
	}
	switch toks[1].low {
	case "it":
		for j := 3; j < len(toks) && j < 8 && expletiveIt[toks[2].low]; j++ {
			if itOpensClause[toks[j].low] {
				return false
			}
		}
		return true
	case "they", "he", "she", "this", "that", "these", "those", "them", "him", "her", "its", "their", "his":
		return true
	}
	return false
}

// carriedSpeaker returns who speaks a sentence that is wholly a quotation
// going on from the sentence before ("…," said Ann Lee. "Profits of around
// £420m would be…"), or "": quoted alone, the words would be nobody's.
func (an *analysis) carriedSpeaker(s *sent) string {
	if s.idx == 0 || !wholeQuote(s) {
		return ""
	}
	prev := &an.sents[s.idx-1]
	for i := len(prev.quotes) - 1; i >= 0; i-- {
		if sp := prev.quotes[i].speaker; sp >= 0 && prev.ments[sp].ent >= 0 {
			return an.ents[prev.ments[sp].ent].name
		}
	}
	// "…," she said. "The significance is…": the "she" the sentence before
	// the quotation names surely.
	if q := prev.quotes; len(q) > 0 {
		for k := 1; k+1 < len(prev.toks); k++ {
			t := prev.toks[k]
			if t.start < q[len(q)-1].end || t.low != "he" && t.low != "she" || !speechVerbs[prev.toks[k+1].low] {
				continue
			}
			if e := an.sureReferent(prev.idx, pronounGender(t.low)); e >= 0 {
				return an.ents[e].name
			}
			break
		}
	}
	return ""
}

// loosePronoun reports a he, him, his, she or her among tokens [a, b),
// outside quotations and not replaced, with no person named before it in
// the statement (named is true when the statement's prefix is a name).
func (an *analysis) loosePronoun(s *sent, a, b int, named bool, reps []rep) bool {
	replaced := func(k int) bool {
		for _, r := range reps {
			if r.start <= s.toks[k].start && s.toks[k].start < max(r.end, r.start+1) {
				return true
			}
		}
		return false
	}
	q := s.depths()
	for k := a; k < b; k++ {
		t := s.toks[k]
		if q[k] != 0 || !personalPronouns[t.low] || replaced(k) {
			continue
		}
		// "But Ms Jowell insisted his concerns had been met": whose,
		// when no one named before the pronoun is of its gender?
		g := pronounGender(t.low)
		found, other, local := false, false, false
		for _, m := range s.ments {
			if m.typ == ePerson && !m.pronoun && m.t0 >= a && m.t1 <= k {
				if (t.low == "him" || t.low == "them") && localSubject(s.toks, m.t1, k) {
					local = true
					continue // "Bakare first saw him play": "him" is never Bakare
				}
				if m.ent < 0 || an.genderFits(m.ent, g) {
					found = true
					break
				}
				other = true
			}
		}
		if !found {
			// "She says he is not Mr Reed's son": a pronoun of the other
			// gender before it is someone else, whatever name it gets.
			for _, m := range s.ments {
				if m.pronoun && (m.t0 >= a || named) && m.t1 <= k && g != 0 {
					pg := pronounGender(s.toks[m.t0].low)
					found = found || pg == g
					other = other || pg != 0 && pg != g
				}
			}
		}
		if local && !found {
			return true // whom he saw, the question alone does not say
		}
		if named || replacedBefore(s, reps, k) {
			if other && !found {
				return true
			}
			continue
		}
		for _, np := range nounPhrases(s) {
			// The statement's subject, or a "who": "The singer banked…
			// with his tour", "a viewer who says he…".
			found = found || np.t1 < k && (np.d0 == a || s.toks[np.t1].low == "who") && !np.plural && nounClass(np.head) == 1
		}
		if !found {
			return true
		}
	}
	return false
}

// localSubject reports a name ending at token e that is the subject of
// the verb right before token k: an object pronoun there names someone
// else.
func localSubject(toks []tok, e, k int) bool {
	if k-e > 3 {
		return false
	}
	verb := false
	for x := e; x < k; x++ {
		if toks[x].text == "," || toks[x].low == "that" || speechVerbs[toks[x].low] || toks[x].low == "to" {
			return false
		}
		verb = verb || finiteVerb(toks, x) || isPastVerb(toks, x)
	}
	return verb
}

// appositiveOpeners start a noun phrase set after a name: ", one of
// Egypt's wealthiest pharaohs", ", a former teacher".
var appositiveOpeners = wordSet("one a an the his her its their two three both")

// itWordIn reports "it", "its", "they" or "their" among tokens [a, b):
// what they stand for may be in the words a statement leaves out.
func itWordIn(toks []tok, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].low {
		case "it", "its", "they", "their", "them":
			return true
		}
	}
	return false
}

// openRelative reports a relative clause opened before token k that has
// no verb yet: "…, whose chief executive, Mark Bishop, she had known…"
// cut at the comma after the name would end mid-clause.
func openRelative(toks []tok, lo, k int) bool {
	for r := k - 1; r > lo; r-- {
		if toks[r].text == "," {
			if relativeWords[toks[r-1].low] {
				return true // "a stopwatch … and which, her family said, still worked": the clause's verb comes after the aside
			}
			break
		}
	}
	for r := k - 1; r >= lo; r-- {
		if finiteVerb(toks, r) {
			return false
		}
		if w := toks[r].low; w == "whose" || w == "whom" || relativeWords[w] && r > lo && (toks[r-1].low == "and" || toks[r-1].low == "but") {
			return true
		}
	}
	return false
}

// openAppositiveBefore reports an appositive to a name opened by a comma
// before token k and not yet closed, with no verb of its own: in "Harbour
// Master, runner-up in last month's Caulfield Cup, who had been heavily
// backed, faded", the comma that closes the "who" aside closes the
// appositive too, and stays.
func openAppositiveBefore(toks []tok, k int) bool {
	for j := k - 1; j > 1; j-- {
		if toks[j].text == "," {
			// (or a participle's phrase: "The wine list, assembled by the
			// sommelier Tomás Reyes, who…, runs to 140 bins")
			part := j+1 < k && isParticiple(toks[j+1])
			from := j + 1
			if part {
				from++ // the participle is no verb of a clause
			}
			return (toks[j-1].cap && toks[j-1].word || part) && j+1 < k && toks[j+1].word && !toks[j+1].cap && !toks[j+1].num && !finiteVerbIn(toks, from, k) &&
				!slices.ContainsFunc(toks[j+1:k], func(t tok) bool { return relativeWords[t.low] || clauseOnlyOpeners[t.low] || t.low == "where" })
		}
	}
	return false
}

// openPhraseBefore reports a phrase set off by a comma that opens within
// a few words before the comma at token k and is not closed before it:
// "and, against the advice of her headmistress, who…".
func openPhraseBefore(toks []tok, k int) bool {
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if toks[j].text == "," {
			return j+1 < k && (introPreps[toks[j+1].low] || toks[j+1].low == "against" || toks[j+1].low == "like") && (toks[j-1].low == "and" || toks[j-1].low == "but")
		}
		if isPastVerb(toks, j) || auxiliaries[toks[j].low] {
			return false
		}
	}
	return false
}

// subjectAfterOpening returns the person of gender g who is the subject
// of sentence s just after an opening phrase holding token k, when no
// verb of a clause comes between lo and k, or -1.
func (an *analysis) subjectAfterOpening(s *sent, lo, k int, g byte) int {
	if finiteVerbIn(s.toks, lo, k) {
		return -1
	}
	for _, m := range s.ments {
		if m.t0 <= k || m.pronoun || m.ent < 0 || m.typ != ePerson || !an.genderFits(m.ent, g) {
			continue
		}
		j := m.t0 - 1
		if j > 0 && honorifics[s.toks[j].low] {
			j-- // ", Mr Darko led"
		}
		if j >= 0 && s.toks[j].text == "," && m.t1 < len(s.toks) && finiteVerb(s.toks, m.t1) {
			return m.ent
		}
		return -1 // the first one named after it is no subject
	}
	return -1
}

// cleftBefore reports "it was" or "it is" in the eight tokens before
// token k, with no clause's end between: "it was his coach, Ana Ruiz,
// who…" puts the weight on the "who" clause.
func cleftBefore(toks []tok, k int) bool {
	for j := k - 1; j > 0 && j >= k-8; j-- {
		if toks[j].text == ";" || toks[j].text == ":" {
			return false
		}
		if (toks[j].low == "was" || toks[j].low == "is") && toks[j-1].low == "it" {
			return true
		}
	}
	return false
}

// danglingWords cannot end a statement: a cut after "joined by Sotomayor
// and Kagan and, in part, by…" would end on "and".
var danglingWords = wordSet(`and or but nor of the a an to by with for from in on at because although though while whereas if unless so that than as which who whom whose where
	calls call called describes described dubs dubbed terms termed labels labelled labeled deems deemed`) // "a stew that Varghese calls, not unreasonably, "…""

// insideMention reports token k within a name's span: the comma of "the
// Kenya Union of Tea, Coffee and Allied Plantation Workers".
func insideMention(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.t0 < k && k < m.t1 {
			return true
		}
	}
	return false
}

// asideAfterAnd reports an aside opened by "and," that the comma at k
// closes: "…from the county council and, after reorganisation in 1974,
// from Gwynedd" cut there would end on "and, after…".
func asideAfterAnd(toks []tok, lo, k int) bool {
	for j := k - 1; j > lo; j-- {
		if toks[j].text == "," {
			return j > 0 && (toks[j-1].low == "and" || toks[j-1].low == "but" || toks[j-1].low == "or")
		}
	}
	return false
}

// saidAside reports an attribution just before token k that sits inside
// a clause it interrupts: "abandoned because, Lim said, the product…".
func saidAside(toks []tok, k int) bool {
	if k < 4 || !speechVerbs[toks[k-1].low] {
		return false
	}
	j := k - 2
	for j > 0 && toks[j].cap && toks[j].word {
		j--
	}
	return j < k-2 && toks[j].text == "," && j > 0 && danglingWords[toks[j-1].low]
}

// andName reports a capitalised name just before token k that "and" or
// "or" opens: "…at 52-52 and Tipene, who had missed…" where Tipene's verb
// is still to come.
func andName(toks []tok, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].cap && toks[j].word {
		j--
	}
	return j < k-1 && j >= 0 && (toks[j].low == "and" || toks[j].low == "or")
}

// wordsOutside counts the words kept in tokens [lo, hi) outside the fact
// [k0, k1) and the asides left out.
func wordsOutside(s *sent, lo, hi, k0, k1 int, reps []rep) int {
	n := 0
	for k := lo; k < hi; k++ {
		if s.toks[k].word && (k < k0 || k >= k1) && !removedAt(s, reps, k) {
			n++
		}
	}
	return n
}

// unpairedRespectively reports "respectively" in tokens [lo, hi) with no
// pair before the first verb to match its figures to: "Diastolic pressure
// fell by 3.9 and 1.2 respectively" pairs them with two groups that an
// earlier sentence named.
func unpairedRespectively(toks []tok, lo, hi int) bool {
	at := -1
	for k := lo; k < hi; k++ {
		if toks[k].low == "respectively" {
			at = k
		}
	}
	if at < 0 {
		return false
	}
	for k := lo; k < at && !finiteVerb(toks, k); k++ {
		if toks[k].low == "and" || toks[k].low == "both" || toks[k].text == "," {
			return false
		}
	}
	return true
}

// introPhraseTo reports a comma at c that closes a sentence's opening
// phrase ("Addressing the crowd,", "In Dublin,"): the name after it is the
// subject, not an appositive, so its aside's closing comma goes too.
func introPhraseTo(toks []tok, c int) bool {
	if c < 2 || c > 8 && !(c <= 12 && introPreps[toks[0].low]) {
		return false // (a preposition's phrase may run longer: "In a victim impact statement read to the court,")
	}
	for k := 1; k < c; k++ {
		if !toks[k].word {
			return false
		}
	}
	return opensPhrase(toks[0])
}

// opensPhrase reports a sentence's first word that opens a phrase before
// its subject: "Addressing the crowd,", "Born in Wishaw,", "In Dublin,".
func opensPhrase(t tok) bool {
	f := t.low
	return t.cap && (f == "born" || strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "ing") && len(f) > 5 || introPreps[f] || f == "outside" || f == "inside")
}

// closesDashes reports a dash at k that closes one opened after lo.
func closesDashes(toks []tok, lo, k int) bool {
	n := 0
	for x := lo; x < k; x++ {
		if (toks[x].text == "-" || toks[x].text == "–") && (x == 0 || toks[x-1].end != toks[x].start) {
			n++
		}
	}
	return n%2 == 1
}

// verbAfterAside reports the main verb resuming at token k, after an
// aside's closing comma, perhaps behind an adverb: "Talbot, who is Doyle's
// cousin, later drove the two men…", "Barra, which has 1,200 people,
// relies on tourism".
func verbAfterAside(toks []tok, k int) bool {
	if k+1 < len(toks) && verbAdverbs[toks[k].low] {
		k++
	}
	return auxiliaries[toks[k].low] || isPastVerb(toks, k) || speechVerbs[toks[k].low] || presentAfterComma(toks, k)
}

// pluralVerbAfter reports a plural subject's present verb at token v,
// after an aside opened at the comma at token k: "The final three songs,
// which run together without pause, form a suite of…" takes up the
// subject again, which a plural before the aside shows.
func pluralVerbAfter(toks []tok, k, v int) bool {
	if k < 1 || v+1 >= len(toks) {
		return false
	}
	subj, w := toks[k-1].low, toks[v]
	if !strings.HasSuffix(subj, "s") || strings.HasSuffix(subj, "ss") || !w.word || w.cap || stopwords[w.low] || len(w.low) < 3 {
		return false
	}
	if strings.HasSuffix(w.low, "s") || strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "ing") || strings.HasSuffix(w.low, "ly") {
		return false
	}
	return determiners[toks[v+1].low]
}

// presentAfterComma reports a present verb at token k, right after a
// comma, before an adverb or what opens its object: "…, relies heavily on
// tourism", "…, runs the museum", and a plural's "…, scatter much more
// widely".
func presentAfterComma(toks []tok, k int) bool {
	t := toks[k]
	if !t.word || t.cap || k+1 >= len(toks) || len(t.low) < 4 || stopwords[t.low] {
		return false
	}
	next := toks[k+1].low
	if !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing") && !strings.HasSuffix(t.low, "ly") {
		// "Juveniles, which migrate alone…, scatter much more widely":
		// a plural subject's verb, then how.
		return next == "much" || strings.HasSuffix(next, "ly") && next != "only" && next != "early"
	}
	if !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || strings.HasSuffix(t.low, "us") || strings.HasSuffix(t.low, "is") {
		return false
	}
	return strings.HasSuffix(next, "ly") || objectOpeners[next]
}

// asideBeforeVerb reports an aside opened at the comma k that closes at
// the next comma before hi with the clause's verb after it: "to make sure
// vulnerable customers, including those on prepayment meters, were not
// left without help" is cut neither at the first comma nor inside; nor is
// "allowed the survey, the country's largest, to go on", whose
// infinitive the aside parts from its object.
func asideBeforeVerb(toks []tok, k, hi int) bool {
	for e := k + 2; e+1 < hi; e++ {
		if toks[e].text == "," && determiners[toks[k+1].low] && secondInfinitive(toks, e+1) {
			return true
		}
		if toks[e].text == "," {
			// "…, a former bank branch manager, became…" after a name too.
			// "as Typhoon Kamari, packing winds of 200 km/h, churned
			// towards Bicol" too, and "detectives from the Harbour CIB,
			// supported by the Mobile Reserve, searched…": a participle's
			// aside after a name.
			return auxiliaries[toks[e+1].low] || k > 0 && toks[k-1].cap && (toks[k+1].low == "a" || toks[k+1].low == "an" || strings.HasSuffix(toks[k+1].low, "ing") && !toks[k+1].cap || isParticiple(toks[k+1]) && toks[k+2].low == "by") && isPastVerb(toks, e+1) && !speechVerbs[toks[e+1].low] && e+2 < hi && !participlePreps[toks[e+2].low] && !wherePreps[toks[e+2].low]
		}
	}
	return false
}

// unfinishedBefore reports words before the comma at token k that the
// words after it must finish: "split between the ruling party, which
// holds 31 seats, the opposition…" has no "and" for its "between" yet,
// and "There is a moment…, when everything stops" no moment without its
// "when".
func unfinishedBefore(toks []tok, lo, k int) bool {
	if k+1 < len(toks) && lo+2 < k && toks[lo].low == "there" && (toks[lo+1].low == "is" || toks[lo+1].low == "was") && (toks[k+1].low == "when" || toks[k+1].low == "where") {
		return true
	}
	for j := k - 1; j > lo; j-- {
		switch toks[j].low {
		case "and", ".", ";":
			return false
		case "between":
			return j+1 < k && toks[j+1].word // not "everything in between, said Krewell"
		}
	}
	return false
}

// phraseOnly reports an opening phrase that runs to the comma at k with no
// clause after it yet: "Of the 16.4 million hectares planted nationwide,
// the exchange expects…" cut at its first comma keeps no claim.
func phraseOnly(toks []tok, lo, k int) bool {
	if !phraseOpeners[toks[lo].low] {
		return false
	}
	for j := lo + 1; j < k; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return true
}

var phraseOpeners = wordSet("of in on at for with from by among after before during under over across")

// linkAside reports an aside closing at the comma k that parts a linking
// verb from what it links to: "…remained, by his own account, the
// proudest moment of his career" cut there keeps "remained" with nothing.
func linkAside(toks []tok, k int) bool {
	for c := k - 1; c > 0 && c > k-7; c-- {
		if toks[c].text == "," {
			return linkingVerbs[toks[c-1].low]
		}
	}
	return false
}

var linkingVerbs = wordSet("remained remains was is were are became becomes seemed seems proved stayed")

// verbResumes reports a verb right after the comma at token k, other
// than a speech verb: the comma closes an aside and its clause's verb
// follows ("the company, which was founded in 2016 by two engineers, had
// set…"), so a cut there would leave a subject with no verb.
func verbResumes(toks []tok, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || speechVerbs[toks[k+1].low] {
		return false
	}
	// The comma closes an aside: the last comma before it opens one with
	// "which", "who" or a participle. ("…a match that started an hour late,
	// lost a set to the rain" is a list of what the match did.)
	c := k - 1
	for c > 0 && toks[c].text != "," {
		c--
	}
	// (Or an appositive to a name: "the population on Tauhinu Island, a
	// 620-hectare island north-east of Auckland, rose from…".)
	// ("But "Tideline", the 11-metre ribbon … room, is carved": a title
	// in quotation marks, and "the".)
	named := c > 0 && toks[c-1].cap && toks[c-1].word || c > 1 && toks[c-1].text == "\"" && toks[c-2].word
	appositive := named && (toks[c+1].low == "a" || toks[c+1].low == "an" || toks[c+1].low == "the")
	if c <= 0 || !(toks[c+1].low == "which" || toks[c+1].low == "who" || toks[c+1].low == "whose" || isParticiple(toks[c+1]) || appositive) {
		return false
	}
	if auxiliaries[toks[k+1].low] {
		return true
	}
	// "…, turned the game" resumes; "…, compared with 10.3%" and "…, led
	// by the mayor" open a participle's aside.
	return isPastVerb(toks, k+1) && (appositive || !wherePreps[toks[k+2].low] && !participlePreps[toks[k+2].low])
}

// subjectPronouns are the pronouns that open a clause as its subject.
var subjectPronouns = wordSet("he she it they we i you")

// participlePreps follow a past participle that opens an aside.
var participlePreps = wordSet("with by to as for from into")

// closedAppositive reports a person's name at token k set off by a comma
// before a verb: "By Wednesday evening the district magistrate of
// Bhagalpur, Anjali Verma, said…" names the subject the opening holds,
// which a cut at the first comma would leave as "Anjali Verma, said".
func closedAppositive(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.t0 == k && m.typ == ePerson && !m.pronoun && m.t1+1 < len(s.toks) && s.toks[m.t1].text == "," && finiteVerb(s.toks, m.t1+1) {
			return true
		}
	}
	return false
}

// placeThenRegion reports a comma between a town and its state or country:
// "According to the Minor Planet Center in Cambridge, Massachusetts, …" does
// not end its opening at the first of them.
func placeThenRegion(s *sent, k int) bool {
	before, after := false, false
	for _, m := range s.ments {
		// (A town the lists lack, after "in", before its country: "in
		// Sapporo, Japan,".)
		before = before || m.t1 == k && (m.typ == ePlace || m.typ == eNone && m.t0 > 0 && wherePreps[s.toks[m.t0-1].low])
		after = after || m.typ == ePlace && m.t0 == k+1
	}
	return before && after
}

// openCoordinate reports a second clause, opened before token k by a
// comma, "but", "and", "while" or "yet" and a subject set off by a comma,
// whose verb has not come yet:
// "…, but Coventry, roared on by a crowd of 27,412, turned the game" cut
// at the comma after the crowd would end on a subject with no verb. A
// verb right after the subject's comma opens an aside ("roared on by"),
// and one after "who" or "which" is the aside's, not the clause's.
func openCoordinate(toks []tok, lo, k int) bool {
	for r := k - 1; r > lo; r-- {
		switch toks[r].low {
		case "but", "and", "while", "yet":
		default:
			continue
		}
		if toks[r-1].text != "," {
			continue
		}
		// The clause's subject, then a comma: "but Coventry, roared…".
		c := r + 1
		for c < k && c < r+10 && (toks[c].word || toks[c].low == "'s") && !finiteVerb(toks, c) {
			c++ // "but Tobi Adeyemi's Autolycus, a fast-talking trader, keeps…"
		}
		// (A cut right at that comma, c == k, leaves the subject open too:
		// "…, but Tobi Adeyemi's Autolycus.")
		if c == r+1 || c > k || toks[c].text != "," || !toks[r+1].cap && !determiners[toks[r+1].low] {
			return false
		}
		inRel := false
		for v := c + 1; v < k; v++ {
			switch toks[v].low {
			case "who", "which", "whose":
				inRel = true
			case ",":
				inRel = false
			}
			if !inRel && v != c+1 && finiteVerb(toks, v) {
				return false
			}
		}
		return true
	}
	return false
}

// finiteVerbFrom reports a verb outside quotations among the tokens from
// k to the sentence's end.
func finiteVerbFrom(toks []tok, k int) bool {
	q := quoteDepths(toks)
	for ; k < len(toks); k++ {
		if q[k] != 0 || toks[k].text == "\"" {
			return true // a quotation: say it has one
		}
		if finiteVerb(toks, k) {
			return true
		}
	}
	return false
}

// castOpening reports "As Francis," from token lo: the part an actor
// plays, which the sentence's judgement of the actor needs.
func castOpening(toks []tok, lo int) bool {
	if toks[lo].low != "as" {
		return false
	}
	k := lo + 1
	for k < len(toks) && k < lo+5 && toks[k].cap && toks[k].word {
		k++
	}
	return k > lo+1 && k < len(toks) && toks[k].text == ","
}

// introAppositive reports that the words from k, after an opening's
// comma, only describe the opening up to a comma of their own (which
// may come after the fact asked, k0) ("At Greenmeadow Residency, a 312-flat complex off Varthur Road,
// residents spent…", "In The Harmattan House, the debut of Chidinma Eze,
// that house stands…"): cut there, the statement would start with the
// description.
func introAppositive(toks []tok, k, k0 int) bool {
	the := toks[k].low == "the"
	if toks[k].low != "a" && toks[k].low != "an" && !the {
		return false
	}
	rel := false // "a city of 600,000 people that was devastated by Idai": a relative inside the description
	for e := k + 1; e < len(toks) && e < k+25; e++ {
		if (toks[e].low == "that" || toks[e].low == "which" || toks[e].low == "who") && e > k+2 && !rel {
			rel = true
			continue
		}
		if toks[e].text == "," {
			// "In The Harmattan House, the remarkable debut from…, that
			// house stands…": a new subject after the description; but
			// "In a statement, the band's manager, Jo Bell, said": the
			// subject and its name.
			return !the || e+2 < len(toks) && (determiners[toks[e+1].low] || toks[e+1].low == "that" || toks[e+1].low == "this" || subjectPronouns[toks[e+1].low])
		}
		hyphened := strings.Contains(toks[e].text, "-") || e > 0 && toks[e-1].text == "-" && toks[e-1].end == toks[e].start // "a Mumbai-based group"
		// "At Cedar & Ember, the new restaurant tucked beneath a mill, that
		// silence lasted…": a participle and its place describe the noun.
		placed := strings.HasSuffix(toks[e].low, "ed") && e+1 < len(toks) && (phraseOpeners[toks[e+1].low] || toks[e+1].low == "beneath" || toks[e+1].low == "near") && !speechVerbs[toks[e].low] && e > k+1
		adjective := determiners[toks[e-1].low] && strings.HasSuffix(toks[e].low, "ed") // "a converted mill"
		if !hyphened && !placed && !adjective && !rel && (finiteVerb(toks, e) || isVerbish(toks[e].low)) || toks[e].text == "\"" || !toks[e].word && toks[e].text != "-" && toks[e].text != "'s" {
			return false
		}
	}
	return false
}

// nameStartOf returns the first token of the name of a person or a body
// that ends just before token k, or -1.
func nameStartOf(s *sent, k int) int {
	for _, m := range s.ments {
		if m.t1 == k && !m.pronoun && !m.desc && (m.typ == ePerson || m.typ == eOrg) {
			return min(m.r0, m.t0) // with its title: "…, State Rep. Dale Kowalczyk, a Republican…,"
		}
	}
	return -1
}

// replacedBefore reports a name put in for a pronoun before token k.
func replacedBefore(s *sent, reps []rep, k int) bool {
	for _, r := range reps {
		if r.end <= s.toks[k].start && r.text != "" && unicode.IsUpper(rune(r.text[0])) {
			return true // a name, not "the agreement" for "it"
		}
	}
	return false
}

// personEndsAt reports a person's name ending just before token k.
func personEndsAt(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.typ == ePerson && !m.pronoun && m.t1 == k {
			return true
		}
	}
	return false
}

// removedAt reports whether token k lies in a removed aside.
func removedAt(s *sent, reps []rep, k int) bool {
	for _, r := range reps {
		if r.text == "" && r.start <= s.toks[k].start && s.toks[k].start < r.end {
			return true
		}
	}
	return false
}

// verbSoon reports a verb within four tokens from k, before any comma:
// what follows "and" is then a clause of its own.
func verbSoon(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].text == "," {
			return false
		}
		if finiteVerb(toks, j) || speechVerbs[toks[j].low] {
			return true
		}
	}
	return false
}

// pronounWords are pronouns and determiners that stand for something else. A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var pronounWords = wordSet("he she it they we i you this that these those there his her its their")

// introPreps open an introductory phrase that may end without a comma: "At
// the end of the hearing the court in Leeds ruled…", "On Tuesday the firm
// said…".
var introPreps = wordSet("at in on after before during since following under amid despite for by with within")

// introWithoutComma returns where the main clause starts when the sentence
// opens at token lo with a prepositional phrase and no comma before the
// fact at k0: the first subject, after a word that ends the phrase, that
// the clause parser reads as a subject and its verb. It returns lo when
// there is none, or when a verb comes first (the phrase is then a clause
// of its own).
func introWithoutComma(s *sent, lo, k0 int) int {
	toks := s.toks
	if !introPreps[toks[lo].low] {
		return lo
	}
	for k := lo + 2; k < k0 && k < lo+maxIntro; k++ {
		t, p := toks[k], toks[k-1]
		gerund := strings.HasSuffix(t.low, "ing") && !determiners[p.low] // "the hearing" is a noun
		if !t.word || auxiliaries[t.low] || isPastVerb(toks, k) || gerund || clauseOpeners[t.low] || t.low == "which" || t.low == "who" {
			return lo
		}
		if pronounish(t.low) || introPreps[p.low] || determiners[p.low] || p.low == "of" || p.low == "and" || p.low == "to" {
			continue
		}
		if !(t.low == "the" || t.cap && !p.cap) {
			continue
		}
		if c := parseClauseAt(s, k); c.ok && c.subj0 == k && c.subj1-c.subj0 <= 6 && c.verb < k0+1 {
			return k
		}
		if namedSubjectAt(s, k) {
			return k
		}
	}
	return lo
}

// namedSubjectAt reports a name at token k, after an optional "the" and
// before an optional place ("the High Court in Leeds"), followed by a
// verb: the subject of a clause that the clause parser, which takes no
// place after a name, does not read.
func namedSubjectAt(s *sent, k int) bool {
	toks := s.toks
	if toks[k].low == "the" {
		k++
	}
	end := -1
	for _, m := range s.ments {
		if m.t0 == k && m.typ != eNumber && m.typ != eOrdinal && m.typ != eDate && !m.pronoun {
			end = m.t1
		}
	}
	if end < 0 {
		return false
	}
	if end+1 < len(toks) && (toks[end].low == "in" || toks[end].low == "of") && toks[end+1].cap {
		end += 2
		for end < len(toks) && toks[end].cap && toks[end].word {
			end++
		}
	}
	return end < len(toks) && (auxiliaries[toks[end].low] || isPastVerb(toks, end) || speechVerbs[toks[end].low])
}

// listGoesOn reports that the comma at toks[k] separates items of a list
// whose last item follows before hi: the words after it hold an "and" or
// "or" before the next comma ("a heart attack, a stroke or died of heart
// disease"), or are a short item before ", and" or ", or".
func listGoesOn(toks []tok, k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	// An item opens with a determiner, a name or a plain word; a clause
	// ("killing…", "which…", "saying…") is no item.
	article := func(w string) bool { return w == "a" || w == "an" || w == "the" }
	// "his reach, his timing and…": items that share their owner.
	nx := toks[k+1]
	owned := ownerWords[nx.low] && nx.low != "the" && (k >= 2 && toks[k-2].low == nx.low || k >= 3 && toks[k-3].low == nx.low)
	if !nx.word || nx.num || !deedList(toks, k) && !article(nx.low) && !owned && (tailOpeners[nx.low] || strings.HasSuffix(nx.low, "ing") || isVerbish(nx.low) || pronounish(nx.low)) {
		return false
	}
	// Items are short: the "and" or "or" comes within a few words, after
	// more short items maybe ("through Ganjam, Khordha, Puri and
	// Jagatsinghpur").
	start := k
	for j := k + 2; j < hi && j < start+7; j++ {
		switch {
		case toks[j].text == "," || toks[j].text == ";":
			if j-start > 4 || j+1 >= hi {
				return false
			}
			if toks[j+1].low == "and" || toks[j+1].low == "or" {
				return true
			}
			if toks[j].text == ";" || !toks[j+1].word || toks[j+1].num {
				return false
			}
			start = j // another item
		case toks[j].low == "and" || toks[j].low == "or":
			return true
		}
	}
	return false
}

// deedList reports that the comma at toks[k] parts two past verbs of one
// list of deeds: "who leapt, grabbed and then dropped the ball".
func deedList(toks []tok, k int) bool {
	return k > 0 && k+1 < len(toks) && isPastVerb(toks, k-1) && isPastVerb(toks, k+1)
}

// trailingAnaphoricAdjunct returns where a closing "after the
// announcement", "following the decision" or "since the case was
// reported" starts, the tokens ending at hi (a full stop aside), or -1.
func trailingAnaphoricAdjunct(toks []tok, hi int) int {
	e := hi
	if e > 0 && e == len(toks) && !toks[e-1].word {
		e-- // the full stop
	}
	for k := e - 3; k >= 1 && k >= e-6; k-- {
		if !adjunctPreps[toks[k].low] || toks[k+1].low != "the" && toks[k+1].low != "this" && toks[k+1].low != "that" || !anaphoricHeads[toks[k+2].low] {
			continue
		}
		// What follows the noun may only say what happened to it: "was
		// reported", "came to light".
		for j := k + 3; j < e; j++ {
			if !toks[j].word || toks[j].cap || toks[j].num {
				return -1
			}
		}
		if toks[k-1].text == "," {
			k-- // "…, after the announcement."
		}
		return k
	}
	return -1
}

// adjunctPreps open a phrase that dates or explains a fact by an event.
var adjunctPreps = wordSet("after following amid since over")
