package quiz

import "testing"

// TestPickSameAnswer keeps at most two questions whose answer is the same,
// however well the others score: a third one teaches nothing new and gives
// the answer away. True-or-false answers are not counted.
func TestPickSameAnswer(t *testing.T) {
	var cands []cand
	add := func(kind Kind, answer string, score float64) {
		i := len(cands)
		cands = append(cands, cand{q: Question{Kind: kind}, score: score, sent: i, fact: string(rune('a' + i)), answer: answer})
	}
	for range 4 {
		add(KindCloze, "Acme", 5)
	}
	add(KindWho, "Ann Lee", 1)
	for range 3 {
		add(KindTrueFalse, "True", 1)
	}
	got := map[string]int{}
	for _, c := range pick(cands, 10, 1) {
		got[c.answer]++
	}
	want := map[string]int{"Acme": 2, "Ann Lee": 1, "True": 3}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("questions answered %q: %d, want %d (all: %v)", k, got[k], w, got)
		}
	}
}

func TestShortReason(t *testing.T) {
	tests := []struct {
		name                                    string
		made, wanted, sentences, askable, words int
		want                                    string
	}{
		{"enough", 10, 10, 30, 20, 600, ""},
		{"short article", 6, 10, 9, 6, 197, "the article is short (197 words), and Storyquiz asks at most one question per sentence: it found 6 sentences with a fact it could ask about"},
		{"short, with repeats", 6, 10, 9, 7, 197, "the article is short (197 words), and Storyquiz asks at most one question per sentence: it found 7 sentences with a fact it could ask about; the others would repeat a fact or an answer already asked"},
		{"few facts", 4, 10, 20, 4, 400, "only 4 of the article's 20 sentences hold a fact (a name, place, date, number, quotation or key phrase) that Storyquiz can ask about with three good wrong answers, and it asks at most one question per sentence"},
		{"repeats only", 8, 10, 30, 12, 700, "the remaining questions would repeat facts or answers already asked"},
	}
	for _, tt := range tests {
		if got := shortReason(tt.made, tt.wanted, tt.sentences, tt.askable, tt.words); got != tt.want {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
