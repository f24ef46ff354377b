package quiz

// Stage 6, question kinds: who, when, where, number, cloze, quote, role,
// true-or-false (with a swapped slot or a negated verb).

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cand is a candidate question with what selection needs to know about it.
type cand struct {
	q      Question
	score  float64
	sent   int
	fact   string // what the question is about, to avoid asking it twice
	answer string
}

// span returns the sentence text of tokens [a, b).
func span(s *sent, a, b int) string {
	if a >= b || a < 0 || b > len(s.toks) {
		return ""
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

// spanWithout returns tokens [a, b) without tokens [x, y), joined so that
// the spacing reads naturally.
func spanWithout(s *sent, a, b, x, y int) string {
	left := span(s, a, max(a, min(x, b)))
	right := span(s, max(y, a), b)
	left = strings.TrimRight(left, " ,")
	if r := max(y, a); r+1 < b && r > x && s.toks[r].text == "," {
		// "in July, the first death since 2016", "in 2024, double the
		// number in 2023": what follows the slot taken out after a comma
		// is said of the slot, or trails after the clause; glued to what
		// comes before it would read as nonsense.
		right = ""
	}
	right = strings.TrimLeft(right, " ,")
	switch {
	case left == "":
		return right
	case right == "":
		return left
	}
	return left + " " + right
}

// tidyPrompt makes one line of a question: no doubled spaces, no space
// before punctuation, a capital first letter and the closing mark.
func tidyPrompt(p, end string) string {
	p = unshout(squashSpace(p))
	p = strings.TrimRight(p, " ,;:-")
	for _, w := range []string{" and", " or", " but"} {
		// "…return to Ghana and, after a quiet decade, …" cut at its
		// aside: no question ends on a joining word.
		if strings.HasSuffix(p, w) {
			p = strings.TrimRight(strings.TrimSuffix(p, w), " ,;:-")
		}
	}
	for strings.HasSuffix(p, " \"") {
		p = strings.TrimRight(p[:len(p)-2], " ") + "\""
	}
	for _, suf := range []string{".\"", "!\"", "?\"", ",\"", ";\"", ":\""} {
		if strings.HasSuffix(p, suf) {
			p = p[:len(p)-2] + "\""
		}
	}
	trimmed := strings.TrimRight(p, ".!?")
	if strings.HasSuffix(p, ".") && (strings.HasSuffix(trimmed, " a.m") || strings.HasSuffix(trimmed, " p.m") || strings.HasSuffix(trimmed, " Jr") || strings.HasSuffix(trimmed, " Inc")) {
		trimmed += "." // "shortly before 11 p.m.?": the abbreviation keeps its stop
	}
	p = trimmed
	for _, r := range []string{" ,", " .", " ?", " 's"} {
		p = strings.ReplaceAll(p, r, r[1:])
	}
	if p == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(p)
	return string(unicode.ToUpper(r)) + p[size:] + end
}

// trueOrFalse makes a statement a true-or-false prompt.
func trueOrFalse(stmt string) string {
	return "True or false? " + unshout(stmt)
}

// unshout writes in lower case the words a live page or a results table
// puts in capitals ("Moloney is ELECTED"), which a question would shout.
func unshout(p string) string {
	if !strings.Contains(p, "ED") && !strings.Contains(p, "ING") {
		return p // nearly every prompt: no split, no copy
	}
	f := strings.Split(p, " ")
	for i, w := range f {
		if shoutedWord(strings.Trim(w, ",.;:?!\"")) {
			f[i] = strings.ToLower(w)
		}
	}
	return strings.Join(f, " ")
}

// subjectText is the subject as a question shows it: a pronoun replaced by
// the name it stands for, a common noun phrase in lower case.
func (an *analysis) subjectText(s *sent, c clause) string {
	if c.subjMent >= 0 {
		m := s.ments[c.subjMent]
		if m.pronoun || m.desc {
			if m.ent < 0 || m.pronoun && !an.surePronoun(s.idx, m.ent) {
				return ""
			}
			return an.ents[m.ent].name
		}
	}
	for _, r := range an.companyReferents(s) {
		if r.start == s.toks[c.subj0].start && r.end == s.toks[c.subj1-1].end {
			return r.text // "the retailer": the company the article is about
		}
	}
	t := span(s, c.subj0, c.subj1)
	if c.subjMent < 0 && c.pred > c.subj1+1 && c.subj1-c.subj0 <= 3 && (s.toks[c.subj0].low == "a" || s.toks[c.subj0].low == "an") &&
		s.toks[c.subj1].text == "," && s.toks[c.pred-1].text == "," {
		// "A son, Michael, died in 1998": "a son" alone is anyone's; the
		// name in the aside says whose death is asked.
		t = span(s, c.subj0, c.pred-1) + ","
	}
	if f := s.toks[c.subj0]; c.subj0 == 0 && f.cap && !f.acro && !(s.toks[1].cap && strings.Contains(s.toks[1].text, "-")) && !(s.toks[1].cap && headTitles[s.toks[1].low]) && // "Defence Minister Ahmed Qureshi" keeps both capitals
		(an.lowerSet[f.low] || notNameWords[f.low] || titleWords[f.low] && !honorifics[f.low] || roleAdjectives[f.low] || kindAdjectives[f.low] || plainRoleOpening(an, s)) && !an.partyNamed(f.low) && c.subjMent >= 0 && s.ments[c.subjMent].t0 > 0 {
		// "New EU trade commissioner Peter Mandelson" inside a question:
		// the capital belonged to the sentence start; "Dr Hsu" keeps it.
		t = f.low + t[len(f.text):]
	}
	switch strings.ToLower(t) {
	case "it", "this", "that", "they", "these", "those", "there", "which":
		return ""
	}
	// ("Marrow opened in September" keeps its capital where the article
	// writes "at Marrow" too, whatever "veal marrow bones" says.)
	if c.subjMent < 0 && !s.toks[c.subj0].acro && (!s.toks[c.subj0].cap || stopwords[s.toks[c.subj0].low] || c.subj0 == 0 && bareNounSubject(s, 0) && !an.namedSet[s.toks[0].low]) && !titleOfWork(s.toks[c.subj0:c.subj1]) {
		switch w := s.toks[c.subj0].low; w {
		case "its", "his", "her", "their":
			// "its probe" means nothing once the question stands alone:
			// "Volvo's shares" when the owner is sure, else no question.
			if owner := an.sentenceOwner(s); owner != "" && c.subj0 == afterConjunctions(s.toks) {
				return possessive(owner, w) + t[len(w):]
			}
			return "" // "Where did the shares fall?": whose?
		}
		r, size := utf8.DecodeRuneInString(t)
		t = string(unicode.ToLower(r)) + t[size:]
	}
	return t
}

// titleOfWork reports a subject that is a work's title opening with "A":
// "A House Without Balconies was longlisted…" keeps its capital in a
// question, as "a house" would not.
func titleOfWork(toks []tok) bool {
	if len(toks) < 3 || toks[0].low != "a" && toks[0].low != "an" {
		return false
	}
	for _, t := range toks[1:] {
		if !t.cap && !smallTitleWords[t.low] {
			return false
		}
	}
	return true
}

// smallTitleWords stay in lower case inside a title: "A House Without
// Balconies", "A Tale of Two Cities".
var smallTitleWords = wordSet("of the and in on at to for a an with from by or")

// notButCut reports a clause's words [a, b) holding "not" whose "but"
// comes after b: "set the action not in a moonlit forest but in a drained
// reservoir" asked without its "but" says only where it is not.
func notButCut(toks []tok, a, b int) bool {
	if !slices.ContainsFunc(toks[a:b], func(t tok) bool { return t.low == "not" }) {
		return false
	}
	for k := b; k < len(toks) && k <= b+2; k++ {
		if toks[k].low == "but" {
			return true
		}
	}
	return false
}

// momentaryState reports a short sentence that says only how someone is
// now ("Okafor is a sitting duck.", "Grant is within DRS range."), as a
// live page does: asked alone, it names a moment the reader cannot place.
// On a live page (live set) the line may be longer and the verb may be
// written "'s" or come with a participle: "Kiprono is tucked in behind
// the pacers, Gidey on his shoulder.", "Drysdale's one frame from the
// title."
func momentaryState(s *sent, c clause, live bool) bool {
	v := s.toks[c.verb].low
	copula := (v == "is" || v == "are" || live && v == "'s") && (c.aux < 0 || c.aux == c.verb)
	passive := live && c.aux >= 0 && c.aux != c.verb && (s.toks[c.aux].low == "is" || s.toks[c.aux].low == "are")
	if !copula && !passive {
		return false
	}
	words, most := 0, 8
	if live {
		most = 12
	}
	for _, t := range s.toks {
		if t.word {
			words++
		}
	}
	return words <= most && !slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == eDate })
}

// isContraction reports a line that opens with a name and "'s" for "is":
// "Moraa's two seconds down…", "Drysdale's one frame from the title."
func isContraction(s *sent) bool {
	if len(s.ments) == 0 || s.ments[0].t0 != 0 || s.ments[0].typ != ePerson {
		return false
	}
	k := s.ments[0].t1
	if k+1 >= len(s.toks) || s.toks[k].low != "'s" {
		return false
	}
	n := s.toks[k+1]
	return n.num || numberWordIndex(n.low) >= 0 || particles[n.low] || n.low == "back" || n.low == "clear" || n.low == "ahead"
}

// kindAdjectives open a sentence before a noun that says what the name
// after it is: "Rival developer Yuehai Land fell", "Fellow striker Ana
// Reyes". Inside a question they lose the sentence's capital.
var kindAdjectives = wordSet("rival fellow compatriot neighbouring neighboring struggling troubled embattled beleaguered smaller larger bigger sister parent")

// quotedTitle reports a short quotation written like a title, every word
// capitalised but for small linking words: "Two Weeks in Lisbon", "The
// Lantern Keepers".
func quotedTitle(q string) bool {
	words := strings.Fields(strings.Trim(q, "\"“”'‘’,. "))
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.:;!?")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if !smallTitleWords[w] {
			return false
		}
	}
	return true
}

// pairAfterFirst reports "the first" before token k, with no noun after
// it or the noun that follows k: "two match points … saved the first …
// and the second", "the first phase … while the second phase" count off a
// pair, and "second" follows from it.
func pairAfterFirst(toks []tok, k int, next string) bool {
	for j := 1; j+1 < k; j++ {
		if toks[j-1].low != "the" || toks[j].low != "first" {
			continue
		}
		switch w := toks[j+1]; {
		case !w.word, w.low == "with", w.low == "when", w.low == "and", w.low == "in", w.low == "by", w.low == next:
			return true
		}
	}
	return false
}

// rangeOfScaled reports the far end of a range whose near end carries a
// unit or a scale word the key shares: "9.5% to 10.5%", "$18.1 billion to
// $18.4 billion"; a change "from" one to the other is no range.
func rangeOfScaled(toks []tok, m *mention) bool {
	k := m.r0 - 2 // before "to"
	if k < 1 {
		return false
	}
	unit := toks[k].low
	if unit != "%" && !scaleWords[unit] || !strings.HasSuffix(strings.ToLower(m.text), unit) {
		return false
	}
	k--
	if k < 0 || !toks[k].num {
		return false
	}
	if k > 0 && strings.ContainsAny(toks[k-1].text, currencySigns) && !toks[k-1].word {
		k--
	}
	return k == 0 || toks[k-1].low != "from"
}

// countedOnBy reports a small count that a later "the third" counts
// on from: "two judges had him ahead and the third had it level" splits
// three judges, so "three judges … and the third" is no plausible swap.
func countedOnBy(toks []tok, m *mention) bool {
	n := int(m.value)
	if float64(n) != m.value || n < 1 || n >= len(ordinals) {
		return false
	}
	for j := m.t1; j+1 < len(toks); j++ {
		if toks[j].low == "the" && toks[j+1].low == ordinals[n] {
			return true
		}
	}
	return false
}

// otherDateIn reports a prompt that still holds another date of the
// sentence: "…on record and 2023?", "…appointed MBE in 1988 and OBE…?"
// ask when of two dates at once.
func otherDateIn(s *sent, m *mention, p string) bool {
	for _, o := range s.ments {
		if o.typ == eDate && o.t0 != m.t0 && wordIn(strings.ToLower(p), strings.ToLower(o.text)) {
			return true
		}
	}
	return false
}

// shareNameWord reports two names with a capitalised word in common.
func shareNameWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !genericNameWords[strings.ToLower(w)] && wordIn(b, w) {
			return true
		}
	}
	return false
}

// reportBases are verbs of showing in their plural present form: "Court
// records show…", "Figures suggest…".
var reportBases = wordSet("show suggest indicate reveal confirm say claim")

// nameBeforeRelative reports a name just before the "that" or "which" at
// token k that is the end of a noun phrase ("a fund at National Cheng
// Kung University that…"), not the one told or the day of the telling
// ("told Reuters that…", "said on Tuesday that…").
func nameBeforeRelative(toks []tok, k int) bool {
	b := k - 1
	for b > 0 && toks[b].cap && toks[b].word && !toks[b].num {
		b--
	}
	if b == k-1 || b == 0 && toks[0].cap {
		return false
	}
	if weekdayIndex(toks[k-1].text) >= 0 || monthIndex(toks[k-1].text) >= 0 {
		return false
	}
	w := toks[b].low
	return npPreps[w] || w == "of" || determiners[w]
}

// verbGroupQuestion builds "When did S lemma REST?" or "When was S REST?"
// with the slot tokens [x, y) left out of REST.
func (an *analysis) verbGroupQuestion(s *sent, c clause, wh string, x, y int) string {
	if k := c.subj0 - 1; k >= 1 && (s.toks[k].low == "that" || s.toks[k].low == "which") {
		// "3,000 letters, most never published, that Voss exchanged with
		// her sister in Hamburg": the clause's object is the noun before
		// it, so "Where did Voss exchange with her sister?" lacks it. (Not
		// "said that she moved to Paris in 2001".)
		noun := k >= 2 && (s.toks[k-2].num || determiners[s.toks[k-2].low]) // "3,000 letters that", "the letters that"
		if p := s.toks[k-1]; p.text == "," || p.word && !p.cap && (noun || !isVerbish(p.low) && !speechVerbs[p.low] && !sayVerbs[p.low] && !isPastVerb(s.toks, k-1) && !presentVerb(s.toks, k-1)) {
			return ""
		}
		if nameBeforeRelative(s.toks, k) {
			return "" // "a fund at National Cheng Kung University that Mr. Lin established in 2015": no "In which year did Mr. Lin establish?"
		}
	}
	if k := c.subj0 - 1; k >= 2 && (s.toks[k].low == "when" || s.toks[k].low == "where") && s.toks[k-1].text == "," && wh != "When" && wh != "Where" {
		// "…34-22 in the third quarter, when Okafor scored 15 points": the
		// clause holds only within the time or place before it; "How
		// many points did Okafor score?" asks his whole game.
		return ""
	}
	if k := c.subj0 - 1; k >= 2 && s.toks[k].low == "when" && s.toks[k-1].word && !s.toks[k-1].cap && !auxiliaries[s.toks[k-1].low] {
		// "who was a 19-year-old student when Ms Radebe represented her in
		// 1973": the clause dates a description of someone else, whose
		// "her" the question cannot name.
		return ""
	}
	// "A week earlier the council voted…": the time phrase before the
	// subject, with no comma, is no part of it.
	for k := c.subj0; k+1 < c.subj1; k++ {
		if timeAdverbs[s.toks[k].low] && determiners[s.toks[k+1].low] {
			c.subj0 = k + 1
			if c.subjMent >= 0 && s.ments[c.subjMent].t0 < c.subj0 {
				c.subjMent = -1
			}
			break
		}
	}
	if c.subj0 > 0 && (s.toks[c.subj0-1].low == "as" || npPreps[s.toks[c.subj0-1].low]) && c.subjMent < 0 {
		return "" // "qualified as a state registered nurse in 1955": no clause's subject after "as"
	}
	if c.subjMent >= 0 && castAs(s, s.ments[c.subjMent]) {
		return "" // "support from Gerald Finch as Dennis Harlow, the firm's owner, heard mostly over…": a part, no subject
	}
	if c.verb > 0 && (s.toks[c.verb-1].low == "a" || s.toks[c.verb-1].low == "an" || s.toks[c.verb-1].low == "the") {
		return "" // "after a failed investment in 2017", "the retired harbourmaster … stands": an adjective, no verb
	}
	if c.aux < 0 && c.verb+1 < len(s.toks) && s.toks[c.verb+1].low == "by" && strings.HasSuffix(s.toks[c.verb].low, "ed") {
		return "" // "a city devastated by the March 2011 earthquake": a participle, no clause
	}
	subj := an.subjectText(s, c)
	if subj == "" || secondSubject(s, c.pred, c.textEnd) {
		return "" // and not "By how much did Toyota fall and Honda lost 3.1%?"
	}
	if f := strings.Fields(strings.ToLower(subj)); len(f) > 1 && (f[len(f)-1] == "one" || len(f) > 2 && f[len(f)-2] == "one" && verbAdverbs[f[len(f)-1]]) && !slices.Contains(f, "of") {
		return "" // "In which year did the old one first close?": one what?
	}
	if objectRelative(s, c) || c.lemma == "hear" && finiteVerbIn(s.toks, c.verb+1, c.textEnd) {
		// "The court heard Pryce, a former bank manager, became the
		// charity's treasurer in 2016": the date is the embedded clause's.
		return ""
	}
	if y < len(s.toks) && isPastVerb(s.toks, y) && y > c.verb+1 {
		// "An external review released in February found…": the verb
		// asked about only described the subject; "found" is the clause's.
		return ""
	}
	for k := c.subj0; k < c.subj1 && k < len(s.toks); k++ {
		if k > c.subj0 && (s.toks[k].low == "after" || s.toks[k].low == "before" || s.toks[k].low == "since" || s.toks[k].low == "until") {
			// "as a precaution after water entered two sub-stations": the
			// verb's subject is "water", inside a clause of its own.
			return ""
		}
		if presentVerbBefore(s.toks, k) || auxiliaries[s.toks[k].low] && k > c.subj0 ||
			reportBases[s.toks[k].low] && k > c.subj0 && strings.HasSuffix(s.toks[k-1].low, "s") { // "Court records show Whitaker was…"
			// "The recall covers almost every Tesla sold in the US": the
			// verb found is a participle inside the real clause's object.
			return ""
		}
	}
	// "came to light in September 2023 when a new chair, Helen
	// Tregarthen, asked the bank…": a clause of time whose verb the
	// question would lose goes whole.
	for k := max(y, c.verb+1); k < c.textEnd; k++ {
		if (s.toks[k].low == "when" || s.toks[k].low == "because" || s.toks[k].low == "while") && !finiteVerbIn(s.toks, k+1, c.textEnd) {
			c.textEnd = k
			break
		}
	}
	// "since the route was unveiled in February: three categorised
	// climbs…": what follows a colon is no part of the clause.
	for k := max(y, c.verb+1); k < c.textEnd; k++ {
		if s.toks[k].text == ":" && !(k > 0 && s.toks[k-1].num && s.toks[k].start == s.toks[k-1].end) { // not "at 5:20 a.m."
			c.textEnd = k
			break
		}
	}
	// "…, her family said on Sunday": the attribution is no part of the
	// question.
	for k := max(y, c.verb+1); k+1 < c.textEnd; k++ {
		if s.toks[k].text == "," && attributionAt(s.toks, k+1) {
			c.textEnd = k
			break
		}
	}
	// "…have complained since the first blocks were completed in 2022
	// that public transport has not kept pace": in a clause the sentence
	// leads into, a "that" after the slot is the main verb's.
	if c.subj0 > 0 && subordinateOpeners[s.toks[c.subj0-1].low] {
		for k := y; k < c.textEnd; k++ {
			if s.toks[k].low == "that" {
				c.textEnd = k
				break
			}
		}
	}
	// "consigning him to the camp": whom, once the question stands alone?
	if an.loosePronoun(s, c.subj0, c.textEnd, c.subjMent >= 0 && s.ments[c.subjMent].typ == ePerson, nil) {
		return ""
	}
	for e := y; e+1 < len(s.toks) && e <= c.textEnd; e++ {
		if s.toks[e].text == "," && s.toks[e+1].low == "who" && andName(s.toks, e) {
			return "" // "What did Hohaia collect at 52-52 and Tipene?": Tipene's verb comes after the aside
		}
	}
	// "When did this estimate rise?", "What did the move cost?": the
	// reader cannot tell what it is about. A possessive subject reads
	// "the" in the question.
	from := c.subj0
	switch s.toks[from].low {
	case "its", "his", "her", "their":
		from++
	}
	if an.outsideRef(s, from, c.textEnd, []rep{{s.toks[x].start, s.toks[y-1].end, ""}}) {
		return ""
	}
	// "was elected MP in 2015 and became minister in 2021": a slot in the
	// second verb phrase cannot be asked with the first one's verb.
	for k := c.verb + 1; k+1 < x; k++ {
		if s.toks[k].low == "and" && (finiteVerb(s.toks, k+1) || k+2 < x && s.toks[k+1].word && !s.toks[k+1].cap && !determiners[s.toks[k+1].low] && isPastVerb(s.toks, k+2)) {
			return "" // "rented the creamery and work began in January"
		}
	}
	// "opened their first shop in 2019 and have since hired…", "was
	// built in Italy and weighs…", "left the scene but presented himself…":
	// the second verb phrase cannot follow "did" or "was".
	for k := max(c.verb+1, y); k+1 < c.textEnd; k++ {
		v := k + 1
		if adverbs[s.toks[v].low] {
			v++ // "was introduced in 2014 and now covers…"
		}
		if (s.toks[k].low == "and" || s.toks[k].low == "but" && finiteVerb(s.toks, v)) && (finiteVerb(s.toks, v) || (auxiliaries[s.toks[v].low] || s.toks[v].low == "did" || s.toks[v].low == "does") && !s.toks[v].cap || secondInfinitive(s.toks, v) || bareInfinitiveAfter(s.toks, c.verb, x, v) || theSubjectThenVerb(s.toks, k+1)) {
			c.textEnd = k
			break
		}
	}
	// "won the ball on the right flank, cut into the circle and slipped a
	// pass": a list of deeds is asked about its first.
	if k := deedListComma(s.toks, max(c.verb+1, y), c.textEnd); k > 0 {
		c.textEnd = k
	}
	// "He is survived by his wife, Margaret, whom he married in 1969": the
	// date is the relative clause's, not when he is survived.
	for k := c.verb + 1; k < x && k < len(s.toks); k++ {
		if w := s.toks[k].low; (w == "whom" || w == "who" || w == "which" || w == "whose") && !finiteVerbIn(s.toks, x, c.textEnd) {
			return ""
		}
	}
	// "The last time Rovers won the trophy was in 2009": the verb found
	// belongs to a clause inside the subject, and a second finite verb
	// follows; no question can be made by moving "did".
	for k := c.verb + 1; k < x; k++ {
		w := s.toks[k].low
		if clauseOpeners[w] || w == "which" || w == "who" || w == "," {
			break // a clause of its own may have its own verb
		}
		if w == "was" || w == "were" || w == "is" || w == "are" {
			return ""
		}
	}
	var p string
	if c.aux >= 0 {
		mid := spanWithout(s, c.aux+1, c.textEnd, x, y)
		if c.aux == c.verb {
			// A copula: "When was Lavrov in Washington?" reads well, "When
			// was the latest the announcement…?" does not.
			f := strings.Fields(strings.ToLower(mid))
			if len(f) == 0 || determiners[f[0]] || !wherePreps[f[0]] && !whenPreps[f[0]] || f[0] == "to" {
				// "The target was to end long waits by March": "When was
				// the target to end long waits?" asks when it was set.
				return ""
			}
		}
		p = wh + " " + s.toks[c.aux].low + " " + subj + " " + mid
	} else {
		advs := span(s, c.pred, c.verb)
		rest := spanWithout(s, c.verb+1, c.textEnd, x, y)
		p = wh + " did " + subj + " " + advs + " " + c.lemma + " " + rest
	}
	// "(£30.4m)": a conversion or an aside has no place in a question.
	for {
		i, j := strings.Index(p, " ("), strings.IndexByte(p, ')')
		if i < 0 || j < i {
			break
		}
		p = p[:i] + p[j+1:]
	}
	if strings.Contains(p, " \" ") || strings.Count(p, "\"")%2 == 1 || fieldCount(p) > 24 {
		return "" // a question longer than 24 words is hard to read
	}
	if f := strings.Fields(strings.TrimRight(p, " ,.")); !strings.HasPrefix(wh, "What") && !strings.HasPrefix(wh, "Who") && len(f) > 0 && (npPreps[strings.ToLower(f[len(f)-1])] || f[len(f)-1] == "of" || f[len(f)-1] == "to" || f[len(f)-1] == "as") {
		// "Where did he arrive in the autumn of 1959 with?": what went
		// with him was in words the question left out.
		return ""
	}
	return tidyPrompt(p, "?")
}

// attributionAt reports a clause of saying from token k: a short subject
// and a verb of saying ("her family said", "police told reporters").
func attributionAt(toks []tok, k int) bool {
	end := k + 5
	for j := k; j < len(toks) && j < end; j++ {
		switch {
		case speechVerbs[toks[j].low] && j > k:
			return true
		case toks[j].text == "," && j > k && j < k+8:
			end = j + 6 // "his daughter, Karen Hendry Moss, said": the speaker's name after the kin
		case !toks[j].word || finiteVerb(toks, j) || clauseOpeners[toks[j].low] || toks[j].low == "who" || toks[j].low == "which":
			return false
		}
	}
	return false
}

// prepBefore returns the first token of a slot including its preposition and
// article ("on Wednesday", "at the White House"), or -1 when the slot has no
// preposition of the wanted kind.
func prepBefore(s *sent, m mention, preps map[string]bool) int {
	k := m.r0
	if k > 0 && s.toks[k-1].low == "the" {
		k--
	}
	if k > 0 && preps[s.toks[k-1].low] {
		return k - 1
	}
	return -1
}

// placeOfVerb reports whether the place phrase at token k can say where
// the clause's verb happened: not when a relative clause, an infinitive or
// a second item of a list comes between ("set up a charity that pays for
// doctors to train in Scotland", "accepted cash and a holiday in
// Portugal"), where the place belongs to those, nor when it follows the
// name of a body or a building, whose place it is.
func placeOfVerb(s *sent, c clause, k int) bool {
	if s.toks[k].low == "to" && (lossVerbs[s.toks[c.verb].low] || ownedVerbs[s.toks[c.verb].low] || k > 0 && ownedVerbs[s.toks[k-1].low]) {
		// "Germany lost 2-1 to Australia": the side that won, no place;
		// "The morning belonged to Australia": whose; "remained fiercely
		// attached to Karnataka": what she loved.
		return false
	}
	if v := s.toks[c.verb].low; (v == "followed" || v == "preceded" || v == "replaced" || v == "succeeded") && c.verb+1 < k && s.toks[c.verb+1].low == "by" {
		// "A week's rest was followed by a win over Dublin in Portlaoise":
		// the place is the win's, and "Where was a week's rest
		// followed…?" asks nothing.
		return false
	}
	for _, m := range s.ments {
		p := m.r0 - 1
		if p > 0 && s.toks[p].low == "the" {
			p--
		}
		named := (m.typ == eOrg || m.typ == eNone && s.toks[m.t0].cap) && p >= 0 && holderPreps[s.toks[p].low] // not "built by Orvane Space in Italy"
		if m.t1 == k && (m.typ == eSite || named) && !m.pronoun && k > c.verb+1 {
			// "after a run at the West African Junior Championship in
			// Accra": the place says where the championship was.
			// "had taken off from Boeing Field in Seattle": the place says
			// where the airfield is; "Where had the plane taken off from
			// Boeing Field?" asks nothing.
			return false
		}
	}
	if k > c.verb+1 && s.toks[k-1].cap && s.toks[k-1].word && stateVerbs[s.toks[c.verb].low] {
		// "owned by the National Gallery of Victoria in Melbourne": the
		// place says where the gallery is, not where a state holds
		// ("built by Orvane Space in Italy" still says where it was built).
		for _, m := range s.ments {
			if m.t1 == k && m.typ != ePerson && !m.pronoun {
				return false
			}
		}
	}
	if speechVerbs[s.toks[c.verb].low] {
		// "said competition on routes to Bangkok was intensifying": the
		// place is in what was said, not where it was said ("told the
		// council in Paris that…" says where).
		for x := k; x < len(s.toks) && s.toks[x].low != "that"; x++ {
			if finiteVerb(s.toks, x) {
				return false
			}
		}
	}
	for x := c.verb + 1; x < k; x++ {
		switch s.toks[x].low {
		case "that", "which", "who", "whom", "whose", "where", "when", "and", "or",
			"following", "amid", "despite", // "opened its inquiry following complaints from groups in France": the groups' place
			"since", "after", "before", "while", "because", "until", "although", "though": // "has delivered… since it began production at a maker in Ontario"
			return false
		case ",":
			// "reached 24.1C at Heathrow, the highest reading ever recorded
			// in the UK": a place inside the aside after the comma.
			return false
		case "to":
			if nx := s.toks[x+1]; nx.word && !nx.cap && !nx.num && !determiners[nx.low] {
				return false
			}
		}
	}
	return true
}

// placeListAfter reports more places listed from token x on: ", Germany
// and the Netherlands", "and Porto". A country or a state after a comma
// alone says where the place before it is ("in Aberdeen, Scotland").
func placeListAfter(s *sent, x int) bool {
	if x+1 >= len(s.toks) || s.toks[x].text != "," && s.toks[x].low != "and" && s.toks[x].low != "or" {
		return false
	}
	k := x + 1
	if s.toks[k].low == "the" {
		k++
	}
	for _, m := range s.ments {
		if m.t0 == k && (m.typ == ePlace || m.typ == eSite) {
			low := strings.ToLower(m.text)
			return s.toks[x].text != "," || !isCountry(low) && !isState(low) || placeListAfter(s, m.t1)
		}
	}
	if s.toks[x].text == "," && s.toks[k].cap && s.toks[k].word {
		// "in Nordland, Troms and Finnmark": a list, though the lists
		// know none of the other names.
		e := k
		for e < len(s.toks) && e < k+3 && s.toks[e].cap && s.toks[e].word {
			e++
		}
		return e+1 < len(s.toks) && (s.toks[e].low == "and" || s.toks[e].low == "or") && s.toks[e+1].cap
	}
	return false
}

var whenPreps = wordSet("on in during since by until at")

// holderPreps before a name make a place after it the name's: "a run at
// the Junior Championship in Accra".
var holderPreps = wordSet("at of for from against")

// stateVerbs hold rather than happen: a place after the name that follows
// them is the name's, not the verb's.
var stateVerbs = wordSet("owned owns own held holds kept keeps housed houses based run runs managed manages led leads funded funds")

var wherePreps = wordSet("at in to inside near into outside")

// makeCandidates produces every question the engine can ask about the
// article, before validation.
func (an *analysis) makeCandidates() []cand {
	var out []cand
	for si := range an.sents {
		s := &an.sents[si]
		pos := 1.0 - 0.3*float64(si)/float64(len(an.sents)+1) // earlier sentences carry the story
		if toldTheWriter(s) && !an.answerParagraph(s) {
			out = append(out, an.quoteQuestions(s, pos)...)
			continue
		}
		if imperativeOpening(s) || appeal(s) || speculation(s) || writerAside(s) || an.answerParagraph(s) || an.review && (firstPerson(s) || criticsView(s)) || bareAge(s) || scoreLine(s) || countedSubject(s) || kindBefore(s) {
			// "Anyone with information should call 101", "…must have heard
			// it": no fact of the story; "I'll believe it when…" (a
			// columnist's aside), "A: I read the last five years of our
			// reports" (an interview's answer): whose "I"? A critic's "it
			// happened to us three times" is the meal, no fact of the place.
			continue
		}
		bonus := an.mainFactBonus(s)
		from := len(out)
		for mi := range s.ments {
			m := &s.ments[mi]
			out = append(out, an.slotQuestions(s, mi, pos)...)
			_ = m
		}
		out = append(out, an.subjectQuestions(s, pos)...)
		out = append(out, an.quoteQuestions(s, pos)...)
		out = append(out, an.whatQuestions(s, pos)...)
		out = append(out, an.whichQuestions(s, pos)...)
		out = append(out, an.priceQuestions(s, pos)...)
		if c, ok := an.negationQuestion(s, pos); ok {
			out = append(out, c)
		}
		out = append(out, an.pronounStatements(s, pos)...)
		if live := an.art.stamped >= 3; live && isContraction(s) || len(s.cls) > 0 && s.cls[0].ok && momentaryState(s, s.cls[0], live) {
			if live {
				// "The leading group is down to six.": on a live page, a
				// moment the reader cannot place, whatever it counts.
				out = out[:from]
			} else if c := s.cls[0]; c.subjMent >= 0 && s.ments[c.subjMent].typ == ePerson {
				// "Okafor is a sitting duck.", "Tesfaye is eight seconds
				// back.": a moment; who it was is no fact to ask.
				out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool { return c.q.Kind == KindWho || c.q.Kind == KindCloze })...)
			}
		}
		if who := an.criticsDeed(s); len(who) > 0 {
			// "Fenwick does what she can", "Ellery lets an entire marriage
			// collapse": the critic's account of what a maker or player
			// does with the work, no fact to state or to ask who did.
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				return c.q.Kind == KindTrueFalse || c.q.Kind == KindWho || c.q.Kind == KindCloze && slices.Contains(who, c.answer)
			})...)
		}
		if an.review && !reviewFact(s) {
			// "Amankwah, meanwhile, anchored everything with a warm,
			// woody tone", "She plays quietly for long stretches": what a
			// player does in a critic's words is the critic's account.
			// A person is asked of only where the sentence holds a
			// figure, a date or someone's words.
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				return c.q.Kind == KindTrueFalse || c.q.Kind == KindWho || c.q.Kind == KindCloze && an.personNamed(c.answer) && (!an.creditIn(s, c.answer) || verdictIn(s))
			})...)
		}
		if an.review && genericThere(s) && s.toks[3].low != "moment" {
			// "There is a particular kind of novel that … spends three
			// hundred pages…": the critic's rule of thumb, whatever it
			// counts; a fact after it ("…, and The Last Bus, the second
			// feature from Hannah Oduya, has faces to spare") stands.
			cut := len(s.text)
			for k := 1; k+1 < len(s.toks); k++ {
				if s.toks[k].text == ";" || s.toks[k].text == "," && s.toks[k+1].low == "and" {
					cut = s.toks[k].start
					break
				}
			}
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				i := strings.Index(s.text, c.answer)
				return c.q.Kind == KindTrueFalse || i >= 0 && i < cut
			})...)
		}
		if an.review && genericThere(s) && s.toks[3].low == "moment" {
			// "There is a moment, about four minutes into the first
			// movement, when a low trill rumbles up": the critic's scene;
			// how far into the work it comes is no fact to test (but "the
			// second feature from Kim Min-seo" after it is).
			cut := 0
			for k := 4; k < len(s.toks) && k < 10; k++ {
				if s.toks[k].low == "into" || s.toks[k].low == "through" {
					cut = s.toks[k].start
					break
				}
			}
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				i := strings.Index(s.text, c.answer)
				return c.q.Kind == KindTrueFalse || c.q.Kind == KindNumber && i >= 0 && i < cut
			})...)
		}
		if k := sweepAt(s); an.review && k >= 0 {
			// "Charles Dickens wrote Bleak House in instalments, and anyone
			// who has wrestled with its nine hundred pages knows…": the
			// fact before the critic's sweep stands, nothing after it.
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				i := strings.Index(s.text, c.answer)
				return c.q.Kind == KindTrueFalse || i < 0 || i >= s.toks[k].start || strings.Contains(c.q.Prompt, s.toks[k].text+" who")
			})...)
		}
		if bareComparison(s) {
			// "For Mrs Khatun, the immediate priority is simpler.", "The
			// soprano was less consistent.": simpler than what? Told
			// apart from the sentence before, the claim says nothing.
			// Nor "The _____ room is more uneven.": more than which?
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool {
				return c.q.Kind == KindTrueFalse || c.q.Kind == KindWho || c.q.Kind == KindCloze || c.q.Kind == KindNumber && ordinalIndex(c.answer) >= 0
			})...)
		}
		if shortQuoteFirst(s) {
			// ""That's really encouraging," said co-author Dr Rafael
			// Ortega": a few words and who said them, nothing a class
			// can check as true or false.
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool { return c.q.Kind == KindTrueFalse })...)
		}
		if an.review && quotesProse(s) && !unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return speechVerbs[t.low] || sayVerbs[t.low] || presentSpeechVerbs[t.low] }) {
			// "Tallow smells of "mutton and regret"; a January fog "sat in
			// the Grassmarket…"": the critic quoting the work's own prose.
			out = out[:from]
		}
		if an.review {
			// "_____ has written something that is both a gripping story…":
			// whatever else the sentence holds, a question that states the
			// critic's praise asks the critic's view.
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool { return verdictInText(c.q.Prompt) })...)
		}
		if an.review && (!namesSomething(s) || verdictIn(s)) {
			// "Every family has a house it cannot leave": in a review, a
			// claim that names nothing is the critic's, no fact to call
			// true or false; nor is "Walsh … is a revelation".
			out = append(out[:from], slices.DeleteFunc(out[from:], func(c cand) bool { return c.q.Kind == KindTrueFalse })...)
		}
		for k := from; k < len(out); k++ {
			if out[k].q.Kind != KindTrueFalse {
				out[k].score += bonus
			} else {
				out[k].score += bonus / 2
			}
		}
	}
	if c, ok := an.leadStatement(); ok {
		out = append(out, c)
	}
	out = append(out, an.whyQuestions()...)
	out = append(out, an.castQuestions()...)
	out = append(out, an.kindQuestions()...)
	for _, c := range an.roleQuestions() {
		c.score += an.mainFactBonus(&an.sents[c.sent]) / 2
		out = append(out, c)
	}
	// "…earlier in the day, where around _____ people.": a relative
	// clause cut before its verb says nothing.
	return slices.DeleteFunc(out, func(c cand) bool { return verblessRelativeEnd(c.q.Prompt) })
}

// adviceVerbs open a writer's advice to the reader: "Go early, go slowly,
// and leave plenty of time for room three."
var adviceVerbs = wordSet("go see try skip allow arrive avoid bring expect buy book catch")

// imperativeOpening reports a sentence that opens on a verb of advice and
// names no one doing it: the writer tells the reader what to do, no fact
// of the story.
func imperativeOpening(s *sent) bool {
	if len(s.toks) < 3 || !adviceVerbs[s.toks[0].low] || !s.toks[0].cap {
		return false
	}
	n := s.toks[1]
	return n.word && !n.cap && !auxiliaries[n.low] && !isPastVerb(s.toks, 1) && !presentVerb(s.toks, 1) && n.low != "on" && n.low != "to"
}

// verblessRelativeEnd reports a prompt whose last clause opens with
// ", where", ", who" or ", which" and holds no verb: a clause cut short.
func verblessRelativeEnd(p string) bool {
	i := max(strings.LastIndex(p, ", where "), strings.LastIndex(p, ", who "), strings.LastIndex(p, ", which "))
	if i < 0 {
		return false
	}
	tail := strings.Fields(strings.Trim(p[i+2:], ".?!\""))
	if len(tail) < 2 || len(tail) > 6 {
		return false
	}
	for _, w := range tail[1:] {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if auxiliaries[w] || copulas[w] || isVerbish(w) || strings.HasSuffix(w, "ed") || speechVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return true
}

// pronounStatements states a sentence whose subject is a pronoun the
// article surely resolves ("He plans to stand…" → "Robert Kilroy Silk plans
// to stand…"), as written and with another person of the same gender in
// the name's place. In an article about two people, where a who-question
// lacks three options, it still asks who did what.
func (an *analysis) pronounStatements(s *sent, pos float64) []cand {
	if len(s.ments) == 0 {
		return nil
	}
	m := &s.ments[0]
	if !m.pronoun || m.t0 != 0 || m.ent < 0 || an.ents[m.ent].typ != ePerson {
		return nil
	}
	plan, ok := an.statementPlan(s, 0, len(s.toks))
	name := an.ents[m.ent].name
	g := an.gender(m.ent)
	if !ok || plan.prefix != name || g == 0 || demonstrativeNP(s) {
		return nil
	}
	// The other person must not be named in the two sentences before,
	// which may tell of them both ("the actor plays Abel Morales").
	near := map[int]bool{}
	for k := max(0, s.idx-2); k < s.idx; k++ {
		for id := range sentEnts(&an.sents[k]) {
			near[id] = true
		}
	}
	other := ""
	for _, id := range an.byProminence(ePerson) {
		if o := an.ents[id].name; id != m.ent && !near[id] && an.gender(id) == g && fieldCount(o) >= 2 && !nameWordIn(s, o) && !an.playsOrPlayedBy(m.ent, id) {
			other = o
			break
		}
	}
	stmt := plan.render(s)
	if other == "" || utf8.RuneCountInString(stmt) >= MaxPromptRunes-40 || countWords(stmt) < 6 {
		return nil // "Margaret Hsu was 84.": an age, no claim
	}
	swapped := plan
	swapped.prefix = other
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
	score := 1.0*pos - 0.02*float64(max(0, len(s.toks)-25))
	prefer := s.idx%2 == 0
	var out []cand
	for _, truth := range []bool{prefer, !prefer} {
		q := Question{Kind: KindTrueFalse, Prompt: trueOrFalse(stmt), Options: []string{"True", "False"}, Answer: 0, Evidence: ev}
		if !truth {
			q.Prompt, q.Answer = "True or false? "+swapped.render(s), 1
		}
		out = append(out, cand{q: q, score: score, sent: s.idx, fact: "p" + itoa(s.idx), answer: name})
		score -= weights.TFOther
	}
	return out
}

// spanNouns before "in" or "at" make the place part of a time ("a time in
// Latin America", "his years at Leeds").
var spanNouns = wordSet("time times period periods year years era day days moment moments spell stint childhood youth life career week weeks weekend month months night nights season")

// demonstrativeNP reports "this", "these", "those" or "that" before a
// noun outside quotations ("continue that campaign"): the thing it points
// to is in another sentence.
func demonstrativeNP(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks)-1, func(k int, t tok) bool {
		nx := s.toks[k+1]
		if !nx.word || nx.cap || pronounish(nx.low) || determiners[nx.low] || isVerbish(nx.low) {
			return false
		}
		switch t.low {
		case "this", "these", "those":
			return true
		case "that":
			// "the delay showed that coastal towns…": "that" opens what
			// was said or found.
			return k > 0 && !thatClauseVerb(s.toks[k-1].low) && s.toks[k-1].word && !s.toks[k-1].cap
		}
		return false
	})
}

// leadStatement states the lead, the story's main event, as written: a
// true statement to fall back on when no other question can be made from
// the lead, so that every quiz asks about what the story is about. It
// scores below the lead's other questions, which keep the one place a
// sentence has.
func (an *analysis) leadStatement() (cand, bool) {
	if len(an.sents) == 0 {
		return cand{}, false
	}
	s := &an.sents[0]
	if len(s.toks) < 8 || !strings.HasSuffix(s.text, ".") {
		return cand{}, false // a question, or a headline-like fragment, is no statement
	}
	if !namesSomething(s) && (!pastVerbIn(s) && s.toks[0].low == "there" || an.review) || an.review && (verdictIn(s) || criticsView(s) || sweepAt(s) >= 0) || judgement(s) || genericThere(s) || someKind(s) {
		// "There is a particular sound a ground makes when patience
		// snaps": a columnist's scene, no event a class can check; nor
		// is a review's "Every family has a house it cannot leave".
		return cand{}, false
	}
	plan, ok := an.statementPlan(s, 0, len(s.toks))
	if !ok || plan.from > 0 && plan.prefix == "" || plan.cut || firstPerson(s) {
		// A first-person lead ("I went to…") tells the writer's story,
		// which a statement cannot repeat as a fact.
		return cand{}, false // only the whole lead: a cut one may drop what makes it true
	}
	stmt := plan.render(s)
	if utf8.RuneCountInString(stmt) > MaxPromptRunes-40 {
		return cand{}, false
	}
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: s.text} // the whole lead says it
	return cand{q: Question{Kind: KindTrueFalse, Prompt: trueOrFalse(stmt), Options: []string{"True", "False"}, Answer: 0, Evidence: ev}, score: 0.5 + an.mainFactBonus(s)/2, sent: s.idx, fact: "lead", answer: "lead"}, true
}

// genericThere reports a lead that opens on a kind of thing, not an
// event: "There is a particular kind of restaurant that…", "There is
// something about…".
func genericThere(s *sent) bool {
	t := s.toks
	if len(t) < 4 || t[0].low != "there" || t[1].low != "is" && t[1].low != "are" {
		return false
	}
	// "There are evenings when a familiar opera…": times of a kind.
	return t[2].low == "something" || (t[2].low == "a" || t[2].low == "an") && sceneWords[t[3].low] ||
		t[1].low == "are" && (t[3].low == "when" || len(t) > 4 && t[4].low == "when" && !t[3].num)
}

// someKind reports a sentence about some of a kind, no event: "Some debut
// novels announce themselves with a bang." ("Some 300 people" counts.)
func someKind(s *sent) bool {
	t := s.toks
	return len(t) > 3 && t[0].low == "some" && t[1].word && !t[1].num && !t[1].cap && numberWordIndex(t[1].low) < 0
}

var sceneWords = wordSet("particular certain special kind type sort moment breed")

// writerAside reports "I", "me" or "my", or a subject "we", outside
// quotation marks: the writer's own aside ("I'll believe it when…", "and
// we are racing") or an interviewee's answer, where no fact of the story
// stands. A newsroom's "our correspondent" and "told us" are facts still.
func writerAside(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		return (singularFirstPerson[t.low] && (pronounCase(t, k) || t.low == "i" || strings.HasPrefix(t.low, "i'")) || weSubject[t.low] && pronounCase(t, k)) && !toldAside(s.toks, k)
	})
}

// toldTheWriter reports a sentence whose only words of the writer's own,
// outside quotation marks, say the writer was told: ""We wanted players
// to feel it," the creative director told me." Who said the words is a
// fact the quiz may ask; the rest, told to "me", is no statement to make.
func toldTheWriter(s *sent) bool {
	told := false
	other := unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		if (t.low == "me" || t.low == "us") && k > 0 && (s.toks[k-1].low == "told" || s.toks[k-1].low == "tells") {
			told = true
			return false
		}
		if told && t.low == "we" && k > 0 && (s.toks[k-1].low == "when" || s.toks[k-1].low == "as") && k+1 < len(s.toks) && meetVerbs[s.toks[k+1].low] {
			return false // "Aagaard told me when we spoke by phone": the interview, no fact of the writer's
		}
		return (firstPersonWords[t.low] || singularFirstPerson[t.low] || weSubject[t.low]) && pronounCase(t, k)
	})
	return told && !other
}

// meetVerbs tell of an interview: "when we spoke", "as we talked".
var meetVerbs = wordSet("spoke talked met chatted")

var singularFirstPerson = wordSet("i me my i'm i'll i've i'd")

// weSubject is a live page's or a columnist's "we" outside quotation
// marks: "The flag drops in Albertville and we are racing" tells of the
// writers, no fact of the story.
var weSubject = wordSet("we we're we'll we've we'd")

// answerParagraph reports a sentence of an interview's answer, a paragraph
// opening "A:": the interviewee's words, whose "it" and "we" and examples
// ("A contract gets extended four times…") are no facts of the story.
func (an *analysis) answerParagraph(s *sent) bool {
	for i := range an.sents {
		if o := &an.sents[i]; o.p == s.p {
			return strings.HasPrefix(o.text, "A:") || strings.HasPrefix(o.text, "A.")
		}
	}
	return false
}

// firstPerson reports "I", "we", "my" and the like outside quotations,
// but not "our" in the words everyone shares ("outside our solar system").
func firstPerson(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		shared := t.low == "our" && k+1 < len(s.toks) && sharedWorld[s.toks[k+1].low]
		answer := k == 2 && s.toks[0].text == "A" && s.toks[1].text == ":" // "A: We run the hotline"
		return firstPersonWords[t.low] && (pronounCase(t, k) || answer) && !t.acro && !shared && !toldAside(s.toks, k)
	})
}

// toldAside reports a first person at k that only vouches for what the
// sentence says between commas: "a chalkboard that changes, we were told,
// "whenever the boats say so"", ", I think,". The rest is still the
// story's fact: "The chef, Daniel Oakes, spent eight years in London…".
func toldAside(toks []tok, k int) bool {
	if k == 0 || toks[k-1].text != "," || toks[k].low != "we" && toks[k].low != "i" {
		return false
	}
	j := k + 1
	if j < len(toks) && (toks[j].low == "were" || toks[j].low == "was" || toks[j].low == "am" || toks[j].low == "are") {
		j++
	}
	return j+1 < len(toks) && (toks[j].low == "told" || toks[j].low == "think" || toks[j].low == "suspect" || toks[j].low == "gather") && toks[j+1].text == ","
}

// sharedWorld after "our" names what belongs to every reader: "our solar
// system", "our planet".
var sharedWorld = wordSet("solar planet galaxy world sun moon species ancestors")

// roleAfter reports a role set after a name, ", an analyst at Evolution
// Securities": with another name swapped in, it would stay with the wrong
// person and give the statement away.
func roleAfter(s *sent, k int) bool {
	if k+3 < len(s.toks) && s.toks[k].text == "," && s.toks[k+1].num && s.toks[k+2].text == "," {
		k += 2 // "Daniela Ferreira, 34, a nurse from…": the age, then the role
	}
	if k+2 >= len(s.toks) || s.toks[k].text != "," || !determiners[s.toks[k+1].low] && (s.toks[k+1].cap || !s.toks[k+1].word) {
		return false
	}
	from := k + 2
	if !determiners[s.toks[k+1].low] {
		from = k + 1 // ", retail analyst at Cavendish Lane": a role with no article
	}
	for j := from; j < len(s.toks) && j <= k+5; j++ {
		if w := s.toks[j].low; headTitles[w] || personNouns[w] {
			return true
		}
	}
	return false
}

// judgement reports a word of praise or blame outside quotations ("a
// pretty stellar year"): the writer's view, which may fit another name as
// well, so no false statement is made by swapping one in.
func judgement(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return judgementWords[t.low] })
}

// pastVerbIn reports a verb in the past tense outside quotation marks:
// a lead that tells an event ("The board approved…").
func pastVerbIn(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		return k > 0 && (isPastVerb(s.toks, k) || t.low == "was" || t.low == "were" || t.low == "has" || t.low == "have")
	})
}

// speculation reports a guess at what happened, outside quotation marks:
// "Somewhere in the dugout, Rourke must have heard it."
func speculation(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		return speculativeModals[t.low] && k+1 < len(s.toks) && s.toks[k+1].low == "have"
	})
}

// speculativeModals before "have" guess at what happened.
var speculativeModals = wordSet("must might may")

// namesSomething reports a sentence that names a person, a place, a body,
// a date or a figure: a fact a reader can check.
func namesSomething(s *sent) bool {
	for _, m := range s.ments {
		if !m.pronoun && !m.desc && (m.typ != eNone || m.ent >= 0) {
			return true
		}
	}
	return false
}

// placeJoinedAfter reports a second place joined on at token k: "and
// then in Helsinki", "or at Leeds", "and later to Paris".
func placeJoinedAfter(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].low != "and" && toks[k].low != "or" {
		return false
	}
	k++
	if k < len(toks) && (toks[k].low == "then" || toks[k].low == "later" || toks[k].low == "also" || toks[k].low == "finally") {
		k++
	}
	// "in Philadelphia and its suburbs": the place's own surroundings.
	return k < len(toks) && (wherePreps[toks[k].low] || toks[k].low == "its" || toks[k].low == "the" && k+1 < len(toks) && surroundWords[toks[k+1].low])
}

// surroundWords name what lies about a place: "Leeds and the
// surrounding area".
var surroundWords = wordSet("surrounding suburbs surrounds outskirts area region")

// resultParticiples open what an event brought about: ", leaving teams
// guessing", ", forcing the closure of…".
var resultParticiples = wordSet("leaving causing forcing sending prompting triggering bringing putting giving allowing")

// orderVerbs open a critic's advice to the diner or reader: "Start with
// the carrots", "Skip the tart", "Order the pie".
var orderVerbs = wordSet("start order skip try save avoid finish")

// shortQuoteFirst reports a sentence that opens with a quotation of
// fewer than five words: ""That's really encouraging," she said."
func shortQuoteFirst(s *sent) bool {
	if len(s.toks) == 0 || s.toks[0].text != "\"" {
		return false
	}
	n := 0
	for k, t := range s.toks[1:] {
		if t.text == "\"" {
			// Speech ends on its own stop ("encouraging,""); a title
			// does not (""Harbour Lights" opens in cinemas").
			return n < 5 && strings.Contains(",.?!", s.toks[k].text)
		}
		if t.word {
			n++
		}
	}
	return false
}

// verdictIn reports a critic's verdict outside quotation marks: praise or
// blame ("is a marvel", "clumsily staged", "a revelation").
func verdictIn(s *sent) bool {
	return unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		return judgementWords[t.low] || verdictWords[t.low] || t.low == "fine" && fineNoun(s.toks, k)
	})
}

// fineNoun reports "a fine" and a noun at token k: "a fine draughtswoman"
// praises; "a fine of £500" punishes.
func fineNoun(toks []tok, k int) bool {
	return k > 0 && toks[k-1].low == "a" && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap && !stopwords[toks[k+1].low]
}

// quotesProse reports a quotation in s that opens in lower case, words
// of the work itself rather than a title ("mutton and regret" against
// "Lantern Hours").
func quotesProse(s *sent) bool {
	q := s.depths()
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].text == "\"" && q[k+1] == 1 && s.toks[k+1].word && !s.toks[k+1].cap && !s.toks[k+1].num && !pledgedBefore(s.toks, k) {
			return true
		}
	}
	return false
}

// presentSpeechVerbs give someone's words in the present tense, or as
// talk, as a critic tells of a maker's life: "a school inspection she
// describes as "like being audited"", "she has spoken in interviews of
// learning Vietnamese "twice"" quote her, not the work.
var presentSpeechVerbs = wordSet("describes calls dubs terms recalls admits insists explains jokes quips puts spoken spoke speaks talked talks")

// pledgeWords name words someone gave: "with a promise to build "a
// repertoire that belongs to this coastline"" quotes the director, not
// the work.
var pledgeWords = wordSet("promise promised promising pledge pledged pledging vow vowed vowing motto slogan mission manifesto")

// pledgedBefore reports a word of pledgeWords among the four words before
// the quotation mark at toks[k].
func pledgedBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if pledgeWords[toks[j].low] {
			return true
		}
	}
	return false
}

// verdictInText reports a word of praise or blame outside quotation
// marks in a question's text.
func verdictInText(p string) bool {
	quoted := false
	for _, f := range strings.Fields(p) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?\"'“”"))
		if !quoted && (judgementWords[w] || verdictWords[w]) {
			return true
		}
		if strings.Count(f, "\"")%2 == 1 {
			quoted = !quoted
		}
	}
	return false
}

// verdictWords are a critic's words of praise or blame.
var verdictWords = wordSet(`marvel revelation masterpiece triumph clumsy clumsily taut gripping surprisingly handsomely
	flawed flaws underwritten overwritten quibbles deserves gift admirable admirably tedious luminous assured confident
	beautifully brilliantly gorgeous dazzling compelling riveting plodding baggy overlong forgettable sags sagged sagging
	bland drab dreary lifeless soulless stodgy clunky candid evasive coy arresting uneven ambitious`)

// judgementWords praise or blame.
var judgementWords = wordSet(`stellar great brilliant excellent remarkable amazing terrible awful superb wonderful
	outstanding impressive disappointing fantastic incredible dismal woeful magnificent stunning`)

// adjectiveOf reports a country whose adjective the sentence holds: "the
// Argentine Air Force … planes from Argentina" would be absurd, not false.
func adjectiveOf(s *sent, country string) bool {
	ci, ok := countryByName[strings.ToLower(country)]
	return ok && countries[ci].adj != "" && containsFold(s.text, countries[ci].adj)
}

// fractionAt reports the top of a fraction ("two thirds"): its options
// would have to stay below the bottom, which leaves too few.
func fractionAt(s *sent, m *mention) bool {
	return m.typ == eNumber && m.t1 < len(s.toks) && fractionWords[s.toks[m.t1].low]
}

// bareCountAtEnd reports a count that ends a short sentence with nothing
// to say what it counts: "Iceland stay on four." (four points).
func bareCountAtEnd(s *sent, m *mention) bool {
	n := len(s.toks)
	if n > 0 && !s.toks[n-1].word {
		n--
	}
	return m.typ == eNumber && m.t1 == n && n <= 6 && (m.sub == 0 || m.text == numericPart(m.text))
}

// routeNumber reports a number that names a bus or rail route: "the 527
// service", "the 42 bus", or a school year: "year 10". Another number is
// another route or year, no wrong count.
func routeNumber(s *sent, m *mention) bool {
	if m.typ == eNumber && m.r0 > 0 && m.value <= 13 && s.toks[m.r0-1].text == "year" {
		return true // "a group of year 10 girls": a school year's name, no count
	}
	if m.typ != eNumber || m.r0 == 0 || m.t1 >= len(s.toks) || s.toks[m.r0-1].low != "the" {
		return false
	}
	switch s.toks[m.t1].low {
	case "service", "bus", "route", "tram", "line":
		return true
	}
	return false
}

// inTitle reports a mention inside a short quotation with no verb, a
// title: "Lough Arrow in January", the third track. Another month makes
// another song, no wrong answer.
func inTitle(s *sent, m *mention) bool {
	q := s.depths()
	if m.t0 >= len(q) || q[m.t0] != 1 {
		return false
	}
	a, b := m.t0, m.t1
	for a > 0 && q[a-1] == 1 && s.toks[a-1].text != "\"" {
		a--
	}
	for b < len(s.toks) && q[b] == 1 && s.toks[b].text != "\"" {
		b++
	}
	return b-a <= 7 && !finiteVerbIn(s.toks, a, b)
}

// boatClass reports a number word that names a crew, not a count: "the
// coxed four in which she rowed", "the women's eight", "a new training
// eight at the club". "The coxed three" is no boat.
func boatClass(s *sent, m *mention) bool {
	if m.typ != eNumber || numberWordIndex(strings.ToLower(m.text)) < 0 || m.r0 == 0 {
		return false
	}
	if m.t1 < len(s.toks) && s.toks[m.t1].word && !stopwords[s.toks[m.t1].low] {
		return false // "the women's four events": a count of them
	}
	for k := m.r0 - 1; k >= 0 && k >= m.r0-3; k-- {
		switch w := s.toks[k].low; {
		case w == "coxed" || w == "coxless" || w == "sculls" || w == "rowing":
			return true
		case w == "'s" && k > 0 && (s.toks[k-1].low == "women" || s.toks[k-1].low == "men") && slices.ContainsFunc(s.toks, func(t tok) bool { return rowingWords[t.low] }):
			return true
		}
	}
	return false
}

// rowingWords show a story of rowing, where "the women's eight" is a boat.
var rowingWords = wordSet("rowing rowed rower rowers rowing crew crews boat boats cox coxed regatta sculls oar oars")

// durationPart reports a count that is one part of a measure in two
// units: "four hours and 12 minutes", "1 hour 48 minutes". Another number
// of minutes would still leave the hours; the whole is the fact.
func durationPart(s *sent, m *mention) bool {
	if m.typ != eNumber {
		return false
	}
	isNum := func(k int) bool { // "12", "four", "forty"
		return k >= 0 && k < len(s.toks) && (s.toks[k].num || numberWordIndex(s.toks[k].low) >= 0 || slices.Contains(tensWords, s.toks[k].low))
	}
	isUnit := func(k int) bool { return k >= 0 && k < len(s.toks) && unitPairs[s.toks[k].low] }
	u := m.r0 - 1
	if u >= 0 && (s.toks[u].low == "and" || s.toks[u].text == ",") {
		u-- // "… and 12 minutes", "3 minutes, 59.84 seconds"
	}
	if isUnit(u) && isNum(u-1) {
		return true // "… and 12 minutes"
	}
	n := m.t1 + 1
	if n < len(s.toks) && (s.toks[n].low == "and" || s.toks[n].text == ",") {
		n++
	}
	feet := m.t1 < len(s.toks) && (s.toks[m.t1].low == "feet" || s.toks[m.t1].low == "foot")
	return isUnit(m.t1) && isNum(n) && (isUnit(n+1) || feet) // "four hours and …", "five feet eleven"
}

// unitPairs are the units a measure in two parts is written in.
var unitPairs = wordSet("hour hours minute minutes second seconds year years month months week weeks day days feet foot inches stone pounds metres")

// suspendedCompound reports a figure that shares the end of a compound
// after it: "22- and 16-nanometre processes", "five and six-year-olds".
// Its blank would read as a bare number beside a whole measure.
func suspendedCompound(s *sent, m *mention) bool {
	if m.typ != eNumber || m.t1 >= len(s.toks) {
		return false
	}
	k := m.t1
	if t := s.toks[k]; t.text == "-" && t.start == s.toks[k-1].end {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k].low != "and" && s.toks[k].low != "or" && s.toks[k].low != "to" {
		return false
	}
	first, _, hyphen := strings.Cut(s.toks[k+1].low, "-")
	if !hyphen && k+2 < len(s.toks) && s.toks[k+2].text == "-" && s.toks[k+2].start == s.toks[k+1].end {
		first, hyphen = s.toks[k+1].low, true // "16-nanometre" as three tokens
	}
	return hyphen && (numberWordIndex(first) >= 0 || first != "" && first[0] >= '0' && first[0] <= '9')
}

// splitInTwo reports "in two" after a verb of breaking: "the stage split
// in two" is halves, no count to change.
func splitInTwo(s *sent, m *mention) bool {
	return m.typ == eNumber && m.value == 2 && m.r0 >= 2 && s.toks[m.r0-1].low == "in" && breakVerbs[s.toks[m.r0-2].low]
}

var breakVerbs = wordSet("split splits broke break breaks broken cut cuts snapped snap torn tore ripped sawn sliced")

// oneOfSingular reports a one before a singular noun ("1 hour 48
// minutes", "one goal"): every other count would need the plural.
func oneOfSingular(s *sent, m *mention) bool {
	if m.typ != eNumber || m.value != 1 || m.t1 >= len(s.toks) {
		return false
	}
	n := s.toks[m.t1]
	return n.word && !n.cap && !n.num && !stopwords[n.low] && !strings.HasSuffix(n.low, "s") && n.low != "percent" && n.low != "per" && n.low != "-"
}

// sortedListSlot reports a figure in a list of three or more figures of
// its kind written in order ("in 1979, 1980, 1983, 1984, 1986 and 1988"):
// its neighbours bound the key, and any option out of their order gives
// itself away.
func sortedListSlot(s *sent, mi int) bool {
	m := &s.ments[mi]
	if m.typ != eNumber && m.typ != eDate {
		return false
	}
	val := func(x *mention) (float64, bool) {
		if x.typ != eNumber && x.typ != eDate {
			return 0, false // (a list of years may read its first and last as dates, the rest as figures)
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(x.text, ",", ""), 64)
		return v, err == nil
	}
	joined := func(a, b *mention) bool { // a, then b, with only ",", "and" or ", and" between
		if b.t0 < a.t1 {
			return false // (a date's mention holds its day's)
		}
		gap := s.toks[a.t1:b.t0]
		switch len(gap) {
		case 1:
			return gap[0].text == "," || gap[0].low == "and"
		case 2:
			return gap[0].text == "," && gap[1].low == "and"
		}
		return false
	}
	lo, hi := mi, mi
	for lo > 0 && joined(&s.ments[lo-1], &s.ments[lo]) {
		if _, ok := val(&s.ments[lo-1]); !ok {
			break
		}
		lo--
	}
	for hi+1 < len(s.ments) && joined(&s.ments[hi], &s.ments[hi+1]) {
		if _, ok := val(&s.ments[hi+1]); !ok {
			break
		}
		hi++
	}
	if hi-lo == 1 {
		// "in the winter of 2009 and 2010": two years in a row, one gives
		// the other away.
		a, _ := val(&s.ments[lo])
		b, _ := val(&s.ments[hi])
		return a >= 1000 && a <= 2100 && b-a == 1
	}
	if hi-lo < 2 {
		return false
	}
	up, down := true, true
	for k := lo; k < hi; k++ {
		a, ok1 := val(&s.ments[k])
		b, ok2 := val(&s.ments[k+1])
		if !ok1 || !ok2 {
			return false
		}
		up = up && a < b
		down = down && a > b
	}
	return up || down
}

// bothAfter reports a two that a later "both" gives away: "I lost two
// bets and both of them…".
func bothAfter(s *sent, m *mention) bool {
	if m.typ != eNumber || m.value != 2 {
		return false
	}
	for k := m.t1; k < len(s.toks); k++ {
		if s.toks[k].low == "both" {
			return true
		}
	}
	return false
}

// namesBefore reports a count the names just before it give away:
// "Versmarkt and Buurtwinkel, two of the country's chains".
func namesBefore(s *sent, m *mention) bool {
	if m.typ != eNumber || m.t0 < 4 || s.toks[m.t0-1].text != "," || m.t1 >= len(s.toks) || s.toks[m.t1].low != "of" {
		return false
	}
	items, names := 1, 0
	for k := m.t0 - 2; k >= 0; k-- {
		t := s.toks[k]
		if t.low == "and" || t.text == "," {
			if t.text == "," && k+1 < m.t0-1 && s.toks[k+1].low == "and" {
				continue // "A, B, and C"
			}
			items++
			continue
		}
		if !t.word || !t.cap {
			break
		}
		names++
	}
	return names >= items && float64(items) == m.value
}

// numberAsPronoun reports "the two" standing for things named before ("we
// are seeing the two drifting apart", "the three of them"): the number is
// no fact of its own.
func numberAsPronoun(s *sent, m *mention) bool {
	if m.typ == eNumber && m.t1 < len(s.toks) && isVerbish(s.toks[m.t1].low) && (m.r0 == 0 || m.r0 == 1 && (s.toks[0].low == "only" || s.toks[0].low == "just" || s.toks[0].low == "another") || m.r0 == 2 && s.toks[0].low == "a" && s.toks[1].low == "further") {
		return true // "Only three are in public collections", "Another 160 were badly damaged": of what?
	}
	before := m.r0 - 1
	if m.typ == eOrdinal && before >= 0 && s.toks[before].low == "the" && m.t1 < len(s.toks) && s.toks[m.t1].word && !s.toks[m.t1].cap &&
		(strings.HasSuffix(s.toks[m.t1].low, "ing") || isPastVerb(s.toks, m.t1) || auxiliaries[s.toks[m.t1].low]) {
		return true // "two judges had him ahead, with the third scoring it 76-76": the third judge
	}
	if before > 0 && restWords[s.toks[before].low] {
		before-- // "The remaining seven had forecast a cut": seven of the economists
	}
	if m.typ != eNumber || before < 0 || s.toks[before].low != "the" && s.toks[before].low != "all" {
		return false // "the two", "all three": things counted before
	}
	if m.t1 >= len(s.toks) {
		return true
	}
	next := s.toks[m.t1]
	return !next.word || next.low == "of" || isVerbish(next.low) || strings.HasSuffix(next.low, "ing") || stopwords[next.low]
}

// kindBefore reports a sentence that sorts its subject into a kind the
// article set out before: "It belonged firmly to the second category",
// "He is in the latter camp". Alone, the kind means nothing.
func kindBefore(s *sent) bool {
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].low == "the" && (ordinalIndex(s.toks[k+1].low) >= 0 || s.toks[k+1].low == "latter" || s.toks[k+1].low == "former") && kindNouns[s.toks[k+2].low] &&
			(k+3 == len(s.toks) || s.toks[k+3].low != "of") {
			return true
		}
	}
	return false
}

// kindNouns name a kind things are sorted into.
var kindNouns = wordSet("category categories kind kinds type types sort sorts camp variety option scenario")

// dateInName reports a number that opens a name written with a date in
// Portuguese or Spanish: "the 25 de Abril Bridge", "Avenida 9 de Julio".
func dateInName(s *sent, m *mention) bool {
	return m.typ == eNumber && m.t1+1 < len(s.toks) && s.toks[m.t1].low == "de" && s.toks[m.t1+1].cap
}

// countedSubject reports a sentence whose subject is a number standing for
// things counted before: "The remaining seven had forecast a cut." says
// nothing alone.
func countedSubject(s *sent) bool {
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.r0 <= 2 && numberAsPronoun(s, &m) })
}

// restWords pick out the rest of things counted before: "the remaining
// seven", "the other two".
var restWords = wordSet("remaining other last first")

// fractionWords are the bottoms of fractions written in words.
var fractionWords = wordSet("half halves third thirds quarter quarters fifth fifths sixth sixths tenth tenths")

// countedAfter reports a count that the sentence spells out after it: "made
// two changes, bringing on Ann Lee and Bo Tan" names the two, so any
// question on the number answers itself.
func countedAfter(s *sent, mi int) bool {
	m := &s.ments[mi]
	if m.typ != eNumber || m.value < 2 || m.value > 6 || m.value != float64(int(m.value)) {
		return false
	}
	n, prev := 0, -1
	for k := mi + 1; k < len(s.ments); k++ {
		o := &s.ments[k]
		if o.typ != ePerson && o.typ != eOrg && o.typ != ePlace {
			continue
		}
		if prev >= 0 {
			// Between two items: a comma or "and", then at most a role
			// ("and the 18-year-old midfielder Josh Lowe").
			gap := s.toks[s.ments[prev].t1:o.t0]
			joined := len(gap) > 0 && len(gap) <= 5 && (gap[0].text == "," || gap[0].low == "and")
			for _, t := range gap {
				if t.cap || t.text != "," && !t.word || isVerbish(t.low) {
					joined = false
				}
			}
			if !joined {
				return n == int(m.value)
			}
		}
		n++
		prev = k
	}
	return n == int(m.value)
}

// entName returns the display name of a mention's entity.
func (an *analysis) entName(m *mention) string {
	if m.ent >= 0 {
		return an.ents[m.ent].name
	}
	return m.text
}

// slotQuestions asks about one mention of a sentence: when/where/number
// questions, a cloze and a true-or-false statement.
func (an *analysis) slotQuestions(s *sent, mi int, pos float64) []cand {
	m := &s.ments[mi]
	var out []cand
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
	if m.modifier || m.pronoun || m.desc || countedAfter(s, mi) || fractionAt(s, m) || numberAsPronoun(s, m) || bothAfter(s, m) || oneOfSingular(s, m) || bareCountAtEnd(s, m) || splitInTwo(s, m) || durationPart(s, m) || suspendedCompound(s, m) || boatClass(s, m) || inTitle(s, m) || routeNumber(s, m) || interviewDate(s, m) || grammaticalPerson(s, m) || intervalAfter(s, m) || tooMuch(s, m) || scaleOf(s, m) || battingLine(s, m) || m.r0 > 0 && s.toks[m.r0-1].low == "per" || dateInName(s, m) {
		return nil
	}
	inQuote := false
	for _, q := range s.quotes {
		if m.start >= q.start && m.end <= q.end {
			inQuote = true
			if m.typ != eNumber && m.typ != eDate && quotedTitle(s.text[q.start:q.end]) {
				return nil // "Two Weeks in Lisbon": a film's title, not a place in the story
			}
		}
	}
	if incidental(s, m) || m.typ == eDate && m.sub == dWeekday || sortedListSlot(s, mi) {
		return nil // a weekday tests the day, not the claim
	}
	if an.otherOfTwo(s, m) {
		return nil
	}
	if m.typ != eNumber && m.typ != eOrdinal && strings.Count(s.text[:m.start], "(") > strings.Count(s.text[:m.start], ")") {
		return nil // "the Patient Rights (Scotland) Act 2011": a bracket inside a title, or an aside
	}
	if m.typ == ePlace && m.sub != 1 && regionOfPlace(s, m) {
		return nil // "from Wembley, _____": the city a district lies in tests a map, not the story
	}
	if an.workAfterMaker(s, m) {
		return nil
	}
	answer := m.text
	factKey := ""
	switch m.typ {
	case ePerson, eOrg, ePlace, eSite:
		if m.ent < 0 || thanName(s) {
			// "Brits searched Indian food more than India": another
			// country in either place may make a true claim as well.
			return nil
		}
		answer = an.ents[m.ent].name
		if m.typ == eSite && placeWords[strings.ToLower(answer)] && !oneWordSeats[strings.ToLower(answer)] {
			// "sending the measure to the House": a chamber or an office
			// named by its common noun alone has no like to offer.
			return nil
		}
		if m.typ == ePlace && m.sub == 1 && writtenAlias(m.text, answer) {
			// "hedgehogs in rural Britain": the key as written, not "rural
			// UK"; the options are other countries all the same.
			answer = m.text
		}
		if m.typ == ePlace && adjectiveOf(s, answer) {
			// "Doctors in _____ reached a deal with the Scottish
			// government": the adjective gives the country away.
			return nil
		}
		factKey = "e" + itoa(m.ent) + "@" + itoa(s.idx)
	case eDate, eNumber, eOrdinal:
		factKey = "v" + strings.ToLower(m.text) + "@" + itoa(s.idx)
	default:
		return nil
	}
	dis := an.distractors(s, m, answer, 3)
	c, inClause := clauseOf(s, m)
	if inClause && speechVerbs[s.toks[c.verb].low] {
		// In "said the company expected schedules to resume by March 20"
		// the date belongs to the reported words, not to the saying.
		for k := c.verb + 1; k < m.t0; k++ {
			if s.toks[k].low == "that" || isVerbish(s.toks[k].low) || s.toks[k].text == "\"" {
				inClause = false
				break
			}
		}
		// "said the budget in October had pushed up prices": a verb after
		// the slot shows it sits in the reported clause's subject.
		for k := m.t1; inClause && k < c.textEnd && k < len(s.toks); k++ {
			if s.toks[k].text == "," || s.toks[k].text == ";" || s.toks[k].low == "that" || s.toks[k].text == "\"" {
				break // "told the council in Paris that …": the saying's place
			}
			if auxiliaries[s.toks[k].low] || isPastVerb(s.toks, k) {
				inClause = false
			}
		}
	}
	if inClause && hedged(s, c) {
		inClause = false // "How many jobs would … cut?" from what members fear
	}
	// When / where questions need the slot inside the main clause.
	if inClause && !inQuote && len(dis) == 3 {
		switch m.typ {
		case eDate:
			inner := false
			for x := c.verb + 1; x < m.r0; x++ {
				if s.toks[x].text == "," && x+1 < m.r0 && strings.HasSuffix(s.toks[x+1].low, "ing") {
					inner = true // "studied chemistry at Durham, graduating in 2005": the participle's date
				}
				if x > c.verb+1 && x+1 < m.r0 && subjectPronouns[s.toks[x].low] && isPastVerb(s.toks, x+1) {
					inner = true // "survived by his wife, a nurse he met on a rescue in 1965": when he met her
				}
				switch s.toks[x].low {
				case "since", "than", "like", "unlike", "until", "before", "after", "following", "that", "which", "who", "whose", "whether", "because":
					// "the first man since Wilander in 1988": the date
					// belongs to the inner phrase, not to the verb; so in
					// "reported that sales had fallen in February",
					// "joined the team that won the cup in 1966" and
					// "pleaded guilty … following the spill in August".
					inner = true
				case "compared", "against", "versus", "comparison", "comparisons", "parallels":
					inner = true // "…, compared with 31% in 2023", "drawn comparisons with Cape Town's crisis in 2018": the date of what it is compared with
				case "target", "targets", "goal", "goals", "aim", "deadline", "pledge", "ambition", "commitment":
					// "has set a target of one million speakers by 2050": the
					// target's year, not the setting's.
					inner = inner || m.r0 > 0 && s.toks[m.r0-1].low == "by"
				case "to":
					// "asked staff to report back in May": the date of the
					// report, not of the asking; but "moved to the city",
					// "went to court in May".
					// "is expected to open in 2027" asks well as "When is
					// … expected to open?", and "vulnerable to extinction"
					// holds no verb.
					p, n := s.toks[x-1], s.toks[x+1]
					if x+1 < m.r0 && n.word && !n.cap && !n.num && !stopwords[n.low] && !determiners[n.low] && !placeNounsAfterTo[n.low] && !nounSuffix(n.low) &&
						p.word && !p.cap && !strings.HasSuffix(p.low, "ed") && !raisingWords[p.low] && x-1 > c.verb {
						inner = true
					}
				case "from":
					// "won eight seats, down from 29 seats in 2023"
					inner = inner || x > 0 && (s.toks[x-1].low == "down" || s.toks[x-1].low == "up")
				}
				if x > c.verb+1 && isParticiple(s.toks[x]) && x+1 < len(s.toks) && s.toks[x+1].low == "by" && !auxiliaries[s.toks[x-1].low] {
					inner = true // "is led by a group formed by residents in 2020": when the group was formed
				}
				if x > c.verb+2 && isParticiple(s.toks[x]) && x+1 < len(s.toks) && !s.toks[x+1].cap && (s.toks[x-1].word || s.toks[x-1].text == ")" || s.toks[x-1].text == ",") && !auxiliaries[s.toks[x-1].low] && !strings.HasSuffix(s.toks[x-1].low, "ly") &&
					!determiners[s.toks[x-1].low] && s.toks[x-1].low != "and" && s.toks[x-1].low != "not" && !stopwords[s.toks[x-1].low] {
					// "overturned the conviction of a man jailed for life in
					// 2021": the year the man was jailed.
					inner = true
				}
			}
			if m.t1+1 < len(s.toks) && (s.toks[m.t1].text == "," || s.toks[m.t1].low == "and" || s.toks[m.t1].low == "or") && slices.ContainsFunc(s.ments, func(o mention) bool {
				return o.t0 == m.t1+1 && (o.typ == eDate || o.typ == eNumber && o.value >= 1000 && o.value <= 2100)
			}) {
				inner = true // "won in 1983, 1991 and 1996": one year of several, no "In which year did it win?"
			}
			for x := c.verb + 1; x+1 < m.r0; x++ {
				if s.toks[x].text == "," && exampleOpeners[s.toks[x+1].low] {
					inner = true // "continued performing into his eighties, most recently at a concert in November": the example's date
				}
			}
			if k := prepBefore(s, *m, whenPreps); k >= 0 && (s.toks[k].low == "by" || s.toks[k].low == "until") {
				for x := c.verb + 1; x+1 < k; x++ {
					if s.toks[x].low == "to" && !s.toks[x+1].cap && s.toks[x+1].word && !determiners[s.toks[x+1].low] && !stopwords[s.toks[x+1].low] {
						inner = true // "agreed to hire 20,000 teachers by July": the deadline of the hiring, not when they agreed
					}
				}
			}
			if yearBeforeNoun(s.toks, m.t0) {
				inner = true // "lost his seat in the 2013 election": the year names the election; "When did he lose his seat election?" reads wrong
			}
			if k := prepBefore(s, *m, whenPreps); k >= 0 && !inner {
				if k > c.verb+1 && (s.toks[k-1].low == "only" || s.toks[k-1].low == "just") {
					k-- // "became aware only in 2011": not "…aware only?"
				}
				bonus := 0.0
				if m.sub != dWeekday {
					bonus = 0.4 // a month or a year dates the story's background
				}
				wh := map[int]string{dWeekday: "On which day", dMonth: "In which month", dMonthYear: "When", dYear: "In which year", dFull: "On what date"}[m.sub]
				// "In which year did she begin two years ago?" would date
				// the deed twice.
				if p := an.verbGroupQuestion(s, c, wh, k, dateTail(s.toks, m.t1)); p != "" && !strings.Contains(p, " ago") && !otherDateIn(s, m, p) {
					out = append(out, cand{q: Question{Kind: KindWhen, Prompt: p, Options: opts(answer, dis), Evidence: ev}, score: 3*pos + bonus, sent: s.idx, fact: factKey, answer: answer})
				}
			}
		case eNumber:
			// "The singer banked $56.5m from concerts" → "How much did
			// the singer bank from concerts?"; "conducted two studies" →
			// "How many studies did … conduct?"; "shares leapt 55%" → "By
			// how much did shares leap?".
			if m.r0 != c.verb+1 || c.aux >= 0 && c.aux == c.verb || sayVerbs[s.toks[c.verb].low] {
				break // "said 112 firefighters were…": the count opens what was said
			}
			wh, end := "", m.t1
			switch {
			case strings.ContainsAny(m.text, currencySigns):
				wh = "How much"
			case strings.HasSuffix(m.text, "%") || strings.HasSuffix(m.text, "per cent") || strings.HasSuffix(m.text, "percent"):
				// "shares leapt 55%" changes by it; "the government has
				// offered 6%" gives it.
				wh = "How much"
				if changeVerb(s.toks[c.verb].low) || m.t1 < len(s.toks) && (s.toks[m.t1].low == "higher" || s.toks[m.t1].low == "lower") {
					wh = "By how much" // and "closed 0.4 per cent higher"
				}
				if v := s.toks[c.verb].low; v == "shot" || v == "shoots" || m.t1 < len(s.toks) && s.toks[m.t1].low == "of" {
					// "Portland shot 54%": a share of shots, no amount; "won
					// 54% of their faceoffs": "How much did they win of…?"
					// reads wrong.
					wh = ""
				}
			case m.t1 < len(s.toks) && s.toks[m.t1].word && !s.toks[m.t1].cap && strings.HasSuffix(s.toks[m.t1].low, "s") && !stopwords[s.toks[m.t1].low] && m.value >= 2 && m.value == float64(int(m.value)):
				if m.t1+1 < len(s.toks) && s.toks[m.t1+1].low == "of" {
					break
				}
				if lastVerbs[s.toks[c.verb].low] && m.t1+1 >= c.textEnd && (c.subjMent >= 0 && s.ments[c.subjMent].typ == ePerson || personPronounAt(s.toks, c.subj0)) {
					break // "He lasted 18 months.": lasted in what, the sentence before tells ("The strike lasted 23 weeks" is asked)
				}
				wh, end = "How many "+s.toks[m.t1].low, m.t1+1
			}
			if wh == "" || end+1 < len(s.toks) && s.toks[end].low == "and" && (s.toks[end+1].num || numberWordIndex(s.toks[end+1].low) > 0 || determiners[s.toks[end+1].low]) {
				// "struck seven fours and five sixes": "How many fours … and
				// five sixes?"; "sent three ambulances and a rapid response
				// unit": "How many ambulances did … send and a unit?"
				break
			}
			if timeUnits[s.toks[end-1].low] && relativeTimeAfter(s.toks, end) {
				// "arrived six minutes before half-time", "scored 2
				// minutes, 41 seconds into overtime": a time, no count of
				// things; "spent 31 hours" and "sought 30 months" count.
				break
			}
			if end+2 < len(s.toks) && s.toks[end].low == "and" && s.toks[end+1].cap && (isPastVerb(s.toks, end+2) || presentVerb(s.toks, end+2)) {
				break // "slid 4.7 percent and Advantest fell 5.1 percent": another subject's clause follows
			}
			if andCountAfter(s.toks, end, c.textEnd) || gappedCountAfter(s.toks, end) {
				break // "made two changes at the interval and a third on 62 minutes", "won nine seats and the Conservatives seven"
			}
			if p := an.verbGroupQuestion(s, c, wh, m.r0, end); p != "" {
				out = append(out, cand{q: Question{Kind: KindNumber, Prompt: p, Options: opts(answer, dis), Evidence: ev}, score: 2.8 * pos, sent: s.idx, fact: factKey, answer: answer})
			}
		case ePlace, eSite:
			// "pick a time in Latin America": the place says which time,
			// not where anything was done.
			// "fell 2.3% in Madrid trading": the place names the trading,
			// and "Where did the shares fall 2.3% trading?" asks nothing.
			if k := prepBefore(s, *m, wherePreps); k >= 0 && !(k > 0 && (spanNouns[s.toks[k-1].low] || s.toks[k-1].low == "based" || strings.HasSuffix(s.toks[k-1].low, "-based"))) && !(m.t1 < len(s.toks) && (nounAfter(s.toks[m.t1]) || s.toks[m.t1].low == "trading") && !s.toks[m.t1].cap) && placeOfVerb(s, c, k) && !coordinated(s, m) {
				ans, ds := answer, dis
				if m.typ == eSite && m.hasThe {
					ans, ds = withThe(ans), theAll(ds)
					ev.Highlight = span(s, m.t0-1, m.t1)
				}
				end := m.t1
				if end+1 < len(s.toks) && s.toks[end].text == "," {
					// "in Houston, Texas": the state or country goes too.
					for _, o := range s.ments {
						if o.t0 == end+1 && o.typ == ePlace && (o.t1 == len(s.toks) || !s.toks[o.t1].word) {
							end = o.t1
						}
					}
				}
				if other, _ := rangePartner(s, m); other != nil {
					// "in archives from Lisbon to Gdansk": "Where … from
					// Lisbon?" asks half of a range.
				} else if placeJoinedAfter(s.toks, end) {
					// "worked briefly in London and then in Helsinki": no
					// "Where did she work briefly and then in Helsinki?"
				} else if p := an.verbGroupQuestion(s, c, "Where", homeBefore(s.toks, k), end); p != "" {
					out = append(out, cand{q: Question{Kind: KindWhere, Prompt: p, Options: opts(ans, ds), Evidence: ev}, score: 3 * pos, sent: s.idx, fact: factKey, answer: answer})
				}
				ev.Highlight = m.text
			}
		}
	}
	if len(dis) == 0 && m.typ == ePerson {
		// An article of two people still makes a true-or-false statement
		// of who did or said what: it needs one other person.
		dis = an.personDistractors(s, m.ent, nil, 1)
	}
	if len(dis) == 0 {
		return out
	}
	// A cloze (a number question when the blank is a number), and a
	// true-or-false statement, quote the sentence: it must stand alone.
	plan, standalone := an.statementPlan(s, m.r0, m.t1)
	if !standalone || m.start < plan.from {
		return out
	}
	// A name the statement puts in for "the singer" is no wrong option.
	if named := plan.names(); len(named) > 0 {
		var kept []string
		for _, d := range dis {
			if !named[d] {
				kept = append(kept, d)
			}
		}
		dis = kept
	}
	start := m.start
	if m.typ == ePlace && (m.hasThe && m.t0 > 0 && s.toks[m.t0-1].low == "the" || !(m.t0 > 0 && determiners[s.toks[m.t0-1].low])) {
		// Each option has the article it needs ("the UK", "China"): in
		// "in the US" the blank takes the article; in "Flights from
		// _____" a country that needs "the" gets it, as the key
		// "Canada" needs none.
		d2 := make([]string, len(dis))
		for k, d := range dis {
			d2[k] = d
			if takesThe(d) {
				d2[k] = "the " + d
			}
		}
		dis = d2
		if m.hasThe && m.t0 > 0 && s.toks[m.t0-1].low == "the" {
			if !takesThe(answer) {
				return out // "parts of the Zurich and Geneva supply networks": the networks' "the", no place's
			}
			start = s.toks[m.t0-1].start
			answer = s.text[start:m.start] + answer
			if start < plan.from {
				return out
			}
		}
	}
	// A person's role or title goes with the name, in a blank as in a
	// false statement: "said Prof _____" would give half of it away, and
	// "Trade commissioner Anthony Gooch" would pair one person's office
	// with another's name.
	nameFrom, bm := start, m
	if m.typ == ePerson {
		if k := m.r0 - 1; m.r0 < m.t0 && m.role != "" && k >= 1 && s.toks[k].low == "and" && personHead(s.toks[k-1].low) {
			// "Musician and actor Rhiannon Pryce plays the fool": the role
			// is one of two; "Musician and _____" would split them.
		} else if m.r0 < m.t0 && m.role != "" {
			nameFrom = s.toks[m.r0].start
			if k := m.r0 - 1; k >= 0 && (s.toks[k].low == "the" || s.toks[k].low == "a" || s.toks[k].low == "an") {
				nameFrom = s.toks[k].start // "The actor Hugh Grant": not "The _____"
			} else if k >= 1 && s.toks[k].word && !s.toks[k].cap && (s.toks[k-1].low == "the" || s.toks[k-1].low == "a") {
				nameFrom = s.toks[k-1].start // "said the retired jockey Tommy Breheny": not "the retired _____"
			}
		} else if m.t0 > 0 && honorifics[s.toks[m.t0-1].low] {
			nameFrom = s.toks[m.t0-1].start
		}
		if nameFrom < start && nameFrom >= plan.from && (nameFrom == 0 || s.text[nameFrom-1] == ' ') && !roleWordBefore(s, nameFrom) {
			c := *m
			for c.r0 > 0 && s.toks[c.r0].start > nameFrom {
				c.r0--
			}
			c.t0, bm, start = c.r0, &c, nameFrom
		}
	}
	if a := articleBefore(s, start); a != nil && a.start >= plan.from && slices.ContainsFunc(dis, func(d string) bool { return anSound(d) != anSound(answer) }) {
		// "an _____ grader": the article goes into the options ("an
		// eighth", "a sixth"), or it would tell the key from the rest.
		if nameFrom == start {
			nameFrom = a.start // and a false statement swaps it too: never "a an Ortiz dump shot"
		}
		start = a.start
		answer = withArticle(a.text, answer)
		for k := range dis {
			dis[k] = withArticle(a.text, dis[k])
		}
	}
	blank := plan.render(s, rep{start, m.end, "_____"})
	kind := KindCloze
	score := 1.6 * pos
	switch m.typ {
	case eNumber, eOrdinal:
		kind, score = KindNumber, 2.6*pos
		if m.typ == eNumber && m.sub == 0 && m.value <= 3 {
			// "the two sides": a small number word is rarely a fact worth asking.
			score = 0.6 * pos
		}
	case eDate:
		score = 1.2 * pos
	case ePlace:
		score = 1.3 * pos
	}
	if an.ents != nil && m.ent >= 0 && an.ents[m.ent].count > 1 {
		score += 0.2
	}
	if n := len(s.toks); n > 35 {
		score -= 0.05 * float64(n-35) // long blanks are hard to read
	}
	// A cloze needs three wrong options (two for a person, whom the
	// article must name); a true-or-false statement needs one.
	// "probably 30 or _____ towns": the next round figure fills a rough
	// range's end without reading.
	enough := (len(dis) >= 3 || m.typ == ePerson && len(dis) == 2) && !roughRange(s, m)
	if m.typ == ePerson {
		score -= twoOptionPenalty(dis)
	}
	// "Marcus just told me to shoot it," he said: a quotation's given
	// name is no place for full names.
	givenInQuote := m.typ == ePerson && inQuote && m.t1-m.t0 == 1 && m.ent >= 0 && strings.HasPrefix(an.ents[m.ent].name, m.text+" ")
	// "A big result in Perth.": a live page's line with no verb states
	// nothing to fill in or call true or false.
	verbless := len(s.toks) < 12 && !finiteVerbIn(s.toks, 0, len(s.toks)) && !slices.ContainsFunc(s.toks, func(t tok) bool { return auxiliaries[t.low] || copulas[t.low] })
	// "firefighters from 11 countries, including _____, Mexico, South
	// Africa and Chile": the list gives examples, so another country may
	// be among the rest.
	partial := (m.typ == ePlace || m.typ == eOrg || m.typ == ePerson) && exampleOf(s, m)
	if enough && !givenInQuote && !verbless && !partial && utf8.RuneCountInString(blank) <= MaxPromptRunes && goodBlank(s, bm, blank, answer) && !otherNameInBlank(s, m, blank) {
		if strings.HasPrefix(blank, "_____") {
			// The blank opens the sentence: every option starts with a
			// capital, so that "The US" does not stand out beside "the UK".
			answer = capFirst(answer)
			for k := range dis {
				dis[k] = capFirst(dis[k])
			}
		}
		out = append(out, cand{q: Question{Kind: kind, Prompt: blank, Options: opts(answer, dis), Evidence: ev}, score: score, sent: s.idx, fact: factKey, answer: answer})
	}
	// True or false: the sentence as written, or with the slot changed
	// (with the person's role, as in the blank). A weekday swapped into a
	// statement tests the day, not the claim. Nor does a broadcaster or
	// paper swapped for another.
	outlet := m.typ == eOrg && m.ent >= 0 && (an.ents[m.ent].sub == subOutlet || orgClass(an.ents[m.ent].name) == "media")
	swapFrom := nameFrom
	roleKept := m.r0 == m.t0 && m.role == "" && !(m.t0 > 0 && honorifics[s.toks[m.t0-1].low])
	// The writer's praise or blame ("X has had a pretty stellar year") is
	// an opinion, true or false by nobody's facts: only a number in it is
	// stated.
	opinion := m.typ != eNumber && m.typ != eDate && m.typ != eOrdinal && judgement(s)
	if !inQuote && !opinion && !verbless && (roleKept || swapFrom < m.start && swapFrom >= plan.from && (swapFrom == 0 || s.text[swapFrom-1] == ' ')) && !outlet && thisSubject(s) == 0 && utf8.RuneCountInString(plan.render(s)) < MaxPromptRunes-40 {
		// The statement as written and with the slot changed are both
		// offered, the one the slot's place prefers a little higher, so
		// that the choice can keep True and False even.
		prefer := (s.idx+mi)%2 == 0
		score := 1.2*pos - 0.02*float64(max(0, len(s.toks)-25))
		for _, truth := range []bool{prefer, !prefer} {
			stmt := plan.render(s)
			if !truth {
				if swapFrom < plan.from || m.end > plan.to {
					continue // the slot is outside the words quoted: nothing would change
				}
				if nameRunsIntoNumber(s, m) {
					continue // "Mile 12", a market: "Kaduna 12" is nothing
				}
				if (m.typ == eOrg || m.typ == eSite) && m.t0 > 0 && (s.toks[m.t0-1].low == "'s" || s.toks[m.t0-1].text == "'") {
					continue // "The assembly's Budget and Appropriations Committee": another body is no part of the assembly
				}
				if m.typ == ePerson && danglingBefore(s, swapFrom) {
					continue // "Royal Bank of _____", "Super Size Me _____"
				}
				if m.typ == ePerson && (pronounAfter(s, m.t1) || roleWordBefore(s, swapFrom) || appositiveOfPersonNoun(s, m.t0) || roleAfter(s, m.t1) && s.toks[m.t1].start < plan.to) {
					// "… chaired a meeting after he learned …": the pronoun
					// would give a swapped-in woman away, or point to the
					// true name. "Harbour master Ines Moreau": a role the
					// engine did not read as one would stay with the
					// wrong name.
					continue
				}
				if (m.typ == eSite || m.typ == eOrg) && siteInPlace(s, m) {
					continue // "died at Bronglais Hospital in Aberystwyth": not "Cardiff Royal Infirmary in Aberystwyth"
				}
				if m.typ == eOrg && m.t0 > 1 && (s.toks[m.t0-1].low == "side" || s.toks[m.t0-1].low == "club") && s.toks[m.t0-2].cap {
					continue // "Ibadan side Shooting Stars": another club would not be Ibadan's
				}
				if m.typ == eOrg && m.t0 > 0 && (orgNouns[s.toks[m.t0-1].low] || bodyNouns[s.toks[m.t0-1].low] || s.toks[m.t0-1].low == "utility") {
					continue // "City of Johannesburg utility City Power": a chamber of commerce is no utility
				}
				if m.typ == ePlace && (regionOfPlace(s, m) || placeBeforeItsRegion(s, m) || placeInName(s, m) || m.sub == 1 && cityOfCountryIn(s, answer)) {
					continue // "from Wembley, London": not "Wembley, New York", nor "San Diego, Minnesota"
				}
				if (m.typ == ePlace || m.typ == eSite) && m.t0 > 0 && (s.toks[m.t0-1].low == "near" || s.toks[m.t0-1].low == "outside") {
					// "hit the stones near Carmont": "near Aberdeen", a
					// town away, is no clear falsehood.
					continue
				}
				if (m.typ == ePlace || m.typ == eOrg) && measuredClaim(s, plan) {
					// "The pass rate in Wales was 97.5 per cent", "more girls
					// than boys … in Wales": the article need not say what
					// the figure was elsewhere, so the swap may be true.
					continue
				}
				if exampleOf(s, m) {
					// "sold through online shops including Amazon": the
					// article gives an example, not the whole list, so
					// "including Apple" need not be false.
					continue
				}
				if other, _ := rangePartner(s, m); other != nil {
					// "cancelled between May and July": a wider range
					// ("between February and July") holds the same claim,
					// and a narrower one the article does not speak of.
					continue
				}
				if len(dis) == 0 {
					continue // no other name of the kind to swap in
				}
				d := dis[0]
				if side := boundSide(s, m); side != 0 && m.typ == eNumber {
					// "more than 80 firefighters": "more than 60" is also
					// true; only a larger figure makes it false.
					d = ""
					for _, x := range append(dis, an.distractors(s, m, answer, 6)...) {
						// ("more than 100% of exports" is impossible, not false.)
						if xv, ok := optionValue(x); ok && (xv-m.value)*float64(side) > 0 && !(xv == 1 && pluralSoon(s, m.t1)) && !(side > 0 && xv >= 100 && isShare(m)) {
							d = x
							break
						}
					}
					if d == "" {
						continue
					}
				}
				if (m.typ == eOrg || m.typ == eNone) && inOfficeTitle(s.toks, m.t0) {
					continue // "Minister for Housing, Local Government and Heritage": a portfolio, no body to swap
				}
				if m.typ == ePlace || m.typ == eOrg || m.typ == eSite {
					// A name the sentence before holds may be as true here
					// ("… against Wales in Cardiff", then "Wales might end
					// their losing run against England"): swap in another.
					d = ""
					for _, x := range dis {
						// A body of another kind is no plausible swap: "The
						// European Union, the British maker of heating
						// systems".
						if m.typ == eOrg && orgClass(x) != an.classOf(m.ent) {
							continue
						}
						if m.typ == eOrg && bareBodyWord(x) {
							continue // "Workers from Government were clearing the road"
						}
						// Nor "Mobile County" for "the Mobile Regional
						// Airport": a place named alike may hold the other.
						if !an.namedJustBefore(s, x) && !adjectiveOf(s, x) && !(m.typ == eOrg && nameWordIn(s, x)) && !shareNameWord(x, answer) {
							d = x
							break
						}
					}
					if d == "" {
						continue
					}
				}
				if m.typ == ePerson && fieldCount(stmt) < 6 {
					// "Mercer never married.": said of someone else, the
					// article may not say either way.
					continue
				}
				if m.typ == ePerson {
					// "\"Mike does not want…,\" Mike Tindall told…": a
					// name the sentence already holds makes the swap
					// absurd.
					// Nor "Margaret Halloran's daughter, Margaret
					// Halloran": the statement as rendered may name
					// someone the sentence only points to.
					d = ""
					if m.t1+2 < len(s.toks) && s.toks[m.t1].text == "," && s.toks[m.t1+1].num && s.toks[m.t1+2].text == "," {
						continue // "Kilabuk, 46, said": the age is his, false of anyone else for a reason no one asked
					}
					stoks := tokenize(stmt)
					if an.review && describedAfter(stoks, answer) {
						// "Drummond … has a voice that can fill a barn": a
						// critic's praise, which no other name makes false.
						continue
					}
					for _, x := range dis {
						if !nameWordIn(s, x) && !nameWordInToks(stoks, x) {
							d = x
							break
						}
					}
					if d == "" {
						continue
					}
				}
				if (d == "one" || d == "1") && len(dis) > 1 && pluralSoon(s, m.t1) {
					if boundSide(s, m) != 0 {
						continue // no other figure is surely on the false side
					}
					d = dis[1] // "one hours", "one UK activists"
				}
				if an.echoedElsewhere(s, d, answer) {
					// "a big seller in 2026" made "in 2027" while a quote
					// says scooters "will be really big in 2027": the
					// false statement may be true by another sentence.
					continue
				}
				if swapFrom == 0 {
					d = capFirst(d)
				}
				if m.hasThe && known(d) != nil {
					continue // "at the Wimbledon": the built-in names do not say which take "the"
				}
				from := swapFrom
				switch theBefore := m.t0 > 0 && s.toks[m.t0-1].low == "the" && s.toks[m.t0-1].start >= plan.from; {
				case !m.hasThe && !theBefore && (m.t0 == 0 || !determiners[s.toks[m.t0-1].low]) && (an.theOf(d) == 1 || m.typ == ePlace && takesThe(d) && !strings.HasPrefix(d, "the ")):
					d = "the " + d // "at the University of Texas", as the article writes it
				case theBefore && from == m.start && an.theOf(d) == 0 && !theHeads[strings.ToLower(d[strings.LastIndexByte(d, ' ')+1:])]:
					from = s.toks[m.t0-1].start // not "at the Rice University"; but "the … Office"
				}
				if strings.HasPrefix(d, "the ") && from == m.start && determinerBeforeAdjectives(s.toks, m.t0) {
					d = d[len("the "):] // "the hollowed-out Carr Center", not "the hollowed-out the Carr Center"
				}
				if strings.HasPrefix(strings.ToLower(d), "the ") && from == m.start && m.t0 > 0 && partOfLand(s.toks[m.t0-1]) {
					continue // "in northern Mexico" makes no "in northern the US"
				}
				if a := articleBefore(s, from); a != nil && a.start >= plan.from && anSound(d) != anSound(answer) {
					from, d = a.start, withArticle(a.text, d) // "a sixth grader", not "an sixth"
				}
				if from == 0 {
					d = capFirst(d)
				}
				stmt = plan.render(s, rep{from, m.end, d})
			}
			ans := 0
			if !truth {
				ans = 1
			}
			out = append(out, cand{q: Question{Kind: KindTrueFalse, Prompt: trueOrFalse(stmt), Options: []string{"True", "False"}, Answer: ans, Evidence: ev}, score: score, sent: s.idx, fact: factKey, answer: answer})
			score -= weights.TFOther
		}
	}
	return out
}

// namedJustBefore reports a name that one of the two sentences before
// holds: "He moved to New York in 1958…" makes "worked … in New York and
// Detroit" a poor falsehood two sentences on.
func (an *analysis) namedJustBefore(s *sent, name string) bool {
	for k := max(0, s.idx-2); k < s.idx; k++ {
		if containsFold(an.sents[k].text, name) {
			return true
		}
	}
	return false
}

// otherNameInBlank reports a blank whose sentence names the key's entity
// again, the same way or another: "the UK's Online Safety Act … firms
// operating in _____" gives Britain away, "_____ and Japan … US carmaker Ford"
// the US.
func otherNameInBlank(s *sent, m *mention, blank string) bool {
	if m.ent < 0 || m.typ == ePerson {
		return false
	}
	for _, o := range s.ments {
		if o.ent == m.ent && o.start != m.start && !o.pronoun && !o.desc && containsFold(blank, o.text) {
			return true
		}
	}
	return false
}

// articleBefore returns the "a" or "an" token that ends just before byte
// offset at, or nil.
func articleBefore(s *sent, at int) *tok {
	for k := range s.toks {
		if t := &s.toks[k]; t.end+1 == at && (t.low == "a" || t.low == "an") {
			return t
		}
	}
	return nil
}

// withArticle puts before text the indefinite article it takes, written
// with the case of the article the sentence had ("An" or "a").
func withArticle(had, text string) string {
	a := "a"
	if anSound(text) {
		a = "an"
	}
	if had != "" && had[0] == 'A' {
		a = capFirst(a)
	}
	return a + " " + text
}

// anSound reports whether a word is said with a vowel sound first, so
// that it takes "an": "an eighth", "an 11-year-old", "an MP", but "a
// union", "a one-off", "a UN report".
func anSound(text string) bool {
	w := strings.TrimLeft(text, "$£€¥")
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		d := w
		if i := strings.IndexFunc(d, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
			d = d[:i]
		}
		return d[0] == '8' || d == "11" || d == "18" || strings.HasPrefix(w, "11,") || strings.HasPrefix(w, "18,")
	}
	first := w
	if i := strings.IndexAny(first, " -"); i > 0 {
		first = first[:i]
	}
	if len(first) >= 2 && strings.ToUpper(first) == first && strings.ToLower(first) != first {
		return strings.ContainsRune("AEFHILMNORSX", rune(first[0])) // said letter by letter
	}
	low := strings.ToLower(first)
	for _, p := range []string{"hour", "honest", "honor", "honour", "heir"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	for _, p := range []string{"one", "once", "uni", "use", "usu", "uti", "ura", "ure", "uro", "eu", "ewe", "ubi"} {
		if strings.HasPrefix(low, p) {
			return false
		}
	}
	return strings.ContainsRune("aeiou", rune(low[0]))
}

// criticsDeed returns the people who, opening a clause of a review's
// sentence, do something in the present tense other than take a part or
// make the work: "Fenwick does what she can" is the critic's
// account, while "Okoro plays her son" and "Akande directs" are credits.
func (an *analysis) criticsDeed(s *sent) []string {
	if !an.review {
		return nil
	}
	var who []string
	for _, m := range s.ments {
		if m.typ != ePerson || m.ent < 0 || m.pronoun || m.desc || m.modifier || m.t1 >= len(s.toks) {
			continue
		}
		k := m.r0
		for k > 0 && !s.toks[k-1].cap && (titleWords[s.toks[k-1].low] || agentNoun(s.toks[k-1].low) || strings.HasSuffix(s.toks[k-1].low, "wright")) {
			k-- // "playwright Tomos Ellery", "director Simone Akande"
		}
		if k > 0 && s.toks[k-1].text != "," && s.toks[k-1].low != "and" {
			continue // not where a clause opens
		}
		vk := m.t1
		if s.toks[vk].text == "," {
			// "Jonathan Pryce-Evans, no relation to the actor, keeps the
			// staging lean": the verb after the aside.
			for e := vk + 1; e < len(s.toks) && e <= vk+8; e++ {
				if s.toks[e].text == "," && e+1 < len(s.toks) {
					vk = e + 1
					break
				}
			}
		}
		v := s.toks[vk]
		if !v.word || v.cap || len(v.low) < 4 || !strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ss") || strings.HasSuffix(v.low, "'s") {
			continue
		}
		// "does what she can", "has a voice that…": a verb of its own; not
		// "has played".
		own := (v.low == "does" || v.low == "has") && vk+1 < len(s.toks) && !isParticiple(s.toks[vk+1]) && !isPastVerb(s.toks, vk+1)
		if creditVerbs[v.low] || (auxiliaries[v.low] || stopwords[v.low] || copulas[v.low]) && !own || speechVerbs[v.low] {
			continue
		}
		who = append(who, an.ents[m.ent].name)
	}
	return who
}

// reviewFact reports a sentence of a review that holds more than the
// critic's account: a figure or a date, or someone's words.
func reviewFact(s *sent) bool {
	return slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == eDate || m.typ == eNumber && !m.pronoun }) ||
		unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return speechVerbs[t.low] && t.low != "according" }) ||
		makerNamed(s.toks)
}

// makerNamed reports a sentence that names who made the work: "The
// extension is the work of Lindqvist Moe", "designed by Rennick Halloran
// Architects": a credit, which a review reports as news does.
func makerNamed(toks []tok) bool {
	for j := 1; j+1 < len(toks); j++ {
		if !toks[j+1].cap || !toks[j+1].word {
			continue
		}
		if toks[j].low == "by" && (makingWords[toks[j-1].low] || toks[j-1].low == "commissioned") {
			return true
		}
		if toks[j].low == "of" && toks[j-1].low == "work" && j >= 3 && toks[j-2].low == "the" && copulas[toks[j-3].low] {
			return true
		}
	}
	return false
}

// creditIn reports the person called name credited in sentence s with a
// part or a post in the work: "conducted by Ruth Anand", "the soloist
// Naomi Achterberg", "playing a schoolteacher named Ruth Lane", "Ann Lee as
// her son". Asking who holds it is asking a fact, not the critic's view.
func (an *analysis) creditIn(s *sent, name string) bool {
	for _, m := range s.ments {
		if m.ent < 0 || an.ents[m.ent].name != name || m.pronoun {
			continue
		}
		if m.role != "" || castPart(s, m) != "" {
			return true
		}
		if k := m.r0 - 1; k >= 0 {
			if p := s.toks[k]; p.low == "by" || p.low == "named" || p.low == "called" || !p.cap && (titleWords[p.low] || agentNoun(p.low)) {
				return true
			}
			if p := s.toks[k]; p.text == "," && k > 0 && (titleWords[s.toks[k-1].low] || agentNoun(s.toks[k-1].low)) {
				return true // "the set designer, Hana Lindqvist,"
			}
		}
	}
	return false
}

// creditVerbs say who takes a part in a work or makes it.
var creditVerbs = wordSet(`play plays star stars co-star co-stars direct directs write writes design designs compose composes
	adapt adapts voice voices narrate narrates choreograph choreographs conduct conducts produce produces reprise reprises
	join joins appear appears lead leads return returns sing sings perform performs present presents host hosts`)

// criticsView reports a review's sentence that holds no date or figure
// and whose main verb is "is" or "was" ("Drummond is an unusual
// presenter", "He is polite, helpful…") or that reads or likens ("is
// clearly betting", "feels like"): the critic's view, no fact.
func criticsView(s *sent) bool {
	// Words of the critic's reading make the whole sentence the critic's,
	// a figure in it too ("Gorringe clearly wants to say something…, but
	// the show is at its best when it lets four mismatched people…");
	// a plain verb of being does not ("At a brisk 104 minutes, the film
	// never outstays its welcome" gives its length).
	if unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		next := func(i int) string {
			if k+i < len(s.toks) {
				return s.toks[k+i].low
			}
			return ""
		}
		// "feels like a character built to last", "feels more like a
		// sketch than a song".
		// "a subplot … feels undercooked", "the ending seems rushed".
		verdictVerb := (t.low == "feels" || t.low == "felt" || t.low == "seems" || t.low == "seemed") && next(1) != "" && !stopwords[next(1)] && !determiners[next(1)] ||
			(t.low == "seems" || t.low == "seemed") && next(1) == "to" // "Marrow seems to want to say something about…": the critic's reading
		// "a return invitation should be a formality": the critic's advice;
		// "Glasgow has never lacked for artists": the critic's sweep.
		// "Retired politicians tend to write one of two books", "There
		// are evenings when a familiar opera…": so is a rule of thumb.
		sweep := (t.low == "never" || t.low == "always") && k > 0 && presentAux[s.toks[k-1].low] ||
			(t.low == "tend" || t.low == "tends") && next(1) == "to" ||
			k == 0 && t.low == "there" && (next(1) == "are" || next(1) == "is") && (next(3) == "when" || next(4) == "when") ||
			// "There is also a slightly hurried quality to the closing
			// twenty minutes": what the critic senses.
			k == 0 && t.low == "there" && (next(1) == "are" || next(1) == "is") && sensedQuality(s.toks, k+2)
		advice := (t.low == "should" || t.low == "ought") && next(1) != "have" && !(next(1) == "not" && next(2) == "have") || // not "something she should not have seen"
			(t.low == "could" || t.low == "would") && (next(1) == "have" && next(2) == "lost" || next(1) == "lose") || // "the middle section could have lost thirty of them", "the album could lose ten"
			t.low == "would" && next(1) == "benefit" || // "Loom would benefit from losing 15 minutes"
			(t.low == "may" || t.low == "might") && next(1) == "want" && next(2) == "to" || // "parents of children under five may want to keep a hand free"
			t.low == "would" && next(1) == "have" && (next(2) == "made" || next(2) == "served" || next(2) == "helped") || // "A sharper edit would have made a stronger show"
			(t.low == "could" || t.low == "would") && next(1) == "have" && next(2) == "been" && (next(3) == "shorter" || next(3) == "tighter" || next(3) == "trimmed" || next(3) == "cut") ||
			k == 0 && orderVerbs[t.low] && (next(1) == "with" || determiners[next(1)]) // "Start with the charred carrots": what to order
		// "What lingers is the sense of…": what stays with the critic.
		lingers := k == 0 && t.low == "what" && (next(1) == "lingers" || next(1) == "lingered" || next(1) == "stays" || next(1) == "stayed" || next(1) == "sticks")
		// "may be the calmest room built in a Scottish city this decade":
		// the critic's guess at a rank.
		mayRank := (t.low == "may" || t.low == "might") && next(1) == "be" && next(2) == "the" && k+3 < len(s.toks) && superlativeIn(s.toks[k+3:k+4])
		return viewAdverbs[t.low] || advice || sweep || verdictVerb || lingers || mayRank || likenVerbs[t.low] && (next(1) == "like" || next(1) == "as" || (next(1) == "more" || next(1) == "less" || next(1) == "rather" || next(1) == "much") && next(2) == "like")
	}) {
		// "Harrowgate is clearly betting heavily on Corrigan", "Keaveney
		// feels like a character built to last": the critic's reading,
		// whatever the verb.
		return true
	}
	if slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == eDate || m.typ == eNumber || m.typ == eOrdinal }) {
		return false
	}
	if strings.Contains(s.text, "\"") && unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return speechVerbs[t.low] || sayVerbs[t.low] }) {
		// ""The landscape was our main character," Ternstedt said": the
		// verb of being is in someone's words, not the critic's.
		return false
	}
	if len(s.cls) == 0 || !s.cls[0].ok {
		// "Reilly and Vance are appealing, if a little underpowered": the
		// first verb one of being, and not of a passive ("is presented by").
		for k := 1; k+1 < len(s.toks); k++ {
			if copulas[s.toks[k].low] || finiteVerb(s.toks, k) {
				_, irregular := irregularPast[s.toks[k+1].low] // "are set into the surface": a passive all the same
				return copulas[s.toks[k].low] && !isPastVerb(s.toks, k+1) && !irregular
			}
		}
		return false
	}
	c := s.cls[0]
	return copulas[s.toks[c.verb].low] && (c.aux < 0 || c.aux == c.verb) && !madeComplement(s.toks, c.verb+1) && !knownFor(s.toks, c.verb+1)
}

// knownFor reports "known" or "best known" at token k: "Vranckx … is best
// known for a recording of the Bach suites" is a fact of her career, no
// verdict.
func knownFor(toks []tok, k int) bool {
	if k < len(toks) && (toks[k].low == "best" || toks[k].low == "widely" || toks[k].low == "well" || toks[k].low == "perhaps") {
		k++
	}
	return k < len(toks) && toks[k].low == "known"
}

// madeComplement reports words after a verb of being that tell what a
// thing is made of or who made it, a fact a critic reports: "The
// extension is the work of Lindqvist Moe", "The floors are a pale
// terrazzo made partly with crushed brick".
func madeComplement(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+8 && toks[j].text != ","; j++ {
		if makingWords[toks[j].low] || toks[j].low == "work" && j+1 < len(toks) && toks[j+1].low == "of" && j+2 < len(toks) && toks[j+2].cap {
			return true
		}
	}
	return false
}

// makingWords tell how a building or a thing was made.
var makingWords = wordSet("made built designed clad framed lined paved faced carved cast woven")

// presentAux are the present forms a critic's "never" or "always"
// follows: "has never lacked", "is always".
var presentAux = wordSet("has have is are")

// viewAdverbs mark a writer's reading of things, not a fact: "is clearly
// betting on her".
var viewAdverbs = wordSet("clearly obviously surely arguably undoubtedly evidently plainly certainly genuinely oddly curiously strangely frustratingly tellingly refreshingly disarmingly")

// sweepAt returns the token where a critic's sweep opens ("anyone who
// has wrestled with it knows…", "everyone who saw it…"), outside
// quotation marks, or -1.
func sweepAt(s *sent) int {
	at := -1
	unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
		if (t.low == "anyone" || t.low == "everyone") && k+1 < len(s.toks) && s.toks[k+1].low == "who" {
			at = k
			return true
		}
		return false
	})
	return at
}

// sensedQuality reports, from token k, a noun phrase of a few words that
// ends in a quality a critic senses: "(also) a slightly hurried quality",
// "an odd sense".
func sensedQuality(toks []tok, k int) bool {
	if k < len(toks) && toks[k].low == "also" {
		k++
	}
	if k >= len(toks) || toks[k].low != "a" && toks[k].low != "an" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word; j++ {
		if qualityNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// qualityNouns are what a critic senses in a work: "a hurried quality".
var qualityNouns = wordSet("quality sense feeling air touch whiff hint note tinge")

// likenVerbs before "like" or "as" liken a thing to another: "feels like a
// character built to last", "reads like a thriller".
var likenVerbs = wordSet("feel feels felt read reads sound sounds sounded look looks looked seem seems seemed")

// scoreLine reports a line of a live page's scores with no verb: "Mehra
// 68, Deshpande 21.", "India 151-2 after 45 overs.", "Rohan Mehra 121
// not out." A figure in it means nothing once the moment has passed.
func scoreLine(s *sent) bool {
	words := 0
	for _, t := range s.toks {
		if t.word && !t.num {
			words++
		}
	}
	return words <= 8 && !finiteVerbIn(s.toks, 0, len(s.toks)) && slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == eNumber }) &&
		!slices.ContainsFunc(s.toks, func(t tok) bool { return copulas[t.low] })
}

// battingLine reports a batter's hits before "for" and the times at bat:
// "finished 3 for 4", where any option above 4 is absurd and those below
// give the key away.
func battingLine(s *sent, m *mention) bool {
	t := s.toks
	if m.typ != eNumber || m.t1+1 >= len(t) || t[m.t1].low != "for" {
		return false
	}
	n := numberWordIndex(t[m.t1+1].low)
	if v, err := strconv.Atoi(t[m.t1+1].text); err == nil {
		n = v
	}
	return n > 0 && n <= 6
}

// scaleOf reports the top of a scale ("on a scale of 7"): how a measure
// is counted, no fact of the story; and a number word a "hundred" or a
// "thousand" multiplies, which alone is no figure of it.
func scaleOf(s *sent, m *mention) bool {
	k := m.r0
	return m.typ == eNumber && k >= 2 && s.toks[k-1].low == "of" && s.toks[k-2].low == "scale" ||
		m.typ == eNumber && m.t1 < len(s.toks) && (s.toks[m.t1].low == "hundred" || s.toks[m.t1].low == "thousand") // "ten thousand times": "_____ thousand" asks a tenth of the figure
}

// tooMuch reports a figure of blame: "at least 20 minutes too long" is
// the critic's measure, no fact.
func tooMuch(s *sent, m *mention) bool {
	k := m.t1
	if k < len(s.toks) && !s.toks[k].num && s.toks[k].low != "too" && k+1 < len(s.toks) {
		k++ // the unit: "minutes"
	}
	return k < len(s.toks) && s.toks[k].low == "too"
}

// intervalAfter reports "Six years later" or "two days on": how long after
// an event an earlier sentence told, which the stem alone cannot place.
func intervalAfter(s *sent, m *mention) bool {
	k := m.t1
	if m.typ != eNumber || k+1 >= len(s.toks) || !periodNouns[strings.TrimSuffix(s.toks[k].low, "s")] {
		return false
	}
	switch s.toks[k+1].low {
	case "later", "earlier", "on":
		return k+2 >= len(s.toks) || s.toks[k+2].low != "than"
	}
	return false
}

// grammaticalPerson reports "the second person" of a narrator's voice,
// which counts nothing; "the first person to climb it" does.
func grammaticalPerson(s *sent, m *mention) bool {
	if m.typ != eOrdinal || m.t1 >= len(s.toks) || s.toks[m.t1].low != "person" {
		return false
	}
	k := m.t1 + 1
	return k >= len(s.toks) || !s.toks[k].word || !(s.toks[k].low == "to" || s.toks[k].low == "who" || s.toks[k].low == "ever" || s.toks[k].low == "since" || s.toks[k].low == "in")
}

// interviewDate reports the year of an interview quoted ("told the AP in
// a 2012 interview", "told an interviewer in 1991"): when words were said
// is no fact of the story.
func interviewDate(s *sent, m *mention) bool {
	if m.typ != eDate && m.typ != eNumber {
		return false
	}
	talk := func(t tok) bool {
		return t.low == "interview" || t.low == "interviews" || t.low == "interviewer" || t.low == "podcast"
	}
	if m.t1 < len(s.toks) && talk(s.toks[m.t1]) {
		return true
	}
	// "she told an interviewer in 1991", "said in an interview in 2012"
	k := min(m.r0, m.t0)
	if k > 0 && s.toks[k-1].low == "in" {
		k--
	}
	if k < m.t0 && s.toks[k].low == "in" && slices.ContainsFunc(s.toks[max(0, k-6):k], func(t tok) bool { return t.low == "told" }) && k > 0 && s.toks[k-1].cap {
		return true // "she told The New York Times in 1988"
	}
	return k < m.t0 && s.toks[k].low == "in" && slices.ContainsFunc(s.toks[max(0, k-3):k], talk)
}

// bareAge reports a sentence that gives only someone's age ("Mr. Tanabe
// is 84.", "She was 91."): an incidental detail, the one fact it holds.
func bareAge(s *sent) bool {
	t := s.toks
	n := len(t)
	if n > 0 && t[n-1].text == "." {
		n--
	}
	if n < 3 || n > 5 || !t[n-1].num || t[n-2].low != "is" && t[n-2].low != "was" {
		return false
	}
	v, err := strconv.Atoi(t[n-1].text)
	return err == nil && v > 0 && v < 120
}

// appeal reports a sentence that gives a number to call: an appeal for
// information or a helpline, not a fact of the story.
func appeal(s *sent) bool {
	for i := range s.ments {
		if m := &s.ments[i]; m.typ == eNumber && phoneNumber(s, m) {
			return true
		}
	}
	return false
}

// phoneNumber reports a number dialled: "call police on 101", "ring
// 0800 555 0100", "the helpline number 116 123", "the police 119
// emergency number".
func phoneNumber(s *sent, m *mention) bool {
	if m.t1 < len(s.toks) {
		switch s.toks[m.t1].low {
		case "emergency", "hotline", "helpline":
			return true
		case "number":
			return !(m.t1+1 < len(s.toks) && s.toks[m.t1+1].text == "-") // not "14 number-one hits"
		}
	}
	for k := m.r0 - 1; k >= 0 && k >= m.r0-6; k-- {
		switch s.toks[k].low {
		case "call", "calls", "calling", "ring", "dial", "helpline", "hotline", "telephone":
			return true
		case "phone", "text":
			// "phone 999", "text … on 60000"; not "the phone cost 500".
			return k == m.r0-1 || s.toks[m.r0-1].low == "on"
		case "contact", "contacting":
			// "contact police on 105"; not "contacted 40 families".
			return s.toks[m.r0-1].low == "on"
		case ".", ";", "and", "or":
			return false
		}
	}
	return false
}

// nameRunsIntoNumber reports a name that goes on with a number ("Mile 12",
// "Terminal 5", "Apollo 11"): the name alone is half of it.
func nameRunsIntoNumber(s *sent, m *mention) bool {
	return m.typ != eNumber && m.typ != eDate && m.typ != eOrdinal && m.typ != ePerson && m.t1 < len(s.toks) && s.toks[m.t1].num &&
		!(m.t1+1 < len(s.toks) && (s.toks[m.t1+1].text == "-" || s.toks[m.t1+1].num))
}

// emergencyLine reports an emergency number named by what comes through
// it ("answering 911 calls", "a 999 operator"): a line, not a count.
func emergencyLine(s *sent, m *mention) bool {
	switch m.text {
	case "911", "999", "112", "111", "101", "000", "988":
	default:
		return false
	}
	if m.t1 >= len(s.toks) {
		return false
	}
	switch s.toks[m.t1].low {
	case "call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "line", "service", "system", "centre", "center", "emergency", "emergencies":
		return true
	}
	return false
}

// placeBeforeItsRegion reports a place followed by the region it lies in
// ("in Duluth, Minnesota"): another town swapped in would sit in the
// wrong state, an absurdity rather than a falsehood.
func placeBeforeItsRegion(s *sent, m *mention) bool {
	if m.t1+1 >= len(s.toks) || s.toks[m.t1].text != "," && s.toks[m.t1].low != "on" && s.toks[m.t1].low != "in" {
		return false
	}
	for _, o := range s.ments {
		if o.t0 == m.t1+1 && (o.typ == ePlace || s.toks[m.t1].low == "on" && (o.typ == eSite || o.typ == eNone && s.toks[o.t0].cap)) {
			return true // and "from Tobermory on Mull", "from Basildon in Essex": never "Glasgow on Mull"
		}
	}
	return false
}

// siteInPlace reports a named building followed by the town it stands
// in: another building swapped in would stand in the wrong town.
func siteInPlace(s *sent, m *mention) bool {
	if m.t1+1 >= len(s.toks) || s.toks[m.t1].low != "in" {
		return false
	}
	for _, o := range s.ments {
		if o.t0 == m.t1+1 && o.typ == ePlace {
			return true
		}
	}
	return false
}

// regionOfPlace reports a place that only says where the place before it
// lies ("Wembley, London", "Houston, Texas"): swapped for another, the
// pair would not exist.
func regionOfPlace(s *sent, m *mention) bool {
	if m.t0 >= 2 && s.toks[m.t0-1].low == "in" {
		// "at Bronglais Hospital in Aberystwyth": the town a building
		// stands in; another town would move the building.
		for _, o := range s.ments {
			if o.t1 == m.t0-1 && (o.typ == eSite || o.typ == eOrg) {
				return true
			}
		}
	}
	if m.t0 < 2 || s.toks[m.t0-1].text != "," {
		return false
	}
	for _, o := range s.ments {
		if o.t1 == m.t0-1 && (o.typ == ePlace || o.typ == eSite || o.typ == eNone && s.toks[o.t0].cap) {
			return true
		}
	}
	return false
}

// measuredClaim reports a statement (the words plan keeps) that gives a
// figure or a comparison: a percentage, a rate or share, "more … than",
// "the worst since". Said of one place or organisation, it says nothing of
// the others.
func measuredClaim(s *sent, plan stmtPlan) bool {
	for _, t := range s.toks {
		if t.start < plan.from || plan.to > 0 && t.start >= plan.to {
			continue
		}
		if measureWords[t.low] || strings.HasSuffix(t.text, "%") {
			return true
		}
	}
	return false
}

// measureWords give a figure or a comparison.
var measureWords = wordSet(`per percent rate rates share proportion average figure figures more fewer less than most least
	highest lowest higher lower record worst best biggest largest smallest`)

// thanName reports a comparison with a name in the sentence: "than"
// followed by a person, place or organisation ("more than India", "than
// the Super Bowl").
func thanName(s *sent) bool {
	for _, m := range s.ments {
		k := m.t0
		if k > 0 && s.toks[k-1].low == "the" {
			k--
		}
		if k > 0 && s.toks[k-1].low == "than" && (m.typ == ePerson || m.typ == eOrg || m.typ == ePlace || m.typ == eSite) {
			return true
		}
	}
	return false
}

// possessive writes the possessive of the name a pronoun (his, her, its)
// stands for: "James's", "Volvo Cars'" (a plural-looking firm's name).
func possessive(name, pronoun string) string {
	if pronoun == "its" && strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		return name + "'"
	}
	return name + "'s"
}

// theOf returns 1 when the article writes name with "the" ("the
// University of Texas"), 0 when without, and -1 when name is not one of
// its own (a built-in option).
func (an *analysis) theOf(name string) int {
	for _, e := range an.ents {
		if e.name == name && e.typ != ePerson {
			if e.hasThe {
				return 1
			}
			return 0
		}
	}
	if wordAcronyms[strings.ToUpper(name)] {
		return 0 // "joined NATO", not "joined the NATO"
	}
	return -1
}

// theHeads end names that take "the" however the article wrote them:
// "the Information Commissioner's Office", "the Environment Agency".
var theHeads = wordSet("office centre center agency commission council committee department ministry service authority bureau board union association federation")

// wordAcronyms are read as words and take no "the", unlike "the EU" or
// "the WTO".
var wordAcronyms = wordSet("NATO OPEC NASA FIFA UEFA ASEAN UNICEF UNESCO OFCOM OFSTED OFGEM OFWAT")

// nameWordIn reports whether any word of a name (a given name or a
// surname) is written in the sentence.
func nameWordIn(s *sent, name string) bool {
	return nameWordInToks(s.toks, name)
}

// nameWordInToks reports a word of the name among the tokens, alone, with
// "'s" or as part of a double-barrelled name ("Halloran" in
// "Halloran-Webb").
func nameWordInToks(toks []tok, name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) < 3 || !unicode.IsUpper(rune(w[0])) || honorifics[strings.ToLower(w)] {
			continue
		}
		for _, t := range toks {
			if t.text == w || slices.Contains(strings.Split(strings.TrimSuffix(t.text, "'s"), "-"), w) {
				return true
			}
		}
	}
	return false
}

// danglingBefore reports a word before byte offset at that would be left
// hanging on another name put there: "of" ("Royal Bank of _____") or a
// capitalised word inside the sentence ("Super Size Me _____").
func danglingBefore(s *sent, at int) bool {
	for k := len(s.toks) - 1; k >= 0; k-- {
		if s.toks[k].end > at {
			continue
		}
		t := s.toks[k]
		return t.low == "of" || t.word && t.cap && !clauseStart(s.toks, k)
	}
	return false
}

// pluralSoon reports a plural noun among the two words from token k, before
// any punctuation: "two UK activists" would read "one UK activists".
func pluralSoon(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+2; j++ {
		t := s.toks[j]
		if !t.word {
			return false
		}
		if len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
			return true
		}
	}
	return false
}

// pronounAfter reports a personal pronoun after token k of a sentence.
func pronounAfter(s *sent, k int) bool {
	for ; k < len(s.toks); k++ {
		if personalPronouns[s.toks[k].low] {
			return true
		}
	}
	return false
}

// appositiveOfPersonNoun reports a name set after a noun for a person and
// a comma ("Her grandson, Jaylen, was taken…"): another name there reads
// absurd ("her grandson, Angela Stroud"), not false.
func appositiveOfPersonNoun(s *sent, t0 int) bool {
	if t0 > 0 && honorifics[s.toks[t0-1].low] {
		t0-- // "Her daughter, Dr. Clare Halloran-Webb,"
	}
	return t0 >= 2 && s.toks[t0-1].text == "," && personNouns[s.toks[t0-2].low]
}

// roleWordBefore reports a describing word right before byte offset at:
// a noun such as "keeper" or "master", not a function word, a verb or a
// punctuation mark.
func roleWordBefore(s *sent, at int) bool {
	for k := len(s.toks) - 1; k >= 0; k-- {
		if s.toks[k].end > at {
			continue
		}
		t := s.toks[k]
		if (t.low == "and" || t.low == "or") && k > 0 && !s.toks[k-1].cap {
			// "local business owner and Salisbury councillor Karen
			// Tiller": the role is one of two she holds.
			t = s.toks[k-1]
		}
		return t.word && !stopwords[t.low] && !speechVerbs[t.low] && !isVerbish(t.low) && !auxiliaries[t.low] && !t.num
	}
	return false
}

// capFirst returns s with its first letter in upper case.
func capFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// clauseOf returns the clause whose words after the verb hold mention m.
func clauseOf(s *sent, m *mention) (clause, bool) {
	for _, c := range s.cls {
		if m.t0 > c.verb && m.t1 <= c.end {
			return c, true
		}
	}
	return clause{}, false
}

func withThe(s string) string {
	if strings.HasPrefix(strings.ToLower(s), "the ") {
		return s
	}
	return "the " + s
}

func theAll(ds []string) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		if strings.HasPrefix(d, "the ") || strings.Contains(strings.ToLower(d), " street") {
			out[i] = d
		} else {
			out[i] = "the " + d
		}
	}
	return out
}

func opts(answer string, dis []string) []string {
	return append([]string{answer}, dis...)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// otherGenderPronoun reports a pronoun in tokens [a, b), outside
// quotations, of the gender person ent is not: in "Who insisted his
// concerns had been met?" asked of Ms Jowell, "his" is someone else's, whom
// the question no longer names.
// The token named, when not -1, was replaced by its referent's name.
func (an *analysis) otherGenderPronoun(s *sent, ent, a, b, named int) bool {
	q := s.depths()
	for k := a; k < b; k++ {
		if g := pronounGender(s.toks[k].low); q[k] == 0 && g != 0 && k != named && !an.genderFits(ent, g) {
			return true
		}
	}
	return false
}

// timeAdverbs end a time phrase that may open a sentence without a comma:
// "A week earlier the council voted…".
var timeAdverbs = wordSet("earlier later ago afterwards")

// compassPoints open a region named "the East of …", "the North West of …".
var compassPoints = wordSet("north south east west")

// anotherNouns after "a second", "a third" make it mean "one more": "a
// second crew member", "a third suspect".
var anotherNouns = wordSet("person suspect body crew member worker officer victim man woman child")

// phrasePreps before a name make it the object of a phrase, not a
// clause's subject.
var phrasePreps = wordSet("from by of with for to at in on about against")

// timeIntro returns the phrase opening sentence s before its clause c
// when it says when or in what the clause held ("In the same institute's
// August poll, …", "In 2019, …"), in lower case for the end of a
// question; "" when there is none or it says nothing of the kind; and
// false when such a phrase leans on another sentence ("In that poll").
func (an *analysis) timeIntro(s *sent, c clause) (string, bool) {
	k := c.subj0 - 1
	if k < 1 || s.toks[k].text != "," || !introPreps[s.toks[0].low] || k > 9 {
		return "", true
	}
	timed := false
	for j := 1; j < k; j++ {
		switch w := s.toks[j].low; {
		case pronounish(w) || w == "this" || w == "that" || w == "these" || w == "those":
			return "", false
		case w == "poll" || w == "survey" || w == "election" || w == "season" || w == "final" || w == "match" || w == "race" || w == "census" || w == "trial":
			timed = true
		}
	}
	for _, m := range s.ments {
		if m.typ == eDate && m.t1 <= k {
			timed = true
		}
	}
	if !timed {
		return "", true
	}
	intro := span(s, 0, k)
	return strings.ToLower(intro[:1]) + intro[1:], true
}

// dateTail returns where the words that go with a date end: "in
// September alone", "in March of last year".
func dateTail(toks []tok, k int) int {
	if k < len(toks) && toks[k].low == "alone" {
		return k + 1
	}
	if k+2 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "last" || toks[k+1].low == "this" || toks[k+1].low == "next") && toks[k+2].low == "year" {
		return k + 3
	}
	return k
}

// exampleOpeners after a comma open an instance of the clause before:
// "…, most recently at a concert", "…, including one in May".
var exampleOpeners = wordSet("most including notably especially recently latest")

// withIntro ends a who-question's words with the time phrase that opened
// the sentence; an aside before it closes first ("…with her husband, the
// economist Ruiz Tagle, after the coup").
func withIntro(verbs, intro string) string {
	verbs = strings.TrimRight(verbs, " .")
	if strings.Contains(verbs, ",") {
		verbs += ","
	}
	return verbs + " " + intro
}

// ellipticalCount reports "of the three", "of his three", "of seven" among tokens
// [from, end) with no noun after the number: the things counted were
// named in a sentence before.
func ellipticalCount(toks []tok, from, end int) bool {
	for k := from; k+1 < end; k++ {
		if toks[k].low != "of" {
			continue
		}
		n := k + 1 // "Who took three of seven?": seven what?
		if determiners[toks[n].low] || toks[n].low == "his" || toks[n].low == "her" || toks[n].low == "their" {
			n++
		}
		if n >= end || !toks[n].num && numberWordIndex(toks[n].low) < 0 {
			continue
		}
		if n+1 >= end || !toks[n+1].word || stopwords[toks[n+1].low] {
			return true
		}
	}
	return false
}

// comparedWords measure a deed against one the question no longer
// holds: "a very different tone", "responded likewise".
var comparedWords = wordSet("different differently likewise similar similarly")

// deedListComma returns the comma in [from, end) that opens the second
// deed of a list cut at end, before its "and" and last deed ("…, cut into
// the circle" without "and slipped a pass"), or 0; not the comma of an
// aside built on a participle ("…, led by her sister").
func deedListComma(toks []tok, from, end int) int {
	a := end
	if a < len(toks) && toks[a].text == "," {
		a++
	}
	deed := func(j int) bool {
		return j < len(toks) && (isPastVerb(toks, j) || irregularParticiples[toks[j].low]) && !toks[j].cap
	}
	if a+1 >= len(toks) || toks[a].low != "and" || !(deed(a+1) || toks[a+1].cap && deed(a+2)) {
		// The words asked run to their end, or stop at no list's "and"
		// and last deed ("and slipped a pass", "and Kuipers turned").
		return 0
	}
	for k := from; k+2 < end; k++ {
		if toks[k].text == "," && deed(k+1) && !speechVerbs[toks[k+1].low] && toks[k+2].low != "by" && !(toks[k+2].word && !toks[k+2].cap && !stopwords[toks[k+2].low] && !adverbs[toks[k+2].low]) {
			// (Not "a local walker, retired geography teacher…": a word
			// before a noun; but "cut into", "found Sanne Kuipers".)
			for j := k + 2; j+1 < end; j++ {
				if toks[j].low == "and" && (isPastVerb(toks, j+1) || irregularParticiples[toks[j+1].low]) {
					return 0 // the whole list, to its last deed, is asked
				}
			}
			return k
		}
	}
	return 0
}

// danglingSubordinate returns where a question's words should end when
// the last clause opener among tokens (verb, end) opens a subject set off
// by a comma and no verb of its own before end: "adjourned the petition
// until 17 November after the club's barrister, Owain Roberts" (his verb
// "told" was cut) ends at "after".
func danglingSubordinate(toks []tok, verb, end int) int {
	for k := end - 1; k > verb+1; k-- {
		if subordinateOpeners[toks[k].low] && !toks[k].cap && !(toks[k].low == "as" && (toks[k+1].low == "a" || toks[k+1].low == "an")) { // ("as a visiting professor": a role)
			// Only a clause cut at the comma after its subject's name:
			// "after the equaliser" or "until after 8:15" is a phrase,
			// whole as it stands.
			if end-2 > k && toks[end-1].cap && !finiteVerbIn(toks, k+1, end) && slices.ContainsFunc(toks[k+1:end-1], func(t tok) bool { return t.text == "," }) && nameAtEnd(toks, k+1, end) {
				return k
			}
			break
		}
	}
	return end
}

// nameAtEnd reports tokens [a, end) ending with ", " and a capitalised
// name: "the club's barrister, Owain Roberts".
func nameAtEnd(toks []tok, a, end int) bool {
	k := end - 1
	for k > a && toks[k].cap && toks[k].word {
		k--
	}
	return k < end-1 && toks[k].text == ","
}

// objectRelative reports a clause whose object is the noun before its
// "that" or "which": in "a steam box that Mr Gallagher built from an old
// oil tank" the question would lose what was built ("Who built from an
// old oil tank?"); "said that Mr Gallagher built…" is no such clause.
func objectRelative(s *sent, c clause) bool {
	k := c.subj0
	if k < 2 || s.toks[k-1].low != "that" && s.toks[k-1].low != "which" {
		return false
	}
	p := s.toks[k-2]
	// "the WBA, IBF and WBO belts that Brennan had held": after a name or
	// a determiner, "belts" is a noun, whatever its "s" suggests.
	noun := k >= 3 && (s.toks[k-3].cap && s.toks[k-3].word || determiners[s.toks[k-3].low])
	return p.word && !p.cap && !speechVerbs[p.low] && !isPastVerb(s.toks, k-2) && (noun || !presentVerb(s.toks, k-2)) && !auxiliaries[p.low] && !stopwords[p.low] && !strings.HasSuffix(p.low, "ing")
}

// subjectQuestions asks "Who …?" about a sentence whose subject is a person,
// and "Who did S verb?" when a person acts on another person.
func (an *analysis) subjectQuestions(s *sent, pos float64) []cand {
	var out []cand
	depth := s.depths()
	for _, c := range s.cls {
		if c.subjMent < 0 || hedged(s, c) {
			continue
		}
		m := s.ments[c.subjMent]
		if depth[m.t0] != 0 {
			continue // '"…once Meera went I felt we could squeeze them"': someone's words, no deed the writer tells
		}
		if m.typ == ePerson && m.ent >= 0 && !(m.pronoun && !an.surePronoun(s.idx, m.ent)) && !objectRelative(s, c) {
			answer := an.ents[m.ent].name
			c.textEnd = danglingSubordinate(s.toks, c.verb, c.textEnd)
			if c.subj0 > 0 && subordinateOpeners[s.toks[c.subj0-1].low] {
				// "looked in difficulty when Restrepo attacked and at one
				// point was 31 seconds adrift of the Colombian": after
				// "and", a verb whose words name the subject again is the
				// main clause's subject's, not Restrepo's.
				for k := c.verb + 1; k < c.textEnd; k++ {
					if s.toks[k].low == "and" && finiteVerbIn(s.toks, k+1, min(k+6, c.textEnd)) && an.namedAgainIn(s, m.ent, k+1, c.textEnd) {
						c.textEnd = k
						break
					}
				}
			}
			if e := c.textEnd; e-2 > c.verb && s.toks[e-2].text == "," && isPastVerb(s.toks, e-1) {
				c.textEnd = e - 2 // "held the ball up…, turned, and played…": not "…, turned?"
			}
			if k := deedListComma(s.toks, c.verb+2, c.textEnd); k > 0 {
				c.textEnd = k // "carried the ball 40 metres through the middle, found Kuipers…": the first deed
			}
			if e := c.textEnd; e+1 < len(s.toks) && s.toks[e].text == "," && s.toks[e+1].low == "who" && andName(s.toks, e) {
				continue // "Who collected a rebound at 52-52 and Tipene?": Tipene's verb comes after the aside
			}
			if e := c.textEnd; e >= 2 && e < len(s.toks) && (s.toks[e].low == "but" || s.toks[e].low == "and") && (s.toks[e-2].low == "a" || s.toks[e-2].low == "an") {
				continue // "Who was known as a demanding?": the noun comes after "but affectionate"
			}
			if notButCut(s.toks, c.pred, c.textEnd) {
				continue // "Who has set the action not in a moonlit forest?": the "but" that says where is cut
			}
			if asideAfterAnd(s.toks, c.pred, c.textEnd) {
				continue // "Who has taken the bakery online … and, at Christmas?": the aside's clause is cut
			}
			if ellipticalCount(s.toks, c.pred, c.textEnd) {
				continue // "Who converted two of the three?": three what, once the question stands alone?
			}
			if copulas[s.toks[c.verb].low] && c.verb+1 < c.textEnd && (s.toks[c.verb+1].low == "not" || s.toks[c.verb+1].low == "never") {
				continue // "Who is not a showman?": what someone is not tells no one apart
			}
			if unquotedWord(s, c.pred, c.textEnd, func(k int, t tok) bool {
				return comparedWords[t.low] || t.low == "kind" && k > 0 && s.toks[k-1].low == "in"
			}) {
				continue // "Who struck a very different tone?", "Who responded in kind?": than whom?
			}
			verbs, named := an.namedObject(s, c.pred, c.textEnd, m.ent, span(s, c.pred, c.textEnd))
			dis := an.promptDistractors(s, m.ent, nil, verbs, 3)
			// "Who said the man?": after a verb of saying, the words
			// must hold a clause of their own.
			if speechVerbs[s.toks[c.verb].low] && !verbSoon(s.toks, c.verb+2) && !verbSoon(s.toks, c.verb+5) {
				continue
			}
			vt := tokenize(verbs)
			lt := lastThat(vt)
			// "Who argued that … and that the commission?": a second
			// "that" clause cut at its aside, whatever the verb.
			andThat := lt > 0 && (vt[lt-1].low == "and" || vt[lt-1].low == "but")
			if (speechVerbs[s.toks[c.verb].low] || andThat) && !strings.Contains(verbs, "\"") && !finiteVerbIn(vt, lt+1, len(vt)) || relativeWithoutVerb(vt) {
				// "She said the firm, which made £286m, had been…" cut at
				// its aside, or "said the results showed that the chain's
				// strategy of cutting prices" cut before "was working":
				// the reported clause lost its verb.
				continue
			}
			// A quoted phrase inside ("said the plan was "a mistake"")
			// reads well; an open quotation does not.
			if copulas[s.toks[c.verb].low] && (countWords(verbs) <= 3 || bareStateAfter(s.toks, c.verb, c.textEnd)) {
				// "Who is more cautious?": more than whom, about what? Nor
				// "Who was gracious in defeat?": a manner, no deed to tell
				// one person by.
				continue
			}
			if copulas[s.toks[c.verb].low] && unquotedWord(s, c.verb, c.textEnd, func(_ int, t tok) bool { return judgementWords[t.low] || verdictWords[t.low] }) {
				continue // "Who was superb early on?": the writer's praise, no deed to tell one player by
			}
			if c.aux < 0 && headlinePassives[s.toks[c.verb].low] && c.verb+1 < len(s.toks) && !determiners[s.toks[c.verb+1].low] && !s.toks[c.verb+1].cap {
				continue // a live page's "Peter Haigh re-elected for the fifth time": "Who re-elected…?" lacks its "was"
			}
			if len(dis) >= 2 && strings.Count(verbs, "\"")%2 == 0 && !strings.Contains(verbs, ": \"") && countWords(verbs) >= 3 && countWords(verbs) <= 30 {
				if c.aux >= 0 {
					switch s.toks[c.aux].low {
					case "were":
						verbs = "was" + verbs[len("were"):]
					case "have":
						verbs = "has" + verbs[len("have"):]
					case "are":
						verbs = "is" + verbs[len("are"):]
					}
				}
				if an.loosePrompt(s, c.pred, c.textEnd) || secondSubject(s, c.pred, c.textEnd) || otherPerson(s, c.pred, c.textEnd) || an.otherGenderPronoun(s, m.ent, c.pred, c.textEnd, named) {
					continue
				}
				if f := strings.Fields(strings.TrimRight(verbs, " .?")); len(f) > 0 && (auxiliaries[f[len(f)-1]] || copulas[f[len(f)-1]]) {
					continue // "Who pitched 3,412 innings and was?": the rest was in words left out
				}
				if f := strings.Fields(verbs); len(f) > 0 && backWords[strings.ToLower(f[0])] {
					continue // "Who then added a point?": after whom, the sentence before said
				}
				if countWords(verbs) <= 3 && slices.ContainsFunc(strings.Fields(verbs), func(w string) bool { return w == "his" || w == "her" || w == "their" }) {
					continue // "Who seized his chance?", "Who kept his post?": anyone's, in a story of several
				}
				if intro, ok := an.timeIntro(s, c); !ok {
					continue
				} else if intro != "" {
					// "In the August poll, Okafor-Lund led by 5 points": who
					// led then, not now.
					verbs = withIntro(verbs, intro)
				}
				p := tidyPrompt("Who "+verbs, "?")
				ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
				out = append(out, cand{q: Question{Kind: KindWho, Prompt: p, Options: opts(answer, dis), Evidence: ev}, score: 3.2*pos - twoOptionPenalty(dis), sent: s.idx, fact: "e" + itoa(m.ent) + "@" + itoa(s.idx), answer: answer})
			}
		}
	}
	// "Trump fired FBI director James Comey" → "Who did Donald Trump fire?"
	for mi := 0; mi+1 < len(s.ments); mi++ {
		a, b := s.ments[mi], s.ments[mi+1]
		if a.typ != ePerson || b.typ != ePerson || a.ent < 0 || b.ent < 0 || a.ent == b.ent || a.modifier || a.pronoun || a.desc || b.pronoun || b.desc {
			continue
		}
		if a.t1+1 != b.r0 || b.modifier || !isPastVerb(s.toks, a.t1) || speechVerbs[s.toks[a.t1].low] {
			continue
		}
		if b.t1+1 < len(s.toks) && determiners[s.toks[b.t1].low] && s.toks[b.t1+1].word && !s.toks[b.t1+1].cap {
			continue // "Wallbank sent Amelia Chen the wrong way": a second object makes the sense
		}
		if mi+2 < len(s.ments) && (s.toks[b.t1].low == "and" || s.toks[b.t1].low == "or" || s.toks[b.t1].text == ",") && s.ments[mi+2].typ == ePerson && s.ments[mi+2].t0 <= b.t1+2 {
			continue // "Thakur removed Zak Farleigh and Brantwood": both are right
		}
		if a.r0 > 0 && phrasePreps[s.toks[a.r0-1].low] || b.t1 < len(s.toks) && s.toks[b.t1].low == "to" {
			// "an unbeaten 104 from Harry Lindsell allowed Ashworth to
			// declare": the name is no subject, and "allowed Ashworth"
			// means nothing without what he was allowed to do.
			continue
		}
		lemma := lemmaPast(s.toks[a.t1].low)
		if lemma == "" || an.objectCount(a.ent, lemma) > 1 || shotVerbs[lemma] || an.verbAgainElsewhere(s, s.toks[a.t1].low) {
			continue
		}
		p := "Who did " + an.ents[a.ent].name + " " + lemma + ", according to the article?"
		dis := an.promptDistractors(s, b.ent, []int{a.ent}, p, 3)
		if len(dis) < 2 {
			continue
		}
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: b.text}
		out = append(out, cand{q: Question{Kind: KindWho, Prompt: p, Options: opts(an.ents[b.ent].name, dis), Evidence: ev}, score: 3.4*pos - twoOptionPenalty(dis), sent: s.idx, fact: "e" + itoa(b.ent) + "@" + itoa(s.idx), answer: an.ents[b.ent].name})
	}
	return out
}

// comparatives are common adjectives of comparison ending in -er.
var comparatives = wordSet(`brighter better worse simpler harder easier bigger smaller greater larger higher lower stronger weaker
	clearer tougher richer poorer safer calmer quieter louder longer shorter older younger closer wider deeper
	sharper slower faster cheaper busier happier`)

// bareComparison reports a copula outside quotation marks followed by a
// comparison ("is simpler", "was less consistent", "were far more
// cautious") in a sentence that never says "than": the standard is in
// another sentence. So is "went the other way" or "did the opposite".
func bareComparison(s *sent) bool {
	q := s.depths()
	for k := 1; k+1 < len(s.toks); k++ {
		if q[k] == 0 && s.toks[k-1].low == "the" && (s.toks[k].low == "other" && s.toks[k+1].low == "way" || s.toks[k].low == "opposite" && !s.toks[k+1].word) {
			return true
		}
	}
	for k, t := range s.toks {
		if t.low == "than" {
			return false
		}
		if !copulas[t.low] || q[k] != 0 || k+1 >= len(s.toks) {
			continue
		}
		j := k + 1
		if w := s.toks[j].low; (w == "much" || w == "far" || w == "even" || w == "slightly" || w == "no" || w == "somewhat") && j+1 < len(s.toks) {
			j++
		}
		w := s.toks[j].low
		if w == "equally" {
			return true // "She was equally persistent outside the laboratory": as in what?
		}
		if comparatives[w] || (w == "more" || w == "less") && j+1 < len(s.toks) && s.toks[j+1].word && !s.toks[j+1].cap && !s.toks[j+1].num && !determiners[s.toks[j+1].low] && s.toks[j+1].low != "than" {
			for _, r := range s.toks[j+1:] {
				if r.low == "than" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// bareStateAfter reports a copula at toks[v] followed by a bare state and
// little else up to end: an adjective that is no participle, or a
// comparison ("is more interested in what happens…"), with no name or
// figure after it.
func bareStateAfter(toks []tok, v, end int) bool {
	if v+1 >= end {
		return false
	}
	a := toks[v+1]
	if !a.word || a.cap || a.num || determiners[a.low] || strings.HasSuffix(a.low, "ed") || isVerbish(a.low) || subjectPronouns[a.low] || a.low == "not" || a.low == "born" {
		return false
	}
	comparative := a.low == "more" || a.low == "less"
	if !comparative && end-v > 4 {
		return false
	}
	for k := v + 1; k < end; k++ {
		if toks[k].cap || toks[k].num || toks[k].text == "\"" {
			return false
		}
	}
	return true
}

// verbAgainElsewhere reports the same verb form in another sentence with
// a person after it: "The judge also convicted the second defendant, Chief
// Emeka Obiajulu" makes "Who did Justice Okonkwo-Bello convict?" two
// answers, though "the judge" was never linked to her name.
func (an *analysis) verbAgainElsewhere(s *sent, form string) bool {
	for i := range an.sents {
		o := &an.sents[i]
		if o == s {
			continue
		}
		for k, t := range o.toks {
			if t.low != form {
				continue
			}
			for _, m := range o.ments {
				if m.typ == ePerson && !m.pronoun && m.t0 > k && m.t0 <= k+10 {
					return true
				}
			}
		}
	}
	return false
}

// namedObject returns text (tokens [a, b) of s) with an object "her" or
// "him" right after a verb ("called her \"a trailblazer\"") replaced by the
// name of the person it surely stands for, when that is not the answer:
// "Who called her …?" would leave the reader to guess whom. It also
// returns the token replaced, or -1.
func (an *analysis) namedObject(s *sent, a, b, answer int, text string) (string, int) {
	q := s.depths()
	for k := a + 1; k < b; k++ {
		t := s.toks[k]
		if t.low != "her" && t.low != "him" || q[k] != 0 || !isPastVerb(s.toks, k-1) && !presentVerb(s.toks, k-1) {
			continue
		}
		if k+1 < len(s.toks) && s.toks[k+1].word && !stopwords[s.toks[k+1].low] {
			continue // "her husband": a possessive
		}
		g := pronounGender(t.low)
		// "Judge Tanabe served for 12 years before President Bill Clinton
		// elevated her": one of that gender the sentence names first,
		// never the verb's own subject, before anyone of the sentence
		// before ("Her daughter, Margaret Tanabe-Ellis, said…").
		e := -1
		for _, m := range s.ments {
			if m.typ == ePerson && m.ent >= 0 && m.ent != answer && m.t1 < k-1 && q[m.t0] == 0 && an.genderFits(m.ent, g) && !localSubject(s.toks, m.t1, k) {
				e = m.ent
			}
		}
		if e < 0 {
			e = an.sureReferent(s.idx, g)
		}
		if e < 0 {
			e = an.onlyOfGender(s.idx, g, answer)
		}
		if e < 0 || e == answer {
			return text, -1
		}
		off := s.toks[a].start
		return text[:t.start-off] + an.ents[e].name + text[t.end-off:], k
	}
	return text, -1
}

// shotVerbs name a stroke played off a bowler or a pitcher: "Shetty drove
// Kadam for four" says whom he scored off, and "Who did Shetty drive?"
// reads as a ride in a car.
var shotVerbs = wordSet("drive pull cut sweep hook loft slog edge flick glance clip nick hit smash smack dispatch")

// objectCount counts the people the article says a person did lemma to, so
// that "Who did X fire?" is asked only when the answer is unique.
func (an *analysis) objectCount(subj int, lemma string) int {
	return len(an.facts[factKey{subj: subj, lemma: lemma, typ: ePerson}])
}

// quoteQuestions asks who said a quotation.
// phraseInClause reports a quotation opening at byte start that goes on
// the writer's own clause: "warned that anyone would be "dealt with in
// accordance with the law"", "towns that had "watched tourism pass them
// by"". It starts in lower case after a word that is no verb of saying.
func phraseInClause(s *sent, start int) bool {
	k := slices.IndexFunc(s.toks, func(t tok) bool { return t.start == start && t.text == "\"" })
	if k < 1 || k+1 >= len(s.toks) || s.toks[k+1].cap || !s.toks[k+1].word {
		return false
	}
	p := s.toks[k-1]
	return p.word && !p.cap && !speechVerbs[p.low] && !sayVerbs[p.low]
}

func (an *analysis) quoteQuestions(s *sent, pos float64) []cand {
	var out []cand
	for _, q := range s.quotes {
		ent, highlight := -1, ""
		if q.speaker >= 0 {
			m := s.ments[q.speaker]
			if m.ent >= 0 && an.ents[m.ent].typ == ePerson && (!m.pronoun || an.surePronoun(s.idx, m.ent)) {
				ent, highlight = m.ent, m.text
			}
		}
		if ent < 0 {
			// A quotation with no speaker, or "…," he said: the evidence
			// would not show who said it.
			continue
		}
		quote := s.text[q.start:q.end]
		if inner := strings.Trim(quote, "\""); strings.HasPrefix(inner, "'") && strings.Count(inner, "'") == 1 {
			// "'We are hoping…": a stray mark the source left, which
			// opens nothing.
			quote = "\"" + inner[1:] + "\""
		}
		words := strings.Fields(strings.Trim(quote, "\""))
		if len(words) > 25 {
			// A long quotation is known by its opening words, up to a
			// clause's end: "Some of the patents are dubious…".
			words = cutQuote(words)
			quote = "\"" + strings.Join(words, " ") + "\""
		}
		if len(words) < 4 || len(words) > 25 {
			continue // a word or two out of context ("put up with") tests nothing
		}
		// Keep the words that lead into the quotation so that it reads
		// as the article reported it.
		lead := ""
		var c clause
		if len(s.cls) > 0 {
			c = s.cls[0]
		}
		if c.ok && q.speaker >= 0 && c.subjMent == q.speaker && c.verb >= 0 && s.toks[c.verb].start < q.start {
			// Lead in from the nearest verb before the quotation: "said the
			// two sides were seeking to", "praised his meetings as".
			v := c.verb
			for k := c.verb + 1; k < len(s.toks) && s.toks[k].start < q.start; k++ {
				if s.toks[k].text == "\"" {
					v = -1
				} else if v < 0 || s.toks[k-1].low == "and" && isPastVerb(s.toks, k) {
					v = k
					if !isPastVerb(s.toks, k) {
						v = -1
					}
				}
			}
			if v >= 2 && subjectPronouns[s.toks[v-1].low] && (s.toks[v-2].low == "what" || s.toks[v-2].low == "which" || s.toks[v-2].low == "that") {
				v = -1 // "after what he described as months of…": the verb of a clause inside, no lead
			}
			if v >= 0 {
				lead = strings.TrimSpace(s.text[s.toks[v].start:q.start])
				// "Who told him he had …?": "him" named when the article
				// surely says who, or the plain "who said" form.
				end := v
				for end < len(s.toks) && s.toks[end].start < q.start {
					end++
				}
				if objectPronounIn(s, v, end, objectPronouns) {
					from := s.toks[v-1].start
					whole := s.text[from:s.toks[end-1].end]
					lead = ""
					if named, _ := an.namedObject(s, v-1, end, ent, whole); named != whole {
						lead = strings.TrimSpace(named[s.toks[v].start-from:])
					}
				}
			}
		}
		if lead != "" {
			// "said talks with "a couple of big names" were under way":
			// the clause goes on after the quotation, and so does the
			// question, or it is not led in.
			tail, ok := clauseAfterQuote(s, q.end)
			switch {
			case !ok:
				lead = ""
			case tail != "":
				quote += " " + tail
			}
		}
		if first := strings.TrimLeft(quote, "\"'"); first != "" && first[0] >= 'a' && first[0] <= 'z' && (lead == "" || strings.HasSuffix(lead, ",")) {
			// "He added "Zeke" himself, he later said, "so that nobody
			// would confuse me…"": the words finish the writer's sentence.
			continue
		}
		if strings.HasSuffix(lead, ",") && titleQuote(quote) {
			// "She wrote six cookbooks, the best known of which, "Cocina
			// de mi Tierra" (1998), has sold…": a title, no one's words.
			continue
		}
		var p string
		if lead != "" && strings.Count(lead, "\"") == 0 && fieldCount(lead) <= 16 {
			p = "Who " + lead + " " + quote
		} else if len(words) < 6 || npPreps[words[0]] || words[0] == "through" || words[0] == "because" || phraseInClause(s, q.start) {
			continue // and not "who said "through a fairly alarming amount of overtime"?": a phrase, no one's sentence
		} else {
			p = "According to the article, who said " + quote
		}
		p = tidyPrompt(p, "?")
		dis := an.promptDistractors(s, ent, nil, p, 3)
		if len(dis) < 2 {
			continue
		}
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: highlight}
		out = append(out, cand{q: Question{Kind: KindQuote, Prompt: p, Options: opts(an.ents[ent].name, dis), Evidence: ev}, score: 3.3*pos - twoOptionPenalty(dis), sent: s.idx, fact: "e" + itoa(ent) + "@" + itoa(s.idx), answer: an.ents[ent].name})
	}
	return out
}

// clauseAfterQuote returns the words after a quotation ending at byte
// end that finish its clause ("were already under way"), "" when the
// clause ends with the quotation, and false when they run on too long or
// hold another quotation.
func clauseAfterQuote(s *sent, end int) (string, bool) {
	k := 0
	for k < len(s.toks) && s.toks[k].start < end {
		k++
	}
	if k >= len(s.toks) || !s.toks[k].word || s.toks[k].cap || s.toks[k].low == "and" || s.toks[k].low == "but" {
		return "", true // ".", ",", "and…": the quotation ends the clause
	}
	if strings.HasSuffix(s.text[:end], ",\"") && (strings.HasSuffix(s.toks[k].low, "ing") || subjectPronouns[s.toks[k].low]) {
		return "", true // `…where they already are," noting that…`: a comma, written inside
	}
	e := k
	for e < len(s.toks) && s.toks[e].text != "," && s.toks[e].text != ";" && s.toks[e].text != "." && s.toks[e].text != "\"" {
		e++
	}
	if e < len(s.toks) && s.toks[e].text == "\"" || e-k > 12 {
		return "", false
	}
	return s.text[s.toks[k].start:s.toks[e-1].end], true
}

// cutQuote returns the words of a long quotation up to the end of its
// first clause of 8 to 20 words, marked with an ellipsis, or nothing when
// no clause ends there.
func cutQuote(words []string) []string {
	for i := 6; i <= 20 && i+1 < len(words); i++ {
		w, next := words[i-1], strings.ToLower(words[i])
		// A comma ends a clause only before a new one: "…, and he",
		// "…, we", not "the cultural, social and…". So does "and" or
		// "but" before a second verb of the same subject: "the patents
		// have dubious validity and are being wielded…".
		if i >= 8 && (strings.ContainsAny(w[len(w)-1:], ";.!?") || w[len(w)-1] == ',' && (tailOpeners[next] || pronounish(next))) ||
			(next == "and" || next == "but") && auxiliaries[strings.ToLower(words[i+1])] && strings.IndexFunc(w, unicode.IsLetter) >= 0 && !strings.ContainsAny(w, ",;:") {
			out := append([]string(nil), words[:i]...)
			out[i-1] = strings.TrimRight(w, ",;.!?") + "…"
			return out
		}
	}
	return nil
}

// widerRole reports a role every word of which the key role holds, by its
// stem: "senator" beside "Senate majority leader", "president" beside
// "vice president" may be true as well; and "party leader" beside
// "Conservative leader", whose party the key names.
func widerRole(other, key string) bool {
	stem := func(w string) string {
		if len(w) > 5 {
			return w[:5]
		}
		return w
	}
	keys := strings.Fields(key)
	for _, w := range strings.Fields(other) {
		found := false
		for _, k := range keys {
			found = found || stem(k) == stem(w) || w == "party" && partyWords[k]
		}
		if !found {
			return false
		}
	}
	return true
}

// clippedRole reports a role opening at token r0 straight after a noun
// in lower case joined to it: "revenue and disaster management
// minister" read as "management minister" would name an office the
// article does not.
func clippedRole(s *sent, r0 int) bool {
	if r0 < 2 || r0 >= len(s.toks) {
		return false
	}
	t := s.toks[r0-1]
	return t.word && !t.cap && !t.num && !stopwords[t.low] && !isVerbish(t.low) && !speechVerbs[t.low] && !rolePreps[t.low] && !strings.HasSuffix(t.low, "ly") &&
		slices.ContainsFunc(s.toks[max(0, r0-4):r0-1], func(u tok) bool { return u.low == "and" })
}

// parentListed reports a name at token k that the sentence gives as a
// parent: "children of Joseph Wambugu, a coffee farmer, and Grace
// Wanjiku", the second as well as the first.
func parentListed(toks []tok, k int) bool {
	if parentNamed(toks, k) {
		return true
	}
	if k < 1 || toks[k-1].low != "and" {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-12; j-- {
		if toks[j].low == "of" && childNouns[toks[j-1].low] {
			return true
		}
		if toks[j].low == "and" || isVerbish(toks[j].low) && !toks[j].cap {
			return false
		}
	}
	return false
}

// roleQuestions asks for each person's role and who holds each role.
func (an *analysis) roleQuestions() []cand {
	var out []cand
	chars := an.partsPlayed()
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || len(e.roles) == 0 {
			continue
		}
		r := bestRole(e)
		if !strings.Contains(e.name, " ") && honorifics[strings.ToLower(r.text)] {
			continue // "Professor Longhair": a stage name, no professor called Longhair
		}
		s := &an.sents[r.sent]
		if parentListed(s.toks, s.ments[r.ment].t0) {
			continue // "the fourth of seven children of Joseph Wambugu, a coffee farmer, and Grace Wanjiku, a teacher": a parent's trade, no fact of the story
		}
		pos := 1.0 - 0.3*float64(r.sent)/float64(len(an.sents)+1)
		// Roles of other people are the distractors; the evidence is the
		// first sentence giving this person a role that does not also name
		// three of those roles.
		for _, at := range append([]roleRef{r}, e.roles...) {
			if fieldCount(r.text) == 1 && bareSeats[r.lower] {
				break // "Who is Chip Roy? A representative": one of hundreds
			}
			es := &an.sents[at.sent]
			var others []string
			seen := map[string]bool{}
			for _, x := range e.roles {
				seen[x.lower] = true
			}
			held := an.titlesBefore(id)
			for oid := range an.ents {
				o := &an.ents[oid]
				if oid == id || o.typ != ePerson || len(o.roles) == 0 || chars[oid] != chars[id] {
					continue // (a part in the play is a detective, its actor no "detective constable")
				}
				if x := bestRole(o).lower; held[x[strings.LastIndexByte(x, ' ')+1:]] {
					continue // "Committee member Cllr Anita Shah" is a councillor too
				}
				if x := bestRole(o).lower; x == "chief" || x == "head" || x == "official" || x == "member" {
					continue // "Chief Ezekiel Okonjo": a bare "chief" beside "trumpeter" says nothing
				}
				// Nor a narrower one: "Redmarsh goalkeeper" beside the key
				// "goalkeeper" reads as the same answer made precise.
				if x := bestRole(o); !seen[x.lower] && !containsFold(es.text, x.text) && !widerRole(x.lower, r.lower) && !widerRole(r.lower, x.lower) && !namesIn(x.text, e.name) && !sameTrade(x.lower, r.lower) {
					seen[x.lower] = true
					others = append(others, x.text)
				}
			}
			if len(others) >= 3 {
				// Roles most like the key first: "Rennick manager" beside
				// "Harlow manager" rather than "striker", so that the
				// longest option is not the key.
				like := map[string]int{}
				for _, o := range others {
					like[o] = roleLikeness(o, r.text)
				}
				sort.SliceStable(others, func(i, j int) bool { return like[others[i]] > like[others[j]] })
				key := r.text
				if tail := clubRoleTail(r.text); tail != "" && !slices.ContainsFunc(others[:3], clubQualified) {
					key = tail // "centre-back" beside "winger": the club's name would single the key out
				}
				ev := Evidence{Paragraph: es.p, Sentence: es.s, Text: es.text, Highlight: at.raw}
				out = append(out, cand{q: Question{Kind: KindRole, Prompt: "Who is " + e.name + ", according to the article?", Options: opts(key, others[:3]), Evidence: ev}, score: 2.9 * pos, sent: at.sent, fact: "r" + itoa(id), answer: key})
				break
			}
		}
		// Who holds the role? A bare "chief" or "official" says too little,
		// and a bare "president" beside "Ukraine's president" is two.
		if an.roleHolders(r.lower) == 1 && an.headHolders(r.lower) == 1 && (fieldCount(r.text) > 1 || !vagueRoles[r.lower] || an.review && makerRoles[r.lower]) && (fieldCount(e.name) > 1 || isFirstName(strings.ToLower(e.name))) {
			var skip []int
			for oid := range an.ents {
				if oid != id && an.holdsLikeRole(oid, r.lower) {
					skip = append(skip, oid) // "Senate Majority Leader" is a senator too
				}
			}
			dis := an.personDistractors(s, id, skip, 3)
			if len(dis) >= 2 {
				art := "the "
				if strings.Contains(r.text, "'s ") && r.text[0] >= 'A' && r.text[0] <= 'Z' && !strings.Contains(an.sents[r.sent].text, "the "+r.text) {
					art = "" // "Ukraine's president", but "the association's former director" and "the Hepworth's director"
				}
				m := s.ments[r.ment]
				ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
				out = append(out, cand{q: Question{Kind: KindRole, Prompt: "Who does the article describe as " + art + r.text + "?", Options: opts(e.name, dis), Evidence: ev}, score: 2.8*pos - twoOptionPenalty(dis), sent: r.sent, fact: "R" + itoa(id), answer: e.name})
			}
		}
		// Which organisation does the person work for?
		if q, ok := an.orgOfRole(e, r, pos); ok {
			out = append(out, q)
		}
	}
	return out
}

// castQuestions asks who plays each part the article casts ("Harriet
// Walsh as Celia", "Celia (Harriet Walsh)", "Mallory is played by Darren
// Coates"): of a play or a film, its cast is a fact a class can check. The
// other actors are the wrong answers first, then its makers (the
// director, the writer), then other people; never a part, nor one of the other gender, whom
// the part's name would give away, nor anyone the cited sentence names.
func (an *analysis) castQuestions() []cand {
	parts := an.castParts()
	actor := map[int]bool{}
	for _, p := range parts {
		actor[p.actor] = true
	}
	chars := an.partsPlayed()
	partGender := map[int]byte{}
	for _, p := range parts {
		f := strings.Fields(strings.ToLower(p.name))
		if g := honorificGender(f[0]); g != 0 {
			partGender[p.actor] = g // "Gwen Halloran as Mrs Tulley"
			continue
		}
		if len(f) > 1 && titleWords[f[0]] {
			f = f[1:] // "Deputy Tess Marlow": Tess
		}
		partGender[p.actor] = givenNameGender(f[0])
	}
	// An actor's gender as the article shows it, or else as the part's
	// name does ("Helen Croft": an actress).
	genderOf := func(id int) byte {
		if g := an.genderOrName(id); g != 0 {
			return g
		}
		return partGender[id]
	}
	var out []cand
	for _, p := range parts {
		s := &an.sents[p.sent]
		in := sentEnts(s)
		g := genderOf(p.actor)
		var dis []string
		// Others neither act nor make the work only when two options
		// are still missing: in a review such a name is often a part
		// the article never says is played ("Don Pedro and his men").
		for pass := 0; pass < 3 && len(dis) < 3 && (pass < 2 || len(dis) < 2); pass++ {
			for _, id := range an.sameGenderFirst(p.actor) {
				e := &an.ents[id]
				if len(dis) == 3 || id == p.actor || in[id] || chars[id] || fieldCount(e.name) < 2 || slices.Contains(dis, e.name) {
					continue
				}
				maker := slices.ContainsFunc(e.roles, func(r roleRef) bool { return makerRole(r.lower) })
				if pass == 0 && !actor[id] || pass == 1 && (actor[id] || !maker) || pass == 2 && (actor[id] || maker) {
					continue
				}
				if gid := genderOf(id); g != 0 && gid != 0 && gid != g {
					continue
				}
				dis = append(dis, e.name)
			}
		}
		if len(dis) < 2 {
			continue
		}
		verb := "plays"
		if !an.review && !an.presentCast(s) {
			verb = "played"
		}
		pos := 1.0 - 0.3*float64(p.sent)/float64(len(an.sents)+1)
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: p.hl}
		q := Question{Kind: KindWho, Prompt: "Who " + verb + " " + p.name + "?", Options: opts(an.ents[p.actor].name, dis), Evidence: ev}
		out = append(out, cand{q: q, score: 2.9*pos - twoOptionPenalty(dis) + an.mainFactBonus(s)/2, sent: p.sent, fact: "c" + itoa(p.actor), answer: an.ents[p.actor].name})
	}
	return out
}

// makerRole reports a role of someone who made a play, a film or a show,
// or acts in one: "director", "the playwright", "co-writer".
func makerRole(role string) bool {
	f := strings.Fields(role)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	return makerNouns[last] || performerNouns[last] && !positionWords[last]
}

// makerNouns name those who make a work.
var makerNouns = wordSet(`director playwright writer screenwriter co-writer cinematographer composer producer designer
	creator showrunner author novelist choreographer librettist dramatist`)

// playedBy returns the part an actor named by m is said to play in the
// passive, or "": "Mallory is played by Darren Coates", "Graham Holt,
// played with gruff conviction by Bryan Fenwick". The part is a person
// the article names in full, or one to three capitalised words.
func (an *analysis) playedBy(s *sent, m mention) string {
	toks := s.toks
	k := m.t0 - 1
	if k < 2 || toks[k].low != "by" {
		return ""
	}
	for k--; k > 0 && m.t0-k <= 8 && toks[k].word && !toks[k].cap && !playVerbs[toks[k].low] && toks[k].low != "portrayed"; k-- {
	}
	if !playVerbs[toks[k].low] && toks[k].low != "portrayed" || k == 0 {
		return ""
	}
	k--
	if toks[k].low == "is" || toks[k].low == "was" || toks[k].text == "," {
		k--
	}
	for _, o := range s.ments {
		if o.t1 == k+1 && o.typ == ePerson && o.ent >= 0 && !o.pronoun && o.ent != m.ent {
			return an.ents[o.ent].name
		}
	}
	e := k + 1
	b := e
	for b > 0 && e-b < 3 && toks[b-1].word && toks[b-1].cap {
		b--
	}
	if b == e || b > 0 && toks[b-1].word && toks[b-1].cap {
		return ""
	}
	if name := castName(s, b); name != "" && b+fieldCount(name) == e {
		return name
	}
	return ""
}

// workParts are the parts of a play, a show, a book or a record, which an
// ordinal places a moment in.
var workParts = wordSet("act scene episode chapter track verse movement page stanza")

// playedAfter reports a name the words after it say an actor plays: "Mallory
// is played by", "Graham Holt, played with gruff conviction by".
func playedAfter(s *sent, m mention) bool {
	toks := s.toks
	k := m.t1
	if k < len(toks) && (toks[k].low == "is" || toks[k].low == "was" || toks[k].text == ",") {
		k++
	}
	if k >= len(toks) || !playVerbs[toks[k].low] && !sungBy[toks[k].low] {
		return false // ("Don Alfonso, sung with dry relish by Matthias Orvell": a part too)
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].low == "by" {
			return true
		}
		if !toks[j].word || toks[j].cap {
			return false
		}
	}
	return false
}

// presentCast reports a sentence that tells a cast in the present: "stars
// as", "starring", "plays".
func (an *analysis) presentCast(s *sent) bool {
	return slices.ContainsFunc(s.toks, func(t tok) bool {
		return t.low == "stars" || t.low == "starring" || t.low == "plays" || t.low == "is" || t.low == "are"
	})
}

// castPart returns the part the actor named by m plays in s, or "": "Harriet
// Walsh as Celia", "Walsh, as Celia", "Osei is wonderful as Marcus", "Celia
// (Harriet Walsh)". A part is one to three capitalised words that are no
// title, place or organisation.
func castPart(s *sent, m mention) string {
	toks := s.toks
	j := m.t1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j > m.t1 && j+3 < len(toks) && (toks[j].low == "the" || toks[j].low == "a") && performerNouns[toks[j+1].low] && toks[j+2].low == "who" {
		j += 3 // "Mara Quinn, the actress who starred as Ada Hale"
	} else if j > m.t1 && j+2 < len(toks) && toks[j].low == "who" && castVerbs[toks[j+1].low] {
		j++ // "Peter Vane, who appeared as Captain Joseph Hale"
	}
	if j+1 < len(toks) && castVerbs[toks[j].low] && toks[j+1].low == "as" {
		j++ // "Mara Quinn starred as Ada Hale", "she appears as…"
	} else if j+2 < len(toks) && (toks[j].low == "is" || toks[j].low == "was") {
		k := j + 1 // "is wonderful as", "is quietly devastating as"
		for k < len(toks) && k <= j+2 && toks[k].word && !toks[k].cap && toks[k].low != "as" {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	if j+1 < len(toks) && toks[j].low == "as" {
		// (Not "the new Much Ado About Nothing, as Benedick crouches…":
		// a clause of time, whose verb follows the name.)
		if name := castName(s, j+1); name != "" && !(toks[m.t1].text == "," && verbAt(toks, j+1+len(strings.Fields(name)))) {
			return name
		}
	}
	// "Celia (Harriet Walsh)": the part before the actor in brackets;
	// "Ruth (a flinty, superb Caroline Pemberton)", "Nell (newcomer Aisha
	// Barrington)" and "Priya (Meera Chandran, doing her best…)" too, the
	// critic's words round the actor's name.
	bra := m.t0 - 1
	for bra > 0 && m.t0-bra <= 5 && (toks[bra].word && !toks[bra].cap || toks[bra].text == ",") {
		bra--
	}
	closed := m.t1 < len(toks) && toks[m.t1].text == ")"
	if !closed && m.t1 < len(toks) && toks[m.t1].text == "," {
		for k := m.t1 + 1; k < len(toks) && k <= m.t1+12 && toks[k].text != "("; k++ {
			if toks[k].text == ")" {
				closed = true
				break
			}
		}
	}
	if bra >= 1 && toks[bra].text == "(" && (isFirstName(toks[m.t0].low) || m.typ == ePerson && m.ent >= 0 && m.t1-m.t0 == 1) && closed {
		// (or "Maura Kenneally (Garvey)", the actor named before)
		k := bra
		for k > 0 && bra-k < 3 && toks[k-1].word && toks[k-1].cap {
			k--
		}
		if k < bra && (k == 0 || !toks[k-1].word || !toks[k-1].cap) {
			if name := castName(s, k); name != "" && k+fieldCount(name) == bra {
				return name
			}
		}
	}
	return ""
}

// broughtPart returns, in a review, the part the actor named by m brings
// something to ("Kwame Asante brings a wiry charm to Lewis Pryor"), or "".
func broughtPart(s *sent, m mention) string {
	toks := s.toks
	if m.t1 >= len(toks) || !lendVerbs[toks[m.t1].low] {
		return ""
	}
	for k := m.t1 + 1; k < len(toks) && k <= m.t1+9; k++ {
		if toks[k].low == "to" && k+1 < len(toks) {
			return castName(s, k+1)
		}
		if !toks[k].word && toks[k].text != "," || toks[k].cap {
			return ""
		}
	}
	return ""
}

// possessivePart returns, in a review, the part written after the
// actor's possessive ("Aisling Moran's Esther Summerson", "Gregor
// Baird's John Jarndyce"), or "": a name that opens with a given name or
// a title, so that no work ("Dickens's Bleak House") is taken for one.
func (an *analysis) possessivePart(s *sent, m mention) string {
	toks := s.toks
	if m.t1+1 >= len(toks) || toks[m.t1].low != "'s" || m.ent < 0 || slices.ContainsFunc(an.ents[m.ent].roles, func(r roleRef) bool { return makerRole(r.lower) && !performerNouns[r.lower] }) {
		return ""
	}
	name := castName(s, m.t1+1)
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 1 && quoteDepths(toks)[m.t1+1] == 0 && an.stagedWork() && an.characterWord(name) && !nounAfterName(toks, m.t1+2) {
		return name // "Geoffrey Tandy's Malvolio" (not "Hilary Mantel's Cromwell trilogy")
	}
	if len(f) < 2 || !isFirstName(f[0]) && !honorifics[f[0]] && !titleWords[f[0]] && !policeRanks[strings.Fields(name)[0]] || quoteDepths(toks)[m.t1+1] != 0 {
		return ""
	}
	return name
}

// backWords open a deed told in relation to the one before it: "then
// added a point", "also scored".
var backWords = wordSet("then also again too likewise")

// nounAfterName reports a common noun at token k that the name before it
// only describes: "Mantel's Cromwell trilogy".
func nounAfterName(toks []tok, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return t.word && !t.cap && !t.num && !stopwords[t.low] && !auxiliaries[t.low] && !isPastVerb(toks, k) && !presentVerb(toks, k) && !isVerbish(t.low) && !strings.HasSuffix(t.low, "ly")
}

// verbAt reports a verb at token k, present forms in "-s" taken as one:
// "as Benedick crouches".
func verbAt(toks []tok, k int) bool {
	if finiteVerb(toks, k) {
		return true
	}
	return k < len(toks) && toks[k].word && !toks[k].cap && strings.HasSuffix(toks[k].low, "s") && !strings.HasSuffix(toks[k].low, "ss") && !stopwords[toks[k].low]
}

// characterWord reports a one-word name that can be a part after an
// actor's possessive ("Rosalind Pike's Olivia"): no place, body or
// nationality the lists know, and never written as a work is, after "of"
// or "in" ("a revival of Arcadia", "in Arcadia"), so that "Tom Stoppard's
// Arcadia" stays the play.
func (an *analysis) characterWord(name string) bool {
	low := strings.ToLower(name)
	if known1(low) || isNationality(low) || isCountry(low) {
		return false
	}
	for si := range an.sents {
		toks := an.sents[si].toks
		for k := 1; k < len(toks); k++ {
			if toks[k].text == name && (toks[k-1].low == "of" || toks[k-1].low == "in") && (k+1 == len(toks) || toks[k+1].low != "'s") {
				return false
			}
		}
	}
	return true
}

// activePart returns the part the actor named by m plays, sings or dances
// in the active voice, or "": "Ines Laurent plays Anne-Marie Quéré",
// "Elena Marchetti-Voss sings Floria Tosca", "Grace Odunsi dances
// Persephone". It is taken only where the article tells of a staged or
// filmed work and of no concert, whose "plays Chopin" and "sings
// Schubert" name composers.
func (an *analysis) activePart(s *sent, m mention) string {
	toks := s.toks
	j := pastAsideWithin(toks, m.t1, 20) // "Amara Osei, a graduate of…, plays Viola"
	if j+1 >= len(toks) || !activeCastVerbs[toks[j].low] {
		return ""
	}
	name := castName(s, j+1)
	if name == "" || !an.stagedWork() {
		return "" // "Sinner plays Alcaraz in the final": an opponent
	}
	return name
}

// activeCastVerbs put a performer in a part: "plays Hedda", "sings Tosca".
var activeCastVerbs = wordSet("plays played portrays portrayed sings sang dances danced voices voiced")

// stagedWork reports an article about a play, an opera, a ballet, a film or
// a series, and not about a concert or a recital.
func (an *analysis) stagedWork() bool {
	if an.staged == 0 { // worked out once: every pronoun's referent may ask
		staged, concert, stage := false, false, false
		for _, s := range an.sents {
			for _, t := range s.toks {
				staged = staged || stagedWords[t.low]
				concert = concert || concertWords[t.low]
				// "the opera", "this staging", written in lower case: a
				// staged work, whatever "the quartet" or "the artist
				// development programme" says.
				stage = stage || stageOnlyWords[t.text]
			}
		}
		an.staged = -1
		if staged && (!concert || stage) {
			an.staged = 1
		}
	}
	return an.staged > 0
}

var (
	stagedWords  = wordSet("opera ballet staging film theatre actor actress actors musical screenplay playwright screenwriter episodes sitcom cast")
	concertWords = wordSet("recital concerto sonata symphony quartet programme encore")
	// stageOnlyWords, in lower case, name a staged work and no concert.
	stageOnlyWords = wordSet("opera ballet staging musical")
)

// frontedPart returns the part a sentence opens with before the actor
// named by m: "As Mario Cavaradossi, the Nigerian-born tenor Daniel
// Okwuosa is ardent and warm". No other person comes between.
func frontedPart(s *sent, m mention) string {
	toks := s.toks
	if m.t0 < 3 || toks[0].low != "as" || m.t0 > 40 {
		return ""
	}
	name := castName(s, 1)
	e := 1 + fieldCount(name)
	if name == "" || e >= m.t0 || toks[e].text != "," {
		return ""
	}
	// "As Dorothea, the heiress who marries the scholar Edward Casaubon
	// …, Imogen Hale gives…": a name inside the appositive's relative
	// clause is no actor, and none may come between outside it.
	if relativeAt(toks, e, m.t0) {
		return ""
	}
	for _, o := range s.ments {
		if o.typ == ePerson && o.t0 > e && o.t0 < m.t0 && !o.pronoun && !relativeAt(toks, e, o.t0) {
			return ""
		}
	}
	return name
}

// relativeAt reports token k inside a relative clause opened after token
// from and not yet closed by a comma ("the dry, ageing scholar" keeps it
// open).
func relativeAt(toks []tok, from, k int) bool {
	in := false
	for j := from + 1; j < k; j++ {
		switch {
		case toks[j].low == "who" || toks[j].low == "whom" || toks[j].low == "whose" || toks[j].low == "which" || toks[j].low == "that":
			in = true
		case toks[j].text == "," && !adjectiveComma(toks, j):
			in = false
		}
	}
	return in
}

// copularPart returns, in a review, the part a critic says the actor
// named by m is: "Sophie Achterberg, a Dutch soprano making her British
// debut, is a steely, grief-stricken Donna Anna whose…", "Tomas Ebbesen
// is a haggard, desperate Angelotti". Only the critic's words of
// judgement come between; a nationality or a known name is no part.
func copularPart(s *sent, m mention) string {
	toks := s.toks
	if name := appositivePart(s, m); name != "" {
		return name
	}
	j := pastAsideWithin(toks, m.t1, 20) // past ", a Dutch soprano making her British debut,"
	if j+3 >= len(toks) || toks[j].low != "is" && toks[j].low != "was" && toks[j].low != "makes" && toks[j].low != "made" || toks[j+1].low != "a" && toks[j+1].low != "an" {
		return "" // (and "Daniel Okafor makes a fine, idealistic Lydgate")
	}
	k := j + 2
	for k < len(toks) && k < j+9 && (toks[k].word && !toks[k].cap || toks[k].text == ",") {
		k++
	}
	if k == j+2 || k >= len(toks) || toks[k-1].text == "," {
		return ""
	}
	name := castName(s, k)
	e := k + fieldCount(name)
	if name == "" || isNationality(strings.ToLower(name)) || known1(strings.ToLower(name)) || e < len(toks) && toks[e].word && !partEnders[toks[e].low] {
		return ""
	}
	return name
}

// appositivePart returns the part set after the actor's name between
// commas with the critic's adjectives, "Barnaby Hollis, a broad, red-faced
// Sir Toby Belch, is…", or "". Only adjectives may come before it: "a
// veteran of Broadway," names no part.
func appositivePart(s *sent, m mention) string {
	toks := s.toks
	k := m.t1 + 2
	if k >= len(toks) || toks[m.t1].text != "," || toks[k-1].low != "a" && toks[k-1].low != "an" {
		return ""
	}
	for k < len(toks) && k < m.t1+10 && (toks[k].word && !toks[k].cap && !stopwords[toks[k].low] || toks[k].text == ",") {
		k++
	}
	if k == m.t1+2 || k >= len(toks) || toks[k-1].text == "," {
		return ""
	}
	name := castName(s, k)
	e := k + fieldCount(name)
	if name == "" || e >= len(toks) || toks[e].text != "," || isNationality(strings.ToLower(name)) || known1(strings.ToLower(name)) {
		return ""
	}
	return name
}

// partEnders may follow a part's name: "a steely Donna Anna whose…".
var partEnders = wordSet("whose who and with in")

// workAfterMaker reports a part's name written alone after the possessive
// of someone the article never names as one of its people: "Puccini's
// Tosca" is the opera, which shares the heroine's name, and the heroine
// Floria Tosca would be a wrong key.
func (an *analysis) workAfterMaker(s *sent, m *mention) bool {
	if m.typ != ePerson || m.ent < 0 || m.t1-m.t0 != 1 || m.t0 < 2 || s.toks[m.t0-1].low != "'s" || !an.partsPlayed()[m.ent] {
		return false
	}
	return !slices.ContainsFunc(s.ments, func(o mention) bool { return o.t1 == m.t0-1 && o.typ == ePerson && o.ent >= 0 })
}

// castIn reports sentence si casting one of people in a part, in a review
// or a report on a play or a film (an actor's obituary tells of the one
// it mourns).
func (an *analysis) castIn(si int, people map[int]bool) bool {
	if !an.review && !an.stagedWork() || an.obituary() {
		return false
	}
	return slices.ContainsFunc(an.castParts(), func(p castEntry) bool { return p.sent == si && people[p.actor] })
}

// castVerbs put an actor in a part before "as": "starred as".
var castVerbs = wordSet("starred stars starring appeared appears appearing")

// castName returns the run of one to three capitalised words from token k
// when it can be a part's name, or "".
func castName(s *sent, k int) string {
	toks := s.toks
	e := k
	if k+1 < len(toks) && (titleWords[toks[k].low] || honorifics[toks[k].low] || policeRanks[toks[k].text]) && toks[k].cap && toks[k+1].cap && toks[k+1].word {
		e++ // "as Captain Joseph Hale", "as Lady Macbeth", "plays DI Catriona Baird": a part's title
	}
	for e < len(toks) && e < k+4 && toks[e].word && toks[e].cap && !toks[e].num && toks[e].low != "'s" {
		if titleWords[toks[e].low] || stopwords[toks[e].low] || len(toks[e].text) > 1 && strings.ToUpper(toks[e].text) == toks[e].text {
			return "" // and no "LCD (Liquid Crystal Display)"
		}
		e++
	}
	if e == k || e-k > 4 || e < len(toks) && (toks[e].word && toks[e].cap || toks[e].low == "'s" || toks[e].text == "-") {
		return ""
	}
	for _, o := range s.ments {
		if o.t0 < e && o.t1 > k && o.typ != eNone && o.typ != ePerson {
			return "" // "as Brazil", "as Labour": no part
		}
	}
	return span(s, k, e)
}

// policeRanks are the detectives' ranks a crime drama's parts take, in
// capitals: "DI Catriona Baird", "DS Ewan Reid".
var policeRanks = wordSet("DI DS DC DCI DSI DSU PC")

// sameTrade reports two roles whose last words are two words for one
// trade: an "attorney" beside a "defence lawyer" are both lawyers (a
// "foreign minister" and a "defence minister" are two offices).
func sameTrade(a, b string) bool {
	last := func(r string) string {
		if f := strings.Fields(r); len(f) > 0 {
			return f[len(f)-1]
		}
		return ""
	}
	trade := func(w string) string {
		if t, ok := tradeOf[w]; ok {
			return t
		}
		return w
	}
	x, y := last(a), last(b)
	return x != y && trade(x) == trade(y)
}

// tradeOf maps words for one trade to one of them.
var tradeOf = wordPairs(`attorney:lawyer solicitor:lawyer barrister:lawyer counsel:lawyer advocate:lawyer spokeswoman:spokesman
	spokesperson:spokesman filmmaker:director film-maker:director author:writer novelist:writer vocalist:singer
	physician:doctor`)

// clubRoleTail returns the playing position after the side's name that
// opens a role ("centre-back" of "Motherwell centre-back"), or "" for
// any other role.
func clubRoleTail(role string) string {
	w := strings.Fields(role)
	k := 0
	for k < len(w) && clubQualified(w[k]) {
		k++
	}
	if k == 0 || k == len(w) || !positionWords[strings.ToLower(w[len(w)-1])] {
		return ""
	}
	return strings.Join(w[k:], " ")
}

// positionWords are the places in a side a player fills.
var positionWords = wordSet(`striker midfielder defender winger goalkeeper keeper centre-back center-back full-back
	fullback wing-back left-back right-back forward flanker fly-half scrum-half prop hooker lock batsman batter
	bowler opener all-rounder wicketkeeper wicket-keeper spinner seamer pitcher catcher quarterback`)

// clubQualified reports a role that opens with a capital: a side's or a
// body's name before the role ("St Mirren full-back").
func clubQualified(role string) bool {
	r, _ := utf8.DecodeRuneInString(role)
	return unicode.IsUpper(r)
}

// roleLikeness scores how much a role looks like the key role: the same
// head word (the last), then as many words.
func roleLikeness(role, key string) int {
	rw, kw := strings.Fields(strings.ToLower(role)), strings.Fields(strings.ToLower(key))
	n := 0

	if len(rw) > 0 && len(kw) > 0 && rw[len(rw)-1] == kw[len(kw)-1] {
		n += 2
	}
	if len(rw) == len(kw) {
		n++
	}
	return n
}

// namesIn reports a word of name in a role ("Aguilera's agent" for
// Christina Aguilera): offered as who she is, it would answer itself.
func namesIn(role, name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) > 2 && containsFold(role, w) {
			return true
		}
	}
	return false
}

// bestRole picks the most specific role the article gives a person:
// "US president" rather than "president".
func bestRole(e *entity) roleRef {
	best := e.roles[0]
	for _, r := range e.roles[1:] {
		if fieldCount(r.text) > fieldCount(best.text) {
			best = r
		}
	}
	return best
}

// headHolders counts the people with a role whose last word is the last
// word of lower, when lower is that one word: "president" is ambiguous
// when the article also names "Ukraine's president".
func (an *analysis) headHolders(lower string) int {
	if strings.Contains(lower, " ") {
		return 1
	}
	n := 0
	for i := range an.ents {
		for _, r := range an.ents[i].roles {
			if f := strings.Fields(r.lower); len(f) > 0 && f[len(f)-1] == lower {
				n++
				break
			}
		}
	}
	return max(n, 1)
}

// holdsLikeRole reports whether person id has a role or title with a word
// of the same stem as the head of role ("Senate majority leader" for
// "senator"): a senator too.
func (an *analysis) holdsLikeRole(id int, role string) bool {
	if an.ents[id].typ != ePerson {
		return false
	}
	head := roleHead(role)
	for _, r := range an.ents[id].roles {
		if r.lower != role && sharesStem(r.lower, head) {
			return true
		}
	}
	for t := range an.ents[id].titles {
		if sharesStem(t, head) {
			return true
		}
	}
	return an.doesRole(id, head) || an.namedAfterNoun(id, head)
}

// namedAfterNoun reports a person the article names after a comma that
// follows the role's head: "the Houston quarterback, Caleb Monroe" is a
// quarterback too, though no role was taken from it.
func (an *analysis) namedAfterNoun(id int, head string) bool {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent == id && !m.pronoun && m.t0 >= 2 && s.toks[m.t0-1].text == "," && strings.TrimSuffix(s.toks[m.t0-2].low, "'s") == head {
				return true
			}
		}
	}
	return false
}

// doesRole reports a person the article says does what the role's holder
// does: "Furlong, who trains 28 horses" is a trainer too, though the
// article calls only Gerry Ahern one.
func (an *analysis) doesRole(id int, head string) bool {
	stem := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(head, "ative"), "er"), "or") // "represented" a district: a representative
	if stem == head || len(stem) < 3 {
		return false
	}
	key := itoa(id) + " " + stem
	if d, ok := an.deeds[key]; ok {
		return d
	}
	d := an.doesDeed(id, stem)
	if an.deeds == nil {
		an.deeds = map[string]bool{}
	}
	an.deeds[key] = d
	return d
}

// doesDeed reports a mention of person id followed by a verb of stem:
// "Furlong, who trains"; or after one that takes it as its agent: "Blue
// Horizon, skippered by Léa Marchetti", "trained by Paul Nicholls".
func (an *analysis) doesDeed(id int, stem string) bool {
	for _, s := range an.sents {
		for _, m := range s.ments {
			if m.ent != id {
				continue
			}
			if m.t0 >= 2 && s.toks[m.t0-1].low == "by" {
				if w := s.toks[m.t0-2].low; w == stem+"ed" || w == stem+"ered" {
					return true
				}
			}
			for k := m.t1; k < len(s.toks) && k <= m.t1+3; k++ {
				if w := s.toks[k].low; w == stem+"s" || w == stem+"ed" || w == stem+"es" {
					return true
				}
				if s.toks[k].low != "," && s.toks[k].low != "who" && !verbAdverbs[s.toks[k].low] {
					break
				}
			}
		}
	}
	return false
}

// roleHead is the word a role names its holder by: the last word, or the
// word before "of" ("chairman of the foundation").
func roleHead(role string) string {
	f := strings.Fields(role)
	for i, w := range f {
		if w == "of" && i > 0 {
			return f[i-1]
		}
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sharesStem reports a word of phrase with the first five letters of
// word: "senate majority leader" and "senator".
func sharesStem(phrase, word string) bool {
	if len(word) < 5 {
		return false
	}
	for _, x := range strings.Fields(phrase) {
		if len(x) >= 5 && x[:5] == word[:5] {
			return true
		}
	}
	return false
}

func (an *analysis) roleHolders(lower string) int {
	n := 0
	for i := range an.ents {
		for _, r := range an.ents[i].roles {
			if r.lower == lower {
				n++
				break
			}
		}
	}
	return n
}

// orgOfRole asks "Of which organisation is X the director?" for a role such
// as "FBI director".
func (an *analysis) orgOfRole(e *entity, r roleRef, pos float64) (cand, bool) {
	words := strings.Fields(r.text)
	if len(words) < 2 || !isAcronym(words[0]) || isCountry(strings.ToLower(words[0])) {
		return cand{}, false
	}
	title := strings.Join(words[1:], " ")
	if !headTitles[words[len(words)-1]] {
		return cand{}, false
	}
	org := words[0]
	s := &an.sents[r.sent]
	var dis []string
	seen := map[string]bool{strings.ToLower(org): true}
	for _, o := range an.ents {
		if o.typ == eOrg && isAcronym(o.name) && !seen[strings.ToLower(o.name)] && !containsFold(s.text, o.name) {
			seen[strings.ToLower(o.name)] = true
			dis = append(dis, o.name)
		}
	}
	for _, o := range orgAcronymGroup(org) {
		if len(dis) >= 3 {
			break
		}
		if !seen[strings.ToLower(o)] && !containsFold(s.text, o) && !an.mentionsWord(o) {
			seen[strings.ToLower(o)] = true
			dis = append(dis, o)
		}
	}
	if len(dis) < 3 {
		return cand{}, false
	}
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: org}
	p := "Of which organisation is " + e.name + " the " + title + "?"
	return cand{q: Question{Kind: KindWhat, Prompt: p, Options: opts(org, dis[:3]), Evidence: ev}, score: 2.2 * pos, sent: r.sent, fact: "r" + itoa(entIndex(an, e)), answer: org}, true
}

// mentionsWord reports whether the article uses a word anywhere; a
// fallback distractor the article mentions might be true after all.
func (an *analysis) mentionsWord(w string) bool {
	if v, ok := an.mentioned[w]; ok {
		return v
	}
	if an.mentioned == nil {
		an.mentioned = map[string]bool{}
		var b strings.Builder
		for i := range an.sents {
			b.WriteString(an.sents[i].text)
			b.WriteString(" \n ")
		}
		an.lowText = normKey(b.String())
	}
	v := containsFold(an.lowText, w)
	an.mentioned[w] = v
	return v
}

// collectFacts records, for each subject and verb, the people, places and
// dates the article attaches to them, so that a distractor is never
// something the article also makes true.
func (an *analysis) collectFacts() {
	for si := range an.sents {
		s := &an.sents[si]
		for _, c := range s.cls {
			if c.subjMent >= 0 && s.ments[c.subjMent].ent >= 0 {
				subj := s.ments[c.subjMent].ent
				lemma := c.lemma
				if lemma == "" && c.verb >= 0 {
					lemma = s.toks[c.verb].low
				}
				for _, m := range s.ments {
					if m.t0 > c.verb && m.t1 <= c.end {
						an.addFact(subj, lemma, m)
					}
				}
			}
		}
		for mi := 0; mi+1 < len(s.ments); mi++ {
			a, b := s.ments[mi], s.ments[mi+1]
			if a.typ == ePerson && a.ent >= 0 && b.ent >= 0 && a.t1+1 == b.r0 && isPastVerb(s.toks, a.t1) {
				an.addFact(a.ent, lemmaPast(s.toks[a.t1].low), b)
			}
		}
	}
}

func (an *analysis) addFact(subj int, lemma string, m mention) {
	k := factKey{subj: subj, lemma: lemma, typ: m.typ}
	v := strings.ToLower(m.text)
	if m.ent >= 0 {
		v = strings.ToLower(an.ents[m.ent].name)
	}
	for _, x := range an.facts[k] {
		if x == v {
			return
		}
	}
	an.facts[k] = append(an.facts[k], v)
}

// trueValues returns what the article says for the same subject, verb and
// slot type as mention m of sentence s.
func (an *analysis) trueValues(s *sent, m *mention) []string {
	c, ok := clauseOf(s, m)
	if !ok || c.subjMent < 0 || s.ments[c.subjMent].ent < 0 {
		return nil
	}
	lemma := c.lemma
	if lemma == "" && c.verb >= 0 {
		lemma = s.toks[c.verb].low
	}
	return an.facts[factKey{subj: s.ments[c.subjMent].ent, lemma: lemma, typ: m.typ}]
}

// entIndex returns the index of e in the analysis, so that questions about
// one person's role share a fact key and only one of them is picked.
func entIndex(an *analysis, e *entity) int {
	for i := range an.ents {
		if &an.ents[i] == e {
			return i
		}
	}
	return -1
}

// leadIn is how a quoted sentence starts once it stands alone: a pronoun
// subject replaced by the name it stands for.
type leadIn struct {
	text string // replacement for s.text[:to]
	to   int
}

// standaloneLead decides whether a sentence can be quoted in a question on
// its own. A sentence opening with "He" or "She" linked to a person gets the
// person's name instead, and one opening with "His" or "Her" the name's
// possessive; one opening with "It", "They", "This" and the like,
// or with an unlinked pronoun, cannot stand alone.
func (an *analysis) standaloneLead(s *sent) (leadIn, bool) {
	if len(s.toks) == 0 {
		return leadIn{}, false
	}
	// "But he found…": the conjunction goes with the pronoun.
	if len(s.toks) > 2 && leadingConjunctions[s.toks[0].low] && pronounsPerson[s.toks[1].low] && !s.toks[1].cap {
		if e := an.sureReferent(s.idx, pronounGender(s.toks[1].low)); e >= 0 {
			return leadIn{text: an.ents[e].name, to: s.toks[1].end}, true
		}
		return leadIn{}, false
	}
	switch s.toks[0].low {
	case "it", "they":
		if _, name := an.itReferent(s); name != "" {
			return leadIn{text: name, to: s.toks[0].end}, true // "It plans…" after "Vireo said…"
		}
		if name := an.theyReferent(s); name != "" {
			return leadIn{text: name, to: s.toks[0].end}, true // "They have been named…" after "The cubs were born…"
		}
		// "They found that flowers open earlier": the finding stands
		// alone, whoever "they" were.
		k := 1
		if len(s.toks) > 2 && s.toks[1].low == "also" {
			k = 2
		}
		if k+4 < len(s.toks) && findingVerbs[s.toks[k].low] && s.toks[k+1].low == "that" && s.toks[k+2].word {
			return leadIn{to: s.toks[k+2].start}, true
		}
		return leadIn{}, false
	case "their", "them", "we", "i", "you", "our", "us":
		return leadIn{}, false
	case "as", "so", "nor", "neither":
		// "As was the prospect of…", "Nor did the board…": the claim
		// is the sentence before's.
		if len(s.toks) > 1 && auxiliaries[s.toks[1].low] {
			return leadIn{}, false
		}
	case "both":
		if !bothAnd(s.toks, 0, len(s.toks)) {
			return leadIn{}, false
		}
	case "he", "she":
		for _, m := range s.ments {
			if m.pronoun && m.t0 == 0 && m.ent >= 0 && an.surePronoun(s.idx, m.ent) {
				return leadIn{text: an.ents[m.ent].name, to: s.toks[0].end}, true
			}
		}
		return leadIn{}, false
	case "his", "her", "its":
		// "Her first album sold well" after "Ada Pell began singing in
		// 1999": "Ada Pell's first album sold well", when the owner is sure.
		// "Her husband, Lebohang Mokoena, died in 2015" in an obituary is
		// the family of the one it mourns, whoever spoke just before.
		// ("Her second husband, the architect Kemal Sunar, died in 2015"
		// too.)
		if parentAfterChild(an.sents, s) {
			// "His son, Takeshi, said the cause was pneumonia. His father
			// had worked…": the father is the one mourned, in the son's
			// words, not the one mourned's father.
			return leadIn{}, false
		}
		if x := an.obituarySubject(); x >= 0 && len(s.toks) > 1 && (kinNouns[s.toks[1].low] || len(s.toks) > 2 && kinModifiers[s.toks[1].low] && kinNouns[s.toks[2].low]) && s.toks[0].low != "its" && an.genderFits(x, pronounGender(s.toks[0].low)) {
			return leadIn{text: possessive(an.ents[x].name, s.toks[0].low), to: s.toks[0].end}, true
		}
		if owner := an.sentenceOwner(s); owner != "" {
			return leadIn{text: possessive(owner, s.toks[0].low), to: s.toks[0].end}, true
		}
		return leadIn{}, false
	}
	// "The Swiss sounded warning…": a nationality standing for a person
	// the sentence before names is a "he" no one can resolve out of place.
	if k := afterConjunctions(s.toks); k+2 < len(s.toks) && s.toks[k].low == "the" && s.toks[k+1].cap && nationNoun(s.toks[k+1].low) && finiteVerb(s.toks, k+2) {
		return leadIn{}, false
	}
	// "The striker played…": a description standing for a person reads
	// as the name when the link is as sure as a pronoun's, else not at all.
	for _, m := range s.ments {
		if m.desc && m.t0 == 0 {
			if m.ent >= 0 && an.surePronoun(s.idx, m.ent) {
				return leadIn{text: an.ents[m.ent].name, to: s.toks[m.t1-1].end}, true
			}
			if personAppositive(s, m.t1) {
				return leadIn{}, true // "The health minister, Daniel Okafor, has resigned": named at once
			}
			return leadIn{}, false
		}
	}
	return leadIn{}, true
}

// parentAfterChild reports a sentence opening on "His father" or "Her
// mother" after one that opened on "His son" or "Her daughter": the
// parent may be the one the sentence before was the child of.
func parentAfterChild(sents []sent, s *sent) bool {
	if s.idx == 0 || len(s.toks) < 2 || !parentNouns[s.toks[1].low] {
		return false
	}
	prev := sents[s.idx-1].toks
	return len(prev) > 1 && (prev[0].low == "his" || prev[0].low == "her") && childNouns[prev[1].low]
}

// parentNouns name the older end of a family's line (childNouns the
// younger).
var parentNouns = wordSet("father mother parents")

// theyReferent resolves a "They" opening a sentence, before its verb, to
// the plural subject of the sentence before ("The cubs were born in June.
// They have been named…"), written as a statement's start, or "".
func (an *analysis) theyReferent(s *sent) string {
	if s.idx == 0 || len(s.toks) < 3 || s.toks[0].low != "they" {
		return ""
	}
	// After "They" comes its verb, which may take no ending: "They feed…".
	if v := s.toks[1]; !(auxiliaries[v.low] || adverbs[v.low] || v.word && !v.cap && !v.num && !stopwords[v.low]) {
		return ""
	}
	prev := &an.sents[s.idx-1]
	subj0 := -1
	if len(prev.cls) > 0 && prev.cls[0].ok && prev.cls[0].subj0 == afterConjunctions(prev.toks) {
		if prev.cls[0].subjMent >= 0 {
			return ""
		}
		subj0 = prev.cls[0].subj0
	}
	for _, p := range nounPhrases(prev) {
		if subj0 < 0 && p.d0 == afterConjunctions(prev.toks) && finiteVerb(prev.toks, pastAside(prev.toks, p.t1)) {
			subj0 = p.d0 // "The cubs, a male and a female, were born…": no clause parsed
		}
		if p.d0 != subj0 || !p.plural {
			continue
		}
		if p.det == "" {
			return span(prev, p.d0, p.t1)
		}
		if p.det == "the" {
			return "the " + p.words
		}
	}
	return ""
}

// personAppositive reports a person's name set off by commas at toks[k]:
// ", Daniel Okafor,".
func personAppositive(s *sent, k int) bool {
	if k >= len(s.toks) || s.toks[k].text != "," {
		return false
	}
	for _, m := range s.ments {
		if m.t0 == k+1 && m.typ == ePerson && !m.pronoun && !m.desc && m.t1 < len(s.toks) && s.toks[m.t1].text == "," {
			return true
		}
	}
	return false
}

// findingVerbs report what a study or an inquiry found, which the article
// states as its finding rather than as someone's claim.
// thatClauseVerb reports a verb after which "that" opens what someone
// said, found or thinks: "showed that", "believed that", "says that".
func thatClauseVerb(w string) bool {
	if speechVerbs[w] || findingVerbs[w] || thinkVerbs[w] || thinkVerbs[lemmaPast(w)] || w == "means" || w == "meant" {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && thinkVerbs[lemmaPresent(w)]
}

var findingVerbs = wordSet("found find finds showed show shows discovered concluded concludes estimated estimate estimates calculated revealed reveals")

// headlineSumsUp reports a headline that tells what sentence s tells: it
// shares two words of four letters or more with it ("Irish film wins top
// prize in Berlin" over "The Irish drama … has won … at the Berlin
// festival").
func (an *analysis) headlineSumsUp(s *sent) bool {
	title := headlineOnly(an.art)
	if title == "" {
		return false
	}
	in := map[string]bool{}
	for _, t := range s.toks {
		in[t.low] = true
	}
	shared := 0
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len(w) >= 4 && !stopwords[w] && in[w] {
			shared++
			in[w] = false
		}
	}
	return shared >= 2
}

// scoreLike reports a score written with a hyphen: "79-72", "6-4".
func scoreLike(x string) bool {
	a, b, ok := strings.Cut(x, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// namesCounted reports a small count whose items the sentence names
// straight after it, between commas: "Two of the chains, Halden and
// Corbel, agreed…".
func namesCounted(s *sent, m *mention) bool {
	if m.value < 2 || m.value > 5 {
		return false
	}
	k := m.t1
	for k < len(s.toks) && k < m.t1+12 && s.toks[k].text != "," {
		k++
	}
	n := 0
	k++
	if k+1 < len(s.toks) && s.toks[k].low == "by" {
		// "all three judges' scorecards, by 79-72, 78-73 and 77-74": a
		// score for each.
		rest := strings.TrimRight(s.text[s.toks[k+1].start:], ".")
		scores := strings.FieldsFunc(strings.ReplaceAll(rest, " and ", ","), func(r rune) bool { return r == ',' })
		return float64(len(scores)) == m.value && !slices.ContainsFunc(scores, func(x string) bool { return !scoreLike(strings.TrimSpace(x)) })
	}
	ages := k < len(s.toks) && s.toks[k].low == "aged" // "her two sons, aged four and seven"
	if ages {
		k++
	}
	for k < len(s.toks) {
		at := -1
		for i, o := range s.ments {
			if o.t0 == k && (o.typ != eNumber && o.typ != eDate) != ages {
				at = i
			}
		}
		if at < 0 {
			break
		}
		n++
		k = s.ments[at].t1
		if k < len(s.toks) && (s.toks[k].text == "," || s.toks[k].low == "and") {
			k++
		}
	}
	return float64(n) == m.value
}

// yearEras follow a year: "1550 BC".
var yearEras = wordSet("bc ad bce ce")

// headlinePassives are verbs news headlines and live pages use as
// passives without "was": "Haigh re-elected with 2,540 votes".
var headlinePassives = wordSet("elected re-elected appointed reappointed jailed sentenced charged injured arrested fined cleared acquitted convicted named selected")

// copulas link a subject to what it is.
var copulas = wordSet("is was are were")

// inversionOpeners open a sentence whose subject follows its verb:
// "Better still was…", "Also present were…", "Among the dead was…".
var inversionOpeners = wordSet("better worse best worst also among equally even more less gone joining nearby")

// tallyBefore reports a vote or a score before the figure at token k:
// "voted seven to two" is a tally, not a range.
func tallyBefore(toks []tok, k int) bool {
	return k > 0 && tallyVerbs[toks[k-1].low]
}

var tallyVerbs = wordSet("voted vote votes by won lost beat beaten defeated margin majority")

// labelBefore reports a label noun before the figure at token k, or
// before the list of figures it ends: "Class 1, 2 or 3".
func labelBefore(toks []tok, k int) bool {
	j := k - 1
	for j >= 1 && (toks[j].text == "," || toks[j].low == "or" || toks[j].low == "and" || toks[j].low == "to") && toks[j-1].num {
		j -= 2
	}
	if j < 0 {
		return false
	}
	w := toks[j].low
	return labelNouns[w] || labelNouns[strings.TrimSuffix(w, "s")] || labelNouns[strings.TrimSuffix(w, "es")]
}

// labelNouns before a figure make it a label: "type 2", "stage 4",
// "Article 50".
var labelNouns = wordSet("type stage category level grade phase tier article section class chapter route platform gate room flight page series version model line")

// hourAfter are the words before an hour told in a scene: "after eight".
var hourAfter = wordSet("after before around about until till at past gone")

// partOfDayAfter reports a part of the day within four words from k:
// "eight on a grey Tuesday morning", "six in the evening", "nine o'clock".
func partOfDayAfter(toks []tok, k int) bool {
	for x := k; x < len(toks) && x < k+5; x++ {
		switch toks[x].low {
		case "morning", "evening", "afternoon", "night", "o'clock", "am", "pm", "a.m.", "p.m.":
			return true
		}
		if !toks[x].word {
			return false
		}
	}
	return false
}

// reportWindow reports "the", "the past", "the last" or "the previous"
// before token k: the span a daily report counts over ("in the past 24
// hours").
func reportWindow(toks []tok, k int) bool {
	if k > 0 && (toks[k-1].low == "past" || toks[k-1].low == "last" || toks[k-1].low == "previous" || toks[k-1].low == "preceding") {
		k--
	}
	return k > 0 && toks[k-1].low == "the"
}

// incidental reports a slot that is not worth a question while the article
// has better facts, or whose blank would mislead: clock times, ages,
// numbers in brackets (currency conversions), house numbers, e-mail
// addresses, "first" and ordinal words in fixed phrases.
func incidental(s *sent, m *mention) bool {
	toks := s.toks
	next := ""
	if m.t1 < len(toks) {
		next = toks[m.t1].low
	}
	prev := ""
	if m.r0 > 0 {
		prev = toks[m.r0-1].low
	}
	if (m.typ == eNone || m.typ == ePerson) && m.t1-m.t0 == 1 && m.t0 > 0 && ordinalBefore(toks[m.t0-1].low) {
		return true // "of the 27th Ward": the ordinal names the ward, no word to blank
	}
	if yearEras[next] && m.t1+2 < len(toks) && (toks[m.t1+1].low == "and" || toks[m.t1+1].low == "to") && toks[m.t1+2].num {
		return true // "between 1000 BC and 900 BC": one end of a range
	}
	if m.typ == eOrg && (m.sub == subOutlet || orgClass(m.text) == "media") && (prev == "told" || prev == "the" && m.r0 >= 2 && toks[m.r0-2].low == "told") {
		return true // "he told the BBC": whom the words were given to, no fact of the story
	}
	if (m.typ == ePlace || m.typ == eSite) && (prev == "in" || prev == "at") && m.r0 >= 3 && pressNouns[toks[m.r0-2].low] && (speechVerbs[toks[m.r0-3].low] || toks[m.r0-3].low == "a" || toks[m.r0-3].low == "the") {
		return true // "told reporters in Melbourne", "a news conference in Lima": where the words were given out, no fact of the story
	}
	if m.typ == eOrdinal && workParts[next] {
		return true // "The third act leans on a coincidence", "early in the second episode": where in the work, not a fact of it
	}
	if m.typ == eDate && clockUnits[next] {
		return true // "By 1150 GMT": a clock time, not a year
	}
	if (m.typ == eNumber || m.typ == eOrdinal) && (next == "past" || next == "to") && m.t1+1 < len(toks) && numberWordIndex(toks[m.t1+1].low) >= 1 && m.r0 > 0 && toks[m.r0-1].low == "at" ||
		m.typ == eNumber && (prev == "past" || prev == "to") && m.r0 >= 3 && numberWordIndex(toks[m.r0-2].low) >= 1 && toks[m.r0-3].low == "at" {
		return true // "At ten past eight": a clock time in words, either end
	}
	if m.typ == eNumber && hourAfter[prev] && m.value >= 1 && m.value <= 12 && partOfDayAfter(toks, m.t1) {
		return true // "At a little after eight on a grey Tuesday morning": the clock, setting a scene
	}
	if m.typ == eOrdinal && (next == "category" || next == "kind" || next == "sort" || next == "type") {
		return true // "belongs firmly to the second category": of the writer's own making
	}
	if m.typ == eNumber || m.typ == eOrdinal {
		if clockUnits[next] {
			return true // a clock time or a radio frequency
		}
		if strings.ContainsAny(m.text, ":/") || clockTime(s, m) || m.start > 0 && strings.ContainsRune("/:", rune(s.text[m.start-1])) || m.end < len(s.text) && strings.ContainsRune("/:", rune(s.text[m.end])) {
			return true
		}
		if strings.Count(s.text[:m.start], "(") > strings.Count(s.text[:m.start], ")") {
			return true // "(£12m)": a conversion or an aside
		}
		if prev == "remaining" && isShare(m) {
			return true // "own 54 percent, with Voa investors holding the remaining 46 percent": the rest, worked out from the first
		}
		if convertedAmount(toks, m) {
			return true // "9.8 billion won, roughly $7.2 million": the same sum again
		}
		if prev == "," && (next == "," || (next == "." || next == "") && m.typ == eNumber && m.value >= 10 && m.value < 110 && !strings.ContainsAny(m.text, ",.%")) && m.r0 >= 2 && (toks[m.r0-2].cap || strings.HasSuffix(toks[m.r0-2].text, ".") && m.r0 >= 3 && toks[m.r0-3].cap) || prev == "then" && next == "," && m.r0 >= 2 && toks[m.r0-2].text == "," {
			return true // "Jane Roe, 42, said", "said his friend Ray Coughlan, 80.", "Dennis Hollister, then 54, a retired teacher": an age
		}
		if m.t1 < len(toks) && toks[m.t1].cap && m.t1+1 < len(toks) && (placeWords[toks[m.t1+1].low] || streetAbbrevs[strings.TrimSuffix(toks[m.t1+1].low, ".")]) {
			return true // "12 Downing Street", "151 Yonge St.": a house number
		}
		if m.t1 < len(toks) && toks[m.t1].cap && streetWords[toks[m.t1].low] {
			return true // "8th Street East", "5th Avenue": a street's name
		}
		if prev == "aged" || prev == "age" || next == "years" && m.t1+1 < len(toks) && toks[m.t1+1].low == "old" {
			return true
		}
		if prev == "now" && m.r0 >= 2 && (toks[m.r0-2].low == "is" || toks[m.r0-2].low == "was" || toks[m.r0-2].text == ",") && (next == "," || next == "." || next == "") {
			return true // "a retired miner, who is now 89, paid…": an age
		}
		for k := m.r0 - 1; k >= 0 && k >= m.r0-6 && toks[k].word; k-- {
			if codeWords[toks[k].low] {
				return true // "Batch codes beginning 2209 through to 2401": labels, no amounts
			}
		}
		if (prev == "was" || prev == "is") && m.r0 == 2 && pronounsPerson[toks[0].low] && m.t1+1 == len(toks) {
			return true // "She was 84.": an age
		}
		if phoneNumber(s, m) || emergencyLine(s, m) {
			return true // "call police on 101", "answering 911 calls": a telephone number
		}
		if prev == "no." || prev == "no" || prev == "number" || prev == "top" && m.typ == eNumber {
			return true // "No. 1", "the top 10", "the number 4 shirt": a label
		}
		if m.t1 < len(toks) && strings.ContainsAny(toks[m.t1].text, "½¼¾⅓⅔") && toks[m.t1].start == toks[m.t1-1].end {
			return true // "a 6½-1½ lead": half a number, no figure to blank
		}
		if m.typ == eNumber && (m.value == 24 || m.value == 48 || m.value == 72) && (next == "hours" || next == "hrs") && reportWindow(toks, m.r0) {
			return true // "died in the 24 hours to Wednesday morning": the span a daily count covers
		}
		if m.typ == eNumber && prev == "the" && (next == "bus" || next == "route" || next == "tram" || next == "line") {
			return true // "letters about the 38 bus": a route's number
		}
		if m.typ == eNumber && m.r0 > 0 && toks[m.r0-1].cap && toks[m.r0-1].word && monthIndex(toks[m.r0-1].text) < 0 && !strings.ContainsAny(m.text, ",.%") && len(m.text) >= 3 &&
			(next == "," || next == "'s" || next == "") {
			return true // "Rescue 1122, the provincial emergency service": a name's number
		}
		if m.typ == eOrdinal && m.value == 2 && prev == "a" && !rankedAfterSecond[next] {
			return true // "a second chamber", "a second centre": another one, no rank
		}
		if m.typ == eNumber && nameHoldsFigure(s, m) {
			return true // "PM2.5: particles 2.5 micrometres across", "an N95 … filters 95%": the name gives the figure away
		}
		if m.typ == eNumber && prev == "for" && (m.value == 4 || m.value == 6) && (m.t1 >= len(toks) || !toks[m.t1].word || next == "and") && !(m.r0 >= 2 && toks[m.r0-2].num) {
			return true // "lofted the next ball over long-off for six": a boundary, no count (but "posted 193 for six" counts wickets)
		}
		if m.typ == eNumber && next == "holes" && (m.value == 9 || m.value == 18 || m.value == 27 || m.value == 36) {
			return true // "nine of the course's 18 holes": a course's size, whose wrong answers would be 22 or 25
		}
		if m.typ == eNumber && prev == "the" && next == "block" && m.t1+1 < len(toks) && toks[m.t1+1].low == "of" {
			return true // "in the 3400 block of Salem Avenue": an address
		}
		if m.r0 > 0 && toks[m.r0-1].text == "." && toks[m.r0-1].end == m.start {
			return true // "batting .347": a rate written from its point
		}
		if m.typ == eNumber && (namesCounted(s, m) || namesBefore(s, m)) {
			return true // "Two of Britain's chains, Halden and Corbel, …": the names count themselves
		}
		if m.typ == eNumber && m.text == numericPart(m.text) && labelBefore(toks, m.r0) {
			// "type 2 diabetes", "a category 5 storm", "Class 1, 2 or 3
			// e-bikes", "Grades 9 to 12": names, not counts.
			return true
		}
		// One end of a range ("from 18 to 24", "between £30 and £40"):
		// the other end limits the options in ways the blank cannot show.
		if (prev == "to" || prev == "and" || prev == "-") && rangeOfScaled(toks, m) {
			// "a range of 9.5% to 10.5%", "$18.1 billion to $18.4
			// billion"; not "rose 8% to 4.7bn" nor "will rise from 10%
			// to 18%", a change.
			return true
		}
		if (prev == "to" || prev == "and" || prev == "-") && m.r0 >= 2 && (toks[m.r0-2].num || numberWordIndex(toks[m.r0-2].low) >= 2 && !tallyBefore(toks, m.r0-2) || strings.ContainsAny(toks[m.r0-2].text, currencySigns) || yearEras[toks[m.r0-2].low] && m.r0 >= 3 && toks[m.r0-3].num) {
			return true // "from 1550 BC to 1070 BC", "between eight and 10 hours" too
		}
		if (next == "to" || next == "and" || next == "-") && m.t1+1 < len(toks) && (toks[m.t1+1].num || numberWordIndex(toks[m.t1+1].low) >= 2 && !tallyBefore(toks, m.t0) || strings.ContainsAny(toks[m.t1+1].text, currencySigns)) {
			return true
		}

		if m.typ == eNumber && m.sub == 0 && toks[m.t0].cap && !clauseStart(toks, m.t0) {
			return true // "Big Ten": a number word inside a name
		}
		if m.r0 > 0 && toks[m.r0-1].cap && toks[m.r0-1].word && !clauseStart(toks, m.r0-1) && monthIndex(toks[m.r0-1].text) < 0 {
			return true // "BBC Radio 4", "PlayStation 3": part of a name
		}
		if m.typ == eOrdinal && (next == "half" || next == "halves" || next == "reading" || m.value == 2 && next == "yellow" || m.value <= 2 && (next == "leg" || next == "singles" || m.t1 < len(toks) && isF1Team(toks[m.t1].text)) || next == "world" && m.t1+1 < len(toks) && toks[m.t1+1].low == "war") || m.typ == eNumber && m.value == 9 && (prev == "back" || prev == "front") {
			// Only a first and a second half, and world war; a tie's
			// first and second leg, a first and second singles, a team's
			// two cars ("the second McLaren"); a bill's
			// three readings are stages with names; a "second yellow" card
			// sends a player off; a golf course has a front and a back nine.
			return true
		}
		if next == "stars" || next == "star" || prev == "of" && m.r0 >= 2 && toks[m.r0-2].low == "out" {
			return true // "Four stars out of five": a reviewer's rating
		}
		if m.typ == eNumber && (prev == "'s" || prev == "a" && (m.text == "3" || m.text == "2")) && (next == "" || !toks[m.t1].word || stopwords[next]) {
			return true // "Whitfield's 3 from the left corner", "missed a 3 from the top of the key": a shot's name, not a count
		}
		if m.typ == eNumber && countedOnBy(toks, m) {
			return true // "two judges … and the third": the ordinal counts them
		}
		if m.typ == eNumber && m.sub == 0 && m.value <= 3 && prev == "the" {
			return true // "put the two women in touch": those told of before, not a count
		}
	}
	if m.typ == eOrdinal && next == "of" && m.t1+1 < len(toks) && (toks[m.t1+1].num || numberWordIndex(toks[m.t1+1].low) > 0) {
		return true // "the second of three children": the count bounds the options
	}
	if m.typ == eOrdinal && m.sub == 0 {
		if m.value == 1 {
			return true // "first" sits in fixed phrases: at first sight, first signed
		}
		if m.value == 2 && prev == "the" && pairAfterFirst(toks, m.r0, next) {
			return true // "saved the first with a winner and the second when…": the pair's other
		}
		if m.value == 2 && (next == "balls" || next == "ball" || next == "string" || next == "fiddle" || next == "nature" || next == "thoughts" || next == "guessing") {
			return true // "dominate the second balls", "second string", "second nature": fixed phrases
		}
		if !determiners[prev] {
			return true
		}
		if (prev == "a" || prev == "an") && (personNouns[next] || anotherNouns[next]) {
			return true // "A third person is missing": one more, not a rank
		}
		if (prev == "a" || prev == "an") && (next == "" || stopwords[next] || !toks[m.t1].word) {
			return true // "fell by a third during…", "a third of voters": a fraction
		}
		if next == "" || !toks[m.t1].word || isVerbish(next) {
			return true
		}
	}
	if m.typ == eOrdinal && strings.Contains(m.text, "-") {
		return true
	}
	if strings.Contains(m.text, "@") {
		return true
	}
	if m.typ == ePlace && m.r0 >= 2 && toks[m.r0-1].low == "of" && toks[m.r0-2].cap && compassPoints[toks[m.r0-2].low] {
		return true // "the East of England", "the North West of England": a region's name
	}
	if m.typ == ePlace && m.r0 >= 2 && toks[m.r0-1].text == "-" && toks[m.r0-2].cap {
		// "the journal The Lancet Regional Health - Europe": the end of a
		// title, not where anything happened.
		for k := max(0, m.r0-8); k < m.r0-2; k++ {
			if toks[k].low == "journal" || toks[k].low == "magazine" {
				return true
			}
		}
	}
	return false
}

// surnameParticles open a surname in lower case: "de Groot", "van
// Dijk", "von Trapp".
var surnameParticles = wordSet("de van von da del della di du der den ter ten le la dos das")

// goodBlank reports whether a cloze blank reads well: not half of a name
// ("Dr _____", "_____ Smith"), not a name used as a modifier ("the _____
// retailer"), not an answer the prompt still shows.
func goodBlank(s *sent, m *mention, blank, answer string) bool {
	toks := s.toks
	if m.r0 < m.t0 && m.typ == ePerson {
		return false // a title stays before the blank: "Prof _____"
	}
	if m.t0 > 0 && (toks[m.t0-1].cap && toks[m.t0-1].word && !clauseStart(toks, m.t0-1) || honorifics[toks[m.t0-1].low]) {
		return false
	}
	if m.t0 > 0 && surnameParticles[toks[m.t0-1].text] && toks[m.t0].cap {
		return false // ""It's a strange feeling," de _____ said": the particle is half of "de Groot"
	}
	if m.t1 < len(toks) && toks[m.t1].cap && toks[m.t1].word && m.typ != eOrdinal && m.typ != eDate && !(m.typ == eNumber && monthIndex(toks[m.t1].text) >= 0) {
		return false // "50 _____" of "50 Cent", "_____ Smith"
	}
	if placeInName(s, m) || nameRunsIntoNumber(s, m) {
		return false // "Airlines for _____", "Minister for _____", "_____ 12": half a name
	}
	if m.typ == ePlace && m.sub == 1 && cityOfCountryIn(s, answer) {
		return false // "A hospital in Cardiff… the first in _____": Wales, by the map
	}
	if m.typ == eNumber || m.typ == eDate || m.typ == eOrdinal {
		if m.r0 >= 2 && toks[m.r0-1].low == "of" && toks[m.r0-2].cap && !clauseStart(toks, m.r0-2) {
			return false // "Sound of _____": a number inside a name
		}
		if m.r0 > 0 && toks[m.r0-1].num || m.t1 < len(toks) && toks[m.t1].num {
			return false // "100 120": a range that lost its dash
		}
	}
	if (m.typ == ePerson || m.typ == eNone) && m.t1 < len(toks) && toks[m.t1].word && !toks[m.t1].cap && strings.HasSuffix(toks[m.t1].low, "s") && !isVerbish(toks[m.t1].low) && !stopwords[toks[m.t1].low] && m.t0 > 0 && (toks[m.t0-1].num || numberWordIndex(toks[m.t0-1].low) >= 2) {
		return false // "two Morishima penalties": a name counted as a modifier
	}
	if (m.typ == eOrg || m.typ == ePlace || m.typ == eSite || m.typ == ePerson) && m.t1 < len(toks) {
		n := toks[m.t1]
		if n.word && !n.cap && !n.num && !stopwords[n.low] && !isVerbish(n.low) && !speechVerbs[n.low] && !strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ly") {
			return false // "the High Street retailer": a name as a modifier
		}
	}
	rest := strings.Replace(blank, "_____", " ", 1)
	if f := strings.Fields(answer); containsFold(rest, answer) || m.typ == ePerson && len(f) > 1 && containsFold(rest, f[len(f)-1]) {
		return false // "Burger's award… coached _____": the surname gives it away
	}
	return true
}

// figureAt reports, at token k or after one word more, a noun that with
// "in" or "of" makes a figure of speech: "a study in nerves", "a lesson
// in patience", "a masterclass in control".
func figureAt(toks []tok, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if figureNouns[toks[j].low] && j+1 < len(toks) && (toks[j+1].low == "in" || toks[j+1].low == "of") {
			return true
		}
	}
	return false
}

// figureNouns open a figure of speech before "in" or "of".
var figureNouns = wordSet("study lesson masterclass clinic exercise triumph test tale picture portrait symphony")

// negationQuestion makes a true-or-false question from a sentence's main
// clause when the sentence has nothing else to ask: the statement as written
// (true) or with its main verb negated (false by the article): "The firm
// was fined" against "The firm was not fined", "Shares fell" against
// "Shares did not fall". Hedged, negative, conditional and quoted sentences
// are left alone, since their negation would not be clearly false.
func (an *analysis) negationQuestion(s *sent, pos float64) (cand, bool) {
	if strings.Contains(s.text, "\"") || utf8.RuneCountInString(s.text) > MaxPromptRunes-60 || len(s.toks) < 6 {
		return cand{}, false
	}
	if s.idx == 0 && an.headlineSumsUp(s) {
		return cand{}, false // the headline over the quiz says the lead's event happened
	}
	if an.review && !slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == eDate && m.sub != dWeekday }) {
		// "The result is a building game…", "The sauce is deep": a
		// critic's view, not to be denied; "The concert will be broadcast
		// on April 8" is a fact still.
		return cand{}, false
	}
	for k, t := range s.toks {
		if hedges[t.low] || impressionVerbs[t.low] && k+1 < len(s.toks) && (s.toks[k+1].low == "to" || s.toks[k+1].low == "that" || s.toks[k+1].low == "like") {
			return cand{}, false // "the public appears to be voting with its feet": an impression
		}
	}
	lead, ok := an.standaloneLead(s)
	// A he or she after a sure "He" at the start is the same person;
	// without one it may be anyone ("Blunkett said she resisted…"), and any
	// other word pointing outside the sentence rules it out too.
	if !ok || an.loosePrompt(s, 1, len(s.toks)) || lead.to == 0 && hasWord(s, personalPronouns) {
		return cand{}, false
	}
	for k, t := range s.toks {
		if t.low == "his" || t.low == "her" || t.low == "hers" {
			if !personAt(s, 0) && !anyPersonBefore(s, k) && lead.to == 0 {
				return cand{}, false // "insisted his concerns had been met": whose?
			}
		}
	}
	switch s.toks[0].low {
	case "this", "that", "these", "those", "there", "here", "as", "but", "and", "so", "what":
		return cand{}, false // and "Here is what has changed", "What changes is what happens next": no claim to deny
	case "he", "she":
		if lead.to == 0 {
			return cand{}, false
		}
	}
	// The subject is every word before the first verb: no comma, no verb,
	// no relative pronoun in it, at most ten words, starting with a capital
	// name or a determiner.
	from := 0
	if introWords[s.toks[0].low] {
		for k := 1; k < len(s.toks) && k < 12; k++ {
			if s.toks[k].text == "," {
				from = k + 1
				break
			}
		}
		if from == 0 {
			return cand{}, false
		}
	}
	v := -1
	for k := from; k < len(s.toks) && k < from+11; k++ {
		t := s.toks[k]
		if t.text == "," || t.text == "(" || t.low == "who" || t.low == "which" || t.low == "that" || t.low == "said" || t.low == "says" || t.low == "told" || t.low == "according" {
			return cand{}, false
		}
		if subordinateOpeners[t.low] {
			return cand{}, false // a subordinate clause comes first: its verb is not the claim
		}
		if (k > from+1 || nameEndsAt(s, k)) && presentVerb(s.toks, k) {
			v = k
			break
		}
		if k > from && (auxiliaries[t.low] || isPastVerb(s.toks, k)) {
			if !auxiliaries[t.low] && (npPreps[s.toks[k-1].low] || s.toks[k-1].low == "of") {
				continue // "A resale of returned tickets will…": an adjective; the verb comes later
			}
			if strings.Contains(t.text, "-") || s.toks[k-1].low == "and" || determiners[s.toks[k-1].low] && !auxiliaries[t.low] {
				// "mid-sized", "small and armed", "kill an estimated
				// 100,000": adjectives.
				return cand{}, false
			}
			v = k
			break
		}
	}
	if v < 0 || v-from > 10 || v+1 >= len(s.toks) {
		return cand{}, false
	}
	if !auxiliaries[s.toks[v].low] && isPastVerb(s.toks, v) && (phraseOpeners[s.toks[v+1].low] || s.toks[v+1].low == "by") && laterVerb(s.toks, v+2) {
		// "The crown found in the tomb closely matches that headdress":
		// the participle describes the subject; the claim's verb comes
		// later, and "did not find" would make no sense.
		return cand{}, false
	}
	if !auxiliaries[s.toks[v].low] && isPastVerb(s.toks, v) && (phraseOpeners[s.toks[v+1].low] || sinceWhenWords[s.toks[v+1].low]) && laterPastVerb(s.toks, v+2) {
		// "A facilities study commissioned last year from a Grand Rapids
		// firm recommended closing…": the participle again, before a
		// verb in the past; no "did not commission".
		return cand{}, false
	}
	first := s.toks[from]
	if inversionOpeners[first.low] {
		return cand{}, false // "Better still was a starter of cured salmon": the subject comes after the verb
	}
	if !(first.cap || determiners[first.low]) || first.num || strings.HasSuffix(first.low, "ing") && len(first.low) > 4 && !nameEndsAt(s, from) {
		// "Using DNA from droppings collected at…, the researchers…": a
		// participle opens the sentence, and its verb is no claim.
		return cand{}, false
	}
	for k := from; k < v; k++ {
		if s.toks[k].low == "thing" || s.toks[k].low == "things" {
			return cand{}, false // "The first thing visitors will see … is a canoe": the verb found is the relative's
		}
		if s.toks[k].num || numberWordIndex(s.toks[k].low) >= 0 || quantifiers[s.toks[k].low] {
			// "About 49 million Americans are not covered": a number of
			// people who are not is no negation of those who are.
			return cand{}, false
		}
	}
	// "The bill now does not go…" reads badly, and "did not win 17.4% and
	// 19 seats" denies a figure that a false figure tests better: such a
	// sentence is stated as it is, true.
	awkward := v > from && (s.toks[v-1].low == "now" || s.toks[v-1].low == "then") || soAfter(s.toks, v) ||
		s.toks[v+1].low == "now" || s.toks[v+1].low == "then" || s.toks[v+1].low == "later" || // "The council will not now seek…", "was not later found"
		(s.toks[v].low == "is" || s.toks[v].low == "was" || s.toks[v].low == "are" || s.toks[v].low == "were") && v+1 < len(s.toks) && s.toks[v+1].low == "to" // "A cheaper option is not to tape…", "Funeral arrangements are not to be announced"
	for k := v + 1; k < len(s.toks) && k <= v+5; k++ {
		awkward = awkward || s.toks[k].num // and "expects to save about £118,000"
	}
	for k := v + 1; k+1 < len(s.toks); k++ {
		if s.toks[k].text == "," && resultParticiples[s.toks[k+1].low] {
			// "A shower arrived midway through Q2, leaving teams
			// guessing": denied, the shower still leaves them guessing.
			return cand{}, false
		}
	}
	t := s.toks[v]
	var neg rep
	switch {
	case t.low == "is" || t.low == "was" || t.low == "were" || t.low == "are" || t.low == "will" || t.low == "can" ||
		(t.low == "has" || t.low == "have" || t.low == "had") && (isParticiple(s.toks[v+1]) || s.toks[v+1].low == "been"):
		if s.toks[v+1].low == "also" || s.toks[v+1].low == "already" || s.toks[v+1].low == "still" || speechVerbs[s.toks[v+1].low] {
			return cand{}, false // "has not said that hackers stole…": the claim is what was said
		}
		if copulas[t.low] && (s.toks[v+1].low == "a" || s.toks[v+1].low == "an") && figureAt(s.toks, v+2) {
			return cand{}, false // "The decisive third set was a study in nerves": a figure of speech, which "was not" makes nonsense
		}
		neg = rep{t.end, t.end, " not"}
		if t.low == "can" {
			neg = rep{t.start, t.end, "cannot"}
		}
	case auxiliaries[t.low]:
		return cand{}, false
	case presentVerb(s.toks, v):
		neg = rep{t.start, t.end, "does not " + lemmaPresent(t.low)}
	default:
		lemma := lemmaPast(t.low)
		if lemma == "" || t.low == "said" || s.toks[v+1].low == "to" && lemma == "use" || reducedRelative(s.toks, v) {
			return cand{}, false
		}
		neg = rep{t.start, t.end, "did not " + lemma}
	}
	for k := v + 1; k+1 < len(s.toks); k++ {
		j := k + 1
		if j+1 < len(s.toks) && strings.HasSuffix(s.toks[j].low, "ly") {
			j++ // "… and quickly became a fixture"
		}
		if s.toks[k].low == "and" && (isPastVerb(s.toks, j) || presentVerb(s.toks, j) || auxiliaries[s.toks[j].low] && !s.toks[j].cap) {
			// "did not teach … and founded …": half of it stays true.
			return cand{}, false
		}
		if (changeVerb(t.low) || s.toks[v+1].low == "up" || s.toks[v+1].low == "down") && s.toks[k].low == "by" && k <= v+4 {
			// "did not go up, by about 2p": it did, by some other amount?
			return cand{}, false
		}
	}
	plan, ok := an.statementPlan(s, from, v+1)
	if !ok || plan.from > s.toks[from].start && !(from == 0 && plan.from == lead.to) {
		return cand{}, false
	}
	truth := keyRank(s, &mention{start: len(s.text)})%2 == 0 || awkward
	stmt, ans := plan.render(s), 0
	if countWords(stmt) < 6 || countWords(stmt) < 8 && !namesSomething(s) && (!determiners[s.toks[from].low] || comparativeWord(s)) {
		// "A third person is missing.": too little to judge alone; nor
		// "Patients affected will be contacted directly.": which ones?
		// nor "The older fragments are more puzzling.": than what?
		return cand{}, false
	}
	if !truth {
		stmt, ans = plan.render(s, neg), 1
	}
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: t.text}
	return cand{q: Question{Kind: KindTrueFalse, Prompt: trueOrFalse(stmt), Options: []string{"True", "False"}, Answer: ans, Evidence: ev}, score: 0.7 * pos, sent: s.idx, fact: "n" + itoa(s.idx), answer: "neg" + itoa(s.idx)}, true
}

// comparativeWord reports "more", "less" or a word ending in -er before
// "than" is said: a comparison with something the sentence leaves out.
func comparativeWord(s *sent) bool {
	for _, t := range s.toks {
		if t.low == "than" {
			return false
		}
	}
	for _, t := range s.toks {
		if t.low == "more" || t.low == "less" || t.low == "older" || t.low == "younger" || t.low == "bigger" || t.low == "smaller" || t.low == "better" || t.low == "worse" {
			return true
		}
	}
	return false
}

// raisingWords before "to" make the date belong to what follows, as a
// when-question reads it: "is due to open in May", "is likely to rise".
var raisingWords = wordSet("due set likely unlikely going about able unable ready keen eager willing")

// nounSuffix reports a word that ends like an abstract noun: "extinction",
// "payment", "illness", "security".
func nounSuffix(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// rankedAfterSecond follow "a second" when it counts: "a second term", "a
// second straight win", "for a second time".
var rankedAfterSecond = wordSet("term terms time straight consecutive successive season year title round set half innings game match week day month wife husband")

// timeUnits are the units a relative time counts.
var timeUnits = wordSet("seconds minutes hours days weeks months years decades centuries")

// relativeTimeAfter reports a count of time units ending before token k
// that dates something from a moment: "six minutes before half-time",
// "five minutes later", "2 minutes, 41 seconds into overtime".
func relativeTimeAfter(toks []tok, k int) bool {
	if k+2 < len(toks) && toks[k].text == "," && toks[k+1].num && timeUnits[toks[k+2].low] {
		k += 3
	}
	return k < len(toks) && relativeTime[toks[k].low]
}

// relativeTime after a count of time units makes it a time from a moment,
// or a gap to another ("arrived 58 seconds down").
var relativeTime = wordSet("before after later earlier ago into since down behind clear ahead adrift")

// andCountAfter reports an "and" in tokens [k, end) followed at once by a
// second count: "and five sixes", "and a third on 62 minutes".
func andCountAfter(toks []tok, k, end int) bool {
	for j := k; j+1 < end && j+1 < len(toks); j++ {
		if toks[j].text == "," || toks[j].text == ";" {
			return false // "faced 49 balls, hitting…": the question ends at the comma
		}
		if toks[j].low != "and" {
			continue
		}
		n := toks[j+1]
		if n.num && !isYear(n) || numberWordIndex(n.low) > 0 || (n.low == "a" || n.low == "an") && j+2 < len(toks) && ordinalIndex(toks[j+2].low) > 0 {
			return true
		}
	}
	return false
}

// nameHoldsFigure reports a figure that a name of letters and digits in
// the same sentence holds: "PM2.5", "N95".
func nameHoldsFigure(s *sent, m *mention) bool {
	fig := numericPart(m.text)
	if fig == "" {
		return false
	}
	for k, t := range s.toks {
		if k >= m.t0 && k < m.t1 || !strings.Contains(t.text, fig) || strings.IndexFunc(t.text, unicode.IsLetter) < 0 {
			continue
		}
		// The figure must be the name's whole run of digits: "N95" holds
		// 95, "A330-900" holds no 90.
		runs := strings.FieldsFunc(t.text, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
		for _, r := range runs {
			if strings.Trim(r, ".") == fig {
				return true
			}
		}
	}
	return false
}

// otherOfTwo reports "the second kiln" after "one of the two kilns": the
// other one, no rank a wrong "fourth" could stand beside.
func (an *analysis) otherOfTwo(s *sent, m *mention) bool {
	if m.typ != eOrdinal || m.value != 2 || m.t0 == 0 || s.toks[m.t0-1].low != "the" || m.t1 >= len(s.toks) {
		return false
	}
	pair := "two " + s.toks[m.t1].low + "s"
	for si := max(0, s.idx-2); si <= s.idx; si++ {
		if strings.Contains(strings.ToLower(an.sents[si].text), pair) {
			return true
		}
	}
	return false
}

// lossVerbs tell of a defeat, after which "to" names the winner.
// homeBefore returns where "at his home" begins before the preposition at
// token k ("died at his home in Athgarvan"), for the question to leave
// out with the place: "Where did he die?", not "Where did he die at his
// home?". Otherwise it returns k.
func homeBefore(toks []tok, k int) int {
	if k >= 3 && homeNouns[toks[k-1].low] && ownerWords[toks[k-2].low] && toks[k-2].low != "the" && (toks[k-3].low == "at" || toks[k-3].low == "in") {
		return k - 3
	}
	return k
}

// homeNouns name where someone lives.
var homeNouns = wordSet("home house flat apartment farm")

// pressNouns are the audiences and occasions words are given out at.
var pressNouns = wordSet("reporters journalists conference briefing")

// personPronounAt reports "he" or "she" at token k.
func personPronounAt(toks []tok, k int) bool {
	return k >= 0 && k < len(toks) && (toks[k].low == "he" || toks[k].low == "she")
}

// lastVerbs say how long something went on, not what it was: "He lasted
// 18 months" holds no question of its own.
var lastVerbs = wordSet("lasted last lasts survived endured")

// ownedVerbs take "to" before the one who has or is owed a thing, or
// whom one loves, no place.
var ownedVerbs = wordSet(`belong belongs belonged belonging owe owes owed apologised apologized apologises apologizes
	attached devoted loyal dedicated committed`)

var lossVerbs = wordSet("lost lose loses losing slipped slumped succumbed surrendered conceded")

// placeNounsAfterTo follow "to" as places, not verbs: "went to court in
// May", "was taken to hospital on Monday".
var placeNounsAfterTo = wordSet("court hospital school prison jail work church bed sea power office market college university trial")

// theSubjectThenVerb reports a second clause from token k that opens with
// its own subject: "the auditorium now seats 212".
func theSubjectThenVerb(toks []tok, k int) bool {
	if k+2 >= len(toks) || !determiners[toks[k].low] || !toks[k+1].word || toks[k+1].cap {
		return false
	}
	v := k + 2
	adv := v < len(toks) && adverbs[toks[v].low]
	if adv {
		v++
	}
	if v >= len(toks) || v+1 < len(toks) && toks[v+1].low == "by" && isPastVerb(toks, v) && !adv {
		return false // "…, the final answer key and the marks secured by the last candidate": a list goes on
	}
	// After "now", a word in -s is a verb: "the auditorium now seats 212".
	return finiteVerb(toks, v) || presentVerb(toks, v) || adv && toks[v].word && !toks[v].cap && strings.HasSuffix(toks[v].low, "s") && !strings.HasSuffix(toks[v].low, "ss")
}

// soAfter reports ", so" after token v: "dismissed the claim, so
// ownership remains…" denied would contradict its own consequence.
func soAfter(toks []tok, v int) bool {
	for k := v + 1; k+1 < len(toks); k++ {
		if toks[k].text == "," && toks[k+1].low == "so" {
			return true
		}
	}
	return false
}

// nameEndsAt reports a name (not a pronoun) ending just before token k:
// "Acpo wants…" has a subject, where "Rates rise…" may be a noun.
func nameEndsAt(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.t1 == k && !m.pronoun && m.typ != eNumber && m.typ != eDate && m.typ != eOrdinal {
			return true
		}
	}
	return false
}

// quantifiers before a verb make a subject a count, not a thing.
var quantifiers = wordSet("about around nearly almost some several many most few all every each half more less")

// twoOptionPenalty is the score a person question loses when the article names too
// few people for three wrong options and it offers two: a three-option
// question of real people beats none, but a four-option one beats it.
func twoOptionPenalty(dis []string) float64 {
	if len(dis) < 3 {
		return 0.6
	}
	return 0
}

// takesThe reports a country name written with "the": the US, the UK.
func takesThe(name string) bool {
	switch strings.ToLower(name) {
	case "us", "uk", "usa", "netherlands", "philippines", "united states", "united kingdom", "uae", "czech republic", "gambia", "bahamas", "maldives", "vatican", "congo":
		return true
	}
	return false
}

// sentenceOwner returns whose thing an opening "His", "Her" or "Its"
// names, when that is sure: for "His" or "Her", the person a "He" or "She"
// would stand for (a sentence cannot open with the object "her"); for
// "Its", the one organisation, place or other named thing the sentence
// before names. It returns "" otherwise.
func (an *analysis) sentenceOwner(s *sent) string {
	if s.idx == 0 || len(s.toks) == 0 {
		return ""
	}
	k := afterConjunctions(s.toks)
	if k >= len(s.toks) {
		return ""
	}
	switch w := s.toks[k].low; w {
	case "his", "her":
		if e := an.sureReferent(s.idx, pronounGender(w)); e >= 0 {
			return an.ents[e].name
		}
	case "its":
		// The one organisation or place the sentence before names: "…
		// after the bank reported a loss. Its shares fell…". A name of no
		// known kind may be a person's.
		org := -1
		prev := an.sents[s.idx-1].toks
		// "The quake hit at dawn, according to the Survey. Its epicentre…":
		// a singular thing opening the sentence before may own it too.
		singular := len(prev) > 1 && (prev[0].low == "the" || prev[0].low == "a" || prev[0].low == "an") &&
			!prev[1].cap && !strings.HasSuffix(prev[1].low, "s") && nounClass(prev[1].low) != 1
		for _, m := range an.sents[s.idx-1].ments {
			if m.typ == eNone && !m.pronoun && !m.modifier && unicode.IsUpper(rune(m.text[0])) && !(m.t0 == 0 && an.lowerSet[strings.ToLower(m.text)]) {
				// "Arianespace, which runs launches for the European Space
				// Agency, said…": a name of no known kind may be the owner.
				return ""
			}
			if m.typ != eOrg && m.typ != ePlace && m.typ != eSite || m.ent < 0 || m.modifier || citedSource(prev, m.t0) {
				continue
			}
			if singular && m.t0 > 1 {
				return ""
			}
			if org >= 0 && m.ent != org {
				return "" // two organisations: which one?
			}
			org = m.ent
		}
		if org >= 0 {
			return an.ents[org].written()
		}
	}
	return ""
}

// citedSource reports whether the name at toks[i] is cited as a source
// ("according to the Survey"), which is not what the sentence is about.
func citedSource(toks []tok, i int) bool {
	if i > 0 && toks[i-1].low == "the" {
		i--
	}
	return i >= 2 && toks[i-2].low == "according" && toks[i-1].low == "to"
}

// sureReferent returns the person a pronoun of gender g (0 when it shows
// none) in sentence si surely stands for, or -1: the one person of that
// gender the sentence before names, or, when it names nobody, the story's
// main person.
func (an *analysis) sureReferent(si int, g byte) int {
	if si == 0 {
		return -1
	}
	people := map[int]bool{}
	subject := false // the one person is the subject of the sentence before
	prev := &an.sents[si-1]
	if an.afterHorse(si) {
		return -1 // "Ballyvale Storm, ridden by Cathal Brennan, ran on. His trainer…": the horse's, no rider's
	}
	q := prev.depths()
	for _, m := range prev.ments {
		if an.review && bracketedActor(prev.toks, m) {
			return -1 // "Her son, Dong-hoon (Lee Jae-won), … His daughter": the part's, not the actor's
		}
		if m.typ == ePerson && m.ent >= 0 && an.genderFits(m.ent, g) && q[m.t0] != 0 {
			// '"Ingrid was simply better today. She deserves it." Her
			// second place means Krantz…': one named in someone's words
			// may not be the one the writer goes on about.
			return -1
		}
		if m.typ == ePerson && m.ent >= 0 && an.genderFits(m.ent, g) && (!m.pronoun || an.surePronoun(si-1, m.ent)) && !an.animalsOf()[m.ent] {
			people[m.ent] = true // a sure "He" continues a chain
			subject = subject || !finiteVerbIn(prev.toks, 0, m.t0)
		}
	}
	if len(people) == 1 && (an.otherPronounIn(prev, people, g) || unnamedPersonAfter(prev, people)) {
		// "His serve was the fastest, and he hit 52 winners to Requena's
		// 44. But he made 49 errors": the sentence before already speaks
		// of a man it does not name, and he may be the one meant.
		return -1
	}
	if len(people) == 1 && !subject {
		// "Its title track was recorded by artists including Joan Baez.
		// She went on to release 14 albums": a person named after the
		// verb, while the story is about another who fits, is no sure "she".
		for e := range people {
			if ids := an.byProminence(ePerson); len(ids) > 0 && ids[0] != e && an.ents[ids[0]].count >= 3 && an.genderFits(ids[0], g) {
				return -1
			}
		}
	}
	sex := func(id int) byte { // (no memo: linking may still be under way)
		if v := an.gender(id); v != 0 {
			return v
		}
		return nameFirstGender(an.ents[id].name)
	}
	if x := an.obituarySubject(); len(people) == 1 && x >= 0 && g != 0 && sex(x) == g {
		for e := range people {
			if e != x && sex(e) == 0 {
				// "Ferrari died in 2004, and his long illness…. Her final
				// novel…": in the obituary of a woman, her "Her" when the
				// one person named before may be of either sex.
				return x
			}
		}
	}
	if len(people) == 1 && an.castIn(si-1, people) {
		// "Ines Laurent plays Anne-Marie Quéré, a salt worker. Her
		// husband…": the part's or the actress's, who can tell?
		return -1
	}
	switch len(people) {
	case 0:
		// The sentence before names nobody: the story's main person, when
		// one person clearly leads the article and the pronoun fits them;
		// but not when it goes on about someone by a pronoun of its own
		// ("Drawn in lane five, he went out hard. By the final bend he
		// had…": whoever that "he" was), unless the story mourns them.
		if mc := an.mainCharacter(); mc >= 0 && an.genderFits(mc, g) && (mc == an.obituarySubject() || !an.pronounChainIn(prev, g, mc)) {
			return mc
		}
		return -1
	case 1:
		for e := range people {
			return e
		}
	}
	return -1
}

// pronounChainIn reports an unquoted "he" or "she" of gender g in
// sentence s that the linking did not give to person e.
func (an *analysis) pronounChainIn(s *sent, g byte, e int) bool {
	q := s.depths()
	for k, t := range s.toks {
		if q[k] != 0 || t.low != "he" && t.low != "she" || g != 0 && pronounGender(t.low) != g {
			continue
		}
		if !slices.ContainsFunc(s.ments, func(m mention) bool { return m.pronoun && m.t0 == k && m.ent == e }) {
			return true
		}
	}
	return false
}

// unnamedPersonAfter reports someone sentence s brings in without a name
// after its last mention of people: "Director Kang Min-seo does not waste
// time. Within minutes … a tired detective has been told to leave it
// alone." A "She" next may be the detective.
func unnamedPersonAfter(s *sent, people map[int]bool) bool {
	last := -1
	for _, m := range s.ments {
		if m.ent >= 0 && people[m.ent] {
			last = max(last, m.t1)
		}
	}
	q := s.depths()
	for k := last + 1; k < len(s.toks); k++ {
		w := s.toks[k].low
		if k > 0 && q[k] == 0 && s.toks[k].cap && nationNoun(w) && s.toks[k-1].low == "the" && (k+1 == len(s.toks) || !s.toks[k+1].word || stopwords[s.toks[k+1].low]) {
			return true // "…a left hook to the body that folded the Mexican over": the Mexican, perhaps (not "the Senegalese griot singer")
		}
		if q[k] != 0 || s.toks[k].cap || !personNouns[w] && !headTitles[w] {
			continue
		}
		for j := k - 1; j > last && j >= k-3 && s.toks[j].word; j-- {
			if s.toks[j].low == "a" || s.toks[j].low == "an" {
				// But "She became a minister", "worked as a nurse",
				// "Margaret Hehir, 84, a retired teacher": what the one
				// named is, no one new.
				return j == 0 || !linkingVerbs[s.toks[j-1].low] && !describedAs[s.toks[j-1].low] && !appositiveAfter(s.toks, last, j)
			}
		}
	}
	return false
}

// appositiveAfter reports tokens [from, j) that only set off what follows
// as an aside on the name before them: ", " or ", 84, ".
func appositiveAfter(toks []tok, from, j int) bool {
	if from < 0 || from >= j || toks[from].text != "," {
		return false
	}
	for k := from; k < j; k++ {
		if toks[k].text != "," && !toks[k].num {
			return false
		}
	}
	return true
}

// describedAs before "a" make what follows the subject's trade or post:
// "worked as a nurse", "was named a director".
var describedAs = wordSet("as become becomes became named appointed elected made remain be being been")

// otherPronounIn reports a "he" or "she" of gender g in sentence s,
// outside quotations, before any mention of people: one that the sentence
// has not yet named ("…and he hit 52 winners to Requena's 44"). A "he"
// after the name ("Mr Okafor said he had…") is that person's.
func (an *analysis) otherPronounIn(s *sent, people map[int]bool, g byte) bool {
	first := len(s.toks)
	for _, m := range s.ments {
		if m.ent >= 0 && people[m.ent] {
			first = min(first, m.t0)
		}
	}
	q := s.depths()
	for k := 0; k < first; k++ {
		t := s.toks[k]
		if q[k] == 0 && (t.low == "he" || t.low == "she") && pronounGender(t.low) == g {
			return true // a possessive ("her early success") is never linked, so only "he" and "she" count
		}
	}
	// "Jimmy Corcoran, who played alongside him in the 1967 final, said":
	// the man "him" stands for is another, and may be the one meant next.
	for k := first; k < len(s.toks); k++ {
		if t := s.toks[k]; q[k] != 0 || g != male || t.low != "him" {
			continue
		}
		for x := k - 1; x > first && s.toks[x].text != "," && !speechVerbs[s.toks[x].low]; x-- {
			if s.toks[x].low == "who" {
				return true
			}
		}
	}
	return false
}

// namedAgainIn reports a mention of entity ent among tokens [a, b): "…
// was 31 seconds adrift of the Colombian" names Restrepo again.
func (an *analysis) namedAgainIn(s *sent, ent, a, b int) bool {
	for _, o := range s.ments {
		if o.ent == ent && o.t0 >= a && o.t1 <= b {
			return true
		}
	}
	for x := a; x+1 < b; x++ {
		if ci, ok := countryByAdj[s.toks[x+1].low]; ok && s.toks[x].low == "the" && ent >= 0 && an.countryOf(ent) == ci {
			return true // "the Colombian": the one from his country
		}
	}
	return false
}

// countryOf returns the country a person is from, by a role ("the Irish
// senator") or a name before theirs ("Colombia's Julián Restrepo",
// "Colombian Julián Restrepo"), or -1.
func (an *analysis) countryOf(ent int) int {
	if c := an.ents[ent].country; c >= 0 {
		return c
	}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent != ent || m.r0 == 0 {
				continue
			}
			if p := s.toks[m.r0-1]; p.low == "'s" && m.r0 >= 2 {
				if ci, ok := countryByName[s.toks[m.r0-2].low]; ok {
					return ci
				}
			} else if ci, ok := countryByAdj[p.low]; ok {
				return ci
			}
		}
	}
	return -1
}

// gappedCountAfter reports a second clause after token k that leaves its
// verb out and gives only a count: "won nine seats and the Conservatives
// seven".
func gappedCountAfter(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].low != "and" {
		return false
	}
	for x := k + 1; x < len(toks) && x <= k+5; x++ {
		if toks[x].num || numberWordIndex(toks[x].low) > 0 {
			return x > k+1
		}
		if !toks[x].word || finiteVerb(toks, x) || presentVerb(toks, x) {
			return false
		}
	}
	return false
}

// relativeWithoutVerb reports a relative clause cut before its verb at
// the end of the tokens: "ruled out governing with EKRE, whose leader,
// Henrik Pärn".
func relativeWithoutVerb(toks []tok) bool {
	for k := len(toks) - 1; k > 0; k-- {
		switch toks[k].low {
		case "that", "whose", "which", "who":
			if k == len(toks)-1 {
				return true // "Who was a small, brisk figure with a voice that?"
			}
			if toks[k].low == "that" {
				continue
			}
			return toks[k-1].text == "," && !verbFrom(toks, k+1)
		}
	}
	return false
}

// verbFrom reports a finite or present verb among toks from k on.
func verbFrom(toks []tok, k int) bool {
	for x := k; x < len(toks); x++ {
		if finiteVerb(toks, x) || presentVerb(toks, x) {
			return true
		}
	}
	return false
}

// lastThat returns the index of the last "that" among toks, or 0.
func lastThat(toks []tok) int {
	for k := len(toks) - 1; k > 0; k-- {
		if toks[k].low == "that" {
			return k
		}
	}
	return 0
}

// finiteVerbIn reports a verb among tokens [a, b).
func finiteVerbIn(toks []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if finiteVerb(toks, k) {
			return true
		}
	}
	return false
}

// surePronoun reports whether a sentence-initial "He" or "She" linked to
// entity ent is sure enough to print the name in its place: the sentence
// before names exactly one person, and it is that one, or the pronoun's
// passive verb is what the sentence before did to that person.
func (an *analysis) surePronoun(si, ent int) bool {
	if si == 0 {
		return false
	}
	// The pronoun's gender rules out people of the other: "Mr Roe met Mrs
	// Poe. She said…" is sure.
	var g byte
	if cur := &an.sents[si]; len(cur.toks) > 0 {
		g = pronounGender(cur.toks[0].low)
	}
	if ent >= 0 && (an.sureReferent(si, g) == ent || an.onlyOfGender(si, g, -1) == ent) {
		// The one person of that gender named so far, named lately: a
		// profile's "She studied chemistry…" after a sentence about her
		// firm.
		return true
	}
	if cur := &an.sents[si]; ent >= 0 && len(cur.toks) > 0 && cur.toks[0].low == "born" && ent == an.obituarySubject() {
		// "Born on August 22, 1950, in Governador Valadares, he was the
		// fourth of seven children": an obituary's birth line is the
		// mourned's, whoever the sentence before names.
		return true
	}
	// "Trump fired James Comey. He was fired after…": a passive pronoun
	// subject whose verb the sentence before used on that person.
	cur := &an.sents[si]
	if len(cur.toks) > 2 && (cur.toks[1].low == "was" || cur.toks[1].low == "were") && isParticiple(cur.toks[2]) {
		prev := &an.sents[si-1]
		for k, t := range prev.toks {
			if t.low != cur.toks[2].low {
				continue
			}
			for _, m := range prev.ments {
				if m.ent == ent && m.r0 > k && m.r0 <= k+4 {
					return true
				}
			}
		}
	}
	return false
}

// onlyOfGender returns the person a "he" or "she" inside sentence si
// stands for when the article so far names just one person known to be
// of that gender, one of the two sentences before names them, and the
// sentence and the one before name nobody whose gender is unknown
// (but except, the subject an object pronoun cannot stand for);
// otherwise -1.
func (an *analysis) onlyOfGender(si int, g byte, except int) int {
	return an.onlyOfGenderBefore(si, len(an.sents[si].toks), g, except)
}

// onlyOfGenderBefore is onlyOfGender for a pronoun at token k of sentence
// si: a name after the pronoun ("she joined an expedition to the Ross Ice
// Shelf") is none it can stand for.
func (an *analysis) onlyOfGenderBefore(si, k int, g byte, except int) int {
	if g == 0 {
		return -1
	}
	one := an.onlyPersonOfGender(si, g)
	// Named lately, and no one else who may be that person: a name of
	// no known kind may be a person's ("Madonna", "Kit Moran").
	recent := false
	for j := max(si-2, 0); j <= si && one >= 0; j++ {
		for _, m := range an.sents[j].ments {
			if m.ent == one && j < si {
				recent = true
			}
			if an.racing && j >= si-1 && !(j == si && m.t0 >= k) && an.horseAt(m) {
				return -1 // "Copper Lantern had won five of his races… Bookmakers reported that he…": a horse, no rider
			}
			if j >= si-1 && !(j == si && m.t0 >= k) && !m.pronoun && !m.modifier && (m.ent < 0 || m.ent != except) && (m.typ == eNone && isFirstName(strings.ToLower(strings.Fields(m.text)[0])) || m.typ == ePerson && (m.ent < 0 || an.gender(m.ent) == 0)) {
				return -1
			}
		}
	}
	if !recent && (one < 0 || one != an.mainCharacter()) {
		// A pronoun far from the name still stands for the person a
		// profile or an obituary is about.
		return -1
	}
	return one
}

// onlyPersonOfGender returns the one person of gender g the article has
// named by sentence si, or -1 when there are none or several.
func (an *analysis) onlyPersonOfGender(si int, g byte) int {
	one := -1
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || e.alias >= 0 || e.first > si || an.gender(id) != g {
			continue
		}
		if one >= 0 {
			return -1
		}
		one = id
	}
	return one
}

// mainCharacter returns the person the article mentions most, when that
// person is named at least three times, more often than anyone else, and
// is the subject of the lead; otherwise -1.
func (an *analysis) mainCharacter() int {
	ids := an.byProminence(ePerson)
	if len(ids) == 0 || an.ents[ids[0]].count < 3 || len(ids) > 1 && an.ents[ids[1]].count >= an.ents[ids[0]].count {
		return -1
	}
	if an.obituarySubject() == ids[0] {
		return ids[0] // "When Vinayak Deshpande walked out to bat…, India were 38 for four": the one mourned, whatever the lead's clause
	}
	// The lead's subject, too: a single-word name the engine does not
	// know as a person ("Prince") may lead the story instead.
	if len(an.sents) == 0 {
		return -1
	}
	lead := &an.sents[0]
	if len(lead.cls) > 0 && lead.cls[0].ok {
		if c := lead.cls[0]; c.subjMent < 0 || lead.ments[c.subjMent].ent != ids[0] {
			return -1
		}
		return ids[0]
	}
	// A lead the clause parser does not read ("Dame Ann Lee, the
	// glaciologist whose surveys…, has died", "When Dr Ann Lee was nine,
	// she took apart…"): the first person it names, near its opening,
	// when the article names that person at least twice as often as
	// anyone.
	first := slices.IndexFunc(lead.ments, func(m mention) bool { return m.typ == ePerson && !m.pronoun })
	if first < 0 || lead.ments[first].ent != ids[0] || lead.ments[first].t0 > 3 || len(ids) > 1 && an.ents[ids[1]].count*2 > an.ents[ids[0]].count {
		return -1
	}
	return ids[0]
}

// anyPersonBefore reports whether a person is named before token k.
func anyPersonBefore(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.typ == ePerson && m.t1 <= k && !m.pronoun {
			return true
		}
	}
	return false
}

// vagueRoles are one-word roles too general to identify a person by: in a
// story of film awards, every winner is an actor, named so or not.
// titlesBefore returns the offices that abbreviated titles before a
// person's name give them, written out: "Cllr Anita Shah" a councillor.
func (an *analysis) titlesBefore(id int) map[string]bool {
	held := map[string]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent != id {
				continue
			}
			for k := m.t0 - 1; k >= 0 && k >= m.t0-3 && s.toks[k].cap; k-- {
				if full, ok := titleAbbrevs[s.toks[k].low]; ok {
					held[full[strings.LastIndexByte(full, ' ')+1:]] = true
				}
			}
		}
	}
	return held
}

// makerRoles are the people who make a work; in a review each is one
// person, so "the director" says who is meant.
var makerRoles = wordSet(`director writer author composer playwright screenwriter choreographer designer lyricist
	dramatist novelist producer showrunner creator conductor cinematographer`)

var vagueRoles = wordSet(`chief head boss official leader executive officer director manager chair player star agent host
	owner deputy actor actress singer musician writer author artist representative senator rep. sen. member
	professor prof doctor king queen prince princess duke duchess emperor empress pope sultan`)

// bareSeats are roles held by hundreds at once: no answer to "Who is…?".
var bareSeats = wordSet("representative senator rep. sen. member mp councillor deputy")

// presentVerb guesses whether token k, after a subject, is a verb in the
// present tense, third person singular: "The trend shows that…". It must
// end in -s, and be followed by what starts an object or a complement.
func presentVerb(toks []tok, k int) bool {
	return presentShape(toks, k) && objectOpeners[toks[k+1].low]
}

// presentShape reports a word at token k that may be a present verb after
// its subject, by its ending and the words around it; presentVerb also
// wants a word after it that opens an object.
func presentShape(toks []tok, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false // a verb follows its subject and takes something after it
	}
	t := toks[k]
	if !t.word || t.cap || t.num || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") {
		return false
	}
	if strings.HasSuffix(t.low, "ss") || strings.HasSuffix(t.low, "us") || strings.HasSuffix(t.low, "is") || strings.HasSuffix(t.low, "ics") || auxiliaries[t.low] || stopwords[t.low] {
		return false
	}
	prev := toks[k-1]
	if !prev.word || strings.HasSuffix(prev.low, "s") && !strings.HasSuffix(prev.low, "ss") || determiners[prev.low] || prev.low == "of" {
		return false // "the games…": a plural noun, not a verb
	}
	if k >= 2 && (auxiliaries[toks[k-2].low] || toks[k-2].low == "to") && !auxiliaries[prev.low] {
		return false // "would require lawmakers to…": the object of a verb after "would"
	}
	if k >= 3 && determiners[toks[k-2].low] && (npPreps[toks[k-3].low] || toks[k-3].low == "of") {
		return false // "traffic on the main roads out of…": a noun after "on the main"
	}
	return true
}

// presentVerbBefore reports a present verb at token k as presentVerb does,
// or one before a quantifier: "The recall covers almost every Tesla".
func presentVerbBefore(toks []tok, k int) bool {
	return presentShape(toks, k) && (objectOpeners[toks[k+1].low] || quantifiers[toks[k+1].low] || toks[k+1].low == "every")
}

// changeVerb reports a verb of rising or falling in any form: a figure
// after it is by how much something changed.
func changeVerb(w string) bool {
	if changeVerbs[w] {
		return true
	}
	if b := lemmaPast(w); b != "" {
		return changeVerbs[b]
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		st := w[:len(w)-3]
		return changeVerbs[st] || changeVerbs[st+"e"] || len(st) > 2 && st[len(st)-1] == st[len(st)-2] && changeVerbs[st[:len(st)-1]]
	}
	return strings.HasSuffix(w, "s") && changeVerbs[lemmaPresent(w)]
}

// changeVerbs are verbs of rising and falling, with their irregular forms.
var changeVerbs = wordSet(`rise rose risen fall fell fallen grow grew grown drop increase decrease decline jump
	climb slump slip slide slid leap leapt surge soar plunge plummet tumble gain shrink shrank shrunk cut raise lift
	lower reduce boost edge dip sink sank sunk spike swell expand contract rally recover sag ease slow widen narrow`)

// lemmaPresent returns the base form of a third-person present verb.
func lemmaPresent(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// reason is a cause clause of a sentence: "because talks failed".
type reason struct {
	sent    int
	t0, t1  int    // token span, from "because" to the clause's end
	text    string // as an option shows it: "Because talks failed"
	purpose bool   // "in order to …", "so that …" rather than a cause
}

// reasons finds the cause and purpose phrases of the article short enough
// to be options: "because …", "because of …", "due to …", "as a result of
// …" (causes, shown as "Because …" or "Because of …") and "in order to …",
// "so that …" (purposes, shown as "To …" or "So that …").
func (an *analysis) reasons() []reason {
	var out []reason
	for si := range an.sents {
		s := &an.sents[si]
		quote := false
		for k := 0; k < len(s.toks); k++ {
			t := s.toks[k]
			if t.text == "\"" {
				quote = !quote
			}
			if quote || k < 3 {
				continue
			}
			// from is the first word of the reason itself; lead is how
			// an option opens.
			from, lead, purpose := -1, "", false
			next := func(i int) string {
				if i < len(s.toks) {
					return s.toks[i].low
				}
				return ""
			}
			switch {
			case t.low == "because" && next(k+1) == "of":
				from, lead = k+2, "Because of "
			case t.low == "because":
				from, lead = k+1, "Because "
			case t.low == "due" && next(k+1) == "to" && s.toks[k-1].text != "," && !auxiliaries[s.toks[k-1].low]:
				from, lead = k+2, "Because of "
			case t.low == "as" && next(k+1) == "a" && next(k+2) == "result" && next(k+3) == "of":
				from, lead = k+4, "Because of "
			case t.low == "in" && next(k+1) == "order" && next(k+2) == "to":
				from, lead, purpose = k+3, "To ", true
			case t.low == "so" && next(k+1) == "that":
				from, lead, purpose = k+2, "So that ", true
			default:
				continue
			}
			end := from
			for end < len(s.toks) && s.toks[end].text != "," && s.toks[end].text != ";" && s.toks[end].text != "." && s.toks[end].text != "\"" && s.toks[end].text != "-" {
				end++
			}
			if end+1 < len(s.toks) && s.toks[end].text == "," && s.toks[end+1].word && !s.toks[end+1].cap && !tailOpeners[s.toks[end+1].low] {
				continue // "because of the vast, unexplained…": the phrase goes on
			}
			n := end - from
			if n < 2 || n > 14 || lead == "Because " && n < 3 || an.loosePrompt(s, from, end) || an.loosePronoun(s, from, end, false, nil) {
				continue
			}
			out = append(out, reason{sent: si, t0: k, t1: end, text: lead + span(s, from, end), purpose: purpose})
		}
	}
	return out
}

func contains2(xs []string, x string) bool {
	for _, y := range xs {
		if strings.EqualFold(y, x) {
			return true
		}
	}
	return false
}

// whyQuestions asks "Why did S verb …?" about a main clause followed by a
// cause clause, with the article's other cause clauses as wrong options:
// questions that are not about a name or a number.
func (an *analysis) whyQuestions() []cand {
	rs := an.reasons()
	if len(rs) < 3 {
		return nil
	}
	var out []cand
	for _, r := range rs {
		s := &an.sents[r.sent]
		if len(s.cls) == 0 || !s.cls[0].ok || s.cls[0].verb >= r.t0 {
			continue
		}
		c := s.cls[0]
		if c.end > r.t0 {
			c.end = r.t0
		}
		if c.textEnd > r.t0 {
			c.textEnd = r.t0
		}
		if an.loosePrompt(s, c.subj0, c.textEnd) || an.loosePronoun(s, c.verb, c.textEnd, false, nil) {
			continue
		}
		p := an.verbGroupQuestion(s, c, "Why", r.t0, r.t1)
		if p == "" || strings.Contains(p, "_____") {
			continue
		}
		// Reasons of the same kind and form first ("Because of …" with
		// "Because of …"), then of the same kind.
		var dis []string
		for pass := 0; pass < 2; pass++ {
			for _, o := range rs {
				sameForm := strings.HasPrefix(o.text, "Because of ") == strings.HasPrefix(r.text, "Because of ")
				if o.sent == r.sent || o.purpose != r.purpose || strings.EqualFold(o.text, r.text) || len(dis) >= 3 || (pass == 0) != sameForm || contains2(dis, o.text) {
					continue
				}
				dis = append(dis, o.text)
			}
		}
		if len(dis) < 2 {
			continue
		}
		pos := 1.0 - 0.3*float64(s.idx)/float64(len(an.sents)+1)
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: span(s, r.t0, r.t1)}
		out = append(out, cand{q: Question{Kind: KindWhat, Prompt: p, Options: opts(r.text, dis), Evidence: ev}, score: 2.4*pos - twoOptionPenalty(dis), sent: s.idx, fact: "why" + itoa(s.idx), answer: r.text})
	}
	return out
}

// clockTime reports a number written like a time of day, "12.30" or
// "9.15", in a sentence that speaks of a time ("at 12.30", "on a Saturday
// morning").
func clockTime(s *sent, m *mention) bool {
	toks := s.toks
	if m.value <= 12 && m.t1+2 < len(toks) && toks[m.t1].low == "in" && toks[m.t1+1].low == "the" && dayParts[toks[m.t1+2].low] {
		return true // "six in the morning"
	}
	if m.r0 >= 2 && (toks[m.r0-1].low == "past" || toks[m.r0-1].low == "to") && (toks[m.r0-2].low == "quarter" || toks[m.r0-2].low == "half") {
		return true // "half past six", "quarter to nine"; not "the past 10 years"
	}
	num := numericPart(m.text)
	dot := strings.IndexByte(num, '.')
	if dot < 0 || len(num)-dot-1 != 2 || m.value >= 24 || m.value-float64(int(m.value)) >= 0.6 {
		return false
	}
	low := strings.ToLower(s.text)
	for _, w := range []string{"morning", "evening", "night", "afternoon", "midnight", "noon", "kick-off", " am", " pm", "o'clock", "gmt", "bst"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return m.r0 > 0 && (s.toks[m.r0-1].low == "at" || s.toks[m.r0-1].low == "until" || s.toks[m.r0-1].low == "by")
}

// dayParts are the parts of a day a clock time may be "in".
var dayParts = wordSet("morning afternoon evening")

// objectOpeners, after a word in -s, show that the word is a verb: "shows that". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var objectOpeners = wordSet("that the a an its his her their to more less up out how what about very all every each both")

// hedges make a sentence too weak, too narrow or too mixed to negate:
// "may", "only", "some", "but" ("noted the flaw but failed to act");
// "were not mostly mild" is no clear falsehood.
var hedges = wordSet("but not no never n't nor nothing none if unless may might could would should whether ? neither without cannot hardly only either some many most few than mostly mainly largely partly usually often generally sometimes apparently perhaps arguably rarely seldom scarcely barely always")

// describedAfter reports a statement whose verb after the name is one
// of being, having or seeming: "Drummond has a voice…", "Reilly is
// superb".
func describedAfter(toks []tok, name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].text == last {
			return describingVerbs[toks[k+1].low]
		}
	}
	return false
}

// describingVerbs tell what someone is like, not what they did.
var describingVerbs = wordSet("is was has had feels felt seems seemed looks looked sounds sounded remains remained")

// convertedAmount reports a sum in dollars or pounds set after a sum in
// another currency, which it converts: "9.8 billion won, roughly $7.2
// million", "40 million lei, or about €8 million".
//
// A figure after ", or about" restates the one before it in another
// measure ("48,600 cedis per ton, or about 3,040 cedis for a bag", "12
// miles, or roughly 19 kilometres"), whatever its unit.
func convertedAmount(toks []tok, m *mention) bool {
	k := m.r0 - 1
	for k > 0 && (toks[k].low == "roughly" || toks[k].low == "about" || toks[k].low == "around" || toks[k].low == "approximately" || toks[k].low == "some" || toks[k].low == "or" || toks[k].low == "nearly") {
		k--
	}
	if k == m.r0-1 || k < 1 || toks[k].text != "," {
		return false
	}
	if toks[k+1].low == "or" && k+2 < m.r0 {
		return true
	}
	if !strings.ContainsAny(m.text, currencySigns) {
		return false
	}
	w := toks[k-1].low
	return currencyNames[w] || currencyNames[strings.TrimSuffix(w, "s")]
}

// currencyNames are currencies written after their sum: "9.8 billion
// won", "19.6 billion reais".
var currencyNames = wordSet(`won yen yuan renminbi rupee rupiah real reais peso lira lire lei leu rand naira shilling cedi kwacha birr
	dong baht ringgit riyal rial dirham dinar krona krone kronor kroner zloty forint koruna hryvnia rouble ruble taka
	euro pound dollar franc lev tenge som sol soles quetzal colon guarani`)

// streetAbbrevs shorten the word that ends a street's name: "Yonge St.".
var streetAbbrevs = wordSet("st rd ave blvd pl ln hwy")

// codeWords before a number make it a label: "batch codes beginning 2209",
// "serial number 4471".
var codeWords = wordSet("code codes batch serial postcode zip")

// impressionVerbs before "to", "that" or "like" give an impression, not a
// fact: "appears to be", "seems that", "looks like".
var impressionVerbs = wordSet("appear appears appeared seem seems seemed look looks looked")

// clockUnits after a number make it a clock time or a radio frequency.
var clockUnits = wordSet("a.m. p.m. a.m p.m am pm gmt bst et est edt pst pdt utc o'clock hrs fm mhz khz")

// laterVerb reports a verb in the present tense from token k before the
// next comma: the main verb after a participle phrase ("found in the
// tomb closely matches").
func laterVerb(toks []tok, k int) bool {
	for ; k < len(toks) && toks[k].text != "," && toks[k].text != ";"; k++ {
		if presentVerb(toks, k) || auxiliaries[toks[k].low] {
			return true
		}
	}
	return false
}

// laterPastVerb reports a verb in the past from token k on, before any
// comma, semicolon or "and": the verb of the claim after a participle.
func laterPastVerb(toks []tok, k int) bool {
	for ; k < len(toks) && toks[k].text != "," && toks[k].text != ";" && toks[k].low != "and"; k++ {
		if isPastVerb(toks, k) && !npPreps[toks[k-1].low] && !determiners[toks[k-1].low] {
			return true
		}
	}
	return false
}

// sinceWhenWords open a phrase of time after a participle: "commissioned
// last year", "built this spring", "opened earlier".
var sinceWhenWords = wordSet("last this earlier recently previously")

// subordinateOpeners start a subordinate clause, whose verb is not the
// sentence's claim.
var subordinateOpeners = wordSet("though although while when because since as after before once unless until whereas even")

// boundSide reports on which side of a bounded figure a false statement
// must move it: "more than 80", "at least 300" and "up to 40%" (a cap)
// only by going higher, since "more than 60" is still true and a cap of
// 30% is read as wrong only against a reader who takes "up to" loosely;
// "fewer than 40" and "under 18" only by going lower. It returns 0 for a
// figure with no bound.
func boundSide(s *sent, m *mention) int {
	k := m.t0 // "less than three": the bound may sit inside the slot's span
	if k > 0 && (s.toks[k-1].text == "$" || s.toks[k-1].text == "£" || s.toks[k-1].text == "€") {
		k-- // "more than $80m": the currency sign stands between
	}
	w := func(i int) string {
		if i >= 0 && i < len(s.toks) {
			return s.toks[i].low
		}
		return ""
	}
	switch {
	case w(k-1) == "than" && (w(k-2) == "more" || w(k-2) == "greater" || w(k-2) == "higher"),
		w(k-1) == "least" && w(k-2) == "at", w(k-1) == "most" && w(k-2) == "at", w(k-1) == "to" && w(k-2) == "up",
		w(k-1) == "over" || w(k-1) == "above" || w(k-1) == "exceeding", w(k-1) == "of" && w(k-2) == "upwards":
		return 1
	case w(k-1) == "than" && (w(k-2) == "fewer" || w(k-2) == "less" || w(k-2) == "lower"), w(k-1) == "under" || w(k-1) == "below":
		return -1
	}
	return 0
}

// optionValue reads the figure of a number option: "60", "£1.5m",
// "eleven", "12th".
func optionValue(o string) (float64, bool) {
	if num := numericPart(o); num != "" {
		v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		return v, err == nil
	}
	if i := numberWordIndex(o); i >= 0 {
		return float64(i), true
	}
	for i, w := range ordinals {
		if strings.EqualFold(w, o) {
			return float64(i + 1), true
		}
	}
	return 0, false
}

// placeInName reports a place that ends a capitalised name through "for":
// "Airlines for America", "the Minister for Europe".
func placeInName(s *sent, m *mention) bool {
	k := m.t0
	return (m.typ == ePlace || m.typ == eSite) && k >= 2 && s.toks[k-2].cap && s.toks[k-2].word && !stopwords[s.toks[k-2].low] &&
		(s.toks[k-1].low == "for" || s.toks[k-1].low == "of" && landformHeads[s.toks[k-2].low]) // "the Horn of Africa": no "Horn of Europe"
}

// landformHeads open a region's name before "of" and a place: "the Horn
// of Africa", "the Gulf of Mexico", "the Cape of Good Hope".
var landformHeads = wordSet("horn gulf cape bay isle isles strait straits sea")

// cityOfCountryIn reports a city of the country named by answer among the
// sentence's places: its capital, or a city of its group ("in Cardiff" for
// Wales, "in Leeds" for the UK), which would give the country away.
func cityOfCountryIn(s *sent, answer string) bool {
	ci, ok := countryByName[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(answer, "the "), "The "))]
	if !ok {
		return false
	}
	for _, o := range s.ments {
		if o.typ != ePlace || o.sub == 1 {
			continue
		}
		low := strings.ToLower(o.text)
		if c, capital := cityCountry[low]; capital && countries[c].name == countries[ci].name {
			return true
		}
		if g := known(low); g != nil && g.country != "" && countryByName[strings.ToLower(g.country)] == ci {
			return true
		}
	}
	return false
}

// secondInfinitive reports "to" and a verb from token k: "expected to start
// in 2026 and to take about 15 years" holds two plans, and a question
// about the first leaves the second out.
func secondInfinitive(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "to" {
		return false
	}
	n := toks[k+1]
	return n.word && !n.cap && !n.num && !stopwords[n.low] && !determiners[n.low] && !strings.HasSuffix(n.low, "s")
}

// bareInfinitiveAfter reports a verb at token v that goes on from an
// infinitive between tokens a and b: "expected to open in August 2027 and
// hold about 1,100 students" holds two plans, like secondInfinitive.
func bareInfinitiveAfter(toks []tok, a, b, v int) bool {
	if v >= len(toks) {
		return false
	}
	n := toks[v]
	if !n.word || n.cap || n.num || stopwords[n.low] || determiners[n.low] || strings.HasSuffix(n.low, "s") || strings.HasSuffix(n.low, "ly") {
		return false
	}
	for j := a; j+1 < b && j+1 < len(toks); j++ {
		if toks[j].low == "to" && secondInfinitive(toks, j) {
			return true
		}
	}
	return false
}

// exampleOf reports a slot in a list of examples: after "including",
// "such as" or "like", or among the items that follow one.
func exampleOf(s *sent, m *mention) bool {
	for k := m.t0 - 1; k >= 0 && k >= m.t0-12; k-- {
		switch w := s.toks[k].low; {
		case w == "including" || w == "like" || w == "as" && k > 0 && s.toks[k-1].low == "such":
			return true
		case w == "," || w == "and" || w == "or" || w == "the" || s.toks[k].cap:
			continue // earlier items of the same list
		default:
			return false
		}
	}
	return false
}

// writtenAlias reports a country's other name as an article writes it in
// words ("Britain", "America", "Holland"), not an abbreviation ("U.S.").
func writtenAlias(text, name string) bool {
	return text != name && !strings.Contains(text, ".") && strings.ToUpper(text) != text && !strings.HasPrefix(strings.ToLower(text), "the ")
}

// sentsWith returns the sentences that hold the lower-case word low, in
// order. The index is built once: a long article asks this of every false
// statement and of many names.
func (an *analysis) sentsWith(low string) []int {
	if an.wordSents == nil {
		an.wordSents = map[string][]int{}
		for i := range an.sents {
			for _, t := range an.sents[i].toks {
				if l := an.wordSents[t.low]; len(l) == 0 || l[len(l)-1] != i {
					an.wordSents[t.low] = append(l, i)
				}
			}
		}
	}
	return an.wordSents[low]
}

// echoedElsewhere reports another sentence that holds v and shares two
// content words with s, besides the key's: a swap to v may state what
// that sentence says.
func (an *analysis) echoedElsewhere(s *sent, v, key string) bool {
	mine := map[string]bool{}
	for _, t := range s.toks {
		if t.word && len(t.low) > 2 && !stopwords[t.low] && !containsFold(key, t.low) {
			mine[stem(t.low)] = true
		}
	}
	vt := tokenize(v)
	if len(vt) == 0 {
		return false
	}
	for _, i := range an.sentsWith(vt[0].low) {
		o := &an.sents[i]
		if o.idx == s.idx || !containsFold(o.text, v) {
			continue
		}
		shared := map[string]bool{}
		for _, t := range o.toks {
			if t.word && len(t.low) > 2 && !stopwords[t.low] && mine[stem(t.low)] && !strings.EqualFold(t.text, v) {
				shared[stem(t.low)] = true
			}
		}
		if len(shared) >= 2 {
			return true
		}
	}
	return false
}

// stem cuts a plural or verb ending so that "games" and "gaming" meet.
func stem(w string) string {
	for _, suf := range []string{"ing", "es", "ed", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// coordinated reports a name joined to another by "and" or "or" ("in Los
// Angeles and Ventura counties"): taken out of a where-question alone, it
// would leave "and Ventura counties" behind; and a place that is one of a
// list ("complaints from groups in France, Germany and the Netherlands"),
// no answer on its own.
func coordinated(s *sent, m *mention) bool {
	j := m.t1
	return j+1 < len(s.toks) && (s.toks[j].low == "and" || s.toks[j].low == "or") && s.toks[j+1].cap || placeListAfter(s, j)
}

// partOfLand reports a lower-case word that sets a part of a land
// before its name: "northern Mexico", "rural Kenya", "central London".
func partOfLand(t tok) bool {
	return t.word && !t.cap && (strings.HasSuffix(t.low, "ern") || landParts[t.low])
}

// landParts are the words for a part of a land ("rural", "coastal").
var landParts = wordSet("central rural coastal greater mainland inland upper lower inner outer neighbouring neighboring downtown remote")

// titleQuote reports quoted words that name a work rather than say
// something: a capital first, fewer than six words and no stop inside
// the marks ("\"Cocina de mi Tierra\"", not "\"We will win.\"").
func titleQuote(quote string) bool {
	q := strings.Trim(quote, "\"' ")
	if q == "" || !unicode.IsUpper([]rune(q)[0]) || fieldCount(q) >= 6 {
		return false
	}
	return !strings.ContainsAny(q[len(q)-1:], ".,!?;:")
}

// plainRoleOpening reports a sentence that opens on a common noun and a
// lower-case word before a name: "Point guard Amaka Eze scored 26
// points" asks "How many points did point guard Amaka Eze score?". A
// nation's word ("Kenyan runner"), a hyphenated place ("Leeds-born") or
// a name the article uses keeps its capital.
func plainRoleOpening(an *analysis, s *sent) bool {
	if len(s.toks) < 3 {
		return false
	}
	f, n := s.toks[0], s.toks[1]
	return n.word && !n.cap && !stopwords[n.low] && !strings.Contains(f.text, "-") && !isNationality(f.low) && !isCountry(f.low) && !isState(f.low) &&
		known(f.low) == nil && !an.namedSet[f.low] && !isFirstName(f.low)
}

// determinerBeforeAdjectives reports a determiner one or two words before
// token k with only lower-case describing words between: "the
// hollowed-out", "a crumbling old".
func determinerBeforeAdjectives(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := toks[j]
		if determiners[t.low] {
			return j < k-1
		}
		if !t.word || t.cap || stopwords[t.low] || t.num {
			return false
		}
	}
	return false
}

// kinModifiers stand between "her" and a relative: "her second husband",
// "his late wife", "her eldest son".
var kinModifiers = wordSet("first second third fourth late former eldest youngest elder younger only")

// inOfficeTitle reports a name at token k inside the portfolios of an
// office: "Minister for Housing, Local Government and Heritage", where
// capitalised words, commas and "and" lead back to a title and "for" or
// "of".
func inOfficeTitle(toks []tok, k int) bool {
	for j := k - 1; j >= 1; j-- {
		t := toks[j]
		switch {
		case t.low == "for" || t.low == "of":
			return toks[j-1].cap && titleWords[toks[j-1].low]
		case t.text == "," || t.low == "and" || t.cap && t.word:
		default:
			return false
		}
	}
	return false
}

// castEntry is one actor and the part the article casts them in.
type castEntry struct {
	actor, sent int
	name, hl    string
}

// castParts lists each actor the article casts and the part they play,
// in the order the article names them, worked out once.
func (an *analysis) castParts() []castEntry {
	if an.cast != nil {
		return *an.cast
	}
	var parts []castEntry
	actor := map[int]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.typ != ePerson || m.ent < 0 || m.pronoun || fieldCount(an.ents[m.ent].name) < 2 {
				continue
			}
			name := castPart(s, *m)
			if name == "" {
				name = an.playedBy(s, *m)
			}
			if name == "" && an.review {
				name = broughtPart(s, *m)
			}
			if name == "" && an.review {
				name = an.possessivePart(s, *m)
			}
			if name == "" {
				name = an.activePart(s, *m)
			}
			if name == "" {
				name = frontedPart(s, *m)
			}
			if name == "" && (an.review || an.stagedWork()) {
				name = copularPart(s, *m)
			}
			if name != "" && !actor[m.ent] {
				actor[m.ent] = true
				parts = append(parts, castEntry{m.ent, si, name, m.text})
			}
		}
	}
	an.cast = &parts
	return parts
}

// playsOrPlayedBy reports an actor and the part they play, either way
// round: "Niamh Carberry says nothing" made false as "Aoife Rennick says
// nothing" is true of the actress on screen.
func (an *analysis) playsOrPlayedBy(a, b int) bool {
	for _, p := range an.castParts() {
		for _, pair := range [][2]int{{a, b}, {b, a}} {
			if p.actor == pair[0] && pair[1] >= 0 && (strings.EqualFold(p.name, an.ents[pair[1]].name) || strings.EqualFold(p.name, surnameOf(an.ents[pair[1]].name)) || strings.EqualFold(strings.Fields(p.name)[fieldCount(p.name)-1], surnameOf(an.ents[pair[1]].name))) {
				return true
			}
		}
	}
	return false
}

// sungBy are the other verbs an actor's or singer's part takes before
// "by": "portrayed by", "sung by", "voiced by", "danced by".
var sungBy = wordSet("portrayed sung voiced danced")

// kindQuestions asks, in a review, what each of a story's characters is
// ("Pippa, a young hedgehog who lives under the roots…", "a tired old
// badger called Mr Henderson"): the kinds of the other characters are the
// wrong answers, as a child who listened to the book would know them.
// Only names that no list makes a person's, or the parts a cast plays,
// are asked, so that a real author's "a former teacher" never stands
// beside an owl.
func (an *analysis) kindQuestions() []cand {
	if !an.review {
		return nil
	}
	type kind struct {
		name, noun string
		sent       int
		hl         string
	}
	var ks []kind
	heads := map[string]bool{}
	named := map[string]bool{}
	parts := an.partsPlayed()
	actors := map[int]bool{} // "Pike, a regular with the company": a player, no character
	for _, p := range an.castParts() {
		actors[p.actor] = true
	}
	for si := range an.sents {
		s := &an.sents[si]
		toks := s.toks
		for _, m := range s.ments {
			if m.pronoun || m.desc || m.t1-m.t0 > 2 || m.typ != eNone && m.typ != ePerson || s.depths()[m.t0] != 0 {
				continue
			}
			noun := ""
			if m.t1+2 < len(toks) && toks[m.t1].text == "," && (toks[m.t1+1].low == "a" || toks[m.t1+1].low == "an") {
				noun, _ = kindNounFrom(toks, m.t1+2)
			} else if m.t1+2 < len(toks) && toks[m.t1].text == "," && toks[m.t1+1].low == "the" {
				// "Pip, the otter, is…", "Lopakhin, the merchant who…";
				// not "taunted by Feste, the laughter in the auditorium dies".
				from := m.t1 + 2
				if from+2 < len(toks) && toks[from+1].low == "'s" && !toks[from].cap {
					from += 2 // "Biscuit, the family's elderly lurcher,"
				}
				var after int
				if noun, after = kindNounFrom(toks, from); noun != "" {
					if w := toks[after]; w.text != "," && w.text != "." && w.low != "who" && w.low != "whose" {
						noun = ""
					}
				}
			}
			r := m.r0
			if r >= 1 && honorifics[toks[r-1].low] {
				r-- // "called Mr Henderson"
			}
			if noun == "" && r >= 3 && (toks[r-1].low == "called" || toks[r-1].low == "named") {
				k := r - 2
				for k > 0 && r-k <= 6 && toks[k].word && !toks[k].cap && toks[k].low != "a" && toks[k].low != "an" {
					k--
				}
				if toks[k].low == "a" || toks[k].low == "an" {
					noun, _ = kindNounFrom(toks, k+1)
				}
			}
			if noun == "" || named[m.text] || m.ent >= 0 && actors[m.ent] || m.typ == ePerson && !(m.ent >= 0 && parts[m.ent]) && (personHead(noun) || m.ent < 0 || len(an.ents[m.ent].roles) > 0 && !honorifics[strings.ToLower(an.ents[m.ent].roles[0].lower)]) {
				continue // (a real "former teacher from Leeds" is no character)
			}
			name := s.text[toks[min(r, m.t0)].start:toks[m.t1-1].end] // "Mr Henderson"
			named[m.text] = true
			heads[noun] = true
			ks = append(ks, kind{name, noun, si, name})
		}
	}
	if len(heads) < 3 {
		return nil
	}
	withArticle := func(n string) string {
		if strings.IndexByte("aeiou", n[0]) >= 0 {
			return "an " + n
		}
		return "a " + n
	}
	var out []cand
	for _, k := range ks {
		var dis []string
		for _, o := range ks {
			if o.noun != k.noun && !slices.Contains(dis, withArticle(o.noun)) && len(dis) < 3 && o.name != k.name {
				dis = append(dis, withArticle(o.noun))
			}
		}
		s := &an.sents[k.sent]
		pos := 1.0 - 0.3*float64(k.sent)/float64(len(an.sents)+1)
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: k.hl}
		q := Question{Kind: KindWhat, Prompt: "According to the article, what is " + k.name + "?", Options: opts(withArticle(k.noun), dis), Evidence: ev}
		out = append(out, cand{q: q, score: 2.6 * pos, sent: k.sent, fact: "k" + k.name, answer: withArticle(k.noun)})
	}
	return out
}

// kindNounFrom returns the noun that ends the words describing a
// character from token k ("young hedgehog who", "barn owl with", "tired
// old badger called"), or "" when the words run on into something else,
// and the token after the noun. A word as wide as "creature" or
// "character" says nothing to tell apart.
func kindNounFrom(toks []tok, k int) (string, int) {
	j := k
	for j < len(toks) && j < k+5 && toks[j].word && !toks[j].cap && !toks[j].num && !kindEnders[toks[j].low] && toks[j].low != "of" || j < len(toks) && toks[j].text == "," && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap && !kindEnders[toks[j+1].low] && j > k && (adjectiveShaped(toks[j-1].low) || adjectiveComma(toks, j)) {
		j++ // "a grumbling, middle-aged badger who"
		if j < len(toks) && toks[j].low == "and" && j > k && adjectivesAnd(toks, j) {
			j++ // "an elderly and fastidious hedgehog": the noun is after "and"
		}
	}
	if j == k || j >= len(toks) || !(kindEnders[toks[j].low] || toks[j].text == "," || toks[j].text == ".") {
		return "", j
	}
	if (toks[j].text == "," || toks[j].low == "and") && adjectivesBeforeName(toks, j+1) {
		return "", j // "a broad, red-faced Sir Toby Belch": adjectives the words could not read through
	}
	if j-1 > k && strings.HasSuffix(toks[j-1].low, "ing") {
		j-- // "a lonely ten-year-old girl staying with…": the noun before the participle
	}
	head := toks[j-1].low
	if vagueKinds[head] || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || len(head) < 3 || stopwords[head] {
		return "", j
	}
	return head, j
}

// adjectivesAnd reports "and" at token j between two words that describe
// one noun still to come: "elderly and fastidious hedgehog,". A noun
// before "and" ("a hedgehog and his friend", "an otter and a heron")
// has a determiner, a possessive or nothing describing after it.
func adjectivesAnd(toks []tok, j int) bool {
	e := j + 1
	for e < len(toks) && e < j+4 && toks[e].word && !toks[e].cap && !toks[e].num && !stopwords[toks[e].low] && !kindEnders[toks[e].low] {
		e++
	}
	return e >= j+3 && e < len(toks) && (toks[e].text == "," || toks[e].text == "." || kindEnders[toks[e].low] && toks[e].low != "and")
}

// adjectivesBeforeName reports one or two lower-case words from token k
// and then a capitalised one: after "a broad," the words "red-faced Sir
// Toby Belch" still describe the one named, so "broad" is no kind.
func adjectivesBeforeName(toks []tok, k int) bool {
	e := k
	for e < len(toks) && e < k+2 && toks[e].word && !toks[e].cap && !kindEnders[toks[e].low] {
		e++
	}
	return e > k && e < len(toks) && toks[e].cap && toks[e].word
}

var (
	// kindEnders close the words that describe a character.
	kindEnders = wordSet("who whose with that which called named and in from so too")
	// vagueKinds are too wide to tell one character from another.
	vagueKinds = wordSet("creature animal character figure person man woman boy girl child friend thing one sort kind type")
)
