package quiz

import (
	"sort"
	"strconv"
	"strings"
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
	switch m.typ {
	case ePerson:
		return an.personDistractors(s, m.ent, nil, n)
	case eOrg:
		return an.entityDistractors(s, m, ex, n)
	case ePlace, eSite:
		return an.entityDistractors(s, m, ex, n)
	case eDate:
		return an.dateDistractors(s, m, ex, n)
	case eNumber, eOrdinal:
		return numberDistractors(m, ex, n)
	}
	return nil
}

// excluder remembers what may not be offered.
type excluder struct {
	s    *sent
	seen map[string]bool
}

func newExcluder(s *sent, answer string) *excluder {
	return &excluder{s: s, seen: map[string]bool{strings.ToLower(answer): true}}
}

// ok reports whether v may be offered, and if so reserves it.
func (x *excluder) ok(v string) bool {
	k := strings.ToLower(v)
	if v == "" || x.seen[k] || containsFold(x.s.text, v) {
		return false
	}
	x.seen[k] = true
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
	var out []string
	for _, id := range an.byProminence(ePerson) {
		if len(out) == n {
			break
		}
		if id == ans || in[id] || contains(skip, id) || len(strings.Fields(an.ents[id].name)) < 2 {
			continue
		}
		if ex.ok(an.ents[id].name) {
			out = append(out, an.ents[id].name)
		}
	}
	return an.fallbackPeople(out, ex, an.ents[ans].name, n)
}

// fallbackPeople tops up a list of person distractors from built-in first
// names and surnames when the article names too few people. A name shares
// no word with anything in the article, so it cannot be mistaken for (or be
// an alias of) someone the article mentions; the pick depends on the answer,
// so different questions get different names.
func (an *analysis) fallbackPeople(out []string, ex *excluder, answer string, n int) []string {
	if len(out) >= n {
		return out
	}
	h := 0
	for _, c := range answer {
		h = h*31 + int(c)
	}
	if h < 0 {
		h = -h
	}
	for k := 0; k < len(fallbackFirst)*len(fallbackLast) && len(out) < n; k++ {
		f := fallbackFirst[(h+k)%len(fallbackFirst)]
		l := fallbackLast[(h/7+k*5)%len(fallbackLast)]
		if containsFold(an.lowText, f) || containsFold(an.lowText, l) {
			continue
		}
		if name := f + " " + l; ex.ok(name) {
			out = append(out, name)
		}
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
	var out []string
	for _, id := range an.byProminence(ePerson) {
		if len(out) == n {
			break
		}
		e := &an.ents[id]
		f := strings.Fields(e.name)
		if id == ans || contains(skip, id) || len(f) < 2 || containsFold(prompt, f[len(f)-1]) || containsFold(prompt, f[0]) {
			continue
		}
		if ex.ok(e.name) {
			out = append(out, e.name)
		}
	}
	return an.fallbackPeople(out, ex, an.ents[ans].name, n)
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
	in := sentEnts(s)
	var out []string
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
		if id == m.ent || in[id] || e.sub != ans.sub || isAcronym(e.name) != isAcronym(ans.name) {
			continue
		}
		if ex.ok(e.name) {
			out = append(out, e.name)
		}
	}
	var pool []string
	switch {
	case ans.typ == ePlace && ans.sub == 1:
		pool = nearCountries(ans.name)
	case ans.typ == ePlace:
		for _, c := range countries {
			pool = append(pool, c.capital)
		}
		pool = append(pool, extraCities...)
	case ans.typ == eSite:
		for _, f := range fallbackFacilities {
			pool = append(pool, strings.TrimPrefix(f, "the "))
		}
	case ans.typ == eOrg && isAcronym(ans.name):
		pool = fallbackOrgAcronyms
	}
	for _, p := range pool {
		if len(out) == n {
			break
		}
		if !an.mentionsWord(p) && ex.ok(p) {
			out = append(out, p)
		}
	}
	return out
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
	for k := 1; k < len(countries); k++ {
		out = append(out, countries[(i+k)%len(countries)].name)
	}
	return out
}

// dateDistractors offers dates of the same form: weekdays for a weekday, a
// month and year for a month and year.
func (an *analysis) dateDistractors(s *sent, m *mention, ex *excluder, n int) []string {
	var out []string
	add := func(v string) {
		if len(out) < n && ex.ok(v) {
			out = append(out, v)
		}
	}
	// Dates of the same form elsewhere in the article first.
	for _, o := range an.articleDates() {
		if len(out) == n {
			break
		}
		if o.sub == m.sub && (o.year > 0) == (m.year > 0) {
			add(o.text)
		}
	}
	switch m.sub {
	case dWeekday:
		for k := 1; k < 7; k++ {
			add(weekdays[(m.weekday+k*3)%7])
		}
	case dMonth:
		for _, k := range []int{6, 3, 9, 1, 11, 4, 8} {
			add(months[(m.month+k)%12])
		}
	case dMonthYear:
		for _, d := range [][2]int{{0, -1}, {6, 0}, {0, 1}, {3, -2}, {9, 1}, {0, -2}} {
			mo := (m.month + d[0]) % 12
			add(months[mo] + " " + strconv.Itoa(m.year+d[1]))
		}
	case dYear:
		for _, d := range []int{-1, 2, 1, -3, 3, -2} {
			add(strconv.Itoa(m.year + d))
		}
	case dFull:
		day := strconv.Itoa(m.day)
		for _, d := range []int{7, -5, 12, 3, -9} {
			nd := (m.day+d+30)%28 + 1
			add(strings.Replace(m.text, day, strconv.Itoa(nd), 1))
		}
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

// numberDistractors offers numbers written the same way as the answer:
// ordinal words for an ordinal word, digits for digits.
func numberDistractors(m *mention, ex *excluder, n int) []string {
	var out []string
	add := func(v string) {
		if len(out) < n && ex.ok(v) {
			out = append(out, v)
		}
	}
	v := int(m.value)
	upper := m.text != "" && m.text[0] >= 'A' && m.text[0] <= 'Z'
	word := func(list []string, i int) string {
		if i < 0 || i >= len(list) {
			return ""
		}
		w := list[i]
		if upper {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		return w
	}
	switch {
	case m.typ == eOrdinal && m.sub == 0:
		for _, d := range []int{-1, 1, 2, -2, 3} {
			add(word(ordinals, v-1+d))
		}
	case m.typ == eOrdinal:
		for _, d := range []int{-1, 1, 2, -2, 3} {
			if v+d > 0 {
				add(ordinalSuffix(v + d))
			}
		}
	case m.typ == eNumber && m.sub == 0:
		for _, d := range []int{-1, 1, 2, -2, 3, 4} {
			add(word(numberWords, v+d))
		}
	case m.typ == eNumber && m.sub == 1:
		digits := strings.ReplaceAll(m.text, ",", "")
		num := strings.TrimLeft(digits, "$£€")
		for i, c := range num {
			if c < '0' || c > '9' {
				num = num[:i]
				break
			}
		}
		x, err := strconv.Atoi(num)
		if err != nil {
			return nil
		}
		for _, f := range []func(int) int{
			func(x int) int { return x * 2 },
			func(x int) int { return x / 2 },
			func(x int) int { return x + max(1, x/4) },
			func(x int) int { return x * 3 },
			func(x int) int { return x - max(1, x/3) },
		} {
			y := f(x)
			if y <= 0 || y == x {
				continue
			}
			add(strings.Replace(m.text, formatLike(m.text, x), formatLike(m.text, y), 1))
		}
	}
	return out
}

// formatLike writes x with thousands separators when the model text uses them.
func formatLike(model string, x int) string {
	s := strconv.Itoa(x)
	if !strings.Contains(model, ",") {
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
