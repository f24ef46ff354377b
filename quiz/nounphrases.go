package quiz

// Stage 6b, "what" questions about common-noun phrases: most facts a
// teacher asks about are not keyed on a name ("What did the council
// approve?" — "a new timetable"). The article's own noun phrases of the
// same form are the wrong options, so that every option is on topic.

import (
	"slices"
	"strings"
)

// nounPhrase is a common-noun phrase of a sentence: an optional
// determiner, then one to four lower-case words ending in a noun.
type nounPhrase struct {
	sent   int
	d0     int    // first token, the determiner's when there is one
	t0, t1 int    // the words after the determiner
	det    string // "the", "a", "an" or "" (a possessive shows as "the")
	words  string // lower case, as written
	head   string // the last word
	plural bool
	object bool // right after a verb
	// subject is set when the phrase is the subject of a main clause;
	// articlePhrases sets it.
	subject bool
}

// npPreps before a bare plural open a noun phrase.
var npPreps = wordSet("in on for with from about over against into by at")

// npInner are function words a noun phrase may hold inside: "next
// generation console", "other creditors".
var npInner = wordSet("next other")

// npDeterminers open a noun phrase; possessives count as "the" in options.
var npDeterminers = wordPairs("the:the a:a an:a its:the their:the his:the her:the")

// vagueHeads are nouns that say too little to be an answer on their own
// ("details", "a number"), that need what follows ("part of"), or that
// stand for things named before ("digitised the objects", beside "the
// items" and "the artefacts", all the same plaques).
var vagueHeads = wordSet(`details detail number numbers lot lots part kind way ways range series rest end start thing
	things time times year years day days week weeks month months people one ones fact case matter
	issue issues side sides point place group area areas level levels half number. top bottom front
	back moment stage chance bit type sort list version amount total majority minority percent cent
	morning evening night afternoon weekend season game match statement comment comments news story
	hours minutes minute hour summer winter spring past future present little few lot. while
	item items object objects artefact artefacts artifact artifacts piece pieces`)

// npBreakers end a noun phrase or show that a word is no noun.
func npWordOK(t tok) bool {
	if !t.word || t.cap || t.num || stopwords[t.low] || auxiliaries[t.low] || speechVerbs[t.low] || particles[t.low] {
		return false
	}
	if strings.HasSuffix(t.low, "ly") || monthIndex(t.text) >= 0 || weekdayIndex(t.text) >= 0 || ordinalIndex(t.low) >= 0 || numberWordIndex(t.low) >= 0 {
		return false
	}
	return true
}

// nounPhrases finds the common-noun phrases of a sentence.
func nounPhrases(s *sent) []nounPhrase {
	var out []nounPhrase
	toks := s.toks
	quote := false
	for k0 := 0; k0 < len(toks); k0++ {
		k := k0
		if toks[k].text == "\"" {
			quote = !quote
		}
		if quote || k+1 >= len(toks) {
			continue
		}
		det, isDet := npDeterminers[toks[k].low]
		bare := false
		if !isDet {
			// A bare plural after a verb or a preposition: "sold generic
			// drugs", "demand for portable players".
			if !npWordOK(toks[k]) || k == 0 || !(npPreps[toks[k-1].low] || isPastVerb(toks, k-1) || presentVerb(toks, k-1) || isParticiple(toks[k-1])) {
				continue
			}
			bare = true
			k = k0 - 1
		}
		e := k + 1
		for e < len(toks) && e < k+6 && (npWordOK(toks[e]) && !(e > k+1 && (presentVerb(toks, e) || isPastVerb(toks, e) && !isParticiple(toks[e]) || isParticiple(toks[e]) && e+1 < len(toks) && !npWordOK(toks[e+1]))) || e > k+1 && e+1 < len(toks) && npWordOK(toks[e+1]) && npInner[toks[e].low]) {
			e++
		}
		n := e - k - 1
		if n < 1 || n > 4 || npInner[toks[e-1].low] {
			continue
		}
		if e < len(toks) && (toks[e].low == "of" || toks[e].low == "'s" || toks[e].cap && toks[e].word && !clauseStart(toks, e) || toks[e].num || strings.ContainsAny(toks[e].text, currencySigns) && e+1 < len(toks) && toks[e+1].num || toks[e].text == "-" && e+1 < len(toks) && toks[e+1].word && !toks[e+1].cap) {
			continue // "details of the chip", "the US", "the 2005 season", "an initial €1.5 million"
		}
		if e+1 < len(toks) && (det == "a" || det == "an") && isPastVerb(toks, e) && !strings.HasSuffix(toks[e].low, "ed") && npWordOK(toks[e]) && (toks[e+1].low == "that" || toks[e+1].low == "which") {
			continue // "a drop shot that Varga could only push": "shot" ends the noun, no verb of "a drop"
		}
		head := toks[e-1].low
		if bare {
			det = ""
			if !strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") || n < 2 && !npPreps[toks[k].low] {
				continue
			}
		}
		if vagueHeads[head] || isVerbish(head) || len(head) < 3 || strings.HasSuffix(head, "ing") && !ingNouns[head] || adjectiveEnding(head) || superlativeIn(toks[k+1:e]) {
			continue
		}
		words := s.text[toks[k+1].start:toks[e-1].end]
		d0 := k
		if bare {
			d0 = k + 1
		}
		p := nounPhrase{sent: s.idx, d0: d0, t0: k + 1, t1: e, det: det, words: strings.ToLower(words), head: head,
			plural: strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is")}
		p.object = d0 > 0 && (isPastVerb(toks, d0-1) || presentVerb(toks, d0-1) || isParticiple(toks[d0-1]))
		out = append(out, p)
		k0 = e - 1
	}
	return out
}

// superlativeIn reports a superlative among a phrase's words: "the
// strongest annual growth", "the weakest-performing region" rank what the
// sentence measures, and are neither a thing to ask nor a wrong option.
func superlativeIn(ws []tok) bool {
	for _, t := range ws {
		w, _, _ := strings.Cut(t.low, "-")
		if w == "most" || w == "least" || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w] {
			return true
		}
	}
	return false
}

// notSuperlatives end in -est but rank nothing.
var notSuperlatives = wordSet(`interest forest protest request contest harvest guest chest inquest conquest manifest
	digest behest honest modest arrest suggest invest unrest`)

// massNouns are not counted, so they take no "a": "a water" reads wrong.
var massNouns = wordSet(`water money food power rain snow ice oil gas fuel electricity air information advice evidence
	news equipment furniture traffic weather damage research work help support progress access land sand mud
	weight heat light smoke music luggage rubbish waste steel wood milk bread coffee tea`)

// ingNouns are nouns ending in -ing that may head a phrase.
var ingNouns = wordSet(`building meeting funding spending training ceiling hearing ruling warning offering opening
	recording shooting bombing housing clothing painting wedding ceasefire earnings savings findings
	proceedings dealings listing rating ratings ranking rankings booking bookings filling setting
	trading`)

// adjectiveEnding guesses that a word ending a phrase is an adjective, so
// that the phrase is no noun phrase ("the most successful").
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"ous", "ive", "ful", "ical", "less", "est"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	if commonAdjectives[w] {
		return true
	}
	return false
}

// phraseOption writes a noun phrase as an option with the determiner a
// teacher would read: "the chip", "an offer", "generic drugs".
func phraseOption(det, words string) string {
	switch det {
	case "":
		return words
	case "a":
		if strings.ContainsRune("aeiou", rune(words[0])) && !consonantSound(words) {
			return "an " + words
		}
		return "a " + words
	}
	return "the " + words
}

// consonantSound reports a word that opens with a vowel letter but a
// consonant's sound: "a one-shot lead", "a unique", "a European".
func consonantSound(words string) bool {
	for _, p := range []string{"one", "union", "unique", "unit", "univers", "uniform", "use", "usu", "eu"} {
		if strings.HasPrefix(words, p) {
			return true
		}
	}
	return false
}

// articlePhrases collects the noun phrases of the whole article once, with
// how often each head noun occurs.
func (an *analysis) articlePhrases() ([]nounPhrase, map[string]int) {
	if an.phrases != nil {
		return an.phrases, an.headCount
	}
	an.phrases = []nounPhrase{}
	an.headCount = map[string]int{}
	for i := range an.sents {
		ps := nounPhrases(&an.sents[i])
		for k := range ps {
			for _, c := range an.sents[i].cls {
				if c.ok && c.subjMent < 0 && c.subj0 == ps[k].d0 && c.subj1 == ps[k].t1 {
					ps[k].subject = true
				}
			}
		}
		an.phrases = append(an.phrases, ps...)
		for _, t := range an.sents[i].toks {
			if t.word && !t.cap {
				an.headCount[strings.TrimSuffix(t.low, "s")]++
			}
		}
	}
	return an.phrases, an.headCount
}

// phraseDistractors picks n noun phrases of the article of the same form
// as the key (number, determiner, length) that the evidence sentence does
// not use and that no sentence pairs with the same verb, most salient
// first.
func (an *analysis) phraseDistractors(s *sent, key nounPhrase, verb string, n int, bare bool) []string {
	ctxPrev, ctxNext := "", ""
	if key.d0 > 0 && !stopwords[s.toks[key.d0-1].low] {
		ctxPrev = s.toks[key.d0-1].low
	}
	if key.t1 < len(s.toks) && !stopwords[s.toks[key.t1].low] && s.toks[key.t1].word {
		ctxNext = s.toks[key.t1].low
	}
	all, hc := an.articlePhrases()
	keyWords := strings.Fields(key.words)
	inSent := map[string]bool{}
	for _, t := range s.toks {
		inSent[strings.TrimSuffix(t.low, "s")] = true
	}
	type scored struct {
		text  string
		score float64
		once  bool // the article names it once
	}
	var pool []scored
	seen := map[string]bool{key.words: true}
	for _, p := range all {
		if seen[p.words] || p.plural != key.plural || anaphoricHeads[p.head] || p.sent == s.idx || nounClass(p.head) != nounClass(key.head) || actorNouns[strings.TrimSuffix(p.head, "s")] || sameMeaning(p.head, key.head) {
			continue
		}
		if decadeWords[p.head] {
			continue // "the seventies": a time, no thing anyone saw or sent
		}
		if measureHeads[strings.TrimSuffix(p.head, "s")] && !measureHeads[strings.TrimSuffix(key.head, "s")] {
			continue // "a metre out" measures; "the metre" is no thing Scotland regained
		}
		if ps := &an.sents[p.sent]; p.t1 < len(ps.toks) && ordinalIndex(ps.toks[p.t1].low) >= 0 {
			continue // "a tight first set": "the tight" is half a phrase
		}
		if (key.det == "a" || key.det == "an") && (massNouns[p.head] || p.det != "a" && p.det != "an" && !strings.Contains(p.words, " ")) {
			// Beside "a card", "the water" written "a water" reads wrong,
			// and "the harbour", something the story already knew, as "a
			// harbour" is no likely answer; "the new slipway" may be "a
			// new slipway".
			continue
		}
		seen[p.words] = true
		ws := strings.Fields(p.words)
		clash := false
		for _, w := range ws {
			if inSent[strings.TrimSuffix(w, "s")] {
				clash = true // shares a word with the evidence: maybe the same thing
			}
			for _, kw := range keyWords {
				if w == kw {
					clash = true
				}
			}
		}
		if clash || an.phraseAfterVerb(verb, p.words) || key.subject && (p.subject || hc[strings.TrimSuffix(p.head, "s")] > 1) {
			// Another subject of the article may be another name for
			// the key's subject ("the storm", "the weather").
			continue
		}
		if ps := &an.sents[p.sent]; p.d0 > 0 && ps.toks[p.d0-1].low == ctxPrev || p.t1 < len(ps.toks) && ps.toks[p.t1].low == ctxNext {
			continue // used in the same frame elsewhere: it may fit the blank too
		}
		d := len(ws) - len(keyWords)
		if d < -1 || d > 1 || d != 0 && len(keyWords) < 3 {
			// Beside "the forecast", "the horrible trip" stands out by its
			// length and its tone: short keys get options of their length.
			continue
		}
		sc := float64(hc[strings.TrimSuffix(p.head, "s")])
		if p.object == key.object {
			sc += 1
		}
		if p.det == key.det || p.det != "" && key.det != "" {
			sc += 0.5
		}
		// Options of one length: a longer or shorter one stands out,
		// and a test-wise student picks it.
		sc -= 0.8 * float64(abs(d))
		opt := phraseOption(key.det, p.words)
		if bare {
			opt = p.words
		}
		pool = append(pool, scored{opt, sc, hc[strings.TrimSuffix(p.head, "s")] < 2})
	}
	// Stable order: best score first, article order among equals.
	for i := 1; i < len(pool); i++ {
		for j := i; j > 0 && pool[j].score > pool[j-1].score; j-- {
			pool[j], pool[j-1] = pool[j-1], pool[j]
		}
	}
	var out []string
	used := map[string]bool{}
	for _, w := range keyWords {
		used[strings.TrimSuffix(w, "s")] = true
	}
	onceUsed := false
	for _, p := range pool {
		if len(out) == n {
			break
		}
		ws := strings.Fields(p.text)[1:]
		if key.det == "" || bare {
			ws = strings.Fields(p.text)
		}
		clash := false
		for _, w := range ws {
			if used[strings.TrimSuffix(w, "s")] {
				clash = true // "the storm" beside "the winter storm"
			}
		}
		if clash || p.once && onceUsed && !bare {
			// Things the article names once are by the way ("the coma",
			// "the pole" beside "the forecast"): one among the wrong
			// options is enough, or a guess rules them out.
			continue
		}
		onceUsed = onceUsed || p.once
		for _, w := range ws {
			used[strings.TrimSuffix(w, "s")] = true
		}
		out = append(out, p.text)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// phraseAfterVerb reports whether any sentence has verb followed closely by
// the phrase: then the phrase may be a right answer too.
func (an *analysis) phraseAfterVerb(verb, words string) bool {
	if verb == "" {
		return false
	}
	first := strings.Fields(words)[0]
	for i := range an.sents {
		toks := an.sents[i].toks
		for k, t := range toks {
			if t.low != verb {
				continue
			}
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].low == first {
					return true
				}
			}
		}
	}
	return false
}

// stanceNouns, alone after "the", point back to a course or a claim the
// article described before: "defended the approach", "dismissed the
// complaint".
var stanceNouns = wordSet(`approach strategy policy stance position tactic tactics method methods course result outcome news verdict ruling
	complaint complaints accusation accusations claim suggestion suggestions`)

// perceptionVerbs take a thing and what it does: "watched the scene
// unfold", "saw the ball cross the line".
var perceptionVerbs = wordSet("watched watch watches saw see sees heard hear hears felt noticed")

// whatQuestions asks "What did S verb …?" about the object of a clause and
// "What verb …?" about a plain noun-phrase subject, keyed on common-noun
// phrases, with the article's other noun phrases as wrong options.
func (an *analysis) whatQuestions(s *sent, pos float64) []cand {
	var out []cand
	_, hc := an.articlePhrases()
	phrases := nounPhrases(s)
	salient := func(p nounPhrase) bool {
		if hc[strings.TrimSuffix(p.head, "s")] >= 2 {
			return true
		}
		for _, w := range an.headlineWords() {
			if strings.TrimSuffix(w, "s") == strings.TrimSuffix(p.head, "s") {
				return true
			}
		}
		return false
	}
	for _, c := range s.cls {
		if !c.ok || c.opener >= 0 {
			continue // the main clause only
		}
		active := true
		if c.aux >= 0 {
			switch s.toks[c.aux].low {
			case "was", "were", "is", "are":
				active = false // passive or copula: no object to ask for
			}
			if c.aux == c.verb {
				active = false
			}
		}
		if an.loosePrompt(s, c.subj0, c.textEnd) || an.loosePronoun(s, c.subj0, c.textEnd, c.subjMent >= 0 && s.ments[c.subjMent].typ == ePerson, nil) || notButCut(s.toks, c.verb, c.textEnd) {
			continue
		}
		verbLow := s.toks[c.verb].low
		if speechVerbs[verbLow] || verbLow == "had" || verbLow == "got" || verbLow == "made" || verbLow == "took" {
			continue // "said the …", "had a …": the object is a whole clause or says little
		}
		if perceptionVerbs[verbLow] {
			continue // "watched the scene unfold": what was seen is a whole happening, no thing
		}
		if linkingVerbs[verbLow] {
			continue // "China remained a weak spot", "he proved an attentive partner": what it is, no thing done to; "What did China remain?" asks nothing
		}
		for _, p := range phrases {
			if !active || p.d0 != c.verb+1 || p.t1 > c.textEnd || p.t1 < len(s.toks) && (s.toks[p.t1].low == "and" || s.toks[p.t1].low == "or" || s.toks[p.t1].low == "with") {
				// "presented his fiancee with a ring": the thing given
				// is not the object.
				continue
			}
			if !salient(p) && c.subjMent < 0 || p.t1 < len(s.toks) && (pronounish(s.toks[p.t1].low) || particles[s.toks[p.t1].low] || listAfter(s.toks, p.t1)) {
				// "secured the win they sought": without the phrase, the
				// clause after it has no head; "put the visitors ahead":
				// the verb and its particle make one meaning; "bought the
				// boats, the cranes and…": the first of a list.
				continue
			}
			if infinitiveAfter(s.toks, p) {
				// "repeated his campaign pledge not to form a coalition":
				// what follows is the pledge's, and "What did he repeat not
				// to form…?" asks nothing.
				continue
			}
			if p.t1-p.t0 == 1 && (bareVague[strings.TrimSuffix(p.head, "s")] || actorNouns[p.head]) {
				// "What did he win …? The prize": the sentence says what;
				// "placed the company on review": a firm named before.
				continue
			}
			if p.t1-p.t0 == 1 && (anaphoricHeads[p.head] || stanceNouns[p.head]) {
				continue // "Caldwell defended the approach": which one, the sentence before said
			}
			if p.t1-p.t0 == 1 && idiomObjects[p.head] {
				continue // "has taken her seat", "has done the sums", "took the lead": an idiom, no thing
			}
			if d := s.toks[p.d0].low; p.t1-p.t0 == 1 && (d == "his" || d == "her" || d == "its" || d == "their") {
				continue // "converted his kick": "What did he convert? the kick" asks nothing the verb does not say
			}
			if p.t1-p.t0 == 1 && (measureNouns[strings.TrimSuffix(p.head, "s")] || comparatives[p.head] || contestantNouns[p.head]) {
				// "covered the kilometre between 38 and 39": a stretch of
				// the race, no thing; "had started the brighter": the
				// brighter side; "gave the challenger a long look": a
				// fighter, no "what".
				continue
			}
			if nounClass(p.head) == 1 {
				// "What did firefighters pull from the window? the boy":
				// a person is no "what", and "the grandson" among the
				// options may be the same boy.
				continue
			}
			ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: s.text[s.toks[p.t0].start:s.toks[p.t1-1].end]}
			q := an.verbGroupQuestion(s, c, "What", p.d0, p.t1)
			if q == "" || strings.Contains(q, "_____") || countWords(q) < 4 || countWords(q) > 22 {
				continue
			}
			dis := an.phraseDistractors(s, p, verbLow, 3, false)
			if len(dis) < 3 {
				continue
			}
			key := phraseOption(p.det, s.text[s.toks[p.t0].start:s.toks[p.t1-1].end])
			sc := 2.5 * pos
			if salient(p) {
				sc += 0.3
			}
			out = append(out, cand{q: Question{Kind: KindWhat, Prompt: q, Options: opts(key, dis), Evidence: ev}, score: sc, sent: s.idx, fact: "np" + itoa(s.idx) + p.words, answer: key})
		}
		// A plain noun-phrase subject: "The chip will be made of …".
		if c.subjMent >= 0 {
			continue
		}
		for _, p := range phrases {
			if p.d0 != c.subj0 || p.t1 != c.subj1 || !salient(p) || p.t1-p.t0 == 1 && actorNouns[p.head] {
				continue
			}
			p.subject = true
			if c.aux < 0 {
				continue // "an ambitious pull shot to a ball": "shot" may be no verb
			}
			verbs := span(s, c.pred, c.textEnd)
			if strings.Contains(verbs, "\"") || countWords(verbs) < 4 || countWords(verbs) > 20 {
				continue
			}
			if c.aux >= 0 {
				switch s.toks[c.aux].low {
				case "were":
					verbs = "was" + verbs[len("were"):]
				case "have":
					verbs = "has" + verbs[len("have"):]
				case "are":
					verbs = "is" + verbs[len("are"):]
				}
			} else if p.plural && presentVerb(s.toks, c.verb) {
				continue
			}
			dis := an.phraseDistractors(s, p, "", 3, false)
			if len(dis) < 3 {
				continue
			}
			key := phraseOption(p.det, s.text[s.toks[p.t0].start:s.toks[p.t1-1].end])
			ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: s.text[s.toks[p.t0].start:s.toks[p.t1-1].end]}
			q := tidyPrompt("What "+verbs, "?")
			out = append(out, cand{q: Question{Kind: KindWhat, Prompt: q, Options: opts(key, dis), Evidence: ev}, score: 2.3 * pos, sent: s.idx, fact: "np" + itoa(s.idx) + p.words, answer: key})
		}
	}
	return out
}

// infinitiveAfter reports "not to" after noun phrase p, or "to" after a
// noun that takes what is to be done: "his pledge to cut taxes", "a
// promise not to strike".
func infinitiveAfter(toks []tok, p nounPhrase) bool {
	if p.t1+1 >= len(toks) {
		return false
	}
	if toks[p.t1].low == "not" && toks[p.t1+1].low == "to" {
		return true
	}
	return toks[p.t1].low == "to" && (infinitiveNouns[p.head] || pledgeWords[p.head]) && toks[p.t1+1].word && !toks[p.t1+1].cap && !determiners[toks[p.t1+1].low]
}

// infinitiveNouns take "to" and what is to be done: "a bid to buy",
// "the right to strike".
var infinitiveNouns = wordSet(`plan plans bid bids attempt attempts decision right rights power chance ability offer offers
	commitment threat call calls order orders request effort efforts refusal permission intention ambition push drive deal`)

// actorNouns name the article's actors in general words ("the firm",
// "the company"): one of them is often another name for the other, so
// they are not offered as wrong options.
var actorNouns = wordSet(`firm company group maker business club team side government party council bank board agency
	network country state city nation organisation organization authority authorities department
	ministry administration corporation retailer chain operator`)

// bareVague heads, alone after "the", name only what the rest of the
// sentence already says ("won the prize for best actor") or the one
// before did ("She held the post until 2002").
var bareVague = wordSet("prize award title trophy honour post position job role")

// measureHeads are units: a noun phrase of one measures something else.
var measureHeads = wordSet(`metre meter mile yard foot feet inch kilometre kilometer centimetre minute second hour day week
	month year percent cent point degree tonne ton kilo kilogram litre pound dollar euro`)

// synonymOf groups nouns a news story uses for one thing: offered beside
// each other, both may be right ("the prize", "the award").
var synonymOf = wordPairs(`award:prize trophy:prize medal:prize honour:prize title:prize movie:film picture:film
	company:firm business:firm proposal:plan scheme:plan increase:rise fall:drop decline:drop dispute:row
	negotiations:talks agreement:deal study:report survey:report vehicle:car post:job role:job inquiry:probe
	investigation:probe contest:match game:match fixture:match victory:win triumph:win`)

// sameMeaning reports two head nouns of one meaning (synonymOf).
func sameMeaning(a, b string) bool {
	norm := func(w string) string {
		w = strings.TrimSuffix(w, "s")
		if r, ok := synonymOf[w]; ok {
			return r
		}
		return w
	}
	return norm(a) == norm(b)
}

// decadeWords name a decade: "the seventies".
var decadeWords = wordSet("twenties thirties forties fifties sixties seventies eighties nineties noughties")

// measureNouns are units a distance, a time or a weight is counted in.
var measureNouns = wordSet("kilometre kilometer metre meter mile yard lap minute hour second kilogram kilo tonne inch foot")

// contestantNouns name a side of a contest by its part in it.
var contestantNouns = wordSet("challenger champion titleholder holder winner loser favourite favorite underdog hosts visitors leader")

// personNouns are common nouns for people, beside the role words.
var personNouns = wordSet(`player fan worker customer shopper voter student analyst gamer viewer reader user member child
	children man men woman women resident victim passenger driver pupil parent official expert
	critic minister leader owner employee staff spokesman spokeswoman boss colleague rival opponent
	supporter mother father son daughter wife husband brother sister grandmother grandfather uncle aunt
	cousin fiancee fiance friend neighbour neighbor boy girl baby infant toddler teenager grandson granddaughter
	grandchild grandchildren nephew niece teammate classmate crewmate bandmate flatmate housemate schoolmate`)

// nounClass sorts a head noun into people, abstract nouns and the rest,
// so that options are of one kind: "a former player" beside other people.
func nounClass(head string) int {
	h := strings.TrimSuffix(head, "s")
	if personNouns[h] || titleWords[h] || headTitles[h] || strings.HasSuffix(h, "ist") || strings.HasSuffix(h, "ian") {
		return 1
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "cy", "ure", "ing"} {
		if strings.HasSuffix(h, suf) {
			return 2
		}
	}
	return 0
}

// whichQuestions asks "Which country …?" or "Which organisation …?" about
// the named subject of a sentence's main clause, with other countries or
// organisations of the same kind as options.
func (an *analysis) whichQuestions(s *sent, pos float64) []cand {
	c, ok := mainClause(s)
	if !ok || c.subjMent < 0 {
		return nil
	}
	m := s.ments[c.subjMent]
	if m.ent < 0 || m.modifier || m.pronoun || m.desc || m.r0 != c.subj0 {
		return nil
	}
	var wh string
	switch {
	case m.typ == ePlace && m.sub == 1 && an.nationalSides() && an.sportFacts().match:
		wh = "Which team" // "Italy came out with renewed intent": the side, in a match report
	case m.typ == ePlace && m.sub == 1:
		wh = "Which country"
	case m.typ == eOrg && m.sub != subOutlet:
		class := an.classOf(m.ent)
		if strings.HasPrefix(class, "k") {
			class = "k" // a sector of the built-in companies
		}
		wh = map[string]string{"media": "Which news organisation", "edu": "Which institution", "party": "Which party",
			"club": "Which club", "gov": "Which body", "": "Which organisation", "k": "Which company"}[class]
	}
	if wh == "" {
		return nil
	}
	verbs := span(s, c.pred, c.textEnd)
	if last := s.toks[c.textEnd-1].low; danglingWords[last] || subordinateOpeners[last] {
		return nil // "Which country … were rewarded with 2:17 remaining when?": the clause it opens is cut
	}
	if strings.Contains(verbs, "\"") || countWords(verbs) < 4 || fieldCount(verbs) > 20 || an.loosePrompt(s, c.subj0, c.textEnd) || an.loosePronoun(s, c.pred, c.textEnd, false, nil) || secondSubject(s, c.pred, c.textEnd) {
		return nil
	}
	if c.aux >= 0 {
		switch s.toks[c.aux].low {
		case "were":
			verbs = "was" + verbs[len("were"):]
		case "have":
			verbs = "has" + verbs[len("have"):]
		case "are":
			verbs = "is" + verbs[len("are"):]
		}
	} else if presentVerb(s.toks, c.verb) && m.typ == eOrg && strings.HasSuffix(strings.ToLower(an.ents[m.ent].name), "s") {
		return nil
	}
	answer := an.ents[m.ent].name
	dis := an.distractors(s, &m, answer, 3)
	if m.typ == eOrg && isF1Team(answer) && an.formulaOne() {
		// "Mercedes endured a difficult afternoon" at a grand prix: a
		// team among teams, not a carmaker among Ford and Toyota.
		wh, dis = "Which team", an.otherTeams(s, answer)
	}
	if len(dis) < 3 {
		return nil
	}
	p := tidyPrompt(wh+" "+verbs, "?")
	ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
	return []cand{{q: Question{Kind: KindWhat, Prompt: p, Options: opts(answer, dis), Evidence: ev}, score: 3.0 * pos, sent: s.idx, fact: "e" + itoa(m.ent) + "@" + itoa(s.idx), answer: answer}}
}

// f1Teams are Formula One's teams, by the names reports use, in the order
// they are offered when the article names too few.
var f1Teams = []string{"Ferrari", "McLaren", "Mercedes", "Williams", "Haas", "Sauber", "Alpine", "Aston Martin", "Red Bull", "Renault"}

// isF1Team reports one of f1Teams.
func isF1Team(name string) bool {
	return slices.ContainsFunc(f1Teams, func(t string) bool { return strings.EqualFold(t, name) })
}

// formulaOne reports a story of a grand prix.
func (an *analysis) formulaOne() bool {
	return an.mentionsWord("Grand Prix") && (an.mentionsWord("Formula One") || an.mentionsWord("F1") || an.mentionsWord("pole") || an.mentionsWord("lap"))
}

// otherTeams returns up to three Formula One teams other than the one
// asked about and those sentence s names: the article's first.
func (an *analysis) otherTeams(s *sent, answer string) []string {
	var out []string
	for pass := range 2 {
		for _, t := range f1Teams {
			if len(out) < 3 && !strings.EqualFold(t, answer) && !containsFold(s.text, t) && !slices.Contains(out, t) && (pass == 1 || an.mentionsWord(t)) {
				out = append(out, t)
			}
		}
	}
	return out
}

// idiomObjects, alone as an object, make an idiom with their verb: "has
// taken her seat", "has done the sums", "won the toss", "took the lead".
var idiomObjects = wordSet("seat sums toss lead stage floor helm reins plunge line limelight spotlight initiative")

// particles after an object make a phrasal verb: "put the visitors ahead".
var particles = wordSet("ahead back off up down out away through together apart forward behind")

// commonAdjectives cannot end a noun phrase: "the most successful". A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var commonAdjectives = wordSet(`common ready likely able due available possible clear certain sure aware open top best worst
	more less right wrong true false difficult hard easy important necessary new old big small high
	low good bad same other former latest next last final whole main key major local national public
	private early late recent current previous different long short full real free own such
	great large huge vast little young`)

// listAfter reports a list going on at token k: ", the cranes", ", bikes".
func listAfter(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].text != "," {
		return false
	}
	n := toks[k+1]
	return determiners[n.low] || npWordOK(n) && !strings.HasSuffix(n.low, "ing") && !tailOpeners[n.low]
}
