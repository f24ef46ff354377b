package quiz

import (
	"strings"
	"testing"
)

// TestLeadIsAsked checks that a quiz asks about its lead, the story's main
// event, even when the lead names nothing the other question kinds can
// blank out; and that a first-person lead is not stated as a fact.
func TestLeadIsAsked(t *testing.T) {
	body := `

Harbour officials said the work would start in the spring and last about six weeks.

Engineer Ines Moreau found cracks in 14 of the pier's supports during a survey in March.

The council spent £2m on the pier in 2009, when a storm damaged the deck.

Mayor Tomas Varga said the town would hold a vote on the pier's future in June.

Fishermen who use the pier will move their boats to Marlow Bay until the repairs end.`
	for _, tc := range []struct {
		name, lead string
		want       bool
	}{
		{"plain lead", "Old piers along the coast need urgent repairs to stay safe, a new study shows.", true},
		{"first person", "Last week I walked along the old pier and saw how badly it needs repairs.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Generate("Piers need repairs\n\n"+tc.lead+body, Options{N: 10, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, x := range q.Questions {
				if x.Evidence.Paragraph == 0 && x.Evidence.Sentence == 0 {
					got = true
					if tc.want && x.Kind == KindTrueFalse && !strings.Contains(x.Prompt, strings.TrimSuffix(tc.lead, ".")) {
						t.Errorf("lead question %q does not state the lead", x.Prompt)
					}
				}
			}
			if got != tc.want {
				t.Errorf("lead asked: %v, want %v", got, tc.want)
			}
		})
	}
}
