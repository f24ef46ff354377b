package quiz

import (
	"strings"
	"testing"
)

// These tests come from the twenty-fifth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestListingMarksReview: a critic's piece need not say "review" in its
// headline; the practical line it ends with (where and until when, what
// tickets cost, where the programme is repeated) or marks under labels
// show it is one, so its verdicts are not stated as facts. A news story
// that mentions tickets is no review.
func TestListingMarksReview(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"exhibition", `Rust and tide: a painter returns to the Tay

The opening room is deceptively quiet.

Marta Lindqvist grew up in Dundee and trained in Aberdeen before moving to Bergen in 2015.

Harbour Lines is at the Seagate Gallery, Dundee, until 3 May.`, true},
		{"concert", `An orchestra finds its nerve under a young conductor

The opening room of the symphony is deceptively quiet.

Marta Lindqvist conducted the orchestra in Perth on Thursday in her first concert with it.

The programme is repeated at the Usher Hall on Sunday.`, true},
		{"restaurant", `A harbour kitchen that trusts its fish

The opening room is deceptively quiet, and the menu changes daily.

Marta Lindqvist opened the restaurant in Arbroath in March after ten years in Bergen.

Food 8/10. Service 7/10. Value 9/10.`, true},
		{"tour news", `Band adds Dundee date to its reunion tour

Marta Lindqvist said the band would play Dundee in May after fans asked for a Scottish date.

Tickets sold out within an hour, the promoter said.`, false},
	} {
		an := analyseArticle(t, tt.text)
		if got := an.review; got != tt.want {
			t.Errorf("%s: review %v, want %v", tt.name, got, tt.want)
		}
		if !tt.want {
			continue
		}
		for _, q := range Candidates(an.art) {
			if q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "deceptively quiet") {
				t.Errorf("%s: the critic's view stated: %q", tt.name, q.Prompt)
			}
			if strings.Contains(q.Prompt, "is repeated at") {
				t.Errorf("%s: the listing asked: %q", tt.name, q.Prompt)
			}
		}
	}
}

// TestNationalityBeforeUnknownName: "the young Estonian Kaarel Vihmand" is
// Kaarel Vihmand, though the lists lack Kaarel; "the American Red Cross"
// keeps its whole name.
func TestNationalityBeforeUnknownName(t *testing.T) {
	an := analyseText(t, `The concert was conducted by the young Estonian Kaarel Vihmand in his debut with the orchestra.

Vihmand said he had been struck by the players' courage.

Volunteers from the American Red Cross handed out blankets on Monday, said Joan Pike.`)
	if id := entByName(an, "Kaarel Vihmand"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Kaarel Vihmand: %d", id)
	}
	if id := entByName(an, "Estonian Kaarel Vihmand"); id >= 0 {
		t.Errorf("the nationality is kept in the name")
	}
	if id := entByName(an, "American Red Cross"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("American Red Cross: %d", id)
	}
}

// TestKindSetOutBefore: "belonged firmly to the second category" means
// nothing without the sentence that set out the categories.
func TestKindSetOutBefore(t *testing.T) {
	noCandidate(t, `Orchestra returns to Perth

There are concerts that confirm what you know and concerts that change it.

Thursday's concert at Perth Concert Hall, conducted by Marta Lindqvist in her first appearance with the orchestra, belonged firmly to the second category.

The soloist, Anna Berg, played the Brahms concerto in Dundee last year.

The leader, Tom Kerr, joined the orchestra from Bergen in 2019.

The principal horn, Ruth Dalgleish, played her last concert in Inverness on Friday.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "category")
	})
}

// TestCriticsAdviceAndSweep: in a review, "should be a formality" is the
// critic's advice and "Glasgow has never lacked for artists" the critic's
// sweep, no facts; "something she should not have seen" is the plot, and
// "are set into the floor" a passive, not a verdict.
func TestCriticsAdviceAndSweep(t *testing.T) {
	an := analyseArticle(t, `Tide and iron: a sculptor's quiet elegy

On this evidence, a return invitation for Marta Lindqvist should be a formality.

Glasgow has never lacked for artists willing to look at its shipyards.

The film follows a customs officer in Leith who stumbles upon something she should not have seen in 1998.

Small brass plates are set into the floor, each engraved with the name of a ship built at Govan.

Harbour Lines is at the Tramway, Glasgow, until 3 May.`)
	if !an.review {
		t.Fatal("not read as a review")
	}
	for i, want := range []bool{true, true, false, false} {
		if got := criticsView(&an.sents[i]); got != want {
			t.Errorf("%q: the critic's view %v, want %v", an.sents[i].text, got, want)
		}
	}
}

// TestClockTimeEndsSentence: "past 10 p.m. Nineteen people spoke" ends a
// sentence after the time; "between 6 p.m. Saturday and 4 a.m. Sunday"
// does not.
func TestClockTimeEndsSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"The meeting stretched past 10 p.m. Nineteen people addressed the board.", 2},
		{"Storms hit between 6 p.m. Saturday and 4 a.m. Sunday. Crews worked all night.", 2},
		{"The polls close at 8 p.m. ET on Tuesday in most states.", 1},
		{"Doors open at 7 p.m. The band plays at nine.", 2},
	} {
		if got := splitSentences(tt.text); len(got) != tt.want {
			t.Errorf("%q: %q, want %d sentences", tt.text, got, tt.want)
		}
	}
}
