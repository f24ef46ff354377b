package quiz

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// newRand returns the generator every seeded choice uses, so that a seed
// gives the same quiz on every platform.
func newRand(seed int64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(seed), 0x5eed_0f_9a12))
}

// validCands keeps the candidates that pass Question.Problems, best first.
func validCands(an *analysis, cands []cand) []cand {
	a := an.art
	out := cands[:0]
	seen := map[string]bool{}
	title := headlineOnly(a)
	shared := an.sharedSurnames()
	for _, c := range cands {
		c.q.ID = "c"
		an.surnameOptions(&c.q)
		if title != "" && headlineGives(title, c, an.personNamed) {
			continue
		}
		if len(c.q.Problems(a)) > 0 || c.q.Kind == KindTrueFalse && thinQuote(strings.TrimPrefix(c.q.Prompt, "True or false? ")) {
			continue
		}
		if strings.Count(c.q.Prompt, "\"")%2 == 1 {
			continue // a stray quotation mark of the source: no one can tell whose words they are
		}
		if strings.Count(c.q.Prompt, "(") != strings.Count(c.q.Prompt, ")") {
			continue // "born in Breslau (now Wrocław?": a bracket cut in two
		}
		if an.givenBesideSurnames(c.q) {
			continue // "his father, _____" keyed "Michael" beside "Fahy" and "Breen": the key is the only given name
		}
		if unpairedBetween(c.q.Prompt) {
			continue // "a partnership between opener Rahmat Zadran?": the other half was cut with its aside
		}
		if secondQuestion(c.q.Prompt) {
			continue // "Who watched the whole thing from the bench. Why?"
		}
		if saidTwice(c.q.Prompt) {
			continue // "said Ada Mensah said last year": the source's slip, made plain once its aside goes
		}
		if promptNamesOption(c.q) {
			continue // "Marguerite Duval's husband, the conductor _____" beside "Marguerite Duval"
		}
		if c.q.Kind != KindTrueFalse && c.q.Answer < len(c.q.Options) && shared[c.q.Options[c.q.Answer]] {
			continue // "Pardy" as the key where Marian and Clarence Pardy are both named: which?
		}
		k := strings.ToLower(c.q.Prompt)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// surnameOptions writes the other people of a question by the names the
// article calls them by alone when the key is such a name ("Penrose", for
// "Mrs Justice Penrose"): one surname among full names would single the
// key out. It leaves the options as they are when any is not a person's,
// or two would read the same.
func (an *analysis) surnameOptions(q *Question) {
	if q.Kind == KindTrueFalse || q.Answer < 0 || q.Answer >= len(q.Options) {
		return
	}
	key := q.Options[q.Answer]
	if strings.Contains(key, " ") || !an.personNamed(key) {
		return
	}
	shared := an.sharedSurnames()
	out := make([]string, len(q.Options))
	seen := map[string]bool{strings.ToLower(key): true}
	for i, o := range q.Options {
		if i == q.Answer {
			out[i] = o
			continue
		}
		id := an.entNamed(o)
		if id < 0 || an.ents[id].typ != ePerson || !strings.Contains(o, " ") {
			return
		}
		short := an.shortName(id)
		if short == "" || shared[short] || seen[strings.ToLower(short)] {
			return
		}
		seen[strings.ToLower(short)] = true
		out[i] = short
	}
	q.Options = out
}

// shortName returns the name a person goes by alone in the article
// ("Greer said"), or else the last word of the full name with the
// particles before it ("van der Meulen").
func (an *analysis) shortName(id int) string {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent == id && !m.pronoun && !m.desc && m.t1-m.t0 == 1 && m.text != an.ents[id].name {
				return m.text
			}
		}
	}
	f := strings.Fields(an.ents[id].name)
	k := len(f) - 1
	for k > 1 && nameParticles[strings.ToLower(f[k-1])] {
		k--
	}
	if k == 0 {
		return ""
	}
	return strings.Join(f[k:], " ")
}

// sharedSurnames returns the one-word names that end the full names of two
// people or more in the article.
func (an *analysis) sharedSurnames() map[string]bool {
	n := map[string]int{}
	for _, e := range an.ents {
		if i := strings.LastIndexByte(e.name, ' '); e.typ == ePerson && e.alias < 0 && i > 0 {
			n[e.name[i+1:]]++
		}
	}
	shared := map[string]bool{}
	for w, k := range n {
		if k >= 2 {
			shared[w] = true
		}
	}
	return shared
}

// saidTwice reports "said Ada Mensah said": a name between two verbs
// of saying.
func saidTwice(p string) bool {
	if strings.Count(p, "said") < 2 {
		return false
	}
	f := strings.Fields(p)
	for i := 0; i+2 < len(f); i++ {
		if f[i] != "said" {
			continue
		}
		j := i + 1
		for j < len(f) && j <= i+4 && f[j] != "" && f[j][0] >= 'A' && f[j][0] <= 'Z' {
			j++
		}
		if j > i+1 && j < len(f) && strings.TrimRight(f[j], ".,") == "said" {
			return true
		}
	}
	return false
}

// givenBesideSurnames reports a key that is one given name among
// options that are bare surnames of the article's people: the form gives
// the key away.
func (an *analysis) givenBesideSurnames(q Question) bool {
	if q.Kind != KindCloze && q.Kind != KindWho && q.Kind != KindQuote || q.Answer < 0 || q.Answer >= len(q.Options) {
		return false
	}
	key := q.Options[q.Answer]
	if strings.Contains(key, " ") || !isFirstName(strings.ToLower(key)) || monthIndex(key) >= 0 || weekdayIndex(key) >= 0 {
		return false // "in _____" keyed "June" beside "July": a month
	}
	for i, o := range q.Options {
		if i != q.Answer && !strings.Contains(o, " ") && !isFirstName(strings.ToLower(o)) && slices.ContainsFunc(an.ents, func(e entity) bool {
			return e.typ == ePerson && e.alias < 0 && strings.HasSuffix(e.name, " "+o)
		}) {
			return true
		}
	}
	return false
}

// unpairedBetween reports "between" before a name or a number, perhaps
// after a word or two of role ("between opener Rahmat Zadran"), with no
// "and" after it: the other side was cut from the sentence.
func unpairedBetween(p string) bool {
	if !containsFold(p, "between") {
		return false
	}
	w := strings.Fields(p)
	for i, x := range w {
		if strings.ToLower(x) != "between" {
			continue
		}
		k := i + 1
		for k < len(w) && k <= i+2 && w[k] != "" && unicode.IsLower([]rune(w[k])[0]) && w[k] != "the" {
			k++
		}
		if k >= len(w) {
			return false
		}
		r := []rune(w[k])[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '_' {
			continue
		}
		if !slices.Contains(w[k+1:], "and") && !strings.ContainsAny(w[k], "-–") {
			return true
		}
	}
	return false
}

// secondQuestion reports a prompt that holds a question of the writer's
// outside quotation marks before its end: a columnist's "…from the bench.
// Why?" run into the sentence before it.
func secondQuestion(p string) bool {
	p = strings.TrimPrefix(p, "True or false? ")
	in := false
	for i := 0; i < len(p)-1; i++ {
		switch {
		case p[i] == '"':
			in = !in
		case !in && p[i] == '?' && p[i+1] == ' ':
			return true
		case !in && p[i] == '.' && strings.HasPrefix(p[i+1:], " Why?") || !in && p[i] == '.' && strings.HasPrefix(p[i+1:], " How?"):
			return true
		}
	}
	return false
}

// promptNamesOption reports a wrong option that the prompt itself names,
// as a name put in for a pronoun may: the option reads as absurd, or as
// a hint.
func promptNamesOption(q Question) bool {
	if q.Kind == KindTrueFalse {
		return false
	}
	low := strings.ToLower(q.Prompt)
	key := strings.ToLower(q.Correct())
	for i, o := range q.Options {
		if i == q.Answer || len(o) < 4 || o[0] < 'A' || o[0] > 'Z' {
			continue
		}
		lo := strings.ToLower(o)
		if wordIn(low, lo) {
			return true
		}
		// "Counsel for Mokoena-Pretorius, _____" beside Naledi
		// Mokoena-Pretorius: the prompt names her by her surname.
		if sp := strings.LastIndexByte(lo, ' '); sp > 0 && len(lo)-sp > 4 && !strings.HasSuffix(key, lo[sp:]) && wordIn(low, lo[sp+1:]) {
			return true
		}
	}
	// "A spokesperson for the _____ said the Commission had…": the key's
	// head word, written as a name, gives "European Commission" away.
	if f := strings.Fields(q.Correct()); q.Kind == KindCloze && len(f) >= 2 && orgWords[strings.ToLower(f[len(f)-1])] && (wordIn(q.Prompt, "the "+f[len(f)-1]) || wordIn(q.Prompt, "The "+f[len(f)-1])) {
		return true
	}
	return false
}

// headlineOnly returns the lower-case headline of an article that has one
// of its own, or "" when the title is only the lead's first words.
func headlineOnly(a *Article) string {
	t := strings.TrimSuffix(a.Title, "…")
	if len(a.Paragraphs) > 0 && len(a.Paragraphs[0]) > 0 && strings.HasPrefix(a.Paragraphs[0][0], t) {
		return ""
	}
	return strings.ToLower(a.Title)
}

// headlineGives reports a question the headline answers. The headline
// stands over every question, so a figure it states ("Walking 7,000 steps
// a day cuts risk…") answers itself, and so does the one option it names
// ("Storm to cost Portugal €2bn" over "Which country…?"), or a false
// statement that swaps out what it names. A person the headline names by
// surname counts too, but for the lead: its main event is asked in every
// quiz ("Trump meets Russia's Lavrov…" over "Who arrived at the White
// House…?"). Who said what in an interview with the two people the
// headline names is still a question.
func headlineGives(title string, c cand, person func(string) bool) bool {
	// names reports the headline naming v: as written, by its adjective
	// ("Egyptian tomb"), in digits or words ("3 million", "Ten minutes"), by a body's first word
	// ("Greens") or, past the lead, by a person's surname ("Norris wins").
	names := func(v string) bool {
		low := strings.ToLower(strings.TrimPrefix(v, "the "))
		return wordIn(title, low) || wordIn(title, countryAdjective(low)) || wordIn(title, regionAdjective(low)) || wordIn(title, otherSpelling(low)) || wordIn(title, rounded(low)) || wordIn(title, unsigned(low)) ||
			wordIn(title, shortUnits(low)) || wordIn(title, shortUnits(rounded(low))) || wordIn(title, strings.Replace(shortUnits(low), "%", "pc", 1)) ||
			c.sent > 0 && person(v) && wordIn(title, surnameOf(low)) && (c.q.Kind != KindTrueFalse || sharesContent(title, c.q.Prompt, low)) || firstWordIn(title, v) ||
			figureGlued(title, low)
	}
	if !names(c.answer) {
		return false
	}
	if figureLike(c.answer) {
		return true
	}
	if c.q.Kind == KindTrueFalse {
		return c.q.Answer == 1 && !wordIn(strings.ToLower(c.q.Prompt), strings.ToLower(strings.TrimPrefix(c.answer, "the ")))
	}
	for i, o := range c.q.Options {
		if i != c.q.Answer && names(o) {
			return false
		}
	}
	return true
}

// figureGlued reports the figure of v in the headline with its unit
// glued on: "Spain records 46.8C" states "46.8" degrees.
func figureGlued(title, v string) bool {
	num := numericPart(v)
	if len(num) < 3 {
		return false
	}
	for i := strings.Index(title, num); i >= 0; {
		end := i + len(num)
		if (i == 0 || !isDigitByte(title[i-1]) && title[i-1] != '.') && (end == len(title) || !isDigitByte(title[end]) && !(title[end] == '.' && end+1 < len(title) && isDigitByte(title[end+1]))) {
			return true
		}
		next := strings.Index(title[i+1:], num)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// sharesContent reports a prompt that shares a word other than the name
// with the headline. A false statement that swaps out the person a
// headline names by surname gives itself away only when it tells the
// headline's news ("Ortiz wins the race" over "Brandt won the race"); of
// another deed of hers ("…said his conviction had not changed") the
// headline says nothing, and without such statements a profile's
// true-or-false questions would all be True.
func sharesContent(title, prompt, name string) bool {
	own := map[string]bool{}
	for _, w := range strings.Fields(name) {
		own[stem(w)] = true
	}
	heads := map[string]bool{}
	for _, w := range strings.FieldsFunc(title, notLetter) {
		if len(w) > 2 && !stopwords[w] && !own[stem(w)] {
			heads[stem(w)] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(prompt), notLetter) {
		if heads[stem(w)] && w != "true" && w != "false" {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// firstWordIn reports the headline naming a body by the first word of its
// name, as headlines do: "Greens take control" names the Green Party.
func firstWordIn(title, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f[0]) < 4 {
		return false
	}
	for _, w := range f {
		if w[0] < 'A' || w[0] > 'Z' {
			return false // a role, "Russia's foreign minister", is no name
		}
	}
	w := strings.ToLower(f[0])
	if stopwords[w] || genericNameWords[w] {
		return false
	}
	return wordIn(title, w) || wordIn(title, w+"s")
}

// genericNameWords open many names and name none alone.
var genericNameWords = wordSet("north south east west great royal national united first new central greater upper lower saint")

// personNamed reports a person of the article called name in full.
func (an *analysis) personNamed(name string) bool {
	id := an.entNamed(name)
	return id >= 0 && an.ents[id].typ == ePerson
}

// surnameOf returns the last word of a lower-case name of two words or
// more, or "".
func surnameOf(low string) string {
	if f := strings.Fields(low); len(f) >= 2 {
		return f[len(f)-1]
	}
	return ""
}

// otherSpelling returns a figure that opens with a number word in digits
// ("3 million" for "three million"), or one that opens with a small number
// in words ("ten" for "10"), or "": a headline may write a figure either
// way ("Ten minutes of stair climbing…" over "as little as 10 minutes").
func otherSpelling(low string) string {
	f := strings.Fields(low)
	if len(f) == 0 {
		return ""
	}
	if n := numberWordIndex(f[0]); n >= 0 {
		f[0] = itoa(n)
		return strings.Join(f, " ")
	}
	if n, err := strconv.Atoi(f[0]); err == nil && n >= 2 && n < len(numberWords) {
		f[0] = numberWords[n]
		return strings.Join(f, " ")
	}
	if n, err := strconv.Atoi(f[0]); err == nil && n >= 30 && n <= 90 && n%10 == 0 {
		f[0] = tensWords[n/10-3] // "Sixty years on the pager" over "60 years of service"
		return strings.Join(f, " ")
	}
	return headlineShort[low]
}

// tensWords spell the round tens from thirty to ninety.
var tensWords = []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// headlineShort are the short names headlines give parties and bodies.
var headlineShort = map[string]string{"liberal democrats": "lib dems", "liberal democrat": "lib dem",
	"conservatives": "tories", "conservative party": "tories", "labour party": "labour"}

// rounded returns a figure with a decimal part rounded to a whole number
// ("46" for "46.3", "£4m" for "£4.2m"), or "": a headline rounds figures
// ("IPO subscribed 46 times" over "subscribed 46.3 times").
func rounded(low string) string {
	dot := strings.IndexByte(low, '.')
	if dot <= 0 || dot+1 >= len(low) || low[dot-1] < '0' || low[dot-1] > '9' || low[dot+1] < '0' || low[dot+1] > '9' {
		return ""
	}
	start := dot
	for start > 0 && (low[start-1] >= '0' && low[start-1] <= '9' || low[start-1] == ',') {
		start--
	}
	end := dot + 1
	for end < len(low) && low[end] >= '0' && low[end] <= '9' {
		end++
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(low[start:end], ",", ""), 64)
	if err != nil {
		return ""
	}
	return low[:start] + strconv.FormatFloat(math.Round(v), 'f', -1, 64) + low[end:]
}

// shortUnits writes "million", "billion" and "percent" as headlines do:
// "£23.4m" for "£23.4 million", "$2bn" for "$2 billion", "10%" for "10
// percent" (or "10pc", as some papers write it); "" when v has none of
// them.
func shortUnits(v string) string {
	if !strings.Contains(v, "illion") && !strings.Contains(v, "cent") {
		return ""
	}
	return unitShortener.Replace(v)
}

var unitShortener = strings.NewReplacer(" million", "m", " billion", "bn", " percent", "%", " per cent", "%")

// unsigned returns an amount without its currency sign ("3.4m" for
// "£3.4m"), or "": "fined 3.4m pounds" in a headline states it.
func unsigned(low string) string {
	if t := strings.TrimLeft(low, currencySigns); t != low && t != "" {
		return t
	}
	return ""
}

// regionAdjective returns the adjective of a place whose name ends in "a"
// ("cumbrian" for "cumbria"), or "": "Silver hoard found in Cumbrian
// field" names the county.
func regionAdjective(low string) string {
	if len(low) > 3 && strings.HasSuffix(low, "a") && !strings.Contains(low, " ") {
		return low + "n"
	}
	return ""
}

// countryAdjective returns the lower-case adjective of a country's lower-
// case name ("egyptian" for "egypt"), or "".
func countryAdjective(low string) string {
	if ci, ok := countryByName[low]; ok {
		return strings.ToLower(countries[ci].adj)
	}
	return ""
}

// figureLike reports an answer that is a number, an amount, a year, a
// number word or a month: a figure a headline may state.
func figureLike(ans string) bool {
	low := strings.ToLower(ans)
	return strings.ContainsAny(ans, "0123456789") || numberWordIndex(low) >= 0 || ordinalIndex(low) >= 0 || monthIndex(ans) >= 0
}

// wordIn reports v in text as whole words: "7,000" in "walking 7,000 steps",
// not "7" in "2007".
func wordIn(text, v string) bool {
	for i := 0; v != ""; {
		k := strings.Index(text[i:], v)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(v)
		before := a == 0 || !figureByte(text[a-1])
		after := b == len(text) || !figureByte(text[b]) || (text[b] == '.' || text[b] == ',') && (b+1 == len(text) || text[b+1] == ' ') ||
			text[b] == 's' && a > 0 && text[a-1] == '-' && (b+1 == len(text) || !figureByte(text[b+1])) // "under-16s"
		if before && after {
			return true
		}
		i = a + 1
	}
	return false
}

// figureByte reports a byte that goes on a word or a figure: "7" is no
// whole word of "7,000" or "7.5".
func figureByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',' || c == '.' || c >= 0x80
}

// thinQuote reports a statement that is only a short quotation and its
// speaker ("\"You would have to ask Mark May,\" Holtz said."): true or
// false, it tests a remark that means little out of its place.
func thinQuote(stmt string) bool {
	if !strings.HasPrefix(stmt, "\"") {
		return false
	}
	end := strings.Index(stmt[1:], "\"")
	if end < 0 {
		return false
	}
	quoted, rest := stmt[1:end+1], stmt[end+2:]
	return fieldCount(quoted) < 8 && fieldCount(rest) <= 4
}

// Candidates returns every valid question the engine can ask about the
// article, best first. The correct option is always first (Answer 0) except
// for true-or-false questions; Generate shuffles options later.
func Candidates(a *Article) []Question {
	LoadTables()
	if a == nil {
		return nil
	}
	an := analyse(a)
	cs := validCands(an, an.makeCandidates())
	out := make([]Question, len(cs))
	for i, c := range cs {
		out[i] = c.q
		out[i].ID = "c" + itoa(i+1)
	}
	return out
}

// maxPrices is how many questions about a dish's price one quiz asks.
const maxPrices = 2

// pick chooses n questions greedily: the best remaining candidate after
// penalties for kinds, answers and facts already chosen, with at most two
// questions per sentence. The seed breaks near-ties.
func pick(cands []cand, n int, seed int64) []cand {
	r := newRand(seed)
	jitter := make([]float64, len(cands))
	for i := range jitter {
		jitter[i] = r.Float64() * weights.Jitter
	}
	used := make([]bool, len(cands))
	perSent := map[int]int{}
	perKind := map[Kind]int{}
	perAnswer := map[string]int{}
	clozeKeys := map[string]bool{}
	facts := map[string]bool{}
	prices := 0 // priceQuestions chosen
	var tfAnswers [2]int
	var out []cand
	gives := giveKeys(cands)
	var chosen []give // gives of out
	for len(out) < n {
		best, bestScore := -1, 0.0
		for i, c := range cands {
			if used[i] || perSent[c.sent] >= weights.PerSentence || facts[c.fact] {
				continue
			}
			if (c.q.Kind == KindNumber || c.q.Kind == KindWhen || c.q.Kind != KindTrueFalse && strings.ContainsAny(c.answer, "0123456789")) && perAnswer[answerKey(c.answer)] > 0 {
				continue // the same number or date again is the same fact
			}
			if c.q.Kind != KindTrueFalse && perAnswer[answerKey(c.answer)] >= weights.SameAnswer {
				continue // a third "NBC" teaches nothing new, and gives the answer away
			}
			if c.q.Kind == KindCloze && clozeKeys[strings.ToLower(c.answer)] {
				continue // "sitting in _____" and "told journalists in _____", both Nairobi: one blank, asked twice
			}
			if strings.HasPrefix(c.fact, "price@") && prices >= maxPrices {
				continue // a menu's prices are details: two of them are enough
			}
			if gives[i].away(chosen) || restates(c, out) {
				continue
			}
			sc := c.score + jitter[i]
			sc -= weights.KindRepeat * float64(perKind[c.q.Kind])
			if perKind[c.q.Kind] == 0 {
				sc += weights.NewKind // a mix of kinds
			}
			if c.q.Kind == KindTrueFalse || c.q.Kind == KindCloze {
				sc -= weights.TFClozeRepeat * float64(perKind[c.q.Kind])
			}
			sc -= weights.AnswerRepeat * float64(perAnswer[answerKey(c.answer)])
			if c.q.Kind == KindTrueFalse && tfAnswers[c.q.Answer] > tfAnswers[1-c.q.Answer] {
				sc -= weights.TFImbalance // keep True and False about equally often
			} else if c.q.Kind == KindTrueFalse && c.q.Answer == 0 && tfAnswers[0] == tfAnswers[1] {
				// Lead statements are True only: a slight lean to False
				// in a tie keeps "always True" near chance over many
				// quizzes.
				sc -= weights.TFTie
			}
			if best < 0 || sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		c := cands[best]
		used[best] = true
		perSent[c.sent]++
		perKind[c.q.Kind]++
		perAnswer[answerKey(c.answer)]++
		if c.q.Kind == KindCloze {
			clozeKeys[strings.ToLower(c.answer)] = true
		}
		facts[c.fact] = true
		if strings.HasPrefix(c.fact, "price@") {
			prices++
		}
		if c.q.Kind == KindTrueFalse {
			tfAnswers[c.q.Answer]++
		}
		out = append(out, c)
		chosen = append(chosen, gives[best])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].sent < out[j].sent })
	return out
}

// answerKey is the form of an answer that tells the same one apart:
// "Eleven" and "11" are one count.
func answerKey(a string) string {
	low := strings.ToLower(a)
	if i := numberWordIndex(low); i >= 0 {
		return strconv.Itoa(i)
	}
	return low
}

// restates reports a question with the answer of one already chosen whose
// prompt says mostly the same: "Details of the chip will be released in
// _____" twice, from two sentences of one fact.
func restates(c cand, chosen []cand) bool {
	if c.q.Kind == KindTrueFalse {
		return false
	}
	words := func(p string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if w = strings.Trim(w, ".,;:?!\"'"); len(w) > 3 {
				m[w] = true
			}
		}
		return m
	}
	var mine map[string]bool
	for _, o := range chosen {
		if o.q.Kind == KindTrueFalse || !strings.EqualFold(o.answer, c.answer) {
			continue
		}
		if mine == nil {
			mine = words(c.q.Prompt)
		}
		theirs, shared := words(o.q.Prompt), 0
		for w := range mine {
			if theirs[w] {
				shared++
			}
		}
		if len(mine) > 0 && len(theirs) > 0 && 2*shared >= min(len(mine), len(theirs)) {
			return true
		}
	}
	return false
}

// givesAway reports a number or date that one question asks for and
// another asks for too, or states: a false "only 19 hours" beside "the
// current _____ hour closure power", "$320m" beside "How much …?".
func givesAway(c cand, chosen []cand) bool {
	return giveOf(c).away(giveKeys(chosen))
}

// give is what givesAway compares of a candidate, worked out once: the
// figure it asks for ("" if none) and its prompt in lower case.
type give struct{ value, spelled, prompt string }

func giveOf(x cand) give {
	g := give{prompt: " " + strings.ToLower(strings.Trim(x.q.Prompt, "?.")) + " "}
	if len(x.answer) == 4 && (strings.HasPrefix(x.answer, "19") || strings.HasPrefix(x.answer, "20")) {
		return g // a year: stories date many facts by the same one
	}
	switch x.q.Kind {
	case KindNumber, KindWhen:
		g.value = strings.ToLower(x.answer)
	case KindTrueFalse, KindCloze:
		if x.answer != "" && (x.answer[0] >= '0' && x.answer[0] <= '9' || numberWordIndex(strings.ToLower(x.answer)) >= 0 || monthIndex(x.answer) >= 0) {
			g.value = strings.ToLower(x.answer)
		}
	}
	if n, err := strconv.Atoi(g.value); err == nil && n > 20 && n < 100 {
		g.spelled = spelled(n)
	}
	return g
}

func giveKeys(cs []cand) []give {
	out := make([]give, len(cs))
	for i, c := range cs {
		out[i] = giveOf(c)
	}
	return out
}

// states reports whether the prompt states figure v. Only a figure of two
// digits or more counts: "three" or "5" come up in many facts.
func (g give) states(o give) bool {
	v := o.value
	if len(v) < 2 || !strings.ContainsAny(v, "0123456789") {
		return false
	}
	// "Forty-two hectares is smaller than many golf courses" states 42.
	// "within that 10-week window" states 10 too.
	return strings.Contains(g.prompt, " "+v+" ") || strings.Contains(g.prompt, " "+v+"-") || o.spelled != "" && wordIn(g.prompt, o.spelled)
}

// spelled writes a number from 21 to 99 in words: "forty-two".
func spelled(n int) string {
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}[n/10]
	if n%10 == 0 {
		return tens
	}
	return tens + "-" + numberWords[n%10]
}

// away reports whether g asks for a figure one of chosen asks for or
// states, or states one they ask for.
func (g give) away(chosen []give) bool {
	for _, o := range chosen {
		if g.value != "" && (g.value == o.value || o.states(g)) || g.states(o) {
			return true
		}
	}
	return false
}

// balancedPositions returns, for k questions, where each answer goes so
// that every position is used about equally often, in seeded order.
func balancedPositions(r *rand.Rand, k, nopts int) []int {
	pos := make([]int, 0, k)
	for len(pos)+nopts <= k {
		for i := range nopts {
			pos = append(pos, i)
		}
	}
	// The positions left over after whole rounds are drawn at random:
	// taking the first ones would put the answer at A more often than at
	// D over many quizzes, and a student who always picks A would gain.
	pos = append(pos, r.Perm(nopts)[:k-len(pos)]...)
	r.Shuffle(len(pos), func(i, j int) { pos[i], pos[j] = pos[j], pos[i] })
	return pos
}

// placeAnswer reorders the options of q so that the correct one sits at
// position p and the others are in seeded order.
func placeAnswer(q *Question, p int, r *rand.Rand) {
	if q.Kind == KindTrueFalse || len(q.Options) < 2 {
		return
	}
	correct := q.Options[q.Answer]
	var others []string
	for i, o := range q.Options {
		if i != q.Answer {
			others = append(others, o)
		}
	}
	r.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	if p >= len(q.Options) {
		p = len(q.Options) - 1
	}
	opts := make([]string, 0, len(q.Options))
	opts = append(opts, others[:p]...)
	opts = append(opts, correct)
	opts = append(opts, others[p:]...)
	q.Options = opts
	q.Answer = p
}

// balance places the answers of the multiple-choice questions so that each
// position is used about equally.
func balance(qs []Question, r *rand.Rand) {
	var mc []int
	for i := range qs {
		if qs[i].Kind != KindTrueFalse && len(qs[i].Options) == 4 {
			mc = append(mc, i)
		}
	}
	pos := balancedPositions(r, len(mc), 4)
	for k, i := range mc {
		placeAnswer(&qs[i], pos[k], r)
	}
	for i := range qs {
		if qs[i].Kind != KindTrueFalse && len(qs[i].Options) != 4 {
			placeAnswer(&qs[i], r.IntN(len(qs[i].Options)), r)
		}
	}
}

// Shuffled returns a deep copy of the quiz with the questions in a seeded
// order and the options of each question permuted, answer positions
// balanced, for a fresh attempt ("Try again"). Question ids are kept so
// that answers can still be matched to questions.
func (q *Quiz) Shuffled(seed int64) *Quiz {
	c := *q
	c.Seed = seed
	c.Article = cloneArticle(q.Article)
	c.Questions = make([]Question, len(q.Questions))
	for i, qu := range q.Questions {
		qu.Options = append([]string(nil), qu.Options...)
		c.Questions[i] = qu
	}
	r := newRand(seed)
	r.Shuffle(len(c.Questions), func(i, j int) { c.Questions[i], c.Questions[j] = c.Questions[j], c.Questions[i] })
	balance(c.Questions, r)
	return &c
}

func cloneArticle(a Article) Article {
	b := a
	b.Paragraphs = make([][]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		b.Paragraphs[i] = append([]string(nil), p...)
	}
	b.Headings = append([]Heading(nil), a.Headings...)
	return b
}

// Alternatives returns other valid questions about the same sentence, or
// with the same answer, as question i of the quiz, leaving out questions the
// quiz already asks. An editor offers them to swap for question i; each
// carries question i's id and puts its answer where question i had its
// answer, so that swapping keeps the answer positions balanced.
func Alternatives(q *Quiz, i int) []Question {
	LoadTables()
	if q == nil || i < 0 || i >= len(q.Questions) {
		return nil
	}
	orig := q.Questions[i]
	have := map[string]bool{}
	for _, x := range q.Questions {
		have[strings.ToLower(x.Prompt)] = true
	}
	r := newRand(q.Seed + int64(i) + 1)
	var out []Question
	for _, c := range Candidates(&q.Article) {
		if have[strings.ToLower(c.Prompt)] {
			continue
		}
		sameSentence := c.Evidence.Paragraph == orig.Evidence.Paragraph && c.Evidence.Sentence == orig.Evidence.Sentence
		sameAnswer := c.Kind != KindTrueFalse && orig.Kind != KindTrueFalse && normKey(c.Correct()) == normKey(orig.Correct())
		if !sameSentence && !sameAnswer {
			continue
		}
		c.ID = orig.ID
		placeAnswer(&c, orig.Answer, r)
		out = append(out, c)
	}
	return out
}
