package quiz

import (
	"strings"
	"testing"
)

// fewPeople names three people and one organisation whose name looks like a
// person's until its last word.
const fewPeople = `Harbour town opens new lifeboat station

The coastal town of Port Evenby opened a new lifeboat station on Saturday, replacing a building that had stood since 1921.

Mayor Helen Carter cut the ribbon in front of about 300 residents. "This station will keep our crews safe for another hundred years," Carter said.

The project cost 2.4 million pounds and was paid for by the Royal National Lifeboat Institution and local donations. Work began in March 2024 under the architect Samuel Okafor.

Station manager David Reyes said volunteers had answered 56 calls last year, the busiest year in the station's history.`

// TestPersonDistractorsWithFewPeople checks that person options are real
// people of the article: with three people a who-question cannot have three
// distractors and is not asked (no invented names); with a fourth it is.
func TestPersonDistractorsWithFewPeople(t *testing.T) {
	fourPeople := fewPeople + "\n\nThe crew's coxswain, Grace Whitlow, said the new slipway would save minutes on every launch."
	for _, tc := range []struct {
		name     string
		text     string
		wantSome bool
	}{
		{"three people", fewPeople, false},
		{"four people", fourPeople, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Generate(tc.text, Options{N: 20, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			people := 0
			for _, qu := range q.Questions {
				if qu.Kind != KindWho && qu.Kind != KindQuote {
					continue
				}
				people++
				if got := len(qu.Options); got != 4 {
					t.Errorf("%q has %d options, want 4", qu.Prompt, got)
				}
				for _, o := range qu.Options {
					if strings.Contains(o, "Institution") {
						t.Errorf("%q offers the organisation %q as a person", qu.Prompt, o)
					}
					if !strings.Contains(tc.text, o) {
						t.Errorf("%q offers %q, who is not in the article", qu.Prompt, o)
					}
				}
				if strings.Contains(qu.Prompt, `,"`) {
					t.Errorf("prompt %q keeps a comma before the closing quote mark", qu.Prompt)
				}
			}
			if got := people > 0; got != tc.wantSome {
				t.Errorf("who/quote questions: got %d, want some = %v", people, tc.wantSome)
			}
		})
	}
}
