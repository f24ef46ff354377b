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

// TestFirstPersonLead tells the writer's own story ("I", "we", "my") from
// the words every reader shares ("our solar system"), which leave a lead a
// statement of fact.
func TestFirstPersonLead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Astronomers have found ice on a moon outside our solar system for the first time.", false},
		{"Scientists say our planet warmed faster last year than in any year on record.", false},
		{"I spent a week on the island before the storm arrived.", true},
		{"We asked our readers what they thought of the new bridge.", true},
		{"Our reporter visited the harbour on Monday.", true},
		{"\"Our team played well,\" the coach said after the match.", false},
	} {
		an := analyseText(t, tc.text)
		if got := firstPerson(&an.sents[0]); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
