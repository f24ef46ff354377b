package quiz

import (
	"slices"
	"strings"
)

// priceQuestions asks, in a critic's piece, what a dish or a ticket costs
// where the critic gives the price in brackets after it ("The hummus
// (£6.50) is whipped…", "the shish taouk (£15) is the safe bet"): the
// facts a restaurant review is made of, which cleaning otherwise leaves
// out as asides. The wrong answers are the other prices the piece gives
// in brackets, nearest first, so none gives itself away by its size.
func (an *analysis) priceQuestions(s *sent, pos float64) []cand {
	if !an.review {
		return nil
	}
	var out []cand
	for mi := range s.ments {
		m := &s.ments[mi]
		thing, ok := bracketedPrice(s, m)
		if !ok {
			continue
		}
		below, above := an.otherBracketPrices(m)
		dis := pickRanked(keyRank(s, m), below, above, newExcluder(s, m.text), 3)
		if len(dis) < 3 {
			continue
		}
		do := "does"
		if pluralThing(s, m, thing) {
			do = "do" // "what do the pickled daikon cubes cost?"
		}
		p := "According to the review, what " + do + " " + thing + " cost?"
		ev := Evidence{Paragraph: s.p, Sentence: s.s, Text: s.text, Highlight: m.text}
		out = append(out, cand{q: Question{Kind: KindNumber, Prompt: p, Options: opts(m.text, dis), Evidence: ev}, score: 2.2 * pos, sent: s.idx, fact: "price@" + itoa(s.idx) + ":" + itoa(mi), answer: m.text})
	}
	return out
}

// bracketedPrice reports a price alone in brackets after what it is the
// price of, and returns that thing as a question names it: "the hummus",
// "the lamb kofta". The thing is one to four plain words after "the" (or
// opening the sentence), no name and no number.
func bracketedPrice(s *sent, m *mention) (string, bool) {
	toks := s.toks
	if m.typ != eNumber || !strings.ContainsAny(m.text, currencySigns) || m.r0 < 2 || m.t1 >= len(toks) || toks[m.r0-1].text != "(" || toks[m.t1].text != ")" {
		return "", false
	}
	end := m.r0 - 1
	k := end - 1
	for k >= 0 && end-k <= 4 && toks[k].word && !toks[k].num && toks[k].low != "the" && !stopwords[toks[k].low] && (!toks[k].cap || k == 0) {
		k--
	}
	switch {
	case k >= 0 && toks[k].low == "the" && end-k >= 2:
		// "the fattoush (£7.50)"
	case k < 0 && end >= 1:
		// "Moutabal (£6) is smoky": the dish opens the sentence.
		k = -1
	default:
		return "", false
	}
	words := make([]string, 0, end-k)
	for j := k + 1; j < end; j++ {
		words = append(words, toks[j].low)
	}
	if slices.ContainsFunc(s.ments, func(o mention) bool { return o.t0 > k && o.t0 < end && o.typ != eNone }) {
		return "", false // "the Aoba hatchback (£18,000)": a name, which other questions ask
	}
	return "the " + strings.Join(words, " "), true
}

// pluralThing reports a priced thing named in the plural: the verb after
// the bracket says so when it is a form of "be", else the last word's
// ending ("cubes", not "hummus" or "bass").
func pluralThing(s *sent, m *mention, thing string) bool {
	if m.t1+1 < len(s.toks) {
		switch s.toks[m.t1+1].low {
		case "are", "were":
			return true
		case "is", "was":
			return false
		}
	}
	last := thing[strings.LastIndexByte(thing, ' ')+1:]
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
}

// otherBracketPrices returns the other prices the article gives in
// brackets in the same currency as m, below and above it, the nearest
// first: pickRanked spreads the key's rank among them.
func (an *analysis) otherBracketPrices(m *mention) (below, above []string) {
	sign := currencyOf(m.text)
	type priced struct {
		text  string
		value float64
	}
	var all []priced
	for si := range an.sents {
		s := &an.sents[si]
		for oi := range s.ments {
			o := &s.ments[oi]
			if o.typ != eNumber || o.value == m.value || currencyOf(o.text) != sign || o.r0 < 1 || s.toks[o.r0-1].text != "(" {
				continue
			}
			if !slices.ContainsFunc(all, func(p priced) bool { return p.value == o.value }) {
				all = append(all, priced{o.text, o.value})
			}
		}
	}
	slices.SortFunc(all, func(a, b priced) int { return cmpFloat(a.value, b.value) })
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].value < m.value {
			below = append(below, all[i].text)
		}
	}
	for _, p := range all {
		if p.value > m.value {
			above = append(above, p.text)
		}
	}
	return below, above
}

// cmpFloat orders two numbers.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// currencyOf returns the currency sign a price is written with, or "".
func currencyOf(text string) string {
	for _, r := range text {
		if strings.ContainsRune(currencySigns, r) {
			return string(r)
		}
	}
	return ""
}
