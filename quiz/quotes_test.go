package quiz

import "testing"

// TestQuoteSpeakers checks who said a quotation: the person named beside
// a verb of saying; nobody for an unattributed quotation (its evidence
// would not show the speaker) nor for a name after "said" that starts
// the reported words.
func TestQuoteSpeakers(t *testing.T) {
	text := `Harbour row deepens

"The pier will open in May, whatever the council says," said Ines Moreau, the harbour master.

"We have waited long enough for the repairs to start."

Asked about the plan, the council's office said Moreau wanted "a pier that every family can use".

"The board has the final word on the budget," Alba Ruiz told reporters. Karl Brandt said he agreed.

"Nothing will change before the summer."`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	speaker := func(si int) string {
		s := &an.sents[si]
		if len(s.quotes) == 0 {
			return "(no quotation)"
		}
		q := s.quotes[0]
		switch {
		case q.speaker >= 0 && s.ments[q.speaker].ent >= 0:
			return an.ents[s.ments[q.speaker].ent].name
		}
		return ""
	}
	for _, tc := range []struct {
		sent int
		want string
	}{
		{0, "Ines Moreau"},
		{1, ""},
		{2, ""}, // "said Moreau had…": Moreau is reported on, not speaking
		{3, "Alba Ruiz"},
		{5, ""}, // Karl Brandt spoke last, in words of his own
	} {
		if got := speaker(tc.sent); got != tc.want {
			t.Errorf("sentence %d %q: speaker %q, want %q", tc.sent, an.sents[tc.sent].text, got, tc.want)
		}
	}
}

// TestQuotePronounSpeaker asks who said a quotation closed by "he said"
// when the sentence before names that one man, and not when it names two.
func TestQuotePronounSpeaker(t *testing.T) {
	text := `Harbour row deepens

Harbour master Ines Moreau said on Monday that the pier would open in May.

Port director Karl Brandt said the repairs had cost more than planned.

"The budget was set before the storms and nobody could have known," he said.

Mayor Alba Ruiz met Karl Brandt and Tom Hale on Tuesday.

"We will find the money for the pier this year," he said.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	got := map[int]string{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindQuote {
			got[c.sent] = c.answer
		}
	}
	if got[2] != "Karl Brandt" {
		t.Errorf("quotation after Karl Brandt's sentence: speaker %q, want Karl Brandt", got[2])
	}
	if s, ok := got[4]; ok {
		t.Errorf("quotation after a sentence naming two men: speaker %q, want no question", s)
	}
}
