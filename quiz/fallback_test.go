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
// people of the article, never invented: with two people no who-question can
// be asked, with three it has three options, with four it has four.
func TestPersonDistractorsWithFewPeople(t *testing.T) {
	twoPeople := strings.Replace(fewPeople, " under the architect Samuel Okafor", "", 1)
	fourPeople := fewPeople + "\n\nThe crew's coxswain, Grace Whitlow, said the new slipway would save minutes on every launch."
	for _, tc := range []struct {
		name        string
		text        string
		wantOptions int // 0: no who or quote question
	}{
		{"two people", twoPeople, 0},
		{"three people", fewPeople, 3},
		{"four people", fourPeople, 4},
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
				if got := len(qu.Options); got != tc.wantOptions {
					t.Errorf("%q has %d options, want %d", qu.Prompt, got, tc.wantOptions)
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
			if got := people > 0; got != (tc.wantOptions > 0) {
				t.Errorf("who/quote questions: got %d, want some = %v", people, tc.wantOptions > 0)
			}
		})
	}
}
