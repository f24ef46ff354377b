package quiz

import "strings"

// Stage 8, ranking: every weight that orders candidate questions is here.

// weights score candidates and penalise repeats when questions are picked.
var weights = struct {
	Lead          float64 // the lead sentence: the story's main event
	Headline      float64 // times the share of the headline's words a sentence repeats
	Jitter        float64 // seeded noise that breaks near-ties
	KindRepeat    float64 // per question of the same kind already chosen
	NewKind       float64 // for a kind not chosen yet
	TFClozeRepeat float64 // extra, per true-or-false or cloze already chosen
	AnswerRepeat  float64 // per question with the same answer already chosen
	TFImbalance   float64 // a true-or-false answer already more common than the other
	TFTie         float64 // a True when True and False are even so far
	TFOther       float64 // a slot's true-or-false statement of the other truth than its place prefers
	PerSentence   int     // questions allowed per sentence
	SameAnswer    int     // questions allowed with one answer (true-or-false aside)
}{
	TFImbalance:   2.0,
	TFOther:       0.15,
	TFTie:         0.3,
	Lead:          1.2,
	Headline:      1.5,
	Jitter:        0.35,
	KindRepeat:    0.7,
	NewKind:       0.6,
	TFClozeRepeat: 0.5,
	AnswerRepeat:  1.2,
	PerSentence:   1,
	SameAnswer:    2,
}

// mainFactBonus scores how much a sentence carries the story's main event:
// the lead, and sentences repeating the headline's content words.
func (an *analysis) mainFactBonus(s *sent) float64 {
	b := 0.0
	if s.idx == 0 {
		b += weights.Lead
	}
	hw := an.headlineWords()
	if len(hw) == 0 {
		return b
	}
	hit := 0
	for _, w := range hw {
		for _, t := range s.toks {
			if t.low == w || len(w) > 4 && strings.HasPrefix(t.low, w[:len(w)-1]) {
				hit++
				break
			}
		}
	}
	return b + weights.Headline*float64(hit)/float64(len(hw))
}

// headlineWords returns the content words of the title.
func (an *analysis) headlineWords() []string {
	if an.hwords != nil {
		return an.hwords
	}
	an.hwords = []string{}
	for _, t := range tokenize(an.art.Title) {
		if t.word && len(t.low) > 2 && !stopwords[t.low] && !an.isTitleFunctionWord(t.low) {
			an.hwords = append(an.hwords, t.low)
		}
	}
	return an.hwords
}

func (an *analysis) isTitleFunctionWord(w string) bool {
	if headlineFillers[w] {
		return true
	}
	return false
}

// Report says how many questions Generate made and, when it made fewer
// than were asked for, why; a page or the command line shows it.
type Report struct {
	Wanted int    // questions asked for
	Made   int    // questions in the quiz
	Reason string // empty when Made == Wanted; otherwise one plain sentence
}

// shortReason explains a quiz with fewer questions than wanted.
func shortReason(made, wanted, sentences, askable, words int) string {
	if made >= wanted {
		return ""
	}
	// When fewer are made than there are askable sentences, the others
	// would have asked a fact or an answer again.
	repeats := ""
	if made < askable {
		repeats = "; the others would repeat a fact or an answer already asked"
	}
	switch {
	case words < 250:
		return "the article is short (" + itoa(words) + " words), and Storyquiz asks at most one question per sentence: it found " + itoa(askable) + " " + plural(askable, "sentence") + " with a fact it could ask about" + repeats
	case askable < wanted:
		return "only " + itoa(askable) + " of the article's " + itoa(sentences) + " sentences " + verbFor(askable, "holds", "hold") + " a fact (a name, place, date, number, quotation or key phrase) that Storyquiz can ask about with three good wrong answers, and it asks at most one question per sentence" + repeats
	}
	return "the remaining questions would repeat facts or answers already asked"
}

// verbFor returns one when n is 1 and many otherwise: "1 of the
// sentences holds", "3 hold".
func verbFor(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// plural returns word with an s unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// headlineFillers are headline words that say nothing of the story. A table, not a
// switch: a switch over many strings costs far more WebAssembly code.
var headlineFillers = wordSet("says said new over after amid set to be")
