package quiz

// Stage 5, clauses: the subject and verb group of the main and subordinate
// clauses, which question templates move around.

import (
	"slices"
	"strings"
)

// clause is the main clause of a sentence as far as the question makers
// need it: subject, verb group and where the clause's useful words end.
type clause struct {
	ok       bool
	subj0    int // first token of the subject
	subj1    int // token after the subject
	pred     int // first token of the predicate: subj1, or after an appositive ("Ann Lee, the mayor, said")
	subjMent int // mention index of the subject, or -1 for a plain noun phrase
	aux      int // token index of an auxiliary, or -1
	verb     int // token index of the lexical verb
	lemma    string
	end      int // token after the clause's own words (slots must lie before it)
	textEnd  int // token after the words a prompt may quote (includes a "that" clause)
	opener   int // token index of the word that opens a subordinate clause ("that", "after"), or -1 for the main clause
}

// mainClause returns the sentence's parsed main clause. The first clause
// parsed is a subordinate one when the main clause could not be parsed
// ("Some panel members are worried that …" gives only the "that" clause).
func mainClause(s *sent) (clause, bool) {
	if len(s.cls) == 0 || !s.cls[0].ok || s.cls[0].opener >= 0 {
		return clause{}, false
	}
	return s.cls[0], true
}

// hedged reports whether a subordinate clause states no fact of its own:
// what someone feared, hoped, claimed or guessed ("members are worried
// that Microsoft would issue lawsuits"), or what would, could or might
// happen. A question made from the clause alone would ask it as a fact.
func hedged(s *sent, c clause) bool {
	if c.opener < 0 {
		return false
	}
	if c.aux >= 0 && modalWords[s.toks[c.aux].low] {
		return true
	}
	for k := c.opener - 1; k >= 0 && k >= c.opener-4; k-- {
		if attitudeWords[s.toks[k].low] {
			return true
		}
		if s.toks[k].text == "," {
			break
		}
	}
	return false
}

// modalWords make a clause a possibility rather than a fact.
var modalWords = wordSet("would could might may should")

// attitudeWords before "that" make the clause that follows someone's fear,
// hope, belief or claim rather than a fact the article states.
var attitudeWords = wordSet(`worried worry worries fear fears feared afraid concern concerns concerned hope hopes hoped
	hoping warn warns warned warning believe believes believed think thinks thought suspect suspects
	suspected claim claims claimed allege alleges alleged suggest suggests suggested predict predicts
	predicted speculate speculated speculation rumour rumours rumor rumors doubt doubts doubted deny
	denies denied argue argues argued insist insists insisted possible possibility likely unlikely
	chance risk expect expects expected belief view assume assumed feel feels felt`)

// maxIntro is the longest introductory phrase, in tokens, before the comma
// that ends it ("When the two team managers finally agreed late on Friday
// night that the ground was too wet to play on, …").
const maxIntro = 24

// introWords open an introductory phrase that ends at the first comma.
var introWords = wordSet(`in after following however on at meanwhile earlier later last despite during since before with
	for speaking separately also yesterday today now still instead but and then overall nevertheless
	furthermore moreover according under as when while by amid`)

// subordinators after a comma start a clause that a question prompt can
// leave out.
var subordinators = wordSet(`after before with which who while as when following hours days weeks saying amid despite
	according where although though but and in prompting leaving including because`)

var determiners = wordSet("the a an its his her their")

// clauseOpeners start a subordinate clause whose subject and verb follow.
var clauseOpeners = wordSet("after before when because since while as that until once")

// parseClauses parses the main clause of a sentence and the subordinate
// clauses opened by "after", "when", "that"… ("hours after Trump fired FBI
// director James Comey").
func parseClauses(s *sent) []clause {
	var out []clause
	if c := parseClauseAt(s, 0); c.ok {
		out = append(out, c)
	}
	for i := 1; i+2 < len(s.toks); i++ {
		if clauseOpeners[s.toks[i].low] && !s.toks[i].cap {
			if c := parseClauseAt(s, i+1); c.ok && c.subj1-c.subj0 <= 8 {
				c.opener = i
				// A subordinate clause ends at its first comma: what follows
				// belongs to the main clause.
				for k := c.verb + 1; k < c.end; k++ {
					if s.toks[k].text == "," && !adjectiveComma(s.toks, k) {
						c.end, c.textEnd = k, k
						break
					}
					if s.toks[k].low == "and" && k+1 < len(s.toks) && isPastVerb(s.toks, k+1) && len(out) > 0 && out[0].opener < 0 && out[0].verb < i && isPastVerb(s.toks, out[0].verb) {
						// "The forward collected the puck after Imhof lost
						// his footing and snapped a shot over the glove":
						// the second verb may be the main clause's, whose
						// subject did it; the clause ends before it.
						c.end, c.textEnd = k, k
						break
					}
				}
				// The clause before ends where this one opens, so that a
				// date in "said on Tuesday that the probe will launch in
				// 2029" belongs to the launch, not the saying.
				for k := range out {
					if out[k].verb < i && out[k].end > i {
						out[k].end = i
					}
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// pluralPresentBefore reports a regular verb in the present after a plural
// noun just before a participle at token j that describes the noun after
// it: "the children receive donated toys". Subject and verb agree there,
// as a noun before a verb ("the fire service issued") does not.
func pluralPresentBefore(toks []tok, i, j int) bool {
	if j-2 <= i || j+1 >= len(toks) {
		return false
	}
	noun, verb, next := toks[j-2], toks[j-1], toks[j+1]
	if !irregularPlurals[noun.low] && !(len(noun.low) > 3 && strings.HasSuffix(noun.low, "s") && !strings.HasSuffix(noun.low, "ss") && !strings.HasSuffix(noun.low, "us")) {
		return false
	}
	if !verb.word || verb.cap || strings.HasSuffix(verb.low, "s") || stopwords[verb.low] {
		return false
	}
	if !next.word || next.cap || next.num || stopwords[next.low] || determiners[next.low] {
		return false
	}
	past := verb.low + "ed"
	if strings.HasSuffix(verb.low, "e") {
		past = verb.low + "d"
	}
	return lemmaPast(past) == verb.low
}

// asideBeforeVerbAt finds an aside set off by commas that opens at token
// k and is followed by a verb (", catalogued as TOI-1 b, is…"): it
// returns the verb's token, or 0.
func asideBeforeVerbAt(toks []tok, k int) int {
	for j := k + 1; j+1 < len(toks) && j < k+15; j++ {
		switch toks[j].text {
		case "\"", "(", ";":
			return 0
		case ",":
			if auxiliaries[toks[j+1].low] || isPastVerb(toks, j+1) {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

func parseClauseAt(s *sent, i int) clause {
	c := clause{subjMent: -1, aux: -1, verb: -1, opener: -1}
	toks := s.toks
	if len(toks)-i < 3 {
		return c
	}
	if i == 0 && leadingConjunction(toks, 0) && toks[1].word {
		i = 1 // "And Ann Lee said…"
	} else if i == 0 && introWords[toks[0].low] {
		for j := 1; j < len(toks) && j < maxIntro; j++ {
			if toks[j].text == "," {
				i = j + 1
				break
			}
		}
		if i == 0 {
			return c
		}
	}
	if i >= len(toks) || s.toks[i].num {
		return c
	}
	c.subj0 = i
	// A named subject, possibly with its role: "US President Donald Trump".
	for mi, m := range s.ments {
		// A name of unknown type (a band, a firm) is a subject too.
		if m.r0 == i && m.ent >= 0 && m.typ <= eSite && !m.modifier {
			if m.t1 < len(toks) && toks[m.t1].low == "'s" {
				continue
			}
			c.subjMent = mi
			c.subj1 = m.t1
		}
	}
	if c.subjMent < 0 {
		// A name after words that describe it: "Ex chat show host Jo
		// Bloggs has quit…", "rock veterans New Order have joined…".
		for mi, m := range s.ments {
			if m.r0 <= i || m.r0 > i+4 || m.ent < 0 || m.pronoun || m.desc || m.modifier || m.typ < ePerson || m.typ > eSite {
				continue
			}
			plain := true
			for k := i; k < m.r0; k++ {
				t := toks[k]
				plain = plain && t.word && !t.num && !stopwords[t.low] && !auxiliaries[t.low] && !isPastVerb(toks, k) && !speechVerbs[t.low] && !introWords[t.low]
			}
			if plain && m.t1 < len(toks) && toks[m.t1].low != "'s" {
				c.subjMent, c.subj1 = mi, m.t1
			}
			break
		}
	}
	if c.subjMent < 0 && bareNounSubject(s, i) {
		c.subj1 = i + 1 // "Building is expected to start in 2026", "Shares fell 5%"
	}
	predAt := 0 // the verb after an aside that follows a plain subject
	if c.subjMent < 0 && c.subj1 == 0 {
		if !determiners[toks[i].low] {
			return c
		}
		for j := i + 1; j < len(toks) && j < i+10; j++ {
			if toks[j].text == "," && j > i+1 && toks[j-1].word && !toks[j-1].cap && !strings.HasSuffix(toks[j-1].low, "est") && toks[j+1].low != "of" {
				if v := asideBeforeVerbAt(toks, j); v > 0 {
					c.subj1, predAt = j, v // "The planet, catalogued as TOI-1 b, is…": the aside is no predicate
					break
				}
			}
			if !toks[j].word && toks[j].low != "'s" {
				return c
			}
			switch toks[j].low {
			case "for", "with", "by", "from", "a", "an", "as", "at", "on", "in", "than", "that", "which", "who", "and", "or", "but":
				// "The US looks set for a continued…": no plain noun
				// phrase reaches the verb.
				return c
			}
			if auxiliaries[toks[j].low] || isPastVerb(toks, j) {
				if !auxiliaries[toks[j].low] && pluralPresentBefore(toks, i, j) {
					// "the children receive donated toys": the verb is in
					// the present, "donated" describes the toys.
					return c
				}
				if !auxiliaries[toks[j].low] && reducedRelative(toks, j) {
					// "The number of mortgages approved for house purchases
					// fell…": the main verb comes later; ask nothing.
					return c
				}
				c.subj1 = j
				break
			}
		}
		if c.subj1 == 0 {
			return c
		}
	}
	j := c.subj1
	if predAt > 0 {
		j = predAt
	} else if c.subjMent >= 0 && j < len(toks) && toks[j].text == "," {
		// "Ann Lee, the harbour master, said…": the appositive between
		// commas is not the predicate.
		for k := j + 1; k < len(toks) && k < j+20; k++ {
			t := toks[k]
			if t.text == "\"" || t.text == "(" || (auxiliaries[t.low] || isPastVerb(toks, k)) && toks[j+1].low != "who" {
				break
			}
			if t.text == "," {
				if k+1 < len(toks) && (auxiliaries[toks[k+1].low] || isPastVerb(toks, k+1)) {
					j = k + 1
				}
				break
			}
		}
	}
	c.pred = j
	for j < len(toks) && verbAdverbs[toks[j].low] {
		j++
	}
	if j >= len(toks) {
		return c
	}
	switch {
	case auxiliaries[toks[j].low]:
		c.aux = j
		k := j + 1
		for k < len(toks) && (verbAdverbs[toks[k].low] || toks[k].low == "not" || toks[k].low == "been") {
			k++
		}
		if k < len(toks) && isParticiple(toks[k]) {
			c.verb = k
		} else if toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "had" {
			// "This has made Comey…" — "had" as a main verb cannot move.
			if k < len(toks) && isParticiple(toks[k]) {
				c.verb = k
			} else {
				return c
			}
		} else {
			c.verb = j // a copula: "Lavrov was in Washington"
		}
	case isPastVerb(toks, j):
		if j > 0 && strings.HasSuffix(toks[j-1].low, "-year-old") && j+1 < len(toks) && toks[j+1].word && !toks[j+1].cap && !stopwords[toks[j+1].low] {
			return c // "a 67-year-old retired schoolteacher": an adjective, no verb
		}
		c.verb = j
		c.lemma = lemmaPast(toks[j].low)
		if c.lemma == "" {
			return c
		}
	default:
		return c
	}
	c.end = clauseEnd(toks, c.verb+1)
	if e := c.end; e-c.verb >= 2 && e-c.verb <= 3 && e+1 < len(toks) && toks[e].low == "but" && (speechVerbs[toks[e+1].low] || isPastVerb(toks, e+1)) && !slices.ContainsFunc(toks[c.verb+1:e], func(t tok) bool { return t.num || t.cap }) {
		// "welcomed the investment but said it underlined…": a deed so
		// short that others may have done it too goes on with its second
		// verb, which tells it apart.
		if e2 := clauseEnd(toks, e+2); e2-e <= 18 {
			c.end = e2
		}
	}
	c.textEnd = c.end
	c.ok = true
	return c
}

// clauseEnd returns the token after the useful part of a clause that
// continues from token from: the sentence ends, or a comma introduces a
// subordinate clause.
func clauseEnd(toks []tok, from int) int {
	end := len(toks)
	for end > from && !toks[end-1].word && toks[end-1].text != "\"" && toks[end-1].text != ")" && toks[end-1].text != "%" {
		end-- // the full stop goes; "by about 45%" keeps its sign
	}
	quote, comma := false, false
	for k := from; k < end; k++ {
		if toks[k].text == "\"" {
			quote = !quote
		}
		if quote {
			continue
		}
		if comma && toks[k].text == "," && k+2 < end && (toks[k+1].low == "and" || toks[k+1].low == "or") && listEnd(toks, k+2, end) {
			// "blamed late deliveries, a dispute with the contractor, and
			// a shortage of technicians": the last of a list, which the
			// clause keeps.
			continue
		}
		if (toks[k].text == "," || toks[k].text == ";" || toks[k].text == "-") && k+1 < end && (subordinators[toks[k+1].low] || speechVerbs[toks[k+1].low] || toks[k].text != ",") {
			return k
		}
		comma = comma || toks[k].text == ","
		if k > from && (toks[k].low == "but" && !anyWord[toks[k-1].low] || toks[k].low == "whereas" || toks[k].low == "while") {
			return k // "is expected but developers…": a second clause
		}
	}
	return end
}

// listEnd reports the words from k, after ", and", as the last item of a
// list: a noun phrase with no verb of its own ("and a shortage of
// technicians") or a deed of the same subject ("and ignited it"), not a
// new clause ("and the effect was immediate") nor more words of someone's
// ("and said the government was ready").
func listEnd(toks []tok, k, end int) bool {
	if isPastVerb(toks, k) {
		return !speechVerbs[toks[k].low] && !sayVerbs[toks[k].low]
	}
	for j := k; j < end && toks[j].text != ","; j++ {
		if finiteVerb(toks, j) {
			return false
		}
	}
	return true
}

// anyWord before "but" makes "but" mean "except": "nothing but water".
var anyWord = wordSet("nothing anything everything all none everyone anyone nobody")

func isParticiple(t tok) bool {
	if !t.word || t.cap {
		return false
	}
	if strings.HasSuffix(t.low, "ed") && len(t.low) > 3 {
		return true
	}
	if irregularParticiples[t.low] {
		return true
	}
	return false
}

// isPastVerb guesses whether token j is a past-tense verb.
func isPastVerb(toks []tok, j int) bool {
	t := toks[j]
	if !t.word || t.cap {
		return false
	}
	if _, ok := irregularPast[t.low]; ok {
		return t.low != "read" && t.low != "set" && t.low != "put" && t.low != "cut" && t.low != "hit" && t.low != "beat" && t.low != "cost" && t.low != "bit" && t.low != "left" || j > 0 && toks[j-1].cap
	}
	if !strings.HasSuffix(t.low, "ed") || len(t.low) < 4 {
		return false
	}
	if edNonVerbs[t.low] {
		return false
	}
	if strings.HasSuffix(t.low, "eed") && !eedPasts[t.low] {
		return false // "seaweed", "speed", "proceed": no past tense
	}
	if k := strings.IndexByte(t.low, '-'); k >= 0 && !verbPrefixes[t.low[:k]] {
		return false // "arrowhead-shaped", "long-awaited": adjectives
	}
	return true
}

// eedPasts are the past tenses among words ending in "eed".
var eedPasts = wordSet("agreed disagreed freed decreed guaranteed refereed emceed")

// verbPrefixes before a hyphen keep a word a verb: "re-elected",
// "co-founded".
var verbPrefixes = wordSet("re co pre de un e over out under mis")

// lemmaPast returns the base form of a past-tense verb, restoring a silent
// e by English spelling rules; it returns "" when it cannot tell.
func lemmaPast(w string) string {
	if b, ok := irregularPast[w]; ok {
		return b
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 4 {
		return ""
	}
	if strings.HasSuffix(w, "eed") {
		return w[:len(w)-1] // agreed → agree
	}
	if strings.HasSuffix(w, "ied") {
		if len(w) <= 4 {
			return w[:len(w)-1] // died → die
		}
		return w[:len(w)-3] + "y" // carried → carry
	}
	st := w[:len(w)-2]
	n := len(st)
	if n < 2 {
		return ""
	}
	last, prev := st[n-1], st[n-2]
	if stemNoE[st] {
		return st
	}
	if stemNeedsE[st] {
		return st + "e"
	}
	if last == prev && !strings.ContainsRune("lsfz", rune(last)) && n > 3 {
		return st[:n-1] // stopped → stop
	}
	if (strings.HasSuffix(st, "ell") || strings.HasSuffix(st, "oll")) && syllables(st) > 1 {
		return st[:n-1] // travelled → travel, controlled → control; but rolled → roll
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(st, "iat") || strings.HasSuffix(st, "uat") || strings.HasSuffix(st, "uot") || strings.HasSuffix(st, "quir"):
		return st + "e" // negotiated, graduated, quoted, acquired
	case last == 'v' || last == 'z' && prev != 'z' || last == 'u':
		return st + "e"
	case last == 'c':
		return st + "e"
	case last == 's' && vowel(prev) && !(n >= 3 && vowel(st[n-3])) || strings.HasSuffix(st, "aus") || strings.HasSuffix(st, "eas") || strings.HasSuffix(st, "ais") || strings.HasSuffix(st, "ois") || strings.HasSuffix(st, "ous"):
		return st + "e" // released, promised, caused
	case strings.HasSuffix(st, "rs") || strings.HasSuffix(st, "ns") || strings.HasSuffix(st, "ps") || strings.HasSuffix(st, "ls") || strings.HasSuffix(st, "rg") || strings.HasSuffix(st, "dg"):
		return st + "e" // endorsed, licensed, collapsed, urged, judged
	case strings.HasSuffix(st, "ang") || strings.HasSuffix(st, "eng") || strings.HasSuffix(st, "ung"):
		return st + "e" // changed, challenged
	case last == 'l' && n >= 3 && !vowel(prev) && prev != 'l' && prev != 'r' && prev != 'w':
		return st + "e" // handled, settled, tackled, cycled; not called, curled, crawled
	case !vowel(last) && vowel(prev) && n >= 3 && !vowel(st[n-3]):
		// Consonant–vowel–consonant ending: fire, vote, decide, but
		// order, open, visit.
		switch {
		case last == 'w' || last == 'x' || last == 'y' || last == 'h':
			return st
		case prev == 'e' && (last == 'r' || last == 'n' || last == 'l' || last == 't'):
			return st
		case prev == 'o' && last == 'n' && syllables(st) > 1:
			return st // questioned, summoned
		case prev == 'a' && (last == 'n' || last == 'l') && syllables(st) > 1:
			return st // signaled
		case prev == 'i' && last == 't' && syllables(st) > 1:
			return st // visited
		case prev == 'o' && last == 'r' && syllables(st) > 1 && st[n-3] == 't' && !strings.HasSuffix(st, "stor"):
			return st // monitored, mentored; but restored
		}
		return st + "e"
	}
	return st
}

func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// irregularParticiples are past participles that do not end in -ed: "made", "taken". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var irregularParticiples = wordSet(`made held led met sent built brought bought fought sought caught taught found left kept told
	said paid sold heard shot hit put set cut shut spent lost won given taken seen known shown
	chosen written spoken broken driven drawn grown thrown flown begun become struck quit let hurt
	spread split beaten done gone risen fallen fled stood understood got gotten meant felt dealt
	forgotten hidden ridden stolen sworn torn worn eaten sung sunk withdrawn overseen upheld
	withheld frozen dug slept swept lent fed stuck shaken overcome undertaken overtaken forbidden
	foreseen mistaken bid`)

// edNonVerbs end in -ed but are no past-tense verbs: "hundred", "alleged". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var edNonVerbs = wordSet(`need speed seed feed bed red shed hundred indeed proceed exceed deed breed greed bled sled wed
	shred naked sacred wicked wretched beloved ragged aged learned alleged so-called armed united
	limited based related concerned interested detailed advanced experienced`)

// reducedRelative reports a past form at toks[j] that only describes the
// noun before it, because a finite verb follows soon in the same clause:
// "mortgages approved for house purchases fell", "a study published last
// year by Reyes and colleagues found".
func reducedRelative(toks []tok, j int) bool {
	if j+1 < len(toks) && toks[j+1].text == "," {
		// "The aircraft involved, registered CS-AUR, was delivered…": an
		// aside and then the verb.
		if v := asideBeforeVerbAt(toks, j+1); v > 0 && auxiliaries[toks[v].low] {
			return true
		}
	}
	by := false
	for k := j + 1; k < len(toks) && (k < j+7 || by && k < j+10 || k < j+9 && toks[k].text == ","); k++ {
		t := toks[k]
		by = by || t.low == "by"
		switch {
		case by && t.low == "and" && k+1 < len(toks) && toks[k+1].word && !auxiliaries[toks[k+1].low] && !isPastVerb(toks, k+1) && !presentVerb(toks, k+1):
			// "published last year by Reyes and colleagues found…": the
			// agents are two, the verb still to come.
		case t.low == "'s":
			// "Money paid into Hartley's accounts was used…"
		case t.text == ",":
			// "Money paid into accounts of his company, Swanbourne Wealth
			// Partners, was used to pay…": the verb after the aside.
			v := asideBeforeVerbAt(toks, k)
			return v > 0 && auxiliaries[toks[v].low]
		case !t.word || t.low == "and" || t.low == "or" || t.low == "but" || t.low == "that" || t.low == "which" || t.low == "who":
			return false
		case k > j+1 && (auxiliaries[t.low] || isPastVerb(toks, k)) && !toks[k-1].cap:
			return true
		}
	}
	return false
}

// bareNounSubject reports a plain noun without a determiner opening the
// sentence at token i, right before its verb: "Building is expected…",
// "Shares fell…". A capital there is the sentence's, not a name's, when no
// name starts at it.
func bareNounSubject(s *sent, i int) bool {
	toks := s.toks
	if i != 0 || len(toks) < 3 || !toks[0].word || toks[0].num || toks[0].acro || stopwords[toks[0].low] || pronounish(toks[0].low) || introWords[toks[0].low] || strings.HasSuffix(toks[0].low, "ly") {
		return false
	}
	for _, m := range s.ments {
		if m.t0 == 0 || m.r0 == 0 {
			return false
		}
	}
	return auxiliaries[toks[1].low] || isPastVerb(toks, 1)
}

// adjectiveComma reports a comma between two adjectives of one noun
// phrase: "a sealed, low-maintenance pump design" goes on past it.
func adjectiveComma(toks []tok, k int) bool {
	if k < 2 || k+2 >= len(toks) || !determiners[toks[k-2].low] {
		return false
	}
	nx := toks[k+1]
	// "a scrappy, promising set": an adjective's shape before the comma
	// makes the "-ing" word after it one more.
	ingAdjective := strings.HasSuffix(nx.low, "ing") && adjectiveShaped(toks[k-1].low)
	// "a tense, rain-soaked afternoon": a compound participle is one more.
	compound := strings.Contains(nx.low, "-") && (strings.HasSuffix(nx.low, "ed") || strings.HasSuffix(nx.low, "ing")) && toks[k+2].word && !toks[k+2].cap
	return nx.word && !nx.cap && !nx.num && !stopwords[nx.low] && (!isVerbish(nx.low) || ingAdjective || compound) && !pronounish(nx.low) && !subordinators[nx.low] && toks[k+2].word
}

// adjectiveShaped reports a word that ends as adjectives do and nouns
// seldom do: "scrappy", "furious", "restless", "brutal".
func adjectiveShaped(w string) bool {
	for _, suf := range []string{"ous", "ful", "ive", "ish", "less", "able", "ible", "ic", "al"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return len(w) > 4 && strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ey") && !strings.HasSuffix(w, "ay") && !strings.HasSuffix(w, "oy") && !strings.HasSuffix(w, "ity") && !strings.HasSuffix(w, "ry")
}
