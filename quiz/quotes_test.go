package quiz

import (
	"os"
	"slices"
	"strings"
	"testing"
)

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

"Nothing will change before the summer."

Closing the hearing, Judge Mara Quist said the care Mr Daniel Okafor received had been "well short of what any family should expect".

The minister, Omar Haddad, said in a statement that Moreau had "given the harbour back to its people".`
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
		{5, ""},            // Karl Brandt spoke last, in words of his own
		{6, "Mara Quist"},  // not Mr Okafor, of whom she spoke
		{7, "Omar Haddad"}, // not Moreau, of whom the minister said it
	} {
		if got := speaker(tc.sent); got != tc.want {
			t.Errorf("sentence %d %q: speaker %q, want %q", tc.sent, an.sents[tc.sent].text, got, tc.want)
		}
	}
}

// TestQuoteLeadNamesItsObject writes in whom a speaker told ("Who told
// Tomas Reyes he had …?"), since "Who told him …?" leaves the reader to
// guess.
func TestQuoteLeadNamesItsObject(t *testing.T) {
	an := analyseText(t, `Former council treasurer Tomas Reyes was jailed for five years on Friday for stealing from the harbour fund.

Judge Ilse Marr told him he had "betrayed every family in the town".

His lawyer, Piet Van Loon, said Reyes was deeply ashamed, and neighbour Ana Brill said the town would not forgive him.`)
	s := &an.sents[1]
	found := false
	for _, c := range an.quoteQuestions(s, 1) {
		found = true
		if strings.Contains(c.q.Prompt, " him ") {
			t.Errorf("prompt %q leaves him unnamed", c.q.Prompt)
		}
	}
	if !found {
		t.Fatal("no quotation question")
	}
}

// TestStrayMarkOpeningAQuote: a lone single mark the source left at the
// start of a quotation does not reach the question.
func TestStrayMarkOpeningAQuote(t *testing.T) {
	an := analyseText(t, `A man freed from a US camp plans to sue the government, his lawyer said.

His lawyer Ruth Amane said: "'We are hoping to issue proceedings against the officials who sent him there." And Tom Hale said it was vital to know what ministers knew.

Paul Dray said the government would defend the case.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindQuote && !strings.Contains(c.q.Prompt, "hoping to issue") {
			continue
		}
		if strings.Contains(c.q.Prompt, "hoping to issue") {
			found = true
			if strings.Contains(c.q.Prompt, `"'`) {
				t.Errorf("stray mark kept: %q", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Fatal("no question quotes the lawyer")
	}
}

// TestNoLeadFromAClauseInside: "after what he described as months of
// "stalling and bad faith"" gives no "Who described as months of…?"
// (testdata/rail-strike-explainer.txt, an explainer written for the
// project in questions and answers).
func TestNoLeadFromAClauseInside(t *testing.T) {
	b, err := os.ReadFile("testdata/rail-strike-explainer.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := analyseArticle(t, string(b))
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "Who described") {
			t.Errorf("asked: %q", c.q.Prompt)
		}
	}
}

// TestHeAfterAQuotation: a "He" opening a paragraph after a speaker's
// words is not someone those words talked of: Lindqvist's "When he missed
// that red…" is about Marlowe, but the next paragraph's "He becomes…" is
// not.
func TestHeAfterAQuotation(t *testing.T) {
	an := analyseText(t, `Oskar Lindqvist beat Callum Marlowe 10-9 in the final on Sunday, said Ann Lee.

"I thought I was going home with the smaller cheque," Lindqvist said. "At 9-7 Callum was playing beautifully. When he missed that red I told myself this was my chance. My hands were shaking on the last black."

He becomes only the second Scandinavian player to win a ranking event.`)
	s := &an.sents[len(an.sents)-1]
	for _, m := range s.ments {
		if m.pronoun && m.ent >= 0 && an.ents[m.ent].name == "Callum Marlowe" {
			t.Errorf("%q: He is %s", s.text, an.ents[m.ent].name)
		}
	}
}

// TestQuoteLeadFinishesItsClause: "said talks with "a couple of big
// names" were under way" is asked whole, not cut at the quotation.
func TestQuoteLeadFinishesItsClause(t *testing.T) {
	an := analyseText(t, `The Riverside festival drew 40,000 people to the park over the weekend.

Festival director Tom Larkin said talks with "a couple of very big names" were already under way.

Singer Rosa Fenn said the crowd had been "the loudest I have ever heard", and drummer Ivo Marsh agreed.

Larkin said in a statement that the park needed to "meet people where they already are," noting that most tickets were now sold to families from outside the city.`)
	for _, tc := range []struct {
		sent int
		want string
	}{
		{1, `Who said talks with "a couple of very big names" were already under way?`},
		{3, `Who said in a statement that the park needed to "meet people where they already are"?`},
	} {
		var got []string
		for _, c := range an.quoteQuestions(&an.sents[tc.sent], 1) {
			got = append(got, c.q.Prompt)
		}
		if want := []string{tc.want}; !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestSingleQuoteStyle reads the single quotes of a paper that marks its
// quotations so ('…,' she said) as quotations, its double quotes inside
// them as the inner ones, and leaves a word's apostrophe alone; in a
// paper of double quotes, single ones stay as they are.
func TestSingleQuoteStyle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{`Exporter profits jump

'We have become a real alternative supplier for the big brands,' chief executive Ana Lima said on Tuesday. 'Today, four of our ten largest customers have signed contracts.'

The players' union said HGK's accounts had been 'a mess' since the '90s, and Lima said: 'They told us "never again", and they meant it.'`,
			`"We have become a real alternative supplier for the big brands," chief executive Ana Lima said on Tuesday.|"Today, four of our ten largest customers have signed contracts."|The players' union said HGK's accounts had been "a mess" since the '90s, and Lima said: "They told us 'never again', and they meant it."`},
		{`Harbour row deepens

"The pier will open in May," said Ines Moreau, who called the plan 'a pier for every family'.

The players' union said it would not stand in the way of the 'new deal'.`,
			`"The pier will open in May," said Ines Moreau, who called the plan 'a pier for every family'.|The players' union said it would not stand in the way of the 'new deal'.`},
	} {
		a, err := ParseArticle(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range a.Paragraphs {
			got = append(got, p...)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("sentences\n got %s\nwant %s", g, tc.want)
		}
	}
	an := analyseArticle(t, `Exporter profits jump

'We have become a real alternative supplier for the big brands,' chief executive Ana Lima said on Tuesday.

'Costs will rise in the final quarter,' finance chief Tran Bao said.`)
	for si, want := range []string{"Ana Lima", "Tran Bao"} {
		s := &an.sents[si]
		if len(s.quotes) == 0 || s.quotes[0].speaker < 0 || an.ents[s.ments[s.quotes[0].speaker].ent].name != want {
			t.Errorf("sentence %d: no quotation of %s found in %q", si, want, s.text)
		}
	}
}

// TestQuoteToldToTheWriter: ""We wanted players to feel it," creative
// director Marta Kuusk told me" still asks who said it, but makes no
// statement of what was told "me".
func TestQuoteToldToTheWriter(t *testing.T) {
	text := `Review: Hollow Meridian is a gorgeous, maddening voyage

Hollow Meridian is the second game from Greywater Assembly, said Ana Lima, a spokeswoman for its publisher.

"We wanted players to feel like the map was something they earned," creative director Marta Kuusk told me in an interview last month.

The voice actor Hannah Okafor recorded her part over 40 days in Tallinn, the studio said.`
	asked := false
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, " me ") || strings.HasSuffix(q.Prompt, " me.") {
			t.Errorf("a statement of what was told the writer: %q", q.Prompt)
		}
		asked = asked || q.Kind == KindQuote && q.Correct() == "Marta Kuusk"
	}
	if !asked {
		t.Errorf("no question asks who wanted players to feel the map was earned")
	}
}

func mustCandidates(t *testing.T, text string) []Question {
	t.Helper()
	return Candidates(analyseArticle(t, text).art)
}

// TestPhraseQuoteAsksNoWho: "funded partly, Reilly said, "through a fairly
// alarming amount of overtime"" quotes a phrase, not a sentence: no
// "who said "through…"?".
func TestPhraseQuoteAsksNoWho(t *testing.T) {
	noCandidate(t, `Podcast maker grows

Saltmarsh Audio was set up in 2021 by Tom Reilly and Ana Lima, said Hannah Vance, its producer.

The series was funded partly through a grant and partly, Reilly said, "through a fairly alarming amount of overtime".`, func(q Question) bool {
		return q.Kind == KindQuote && strings.Contains(q.Prompt, `"through`)
	})
}
