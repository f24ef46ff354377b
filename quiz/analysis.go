package quiz

import (
	"slices"
	"strings"
	"unicode"
)

// The analysis holds what stages 2 to 5 find, for stages 6 and 7.

// analysis is everything the question makers need about an article.
type analysis struct {
	art     *Article
	sents   []sent
	ents    []entity
	genders []byte // each entity's gender, once linking is done (fixGenders)
	// companyReps memoises companyReferents by sentence: the statement
	// plans and the subjects of every clause ask for them.
	companyReps map[int][]rep
	lowerSet    map[string]bool // words the article writes in lower case
	namedSet    map[string]bool // words the article capitalises alone after a lower-case word: "held by National"
	midNames    map[string]bool // two capitalised words the article writes after a lower-case word: "salt memory" of "into Salt Memory"
	// usStates is set when the article names a US state, Atlanta or a
	// county named the American way: then "Georgia" is the state, not
	// the country.
	usStates bool
	racing   bool            // the article reports a horse race
	horses   map[string]bool // names with a title that the race report shows are horses' ("Lady Bracken")
	// monthNames holds names that open with a month's word, as the
	// article writes them where no date can be ("the May Pen business
	// district", "May Pen Hospital"): "in May Pen" is the town too.
	monthNames map[string]bool
	// review is set when the headline announces a review ("… review:
	// …"): its sentences are mostly the critic's judgements,
	// which no one can deny as false.
	review bool
	staged int8 // stagedWork, once known: 1 yes, -1 no
	// titleQuotes memoises headlineTitles.
	titleQuotes map[string]bool
	facts       map[factKey][]string
	siteGroup   map[int]int // site entity -> representative of related sites

	prominence  map[etype][]int     // byProminence cache
	dates       []mention           // articleDates cache
	mentioned   map[string]bool     // mentionsWord cache
	lowText     string              // the whole article, normalised by normKey
	hwords      []string            // headlineWords cache
	phrases     []nounPhrase        // articlePhrases cache
	headCount   map[string]int      // articlePhrases cache: lower-case words, plural s trimmed
	chars       map[int]bool        // characters cache
	parts       map[int]bool        // partsPlayed cache
	givenCalled map[string]bool     // calledByGivenName cache, by full name
	animals     map[int]bool        // animalsOf cache
	makers      map[int]bool        // makersOnly cache
	wordSents   map[string][]int    // sentences by the lower-case words they hold (sentsWith)
	dayClubs    map[string]string   // "wednesday" → "Sheffield Wednesday" when the article names that club
	sides       int                 // nationalSides cache: 1 yes, -1 no, 0 not worked out
	teams       map[int]bool        // teamPlaces cache
	kinds       map[int]string      // bodyKind cache
	nicks       map[string]string   // a quoted nickname's given name: "maisie" → "margaret"
	nickNames   map[string]string   // a quoted nickname's whole name without it: "inday" → "Rosalinda Santos"
	cast        *[]castEntry        // castParts, worked out once
	deeds       map[string]bool     // doesRole cache, by entity and stem
	pools       map[string][]string // cachedPlacePool cache
	bare        map[string]bool     // writtenBare cache
	seatLands   map[string]bool     // namesSeatCountry cache
	// nameGenders caches nameGender; it is made once linking is done,
	// when the people are known.
	nameGenders []byte
	events      map[int]byte   // eventGender cache
	works       map[string]int // namedAsWork: the first sentence giving each name as a work
	titleRuns   [][]string     // titleRun: works' titles with small words, as the article has given them so far
	nations     map[int]string // nationOf cache: a person's country, in lower case
	sport       *sportFacts    // sportNations and fieldAttempts cache
}

// sportFacts caches what the article's sport allows: the countries that
// play it, when only a few do, and the attempts of its field events.
type sportFacts struct {
	nations  []string
	attempts int
	match    bool // some sentence talks of a match: a score, "beat", "half-time"
}

// memo returns the value cached in *m for k, working it out with f and
// keeping it the first time: a long article asks the same question of a
// name many times over.
func memo[K comparable, V any](m *map[K]V, k K, f func() V) V {
	if v, ok := (*m)[k]; ok {
		return v
	}
	if *m == nil {
		*m = map[K]V{}
	}
	v := f()
	(*m)[k] = v
	return v
}

type factKey struct {
	subj  int
	lemma string
	typ   etype
}

// modifierNouns after a name show that the name modifies a noun rather than
// acting itself: "the Trump administration", "Trump aides".
var modifierNouns = wordSet(`administration regime government aides aide officials official campaign talks supporters allies
	team camp forces troops military embassy family era policy visit spokesman spokeswoman lawyer
	lawyers office staff side delegation counterpart presidency voters fans proxies officers sisters brothers twins siblings police`)

// racingWords belong to horse racing and show jumping alone; two of them
// make an article a report of that sport.
var racingWords = wordSet(`jockey jockeys fence fences hurdle hurdles steeplechase steeplechaser chaser chasers unseated
	racecourse jump-off showjumping gelding geldings mare mares stallion colt filly point-to-point furlong furlongs`)

// analyse runs the language tools over an article.
func analyse(a *Article) *analysis {
	an := &analysis{art: a, lowerSet: map[string]bool{}, namedSet: map[string]bool{}, midNames: map[string]bool{}, facts: map[factKey][]string{}}
	for pi, p := range a.Paragraphs {
		for si, s := range p {
			an.sents = append(an.sents, sent{p: pi, s: si, idx: len(an.sents), text: s, toks: tokenize(s)})
		}
	}
	racingSeen := map[string]bool{}
	for _, s := range an.sents {
		for i, t := range s.toks {
			if t.word && !t.cap && !t.num && i > 0 {
				an.lowerSet[t.low] = true
			}
			if t.word && t.cap && i > 0 && s.toks[i-1].word && !s.toks[i-1].cap && (i+1 == len(s.toks) || !s.toks[i+1].cap || s.toks[i+1].low == "'s") {
				an.namedSet[t.low] = true // alone, not a title before a name ("told Judge Ann Lee")
			}
			if t.word && t.cap && i > 0 && s.toks[i-1].word && !s.toks[i-1].cap && i+1 < len(s.toks) && s.toks[i+1].word && s.toks[i+1].cap {
				an.midNames[t.low+" "+s.toks[i+1].low] = true
			}
			if i+1 < len(s.toks) && (t.low == "may" || t.low == "march") && t.cap && s.toks[i+1].cap && s.toks[i+1].word && (i > 0 && s.toks[i-1].low == "the" || i+2 < len(s.toks) && (placeWords[s.toks[i+2].low] || orgWords[s.toks[i+2].low])) {
				if an.monthNames == nil {
					an.monthNames = map[string]bool{}
				}
				an.monthNames[t.low+" "+s.toks[i+1].low] = true
			}
			if t.low == "furlong" || t.low == "furlongs" {
				an.racing = true // a horse race: "the Irish raider Brook Meadow" is a horse
			}
			if racingWords[t.low] {
				racingSeen[t.low] = true
			}
			if t.cap && (stateGroup[t.low] == 0 && isState(t.low) || t.low == "atlanta") {
				an.usStates = true
			}
			// "the Clayton County Police Department": a US county's name
			// ends in "County" ("County Durham" opens with it).
			if t.low == "county" && t.cap && i > 0 && s.toks[i-1].cap && !(i+1 < len(s.toks) && s.toks[i+1].low == "council") {
				an.usStates = true
			}
		}
	}
	// A jump race or a show-jumping round need not say "furlong": two
	// words of the sport ("jockey", "fences") tell it as well.
	an.racing = an.racing || len(racingSeen) >= 2
	an.review = reviewHeadline(headlineOnly(a)) || a.rated || an.criticsVoice()
	an.findDayClubs()
	for i := range an.sents {
		an.findMentions(&an.sents[i])
	}
	an.link()
	an.partyMembers()
	an.fullNamesForSingles()
	an.peerNames()
	an.fixGenders()
	an.linkLonePronouns()
	an.knownAsNames()
	an.birthNames()
	an.middleNames()
	an.maidenNames()
	an.unsureAfterCasts()
	for i := range an.sents {
		an.findQuotes(&an.sents[i])
		an.sents[i].cls = parseClauses(&an.sents[i])
	}
	an.collectFacts()
	return an
}

// unsureAfterCasts unlinks, in a review or a report on a play or a film,
// the pronouns that follow a
// sentence casting an actor in a part and were put to the actor: after
// "Keeler is played by Fenella Oduya, 44, who seizes the role", "She is
// brusque, underslept" is the detective, and after "Ines Laurent plays
// Anne-Marie Quéré", "Her husband, Yves" is the salt worker's. Which of
// the two a critic means cannot be told, so neither is asked. The run
// ends at the next sentence that names a person.
func (an *analysis) unsureAfterCasts() {
	if !an.review && !an.stagedWork() || an.obituary() {
		return // (an actor's obituary tells of the one it mourns)
	}
	an.cast = nil // (worked out again now that the names are linked)
	root := func(id int) int {
		for n := 0; id >= 0 && an.ents[id].alias >= 0 && n < 8; n++ {
			id = an.ents[id].alias
		}
		return id
	}
	for _, p := range an.castParts() {
		actor := root(p.actor)
		for si := p.sent + 1; si < len(an.sents); si++ {
			s := &an.sents[si]
			if slices.ContainsFunc(s.ments, func(m mention) bool { return m.typ == ePerson && !m.pronoun && !m.desc }) {
				break
			}
			for mi := range s.ments {
				if m := &s.ments[mi]; m.pronoun && root(m.ent) == actor {
					m.ent = -1
				}
			}
		}
	}
	an.cast = nil // worked out again once the clauses are parsed
}

// criticsVoice reports an article that weighs a work as a critic does,
// in its own words: "There were small flaws", "Wierzbicki deserves special
// mention", "the kind of moment that reminds you why…". A review of a gig
// or a meal need not say "review" or end on a listing. News says such
// things in quotation marks, or finds "flaws" in a plan, so a word a
// report may use ("flawed", "misstep") counts once, and the critic's own
// ("self-indulgent", "deserves special mention") twice; it takes two.
func (an *analysis) criticsVoice() bool {
	n := 0
	for i := range an.sents {
		s := &an.sents[i]
		weight := 0
		unquotedWord(s, 0, len(s.toks), func(k int, t tok) bool {
			next, prev := "", ""
			if k+1 < len(s.toks) {
				next = s.toks[k+1].low
			}
			if k > 0 {
				prev = s.toks[k-1].low
			}
			switch {
			case criticWords[t.low],
				(t.low == "deserves" || t.low == "deserve") && (praiseNouns[deservedNoun(s.toks, k+1)] || next == "to" && k+2 < len(s.toks) && s.toks[k+2].low == "be" && k+3 < len(s.toks) && criticsPast[s.toks[k+3].low]),
				t.low == "you" && (prev == "reminds" || prev == "makes" || readerVerbs[next]),
				// "when I called her after my third visit": the critic's
				// own visits to the place.
				(t.low == "visit" || t.low == "visits") && k >= 2 && (s.toks[k-2].low == "my" || s.toks[k-2].low == "our") && (ordinalIndex(prev) >= 0 || prev == "last" || prev == "latest"),
				// "a superbly sung Don Carlo", "played with aching beauty",
				// "conducted with nervous brilliance": the critic's measure
				// of a performance.
				gradedWords[next] && gradeAdverbs[t.low],
				t.low == "with" && (artQualities[next] || k+2 < len(s.toks) && artQualities[s.toks[k+2].low] && s.toks[k+1].word && !s.toks[k+1].cap && !determiners[next]):
				weight = 2
			case (t.low == "runs" || t.low == "continues") && (next == "through" || next == "until") && k+2 < len(s.toks) && (monthIndex(s.toks[k+2].text) >= 0 || s.toks[k+2].num && k+3 < len(s.toks) && monthIndex(s.toks[k+3].text) >= 0):
				weight = max(weight, 1) // "it runs through November 14", "The festival runs until 22 June": a run's end, as a listing gives it
			case flawWords[t.low], (t.low == "complaints" || t.low == "complaint") && (prev == "minor" || prev == "small"),
				// "the album could lose ten minutes", "would benefit from
				// a trim": a critic's advice on length; "a guest verse
				// feels bolted on": a critic's fault-finding.
				(t.low == "could" || t.low == "would") && (next == "lose" || next == "benefit"),
				(t.low == "feels" || t.low == "felt") && slackWords[next],
				// "Start with the pkhali", "Skip the desserts": what to
				// order; "There are weak spots": the critic's faults.
				k == 0 && orderVerbs[t.low] && (next == "with" || determiners[next]),
				t.low == "spots" && prev == "weak",
				// "Not everything came off.", "Not everything works": the
				// critic's concession.
				t.low == "everything" && prev == "not" && k == 1 && concessionVerbs[next],
				// "a room … feels like a detour"; "I found it honest", "the
				// most thoughtful exhibition I have seen in years": the
				// critic's likening and the critic's own eyes.
				(t.low == "feels" || t.low == "felt") && next == "like" && k > 0 && !pronounish(prev),
				t.low == "i" && (next == "found" || next == "have" && k+2 < len(s.toks) && (s.toks[k+2].low == "seen" || s.toks[k+2].low == "heard")),
				// "It runs about eighty pages too long", "The strongest
				// chapters cover…": a critic's measure of a work's parts.
				t.low == "too" && next == "long" && (prev == "pages" || prev == "minutes"),
				(t.low == "strongest" || t.low == "weakest" || t.low == "best" && prev == "the") && rankedParts[next],
				t.low == "if" && next == "not" && k+2 < len(s.toks) && (s.toks[k+2].low == "always" || s.toks[k+2].low == "quite") && prev == ",":
				// ", if not always refinement,": a critic's hedge.
				weight = max(weight, 1)
			}
			return false
		})
		if publisherPrice(s.toks) || publishedPriced(s.toks) {
			weight = 2 // "The Quiet Tide (Harrow & Finch, £16.99)": a book review's listing
		}
		n += weight
	}
	if len(an.headlineTitles()) > 0 {
		n++ // "A Storm-Tossed 'Simon Boccanegra' Finds Its Quiet Heart": the work the piece is about
	}
	return n >= 2
}

// publisherPrice reports a bracket that holds only a name, a comma and a
// price, perhaps with the page count between: "(Harrow & Finch, £16.99)",
// how a book review lists its book.
func publisherPrice(toks []tok) bool {
	for k := 0; k+4 < len(toks); k++ {
		if toks[k].text != "(" || !toks[k+1].cap {
			continue
		}
		j := k + 1
		for j < len(toks) && j <= k+5 && (toks[j].cap && toks[j].word || toks[j].text == "&") {
			j++
		}
		if j+4 < len(toks) && toks[j].text == "," && toks[j+1].num && (toks[j+2].low == "pages" || toks[j+2].low == "pp") && toks[j+3].text == "," {
			j += 3 // "(Calloway & Finch, 512 pages, £30)"
		}
		if j+2 >= len(toks) || toks[j].text != "," || !strings.ContainsAny(toks[j+1].text, currencySigns) {
			continue
		}
		for e := j + 2; e < len(toks) && e <= j+3; e++ {
			if toks[e].text == ")" {
				return true // (the sign and its figure may be one token or two)
			}
		}
	}
	return false
}

// publishedPriced reports a book's publisher and its price or length in one
// sentence, or its price in hardback or paperback: "published on Thursday by Harrow & Finch (368 pages, £22)",
// "is published by Éditions Castellane, priced 22 euros", "published …
// by Harrowgate Press at £30".
func publishedPriced(toks []tok) bool {
	published, by := false, false
	priced := slices.ContainsFunc(toks, func(t tok) bool { return strings.ContainsAny(t.text, currencySigns) })
	for k, t := range toks {
		if priced && (t.low == "hardback" || t.low == "paperback") {
			return true // "At £12.99 in hardback it is not cheap": a book's price, as a critic gives it
		}
		switch {
		case t.low == "published" || t.low == "released":
			published = true
		case by && (t.low == "label" || t.low == "records" && k > 0 && toks[k-1].cap):
			return true // "released on Friday by the Galway label Lantern Hall Records": an album's listing
		case published && t.low == "by":
			by = true
		case by && (t.low == "pages" && k > 0 && toks[k-1].num || t.low == "priced" || strings.ContainsAny(t.text, currencySigns) && k > 0 && (toks[k-1].low == "at" || toks[k-1].text == "," || toks[k-1].text == "(")):
			return true
		}
	}
	return false
}

// deservedNoun returns the word from k that says what is deserved, past
// a possessive and "own": "deserves its own credit" gives "credit".
func deservedNoun(toks []tok, k int) string {
	if k < len(toks) && (toks[k].low == "its" || toks[k].low == "their" || toks[k].low == "his" || toks[k].low == "her") {
		k++
	}
	if k < len(toks) && toks[k].low == "own" {
		k++
	}
	if k < len(toks) {
		return toks[k].low
	}
	return ""
}

// praiseNouns are what a critic says a part of a work deserves: "special
// mention", "its own credit".
var praiseNouns = wordSet("special particular mention credit praise applause")

// gradedWords are the participles a critic grades with an adverb:
// "superbly sung", "beautifully lit".
var gradedWords = wordSet("sung played staged acted danced paced lit shot conducted designed written performed directed cast choreographed")

// gradeAdverbs grade a performance: "superbly sung", "clumsily staged".
var gradeAdverbs = wordSet(`superbly beautifully brilliantly exquisitely finely gorgeously handsomely immaculately impeccably
	lovingly magnificently masterfully movingly poorly clumsily sensitively stylishly tautly thrillingly wonderfully
	expertly crisply lavishly elegantly gracefully luminously ravishingly radiantly sumptuously woodenly`)

// artQualities are what a critic hears or sees in a performance: "with
// aching beauty", "with nervous brilliance".
var artQualities = wordSet("beauty brilliance grace elegance precision panache flair finesse tenderness poise delicacy")

// criticsPast after "deserves to be" is a critic's hope for a work:
// "deserves to be remembered", "deserves to be seen".
var criticsPast = wordSet("remembered seen heard read watched celebrated cherished")

// criticWords are a critic's own words for what falls short.
var criticWords = wordSet("quibble quibbles niggle niggles overlong underwritten undercooked self-indulgent")

// rankedParts are the parts of a book, film, album or show a critic
// ranks: "the strongest chapters", "the weakest songs".
var rankedParts = wordSet("chapters chapter scenes scene songs song tracks track episodes episode passages pages sections section stories poems")

// slackWords after "feels" find a fault in a work: "feels bolted on",
// "felt rushed".
var slackWords = wordSet("bolted tacked rushed forced undercooked overstuffed laboured labored inert hollow perfunctory")

// flawWords are words for a fault that a report may use too.
var flawWords = wordSet("flaw flaws flawed flawless misstep missteps misfire misfires underpowered")

// concessionVerbs follow a critic's "Not everything": "Not everything came
// off", "Not everything works".
var concessionVerbs = wordSet("works worked came comes lands landed convinces convinced succeeds succeeded")

// readerVerbs after "you" put the reader in the critic's seat: "you
// realise", "you find yourself".
var readerVerbs = wordSet("realise realize find feel leave wonder notice")

// reviewHeadline reports a headline that announces a review: "Tidewright
// review: a beautiful island-builder", "Review: The Quiet Tide", "The
// Quiet Tide review – haunting", though not "a review of the rules",
// "under review" or "in its latest monthly review".
func reviewHeadline(h string) bool {
	words := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i, w := range words {
		if w != "review" && w != "reviews" && w != "reviewed" {
			continue
		}
		if i > 0 && (words[i-1] == "under" || words[i-1] == "a" || words[i-1] == "the" || words[i-1] == "judicial" || words[i-1] == "independent") || i+1 < len(words) && words[i+1] == "of" {
			continue
		}
		after := []string{":", " –", " —", " -", " |"}
		return strings.HasPrefix(h, w) || slices.ContainsFunc(after, func(a string) bool { return strings.Contains(h, w+a) })
	}
	return false
}
