package quiz

// Stage 7, distractors: wrong options of the answer's type and form, from the
// article first, then from compact built-in lists of the same kind; never
// invented people. Numbers and dates keep the key's rank evenly spread.

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// distractors returns up to n wrong options for mention m of sentence s, of
// the same type and form as the answer: people for a person, a month and
// year for a month and year. Things the article names come first, the
// built-in lists after. Nothing named in the sentence, no alias of the
// answer and nothing the article makes true for the same subject and verb
// is offered.
func (an *analysis) distractors(s *sent, m *mention, answer string, n int) []string {
	ex := newExcluder(s, answer)
	for _, v := range an.trueValues(s, m) {
		ex.seen[v] = true
	}
	if alsoIn(s) {
		// "Italy, Greece and _____ have also reported poor crops" under a
		// headline on Spain's: what the story is about did so too.
		title := headlineOnly(an.art)
		for _, e := range an.ents {
			if low := strings.ToLower(e.name); title != "" && (e.typ == ePlace || e.typ == eOrg) && (wordIn(title, low) || wordIn(title, countryAdjective(low))) {
				ex.seen[low] = true
			}
		}
	}
	switch m.typ {
	case ePerson:
		return an.personDistractors(s, m.ent, nil, n)
	case eOrg:
		if unionAsLand(s, m) {
			return nil // "45 million users in the EU": a territory here, which no other body is
		}
		ex.short = true // not "Northern Ireland" beside "Ireland", a place of its own
		return an.entityDistractors(s, m, ex, n)
	case ePlace, eSite:
		if smallPlaceSlot(s.toks, m.t0) {
			// "near the town of Campo Alegre": no "the town of Rio de
			// Janeiro", a city every reader knows is none.
			out := slices.DeleteFunc(an.entityDistractors(s, m, ex, n+3), isKnownCity)
			return out[:min(n, len(out))]
		}
		return an.entityDistractors(s, m, ex, n)
	case eDate:
		return an.dateDistractors(s, m, ex, n)
	case eNumber, eOrdinal:
		return an.numberDistractors(s, m, ex, n)
	}
	return nil
}

// smallPlaceSlot reports a place named as a town or a village: "near the
// town of Campo Alegre", "the fishing village of Rovies".
func smallPlaceSlot(toks []tok, k int) bool {
	return k >= 2 && toks[k-1].low == "of" && smallPlaceNouns[toks[k-2].low]
}

// smallPlaceNouns name the places too small for a city every reader knows.
var smallPlaceNouns = wordSet("town village hamlet settlement township")

// unionAsLand reports a union of states named as the land it covers:
// "users in the EU", "sold across the European Union". No other body
// (NATO, the UN) has users or shops there.
func unionAsLand(s *sent, m *mention) bool {
	if low := strings.ToLower(m.text); low != "eu" && low != "european union" && low != "eurozone" && low != "euro zone" {
		return false
	}
	return m.t0 >= 2 && s.toks[m.t0-1].low == "the" && landPreps[s.toks[m.t0-2].low]
}

// landPreps are the prepositions that set something in a land.
var landPreps = wordSet("in across throughout within outside inside into around")

// leadSettings returns the places the first sentence sets its story in:
// the place after "in" or "at".
func (an *analysis) leadSettings() []int {
	if len(an.sents) == 0 {
		return nil
	}
	s := &an.sents[0]
	var out []int
	for _, m := range s.ments {
		if m.typ == ePlace && m.ent >= 0 && m.t0 > 0 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "at") {
			out = append(out, m.ent)
		}
	}
	return out
}

// bareBodyWord reports a body written as one common word ("Government
// said", "Cabinet approved"): the article's own usage, not a name to offer
// beside others.
func bareBodyWord(name string) bool {
	return !strings.Contains(name, " ") && commonBodies[strings.ToLower(name)]
}

// commonBodies are the words for a kind of body that an article may
// capitalise alone for the one it means. Unlike "Labour" or "Reuters",
// none of them is the name of one body.
var commonBodies = wordSet(`government cabinet police council ministry department committee agency bureau commission
	court army navy corps bank company group association union organisation organization institute foundation
	administration university college school hospital service fund authority board federation assembly trust
	society charity corporation party laboratory laboratories lab labs observatory institution`)

// alsoIn reports "also", "too" or "as well" in a sentence: what it says
// holds for others the story named before.
func alsoIn(s *sent) bool {
	for k, t := range s.toks {
		if t.low == "also" || t.low == "too" && k+1 < len(s.toks) && !s.toks[k+1].word || t.low == "well" && k > 0 && s.toks[k-1].low == "as" && k+1 < len(s.toks) && !s.toks[k+1].word {
			return true
		}
	}
	return false
}

// excluder remembers what may not be offered.
type excluder struct {
	s     *sent
	seen  map[string]bool
	words [][]string // the name words of the answer and of each option taken
	names []string   // the answer and each option taken
	short bool       // refuse a body the sentence names by its last word
}

func newExcluder(s *sent, answer string) *excluder {
	low := strings.ToLower(answer)
	return &excluder{s: s, seen: map[string]bool{low: true, plainLetters(low): true}, words: [][]string{nameWords(answer)}, names: []string{answer}}
}

// ok reports whether v may be offered, and if so reserves it. An option
// whose name words all stand in another option, or the other way round, is
// refused: "Lovenduski" beside "Joni Lovenduski", "City" beside
// "Manchester City" would offer one thing twice.
func (x *excluder) ok(v string) bool {
	k := strings.ToLower(v)
	if v == "" || x.seen[k] || x.seen[plainLetters(k)] || containsFold(x.s.text, v) || x.short && shortNameIn(x.s, v) {
		return false
	}
	if ci, ok := countryByName[strings.TrimPrefix(k, "the ")]; ok && landNamedIn(x.s, ci) {
		return false // "Britain and _____": no "the UK", the same land by another name
	}
	w := nameWords(v)
	for _, o := range x.words {
		if subsetWords(w, o) || subsetWords(o, w) {
			return false
		}
	}
	for _, o := range x.names {
		if abbreviates(v, o) || abbreviates(o, v) {
			return false // "Acpo" beside "Association of Chief Police Officers"
		}
	}
	if strings.Contains(v, " ") {
		for _, t := range x.s.toks {
			if t.acro && abbreviates(t.text, v) {
				return false // "General Motors" where the sentence says "GM"
			}
		}
	}
	x.seen[k] = true
	x.seen[plainLetters(k)] = true // "Sao Paulo" beside "São Paulo" is one city
	x.words = append(x.words, w)
	x.names = append(x.names, v)
	return true
}

// shortNameIn reports a sentence that names v by the last word of its name
// alone ("City play _____ in the Champions League" names Manchester City):
// offered there, v would be absurd.
func shortNameIn(s *sent, v string) bool {
	f := strings.Fields(v)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		return false
	}
	for k, t := range s.toks {
		if t.text == last && (k == 0 || !s.toks[k-1].cap) && (k+1 >= len(s.toks) || !s.toks[k+1].cap) {
			return true
		}
	}
	return false
}

// abbreviates reports whether short, one word, is made of the initials of
// long's words, in any case: "ACPO" and "Acpo" of "Association of Chief
// Police Officers", "UN" of "the United Nations".
func abbreviates(short, long string) bool {
	words := strings.Fields(long)
	if strings.ContainsAny(short, " ") || len(words) < 2 {
		return false
	}
	var all, caps strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if strings.EqualFold(w, "the") && all.Len() == 0 {
			continue
		}
		all.WriteRune(unicode.ToLower(r))
		if unicode.IsUpper(r) {
			caps.WriteRune(unicode.ToLower(r))
		}
	}
	s := strings.ToLower(strings.ReplaceAll(short, ".", ""))
	return s == all.String() || s == caps.String()
}

// nameWords returns the lower-case words of three letters or more in a name.
func nameWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) && r != '\'' }) {
		if len(f) >= 3 && f != "the" && !scaleWords[f] && strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			out = append(out, f)
		}
	}
	return out
}

// scaleWords are the units of a figure, not words of a name: "$1.3
// trillion" and "$1.5 trillion" are two figures, not one thing twice.
var scaleWords = wordSet("hundred thousand million millions billion billions trillion per cent percent crore lakh")

// subsetWords reports whether every word of a is in b (and a has words).
func subsetWords(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sentEnts returns the entities a sentence mentions.
func sentEnts(s *sent) map[int]bool {
	out := map[int]bool{}
	for _, m := range s.ments {
		if m.ent >= 0 {
			out[m.ent] = true
		}
	}
	return out
}

// byProminence lists entity ids of a type, most mentioned first, then in
// order of appearance.
func (an *analysis) byProminence(typ etype) []int {
	if ids, ok := an.prominence[typ]; ok {
		return ids
	}
	var ids []int
	for i := range an.ents {
		if an.ents[i].typ == typ {
			ids = append(ids, i)
		}
	}
	sort.SliceStable(ids, func(a, b int) bool {
		ea, eb := &an.ents[ids[a]], &an.ents[ids[b]]
		if ea.count != eb.count {
			return ea.count > eb.count
		}
		return ea.first < eb.first
	})
	if an.prominence == nil {
		an.prominence = map[etype][]int{}
	}
	an.prominence[typ] = ids
	return ids
}

// personDistractors offers other people of the article, never anyone the
// sentence mentions (under any alias) nor the people in skip.
func (an *analysis) personDistractors(s *sent, ans int, skip []int, n int) []string {
	if ans < 0 {
		return nil
	}
	in := sentEnts(s)
	ex := newExcluder(s, an.ents[ans].name)
	wrong := an.wrongGender(ans, s.text)
	// "Kenya's _____ won the 1,500 metres": never someone the article
	// gives another country.
	nation := ""
	for _, m := range s.ments {
		if m.ent == ans && !m.pronoun {
			nation = an.nationBefore(s, m)
			break
		}
	}
	var out []string
	for _, id := range an.sameGenderFirst(ans) {
		if len(out) == n {
			break
		}
		if id == ans || in[id] || contains(skip, id) || fieldCount(an.ents[id].name) < 2 || wrong(id) {
			continue
		}
		if o := an.nationOf(id); nation != "" && o != "" && o != nation {
			continue
		}
		if ex.ok(an.ents[id].name) {
			out = append(out, an.ents[id].name)
		}
	}
	return an.fallbackPeople(out, ex, an.ents[ans].name, n)
}

// nationBefore returns the country written just before a person's name,
// in lower case, or "": "Kenya's Faith Korir", "Puerto Rico's Camila
// Ortiz", "Ukrainian Daria Kovalenko".
func (an *analysis) nationBefore(s *sent, m mention) string {
	k := m.r0 - 1
	if k < 0 {
		return ""
	}
	if ci, ok := countryByAdj[s.toks[k].low]; ok {
		return strings.ToLower(countries[ci].name)
	}
	if s.toks[k].low != "'s" {
		return ""
	}
	for _, o := range s.ments {
		if o.t1 == k && (o.typ == ePlace || o.typ == eNone) {
			if ci, ok := countryByName[strings.ToLower(o.text)]; ok {
				return strings.ToLower(countries[ci].name)
			}
			if o.ent >= 0 && (o.sub == 1 || o.typ == eNone) {
				return strings.ToLower(an.ents[o.ent].name) // a land the lists lack: "Puerto Rico's Camila Ortiz"
			}
		}
	}
	return ""
}

// nationOf returns the country the article first gives a person, in
// lower case, or "".
func (an *analysis) nationOf(id int) string {
	if an.nations == nil {
		an.nations = map[int]string{}
		for si := range an.sents {
			s := &an.sents[si]
			for _, m := range s.ments {
				if m.typ != ePerson || m.ent < 0 || m.pronoun {
					continue
				}
				e := m.ent
				if a := an.ents[e].alias; a >= 0 {
					e = a
				}
				if _, seen := an.nations[e]; !seen {
					if c := an.nationBefore(s, m); c != "" {
						an.nations[e] = c
					}
				}
			}
		}
	}
	return an.nations[id]
}

// characters returns the people the article names as parts an actor
// plays ("plays Abel Morales", "the role of Abel Morales"): not people of
// the story, so never offered beside them.
func (an *analysis) characters() map[int]bool {
	return an.markEnts(&an.chars, func(s *sent, m mention) bool {
		// "Gavin Pruett (Tom Ashworth, all nervous elbows)": the part the
		// actor in brackets plays.
		bracketed := slices.ContainsFunc(s.ments, func(a mention) bool {
			return a.typ == ePerson && a.t0 > m.t1 && a.t0 <= m.t1+6 && castPart(s, a) == m.text
		})
		if m.t0 == 0 {
			return playedAfter(s, m) || heroOf(s, m) || bracketed || playedAsPronoun(s, m) // "Mallory is played by Darren Coates"
		}
		prev := s.toks[m.t0-1].low
		if prev == "follows" && m.t0 >= 2 && storyWorks[s.toks[m.t0-2].low] {
			return true // "the show follows Nell Harrow, the daughter of a lighthouse keeper": its heroine
		}
		return playVerbs[prev] || playedAfter(s, m) || prev == "of" && m.t0 >= 2 && (s.toks[m.t0-2].low == "role" || s.toks[m.t0-2].low == "character") || castAs(s, m) || actorInBrackets(s, m) || animalNamed(s.toks, m.t0) ||
			prev == "as" && m.t0 >= 2 && (playVerbs[s.toks[m.t0-2].low] || s.toks[m.t0-2].low == "play") || // a game's "You play as Ren Amagiri"
			slices.ContainsFunc(s.toks[max(0, m.t0-6):m.t0], func(t tok) bool { return storyRoles[t.low] }) || // "a protagonist, the apprentice Ren Amagiri"
			an.review && prev == "to" && broughtTo(s, m) || // "Kwame Asante brings a wiry charm to Lewis Pryor"
			playedAsPronoun(s, m) || // "Richard Carstone's decline…, and Callum Reid, who plays him with boyish charm"
			an.review && prev == "'s" && slices.ContainsFunc(s.ments, func(a mention) bool { return a.t1 == m.t0-1 && a.typ == ePerson && an.possessivePart(s, a) == m.text }) || // "Aisling Moran's Esther Summerson"
			partInWork(s, m) || // "knew her as the headmistress Professor Aldine Crewe in the film series"
			heroOf(s, m) || bracketed || // "Bartholomew Sett, the anxious hero of The Badger Who Couldn't Sleep"
			(prev == "named" || prev == "called") && slices.ContainsFunc(s.toks[max(0, m.t0-8):m.t0-1], func(t tok) bool { return playVerbs[t.low] }) // "playing a wartime tram conductress named Nell Ashworth"
	})
}

// storyWorks are works that tell a story, whose "follows" names a
// character. (A documentary "followed Spurlock": a real man.)
var storyWorks = wordSet("show film novel book play movie musical series opera story drama episode")

// partsPlayed returns characters() with the names each was later joined
// to: "Philip II was sung by…" is marked while pronouns are linked, before
// the name is joined to the "King Philip" the options use.
func (an *analysis) partsPlayed() map[int]bool {
	if an.parts != nil {
		return an.parts // (asked for every person's options, after linking is done)
	}
	an.parts = map[int]bool{}
	for id := range an.characters() {
		for ; id >= 0 && !an.parts[id]; id = an.ents[id].alias {
			an.parts[id] = true
		}
	}
	// "Elena Marchetti-Voss sings Floria Tosca", "Sophie Achterberg … is
	// a steely Donna Anna": the parts the cast names too.
	cast, actors := map[string]bool{}, map[int]bool{}
	for _, p := range an.castParts() {
		actors[p.actor] = true
		f := strings.Fields(strings.ToLower(p.name))
		cast[strings.Join(f, " ")] = true
		if len(f) > 2 && (titleWords[f[0]] || honorifics[f[0]]) {
			cast[strings.Join(f[1:], " ")] = true // "As Captain Harlan Bryce": the part is Harlan Bryce
		}
	}
	for id, e := range an.ents {
		f := strings.Fields(strings.ToLower(e.name))
		// "As Dorothea, …, Imogen Hale gives…", "makes a fine Lydgate":
		// the part named by one of its names.
		if e.typ == ePerson && (cast[strings.Join(f, " ")] || len(f) == 2 && !actors[id] && (cast[f[0]] || cast[f[1]])) {
			an.parts[id] = true
		}
	}
	return an.parts
}

// playedAsPronoun reports a name that an actor named after it plays as
// "him" or "her": "Richard Carstone's decline is sketched, and Callum
// Reid, who plays him with boyish charm, deserves more room".
func playedAsPronoun(s *sent, m mention) bool {
	toks := s.toks
	for k := m.t1; k+2 < len(toks) && k <= m.t1+20; k++ {
		if toks[k].low == "who" && playVerbs[toks[k+1].low] && (toks[k+2].low == "him" || toks[k+2].low == "her") {
			return slices.ContainsFunc(s.ments, func(a mention) bool { return a.typ == ePerson && !a.pronoun && a.t0 > m.t1 && a.t1 <= k })
		}
	}
	return false
}

// heroOf reports a name whose appositive makes it the hero of a story:
// "Bartholomew Sett, the anxious, tweed-waistcoated hero of The Badger…".
func heroOf(s *sent, m mention) bool {
	toks := s.toks
	if m.t1+2 >= len(toks) || toks[m.t1].text != "," {
		return false
	}
	for k := m.t1 + 1; k+1 < len(toks) && k <= m.t1+8; k++ {
		if storyRoles[toks[k].low] && toks[k+1].low == "of" {
			return true
		}
	}
	return false
}

// partInWork reports a name after "as" and before the work it is part of:
// "best known as the formidable Lady Harriet Pellew in the BBC drama The
// Hollins Inheritance".
func partInWork(s *sent, m mention) bool {
	toks := s.toks
	as := false
	for k := m.t0 - 1; k >= 0 && k >= m.t0-7; k-- {
		if toks[k].low == "as" {
			as = true
			break
		}
	}
	if !as || m.t1 >= len(toks) || toks[m.t1].low != "in" {
		return false
	}
	for k := m.t1 + 1; k < len(toks) && k <= m.t1+5; k++ {
		if workNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// workNouns are the works a part is played in.
var workNouns = wordSet("drama film films series show sitcom soap play musical comedy thriller franchise opera serial miniseries")

// broughtTo reports, in a review, a name an actor brings something to:
// "Kwame Asante brings a wiry, unsettling charm to Lewis Pryor", a part.
func broughtTo(s *sent, m mention) bool {
	for k := m.t0 - 2; k > 0 && k >= m.t0-9; k-- {
		if !s.toks[k].word && s.toks[k].text != "," || s.toks[k].cap {
			return false
		}
		if lendVerbs[s.toks[k].low] {
			return slices.ContainsFunc(s.ments, func(o mention) bool { return o.t1 == k && o.typ == ePerson && !o.pronoun })
		}
	}
	return false
}

// lendVerbs say what an actor gives a part: "brings charm to", "lends
// menace to".
var lendVerbs = wordSet("brings brought lends lent gives gave")

// markEnts fills *cache, the first time it is asked, with the entities
// that test finds shown, by some mention of them, to be of a kind.
func (an *analysis) markEnts(cache *map[int]bool, test func(s *sent, m mention) bool) map[int]bool {
	if *cache != nil {
		return *cache
	}
	*cache = map[int]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent >= 0 && test(s, m) {
				(*cache)[m.ent] = true
			}
		}
	}
	return *cache
}

// makersOnly returns the people the article names only as the makers of
// works ("a still life by Clara Peeters", "the workshop of Hans Memling",
// "attributed to Joos de Momper"): often long dead, so never offered
// beside the people of the story (who said, who did), only beside one
// another ("a portrait by whom?").
func (an *analysis) makersOnly() map[int]bool {
	if an.makers != nil {
		return an.makers
	}
	an.makers = map[int]bool{}
	other, works := map[int]int{}, map[int]int{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.typ != ePerson {
				continue
			}
			switch {
			case m.pronoun || m.desc:
				other[m.ent]++
			case makerAt(s.toks, m.t0):
				an.makers[m.ent] = true
			case worksOf(s.toks, m.t0, m.t1):
				works[m.ent]++
			default:
				other[m.ent]++
			}
		}
	}
	for id := range other {
		delete(an.makers, id)
	}
	for id, n := range works {
		// "Jane Austen's six completed novels", "the most confident
		// Austen adaptation", "an Austen for people who think they
		// don't like Austen": the author of the work reviewed, named
		// for her works more often than not.
		if n > other[id] && other[id] <= 1 {
			an.makers[id] = true
		}
	}
	return an.makers
}

// worksOf reports a name in [i, k) written as its works' author: "Jane
// Austen's six completed novels", "Austen's heroines", "the most
// confident Austen adaptation", "an Austen for people who think…".
func worksOf(toks []tok, i, k int) bool {
	if i > 0 && (toks[i-1].low == "a" || toks[i-1].low == "an") || k < len(toks) && authorsWorks[toks[k].low] {
		return true
	}
	if k >= len(toks) || toks[k].low != "'s" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word && !toks[j].cap; j++ {
		if authorsWorks[toks[j].low] {
			return true
		}
	}
	return false
}

// authorsWorks are what an author, composer or painter leaves behind.
var authorsWorks = wordSet("novel novels books poems plays songs symphonies operas paintings heroines heroine characters stories adaptation adaptations")

// makerAt reports a name at token k written as a work's maker: "by" after
// a work's noun, "attributed to", "the workshop of".
func makerAt(toks []tok, k int) bool {
	if k < 2 {
		return false
	}
	switch p := toks[k-1].low; {
	case p == "to":
		return toks[k-2].low == "attributed"
	case p == "of":
		return makerCircles[toks[k-2].low]
	case p == "by":
		for j := k - 2; j >= 0 && j >= k-6; j-- {
			if !toks[j].word {
				return false
			}
			if madeWorks[toks[j].low] {
				return true
			}
		}
	}
	return false
}

// madeWorks are things an artist or a writer makes; "by" after one names
// its maker.
var madeWorks = wordSet(`painting paintings portrait portraits landscape landscapes life panel panels canvas canvases
	drawing drawings etching etchings engraving engravings print prints sculpture sculptures bust fresco frescoes
	altarpiece triptych watercolour watercolours watercolor watercolors mural murals tapestry photograph photographs`)

// makerCircles name the circle of an old master whose works are his in name:
// "the workshop of Hans Memling".
var makerCircles = wordSet("workshop studio school circle follower followers manner")

// animalsOf returns the people the article names as animals ("a field
// mouse named Pip"): a "her" in the story's prose is its people's, not
// theirs. Names must be linked when it is first asked.
func (an *analysis) animalsOf() map[int]bool {
	return an.markEnts(&an.animals, func(s *sent, m mention) bool { return animalNamed(s.toks, m.t0) })
}

// animalNamed reports a name given to an animal just before it: "a small,
// stubborn field mouse named Pip", "a dog called Biscuit": a story's
// creature, not one of its people.
func animalNamed(toks []tok, k int) bool {
	if k < 2 || toks[k-1].low != "named" && toks[k-1].low != "called" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4 && toks[j].word; j-- {
		if animalNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// animalNouns name the animals children's books and news stories name.
var animalNouns = wordSet(`mouse mice dog puppy cat kitten bear rabbit hare fox horse pony pig owl bird duck hen cow goat sheep lamb
	lion tiger elephant penguin frog toad hedgehog badger mole squirrel otter dragon robot monkey gorilla whale dolphin seal`)

// storyRoles name a part in a story's telling, just before the part's name.
var storyRoles = wordSet("protagonist protagonists hero heroine narrator antihero villain")

// actorInBrackets reports a part followed by its actor's name in
// brackets: "Inspector Ditte Kjærgaard (Sofie Brandt Lauridsen)".
func actorInBrackets(s *sent, m mention) bool {
	j := m.t1
	if j+3 >= len(s.toks) || s.toks[j].text != "(" {
		return false
	}
	for k := j + 1; k < len(s.toks) && k < j+6; k++ {
		if s.toks[k].text == ")" {
			return k-j-1 >= 2
		}
		if !s.toks[k].cap || !s.toks[k].word {
			return false
		}
	}
	return false
}

// castAs reports a name an actor is cast as: "Daniel Okafor as Tom Rowe",
// "Lucy Carrow, as the skipper's daughter Nell Pascoe", "Marcus Bellamy is
// terrific as Walter Keast".
func castAs(s *sent, m mention) bool {
	k := m.t0 - 1
	for k > 0 && m.t0-k <= 5 && s.toks[k].low != "as" && (s.toks[k].word && !s.toks[k].cap || s.toks[k].low == "'s" || k == m.t0-1 && (titleWords[s.toks[k].low] || honorifics[s.toks[k].low])) {
		k-- // (and "as Captain Joseph Hale": a part's title)
	}
	if k <= 0 || s.toks[k].low != "as" {
		return false
	}
	if k >= 2 && s.toks[k-1].low == "cast" {
		return true // "In 1974 he was cast as Inspector Frank Mellor": whoever was cast, a part
	}
	if k >= 3 && s.toks[k-1].low == "in" && (s.toks[k-2].low == "stepped" || s.toks[k-2].low == "steps" || s.toks[k-2].low == "step") {
		return true // "Penhallow, 34, who stepped in as Hanna three weeks before opening": a part
	}
	a := k
	if a >= 2 && castVerbs[s.toks[a-1].low] {
		a-- // "Mara Quinn starred as Ada Hale"
		if a >= 2 && s.toks[a-1].low == "who" {
			a-- // "Peter Vane, who appeared as Captain Joseph Hale"
			if a >= 4 && performerNouns[s.toks[a-1].low] && (s.toks[a-2].low == "the" || s.toks[a-2].low == "a") {
				a -= 2 // "Mara Quinn, the actress who starred as"
			}
		}
	}
	if s.toks[a-1].text == "," {
		a--
	}
	// "Marcus Bellamy … is terrific as Walter Keast": the actor, a verb
	// of being and praise, then the part.
	praise := a >= 2 && s.toks[a-1].word && !s.toks[a-1].cap && (s.toks[a-2].low == "is" || s.toks[a-2].low == "was")
	if a >= 2 && a == k && s.toks[a-1].cap && s.toks[a-2].cap && s.toks[a-1].word && s.toks[a-2].word && !clauseStart(s.toks, a-2) {
		return true // "newcomer Rasmus Feldt as Kasper Holm": an actor's name the lists do not know
	}
	for _, o := range s.ments {
		if (o.t1 == a || praise && o.t1 < a-1) && (o.typ == ePerson || praise && o.typ == eNone && !o.notPerson && fieldCount(o.text) >= 2 && personShaped(o.text)) && o.ent >= 0 && o.ent != m.ent && !o.pronoun {
			// (and "The newcomer Tobi Adeyemi-Hart, in his first television
			// role, is touching as Josh Ansah": an actor the lists do not know)
			return true
		}
	}
	return false
}

// playVerbs before a name make it a part an actor plays.
var playVerbs = wordSet("plays played playing portrays portrayed portraying")

// sameGenderFirst lists the article's people by prominence, those known to
// be of the other gender than ans last: in a story of the men's and the
// women's game, a man is offered beside men first.
func (an *analysis) sameGenderFirst(ans int) []int {
	all := an.byProminence(ePerson)
	out := make([]int, 0, len(all))
	var other []int
	chars, makers := an.partsPlayed(), an.makersOnly()
	for _, id := range all {
		if chars[id] != chars[ans] || makers[id] != makers[ans] {
			continue // a role in a film beside real people, an old master beside the story's people, or the other way
		}
		if ga, gb := an.genderOrName(ans), an.genderOrName(id); ga != 0 && gb != 0 && ga != gb {
			other = append(other, id)
		} else {
			out = append(out, id)
		}
	}
	return append(out, other...)
}

// fallbackPeople used to top up person distractors with made-up names;
// invented people are never offered now: a person question needs at least
// two other real people of the article (it then has three options), or it
// is not asked.
func (an *analysis) fallbackPeople(out []string, _ *excluder, _ string, n int) []string {
	if len(out) < min(n, 2) {
		return nil
	}
	return out
}

// promptDistractors offers other people of the article for a question whose
// prompt is not the sentence itself: anyone the prompt names is left out,
// and so is anyone whose full name the sentence shows.
func (an *analysis) promptDistractors(s *sent, ans int, skip []int, prompt string, n int) []string {
	if ans < 0 {
		return nil
	}
	ex := newExcluder(s, an.ents[ans].name)
	wrong := an.wrongGender(ans, prompt)
	same := sameDeedEnts(s)
	var out []string
	for _, id := range an.sameGenderFirst(ans) {
		if len(out) == n {
			break
		}
		e := &an.ents[id]
		f := strings.Fields(e.name)
		if id == ans || contains(skip, id) || same[id] || len(f) < 2 || containsFold(prompt, f[len(f)-1]) || containsFold(prompt, f[0]) || wrong(id) {
			continue
		}
		if ex.ok(e.name) {
			out = append(out, e.name)
		}
	}
	return an.fallbackPeople(out, ex, an.ents[ans].name, n)
}

// sameDeedEnts returns the people a sentence says did the same as its
// subject: "Kawabe kept his post, as did Hirata" (Hirata kept hers too).
func sameDeedEnts(s *sent) map[int]bool {
	out := map[int]bool{}
	for _, m := range s.ments {
		if m.ent < 0 || m.t0 < 2 {
			continue
		}
		w, v := s.toks[m.t0-2].low, s.toks[m.t0-1].low
		if (w == "as" || w == "so") && (v == "did" || v == "does" || v == "do" || v == "has" || v == "have" || v == "had" || v == "was" || v == "were" || v == "is" || v == "are") {
			out[m.ent] = true
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// entityDistractors offers organisations, places or sites of the same form.
func (an *analysis) entityDistractors(s *sent, m *mention, ex *excluder, n int) []string {
	if m.ent < 0 {
		return nil
	}
	ans := &an.ents[m.ent]
	if ans.typ == eOrg && bareBodyWord(ans.name) {
		return nil // "The _____ said relief would reach the islands": "Government" is no name to find
	}
	if ans.typ == eOrg && isAcronym(ans.name) && orgClass(ans.name) == "" && orgAcronymGroup(ans.name) == nil {
		// "JFK" beside "AAA", "TSA" and "DC": the letters do not say what
		// an acronym names, so the article's others may be of any kind.
		return nil
	}
	in := sentEnts(s)
	if ans.typ == ePlace && s.idx > 0 {
		// "Caldwell's new exhibition at the Harwood Gallery in
		// Bermondsey" opens the story: "her first solo show in _____"
		// (London) would be as true of Bermondsey. Where the lead sets
		// the story is never a wrong place later.
		for _, id := range an.leadSettings() {
			in[id] = true
		}
	}
	// A seat of government whose country the sentence names is offered
	// only beside seats of the countries it names.
	onlyNamed := ans.typ == eSite && seatNamed(s, ans.name)
	// Worked out once for every option weighed below.
	// Where countries play as sides, the UK fields none: "The United
	// States … had looked in control" takes no "The UK".
	noUK := ans.typ == ePlace && ans.sub == 1 && (an.homeNations() || an.nationalSides())
	// "every region of the UK apart from Scotland and _____": only the
	// UK's own nations.
	inUK := homeNation(ans.name) && namesCountry(s, countryByName["uk"])
	ansKind := siteKind(ans.name)
	// A city whose country the lists know is offered beside cities of
	// its country and its neighbours' first: "Chicago, _____ and
	// Columbus" takes no Stockholm, a boy from Lima no Jakarta. Far
	// cities of the article wait until the nearer ones run out.
	land, exact, elsewhere := "", false, false
	if ans.typ == ePlace && ans.sub == 2 {
		land = cityLand(ans.name)
		// "ended in Vancouver, Canada": the sentence names the country, so
		// the options are its cities.
		exact = land != "" && m.t1+1 < len(s.toks) && s.toks[m.t1].text == "," && countryByName[strings.ToLower(s.toks[m.t1+1].text)] == countryByName[strings.ToLower(land)] && isCountry(s.toks[m.t1+1].low)
		if land == "" && m.t1+1 < len(s.toks) && s.toks[m.t1].text == "," && isCountry(s.toks[m.t1+1].low) && len(landCities(countries[countryByName[s.toks[m.t1+1].low]].name)) >= 3 {
			// "a festival in Nantes, France": a town the lists do not know,
			// in a country they do; its options are that country's cities.
			land, exact, elsewhere = countries[countryByName[s.toks[m.t1+1].low]].name, true, true
		}
		if c := countryAfter(s.toks, m.t1); c != "" && c != land {
			// "a hospital in Mbale, in eastern Uganda": a town the lists
			// do not know, in a land they know few cities of; the
			// article's other towns may stand beside it, never Moscow.
			// "a care home in Kingston, Ontario" is no Kingston of
			// Jamaica: Canada's cities, never Havana.
			// A town the lists do not know keeps to the article's own
			// towns of that land ("Hinckley, Leicestershire": no London).
			elsewhere = land != "" && len(landCities(c)) >= 3
			land, exact = c, true
		} else if c != "" {
			// "a woman from Utrecht in the Netherlands": the sentence names
			// her land, so its towns, not the story's Austrian resorts.
			exact, elsewhere = true, len(landCities(c)) >= 3
		}
		if land != "" && !exact && namesLand(s, land) {
			// "during a tour of West Germany, … their hotel in Hamburg":
			// the sentence names the city's land, so the options are its
			// cities, never the Milwaukee the rest of the story holds.
			exact, elsewhere = true, len(landCities(land)) >= 3
		}
		if sl := an.storyLand(); land != "" && !exact && sl != "" && sl != land && sharedCityNames[strings.ToLower(ans.name)] {
			// A London in a story set in Ontario is London, Ontario.
			land, elsewhere = sl, true
		}
	} else if ans.typ == ePlace && ans.sub == 1 && !an.nationalSides() {
		// "Northern Ireland has its own energy market": no Russia. In
		// sport, the sides the article names play one another.
		land = groupedCountry(ans.name)
	}
	// "born in a townland near Ennistymon": a town the lists do not know,
	// named as a landmark, is offered beside the article's other small
	// towns, never beside Boston or Melbourne.
	local := ans.typ == ePlace && ans.sub == 2 && !isKnownCity(ans.name) && (m.t0 > 0 && (s.toks[m.t0-1].low == "near" || s.toks[m.t0-1].low == "outside") ||
		m.t1 < len(s.toks) && !s.toks[m.t1].cap && (s.toks[m.t1].low == "village" || s.toks[m.t1].low == "township" || s.toks[m.t1].low == "hamlet") || // "a farmer from Kinilow village": no "Jakarta village"
		m.t0 >= 2 && s.toks[m.t0-1].low == "of" && (s.toks[m.t0-2].low == "village" || s.toks[m.t0-2].low == "hamlet") || // "the village of Laerma": no Leicester
		regionAfter(s.toks, m.t1)) // "a fire department in Sherbrooke, Nova Scotia": no Toronto
	// "born on the island of _____": only what the article calls an
	// island, and nothing from the built-in lists.
	island := (ans.typ == ePlace || ans.typ == eSite) && m.t0 >= 2 && s.toks[m.t0-1].low == "of" && (s.toks[m.t0-2].low == "island" || s.toks[m.t0-2].low == "isle")
	// "Shares in _____ rose 9.6%": only companies have shares, not the
	// hospital or the regulator the story names.
	listed := ans.typ == eOrg && m.t0 >= 2 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "of") && (s.toks[m.t0-2].low == "shares" || s.toks[m.t0-2].low == "stock")
	// "European manufacturer _____", "US firm _____": only firms of that
	// land, as the lists know them; any other would give itself away.
	cue := ""
	if ans.typ == eOrg && firmLands()[strings.ToLower(ans.name)] != "" {
		cue = firmLandCue(s, m)
	}
	var out, far []string
	if nations := an.sportNations(); ans.typ == ePlace && ans.sub == 1 && slices.Contains(nations, ans.name) {
		// "The team lost all three Tests in _____": only countries that
		// play Test cricket, the article's first; never Fiji. "Which
		// country responded through the boot of…?" in rugby: no Germany.
		pool := []string{}
		for _, id := range an.byProminence(ePlace) {
			if e := an.ents[id]; e.sub == 1 && slices.Contains(nations, e.name) {
				pool = append(pool, e.name)
			}
		}
		for _, c := range append(pool, nations...) {
			if len(out) == n {
				break
			}
			if c != ans.name && !slices.Contains(out, c) && ex.ok(c) && !containsFold(s.text, c) {
				out = append(out, c)
			}
		}
		return out
	}
	if ans.typ == ePlace && ans.sub != 1 && an.teamPlaces()[m.ent] {
		// "Vidarbha will play _____ in the final": the other sides, be
		// they cities or states, and not the village of the ground.
		for _, id := range an.byProminence(ePlace) {
			if id != m.ent && !in[id] && an.teams[id] && len(out) < n && ex.ok(an.ents[id].name) {
				out = append(out, an.ents[id].name)
			}
		}
		return out
	}
	for _, id := range an.byProminence(ans.typ) {
		if len(out) == n {
			return out
		}
		e := &an.ents[id]
		if ans.typ == eSite && an.relatedSites(id, m.ent) {
			// Named spots the article ties together (the Oval Office in the
			// White House) may both be right.
			continue
		}
		if onlyNamed && seatOfPower(e.name) && !seatNamed(s, e.name) {
			continue // "British troops" rules out the Kremlin
		}
		if id == m.ent || in[id] || e.sub != ans.sub || isAcronym(e.name) != isAcronym(ans.name) || ans.typ == eOrg && an.classOf(id) != an.classOf(m.ent) {
			continue
		}
		if noUK && e.name == "UK" || inUK && !homeNation(e.name) {
			continue // England, Scotland and Wales play as nations: the UK is no rival of theirs
		}
		if island && !an.calledIsland(id) {
			continue // "the island of Andros": no London, no Athens
		}
		if local && isKnownCity(e.name) || listed && !e.company && !(known(e.name) != nil && strings.HasPrefix(known(e.name).class, "k")) {
			continue
		}
		if k := siteKind(e.name); ans.typ == eSite && k != ansKind && (k != "" && ansKind != "" || ansKind == "admin" || k == "admin" || strictKinds[ansKind] && !seatOfPower(ans.name) || strictKinds[k] && !seatOfPower(e.name)) {
			// No hospital beside airports, nor the White House beside a
			// county, nor a weather centre beside an ocean, nor a mountain
			// beside a street (Downing Street is a seat of power).
			continue
		}
		if cue != "" && !landFits(e.name, cue) {
			continue
		}
		if ans.typ == eOrg && bareBodyWord(e.name) {
			continue // "Workers from the _____" takes no bare "Government" or "Cabinet": a common word, no body's name
		}
		if ans.typ == eOrg && (partOfBody(e.name, ans.name) || partOfBody(ans.name, e.name)) {
			continue // "The Senate" has voted…": Congress, which it is part of, voted too
		}
		if ans.typ == ePlace && (cityDistricts[strings.ToLower(ans.name)] == strings.ToLower(e.name) || cityDistricts[strings.ToLower(e.name)] == strings.ToLower(ans.name)) {
			continue // "died at his home in Harlem": in New York too
		}
		if (ans.typ == ePlace || ans.typ == eSite && landformName(e.name)) && ans.sub == e.sub && ans.sub != 1 && !isKnownCity(ans.name) && e.first == 0 && ans.first > 0 {
			// The town or city the lead sets the story in may hold the
			// places named later ("libraries in Eastgate and Harton" are
			// in Northfield too, Handsworth is in Birmingham): offered for
			// one of them it may be right.
			continue
		}
		if ans.typ == ePlace && ans.sub == e.sub && ans.sub != 1 && !isKnownCity(e.name) && ans.first == 0 && e.first > 0 {
			// And the other way: "a swimming baths in Stockport" is in
			// Edgeley too when Edgeley is the part of Stockport it serves.
			// A coast or island the lead sets the story on holds the
			// spots named later: "lakes on the Kāpiti Coast" are on the
			// North Island.
			continue
		}
		l := cityLand(e.name)
		if ans.sub == 1 {
			l = groupedCountry(e.name)
		}
		if land != "" && (l != "" && (!nearLand(land, l) || exact && l != land) || exact && l == "" && elsewhere) {
			far = append(far, e.name)
			continue
		}
		if ex.ok(e.name) {
			out = append(out, e.name)
		}
	}
	var pool []string
	switch {
	case island:
	case elsewhere:
		pool = landCities(land)
	case ans.typ == ePlace:
		pool = an.cachedPlacePool(ans.name, ans.sub)
	case ans.typ == eSite && seatOfPower(ans.name):
		// Seats of government only against a seat of government; when
		// the sentence names the answer's country, only seats of the
		// countries it names ("British troops" rules out the Kremlin).
		for _, f := range fallbackFacilities {
			if (!onlyNamed || seatNamed(s, f)) && an.namesSeatCountry(f) {
				pool = append(pool, strings.TrimPrefix(f, "the "))
			}
		}
	case ans.typ == eOrg && ans.team && an.football():
		pool = known("Arsenal").names // the built-in clubs, for football only
	case ans.typ == eOrg && known(ans.name) != nil && known(ans.name).typ == eOrg:
		// (A crew or a side named for its town, "Oxford", takes no other
		// towns: Manchester is no crew in the Boat Race.)
		// "the Civil Aviation Authority suspended flights at Chattogram":
		// Britain's agencies are no wrong answers in a story set in
		// Bangladesh.
		if g := known(ans.name); g.country == "" || an.storyLand() == "" || an.storyLand() == g.country {
			pool = g.names
		}
	case ans.typ == eOrg:
		// Agencies only against agencies of the same kind.
		pool = orgAcronymGroup(ans.name)
	}
	// "heatwaves in southern Europe": no "southern North America".
	pointed := ans.typ == ePlace && ans.sub == subRegion && m.t0 > 0 && compassWords[s.toks[m.t0-1].low]
	for _, p := range pool {
		if len(out) == n {
			break
		}
		if pointed && compassWords[strings.ToLower(strings.Fields(p)[0])+"ern"] {
			continue
		}
		if noUK && p == "UK" || inUK && !homeNation(p) || cue != "" && !landFits(p, cue) {
			continue
		}
		if !an.mentionsWord(p) && ex.ok(p) {
			out = append(out, p)
		}
	}
	for _, f := range far {
		if exact {
			break // "a hospital in Mbale, in eastern Uganda" takes no Moscow, however few the other towns
		}
		if len(out) < n && ex.ok(f) {
			out = append(out, f)
		}
	}
	return out
}

// namesLand reports a mention of the country land in sentence s, or of a
// part of it named by a point of the compass ("West Germany").
func namesLand(s *sent, land string) bool {
	return slices.ContainsFunc(s.ments, func(m mention) bool {
		if m.typ != ePlace {
			return false
		}
		low := strings.ToLower(m.text)
		if point, rest, ok := strings.Cut(low, " "); ok && pointWords[point] {
			low = rest
		}
		ci, ok := countryByName[low]
		return ok && countries[ci].name == land
	})
}

// cityDistricts are well-known parts of big cities that stories name as
// places of their own: a home in Harlem is a home in New York, so the one
// is no wrong option beside the other.
var cityDistricts = map[string]string{
	"harlem": "new york", "brooklyn": "new york", "manhattan": "new york", "the bronx": "new york", "bronx": "new york", "queens": "new york", "staten island": "new york",
	"hollywood": "los angeles", "beverly hills": "los angeles", "santa monica": "los angeles",
	"hampstead": "london", "soho": "london", "brixton": "london", "camden": "london", "hackney": "london", "islington": "london", "notting hill": "london", "westminster": "london", "wimbledon": "london",
	"montmartre": "paris", "kreuzberg": "berlin", "schwabing": "munich", "trastevere": "rome",
	"bondi": "sydney", "st kilda": "melbourne", "leith": "edinburgh", "salford": "manchester",
	"soweto": "johannesburg", "kibera": "nairobi", "copacabana": "rio de janeiro", "ipanema": "rio de janeiro",
	"shibuya": "tokyo", "shinjuku": "tokyo", "gangnam": "seoul", "kowloon": "hong kong", "bandra": "mumbai",
}

// firmLandCue returns the land a sentence gives the firm at m, from a
// nationality or a country one or two words before its name ("US firm
// Boeing", "the German carmaker BMW", "European manufacturer Airbus"), or
// "".
func firmLandCue(s *sent, m *mention) string {
	k := m.t0 - 1
	for k > 0 && m.t0-k <= 2 && s.toks[k].word && !s.toks[k].cap {
		k--
	}
	if k < 0 || k == m.t0-1 || !s.toks[k].cap && !s.toks[k].acro {
		return ""
	}
	low := strings.ToLower(s.toks[k].text)
	switch {
	case low == "european":
		return "Europe"
	case isNationality(low):
		return countries[countryByAdj[low]].name
	case isCountry(low):
		return countries[countryByName[low]].name
	}
	return ""
}

// landFits reports a firm the lists place in land, or for "Europe" in any
// European country.
func landFits(name, land string) bool {
	l := firmLands()[strings.ToLower(name)]
	if land == "Europe" {
		return l == "Europe" || europeanLands[l]
	}
	return l != "" && l == land
}

// europeanLands are the European countries of firmLands.
var europeanLands = map[string]bool{"UK": true, "Germany": true, "France": true, "Switzerland": true, "Netherlands": true, "Sweden": true, "Finland": true, "Spain": true, "Italy": true, "Ireland": true}

// cityLand returns the country of a city the lists know ("UK" for the
// home nations' cities), or "".
func cityLand(name string) string {
	low := strings.ToLower(name)
	land := ""
	if g := known(low); g != nil && g.typ == ePlace {
		land = g.country
	} else if ci, ok := cityCountry[low]; ok {
		land = countries[ci].name
	}
	switch land {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return "UK"
	}
	return land
}

// nationalSides reports an article where countries play as sides:
// "England have", "India beat", "Scotland host".
func (an *analysis) nationalSides() bool {
	if an.sides == 0 {
		an.sides = -1
		for si := range an.sents {
			s := &an.sents[si]
			for _, m := range s.ments {
				if m.typ == ePlace && m.sub == 1 && (teamVerbAfter(s.toks, m.t1) || m.t1 < len(s.toks) && sideVerbs[s.toks[m.t1].low]) {
					an.sides = 1
				}
			}
		}
	}
	return an.sides > 0
}

// teamPlaces returns the places the article makes sides in a game
// ("Vidarbha beat Karnataka", "Mumbai reached the final"), when a result
// shows it is a game and there are at least three of them.
func (an *analysis) teamPlaces() map[int]bool {
	if an.teams != nil {
		return an.teams
	}
	an.teams = map[int]bool{}
	result, career := false, false
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.typ != ePlace || m.ent < 0 || m.sub == 1 {
				continue // countries that play are sides already (nationalSides)
			}
			prev, next := "", ""
			if m.t0 > 0 {
				prev = s.toks[m.t0-1].low
			}
			if m.t1 < len(s.toks) {
				next = s.toks[m.t1].low
			}
			if sideBefore[prev] || sideAfter[next] {
				an.teams[m.ent] = true
			}
			result = result || resultVerbs[prev] || resultVerbs[next]
			if (prev == "with" || prev == "for" || prev == "to") && slices.ContainsFunc(s.toks[max(0, m.t0-5):max(0, m.t0-1)], func(t tok) bool { return careerWords[t.low] }) {
				// "signing with Cleveland", "his best season came in 1971
				// with Kansas City" reads "came … with": a player's clubs.
				an.teams[m.ent], career = true, true
			}
		}
	}
	if !result && !career || len(an.teams) < 2 || !career && len(an.teams) < 3 {
		an.teams = map[int]bool{}
	}
	return an.teams
}

// sideBefore and sideAfter are words beside a place that make it a side;
// resultVerbs show that the story is about a game.
var (
	sideBefore  = wordSet("beat beats play plays played face faces faced against host hosts hosted visit visits v vs defeated edged thrashed")
	sideAfter   = wordSet("beat beats won lost drew reached resumed declared edged defeated thrashed")
	resultVerbs = wordSet("beat beats drew defeated edged thrashed")
)

// testNations play Test cricket.
var testNations = []string{"Australia", "England", "India", "Pakistan", "South Africa", "New Zealand", "Sri Lanka", "West Indies", "Bangladesh", "Zimbabwe", "Afghanistan", "Ireland"}

// rugbyNations play rugby union at the top level, the Six Nations first
// (Canada and the US among the women's leading sides).
var rugbyNations = []string{"England", "France", "Ireland", "Italy", "Scotland", "Wales", "New Zealand", "South Africa", "Australia", "Argentina", "Japan", "Fiji", "Georgia", "Samoa", "Tonga", "Canada", "US"}

// sportNations returns the countries that play the sport the article
// reports, when only a few do (Test cricket, rugby union), or nil.
func (an *analysis) sportNations() []string {
	return an.sportFacts().nations
}

// sportFacts works out the article's sport facts once: a long article
// asks them of every figure and place.
func (an *analysis) sportFacts() *sportFacts {
	if an.sport == nil {
		an.sport = &sportFacts{nations: an.scanSportNations(), attempts: an.scanFieldAttempts(),
			match: an.matchReport()}
	}
	return an.sport
}

// matchReport reports a sentence that talks of a match outside quotation
// marks.
func (an *analysis) matchReport() bool {
	for i := range an.sents {
		if matchTalkOutsideQuotes(&an.sents[i]) {
			return true
		}
	}
	return false
}

// rugby reports a rugby report, of either code: a scrum, a lineout, a
// sin-binning, or tries with conversions.
func (an *analysis) rugby() bool {
	return an.mentionsWord("rugby") || an.mentionsWord("scrum") || an.mentionsWord("lineout") || an.mentionsWord("sin-bin") || an.mentionsWord("tries") && (an.mentionsWord("conversion") || an.mentionsWord("conversions"))
}

func (an *analysis) scanSportNations() []string {
	switch {
	case an.cricket():
		return testNations
	case an.mentionsWord("six nations"):
		return rugbyNations[:6] // the championship's table holds its six, no New Zealand
	case an.mentionsWord("scrum") || an.mentionsWord("lineout") || an.mentionsWord("fly-half") || an.mentionsWord("scrum-half") || an.mentionsWord("rugby union"):
		return rugbyNations
	}
	return nil
}

// cricket reports an article about cricket: its words for a match's parts.
func (an *analysis) cricket() bool {
	return an.mentionsWord("wickets") || an.mentionsWord("wicket") || an.mentionsWord("innings") || an.mentionsWord("odi") || an.mentionsWord("batsman") || an.mentionsWord("bowler") || an.twenty20()
}

// careerWords before "with", "for" or "to" and a city make the city a
// player's club: "signed with Cleveland", "traded to Milwaukee".
var careerWords = wordSet("signed signing signs traded dealt played playing pitched pitching season seasons loaned transferred")

// sideVerbs after a country make it a side in a game.
var sideVerbs = wordSet("beat drew thrashed face faced host hosted play played")

// groupedCountry returns the list's name of a country that countryGroups
// give neighbours, or "".
func groupedCountry(name string) string {
	ci, ok := countryByName[strings.ToLower(name)]
	if !ok {
		return ""
	}
	for _, g := range countryGroups {
		if slices.Contains(g.members, countries[ci].name) {
			return countries[ci].name
		}
	}
	return ""
}

// nearLand reports whether country b is a's or one of the neighbours
// countryGroups gives it.
func nearLand(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range countryGroups {
		if slices.Contains(g.members, a) && (slices.Contains(g.members, b) || slices.Contains(g.then, b)) {
			return true
		}
	}
	return false
}

// relatedSites reports whether two sites are linked by the article: named in
// one sentence, or both given for the same subject and verb.
func (an *analysis) relatedSites(a, b int) bool {
	if an.siteGroup == nil {
		parent := map[int]int{}
		var find func(int) int
		find = func(x int) int {
			p, ok := parent[x]
			if !ok || p == x {
				return x
			}
			r := find(p)
			parent[x] = r
			return r
		}
		union := func(x, y int) { parent[find(x)] = find(y) }
		byName := map[string]int{}
		for i := range an.ents {
			if an.ents[i].typ == eSite {
				byName[strings.ToLower(an.ents[i].name)] = i
			}
		}
		for si := range an.sents {
			prev := -1
			for _, m := range an.sents[si].ments {
				if m.typ == eSite && m.ent >= 0 {
					if prev >= 0 {
						union(prev, m.ent)
					}
					prev = m.ent
				}
			}
		}
		for k, vs := range an.facts {
			if k.typ != eSite {
				continue
			}
			for _, v := range vs[1:] {
				union(byName[vs[0]], byName[v])
			}
		}
		an.siteGroup = map[int]int{}
		for _, id := range byName {
			an.siteGroup[id] = find(id)
		}
	}
	return an.siteGroup[a] == an.siteGroup[b]
}

// nearCountries lists countries starting after the answer in the built-in
// list, which groups countries by region, so that neighbours come first.
func nearCountries(name string) []string {
	i := 0
	if ci, ok := countryByName[strings.ToLower(name)]; ok {
		i = ci
	}
	var out []string
	seen := map[string]bool{countries[i].name: true}
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, g := range countryGroups {
		if slices.Contains(g.members, countries[i].name) {
			for _, c := range g.members {
				add(c)
			}
			for _, c := range g.then {
				add(c)
			}
		}
	}
	for k := 1; k < len(countries); k++ {
		add(countries[(i+k)%len(countries)].name)
	}
	return out
}

// countryGroups are countries that stand in for one another before any
// neighbour: a story "in the south-west of England" offers Scotland, Wales
// and Northern Ireland, not Kazakhstan; then the nearest others (when the
// sentence names a member already).
var countryGroups = []struct{ members, then []string }{
	{[]string{"England", "Scotland", "Wales", "Northern Ireland"}, []string{"Ireland", "France", "Netherlands"}},
	{[]string{"UK", "Ireland"}, []string{"France", "Belgium", "Spain", "Germany"}},
	{[]string{"France", "Germany", "Italy", "Spain"}, []string{"Belgium", "Netherlands", "Switzerland", "Portugal", "Austria"}},
	{[]string{"Sweden", "Norway", "Denmark", "Finland", "Iceland"}, []string{"Netherlands", "Germany"}},
	{[]string{"China", "Japan", "South Korea", "Taiwan"}, []string{"Vietnam", "Philippines", "Thailand", "Indonesia"}},
	{[]string{"US", "Canada", "Mexico"}, []string{"UK", "Australia"}},
	{[]string{"Greece", "Cyprus", "Turkey", "Bulgaria", "Albania"}, []string{"Italy", "Malta", "Serbia"}},
	{[]string{"Poland", "Czech Republic", "Slovakia", "Hungary"}, []string{"Germany", "Austria", "Romania"}},
	{[]string{"Estonia", "Latvia", "Lithuania"}, []string{"Finland", "Poland", "Belarus"}},
	{[]string{"Austria", "Switzerland"}, []string{"Germany", "Italy", "Slovenia"}},
	{[]string{"Netherlands", "Belgium", "Luxembourg"}, []string{"Germany", "France", "Denmark"}},
	{[]string{"Portugal"}, []string{"Spain", "France", "Italy"}},
	{[]string{"Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Ecuador", "Bolivia", "Uruguay", "Paraguay", "Guyana"}, []string{"Mexico", "Panama", "Cuba"}},
	{[]string{"Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama"}, []string{"Colombia", "Cuba"}},
	{[]string{"Cuba", "Jamaica", "Haiti", "Dominican Republic", "Bahamas", "Barbados", "Trinidad and Tobago"}, []string{"Mexico", "Venezuela"}},
	{[]string{"Iran", "Iraq", "Syria", "Lebanon", "Jordan", "Israel", "Saudi Arabia", "Yemen"}, []string{"Egypt", "Turkey", "Kuwait", "Qatar"}},
	{[]string{"Saudi Arabia", "Qatar", "Kuwait", "Bahrain", "Oman", "United Arab Emirates"}, []string{"Iran", "Iraq", "Yemen"}},
	{[]string{"Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Mauritania"}, []string{"Sudan", "Jordan"}},
	{[]string{"India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan", "Maldives"}, []string{"Afghanistan"}},
	{[]string{"Indonesia", "Malaysia", "Thailand", "Vietnam", "Philippines", "Singapore", "Cambodia", "Myanmar", "Laos", "Brunei"}, nil},
	{[]string{"Australia", "New Zealand", "Fiji", "Papua New Guinea"}, nil},
	{[]string{"Russia", "Ukraine", "Belarus"}, []string{"Kazakhstan", "Georgia", "Moldova", "Poland"}},
	{[]string{"Ethiopia", "Kenya", "Somalia", "Sudan", "South Sudan", "Eritrea", "Uganda", "Tanzania", "Rwanda"}, []string{"Egypt", "DR Congo", "Malawi"}},
	{[]string{"Nigeria", "Ghana", "Senegal", "Ivory Coast", "Cameroon", "Mali", "Niger", "Burkina Faso", "Benin", "Togo", "Liberia", "Sierra Leone", "Guinea", "Gambia"}, []string{"Morocco", "Algeria", "Gabon"}},
	{[]string{"South Africa", "Zimbabwe", "Zambia", "Botswana", "Namibia", "Mozambique", "Malawi", "Angola"}, []string{"Madagascar", "Tanzania", "Kenya"}},
	{[]string{"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"}, []string{"Afghanistan", "Mongolia", "Russia"}},
	{[]string{"Georgia", "Armenia", "Azerbaijan"}, []string{"Turkey", "Iran", "Russia"}},
	{[]string{"Serbia", "Croatia", "Bosnia", "Slovenia", "Montenegro", "Kosovo", "North Macedonia", "Albania"}, []string{"Hungary", "Bulgaria", "Romania"}},
	{[]string{"North Korea", "South Korea"}, []string{"China", "Japan", "Russia"}},
	{[]string{"Romania", "Moldova", "Bulgaria"}, []string{"Hungary", "Ukraine", "Serbia"}},
	{[]string{"Madagascar", "Mauritius"}, []string{"Mozambique", "South Africa", "Tanzania"}},
	{[]string{"DR Congo", "Gabon"}, []string{"Cameroon", "Angola", "Rwanda", "Uganda"}},
	{[]string{"Mongolia"}, []string{"China", "Russia", "Kazakhstan"}},
	{[]string{"Malta"}, []string{"Italy", "Cyprus", "Greece"}},
	{[]string{"Afghanistan", "Pakistan", "Iran"}, []string{"Tajikistan", "Uzbekistan", "India"}},
}

// dateDistractors offers dates of the same form: weekdays for a weekday, a
// month and year for a month and year.
func (an *analysis) dateDistractors(s *sent, m *mention, ex *excluder, n int) []string {
	switch m.sub {
	case dWeekday, dMonth:
		// Names without an order a reader would sort by, but for the ends
		// of a range within a year: "between May and July" keeps its
		// start before July, and its end after May.
		var out []string
		other, later := rangePartner(s, m)
		if m.sub != dMonth || other == nil || (m.month < other.month) != later {
			other = nil // a range across the new year ("November to February") has no such order
		}
		// One option per month or day: "Sept" beside "September" would be
		// the key twice.
		seen := map[int]bool{m.month: true}
		if m.sub == dWeekday {
			seen = map[int]bool{m.weekday: true}
		}
		add := func(k int) {
			if k < 0 || seen[k] {
				return
			}
			if other != nil && (later && k >= other.month || !later && k <= other.month) {
				return
			}
			v := months[k%12]
			if m.sub == dWeekday {
				v = weekdays[k%7]
			}
			if len(out) < n && ex.ok(v) {
				seen[k] = true
				out = append(out, v)
			}
		}
		for _, o := range an.articleDates() {
			if o.sub == m.sub && m.sub == dWeekday {
				add(o.weekday)
			} else if o.sub == m.sub {
				add(o.month)
			}
		}
		if m.sub == dWeekday {
			for k := 1; k < 7; k++ {
				add((m.weekday + k*3) % 7)
			}
		} else {
			for _, k := range []int{6, 3, 9, 1, 11, 4, 8} {
				add((m.month + k) % 12)
			}
		}
		return out
	}
	// Dates with a year or a day sort in time: choose the key's rank
	// evenly, then the nearest dates below and above it, the article's own
	// dates of the same form first.
	type dv struct {
		text string
		at   int // months since year 0, or days for a day and month
	}
	value := func(o mention) int {
		switch m.sub {
		case dYear:
			return o.year
		case dMonthYear:
			return o.year*12 + o.month
		}
		return o.year*400 + o.month*31 + o.day
	}
	key := value(*m)
	var below, above []dv
	seen := map[string]bool{m.text: true}
	other, later := rangePartner(s, m)
	addDV := func(d dv) {
		if seen[d.text] || d.at == key {
			return
		}
		if other != nil && (later && d.at >= value(*other) || !later && d.at <= value(*other)) {
			return // "between 2023 and 2024": the start stays before the end
		}
		seen[d.text] = true
		if d.at < key {
			below = append(below, d)
		} else {
			above = append(above, d)
		}
	}
	for _, o := range an.articleDates() {
		if o.sub == m.sub && (o.year > 0) == (m.year > 0) {
			addDV(dv{o.text, value(o)})
		}
	}
	switch m.sub {
	case dYear:
		steps := []int{1, 2, 3, 4, 5}
		later := max(2000, m.year+5)
		if m.year%10 == 0 && m.year <= 1980 {
			// A round year long past ("since 1960") is a decade: its
			// neighbours are decades too, and none is later than 2000.
			steps = []int{10, 20, 30}
		} else if m.year%10 == 0 && m.year >= 2030 {
			// A round year ahead ("gone by 2100", "net zero by 2050") is
			// a target: "by 2099" would be no other claim.
			steps, later = []int{10, 20, 30}, m.year+30
		}
		for _, d := range steps {
			addDV(dv{strconv.Itoa(m.year - d), m.year - d})
			if m.year+d <= later {
				addDV(dv{strconv.Itoa(m.year + d), m.year + d})
			}
		}
	case dMonthYear:
		for _, d := range []int{2, 5, 12, 7, 3, 24, 10} {
			for _, sign := range []int{-1, 1} {
				t := key + sign*d
				addDV(dv{months[t%12] + " " + strconv.Itoa(t/12), t})
			}
		}
	case dFull:
		day := strconv.Itoa(m.day)
		for _, d := range []int{3, 7, 5, 10, 2, 12} {
			for _, sign := range []int{-1, 1} {
				nd := m.day + sign*d
				if nd < 1 || nd > 28 {
					continue
				}
				old, day2 := day, strconv.Itoa(nd)
				for _, suf := range []string{"st", "nd", "rd", "th"} {
					if strings.Contains(m.text, day+suf) {
						old, day2 = day+suf, ordinalSuffix(nd) // "November 22nd" to "November 25th", never "25nd"
						break
					}
				}
				addDV(dv{strings.Replace(m.text, old, day2, 1), key + sign*d})
			}
		}
	}
	// Nearest first on each side, the article's dates keeping their place
	// among equals.
	sort.SliceStable(below, func(a, b int) bool { return below[a].at > below[b].at })
	sort.SliceStable(above, func(a, b int) bool { return above[a].at < above[b].at })
	var bt, at []string
	for _, d := range below {
		bt = append(bt, d.text)
	}
	for _, d := range above {
		at = append(at, d.text)
	}
	return pickRanked(keyRank(s, m), bt, at, ex, n)
}

// roughRange reports a number that is one end of a rough range joined by
// "or": "30 or 40 towns", "two or three days".
func roughRange(s *sent, m *mention) bool {
	if m.typ != eNumber {
		return false
	}
	o, later := rangePartner(s, m)
	if o == nil {
		return false
	}
	k := m.t1 // the word after the earlier end
	if !later {
		k = o.t1
	}
	return k < len(s.toks) && s.toks[k].low == "or"
}

// rangePartner returns the other end of a range that mention m opens or
// closes ("between 2023 and 2024", "from 4 to 6", "10-12"), and whether
// that end is the later one, or nil when m is no end of a range.
func rangePartner(s *sent, m *mention) (*mention, bool) {
	toks := s.toks
	joins := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		switch toks[k].low {
		case "-", "–", "to", "or":
			return true // "two or three days": never "four or three"
		case "and":
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if toks[j].low == "between" {
					return true
				}
			}
		}
		return false
	}
	for i := range s.ments {
		o := &s.ments[i]
		// Figures in digits and in words make a range too: "from 11 to
		// nine".
		if o == m || o.typ != m.typ || o.sub != m.sub && m.typ != eNumber {
			continue
		}
		if m.typ == eNumber && m.sub != 0 && o.sub != 0 && numberUnit(o) != numberUnit(m) {
			continue // "rising 37% to 705m rupees": a change, not a range
		}
		if o.r0 == m.t1+1 && joins(m.t1) || o.r0 == m.t1+2 && joins(m.t1) && partWords[toks[m.t1+1].low] || o.r0 == m.t1+2 && toks[m.t1].low == "votes" && joins(m.t1+1) {
			return o, true // "from April to early June", "by 84 votes to 71"
		}
		if m.r0 == o.t1+1 && joins(o.t1) || m.r0 == o.t1+2 && joins(o.t1) && partWords[toks[o.t1+1].low] || m.r0 == o.t1+2 && toks[o.t1].low == "votes" && joins(o.t1+1) {
			return o, false
		}
	}
	return nil, false
}

// pollRest returns the shares of a poll's other answers in the sentence
// ("…, with 21 per cent opposed"), which the share at m and they cannot
// pass 100 together, or 0.
func pollRest(s *sent, m *mention) float64 {
	poll, rest := false, 0.0
	for i := range s.ments {
		o := &s.ments[i]
		if !isShare(o) {
			continue
		}
		poll = poll || o.t1 < len(s.toks) && pollAnswers[s.toks[o.t1].low]
		if o != m {
			rest += o.value
		}
	}
	if !poll || rest >= 100 {
		return 0
	}
	return rest
}

// isShare reports a figure written as a share: "21%", "49.2 percent",
// "6 per cent".
func isShare(m *mention) bool {
	return m.typ == eNumber && (strings.HasSuffix(m.text, "%") || strings.HasSuffix(strings.ToLower(m.text), "cent"))
}

// complementShare reports a share that, with the one other share in its
// sentence, makes up the whole: "50.8 percent … while 49.2 percent".
func complementShare(s *sent, m *mention) bool {
	var others []float64
	for i := range s.ments {
		o := &s.ments[i]
		if o != m && isShare(o) {
			others = append(others, o.value)
		}
	}
	return len(others) == 1 && math.Abs(others[0]+m.value-100) < 0.01
}

// pollAnswers after a share name one answer of a poll.
var pollAnswers = wordSet("opposed against undecided unsure disagreed supported backed favoured favored agreed")

// partWords put a date early or late in its span ("to early June") or
// round the figure after "to" ("from $2.6 billion to about $3.24
// billion").
var partWords = wordSet("early late mid the about around nearly roughly almost some")

// comparedPartner returns the figure of the same unit that the sentence
// sets the number against ("8.2% … compared with 10.3%", "up from 28%",
// "fell to 2.3% from 3.2%"), or nil.
func comparedPartner(s *sent, m *mention) *mention {
	unit := numberUnit
	var best *mention
	gap := 0
	// The nearest such figure: "a dividend of 9.5 cents, taking the payout
	// to 16 cents, up from 13 cents" sets 13 against 16, not 9.5.
	for i := range s.ments {
		o := &s.ments[i]
		// Digits with and without decimals compare ("eased to 2.9%, from
		// 4%"); a number word does not.
		words := o.sub == 0 && m.sub == 0 // "force seven, gusting to force eight"
		if o == m || o.typ != eNumber || m.typ != eNumber || (o.sub == 0) != (m.sub == 0) || !words && (unit(o) != unit(m) || numericPart(o.text) == "") {
			continue
		}
		if o.t1 < len(s.toks) && clockAfter[s.toks[o.t1].low] {
			continue // "at 10.40 p.m.": a time of day, no figure to compare
		}
		a, b := min(m.t1, o.t1), max(m.r0, o.r0)
		if b-a > 20 {
			continue
		}
		for k := a; k < b; k++ {
			switch s.toks[k].low {
			case "compared", "from", "against", "versus", "vs", "than", "above", "below", "gusting", "breaking", "surpassing", "eclipsing":
				// ("reached 30,618 megawatts…, breaking the previous record
				// of 29,820": the old record stays below the new.)
				if words && s.toks[k].low != "gusting" {
					continue // "two men from three villages": words compare only in a gust
				}
				if best == nil || b-a < gap {
					best, gap = o, b-a // "sales of about $20bn, above the $17.9bn forecast"
				}
			}
		}
	}
	return best
}

// clockAfter follow a time of day.
var clockAfter = wordSet("a.m. p.m. am pm a.m p.m gmt bst")

// raceDistances are the distances of athletics and swimming races, indoor
// and out.
var raceDistances = []float64{50, 60, 100, 200, 400, 800, 1500, 3000, 5000, 10000}

// hurdleDistances are the distances of hurdle races: "the 60 meters
// hurdles" is never a 70.
var hurdleDistances = []float64{60, 100, 110, 400}

// swimDistances are the distances of swimming races: "the 200 metres
// freestyle" is never a 60 or a 3,000.
var swimDistances = []float64{50, 100, 200, 400, 800, 1500}

// distancesOf returns the distances a race of the figure m may be run
// or swum over.
func distancesOf(s *sent, m *mention) []float64 {
	for k := m.t1; k < len(s.toks) && k <= m.t1+1; k++ {
		switch s.toks[k].low {
		case "hurdles":
			return hurdleDistances
		case "freestyle":
			return swimDistances
		case "backstroke", "breaststroke", "butterfly":
			return swimDistances[:3] // no 400m breaststroke
		case "medley", "individual":
			return []float64{100, 200, 400}
		}
	}
	return raceDistances
}

// raceDistance reports a race's distance: "the women's 1,500 metres", "the
// men's 800m".
func raceDistance(s *sent, m *mention) bool {
	if m.typ != eNumber || !slices.Contains(distancesOf(s, m), m.value) || m.r0 == 0 {
		return false
	}
	low := strings.ToLower(m.text)
	unit := m.t1 < len(s.toks) && (s.toks[m.t1].low == "metres" || s.toks[m.t1].low == "meters") || strings.HasSuffix(low, "metres") || strings.HasSuffix(low, "meters") || strings.HasSuffix(low, "m") && !strings.HasSuffix(low, "bn")
	prev := s.toks[m.r0-1].low
	if prev == "'s" && m.r0 >= 2 {
		prev = s.toks[m.r0-2].low + "'s"
	}
	return unit && (prev == "women's" || prev == "men's" || prev == "the" && m.r0 >= 2 && (s.toks[m.r0-2].low == "won" || s.toks[m.r0-2].low == "in"))
}

// pickRanked takes wrong options from values below and above the key
// (nearest first) so that the key has rank h among the sorted options;
// when one side is short, the rank is drawn among those the values allow.
func pickRanked(h int, below, above []string, ex *excluder, n int) []string {
	lo, hi := max(0, n-len(above)), min(n, len(below))
	if lo > hi {
		return nil
	}
	want := lo + h%(hi-lo+1)
	var out []string
	got := 0
	for _, v := range below {
		if got == want {
			break
		}
		if ex.ok(v) {
			out = append(out, v)
			got++
		}
	}
	for _, v := range above {
		if len(out) == n {
			break
		}
		if ex.ok(v) {
			out = append(out, v)
		}
	}
	for _, v := range below[min(len(below), got):] {
		if len(out) == n {
			break
		}
		if ex.ok(v) {
			out = append(out, v)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

// articleDates lists the distinct dates the article names, in order, so
// that date distractors cost the same however long the article is.
func (an *analysis) articleDates() []mention {
	if an.dates != nil {
		return an.dates
	}
	seen := map[string]bool{}
	an.dates = []mention{}
	for i := range an.sents {
		for _, o := range an.sents[i].ments {
			if o.typ == eDate && !seen[o.text] && len(an.dates) < 64 {
				seen[o.text] = true
				an.dates = append(an.dates, o)
			}
		}
	}
	return an.dates
}

// keyRank hashes the sentence and the slot into a number that picks where
// the correct number sits among the sorted options (see pickRanked), spread
// evenly over questions, so that no "pick the second-smallest" rule beats
// chance.
func keyRank(s *sent, m *mention) int {
	h := uint32(2166136261)
	for i := 0; i < len(s.text); i++ {
		h = (h ^ uint32(s.text[i])) * 16777619
	}
	h = (h ^ uint32(m.start)) * 16777619
	return int(h >> 7)
}

// numberDistractors offers numbers written the same way as the answer
// (words for words, digits with the same separators, decimals and unit),
// within a plausible range: percentages up to 100 unless the sentence is
// about a rise, years near the article's years, match minutes up to 90.
// The key's rank among the options is spread evenly (keyRank).
func (an *analysis) numberDistractors(s *sent, m *mention, ex *excluder, n int) []string {
	v := m.value
	if v <= 0 || v != v {
		return nil
	}
	lo, hi := 1.0, 1e15
	var format func(float64) string
	integer := true
	step := 1.0
	oldYear := 0.0 // an old year's step: 1, or 20 for "around 1480"
	switch {
	case m.typ == eOrdinal && m.sub == 0:
		upper := m.text[0] >= 'A' && m.text[0] <= 'Z'
		hi = float64(len(ordinals))
		if m.t1 < len(s.toks) {
			if top, ok := periodsOfPlay[strings.TrimSuffix(s.toks[m.t1].low, "s")]; ok && !streakAfter(s.toks, m.t1) {
				hi = top // "the third quarter": never the sixth
			}
			if s.toks[m.t1].low == "innings" {
				// Cricket: a side bats twice, a match has four innings.
				hi = 4
				if m.r0 > 0 && (s.toks[m.r0-1].low == "their" || s.toks[m.r0-1].low == "its" || s.toks[m.r0-1].low == "his") {
					hi = 2
				}
			}
		}
		if m.t1 < len(s.toks) && (s.toks[m.t1].low == "attempt" || s.toks[m.t1].low == "try") {
			if top := an.fieldAttempts(); top > 0 {
				hi = float64(top) // "cleared at his second attempt": a vaulter has three
			}
		}
		if m.r0 > 0 && s.toks[m.r0-1].low == "a" || streakAfter(s.toks, m.t1) {
			// "a second centre", "a third straight week", "for the third
			// quarter in a row": never "a first", never "the first in a row".
			lo = 2
		}
		format = func(x float64) string { return capWord(ordinals[int(x)-1], upper) }
		if t := s.toks; m.t1+3 < len(t) && t[m.t1].low == "time" && t[m.t1+1].low == "in" && (strings.HasPrefix(t[m.t1+3].low, "year") || strings.HasPrefix(t[m.t1+3].low, "season")) {
			// "for the second time in three years": once a year at most;
			// "for the third time in four seasons" too.
			if n := numberWordIndex(t[m.t1+2].low); n > 0 {
				hi = math.Min(hi, float64(n))
			} else if n, err := strconv.Atoi(t[m.t1+2].text); err == nil && n > 0 {
				hi = math.Min(hi, float64(n))
			}
		}
	case m.typ == eOrdinal:
		format = func(x float64) string { return ordinalSuffix(int(x)) }
		if m.t1 < len(s.toks) && strings.HasPrefix(s.toks[m.t1].low, "minute") {
			hi = 90
			if an.rugby() {
				hi = 80 // a rugby match has 80 minutes: no "89th minute" try
			}
		}
		if m.t1 < len(s.toks) && strings.HasPrefix(s.toks[m.t1].low, "centur") {
			hi = 21 // "in the 15th century": never the 23rd
		}
		if t := s.toks; m.t1+2 < len(t) && t[m.t1].low == "of" && (monthIndex(t[m.t1+1].text) >= 0 || t[m.t1+1].low == "the" && m.t1+3 < len(t) && (t[m.t1+2].low == "month" || t[m.t1+3].low == "month")) {
			hi = 28 // "by the 20th of the following month": a day of the month
		}
		if m.t1 < len(s.toks) && (s.toks[m.t1].low == "hole" || s.toks[m.t1].low == "green" || s.toks[m.t1].low == "tee") ||
			m.r0 > 0 && strings.HasPrefix(s.toks[m.r0-1].low, "par-") || v <= 18 && m.r0 > 0 && (s.toks[m.r0-1].low == "the" || m.r0 > 1 && s.toks[m.r0-2].low == "the" && s.toks[m.r0-1].word && !s.toks[m.r0-1].cap) && an.golf() {
			hi = 18 // "the par-3 16th", "the 12th hole", a golf story's "on the 17th", "the notorious 16th": a round has 18
		}
		if m.t1 < len(s.toks) && s.toks[m.t1].low == "over" {
			// "took 15 off the 19th over": a one-day match has 50, a
			// Twenty20 one 20.
			hi = 50
			if an.twenty20() {
				hi = 20
			}
		}
	case m.typ == eNumber && m.sub == 0:
		upper := m.text[0] >= 'A' && m.text[0] <= 'Z'
		hi = float64(len(numberWords) - 1)
		plural := func(k int) bool {
			return k < len(s.toks) && s.toks[k].word && !s.toks[k].cap && (strings.HasSuffix(s.toks[k].low, "s") && !strings.HasSuffix(s.toks[k].low, "ss") || irregularPlurals[s.toks[k].low])
		}
		pluralSoon := false // "Two further drop-in sessions": the plural within three words
		for k, w := m.t1, 0; k < len(s.toks) && w < 3 && !pluralSoon; k++ {
			if s.toks[k].text == "\"" || s.toks[k].text == "'" {
				continue // "opened two "clean air spaces"": the plural inside the quotation marks
			}
			if !s.toks[k].word || s.toks[k].cap {
				break
			}
			pluralSoon, w = plural(k), w+1
		}
		if t := s.toks; m.t1+1 < len(t) && t[m.t1].low == "of" && (t[m.t1+1].low == "whom" || t[m.t1+1].low == "which" || t[m.t1+1].low == "them") {
			pluralSoon = true // "two of whom row competitively": never "one of whom row"
		}
		if v >= 2 && pluralSoon {
			lo = 2 // "Two years like this", "two further deaths": never "One years"
		}
		if t := s.toks; m.r0 >= 2 && t[m.r0-1].low == "of" {
			if n := ordinalIndex(t[m.r0-2].low); n >= 0 {
				lo = math.Max(lo, float64(n+1)) // "the third of five children": never "the third of two"
			}
		}
		format = func(x float64) string { return capWord(numberWords[int(x)], upper) }
	case m.typ == eNumber:
		num := numericPart(m.text)
		if num == "" {
			return nil
		}
		decimals := 0
		if k := strings.IndexByte(num, '.'); k >= 0 {
			decimals = len(num) - k - 1
			integer = false
			if m.t1 < len(s.toks) && s.toks[m.t1].low == "overs" {
				return nil // "in 19.2 overs": balls after the point, six to an over, and never 26.9
			}
		}
		percent := isShare(m)
		if percent && complementShare(s, m) {
			return nil // "50.8 percent backed it, while 49.2 percent rejected it": each gives the other away
		}
		if percent && v <= 100 {
			// A rise can pass 100%, but readers take such an option as
			// impossible and so rule it out: keep options at most 100.
			hi = 100
			if o := pollRest(s, m); o > 0 {
				hi = math.Min(hi, 100-o) // "68 per cent supported the ban, with 21 per cent opposed": never 82
			}
		}
		if low := strings.ToLower(m.text); v < 1000 && (strings.HasSuffix(low, " million") || strings.HasSuffix(low, " billion")) {
			// "$986 million" beside "$1,380 million": past a thousand the
			// writer would have said "$1.38 billion".
			hi = math.Min(hi, 999)
		}
		if m.r0 >= 2 && s.toks[m.r0-1].low == "of" && s.toks[m.r0-2].low == "ph" || m.r0 >= 1 && s.toks[m.r0-1].low == "ph" {
			hi = 14 // "a pH of 11.8": the scale runs from 0 to 14
		}
		if v <= 170 && m.t1 < len(s.toks) && (s.toks[m.t1].low == "checkout" || s.toks[m.t1].low == "finish") && an.darts() {
			hi = 170 // "a 164 checkout": three darts can take out 170 at most
		}
		if top := scaleTop(s.toks); top > 0 && v <= top {
			hi = math.Min(hi, top) // "lower 5 on Japan's seismic intensity scale of 7": never 9
		}
		if m.r0 >= 1 && s.toks[m.r0-1].low == "magnitude" && v < 10 {
			// "a magnitude 7.8 earthquake": no quake has passed 9.5, and a
			// point on the scale is a tenfold step, so the options stay near.
			lo, hi = math.Max(lo, v-1.6), 9.5
		}
		if percent && v > 50 && passedVote(s, m) {
			lo = 51 // "The measure passed with 58% of the vote": never 46%
		}
		if integer && !strings.Contains(num, ",") && v >= 1900 && v <= 2100 && len(num) == 4 {
			// A year written as a plain number: near the article's years.
			y0, y1 := an.yearRange()
			lo, hi = math.Min(v, float64(y0))-6, math.Max(v, float64(y1))+6
		} else if integer && m.text == num && v >= 1000 && v < 1900 && len(num) == 4 && (yearPrepBefore(s.toks, m.r0) && !nounAfterNumber(s, m) || oldYearAt(s.toks, m.r0)) {
			// "An inventory from 1788": an old year, beside years of its
			// time, never 2682.
			lo, hi = v-30, v+30
			oldYear = 1
			if math.Mod(v, 10) == 0 && m.r0 > 0 && approxWords[s.toks[m.r0-1].low] {
				// "dated to around 1480": a guess to a decade or two, so
				// never "around 1470" beside it.
				lo, hi, oldYear = v-60, v+60, 20
			}
		}
		if !integer {
			step = math.Pow(10, -float64(decimals))
			if lo <= 1 {
				lo = step // a decimal may go below one; but "passed with 58.6%" keeps its floor of 51
			}
		}
		format = func(x float64) string {
			t := strconv.FormatFloat(x, 'f', decimals, 64)
			if integer {
				t = formatLike(num, int(x))
			} else if strings.Contains(num, ",") {
				// "1,455.5": the whole part keeps its commas.
				whole, frac, _ := strings.Cut(t, ".")
				n, _ := strconv.Atoi(whole)
				t = formatLike(num, n) + "." + frac
			}
			return strings.Replace(m.text, num, t, 1)
		}
	default:
		return nil
	}
	if m.r0 >= 2 && s.toks[m.r0-1].low == "in" {
		// "nearly three in four teachers": the whole is larger than the
		// part, never "three in two".
		for _, o := range s.ments {
			if o.typ == eNumber && o.t1 == m.r0-1 && o.value >= 1 {
				lo = math.Max(lo, o.value+step)
			}
		}
	}
	if m.r0 >= 1 && s.toks[m.r0-1].low == "all" && v >= 3 {
		lo = math.Max(lo, 3) // "across all three categories": never "all two", which is "both"
	}
	if top := subUnitTop(s, m); top > 0 {
		// "13 years and four months": never twelve months; "3 minutes,
		// 59.84 seconds": never 60.24.
		hi = math.Min(hi, top+1-step)
	}
	if m.typ == eOrdinal && m.t1 < len(s.toks) && strings.HasPrefix(s.toks[m.t1].low, "grade") {
		if v >= 12 {
			return nil // "kindergarten through 12th grade": all of school, and the top grade gives itself away
		}
		hi = math.Min(hi, 12) // "the eighth grade", "eighth graders": school ends at the twelfth
	}
	if schoolGrade(s.toks, m.r0) {
		hi = math.Min(hi, 12) // "students in grades 6 through 12": never grade 13
	}
	if isShare(m) && v < 100 && m.r0 > 0 && (s.toks[m.r0-1].low == "below" || s.toks[m.r0-1].low == "under") {
		hi = math.Min(hi, 99) // "rates have fallen below 70 per cent": never below 100
	}
	if top := perSpanTop(s.toks, m.t1); top > 0 {
		hi = math.Min(hi, top) // "five days a week": never fourteen
	}
	if m.typ == eNumber && v <= 90 && m.t1 < len(s.toks) && strings.HasPrefix(s.toks[m.t1].low, "minute") && an.football() {
		hi = math.Min(hi, 90) // "For 89 minutes at Kingsmere Park": a match lasts 90, never 134
	}
	bounded, closeGap := false, 0.0
	if other, _ := rangePartner(s, m); other != nil && other.value != v {
		bounded = true
		// "between 150,000 and 300,000", "cut from 11 to nine": each end
		// stays on its side of the other.
		if v < other.value {
			hi = math.Min(hi, other.value-step)
		} else {
			lo = math.Max(lo, other.value+step)
		}
		if first := min(m.r0, other.r0); first > 0 && s.toks[first-1].low == "from" && math.Abs(v-other.value) < 0.3*v {
			// "pay will rise from £50,100 to about £53,860": a change by a
			// few per cent moves by about its own size, never to £80,790.
			closeGap = math.Abs(v - other.value)
		}
	} else if other := comparedPartner(s, m); other != nil && other.value != v {
		bounded = true
		if !integer && math.Abs(v-other.value) < 0.1*v {
			closeGap = math.Abs(v - other.value)
		}
		// "8.2% … compared with 10.3%", "rose to 5% from 3%": options
		// that cross the other figure would contradict the sentence's
		// comparison and so give the key away.
		if v > other.value {
			lo = math.Max(lo, other.value+step)
		} else {
			hi = math.Min(hi, other.value-step)
		}
	}
	if other, part := shareOf(s, m); other != nil {
		// "close three of its five centres", "won 34 of the 150 seats,
		// down from 37": the part stays below the whole, the whole above
		// the part, whatever else bounds it.
		bounded = true
		if part {
			hi = math.Min(hi, other.value-step)
		} else {
			lo = math.Max(lo, other.value+step)
		}
	}
	if whole := partAfterWith(s, m); whole != nil && whole.value > v {
		// "cost €18.6 million, with around €15.2 million funded by the
		// state": the part stays below the whole.
		bounded = true
		hi = math.Min(hi, whole.value-step)
	}
	if integer && marriageYears(s, m) {
		// "his wife of 49 years": no one is married longer than they have
		// been grown up.
		bounded = true
		hi = math.Min(hi, an.yearsWed())
	}
	// A year is four plain digits: "2,000 workers" is a count.
	year := m.typ == eNumber && m.sub == 1 && v >= 1900 && v <= 2100 && !strings.Contains(m.text, ",")
	below, above := numberSteps(v, step, integer, lo, hi, year, bounded)
	if oldYear > 0 {
		below, above = stepsAround(v, lo, hi, oldYear, 2*oldYear, 3*oldYear)
	}
	if closeGap > 0 {
		// "flowing at 86.12 metres against a danger level of 85.04",
		// "slipped to 58.4% from 60.1%": figures set close together move
		// by about their gap, never to 42.52 or 90.2%.
		base := math.Max(closeGap, 0.02*v) // never a hair's breadth: "7.51 million" beside "7.54 million"
		below, above = stepsAround(v, lo, hi, scaledSteps(base, step, 0.5, 1, 1.5, 2, 2.5, 3)...)
	}
	if m.typ == eNumber && integer && !year && v > 12 && v < 200 && m.text == numericPart(m.text) && !nounAfterNumber(s, m) && (!(m.r0 > 0 && amountWords[s.toks[m.r0-1].low]) || averageBefore(s.toks, m.r0)) {
		// A bare figure with no noun after it is a score, a round or an
		// age ("a final round of 64", "could only manage a 71"): it moves
		// by a few, not by half.
		below, above = stepsAround(v, lo, hi, 2, 3, 5, 4, 6, 7)
	}
	if m.typ == eNumber && !integer && v < 600 && (m.t1 < len(s.toks) && s.toks[m.t1].low == "seconds" || raceTime(s, m)) {
		// "clocked 53.61 seconds", "wins the 400m in 44.19": a race time
		// moves by a second or two, never to 80 or to 26.
		if w := an.winningTime(s, v); w > 0 {
			lo = math.Max(lo, w+0.01) // "held on for silver in 43.88" after a win in 43.71: never faster than the winner
		}
		below, above = stepsAround(v, lo, hi, 0.4, 0.9, 1.3, 1.8, 2.4)
	}
	if m.typ == eNumber && !integer && v < 100 && !strings.ContainsAny(m.text, currencySigns) && an.fieldAttempts() > 0 && fieldMark(s, m) {
		// "clearing 6.10 on his first attempt", "second with 5.95
		// meters": a mark in a field event beats another by centimetres,
		// never by a third.
		below, above = stepsAround(v, lo, hi, scaledSteps(v, step, 0.015, 0.03, 0.045, 0.06, 0.075)...)
	}
	if m.typ == eNumber && !strings.ContainsAny(m.text, currencySigns) && exchangeRate(s.toks, m.t1) {
		// "the shilling traded at 129.2 to the dollar": a currency moves
		// by a few per cent, never to 193.8.
		below, above = stepsAround(v, lo, hi, scaledSteps(v, step, 0.02, 0.04, 0.06, 0.08, 0.1)...)
	}
	if m.typ == eNumber && integer && m.t1 < len(s.toks) && pressureUnits[s.toks[m.t1].low] {
		// "a central pressure of 935 hectopascals": storms run from about
		// 900 to 1,000, never 561 or 1,122.
		below, above = stepsAround(v, lo, hi, 5, 10, 15, 20, 25)
	}
	if m.typ == eNumber && v >= 100 && speedAfter(s.toks, m.t1) && !limitBefore(s.toks, m.r0) {
		// "first serves timed at more than 200 km/h": a high speed is
		// beaten by a tenth or a quarter, never doubled to 400. (A speed
		// limit keeps the round steps limits are set in.)
		fine := math.Pow(10, math.Floor(math.Log10(v))-1)
		below, above = stepsAround(v, lo, hi, scaledSteps(v, fine, 0.1, 0.15, 0.2, 0.25, 0.3)...)
	}
	if m.typ == eNumber && temperature(s, m) {
		// "46.8 degrees Celsius": a record beats another by a degree or
		// two; 65.5 degrees is no plausible reading.
		if integer {
			below, above = stepsAround(v, lo, hi, 1, 2, 3, 4, 5)
		} else {
			below, above = stepsAround(v, lo, hi, 0.4, 0.9, 1.3, 1.8, 2.2)
		}
	}
	if m.typ == eNumber && integer && m.t1 < len(s.toks) {
		if set := unitValues[strings.TrimSuffix(s.toks[m.t1].low, "s")]; set != nil && v <= set[len(set)-1] {
			// (Not "48,000 hours of overtime" beside 100 and 168: a total,
			// no span.)
			// "a 24 hour closure": 12 or 48 hours, the spans people use,
			// rather than 29 or 36.
			below, above = nil, nil
			for _, x := range set {
				if x < v && x >= lo {
					below = append([]float64{x}, below...)
				} else if x > v && x <= hi {
					above = append(above, x)
				}
			}
		}
	}
	if class := tallyClass(s.toks, m.r0, m.t1); class != "" {
		// "At least 11 people have died" in a story updated to 14 dead: a
		// toll the article gives elsewhere is no wrong answer.
		other := an.tallyValues(class, m)
		keep := func(xs []float64) []float64 {
			var out []float64
			for _, x := range xs {
				if !other[x] {
					out = append(out, x)
				}
			}
			return out
		}
		below, above = keep(below), keep(above)
	}
	if raceDistance(s, m) {
		// "the women's 1,500 metres": the options are races that are run,
		// never a 700 or 900 metres.
		below, above = nil, nil
		for _, d := range distancesOf(s, m) {
			if d < v {
				below = append([]float64{d}, below...)
			} else if d > v {
				above = append(above, d)
			}
		}
	}
	if m.typ == eNumber && integer && strings.ContainsAny(m.text, currencySigns) {
		// "£34,995" beside "£31,996" and "£47,994": a price that ends in
		// 95 or 99 gives itself away among options that do not.
		below, above = charmPrices(v, below, lo, hi), charmPrices(v, above, lo, hi)
	}
	if m.typ == eNumber && !integer && v != math.Round(v) && step == 0.1 {
		// "1.3 million overnight stays" beside "1.0 million": writers drop
		// a ".0", so such an option is one no article would print. (To two
		// places, "1.00%" is how a rate is written.)
		below, above = notWhole(below, step), notWhole(above, step)
	}
	if low := strings.ToLower(m.text); m.typ == eNumber && !integer && v >= 1 && (strings.HasSuffix(low, "million") || strings.HasSuffix(low, "billion") || strings.HasSuffix(low, "trillion")) {
		// "0.8 million" is written "800,000".
		below = slices.DeleteFunc(below, func(x float64) bool { return x < 1 })
	}
	var bt, at []string
	for _, x := range below {
		if t := format(x); t != "" {
			bt = append(bt, t)
		}
	}
	for _, x := range above {
		if t := format(x); t != "" {
			at = append(at, t)
		}
	}
	out := pickRanked(keyRank(s, m), bt, at, ex, n)
	if len(out) < n {
		return nil
	}
	// Options sorted by value would give the rank away only by position;
	// the caller shuffles them.
	return out
}

// speedAfter reports a unit of speed from token k: "km/h", "mph",
// "knots", "kilometres per hour".
func speedAfter(toks []tok, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "mph", "kph", "kmh", "knots":
		return true
	case "km":
		return k+2 < len(toks) && toks[k+1].text == "/" && toks[k+2].low == "h"
	case "kilometres", "kilometers", "miles":
		return k+2 < len(toks) && (toks[k+1].low == "per" || toks[k+1].low == "an" || toks[k+1].low == "a") && toks[k+2].low == "hour"
	}
	return false
}

// limitBefore reports "limit" or "limits" a few words before token k:
// "speed limits of 30 miles per hour".
func limitBefore(toks []tok, k int) bool {
	for j := max(0, k-4); j < k; j++ {
		if toks[j].low == "limit" || toks[j].low == "limits" {
			return true
		}
	}
	return false
}

// scaledSteps returns the steps base×f for each factor, rounded to the
// figure's own step and never below it.
func scaledSteps(base, step float64, fs ...float64) []float64 {
	ds := make([]float64, 0, len(fs))
	for _, f := range fs {
		ds = append(ds, math.Max(step, math.Round(base*f/step)*step))
	}
	return ds
}

// exchangeRate reports the words from k that make the figure before them
// a currency's rate: "to the dollar", "per euro", "against the pound".
func exchangeRate(toks []tok, k int) bool {
	if k+1 < len(toks) && toks[k].low == "per" && currencyNouns[toks[k+1].low] {
		return true
	}
	return k+2 < len(toks) && (toks[k].low == "to" || toks[k].low == "against") && toks[k+1].low == "the" && currencyNouns[toks[k+2].low]
}

// scaleTop returns the top of a scale the sentence gives figures on ("5
// on a scale of 7"), or 0. ("7 out of 9" is a count of its own.)
func scaleTop(toks []tok) float64 {
	num := func(w string) float64 {
		if i := numberWordIndex(w); i >= 0 {
			return float64(i)
		}
		v, _ := strconv.ParseFloat(w, 64)
		return v
	}
	for j := 1; j < len(toks); j++ {
		if toks[j].low != "scale" {
			continue
		}
		// "on a five-point scale", "a 10-point scale"
		if n, ok := strings.CutSuffix(toks[j-1].low, "-point"); ok && num(n) > 0 {
			return num(n)
		}
	}
	for j := 0; j+2 < len(toks); j++ {
		if toks[j].low == "scale" && toks[j+1].low == "of" && toks[j+2].num {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(toks[j+2].text, ",", ""), 64); err == nil {
				return v
			}
		}
	}
	return 0
}

// currencyNouns name the currencies a rate is quoted against.
var currencyNouns = wordSet("dollar euro pound yen yuan franc rupee")

// yearPrepBefore reports a word of yearPreps within the three words
// before token k: "in 1642", "since at least 1887".
func yearPrepBefore(toks []tok, k int) bool {
	for x := k - 1; x >= 0 && x >= k-3 && toks[x].word; x-- {
		if yearPreps[toks[x].low] {
			return true
		}
	}
	return false
}

// schoolGrade reports a figure at k that names a school grade: "grade 11",
// "grades 6 through 12", "from grade 3 to 5". Schools count twelve.
func schoolGrade(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].low {
		case "grade", "grades":
			return true
		case "through", "to", "and", "-", "–":
		default:
			if !toks[j].num {
				return false
			}
		}
	}
	return false
}

// perSpanTop returns the most a count of units can be within the span
// named after it ("days a week", "hours a day", "months a year"), or 0.
func perSpanTop(toks []tok, k int) float64 {
	if k+2 >= len(toks) || toks[k+1].low != "a" && toks[k+1].low != "per" && toks[k+1].low != "each" && toks[k+1].low != "every" {
		return 0
	}
	switch toks[k].low + " " + strings.TrimSuffix(toks[k+2].low, ".") {
	case "days week":
		return 7
	case "hours day":
		return 24
	case "months year":
		return 12
	case "days month":
		return 31
	case "days year":
		return 366
	}
	return 0
}

// oldYearAt reports a year of the past written without "in" before it:
// "born around 1820", "dated to around 1480", "his 1874 presidential
// address".
func oldYearAt(toks []tok, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	switch p := toks[k-1].low; {
	case p == "around" || p == "about" || p == "circa":
		return k >= 2 && (toks[k-2].low == "born" || toks[k-2].low == "died" || toks[k-2].low == "built" || toks[k-2].low == "founded" ||
			// "dated to around 1480", "from about 1650": a time, not a count
			(yearPreps[toks[k-2].low] || toks[k-2].low == "to") && !toks[k+1].word)
	case p == "his" || p == "her" || p == "its" || p == "their":
		return toks[k+1].word && !toks[k+1].cap && !toks[k+1].num
	case p == "the" || p == "a":
		return datedNouns[toks[k+1].low] // "chose the 1890 version": the year of a version, never a count of 2650
	}
	return false
}

// datedNouns, after "the" and a four-digit figure, make the figure a year:
// "the 1890 version", "the 1848 revolution".
var datedNouns = wordSet(`version versions edition revision score production staging recording premiere census act treaty constitution
	election war revolution rebellion uprising earthquake flood famine season exhibition original`)

// yearPreps put a bare four-digit figure in time: "from 1788", "in 1642".
var yearPreps = wordSet("in from since until till by before after of c. circa")

// pressureUnits measure air pressure.
var pressureUnits = wordSet("hectopascals hectopascal hpa millibars millibar mb mbar")

// notWhole returns xs without the values that are whole numbers to within
// half a step.
func notWhole(xs []float64, step float64) []float64 {
	var out []float64
	for _, x := range xs {
		if math.Abs(x-math.Round(x)) >= step/2 {
			out = append(out, x)
		}
	}
	return out
}

// streakAfter reports whether the words from k make the ordinal before
// them count a run: "straight week", "consecutive year", "quarter in a
// row", "year running".
func streakAfter(toks []tok, k int) bool {
	if k < len(toks) && (toks[k].low == "straight" || toks[k].low == "consecutive" || toks[k].low == "successive") {
		return true
	}
	if k+1 < len(toks) && toks[k].word && toks[k+1].low == "running" {
		return true
	}
	return k+3 < len(toks) && toks[k].word && toks[k+1].low == "in" && toks[k+2].low == "a" && toks[k+3].low == "row"
}

// tallyWords name what a count of people in a disaster counts.
var tallyWords = map[string]string{"died": "dead", "dead": "dead", "killed": "dead", "deaths": "dead", "death": "dead", "bodies": "dead",
	"missing": "missing", "unaccounted": "missing", "rescued": "rescued", "saved": "rescued", "injured": "injured", "hurt": "injured", "wounded": "injured"}

// tallyClass returns what the number in tokens [r0, t1) counts when it is
// a toll ("14 dead", "At least 11 people have died", "45 remained
// missing"): "dead", "missing", "rescued", "injured" or "".
func tallyClass(toks []tok, r0, t1 int) string {
	for k := t1; k < len(toks) && k < t1+5; k++ {
		if c := tallyWords[toks[k].low]; c != "" {
			return c
		}
		if !toks[k].word {
			break
		}
	}
	return ""
}

// tallyValues returns the figures the article (and its headline) gives
// for the same toll as m elsewhere: a story updated as it happens gives
// several.
func (an *analysis) tallyValues(class string, m *mention) map[float64]bool {
	out := map[float64]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for i := range s.ments {
			o := &s.ments[i]
			if o.typ == eNumber && o != m && tallyClass(s.toks, o.r0, o.t1) == class {
				out[o.value] = true
			}
		}
	}
	title := tokenize(headlineOnly(an.art))
	for k, t := range title {
		v := -1.0
		if t.num {
			v, _ = strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
		} else if n := numberWordIndex(t.low); n > 0 {
			v = float64(n)
		}
		if v > 0 && tallyClass(title, k, k+1) == class {
			out[v] = true
		}
	}
	return out
}

// charmPrices gives the options xs the ending of a price v that ends just
// below a round figure (£34,995, £299), keeping them within [lo, hi] and
// apart from v and one another; other prices are returned as they are.
func charmPrices(v float64, xs []float64, lo, hi float64) []float64 {
	unit := 0.0
	switch iv := int64(v); {
	case iv >= 1000 && (iv%1000 == 995 || iv%1000 == 999 || iv%1000 == 990):
		unit = 1000
	case iv >= 100 && (iv%100 == 95 || iv%100 == 99):
		unit = 100
	default:
		return xs
	}
	short := unit - math.Mod(v, unit)
	seen := map[float64]bool{v: true}
	var out []float64
	for _, x := range xs {
		y := math.Round(x/unit)*unit - short
		if y >= lo && y <= hi && y > 0 && !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}

// football reports a football story: the built-in clubs are football's,
// never a cricket, netball or ice hockey side's rivals. A goal alone does
// not make one: hockey, handball and netball score goals too.
func (an *analysis) football() bool {
	goals, other := false, false
	for _, s := range an.sents {
		for k, t := range s.toks {
			if t.cap && k > 0 {
				continue // "past the Fulham Football Club ground" in a report of the Boat Race
			}
			switch t.low {
			case "striker", "strikers", "midfielder", "midfielders", "football", "footballer", "footballers":
				return true
			case "goal", "goals", "goalkeeper":
				goals = true
			case "puck", "goaltender", "netminder", "hockey", "netball", "handball", "polo":
				other = true
			}
		}
	}
	return goals && !other
}

// golf reports a golf story, whose "the 17th" is a hole of 18.
func (an *analysis) golf() bool {
	return an.mentionsWord("birdie") || an.mentionsWord("bogey") || an.mentionsWord("birdies") || an.mentionsWord("eagle") && an.mentionsWord("par")
}

// darts reports a darts story: its checkouts and doubles.
func (an *analysis) darts() bool {
	return an.mentionsWord("darts") || an.mentionsWord("checkout") && an.mentionsWord("double")
}

// fieldMark reports a decimal figure that is no race time in a story of
// field events: "cleared 6.10", "a season's best of 5.85", but not "won
// the hurdles in 7.41" nor "59.84 seconds".
func fieldMark(s *sent, m *mention) bool {
	if m.t1 < len(s.toks) && strings.HasPrefix(s.toks[m.t1].low, "second") {
		return false
	}
	if m.r0 == 0 {
		return m.t1 < len(s.toks) && (s.toks[m.t1].low == "metres" || s.toks[m.t1].low == "meters")
	}
	switch s.toks[m.r0-1].low {
	case "in", "ran", "clocked", "timed", "swam":
		return false
	}
	return true
}

// fieldAttempts returns the attempts an athlete has in the field events
// the story reports: three at each height of a vault or high jump, six
// in a long or triple jump or a throw; 0 in a story of none.
func (an *analysis) fieldAttempts() int {
	return an.sportFacts().attempts
}

func (an *analysis) scanFieldAttempts() int {
	for _, w := range []string{"pole vault", "pole vaulter", "vaulter", "high jump", "high jumper"} {
		if an.mentionsWord(w) {
			return 3
		}
	}
	for _, w := range []string{"long jump", "long jumper", "triple jump", "triple jumper", "javelin", "discus", "shot put", "shot putter", "hammer throw", "hammer thrower"} {
		if an.mentionsWord(w) {
			return 6
		}
	}
	return 0
}

// twenty20 reports a cricket story of the 20-over game: "T20", the IPL.
func (an *analysis) twenty20() bool {
	for _, s := range an.sents {
		for _, t := range s.toks {
			switch t.low {
			case "t20", "t20i", "ipl", "twenty20":
				return true
			}
		}
	}
	return strings.Contains(an.art.Title, "T20") || strings.Contains(an.art.Title, "IPL")
}

// stepsAround returns v less and more each delta, within [lo, hi],
// nearest first as the deltas are given.
func stepsAround(v, lo, hi float64, deltas ...float64) (below, above []float64) {
	for _, d := range deltas {
		if x := v - d; x >= lo {
			below = append(below, x)
		}
		if x := v + d; x <= hi {
			above = append(above, x)
		}
	}
	return below, above
}

// temperature reports a figure in degrees: "46.8 degrees Celsius".
func temperature(s *sent, m *mention) bool {
	return m.t1 < len(s.toks) && (s.toks[m.t1].low == "degrees" || s.toks[m.t1].low == "degree")
}

// periodsOfPlay are the parts a game has, and how many: a basketball game
// has four quarters, a tennis match at most five sets, an ice hockey game
// three periods.
var periodsOfPlay = map[string]float64{"quarter": 4, "set": 5, "inning": 9, "half": 2, "period": 3}

// amountWords before a bare figure make it an amount, not a score or an
// age: "more than 150 less serious alerts" (but "under 75", "aged over
// 16" stay ages).
var amountWords = wordSet("than about around nearly almost roughly approximately")

// numberSteps returns plausible values below and above v, nearest first,
// rounded like v: small counts move by one, larger amounts by round
// fractions of their size. A year moves by years.
func numberSteps(v, step float64, integer bool, lo, hi float64, year, bounded bool) (below, above []float64) {
	var deltas []float64
	switch {
	case year:
		deltas = []float64{1, 2, 3, 4, 5}
	case integer && v <= 12:
		deltas = []float64{1, 2, 3, 4, 5}
	default:
		// Round to the precision v is written with.
		unit := step
		if !integer && step == 0.01 {
			// "4.75%" is a quarter point: options move by quarters too,
			// not to 6.65% or 7.13%. (A figure to one place, "58.5%",
			// keeps tenths: "70.0%" would look made up.)
			for _, g := range []float64{50, 25, 10, 5} {
				if u := step * g; u < v && math.Abs(v/u-math.Round(v/u)) < 1e-6 {
					unit = u
					break
				}
			}
		}
		if integer {
			unit = 1
			for unit*10 <= v && math.Mod(v, unit*10) == 0 {
				unit *= 10
			}
		}
		fs := []float64{0.2, 0.4, 0.5, 0.3, 0.6, 0.75}
		if !integer && step <= 0.001 {
			// "$1.3270 to the euro": a figure given to four places moves
			// by a few per cent; half of it is no rate anyone quotes.
			fs = []float64{0.03, 0.06, 0.1, 0.05, 0.08, 0.12}
		}
		for _, f := range fs {
			d := math.Round(v*f/unit) * unit
			if d < unit {
				d = unit * math.Ceil(f*4)
			}
			deltas = append(deltas, d)
		}
	}
	seen := map[float64]bool{v: true}
	for _, d := range deltas {
		if x := v - d; x >= lo && !seen[x] {
			seen[x] = true
			below = append(below, x)
		}
		if x := v + d; x <= hi && !seen[x] {
			seen[x] = true
			above = append(above, x)
		}
	}
	// A bound the sentence sets on one side ("above the $17.9bn
	// forecast") leaves the other to give every option: further steps of
	// the smallest size. (Without one, a key with too few neighbours is
	// not asked: "100" beside 200, 300 and 400 would always be smallest.)
	if d := slices.Min(deltas); bounded && !year && len(below)+len(above) < 4 {
		for k := 2.0; k <= 6 && len(below)+len(above) < 4; k++ {
			if x := v + k*d; x <= hi && !seen[x] {
				seen[x] = true
				above = append(above, x)
			}
			if x := v - k*d; x >= lo && !seen[x] {
				seen[x] = true
				below = append(below, x)
			}
		}
	}
	return below, above
}

// passedVote reports a share of a vote by which a measure passed or was
// turned down ("passed with 58% of the vote", "rejected by 61% of
// voters"): a majority, more than half.
func passedVote(s *sent, m *mention) bool {
	if k := min(m.r0, m.t0); k >= 2 && s.toks[k-1].low == "by" && outcomeVerbs[s.toks[k-2].low] {
		return true // "rejected by 61.4 percent a proposal": a majority
	}
	decided, vote := false, false
	for k, t := range s.toks {
		if k < m.t0 && outcomeVerbs[t.low] {
			decided = true
		}
		if k >= m.t1 && k <= m.t1+4 && (t.low == "vote" || t.low == "votes" || t.low == "voters" || t.low == "ballots") {
			vote = true
		}
	}
	return decided && vote
}

// outcomeVerbs say a vote carried or turned down a measure.
var outcomeVerbs = wordSet("passed approved carried backed endorsed rejected")

// subUnitTop returns the most a figure can be when it counts the smaller
// unit after a larger one ("13 years and four months", "two hours and 40
// minutes"), or 0.
func subUnitTop(s *sent, m *mention) float64 {
	if m.t0 < 2 || m.t1 >= len(s.toks) || s.toks[m.t0-1].low != "and" && s.toks[m.t0-1].text != "," {
		return 0
	}
	unit, larger := strings.TrimSuffix(s.toks[m.t1].low, "s"), strings.TrimSuffix(s.toks[m.t0-2].low, "s")
	for _, u := range subUnits {
		if u.unit == unit && u.larger == larger {
			return u.top
		}
	}
	return 0
}

// subUnits are units that a larger one before them caps.
var subUnits = []struct {
	unit, larger string
	top          float64
}{{"month", "year", 11}, {"hour", "day", 23}, {"minute", "hour", 59}, {"second", "minute", 59}, {"inch", "feet", 11}, {"inche", "feet", 11}, {"inche", "foot", 11}}

// numericPart returns the digits (with separators and decimal point) of a
// number mention such as "$1,200" or "2.9%".
func numericPart(t string) string {
	i := strings.IndexAny(t, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == ',' || t[j] == '.' && j+1 < len(t) && t[j+1] >= '0' && t[j+1] <= '9') {
		j++
	}
	return t[i:j]
}

func capWord(w string, upper bool) string {
	if upper && w != "" {
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// yearRange returns the first and last year the article names, or a span
// around the current decade's news when it names none.
func (an *analysis) yearRange() (int, int) {
	y0, y1 := 0, 0
	for _, d := range an.articleDates() {
		if d.year > 0 {
			if y0 == 0 || d.year < y0 {
				y0 = d.year
			}
			if d.year > y1 {
				y1 = d.year
			}
		}
	}
	for i := range an.sents {
		for _, m := range an.sents[i].ments {
			if m.typ == eNumber && m.sub == 1 && m.value >= 1900 && m.value <= 2100 && !strings.Contains(m.text, ",") {
				y := int(m.value)
				if y0 == 0 || y < y0 {
					y0 = y
				}
				if y > y1 {
					y1 = y
				}
			}
		}
	}
	return y0, y1
}

// unitValues are the values people give spans of time in, by unit.
var unitValues = map[string][]float64{
	"hour":  {1, 2, 3, 4, 6, 8, 10, 12, 18, 24, 36, 48, 72, 96, 100, 120, 168},
	"day":   {1, 2, 3, 4, 5, 7, 10, 14, 21, 28, 30, 45, 60, 90, 100, 180, 365},
	"week":  {1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 26, 52},
	"month": {1, 2, 3, 4, 6, 9, 12, 15, 18, 24, 30, 33, 36, 48, 60},
}

// formatLike writes x with thousands separators when the model text uses them.
func formatLike(model string, x int) string {
	s := strconv.Itoa(x)
	// A key under 1,000 shows no grouping of its own: an option of four
	// digits or more takes the comma most English news writes ("900",
	// "1,100"); a key written "1100" keeps its own style.
	if !strings.Contains(model, ",") && (len(model) >= 4 || x < 1000) {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func ordinalSuffix(v int) string {
	suf := "th"
	switch {
	case v%100 >= 11 && v%100 <= 13:
	case v%10 == 1:
		suf = "st"
	case v%10 == 2:
		suf = "nd"
	case v%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(v) + suf
}

// seatCountry is the country of each seat of government the built-in
// lists offer (an index into countries).
var seatCountry = map[string]int{"white house": 0, "pentagon": 0, "capitol": 0, "oval office": 0, "downing street": 1, "number 10": 1, "kremlin": 2, "elysee palace": 4, "elysee": 4}

// namesSeatCountry reports whether the article names the country whose
// seat of government name is, by its name, its people, its capital or
// one of its seats: in
// a story about a British minister, "the Kremlin said the prime minister
// had accepted…" is no plausible falsehood.
func (an *analysis) namesSeatCountry(name string) bool {
	return memo(&an.seatLands, name, func() bool { return an.scanSeatCountry(name) })
}

// scanSeatCountry is namesSeatCountry, worked out.
func (an *analysis) scanSeatCountry(name string) bool {
	c, ok := seatCountry[strings.ToLower(strings.TrimPrefix(name, "the "))]
	if !ok {
		return false
	}
	for _, e := range an.ents {
		if o, ok := seatCountry[strings.ToLower(strings.TrimPrefix(e.name, "the "))]; ok && o == c {
			return true // "The White House said nothing": the US is in the story
		}
	}
	for si := range an.sents {
		s := &an.sents[si]
		if namesCountry(s, c) {
			return true
		}
		for _, t := range s.toks {
			if ci, ok := cityCountry[t.low]; ok && t.cap && countries[ci].capital == countries[c].capital {
				return true
			}
		}
	}
	return false
}

// seatNamed reports whether name is a seat of government of a country the
// sentence names.
func seatNamed(s *sent, name string) bool {
	c, ok := seatCountry[strings.ToLower(strings.TrimPrefix(name, "the "))]
	return ok && namesCountry(s, c)
}

// namesCountry reports whether a sentence names country c, by name or
// adjective.
func namesCountry(s *sent, c int) bool {
	for k, t := range s.toks {
		if i, ok := countryByAdj[t.low]; ok && i == c {
			return true
		}
		if i, ok := countryByName[t.low]; ok && i == c {
			return true
		}
		if k+1 < len(s.toks) {
			if i, ok := countryByName[t.low+" "+s.toks[k+1].low]; ok && i == c {
				return true
			}
		}
	}
	return false
}

// seatOfPower reports whether a site is a seat of government, the only kind
// of site the built-in list can stand in for.
func seatOfPower(name string) bool {
	low := strings.ToLower(strings.TrimPrefix(name, "the "))
	for _, f := range fallbackFacilities {
		if strings.EqualFold(strings.TrimPrefix(f, "the "), low) {
			return true
		}
	}
	return low == "white house" || low == "oval office" || low == "number 10" || low == "elysee"
}

func inList(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}

// orgClass sorts organisations by kind from the last words of their names,
// so that a college is offered against colleges and a party against
// parties: "edu", "party", "gov", "club", "media" or "" (a company or
// anything else).
func orgClass(name string) string {
	if g := known(name); g != nil {
		return g.class
	}
	low := strings.ToLower(name)
	f := strings.Fields(low)
	if len(f) == 0 {
		return ""
	}
	if internationalBodies[strings.ReplaceAll(strings.TrimPrefix(low, "the "), " ", "_")] {
		return "gov"
	}
	last, of := f[len(f)-1], slices.Index(f, "of")
	switch {
	case last == "congress" && len(f) >= 3 && !slices.Contains(f, "union") && !slices.Contains(f, "trades") && !slices.Contains(f, "labour") && !slices.Contains(f, "labor"):
		return "party" // "the All Progressives Congress", "the African National Congress"
	case outletWords[last] || outletAcronyms[strings.ToUpper(name)] || outletAcronyms[strings.ToUpper(f[0])] || slices.Contains(f, "journal") || slices.Contains(f, "lancet"):
		return "media" // "the New England Journal of Medicine" too
	case slices.Contains(f, "central") && slices.Index(f, "bank") == slices.Index(f, "central")+1:
		return "central" // "the Central Bank of the Republic of Turkey", whatever follows "of"
	case orgClassHeads[last] != "":
		return orgClassHeads[last]
	case of >= 1 && of < len(f)-1 && orgClassHeads[f[of-1]] != "" && orgClassHeads[f[of-1]] != "club":
		// "the Court of Appeal", "the Council of Europe", "the District
		// Court of Western Australia"
		return orgClassHeads[f[of-1]]
	case f[0] == "university" || len(f) > 2 && f[1] == "of" && (f[0] == "school" || f[0] == "faculty" || f[0] == "college" || f[0] == "institute"):
		return "edu" // "the School of Public Health"
	case len(f) >= 3 && f[len(f)-3] == "bank" && f[len(f)-2] == "of" && (isCountry(last) || isContinent(last)) || last == "bank" && len(f) >= 2 && f[len(f)-2] == "central":
		return "central" // "the Bank of Japan", "the Reserve Bank of India", "the European Central Bank": no firm beside it
	case f[0] == "bursa" || last == "exchange" || last == "bourse":
		return "exchange" // "a filing to Bursa Malaysia": a stock exchange, no firm beside it
	case f[0] == "nhs" && len(f) >= 2:
		return "nhs" // "NHS Fife", "NHS Greater Glasgow and Clyde": health boards beside health boards
	case f[0] == "ministry" || f[0] == "department" || govHeadOf(f):
		return "gov" // "the Office of Rail and Road", "the Office for National Statistics", "China's National Bureau of Statistics"
	case len(f) == 2 && teamNicknames[last]:
		return "club" // "the Sudbury Wolves", never swapped for "the Eastern Conference"
	case last == "conference" || last == "division":
		return "league"
	}
	return ""
}

// govHeads head the names of government bodies before "of" or "for".
var govHeads = wordSet("office bureau ministry department agency directorate council commission authority")

// govHeadOf reports a government body's head word followed by "of" or
// "for" in the words of a name: "national bureau of statistics".
func govHeadOf(f []string) bool {
	for i := 0; i+1 < len(f); i++ {
		if govHeads[f[i]] && (f[i+1] == "of" || f[i+1] == "for") {
			return true
		}
	}
	return false
}

// internationalBodies are unions and organisations of states: bodies of
// government, never companies.
var internationalBodies = wordSet(`european_union eu united_nations un nato world_trade_organisation world_trade_organization wto
	imf international_monetary_fund world_bank world_health_organization world_health_organisation who opec g7 g20
	african_union asean european_commission european_parliament council_of_europe commonwealth`) // spaces written "_"

// landformName reports a name of a stretch of land that holds places:
// "North Island", "Kāpiti Coast", "the Eyre Peninsula".
func landformName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && regionLandforms[f[len(f)-1]]
}

var regionLandforms = wordSet("island islands coast peninsula valley highlands lowlands plain plains delta")

// orgClassHeads are the last words that say what kind of body a name is.
var orgClassHeads = func() map[string]string {
	m := map[string]string{}
	lazily(func() {
		for class, words := range map[string]string{
			"edu":   "college university school institute",
			"party": "party labour conservatives tories democrats republicans tory snp ukip greens",
			"gov": `ministry department council committee commission cabinet parliament congress senate army force forces
				navy government agency office commons lords assembly authority regulator watchdog ombudsman`,
			// A court is no police force: "sentenced at West Midlands
			// Police" would be absurd, not false.
			"court": "court courts tribunal",
			// A hospital sends no lifeboat: "Withybush General Hospital
			// sent the lifeboat" would be absurd, not false.
			"health": "hospital infirmary clinic hospice",
			"police": "police constabulary",
			"club":   "united city rovers fc athletic wanderers town albion rangers county hotspur",
		} {
			for _, w := range strings.Fields(words) {
				m[w] = class
			}
		}
	})
	return m
}()

// withoutQuotes returns text without the words between double quotation
// marks.
func withoutQuotes(text string) string {
	var b strings.Builder
	in := false
	for _, r := range text {
		switch {
		case r == '"' || r == '“' || r == '”':
			in = !in
			b.WriteRune(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wrongGender returns whether a person is an option the text rules out by
// gender: the text says "he", "her" or "spokeswoman" (outside quotations,
// where the words are about someone the speaker talks of), and the person's
// gender differs from the answer's. When the article gives the answer's
// gender nowhere, the text's own pronouns give it ("Who topped the chart
// with her debut?").
func (an *analysis) wrongGender(ans int, text string) func(id int) bool {
	plain := withoutQuotes(text)
	if !genderedText(plain) {
		return func(int) bool { return false }
	}
	g := an.gender(ans)
	if g == 0 && !an.namesOther(plain, ans) {
		g = textGender(plain)
	}
	if g == 0 {
		g = an.nameGender(ans) // "the first man since Pablo Herrera": no Lucy Harper
	}
	event := an.eventGender(ans) != 0 && an.gender(ans) == 0
	return func(id int) bool {
		gid := an.genderOrName(id)
		// In a women's or a men's event only those known to be of its
		// gender play: a man of no stated gender is no finalist there.
		return an.otherGender(ans, id) || g != 0 && gid != 0 && gid != g || event && gid != g
	}
}

// genderOrName is a person's gender as the article shows it, or else as
// the given name does.
func (an *analysis) genderOrName(id int) byte {
	if g := an.gender(id); g != 0 {
		return g
	}
	return an.nameGender(id)
}

// nameGender is the gender a person's given name shows when the article
// shows none, from the short lists of names borne by one sex only, or 0.
func (an *analysis) nameGender(id int) byte {
	if len(an.nameGenders) != len(an.ents) {
		// Worked out once per person: options for every question ask it
		// of every person.
		an.nameGenders = make([]byte, len(an.ents))
		for i := range an.ents {
			an.nameGenders[i] = an.scanNameGender(i)
		}
	}
	return an.nameGenders[id]
}

// scanNameGender is nameGender, worked out.
func (an *analysis) scanNameGender(id int) byte {
	f := strings.Fields(strings.ToLower(an.ents[id].name))
	if len(f) < 2 {
		return 0
	}
	switch {
	case femaleNames[f[0]]:
		return female
	case maleNames[f[0]]:
		return male
	}
	return an.eventGender(id)
}

// eventGender is the gender of the event a person takes part in, when a
// sentence naming them names a women's or a men's event and not the
// other: "The women's final, between Poland's Zofia Malinowska and
// Brazil's Camila Duarte…". It returns 0 when none does or they disagree.
func (an *analysis) eventGender(id int) byte {
	return memo(&an.events, id, func() byte { return an.scanEventGender(id) })
}

// scanEventGender is eventGender, worked out.
func (an *analysis) scanEventGender(id int) byte {
	var g byte
	for si := range an.sents {
		s := &an.sents[si]
		named := false
		for _, m := range s.ments {
			named = named || m.ent == id && !m.pronoun
		}
		if !named {
			continue
		}
		var this byte
		for k := 0; k+1 < len(s.toks); k++ {
			if s.toks[k+1].low != "'s" {
				continue
			}
			var w byte
			switch s.toks[k].low {
			case "women", "girls", "ladies":
				w = female
			case "men", "boys":
				w = male
			default:
				continue
			}
			if this != 0 && this != w {
				this = 0
				break
			}
			this = w
		}
		if this != 0 && g != 0 && this != g {
			return 0
		}
		if this != 0 {
			g = this
		}
	}
	return g
}

// namesOther reports a person other than ans named in text, whom its
// pronouns may stand for ("Who told Tomas Reyes he had …?").
func (an *analysis) namesOther(text string, ans int) bool {
	for _, id := range an.byProminence(ePerson) {
		if f := strings.Fields(an.ents[id].name); id != ans && len(f) > 0 && containsFold(text, f[len(f)-1]) {
			return true
		}
	}
	return false
}

// textGender returns the gender of the personal pronouns of a text when
// they are all of one gender, or 0.
func textGender(text string) byte {
	var g byte
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if pg := pronounGender(w); pg != 0 {
			if g != 0 && pg != g {
				return 0
			}
			g = pg
		}
	}
	return g
}

// nounAfterNumber reports a word after a number that says what it counts
// ("80 firefighters", "64 million") rather than a clause going on ("a 71
// and finished", "aged 34, said").
func nounAfterNumber(s *sent, m *mention) bool {
	if m.t1 >= len(s.toks) {
		return false
	}
	t := s.toks[m.t1]
	if t.low == "more" || t.low == "others" || t.low == "fewer" {
		return true // "at least 150 more remain undescribed": a count of things named before, no score
	}
	return t.word && !stopwords[t.low] && !isVerbish(t.low) && !speechVerbs[t.low]
}

// winningTime returns the race time of an earlier sentence that beat v,
// when sentence s places its runner behind ("silver", "third"), or 0:
// the runner-up's time is slower than the winner's.
func (an *analysis) winningTime(s *sent, v float64) float64 {
	if !unquotedWord(s, 0, len(s.toks), func(_ int, t tok) bool { return placingWords[t.low] }) {
		return 0
	}
	for i := range an.sents {
		o := &an.sents[i]
		if o.idx >= s.idx {
			break
		}
		for j := range o.ments {
			w := &o.ments[j]
			if w.typ == eNumber && w.value > 0 && w.value < v && v-w.value < 5 && (w.t1 < len(o.toks) && o.toks[w.t1].low == "seconds" || raceTime(o, w)) {
				return w.value
			}
		}
	}
	return 0
}

// placingWords put a runner behind the winner.
var placingWords = wordSet("silver bronze second third fourth fifth runner-up")

// averageBefore reports "average" a few words before token k: "the
// scoring average for the day was nearly 74" is a score all the same.
func averageBefore(toks []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		if toks[j].low == "average" {
			return true
		}
	}
	return false
}

// marriageYears reports a count of years married: "his wife of 49
// years", "married for 58 years".
func marriageYears(s *sent, m *mention) bool {
	if m.t1 >= len(s.toks) || s.toks[m.t1].low != "years" || m.r0 < 2 {
		return false
	}
	prev, before := s.toks[m.r0-1].low, s.toks[m.r0-2].low
	return prev == "of" && spouseNouns[before] || prev == "for" && before == "married"
}

// spouseNouns name a husband or wife: "his wife of 49 years".
var spouseNouns = wordSet("wife husband partner spouse widow widower")

// yearsWed returns the most years the one an obituary mourns can have
// been married: the age it gives ("has died at the age of 79", "dies
// aged 79", "He was 79.") less sixteen, or 75 when it gives none.
func (an *analysis) yearsWed() float64 {
	for si := range an.sents {
		if si > 4 {
			break
		}
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.typ != eNumber || m.value < 30 || m.value > 120 || m.r0 < 1 {
				continue
			}
			prev := s.toks[m.r0-1].low
			if prev == "aged" || prev == "of" && m.r0 >= 3 && s.toks[m.r0-2].low == "age" && s.toks[m.r0-3].low == "the" || (prev == "was" || prev == "is") && m.r0 == 2 && pronounGender(s.toks[0].text) != 0 {
				return m.value - 16
			}
		}
	}
	if a := headlineAge(an.art.Title); a > 0 {
		return a - 16
	}
	return 75
}

// headlineAge returns the age a headline gives ("… dies aged 79", "…
// dies at 81"), or 0.
func headlineAge(h string) float64 {
	f := strings.Fields(h)
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "aged" || f[i] == "at" && i > 0 && (f[i-1] == "dies" || f[i-1] == "died") {
			if v, err := strconv.Atoi(strings.Trim(f[i+1], ".,;:")); err == nil && v >= 30 && v <= 120 {
				return float64(v)
			}
		}
	}
	return 0
}

// raceTime reports a time in seconds written bare, to the hundredth: "won
// in 44.19", "England ran 42.10 in the heats", "clocked 9.86", "after
// running 43.49 at the trials", "a time of 21.45". A figure with a unit, a currency or a noun after it is not one.
func raceTime(s *sent, m *mention) bool {
	num := numericPart(m.text)
	if num != m.text || m.r0 == 0 || nounAfterNumber(s, m) {
		return false
	}
	if _, frac, ok := strings.Cut(num, "."); !ok || len(frac) != 2 {
		return false
	}
	prev := s.toks[m.r0-1].low
	if prev == "of" && m.r0 >= 2 {
		prev = s.toks[m.r0-2].low // "a time of", "a best of", "a record of"
		return prev == "time" || prev == "best" || prev == "record"
	}
	return prev == "in" || prev == "ran" || prev == "clocked" || prev == "timed" || prev == "swam" || prev == "running" || prev == "swimming"
}

// compassWords point within a region: "southern Europe".
var compassWords = wordSet("northern southern eastern western central")

// bodyParts lists the chambers of a legislature: a vote of one is in a
// sense the whole's, so neither is a wrong option for the other.
var bodyParts = map[string][]string{
	"congress":   {"senate", "house of representatives", "house"},
	"parliament": {"house of commons", "house of lords", "commons", "lords", "senedd", "dail", "bundestag"},
	"un":         {"who", "world health organization", "unicef", "unesco", "unhcr", "wfp", "world food programme", "ilo", "iaea", "unrwa"},
	"eu":         {"european commission", "european parliament", "european central bank", "ecb"},
}

// partOfBody reports that the body named part is a chamber of the one
// named whole: "US Senate" of "Congress", "House of Commons" of
// "Parliament".
func partOfBody(part, whole string) bool {
	trim := func(n string) string {
		n = strings.ToLower(strings.TrimPrefix(n, "the "))
		for _, p := range []string{"us ", "uk ", "british ", "american ", "scottish ", "welsh ", "irish "} {
			n = strings.TrimPrefix(n, p)
		}
		return n
	}
	return slices.Contains(bodyParts[trim(whole)], trim(part))
}

// shareOf returns the other figure of "N of (the, its…) M" that mention m
// is part of ("three of its five centres"), and whether m is the part.
func shareOf(s *sent, m *mention) (*mention, bool) {
	toks := s.toks
	for i := range s.ments {
		o := &s.ments[i]
		if o == m || o.typ != eNumber || m.typ != eNumber {
			continue
		}
		a, b, part := m, o, true
		if o.t1 < m.t0 {
			a, b, part = o, m, false
		}
		// "employs 260 people, 180 of them at its headquarters": the
		// figure before "of them" is the part.
		if k := b.t1; k+1 < len(toks) && toks[k].low == "of" && (toks[k+1].low == "them" || toks[k+1].low == "whom" || toks[k+1].low == "which") && b.r0 >= 1 && toks[b.r0-1].text == "," && b.r0-a.t1 <= 4 {
			return o, !part
		}
		k := a.t1
		if k+2 < len(toks) && toks[k].word && !toks[k].num && toks[k+1].low == "out" {
			k++ // "won four matches out of four"
		}
		if k+1 < len(toks) && toks[k].low == "out" {
			k++ // "nine out of ten"
		}
		if k >= len(toks) || toks[k].low != "of" {
			continue
		}
		k++
		if k < len(toks) && (determiners[toks[k].low] || toks[k].low == "its" || toks[k].low == "their" || toks[k].low == "his" || toks[k].low == "her") {
			k++
		}
		if k < len(toks) && k+1 == b.t0 && shareSpans[toks[k].low] {
			k++ // "14 of their previous 16"
		}
		if k+1 < len(toks) && k+2 == b.t0 && toks[k+1].low == "'s" && !toks[k].num {
			k += 2 // "15 of the country's 24 provinces"
		}
		if k == b.t0 {
			return o, part
		}
	}
	return nil, false
}

// shareSpans sit between "of their" and the whole of a share: "won 14 of
// their previous 16", "three of the last five".
var shareSpans = wordSet("previous last past next first opening remaining final")

// partAfterWith returns the amount of the same unit before ", with
// (about) m": the whole that m is a part of.
func partAfterWith(s *sent, m *mention) *mention {
	k := m.r0 - 1
	if k >= 0 && partWords[s.toks[k].low] {
		k--
	}
	if k < 1 || s.toks[k].low != "with" || s.toks[k-1].text != "," {
		return nil
	}
	for i := range s.ments {
		o := &s.ments[i]
		if o.typ == eNumber && o.t1 <= k-1 && o.t1 >= k-3 && numberUnit(o) == numberUnit(m) {
			return o
		}
	}
	return nil
}

// numberUnit is a figure's text with its digits taken out: "$#m", "#%".
func numberUnit(x *mention) string { return strings.Replace(x.text, numericPart(x.text), "#", 1) }

// siteKinds sort named places by what they are for, by their last word.
var siteKinds = wordPairs(`airport:air airfield:air aerodrome:air heliport:air hospital:health infirmary:health clinic:health
	stadium:sport arena:sport racecourse:sport circuit:sport museum:culture gallery:culture theatre:culture theater:culture
	cinema:culture library:culture station:rail terminal:rail prison:prison jail:prison hotel:hotel school:school
	college:school university:school church:worship cathedral:worship mosque:worship temple:worship synagogue:worship
	bridge:road street:road road:road avenue:road square:road island:island islands:island isle:island
	sea:water ocean:water lake:water river:river creek:river stream:river bay:water estuary:water loch:water county:admin parish:admin
	borough:admin province:admin city:town town:town village:town`)

// strictKinds are sites of nature, streets and towns: only their like
// stands beside them ("Laoag City" beside "Pasay City", never beside a
// warehouse).
var strictKinds = wordSet("water river island road town")

// siteKind returns what a named place is for ("air" for "Hillsboro
// Airport", "health" for "Legacy Emanuel Medical Center"), or "".
func siteKind(name string) string {
	low := strings.ToLower(name)
	if strings.HasSuffix(low, "medical center") || strings.HasSuffix(low, "medical centre") {
		return "health"
	}
	f := strings.Fields(low)
	if len(f) == 0 {
		return ""
	}
	return siteKinds[f[len(f)-1]]
}

// homeNations reports an article that names two or more of England,
// Scotland, Wales and Northern Ireland, as sport and devolved politics do:
// there the UK is not one of their like.
// homeNation reports England, Scotland, Wales or Northern Ireland.
func homeNation(name string) bool {
	switch name {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return true
	}
	return false
}

func (an *analysis) homeNations() bool {
	n := 0
	for _, e := range an.ents {
		if homeNation(e.name) && e.typ == ePlace {
			n++
		}
	}
	return n >= 2
}

// countryAfter returns the country a comma or "in" after token k sets a
// place in ("Mbale, Uganda", "Mbale, in eastern Uganda", "Kingston,
// Ontario", "Utrecht in the Netherlands"), or "".
func countryAfter(toks []tok, k int) string {
	if k >= len(toks) || toks[k].text != "," && toks[k].low != "in" {
		return ""
	}
	j := k + 1
	if j < len(toks) && toks[j].low == "in" && toks[k].text == "," {
		j++
	}
	if j+1 < len(toks) && toks[j].low == "the" && isCountry(toks[j+1].low) {
		j++ // "a woman from Utrecht in the Netherlands"
	}
	if j < len(toks) && partOfLand(toks[j]) {
		j++
	}
	if j >= len(toks) || j+1 < len(toks) && toks[j+1].cap && toks[j+1].word {
		return ""
	}
	if g, ok := stateGroup[toks[j].low]; ok && !isCountry(toks[j].low) {
		return stateLands[g] // "Kingston, Ontario": Canada
	}
	if !isCountry(toks[j].low) {
		return ""
	}
	return countries[countryByName[toks[j].low]].name
}

// regionAfter reports a comma at token k and, after it, the name of a
// region that is no country, one to three capitalised words closing the
// clause: "Sherbrooke, Nova Scotia", "Hinckley, Leicestershire"; or "in"
// and a region named by its kind: "Tanabe in Wakayama Prefecture".
func regionAfter(toks []tok, k int) bool {
	if k+2 < len(toks) && toks[k].low == "in" && toks[k+1].cap && toks[k+1].word {
		// "near the city of Tanabe in Wakayama Prefecture": a region
		// by its administrative word.
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word; j++ {
			if adminUnits[toks[j].low] && toks[j].cap {
				return true
			}
		}
		return false
	}
	if k+1 >= len(toks) || toks[k].text != "," || !toks[k+1].cap || !toks[k+1].word {
		return false
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && toks[j].cap && toks[j].word {
		j++
	}
	if j < len(toks) && (toks[j].word || toks[j].cap) {
		return false
	}
	name := strings.Join(tokTexts(toks[k+1:j]), " ")
	low := strings.ToLower(name)
	return !isCountry(low) && !personShaped(name) || isState(low)
}

// calledIsland reports a place the article writes as an island: "the
// island of Tinos", "Tinos island", "Rottnest Island".
func (an *analysis) calledIsland(id int) bool {
	if strings.HasSuffix(strings.ToLower(an.ents[id].name), " island") {
		return true
	}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent != id {
				continue
			}
			if m.t0 >= 2 && s.toks[m.t0-1].low == "of" && (s.toks[m.t0-2].low == "island" || s.toks[m.t0-2].low == "isle") || m.t1 < len(s.toks) && s.toks[m.t1].low == "island" {
				return true
			}
		}
	}
	return false
}

// landNamedIn reports a country of the sentence that is country ci under
// any of its names ("Britain", "the UK", "the United Kingdom").
func landNamedIn(s *sent, ci int) bool {
	for _, m := range s.ments {
		if m.typ == ePlace {
			if cj, ok := countryByName[strings.TrimPrefix(strings.ToLower(m.text), "the ")]; ok && cj == ci {
				return true
			}
		}
	}
	// A name of several words the sentence may hold though no mention
	// was made of it: "Côte d’Ivoire", whose apostrophe splits it.
	text := ""
	named := func(n string) bool {
		if !strings.Contains(n, " ") {
			return false
		}
		if text == "" {
			text = plainLetters(strings.ToLower(strings.ReplaceAll(s.text, "’", "'")))
		}
		return strings.Contains(text, strings.ToLower(n))
	}
	return named(countries[ci].name) || slices.ContainsFunc(countries[ci].aliases, named)
}
