package quiz

// Stage 6c, words that point outside a question: a statement or a prompt
// copied out of its sentence must not lean on an earlier sentence ("This
// estimate…", "the move", "the two sides", "searched for it"), since a
// student then cannot tell what it is about. Pronouns he and she are
// handled by loosePronoun and surePronoun; this file handles the rest.

import (
	"slices"
	"strings"
)

// anaphoricHeads are nouns that, right after "the", "this" or "that" and not
// followed by what defines them ("the decision to …"), name something an
// earlier sentence told: "the move", "the pair", "the agreement".
var anaphoricHeads = wordSet("move decision pair duo trio latter incident point criticism concern concerns warning announcement step episode situation development agreement deal proposal plan idea claims allegations comments remarks case row same part parts component piece figure figures rest remainder gap difference problem man woman boy girl couple work passage office paper offer argument")

// negatedEnd reports a sentence that ends, outside quotation, on a
// negated auxiliary with its verb left out: "…, doesn't.", "but they
// won't.": what is not done, the sentence before says.
func negatedEnd(toks []tok, q []int) bool {
	k := len(toks) - 1
	for k >= 0 && !toks[k].word {
		k--
	}
	if k < 1 || q[k] != 0 {
		return false
	}
	w := toks[k].low
	if w == "not" {
		w = toks[k-1].low
	} else if w = strings.TrimSuffix(w, "n't"); w == toks[k].low {
		w = strings.TrimSuffix(w, "n’t")
		if w == toks[k].low {
			return false
		}
	}
	return auxiliaries[w] || doForms[w] || w == "ca" || w == "wo" || w == "does"
}

// contrastWords, set between commas, answer a sentence before: "Harwood,
// though, refused to be moved". ("Unemployment, however, remains near a
// record low" holds its fact alone, so "however" is not among them.)
var contrastWords = wordSet("though")

// periodNouns are spans of time another sentence may have set: "over the
// same period".
var periodNouns = wordSet("period year month week quarter season day")

// headlineEvents are the anaphoric heads that a headline can settle: in a
// story headlined "Summit ends with deal on $300bn", "the deal" is that
// deal.
var headlineEvents = wordSet("deal agreement plan proposal decision allegations claims announcement row")

// headlineEvent reports an event noun the headline names, so that "the
// deal" in the story needs no earlier sentence to say which.
func (an *analysis) headlineEvent(w string) bool {
	if !headlineEvents[w] {
		return false
	}
	for _, h := range an.headlineWords() {
		if h == w || w == "deal" && dealWords[h] {
			return true // "Halden and Corbel agree £3.2bn merger": "the deal" is the merger
		}
	}
	return false
}

// dealWords in a headline name a deal by its kind.
var dealWords = wordSet("merger takeover buyout agreement pact contract")

// mainWords and themeHeads make "the main theme", "the key issue": the
// theme of something an earlier sentence named, unless a definer follows.
var (
	mainWords  = wordSet("main key chief central biggest real big overriding")
	themeHeads = wordSet("theme themes aim goal focus message concern concerns reason question topic point issue problem")
)

// timeNouns after "this" or "these" point at the time of writing, which
// the reader shares: "this year", "these days".
var timeNouns = wordSet("year week month season summer winter spring autumn weekend morning afternoon evening term decade century quarter days weeks months years")

// definers after an anaphoric noun say what it is, in the same sentence.
var definers = wordSet("to of that which who between with by for on over against from in at")

// thatPreps before "that" and a noun make it a demonstrative: "at that
// time", "of that deal".
var thatPreps = wordSet("in at on of for with by from about after before since during into under off through over across throughout")

// doForms are the forms of "do", which with "it" or "so" stand for an act
// told elsewhere: "did so", "has done it".
var doForms = wordSet("do did does doing done")

// afterDoneSo are words after "did so" that start a phrase of their own
// ("has done so since 2019"), not an adverb of degree ("did so well").
var afterDoneSo = wordSet("since for in at after before because without again on by when until twice once")

// expletiveIt are words after "it" that make it an empty subject: "it
// emerged that…", "it is likely to…".
var expletiveIt = wordSet("is was 's has had will would could may might remains seems seemed appears appeared looks looked emerged became becomes")

// itOpensClause are words that, soon after an empty "it", carry the real
// subject: "it was clear that…", "it is expected to…".
var itOpensClause = wordSet("that to whether if how what when likely unclear clear time")

// outsideRef reports a word among tokens [a, b), outside quotations and
// replaced spans, that points to an earlier sentence: a demonstrative
// ("this", "these", "those", a "that" before a noun), an anaphoric noun
// phrase ("the move", "the two sides"), "both" without its "and", a
// locative "there" or "here", or an "it", "its", "they", "them" or "their"
// with no antecedent before it in [a, b).
func (an *analysis) outsideRef(s *sent, a, b int, reps []rep) bool {
	toks := s.toks
	b = min(b, len(toks))
	q := quoteDepths(toks)
	word := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k].low
		}
		return ""
	}
	if a >= 0 && a < b && (strings.HasSuffix(toks[a].low, "ed") || strings.HasSuffix(toks[a].low, "ing")) && toks[a].cap {
		// "Delivered from wide …, it pitched …": the pronoun after a
		// leading participle stands for what the sentence before named.
		for k := a + 1; k+1 < b; k++ {
			if toks[k].text == "," {
				switch toks[k+1].low {
				case "it", "they", "he", "she":
					if !replacedAt(s, reps, k+1) {
						return true
					}
				}
				break
			}
		}
	}
	if b == len(toks) && negatedEnd(toks, q) {
		return true // "Kvevri, which opened in March, doesn't.": doesn't what?
	}
	for k := max(a, 0); k < b; k++ {
		t := toks[k]
		if q[k] != 0 || t.text == "\"" || removedAt(s, reps, k) || replacedAt(s, reps, k) {
			continue
		}
		next := word(k + 1)
		if k == a && t.num && len(t.text) < 4 && k+1 < len(toks) && (auxiliaries[next] || isPastVerb(toks, k+1)) {
			return true // "12 have been charged": twelve of whom?
		}
		if k == a && approxWords[t.low] {
			// "More than half were in London", "About a third are…": of
			// what?
			j := k + 1
			if word(j) == "than" {
				j++
			}
			if word(j) == "a" {
				j++
			}
			if j+1 < len(toks) && (quantityWords[word(j)] || fractionWords[word(j)] || toks[j].num) && (auxiliaries[word(j+1)] || isPastVerb(toks, j+1)) {
				return true
			}
		}
		if t.low == "with" && k+1 < len(toks) && (toks[k+1].num || numberWordIndex(next) >= 2) && (k+2 == len(toks) || strings.Contains(".,;:)", toks[k+2].text)) {
			return true // "France are third with nine.": nine what?
		}
		if (contrastWords[t.low] && k > 0 && toks[k-1].text == "," && k+1 < len(toks) && toks[k+1].text == "," || k == 0 && t.low == "then") && fieldCount(s.text) <= 12 {
			// "Harwood, though, refused to be moved", "Then Okafor found
			// one": a short sentence set against the one before, which
			// says what it is about (a long one says it itself: "The
			// real reason to return, though, is the bún bò Huế…").
			return true
		}
		switch t.low {
		case "this", "these", "those":
			// "those who slept", "those exposed to light", "those living
			// nearby": the words after say who, as a noun would.
			if !timeNouns[next] && !(t.low == "those" && (definers[next] || isPastVerb(toks, k+1) || isParticiple(toks[k+1]) || len(next) > 5 && strings.HasSuffix(next, "ing"))) {
				return true
			}
		case "that":
			// A demonstrative "that": "That was…", "in that case",
			// "would continue that campaign.", not "said that prices rose".
			if k == 0 {
				return true
			}
			if anaphoricHeads[next] && !definers[word(k+2)] && !auxiliaries[word(k+2)] {
				return true // "The first gallery makes that point bluntly": which point?
			}
			if degreeWords[next] && (k+2 >= len(toks) || toks[k+2].low != "that" && !auxiliaries[toks[k+2].low] && !finiteVerb(toks, k+2)) && !sayVerbs[word(k-1)] && !thinkVerbs[word(k-1)] && !speechVerbs[word(k-1)] {
				return true // "in no mood to look that far ahead": as far as what?
			}
			if toks[k-1].text == "," && k+2 < len(toks) && npWordOK(toks[k+1]) && !toks[k+1].cap && !isVerbish(next) && !stopwords[next] && finiteVerb(toks, k+2) && !saidBefore(toks, k) {
				return true // "At Cedar & Ember, the new restaurant…, that silence lasted a minute": which silence?
			}
			if speechVerbs[word(k-1)] && k+1 < len(toks) && (isPastVerb(toks, k+1) || next == "was" || next == "is" || next == "would") {
				return true // "The board said that reflected a wider backlog": that what?
			}
			// After a preposition "that" opens no clause: "in that set"
			// is a set, whatever else "set" may be.
			noun := k+1 < len(toks) && npWordOK(toks[k+1]) && (!isVerbish(next) || thatPreps[word(k-1)])
			if noun && (thatPreps[word(k-1)] || k > 1 && (auxiliaries[word(k-2)] || word(k-2) == "to") && (k+2 == len(toks) || !toks[k+2].word || definers[word(k+2)])) {
				return true
			}
		case "the":
			// "the two sides had agreed", but not "the three months to
			// June" nor "the first of the four detainees".
			// "The striker played…", "The Manchester band will play…", "The
			// 24-year-old struck again": a person or a band named in an
			// earlier sentence.
			for j := k + 1; k == a && j < len(toks) && j < k+4 && toks[j].word; j++ {
				if h := toks[j].low; (headTitles[h] || personNouns[h] || h == "band" || strings.HasSuffix(h, "-year-old")) && finiteVerb(toks, j+1) {
					return true
				}
				// "The singer's 2004 tour took…": whose?
				if h := strings.TrimSuffix(toks[j].low, "'s"); h != toks[j].low && (headTitles[h] || personNouns[h] || performerNouns[h] || h == "band") {
					return true
				}
			}
			if next == "same" && k+2 < len(toks) && toks[k+2].word {
				if periodNouns[word(k+2)] && (k+3 >= len(toks) || !toks[k+3].word) {
					return true // "over the same period.": the one a sentence before gave
				}
				break // "the same time": a noun follows
			}
			if k == a && (next == "home" || next == "away") && (word(k+2) == "side" || word(k+2) == "team" || word(k+2) == "side's" || word(k+2) == "team's") {
				return true // "The home side's response came…": which side?
			}
			// "The most recent was…", "the latest is…": a noun left out.
			if (next == "most" || next == "latest") && (auxiliaries[word(k+2)] || auxiliaries[word(k+3)] || k == a && k+3 < len(toks) && isPastVerb(toks, k+3)) {
				return true
			}
			if mainWords[next] && themeHeads[word(k+2)] && !definers[word(k+3)] {
				return true // "The main theme is…": of what?
			}
			if groupHeads[next] && k+2 < len(toks) && (auxiliaries[word(k+2)] || isPastVerb(toks, k+2)) && !bodyNamedIn(s, a, k) {
				return true // "Who said the group was overjoyed?": which group?
			}
			// "the two sides" points back, "the nine largest banks" says
			// which.
			if anaphoricHeads[next] && !definers[word(k+2)] && !an.headlineEvent(next) || numberWordIndex(next) >= 2 && k+3 < len(toks) && toks[k+2].word && !timeNouns[word(k+2)] && !definers[word(k+3)] && word(k-1) != "of" && !superlative(word(k+2)) {
				return true
			}
		case "following", "next", "later":
			// "Vermeulen resigned the following week.", "He left two
			// days later.": after what an earlier sentence told; a
			// longer sentence says enough of its own.
			if b-a <= 8 && (t.low == "later" && periodNouns[strings.TrimSuffix(word(k-1), "s")] || t.low != "later" && word(k-1) == "the" && periodNouns[next]) {
				return true
			}
		case "different", "similar":
			// "The mood was markedly different in Tokyo": different from
			// what an earlier sentence told.
			p := k - 1
			if p > 0 && strings.HasSuffix(word(p), "ly") {
				p--
			}
			if p >= 0 && (auxiliaries[word(p)] || linkingVerbs[word(p)] || word(p) == "looked" || word(p) == "felt") && next != "from" && next != "to" && next != "than" && next != "with" {
				return true
			}
		case "such":
			// "One such example", "such a move": the kind is told
			// elsewhere; "such as" gives its own examples.
			if next != "as" {
				return true
			}
		case "suit", "so":
			// "follow suit", "did so": the act is told elsewhere.
			if p := word(k - 1); t.low == "suit" && strings.HasPrefix(p, "follow") || t.low == "so" && doForms[p] && (next == "" || !toks[k+1].word || afterDoneSo[next]) {
				return true
			}
		case "both":
			if !bothAnd(toks, k, b) {
				return true
			}
		case "one", "another", "others", "most", "many", "some", "few", "several", "none", "all":
			// "A new one would have cost less than £2,000": one of what?
			if t.low == "one" && k >= 1 && k+1 < len(toks) && (auxiliaries[next] || isPastVerb(toks, k+1)) && (determiners[word(k-1)] || k >= 2 && determiners[word(k-2)] && toks[k-1].word && !toks[k-1].cap) {
				return true
			}
			// "One was about six feet tall", "Others said…", "Most are
			// held by…": one of whom, most of what?
			// As the subject, with a verb next, the group is told before.
			if k == a && k+1 < len(toks) && (auxiliaries[next] || isPastVerb(toks, k+1) || speechVerbs[next]) {
				return true
			}
		case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty":
			// "Three were in a serious condition", "Two more went to…":
			// three of whom, two more of what?
			v := k + 1
			if word(v) == "more" || word(v) == "others" {
				v++
			}
			if k == a && v < len(toks) && (auxiliaries[word(v)] || isPastVerb(toks, v)) {
				return true
			}
		case "there", "here":
			if !auxiliaries[next] && next != "'s" && !strings.HasPrefix(next, "seem") && !strings.HasPrefix(next, "appear") {
				return true
			}
		case "it", "its":
			if t.low == "it" && expletiveIt[next] {
				empty := false
				for j := k + 2; j < len(toks) && j < k+7; j++ {
					empty = empty || itOpensClause[toks[j].low]
				}
				if empty {
					continue
				}
			}
			if t.low == "it" && k > 0 && (toks[k-1].low == "about" || toks[k-1].low == "of") && (next == "" || !toks[k+1].word) {
				return true // "stopped short of revealing anything about it.": about what?
			}
			if t.low == "it" && doForms[word(k-1)] {
				return true // "she has done it for 40 years": the act is told elsewhere
			}
			if !an.antecedentBefore(s, a, k, false, reps) {
				return true
			}
		case "they", "them", "their":
			if !an.antecedentBefore(s, a, k, true, reps) {
				return true
			}
		}
	}
	return false
}

// dayTimes are times of day, never what an "it" stands for.
var dayTimes = wordSet("nightfall dawn dusk daybreak sunrise sunset noon midday midnight morning afternoon evening night overnight")

// groupHeads name a body the sentence or an earlier one named: "the
// group", "the charity".
var groupHeads = wordSet("group charity campaign association society")

// bodyNamedIn reports an organisation, or a capitalised name of no known
// kind, among tokens [a, k): the body "the group" stands for.
func bodyNamedIn(s *sent, a, k int) bool {
	for _, m := range s.ments {
		if m.t0 >= a && m.t1 <= k && !m.pronoun && (m.typ == eOrg || m.typ == eNone && s.toks[m.t0].cap) {
			return true
		}
	}
	return false
}

// thinkVerbs are verbs of thinking and saying, in the base form, that a
// clause with its own subject follows ("believe it was", "say they
// will"); the name finder cannot tell them from nouns.
var thinkVerbs = wordSet("believe think say hope expect fear suspect know claim warn insist admit deny suggest reckon doubt feel argue")

// approxWords lead a quantity: "more than half", "about a third".
var approxWords = wordSet("more less fewer over almost nearly about around roughly just only under")

// quantityWords open a noun phrase and stand for nothing themselves:
// "Most of the jobs will go at its centres" leaves "its" unexplained.
var quantityWords = wordSet("most many some all few several each every any none half much more less other others")

// irregularPlurals are plural nouns without an s.
var irregularPlurals = wordSet("men women people children grandchildren great-grandchildren police staff")

// groupNouns are plural nouns for people that the name finder treats as
// stop words ("Officials said…" names nobody), but that a "they" or "their"
// can stand for.
var groupNouns = wordSet("people officials critics analysts experts police residents witnesses sources men women children staff")

// replacedAt reports whether token k lies in a span replaced by other words.
func replacedAt(s *sent, reps []rep, k int) bool {
	for _, r := range reps {
		if r.text != "" && r.start <= s.toks[k].start && s.toks[k].start < r.end {
			return true
		}
	}
	return false
}

// antecedentBefore reports something among tokens [a, k) that an "it" (or,
// when plural is set, a "they") can stand for: a name that is not a
// person's, people joined by "and", or a noun of the right number. A word
// opening the sentence is capitalised anyway, and "the Australians" are no
// "it".
func (an *analysis) antecedentBefore(s *sent, a, k int, plural bool, reps []rep) bool {
	toks := s.toks
	from := max(a, 0)
	if e := ownSubjectEnd(toks, from, k); e > from {
		from = e // "Eleven patients stopped treatment because of them": not the patients
	}
	for j := from; j < k; j++ {
		t := toks[j]
		if !t.word || pronounish(t.low) || t.num || removedAt(s, reps, j) {
			continue // words a statement leaves out stand for nothing in it
		}
		if thinkVerbs[t.low] && !(j > 0 && determiners[toks[j-1].low]) {
			continue // "Experts believe it was built…": a verb, not what "it" is
		}
		if dayTimes[t.low] {
			continue // "By nightfall, authorities said it had burned…": the time, not what burned
		}
		pl := irregularPlurals[t.low] || len(t.low) > 2 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !strings.HasSuffix(t.low, "us")
		if t.cap && !t.acro && !quantityWords[t.low] && (!stopwords[t.low] || j+1 < k && (auxiliaries[toks[j+1].low] || speechVerbs[toks[j+1].low])) {
			if personAt(s, j) {
				if plural && j+1 < k && toks[j+1].low == "and" {
					return true
				}
				continue
			}
			if j > 0 && !(pl && toks[j-1].low == "the") || pl == plural || bodyAt(s, j, false) {
				return true // "Next said its", "Metallica… their", "Brightsteps… its"
			}
			continue
		}
		if plural && !t.cap && groupNouns[t.low] {
			return true // "4,000 people… their homes": a word the name finder stops at
		}
		if t.acro || pl == plural && npWordOK(t) && !quantityWords[t.low] && !(j > 0 && (auxiliaries[toks[j-1].low] || toks[j-1].low == "to")) && !isPastVerb(toks, j) && !isVerbish(t.low) && !presentVerb(toks, j) {
			return true // "the US said its", "the firm said its", "games… them"
		}
	}
	return false
}

// ownSubjectEnd returns where the subject starting at toks[a] ends when
// the "it" or "them" at toks[k] is the object of that subject's own verb,
// or of a preposition in its clause, or -1. Such a pronoun never stands
// for the clause's subject: that would be "themselves" or "itself".
func ownSubjectEnd(toks []tok, a, k int) int {
	if k < 1 || k <= a || (toks[k].low != "it" && toks[k].low != "them") {
		return -1
	}
	prep := objectPreps[toks[k-1].low]
	v := -1
	for j := a + 1; j < k; j++ {
		if auxiliaries[toks[j].low] || isPastVerb(toks, j) || presentVerb(toks, j) {
			v = j
			break
		}
		if !toks[j].word {
			return -1 // a comma or a bracket inside the subject: keep it simple
		}
	}
	if v < 0 || prep && speechVerbs[toks[v].low] {
		return -1
	}
	j := v + 1
	for j < k && (auxiliaries[toks[j].low] || isParticiple(toks[j])) {
		j++ // "has been closed": one verb
	}
	if !prep {
		// The object right after the verb: "The actor called it…", but
		// not the subject of a clause that follows ("believes it will…")
		// nor an empty "it" ("found it hard to…").
		if j != k || k+1 < len(toks) && (auxiliaries[toks[k+1].low] || isPastVerb(toks, k+1) || presentVerb(toks, k+1) || toks[k+1].low == "to" || emptyItAdjectives[toks[k+1].low]) {
			return -1
		}
		return v
	}
	for ; j < k-1; j++ {
		t := toks[j]
		if !t.word || clauseBreaks[t.low] && !(t.low == "because" && toks[j+1].low == "of") || speechVerbs[t.low] ||
			strings.HasSuffix(t.low, "ing") || auxiliaries[t.low] || isPastVerb(toks, j) {
			return -1 // another clause, with a subject of its own, may hold the pronoun
		}
	}
	return v
}

// emptyItAdjectives after "found it", "made it" leave the "it" empty: the
// clause after them is the object.
var emptyItAdjectives = wordSet("hard difficult easy impossible possible necessary clear likely unlikely important vital essential tough harder easier")

// objectPreps take a pronoun as their object: "because of them".
var objectPreps = wordSet("of for with from about against without towards toward over")

// clauseBreaks open another clause, whose subject may differ.
var clauseBreaks = wordSet("that which who whom when while after before if as since until although though because and but or to so where")

// objectPronouns in a prompt stand for someone the prompt does not name:
// "Who fired him?". A he or his after a person subject is that person.
var objectPronouns = wordSet("him we us our i me my")

// firstPersonWords tell the writer's own story: "I went", "we saw".
var firstPersonWords = wordSet("we us our i me my")

// loosePrompt reports words among tokens [a, b) of a question prompt that
// point outside it: outsideRef, or an object pronoun outside quotations.
func (an *analysis) loosePrompt(s *sent, a, b int) bool {
	return objectPronounIn(s, a, b, objectPronouns) || an.outsideRef(s, a, b, nil)
}

// objectPronounIn reports a word of set among tokens [a, b) outside
// quotations, written as a pronoun ("Super Size Me" is a title).
func objectPronounIn(s *sent, a, b int, set map[string]bool) bool {
	return unquotedWord(s, a, b, func(k int, t tok) bool { return set[t.low] && pronounCase(t, k) })
}

// pronounCase reports a token written as a pronoun: in lower case, or
// capitalised only as "I" or as the sentence's first word.
func pronounCase(t tok, k int) bool { return !t.cap || t.low == "i" || k == 0 }

// unquotedWord reports a token among [a, b) outside quotations for which
// match holds: the writer's own words, not a speaker's.
func unquotedWord(s *sent, a, b int, match func(k int, t tok) bool) bool {
	q := s.depths()
	for k := a; k < b && k < len(s.toks); k++ {
		if q[k] == 0 && match(k, s.toks[k]) {
			return true
		}
	}
	return false
}

// secondSubject reports "and" followed by a name and its own verb among
// tokens [a, b): "X shot and James blocked it" asked as "Who shot and James
// blocked it?" would fuse two clauses.
func secondSubject(s *sent, a, b int) bool {
	for k := a; k+2 < b && k+2 < len(s.toks); k++ {
		if s.toks[k].text == "," && commaSplice(s.toks, k+1) {
			return true // "De Groot equalised, Spain went ahead again": a second clause after a bare comma
		}
		if s.toks[k].low != "and" {
			continue
		}
		j := k + 1
		for j < k+3 && j+1 < len(s.toks) && !s.toks[j].cap && (titleWords[s.toks[j].low] || slices.Contains(roleNouns, s.toks[j].low) || orgNouns[s.toks[j].low]) {
			j++ // "and captain Ollie Pope made 37", "and insurer AIA Group gained 0.6%"
		}
		if j+2 < len(s.toks) && s.toks[j].low == "the" && s.toks[j+1].cap {
			j++ // "and the Harriers led 50-48"
		}
		if j+1 < len(s.toks) && s.toks[j].cap && !stopwords[s.toks[j].low] && (verbSoon(s.toks, j+1) || nameOpensClause(s.toks, j, len(s.toks))) {
			return true // "and Brenner, unmarked at the near post, glanced…" too
		}
		// "…and the crowd at Potsdamer Platz is roaring for her": a
		// second clause whose subject is a common noun.
		for e := j + 2; (s.toks[j].low == "the" || s.toks[j].low == "a" || s.toks[j].low == "an") && e < b && e < len(s.toks) && e <= j+5; e++ {
			if auxiliaries[s.toks[e].low] {
				return true
			}
			if !s.toks[e].word {
				break
			}
		}
		// "…three for 61 and Owen Rafferty two for 44": a second subject
		// whose verb is left out, before its own figures.
		e := j
		for e < len(s.toks) && s.toks[e].cap && s.toks[e].word {
			e++
		}
		if e > j && e < len(s.toks) && (s.toks[e].num || numberWordIndex(s.toks[e].low) >= 0) {
			return true
		}
	}
	return false
}

// commaSplice reports a name of one to three words at token k, just
// after a comma, followed at once by a verb in the past: "…, Spain went
// ahead again" opens a clause of its own.
func commaSplice(toks []tok, k int) bool {
	if k+1 < len(toks) && toks[k].low == "the" && toks[k+1].cap {
		k++ // "…, the Blues won a penalty at the ensuing lineout"
	}
	j := k
	for j < len(toks) && j < k+3 && toks[j].cap && toks[j].word && !stopwords[toks[j].low] {
		j++
	}
	return j > k && j < len(toks) && isPastVerb(toks, j) && !speechVerbs[toks[j].low]
}

// nameOpensClause reports a name from token k that opens a clause of its
// own: its verb follows at once or after an aside between commas ("and
// Brenner, unmarked at the near post, glanced his header…").
func nameOpensClause(toks []tok, k, end int) bool {
	j := k
	for j < end && j < k+4 && toks[j].cap && toks[j].word && !toks[j].num {
		j++
	}
	if j == k || j >= end {
		return false
	}
	if toks[j].text == "," {
		for e := j + 1; e < end && e < j+10; e++ {
			if toks[e].text == "," {
				j = e + 1
				break
			}
		}
		if j >= end || toks[j].text == "," {
			return false
		}
	}
	return j < end && isPastVerb(toks, j) && !speechVerbs[toks[j].low] && j+1 < end && toks[j+1].word
}

// otherPerson reports a "he" or "she" among tokens [a, b) of a "Who …?"
// prompt that need not be the person asked for: only right after a verb
// of saying or "that" ("Who said he would resign?") is it surely the
// subject.
func otherPerson(s *sent, a, b int) bool {
	q := s.depths()
	for k := max(a, 1); k < b && k < len(s.toks); k++ {
		if w := s.toks[k].low; q[k] == 0 && (w == "he" || w == "she") && !speechVerbs[s.toks[k-1].low] && s.toks[k-1].low != "that" {
			return true
		}
	}
	return false
}

// hasWord reports a word of set among the sentence's tokens outside
// quotations.
func hasWord(s *sent, set map[string]bool) bool {
	q := s.depths()
	for k, t := range s.toks {
		if q[k] == 0 && set[t.low] {
			return true
		}
	}
	return false
}

// bothAnd reports whether the "both" at token k has its "and" before token
// b ("Both analysts on the channel, Ann Lee and Jo Roe, …"), so that it
// does not stand for two things named elsewhere ("Both deny it").
func bothAnd(toks []tok, k, b int) bool {
	for j := k + 1; j < b && j < k+12; j++ {
		if toks[j].low == "and" {
			return true
		}
		if j > k+1 && (auxiliaries[toks[j].low] || isPastVerb(toks, j)) {
			return false // a verb first: "Both said they and …"
		}
	}
	return false
}

// bodyAt reports an organisation, place or site named from token j (to
// token j when end is set): "Brightsteps … its", whose name ends in s and
// is still an "it"; "the Linden Museum in Stuttgart", a town after a body.
func bodyAt(s *sent, j int, end bool) bool {
	for _, m := range s.ments {
		at := m.t0
		if end {
			at = m.t1
		}
		if at == j && !m.pronoun && !m.desc && (m.typ == eOrg || m.typ == ePlace || m.typ == eSite) {
			return true
		}
	}
	return false
}

// superlative reports a word that ranks what follows: "largest", "most",
// "top", "leading".
func superlative(w string) bool {
	switch w {
	case "most", "top", "leading", "best", "worst":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "west") && !strings.HasSuffix(w, "rest") && !strings.HasSuffix(w, "test") && !strings.HasSuffix(w, "vest")
}

// saidBefore reports a verb of saying or finding before token k, after
// which "that" opens what was said: "said, in a statement, that growth
// slowed".
func saidBefore(toks []tok, k int) bool {
	for _, t := range toks[:k] {
		if speechVerbs[t.low] || sayVerbs[t.low] || findingVerbs[t.low] || thinkVerbs[t.low] {
			return true
		}
	}
	return false
}

// degreeWords after "that" measure against something said before: "that
// far ahead", "that much"; not "argue that many should…", where "that"
// opens what is argued.
var degreeWords = wordSet("far much long many often bad big close soon high low")
