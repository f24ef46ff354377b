package quiz

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// Statements, glued sentences and kinds of place, on texts written for the
// project.

func TestStatementPlan(t *testing.T) {
	text := `Ferry service resumes

Captain Ines Moreau restarted the island ferry on Monday after a week of storms.

During a long meeting at the town hall on the quay, the harbour board approved a timetable that gives the island of Skerra two crossings a day.

The new boat, which was built in Gdansk last winter by a small family firm that also makes tugs and pilot boats for the navy, carries 120 passengers.

The fares rose by 5% in March, although he said the rise was small.

The board will spend £2m (€2.3m) on a new slipway, the council said.

But the crossing takes 40 minutes in calm weather.

A fleet of 100 120 small boats used the harbour last summer.`
	checkPlans(t, text, []planCase{
		{0, "Monday", "Captain Ines Moreau restarted the island ferry on Monday after a week of storms."},
		{1, "Skerra", "The harbour board approved a timetable that gives the island of Skerra two crossings a day."},
		{2, "120", "The new boat carries 120 passengers."},
		{3, "March", "The fares rose by 5% in March."},
		{4, "slipway", "The board will spend £2m on a new slipway, the council said."},
		{5, "40", "The crossing takes 40 minutes in calm weather."},
		{6, "fleet", ""},
	})
}

func TestSplitGlued(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The two campaigners handed out leaflets outside the shop At the end of the trial the court ruled for the firm.",
			"The two campaigners handed out leaflets outside the shop|At the end of the trial the court ruled for the firm."},
		{"Critics were asked to tip The Bravery and other new acts for the coming year.",
			"Critics were asked to tip The Bravery and other new acts for the coming year."},
		{"She wrote a column for the paper called The week ahead in sport every Sunday.",
			"She wrote a column for the paper called The week ahead in sport every Sunday."},
		{"The mayor opened the bridge on a windy morning He said it had cost less than planned.",
			"The mayor opened the bridge on a windy morning|He said it had cost less than planned."},
		{"The party called for the country to leave the Customs Union In her speech, the leader said the vote was a chance.",
			"The party called for the country to leave the Customs Union|In her speech, the leader said the vote was a chance."},
		{"The school put on a production of Love In Bloom for the parents at the end of term.",
			"The school put on a production of Love In Bloom for the parents at the end of term."},
		{"Fans of the club say Manchester United The Red Devils are the best side in the land.",
			"Fans of the club say Manchester United The Red Devils are the best side in the land."},
		{"She opened the recital with Janáček's In the Mists, four short pieces of grief.",
			"She opened the recital with Janáček's In the Mists, four short pieces of grief."},
	} {
		if got := strings.Join(splitGlued(tc.in), "|"); got != tc.want {
			t.Errorf("splitGlued(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestPlaceKinds(t *testing.T) {
	text := `Storm closes ports

A storm closed ports in Portugal and Spain on Monday, and ferries from Lisbon to Madeira were cancelled.

Flights from Texas and Ohio were delayed as the storm moved north.

Farmers in Essex said their crops were flattened by the wind.

The storm reached the small town of Brackley in the evening and knocked down trees.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	kind := func(name string) string {
		low := strings.ToLower(name)
		switch {
		case isCountry(low):
			return "country"
		case isState(low):
			return "state"
		case isContinent(low):
			return "region"
		}
		return "city"
	}
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.typ != ePlace || m.ent < 0 {
				continue
			}
			dis := an.distractors(s, m, an.ents[m.ent].name, 3)
			for _, d := range dis {
				if kind(d) != kind(m.text) {
					t.Errorf("%s (%s) offered beside %s (%s)", d, kind(d), m.text, kind(m.text))
				}
			}
		}
	}
	if got := placePool("Brackley", 2); len(got) != 0 {
		t.Errorf("a town the lists do not know gets built-in cities %v", got[:3])
	}
	// A state's neighbours in the list on both sides: the list's first
	// names are not always the wrong ones.
	if got := placePool("Texas", subState); len(got) < 3 || !slices.Equal(got[:3], []string{"Tennessee", "Utah", "South Dakota"}) {
		t.Errorf("placePool(Texas) = %v, want US states around it", got)
	}
	// Cities beside cities of their own country, then near capitals: a
	// rugby story in Dublin or a rail strike in Manchester offers no
	// Washington or New York.
	for _, tc := range []struct{ city, want string }{
		{"Dublin", "London"},
		{"Manchester", "Liverpool"},
		{"Chicago", "New York"},
		{"Auckland", "Dunedin"},
	} {
		got := placePool(tc.city, 2)
		if len(got) < 3 || !slices.Contains(got[:3], tc.want) {
			t.Errorf("placePool(%s) starts %v, want %s among the first three", tc.city, got[:min(3, len(got))], tc.want)
		}
		for _, far := range []string{"Washington", "New York", "Moscow", "Suva", "Canberra"} {
			if i := slices.Index(got, far); i >= 0 && i < 5 && tc.city != "Chicago" {
				t.Errorf("placePool(%s) offers %s at %d", tc.city, far, i)
			}
		}
	}
}

// TestCitiesOfTheStorysLand: a story set in one country by the provinces
// it names offers its London beside that country's cities (London,
// Ontario), and a story that names no land keeps London beside British
// cities.
func TestCitiesOfTheStorysLand(t *testing.T) {
	for _, tc := range []struct {
		text     string
		want     []string
		wantNone []string
	}{
		{`Flu clinics open across western Ontario

Health officials in western Ontario opened flu clinics on Monday.

The unit said new clinics would open in London and Sarnia next week.`, []string{"Toronto", "Ottawa"}, []string{"Cardiff", "Edinburgh", "Manchester"}},
		{`Flu clinics open

Health officials opened flu clinics on Monday.

The unit said new clinics would open in London and Sarnia next week.`, []string{"Cardiff"}, []string{"Toronto", "Ottawa"}},
	} {
		an := analyseArticle(t, tc.text)
		s := &an.sents[len(an.sents)-1]
		m := &s.ments[mentionOf(t, s, "London")]
		got := an.distractors(s, m, "London", 3)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("London: options %v, want %s among them", got, w)
			}
		}
		for _, w := range tc.wantNone {
			if slices.Contains(got, w) {
				t.Errorf("London: options %v offer %s", got, w)
			}
		}
	}
}

func TestNoWeekdayQuestions(t *testing.T) {
	text := `Library reopens

The library in Marlow Bay reopened on Saturday after a two-year repair that cost £3m.

Readers borrowed 900 books on the first day, the librarian Joan Pike said.

The mayor Tom Reyes cut a ribbon on Saturday and thanked the builders from Leeds.

The library closed in 2022 when the roof leaked during a storm in Cornwall.`
	q, err := Generate(text, Options{N: 10, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, qu := range q.Questions {
		for _, o := range qu.Options {
			if weekdayIndex(o) >= 0 {
				t.Errorf("%q offers weekday %q", qu.Prompt, o)
			}
		}
		if strings.HasPrefix(qu.Prompt, "On which day") {
			t.Errorf("weekday question %q", qu.Prompt)
		}
	}
}

func TestBlankOptionsAndSlashNumbers(t *testing.T) {
	text := `Ports reopen

The US has asked the port authority of Skerra to reopen the north quay before the summer season.

The UK and France said the storm damage was smaller than feared after the 9/11 anniversary storm.

China and Russia sent engineers to the island in March to help with the repairs.`
	q, err := Generate(text, Options{N: 10, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, qu := range q.Questions {
		if strings.Contains(qu.Prompt, "9/_____") || strings.Contains(qu.Prompt, "_____/11") {
			t.Errorf("a blank inside 9/11: %q", qu.Prompt)
		}
		if strings.HasPrefix(qu.Prompt, "_____") {
			for _, o := range qu.Options {
				if o != capFirst(o) {
					t.Errorf("%q: option %q is not capitalised like the others", qu.Prompt, o)
				}
			}
		}
	}
}

func TestCodeNamesAreNoPlaces(t *testing.T) {
	text := `Officer questioned

Jane Roe said she was questioned by a man from MI6 after her arrest in Lusaka.

She was later flown from Lusaka to London, and then from London to Leeds.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, e := range an.ents {
		if e.name == "MI6" && e.typ == ePlace {
			t.Error("MI6 typed as a place")
		}
	}
}

// TestStatementPlanReferentsAndIntros: an opening "Her", a "she" after a
// quotation and a "she" after "But" stand for the person the sentence
// before names, and an opening "Its" for the organisation it names; an introductory clause of up to maxIntro tokens, one before
// a role and a name, or a phrase with no comma before a named subject, is
// left out of a statement that needs it; "Both" with its "and" stands
// alone; "their" may stand for "people"; and a hyphenated adjective in
// "-ing" does not open an aside.
func TestStatementPlanReferentsAndIntros(t *testing.T) {
	text := `Storm closes coastal road

Harbour master Elena Vasquez closed the coastal road on Tuesday after waves damaged the sea wall.

Her team reopened one lane of the road on Thursday morning.

When the engineers from the county council finally agreed that the wall near the old lighthouse was safe late on Friday evening, the road reopened to lorries and buses.

Its owners said nothing.

Both engineers on the project, Marta Ruiz and Tom Hale, praised the new design on Monday.

Both praised the old design.

In those meetings, chairman Paul Grant backs either the council or the harbour board.

The harbour board is paid to publish its detailed, wide-ranging reports about the island ferry service on the council website every month of the year.

At the end of the hearing the High Court in Leeds ruled that Skerra Ferries had broken no rules and awarded Skerra Ferries £60,000 in costs.

Ferry manager Marta Ruiz welcomed the ruling.

"This is the year for Skerra," she told the Island Times.

Marta Ruiz met the mayor on Monday.

But she said the fares would not rise in March.

Heavy rain forced more than 400 people to leave their homes in the valley.

The Skerra Harbour Trust reported a loss of £2m in May.

Its chairman resigned in June.`
	checkPlans(t, text, []planCase{
		{1, "Thursday", "Elena Vasquez's team reopened one lane of the road on Thursday morning."},
		{2, "lorries", "The road reopened to lorries and buses."},
		{3, "owners", ""},
		{4, "Monday", "Both engineers on the project, Marta Ruiz and Tom Hale, praised the new design on Monday."},
		{5, "old", ""},
		{6, "council", "Chairman Paul Grant backs either the council or the harbour board."},
		{8, "60,000", "The High Court in Leeds ruled that Skerra Ferries had broken no rules and awarded Skerra Ferries £60,000 in costs."},
		{10, "Skerra", `"This is the year for Skerra," Marta Ruiz told the Island Times.`},
		{12, "March", "Marta Ruiz said the fares would not rise in March."},
		{15, "June", "The Skerra Harbour Trust's chairman resigned in June."},
		{13, "400", "Heavy rain forced more than 400 people to leave their homes in the valley."},
		{7, "ferry", "The harbour board is paid to publish its detailed, wide-ranging reports about the island ferry service on the council website every month of the year."},
	})
}

// TestStatementPlanDescription names the person a sentence-opening
// description stands for ("The singer …") only when the sentence before
// is about that one person and the word fits them.
func TestStatementPlanDescription(t *testing.T) {
	text := `Harbour Lights win the city's music prize

Norway's Ingrid Dahl was named artist of the year at the Harbour Music Awards on Friday.

The singer sold 40,000 tickets for her autumn tour.

Police arrested Tom Brennan outside the hall on Saturday.

The officer said 12 people were questioned.

Coach Mark Ellis praised Ana Ruiz and Jo Park after the final.

The striker scored 14 goals this season.

Festival director Paul Grant opened the gates at noon.

The director said 9,000 fans came on the first day.`
	checkPlans(t, text, []planCase{
		{1, "40,000", "Ingrid Dahl sold 40,000 tickets for her autumn tour."},
		{3, "12", ""}, // the officer is not the man arrested
		{5, "14", ""}, // two players: which one?
		{7, "9,000", "Paul Grant said 9,000 fans came on the first day."},
	})
}

// TestStatementPlanPronounInside names a "she" inside a sentence only
// when the article has named just one woman, lately, and no name of
// unknown gender is near.
func TestStatementPlanPronounInside(t *testing.T) {
	text := `Mill deal delayed

Mrs Nora Quist bought the old mill from Mr Hale in May.

Mr Hale said he hoped that she would reopen the mill in June.

Mrs Quist later thanked Ms Ada Lo for the loan.

Mr Hale said that she would join the board in July.

Kit Moran and Mr Hale met in the town hall on Monday.

Mr Hale said she would speak in August.`
	checkPlans(t, text, []planCase{
		{1, "June", "Mr Hale said he hoped that Nora Quist would reopen the mill in June."},
		{3, "July", ""},   // two women: which one?
		{5, "August", ""}, // Kit Moran may be a woman
	})
}

// TestStatementPlanComesAs keeps the event that dates an unnamed one
// ("The move came as …") when it has a subject of its own.
func TestStatementPlanComesAs(t *testing.T) {
	text := `Bridge plan approved

The council approved the new bridge in March.

The move came as the builders began work on a second road near Aldby.

The decision came as it emerged that the old road would close in April.

The decision came in the same week that Harbex Ferries cut 40 jobs.`
	checkPlans(t, text, []planCase{
		{1, "Aldby", "The builders began work on a second road near Aldby."},
		{2, "April", ""},
		{3, "40", "Harbex Ferries cut 40 jobs."},
	})
}

// planCase is a sentence of a test article, a word its statement must
// keep, and the statement wanted ("" when the sentence cannot be one).
type planCase struct {
	sent int
	slot string
	want string
}

// checkPlans checks the statement plan of each case's sentence in text.
func checkPlans(t *testing.T, text string, cases []planCase) {
	t.Helper()
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, tc := range cases {
		s := &an.sents[tc.sent]
		k0 := -1
		for k, tk := range s.toks {
			if tk.text == tc.slot {
				k0 = k
			}
		}
		if k0 < 0 {
			t.Fatalf("sentence %d has no %q", tc.sent, tc.slot)
		}
		got := ""
		if p, ok := an.statementPlan(s, k0, k0+1); ok {
			got = p.render(s)
		}
		if got != tc.want {
			t.Errorf("sentence %d:\n got %q\nwant %q", tc.sent, got, tc.want)
		}
	}
}

// TestHedgedClausesNotAskedAsFact keeps a fear, hope or claim from being
// asked as a fact: a question on what follows "are worried that" or "fear
// that", or on what "could" happen, keeps the words that say whose worry
// it is, or is not made.
func TestHedgedClausesNotAskedAsFact(t *testing.T) {
	an := analyseText(t, `Harbex Motors and Lindqvist Rail both build trains in the north of the country.

Harbex Motors opened a new depot in Dunmere on Monday, with 300 new jobs.

Some union members are worried that Lindqvist Rail would cut 200 jobs at its plant in the spring.

Residents fear that Mayor Lena Ostrova could close the old library on Quay Street.

Mayor Lena Ostrova opened the new harbour bridge in May, and Councillor Tom Brandt cut the ribbon.

Councillor Tom Brandt said the bridge had cost 4 million pounds to build.

Orlan Freight and Pelle Shipping also use the harbour, which handles 2 million tonnes a year.`)
	hedges := []string{"worried", "fear"}
	for _, c := range an.makeCandidates() {
		for _, h := range hedges {
			if strings.Contains(c.q.Evidence.Text, h) && !strings.Contains(c.q.Prompt, h) {
				t.Errorf("%q asks, without %q, what the sentence only fears: %q", c.q.Prompt, h, c.q.Evidence.Text)
			}
		}
	}
}

// TestPronounStatements states a sentence whose subject is a pronoun the
// article surely resolves, with the name written in, and a false version
// with the other person of that gender; never with a "that campaign" whose
// campaign is in another sentence.
func TestPronounStatements(t *testing.T) {
	an := analyseText(t, `Former mayor Tobias Crane has left the Harbour Party and accused it of ignoring fishermen.

He plans to stand in the next council election as an independent candidate.

Party leader Owen Pike said he was sorry to see him go.

He said he would continue that campaign in March.`)
	var got []string
	for i := range an.sents {
		for _, c := range an.pronounStatements(&an.sents[i], 1) {
			got = append(got, fmt.Sprintf("%s %d", c.q.Prompt, c.q.Answer))
		}
	}
	want := []string{
		"True or false? Owen Pike plans to stand in the next council election as an independent candidate. 1",
		"True or false? Tobias Crane plans to stand in the next council election as an independent candidate. 0",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestCarriedSpeaker writes in whose words a sentence quotes when the
// quotation goes on from the sentence before, which names the speaker.
func TestCarriedSpeaker(t *testing.T) {
	an := analyseText(t, `Harbex shares rose 4% on Monday after its sales beat forecasts.

"It is a strong result," said Ines Moreau, an analyst at Quell Capital. "Profits of around 40m pounds would now be well within reach."

"We are pleased," the company said in a statement.

Lead author Ann Lee, an astrophysicist at the University of Padua, said the team had found a strong signal.

"We saw the same feature every time," she said.

"The significance is just over five sigma."

Ann Lee and Tom Roe, a colleague, met the press, and he said the team would publish.

"The result came from 12 telescopes in Chile."`)
	for _, tc := range []struct {
		sent int
		want string
	}{
		{2, "Ines Moreau"},
		{1, ""},
		{3, ""},
		{6, "Ann Lee"}, // "…," she said. "…": the one woman the sentence before names
	} {
		if got := an.carriedSpeaker(&an.sents[tc.sent]); got != tc.want {
			t.Errorf("sentence %d %q: got %q, want %q", tc.sent, an.sents[tc.sent].text, got, tc.want)
		}
	}
	plan, ok := an.statementPlan(&an.sents[2], 0, len(an.sents[2].toks))
	if got, want := plan.render(&an.sents[2]), `Ines Moreau said: "Profits of around 40m pounds would now be well within reach."`; !ok || got != want {
		t.Errorf("statement %q (ok %v), want %q", got, ok, want)
	}
	// Whose words the last quotation are is not sure: it is no statement.
	last := &an.sents[len(an.sents)-1]
	if plan, ok := an.statementPlan(last, 0, len(last.toks)); ok {
		t.Errorf("statement %q from a quotation of no sure speaker", plan.render(last))
	}
	// A quotation going on with "It" or "They" points back to what the
	// speaker said before: no statement, even with the speaker written in.
	an = analyseText(t, `"The old mural was painted over in 1976," the painter said in 2003. "It waited 27 years for the town to be ready to look at it."

"It was not a strong season," said Ines Moreau, the coach. "They lost nine of their last 11 games."

"The plan is sound," said Tom Roe, the mayor. "It is clear that the town needs the homes."`)
	for i, want := range []bool{false, false, true} {
		s := &an.sents[2*i+1]
		if _, ok := an.statementPlan(s, 0, len(s.toks)); ok != want {
			t.Errorf("statement from %q: ok %v, want %v", s.text, ok, want)
		}
	}
}

// TestIntroKeptForComparison keeps the introductory phrase a claim is
// measured against: "to go one better" than what the phrase tells.
func TestIntroKeptForComparison(t *testing.T) {
	an := analyseText(t, `After winning the county title last season with a late goal against old rivals from the coast, Harbex Rovers want to go one better in the national cup.

After a long delay caused by a dispute over the roof and a shortage of steel across the region, Harbex Rovers opened their new stadium against the wishes of residents in May.`)
	for _, tc := range []struct {
		sent int
		want string
	}{
		{0, "After winning the county title last season with a late goal against old rivals from the coast, Harbex Rovers want to go one better in the national cup."},
		{1, "Harbex Rovers opened their new stadium against the wishes of residents in May."},
	} {
		s := &an.sents[tc.sent]
		m := s.ments[len(s.ments)-1] // the fact asked about: a name after the intro
		plan, ok := an.statementPlan(s, m.t0, m.t1)
		if got := plan.render(s); !ok || got != tc.want {
			t.Errorf("sentence %d: got %q (ok %v), want %q", tc.sent, got, ok, tc.want)
		}
	}
}

// TestIntroKeptBeforeItsOwnDescription keeps an opening whose place the
// words after its comma describe: cut at that comma, the statement would
// open with the description ("A 120-flat block off Mill Road, residents
// spent…").
func TestIntroKeptBeforeItsOwnDescription(t *testing.T) {
	an := analyseText(t, `At Larkfield Court, a 120-flat block off Mill Road, residents spent £18,000 last year on a system that collects rain from the roofs in two underground tanks and sends the overflow into nine soakaways.`)
	s := &an.sents[0]
	m := s.ments[len(s.ments)-1]
	plan, ok := an.statementPlan(s, m.t0, m.t1)
	if got := plan.render(s); ok && !strings.HasPrefix(got, "At Larkfield Court, a 120-flat block") && !strings.HasPrefix(got, "Residents spent") {
		t.Errorf("got %q", got)
	}
}

// TestNoPlaceSwapInMeasuredClaims: a figure or comparison said of one place
// says nothing of another, so no false statement swaps the place; a single
// event in one place still may (unless a city in the sentence gives the
// country away: TestNoCountryBlankBesideItsCity).
func TestNoPlaceSwapInMeasuredClaims(t *testing.T) {
	an := analyseText(t, `Exam results were published in Wales, England and Scotland on Thursday.

The pass rate in Wales was 97.5 per cent this year.

More girls than boys sat the exams in Wales.

The exam board moved its head office to Wales last year.`)
	falseOf := map[int][]string{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 {
			falseOf[c.sent] = append(falseOf[c.sent], c.q.Prompt)
		}
	}
	for _, tc := range []struct {
		sent      int
		wantPlace bool
	}{
		{1, false},
		{2, false},
		{3, true},
	} {
		got := false
		for _, p := range falseOf[tc.sent] {
			for _, place := range []string{"England", "Scotland"} {
				got = got || strings.Contains(p, place)
			}
		}
		if got != tc.wantPlace {
			t.Errorf("sentence %d: a false statement swaps the place: %v, want %v (%q)", tc.sent, got, tc.wantPlace, falseOf[tc.sent])
		}
	}
}

// TestPhoneNumbersNotAsked: the number a reader is asked to call is no fact
// of the story; a number near "phone" that is not dialled still is.
func TestPhoneNumbersNotAsked(t *testing.T) {
	an := analyseText(t, `Two men stole watches worth 80,000 pounds from a shop in Castleford on Thursday.

Anyone with information is asked to call police on 101 or the charity Crimestoppers.

The new phone cost 500 pounds, the shop said.`)
	asked := map[string]bool{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindNumber {
			asked[c.answer] = true
		}
		if c.sent == 1 {
			t.Errorf("the appeal is asked about: %q", c.q.Prompt)
		}
	}
	for _, tc := range []struct {
		number string
		want   bool
	}{
		{"101", false},
		{"500", true},
		{"80,000", true},
	} {
		if got := asked[tc.number]; got != tc.want {
			t.Errorf("%s asked: %v, want %v (asked %v)", tc.number, got, tc.want, asked)
		}
	}
}

// TestOneOfAGroupIsOutOfContext: "One was about six feet tall" stands for
// one of a group named before, and "The part" for a thing named before, so
// no question quotes them.
func TestOneOfAGroupIsOutOfContext(t *testing.T) {
	an := analyseText(t, `Two men robbed a jewellery shop in Leeds on Monday, police said.

One was about six feet tall and wore a dark helmet.

Another said the shop had been robbed 14 times.

One man was arrested in Bristol on Tuesday.

The part is now made in Leeds by Harlan Tools.`)
	got := map[int]int{}
	for _, c := range an.makeCandidates() {
		got[c.sent]++
	}
	for _, tc := range []struct {
		sent int
		want bool
	}{
		{1, false},
		{2, false},
		{3, true},  // "One man": the noun says who
		{4, false}, // "The part": which part?
	} {
		if (got[tc.sent] > 0) != tc.want {
			t.Errorf("sentence %d has %d candidates, want some: %v", tc.sent, got[tc.sent], tc.want)
		}
	}
}

// TestOrgSwapKeepsItsKind: a false statement swaps a company for a
// company, never for a union of states.
func TestOrgSwapKeepsItsKind(t *testing.T) {
	an := analyseText(t, `Brightwell, the British maker of heating systems, has agreed to be bought by the American firm Corbin Industries for 2.1 billion pounds.

The deal needs the approval of the European Union and of regulators in the UK.

Analysts said the European Union would take six months to decide.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.sent == 0 && strings.Contains(c.q.Prompt, "European Union") {
			t.Errorf("a union of states swapped for a company: %q", c.q.Prompt)
		}
	}
	for _, tc := range []struct{ name, want string }{
		{"the European Union", "gov"},
		{"Bank of Japan", "central"}, // a central bank, offered beside no firm
		{"Reserve Bank of India", "central"},
		{"European Central Bank", "central"},
	} {
		if got := orgClass(tc.name); got != tc.want {
			t.Errorf("orgClass(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestWhereQuestionStopsAtSecondVerb: "was built … in Italy and weighs…"
// asks where it was built, without the second verb phrase.
func TestWhereQuestionStopsAtSecondVerb(t *testing.T) {
	an := analyseText(t, `A new weather satellite was launched from French Guiana on Thursday.

The satellite was built by Orvane Space in Italy and weighs about 2,300 kilograms.`)
	var got []string
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhere && c.sent == 1 {
			got = append(got, c.q.Prompt)
		}
	}
	want := "Where was the satellite built by Orvane Space?"
	if len(got) != 1 || got[0] != want {
		t.Errorf("where-questions = %q, want [%q]", got, want)
	}
}

// TestItsOwnerNotGuessedPastAnUntypedName: "Arianespace, which runs
// launches for the European Space Agency, said… Its chief executive…": the
// owner may be the name of no known kind, so no question names the agency.
func TestItsOwnerNotGuessedPastAnUntypedName(t *testing.T) {
	an := analyseText(t, `Europe's rocket returned to flight on Thursday from French Guiana.

Orvalle, which runs launches for the European Space Agency, said the flight was flawless.

Its chief executive, David Marcel, said the rocket would fly three more times next year.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 2 && strings.Contains(c.q.Prompt, "European Space Agency") {
			t.Errorf("the owner guessed: %q", c.q.Prompt)
		}
	}
}

// TestAgeDescriptionNamesThePerson: "The 24-year-old from Bristol also
// won…" after a sentence about one person is about that person; after a
// sentence about two it is about neither.
func TestAgeDescriptionNamesThePerson(t *testing.T) {
	an := analyseText(t, `Singer Maya Kerr won album of the year at the awards in London on Saturday.

The 24-year-old from Bristol also won the award for best pop act.

Rapper Kofi Ansah and singer Lena Voss shared the stage at the end.

The 31-year-old also won best new act.`)
	tests := []struct {
		sent int
		want string
	}{
		{1, "Maya Kerr"},
		{3, ""},
	}
	for _, tt := range tests {
		_, _, got := an.descReferent(&an.sents[tt.sent])
		if got != tt.want {
			t.Errorf("sentence %d: referent %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// TestRegionOfPlaceNotSwapped: "from Wembley, London" never becomes
// "Wembley, New York" in a false statement, nor "from Wembley, _____".
func TestRegionOfPlaceNotSwapped(t *testing.T) {
	an := analyseText(t, `A man held in Cuba for two years plans to sue the government.

Ali Rahman, from Wembley, London, said he had been held in Cuba without charge.

He was arrested in Zambia in 2002 and flown to Cuba, his lawyer in Paris said.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.sent == 1 && strings.Contains(c.q.Prompt, "Wembley,") && !strings.Contains(c.q.Prompt, "Wembley, London") {
			t.Errorf("the region swapped: %q", c.q.Prompt)
		}
		if c.answer == "London" {
			t.Errorf("the region asked: %q", c.q.Prompt)
		}
	}
}

// TestAboutItIsOutOfContext: "stopped short of revealing anything about
// it" leaves "it" to the sentence before.
func TestAboutItIsOutOfContext(t *testing.T) {
	an := analyseText(t, `Omar Vale will appear in two films next year, including a space epic.

Vale stopped short of revealing anything about it.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 1 {
			t.Errorf("asked out of context: %q", c.q.Prompt)
		}
	}
}

// TestSetScoresAreNoRange: "6-4 3-6 6-2" are set scores, which a statement
// may quote; two plain numbers side by side are still a range that lost
// its dash.
func TestSetScoresAreNoRange(t *testing.T) {
	an := analyseText(t, `Ann Lee beat Kim Roe 6-4 3-6 6-2 to reach the final in Leeds.

Programmes cost 100 120 euros at the gate in Leeds.`)
	for _, tc := range []struct {
		sent int
		want bool
	}{{0, true}, {1, false}} {
		s := &an.sents[tc.sent]
		_, ok := an.statementPlan(s, 0, 1)
		if ok != tc.want {
			t.Errorf("sentence %d %q: statement %v, want %v", tc.sent, s.text, ok, tc.want)
		}
	}
}

// TestTrailingItSaid: "…, it added" after the fact is cut, as "…, he said"
// is when the speaker is not sure: "it" would point outside the statement.
func TestTrailingItSaid(t *testing.T) {
	an := analyseText(t, `The trade office filed a complaint in May.

Small firms in Ohio were the worst hit by the rules, it added.`)
	s := &an.sents[1]
	p, ok := an.statementPlan(s, 0, 2)
	if !ok {
		t.Fatal("no statement")
	}
	if got, want := p.render(s), "Small firms in Ohio were the worst hit by the rules."; got != want {
		t.Errorf("statement %q, want %q", got, want)
	}
}

// TestEllipticalClauseIsNotQuoted: "just 58.5% were, and…" leaves out what
// they were; the statement would not stand alone, nor would "…while May,
// once a coach at Toledo, did not", nor "…while May." cut from it.
// A capitalised "May" is a name, not the verb.
func TestEllipticalClauseIsNotQuoted(t *testing.T) {
	an := analyseText(t, `The target is for 92% of patients to be treated within 18 weeks.

In September, just 58.5% were, and the target has not been met since 2016.

Holtz backed Ohio State while May, once a coach at Toledo, did not.

Holtz backed Ohio State while May, once a coach at Toledo, backed Michigan.`)
	for _, tc := range []struct {
		sent int
		want bool
	}{{1, false}, {2, false}, {3, true}} {
		s := &an.sents[tc.sent]
		p, ok := an.statementPlan(s, 0, 1)
		if ok != tc.want {
			t.Errorf("sentence %d %q: statement %v (%q), want %v", tc.sent, s.text, ok, p.render(s), tc.want)
		}
		if ok && !strings.HasSuffix(p.render(s), "backed Michigan.") {
			t.Errorf("sentence %d %q: statement %q", tc.sent, s.text, p.render(s))
		}
	}
}

// TestAsideWithAList: a "which" aside that holds a list ends where the
// main verb resumes, not at the list's first comma.
func TestAsideWithAList(t *testing.T) {
	an := analyseText(t, `The book, which contains 62 drawings of castles, lochs and mountains and many pages of notes about the journey, was bought by the National Galleries of Scotland for £1.1m last year.`)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "£1.1m")]
	p, ok := an.statementPlan(s, m.t0, m.t1)
	if !ok {
		t.Fatal("no statement")
	}
	if got, want := p.render(s), "The book was bought by the National Galleries of Scotland for £1.1m last year."; got != want {
		t.Errorf("statement %q, want %q", got, want)
	}
}

// TestStatementKeepsAttachedBrackets drops a bracketed aside ("(£4m)") but
// keeps a bracket written onto a word, which is part of the word's name:
// "lipoprotein(a)".
func TestStatementKeepsAttachedBrackets(t *testing.T) {
	text := `Heart trial

About one in five people have high levels of lipoprotein(a) in their blood.

The trial cost £3m ($4m) and ran for 30 months.`
	checkPlans(t, text, []planCase{
		{0, "five", "About one in five people have high levels of lipoprotein(a) in their blood."},
		{1, "30", "The trial cost £3m and ran for 30 months."},
	})
}

// TestStatementKeepsWholeList: a statement cut short for length never
// stops inside a list, whose items together make the claim.
func TestStatementKeepsWholeList(t *testing.T) {
	text := `Ferry trial

Among the passengers on the new ferry, 8.2% had a headache, a cold or felt seasick during the crossing, compared with 10.3% of those on the old ferry in the same month.`
	checkPlans(t, text, []planCase{
		{0, "8.2", "Among the passengers on the new ferry, 8.2% had a headache, a cold or felt seasick during the crossing."},
	})
}

// TestBoundedFiguresSwapTheFalseWay: "more than 80" is still true of any
// smaller figure, so a false statement moves a bounded figure the way that
// makes it false: higher after "more than", "at least" or "up to" (a
// cap), lower after "fewer than".
func TestBoundedFiguresSwapTheFalseWay(t *testing.T) {
	an := analyseText(t, `The fire at the Harbex depot burned for 11 hours and needed more than 80 firefighters to bring it under control.

Under the new rules, the council can fine a landlord up to 40% of a year's rent.

The flood damaged at least 300 homes in Dunmere and closed the old bridge.

Fewer than 20 boats sailed from the port of Skerra in the whole of March.

After a two-week trial in Manhattan, the jury took less than three hours to find in Thornton's favour. Ed Thornton said he was relieved.`)
	for _, tc := range []struct {
		bound string
		key   float64
		side  int
	}{{"more than ", 80, 1}, {"up to ", 40, 1}, {"at least ", 300, 1}, {"fewer than ", 20, -1}, {"less than ", 3, -1}} {
		found := false
		for _, c := range an.makeCandidates() {
			if c.q.Kind != KindTrueFalse || c.q.Answer != 1 || !strings.Contains(c.q.Prompt, tc.bound) {
				continue
			}
			rest := c.q.Prompt[strings.Index(c.q.Prompt, tc.bound)+len(tc.bound):]
			v, ok := optionValue(strings.Fields(rest)[0])
			if !ok || v == tc.key {
				continue // another figure of the sentence was swapped
			}
			found = true
			if (v-tc.key)*float64(tc.side) <= 0 {
				t.Errorf("false statement %q is true by the article", c.q.Prompt)
			}
		}
		if !found && tc.side > 0 {
			t.Errorf("no false statement moves the figure after %q", tc.bound)
		}
	}
}

// TestNoBlankInsideAName: a place that ends a name ("Airlines for
// America") is neither blanked nor swapped.
func TestNoBlankInsideAName(t *testing.T) {
	an := analyseText(t, `Flights from Canada and Mexico were delayed by airlines on Monday.

Airlines for America, the industry's main trade group, said it supported the bill on Monday.`)
	found := false
	for _, c := range an.makeCandidates() {
		found = found || strings.Contains(c.q.Prompt, "Canada")
		if strings.Contains(c.q.Prompt, "for _____") || strings.Contains(c.q.Prompt, "Airlines ") && !strings.Contains(c.q.Prompt, "Airlines for America") {
			t.Errorf("question breaks the name: %q", c.q.Prompt)
		}
	}
	if !found {
		t.Errorf("no question on the countries at all")
	}
}

// TestCountryOptionsTakeThe: a country offered where the key has no "the"
// gets its own ("Flights from the US"), in a blank and in a false
// statement.
func TestCountryOptionsTakeThe(t *testing.T) {
	an := analyseText(t, `Flights from Canada were delayed by the storm on Monday.

Officials in Mexico said the airports would reopen.`)
	found := false
	for _, c := range an.makeCandidates() {
		p := c.q.Prompt + " " + strings.Join(c.q.Options, " | ")
		for _, bad := range []string{"from US ", "from UK ", "| US", "| UK", "in US ", "in UK "} {
			if strings.Contains(p+" ", bad) {
				t.Errorf("a country without its \"the\": %q %q", c.q.Prompt, c.q.Options)
			}
		}
		found = found || strings.Contains(p, "the US") || strings.Contains(p, "the UK")
	}
	if !found {
		t.Errorf("no option or statement offers the US or the UK")
	}
}

// TestDistrictNotSwappedForItsCity: a district the lists do not know,
// named after the city the lead sets the story in, may lie in that city:
// "found burned out in Birmingham" would be true of Handsworth.
func TestDistrictNotSwappedForItsCity(t *testing.T) {
	an := analyseText(t, `Three men who raided a jewellery shop in Birmingham have been jailed.

The gang escaped on motorbikes that were found burned out in Handsworth later that day.

Two of the men were arrested in Leeds and one in Glasgow.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "burned out in Birmingham") {
			t.Errorf("false statement may be true: %q", c.q.Prompt)
		}
		if strings.Contains(c.q.Prompt, "burned out in _____") && slices.Contains(c.q.Options, "Birmingham") {
			t.Errorf("option Birmingham may be right: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestBlankTakesRoleAndArticle: a blank over a name with its role takes
// the article before the role too ("The actor Hugh Grant called it…"
// asks "_____ called it…", not "The _____ called it…").
func TestBlankTakesRoleAndArticle(t *testing.T) {
	an := analyseText(t, `Tim Cook said the tablet was the most powerful of its kind.

Carolina Milanesi said the tablet had had a tough few years.

The actor Hugh Grant called the advert "the destruction of the human experience".`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.sent != 2 || c.q.Kind != KindCloze || c.answer != "Hugh Grant" {
			continue
		}
		found = true
		if !strings.HasPrefix(c.q.Prompt, "_____ called") {
			t.Errorf("blank %q, want it to open with the blank", c.q.Prompt)
		}
	}
	if !found {
		t.Errorf("no blank on Hugh Grant")
	}
}

// TestCourtAndPoliceNotSwapped: a court is never swapped for a police
// force, nor a force for a court.
func TestCourtAndPoliceNotSwapped(t *testing.T) {
	an := analyseText(t, `Three men who raided a jewellery shop were jailed at Birmingham Crown Court on Friday.

Det Insp Sarah Ward of West Midlands Police said the gang had been caught.

Leeds City Council and Harbex Bank said they welcomed the sentences.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "at West Midlands Police") || strings.Contains(c.q.Prompt, "Ward of Birmingham Crown Court") {
			t.Errorf("absurd swap: %q", c.q.Prompt)
		}
	}
}

// TestShortClaimNotSwapped: a short claim about one person ("Mercer never
// married.") said of another is not surely false by the article.
func TestShortClaimNotSwapped(t *testing.T) {
	an := analyseArticle(t, `Jean Mercer, pioneering marine biologist, dies aged 91

Jean Mercer, the marine biologist whose work led to the protection of seagrass meadows around Britain's coasts, has died at the age of 91.

Her family said she died peacefully at her home in Plymouth on Saturday.

Born in Aberdeen in 1933, Mercer studied zoology at the University of Edinburgh and joined the Marine Biological Association in Plymouth in 1958. She was one of only two women on its scientific staff at the time.

In the 1970s she showed that seagrass, which had been dying off since the 1930s, provided nurseries for young fish such as cod and plaice. Her research persuaded the government to create the first protected seagrass areas in 1986.

She was made an OBE in 1995 and received the Royal Society's Darwin Medal in 2001.

Colleagues remembered her as a patient teacher who took students snorkelling in the sea at Wembury well into her seventies. "Jean taught three generations of us to look closely," said Professor Willie Wilson, the association's former director.

Mercer never married. She is survived by her nephew, Andrew, and two nieces.

Her funeral will be held at Plymouth's Minster Church of St Andrew on 14 March.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 && strings.Contains(c.q.Prompt, "never married") {
			t.Errorf("unsure false statement: %q", c.q.Prompt)
		}
	}
}

// TestRegulatorNotOfferedForAFirm: a regulator ("the Competition and
// Markets Authority") is no option where a firm is asked.
func TestRegulatorNotOfferedForAFirm(t *testing.T) {
	an := analyseText(t, `The games company Halcyon is cutting 1,900 jobs after it was bought by the technology giant Meridian.

The UK's Competition and Markets Authority had first blocked the deal.

Analysts at the research firm Ampere said the cuts were larger than expected.

Halcyon makes some of the world's best-selling games, including the Starfall series.`)
	for _, c := range an.makeCandidates() {
		if c.answer == "Halcyon" && slices.Contains(c.q.Options, "Competition and Markets Authority") {
			t.Errorf("a regulator offered as a games maker: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoCountryBlankBesideItsCity: "A hospital in Cardiff has opened the
// first unit in _____" gives Wales away to anyone with a map, and "the
// first unit in England" beside Cardiff is false by the map alone.
func TestNoCountryBlankBesideItsCity(t *testing.T) {
	an := analyseText(t, `A hospital in Cardiff has opened the first unit in Wales where robots help surgeons.

Similar units already run in England, Scotland and Ireland.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 0 && (strings.Contains(c.q.Prompt, "unit in _____") || c.q.Kind == KindTrueFalse && !strings.Contains(c.q.Prompt, "unit in Wales")) {
			t.Errorf("the city gives the country away: %q", c.q.Prompt)
		}
	}
}

// TestStatementKeepsListOfDeeds: "who leapt, grabbed and then dropped the
// ball" is one list of deeds; a statement cut for length does not stop
// after its first verb, nor take ", who leapt," out as an aside.
func TestStatementKeepsListOfDeeds(t *testing.T) {
	text := `Late drama at the Oval

A simple chance went begging when Okafor was on 22 and failed to clear a drive off Brandt that flew high towards Daniel Hughes at cover, who leapt, grabbed and then dropped the ball as the crowd groaned.`
	checkPlans(t, text, []planCase{
		{0, "22", "A simple chance went begging when Okafor was on 22 and failed to clear a drive off Brandt that flew high towards Daniel Hughes at cover."},
	})
}

// TestRangeEndsAndNearPlacesNotSwapped: "cancelled between May and July"
// changed to "between February and July" holds the same claim, and "near
// Carmont" changed to "near Stonehaven", a town away, is no clear
// falsehood: neither is made a false statement. The options for an end of
// a range within a year stay on its side of the other end.
func TestRangeEndsAndNearPlacesNotSwapped(t *testing.T) {
	an := analyseArticle(t, `Rail firm fined

More than 310,000 journeys on the line were cancelled or cut short between May and July, the regulator said on Thursday.

A train from Aberdeen to Glasgow hit a landslide near Carmont in Aberdeenshire in August 2020, killing three people.

The line reopened in Stonehaven and Montrose a year later.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 && (c.fact == "vmay@0" || c.fact == "vjuly@0" || c.answer == "Carmont") {
			t.Errorf("false statement on a range end or a near place: %q", c.q.Prompt)
		}
	}
	for _, tc := range []struct {
		key      string
		before   bool
		otherEnd int
	}{
		{"May", true, monthIndex("July")},
		{"July", false, monthIndex("May")},
	} {
		_, got := threeOptions(t, an, 0, tc.key)
		for _, g := range got {
			if k := monthIndex(g); tc.before && k >= tc.otherEnd || !tc.before && k <= tc.otherEnd {
				t.Errorf("%s: option %s crosses the range's other end", tc.key, g)
			}
		}
	}
}

// TestJournalNotSwappedForABody: a journal is a publication, so a false
// statement never has it ask a team to report on protecting a site.
func TestJournalNotSwappedForABody(t *testing.T) {
	an := analyseArticle(t, `Drowned forest found

Divers found the stumps of a drowned forest in Loch Garve, said Fiona MacLeod of the University of Aberdeen.

Historic Environment Scotland has asked the team to report on whether the remains need protection from boats.

Results will be published in the Journal of Quaternary Science next year.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "Journal of Quaternary Science has asked") {
			t.Errorf("a journal swapped for a body: %q", c.q.Prompt)
		}
	}
}

// TestChamberNotSwappedForItsLegislature: a vote of the Senate is in a
// sense a vote of Congress, so neither is offered for the other.
func TestChamberNotSwappedForItsLegislature(t *testing.T) {
	an := analyseArticle(t, `Senate passes bill

The US Senate has voted 68 to 31 to ban its members from trading shares, said Maria Delgado.

Public trust in Congress was at a historic low, said Tom Hadley.`)
	for _, c := range an.makeCandidates() {
		if c.answer == "US Senate" && (slices.Contains(c.q.Options, "Congress") || strings.Contains(c.q.Prompt, "Congress has voted")) {
			t.Errorf("Congress offered for the Senate: %q %q", c.q.Prompt, c.q.Options)
		}
	}
	for _, tc := range []struct {
		part, whole string
		want        bool
	}{
		{"US Senate", "Congress", true},
		{"the House of Commons", "Parliament", true},
		{"Congress", "US Senate", false},
		{"Barclays", "Parliament", false},
		{"WHO", "UN", true}, // an agency of the UN: "the UN said" is true too
	} {
		if got := partOfBody(tc.part, tc.whole); got != tc.want {
			t.Errorf("partOfBody(%q, %q) = %v, want %v", tc.part, tc.whole, got, tc.want)
		}
	}
}

// TestPresentVerb: "Zenvolt expects to sell" has a present verb, but
// "would require lawmakers to put their investments…" has the verb's
// object, which is also what "their" stands for: the statement stands
// alone.
func TestPresentVerb(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"Zenvolt expects to sell more chargers.", "expects", true},
		{"The firm plans to cut 40 jobs.", "plans", true},
		{"The bill would require lawmakers to put their shares in a trust.", "lawmakers", false},
		{"The games sold well.", "games", false},
	} {
		toks := tokenize(tc.text)
		k := slices.IndexFunc(toks, func(x tok) bool { return x.low == tc.word })
		if got := presentVerb(toks, k); got != tc.want {
			t.Errorf("presentVerb(%q, %q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
	an := analyseArticle(t, `Senate passes bill to ban stock trading

The bill would require lawmakers to put their investments in a blind trust within 180 days.`)
	if s := &an.sents[0]; an.outsideRef(s, 0, len(s.toks), nil) {
		t.Errorf("%q points outside", s.text)
	}
}

// TestNamedBodyEndingInS: "Brightsteps … its five centres": a body's name
// ending in s is still what "its" stands for.
func TestNamedBodyEndingInS(t *testing.T) {
	an := analyseArticle(t, `Charity boss jailed

Graham Pell ran the charity Brightsteps for 11 years, said Helen Ward.

Brightsteps was forced to close three of its five centres and cut 40 jobs.`)
	if s := &an.sents[1]; an.outsideRef(s, 0, len(s.toks), nil) {
		t.Errorf("%q points outside", s.text)
	}
}

// TestTrailingEventAndExamples: "fell 6% in Hong Kong after the
// announcement" is asked without the announcement an earlier sentence
// told, and an example after "including" is never swapped for a false
// statement (the article gives examples, not the whole list).
func TestTrailingEventAndExamples(t *testing.T) {
	checkPlans(t, `Charger recall

Shares in Zenvolt fell 6% in Hong Kong after the announcement.

A lawyer, Joao Mendes, said at least 12 other women had come forward since the case was reported.`, []planCase{
		{0, "6", "Shares in Zenvolt fell 6% in Hong Kong."},
		{1, "12", "A lawyer, Joao Mendes, said at least 12 other women had come forward."},
	})
	an := analyseArticle(t, `Charger recall

The chargers were sold through online shops including Amazon, said Ann Lee of the firm Zenvolt.

Rivals such as Apple and Google were not affected, said Tom Reed.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 && c.answer == "Amazon" {
			t.Errorf("an example swapped: %q", c.q.Prompt)
		}
	}
}

// TestCountryKeyAsWritten: "hedgehogs in rural Britain" keeps "Britain" as
// its key, not the list's "UK" ("in rural UK" reads wrong).
func TestCountryKeyAsWritten(t *testing.T) {
	an := analyseArticle(t, `Hedgehog numbers fall

The number of hedgehogs in rural Britain has fallen by half since 2000, said Fay Vass.

Numbers in France and Ireland are also falling, said Tom Reed.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindCloze && strings.Contains(c.q.Prompt, "rural _____") {
			found = true
			if key := c.q.Options[c.q.Answer]; key != "Britain" {
				t.Errorf("key %q, want Britain", key)
			}
		}
	}
	if !found {
		t.Errorf("no question on the country")
	}
}

// TestNameNotPutInTwice: "Her agent said she died in Brighton" becomes
// "Margaret Lowe's agent said she died…", not "… said Margaret Lowe died".
func TestNameNotPutInTwice(t *testing.T) {
	checkPlans(t, `Actor Margaret Lowe dies

Margaret Lowe, the actor best known for the drama Chalk Hill, has died at the age of 87.

Her agent said she died peacefully at her home in Brighton on Sunday.`, []planCase{
		{1, "Brighton", "Margaret Lowe's agent said she died peacefully at her home in Brighton on Sunday."},
	})
}

// TestSwapNotTrueElsewhere: "scooters are set to be a big seller in 2026"
// may not be made false as "in 2027" when a quote says scooters "will be
// really big in 2027"; "in 2025", which no other sentence speaks of, may.
func TestSwapNotTrueElsewhere(t *testing.T) {
	an := analyseArticle(t, `Scooter boom ahead

Electric scooters are set to be a big seller in 2026, according to shop owners at the cycle fair in Leeds.

"Scooters will find their feet in 2026, and will be really big in 2027," said Dana Holt.

About 40,000 people are expected at the fair in Leeds, which runs until 9 March.`)
	s := &an.sents[0]
	for _, tc := range []struct {
		swap, key string
		want      bool
	}{
		{"2027", "2026", true},
		{"2025", "2026", false},
		{"Manchester", "Leeds", false},
	} {
		if got := an.echoedElsewhere(s, tc.swap, tc.key); got != tc.want {
			t.Errorf("echoedElsewhere(%q for %q) = %v, want %v", tc.swap, tc.key, got, tc.want)
		}
	}
}

// TestRankedNumberIsNoBackReference: "the two sides" points to an earlier
// sentence, "the nine largest banks" says which banks it means.
func TestRankedNumberIsNoBackReference(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The committee found that the nine largest banks had suffered 158 IT failures over two years.", false},
		{"The committee found that the two sides had suffered 158 IT failures over two years.", true},
	} {
		an, s := firstSent(t, tc.text, 0)
		if got := an.outsideRef(s, 0, len(s.toks), nil); got != tc.want {
			t.Errorf("outsideRef(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoWhereQuestionOnHalfAPair: "declared an emergency in Los Angeles
// and Ventura counties" asks no "Where did … declare an emergency and
// Ventura counties?".
func TestNoWhereQuestionOnHalfAPair(t *testing.T) {
	an := analyseArticle(t, `Wildfire spreads

Governor Gavin Newsom declared a state of emergency in Los Angeles and Ventura counties on Friday night.

Crews from Chicago, Las Vegas and New York were sent to help, said Anthony Marrone.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhere && strings.Contains(c.q.Prompt, "and Ventura") {
			t.Errorf("where-question on half a pair: %q", c.q.Prompt)
		}
	}
}

// TestAsideRunningToTheEnd: an aside whose closing comma is followed by a
// phrase with no verb of its own (", one of Egypt's wealthiest pharaohs")
// runs to the end of the sentence and goes whole; a name set off by
// commas keeps its closing comma when an aside after it goes; no cut
// falls inside a relative clause; an opening that points back ("Under the
// plan,") goes before a bare noun and its verb.
func TestAsideRunningToTheEnd(t *testing.T) {
	const text = `Tomb of scribe found

Archaeologists working near Luxor have found a tomb that is more than 3,000 years old, officials said on Monday.

The tomb belonged to a man named Nebamun, who kept the royal granaries during the reign of Amenhotep III, one of the wealthiest pharaohs of ancient Egypt.

The council's new director, Tricia Tuttle, who took over the post last year after a long search, said the find was important for the history of the whole region.

Mark Osei, who had led the dig at the site for the previous two summers, hit back at critics of the 2023 season and its slow start.

The messages, published by the Sunday Times, showed Ms Forsyth asking officials in March whether the contract could go to Leyton Rail Services, whose chief executive, Mark Bishop, she had known since university.

Under the plan, staff will work 32 hours a week instead of 37 from April.

Under the bill, lawmakers would have 180 days after it becomes law to sell their shares or place them in a blind trust run by an independent manager.

The bill's lead sponsor, State Rep. Dale Kowalczyk, a Republican from Marathon County, said small rural districts could wait 20 minutes or more for deputies to arrive.`
	checkPlans(t, text, []planCase{
		{7, "20", "The bill's lead sponsor, State Rep. Dale Kowalczyk, said small rural districts could wait 20 minutes or more for deputies to arrive."},
		{1, "Nebamun", "The tomb belonged to a man named Nebamun."},
		{2, "Tricia", "The council's new director, Tricia Tuttle, said the find was important for the history of the whole region."},
		{3, "2023", "Mark Osei hit back at critics of the 2023 season and its slow start."},
		// An opening that points back goes before a bare noun and its verb.
		{5, "32", "Staff will work 32 hours a week instead of 37 from April."},
		{6, "180", "Under the bill, lawmakers would have 180 days after it becomes law to sell their shares or place them in a blind trust run by an independent manager."}, // "it" is the bill
		// No cut inside a relative clause that has not reached its verb.
		{4, "March", "The messages, published by the Sunday Times, showed Ms Forsyth asking officials in March whether the contract could go to Leyton Rail Services, whose chief executive, Mark Bishop, she had known since university."},
	})
}

// TestNoCutInsideASecondClause: a cut after the fact never ends a second
// clause ("…, but Hallam, cheered on by a crowd of 18,204,") before its
// verb; "respectively" with nothing before it to pair with is not asked.
func TestNoCutInsideASecondClause(t *testing.T) {
	const text = `Hallam come back to win

The visitors led at the break through Sam Okoro's 31st-minute header from a corner, but Hallam, cheered on by a crowd of 18,204 at the Riverside Ground in the town, turned the game after two substitutes were introduced on the hour.

Weight fell by 4.1kg and 1.3kg respectively.

Men and women in the trial lost 4.1kg and 1.3kg respectively.`
	checkPlans(t, text, []planCase{
		{0, "18,204", ""},
		{1, "4.1kg", ""},
		{2, "4.1kg", "Men and women in the trial lost 4.1kg and 1.3kg respectively."},
	})
}

// TestNoSureHeAfterAnotherHe: "But he made 49 errors" after a sentence
// that speaks of an unnamed "he" and names another man only in passing
// ("to Ruiz's 44") is no sure "he".
func TestNoSureHeAfterAnotherHe(t *testing.T) {
	an := analyseArticle(t, `Ruiz beats Cole to win title

Marco Ruiz of Spain won his first title on Sunday, beating Australia's Tom Cole in four sets.

Cole was gracious in defeat.

His serve was the fastest of the tournament, and he hit 52 winners to Ruiz's 44.

But he made 49 unforced errors, 18 of them in the fourth set alone.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 3 && strings.Contains(c.q.Prompt, "Ruiz") {
			t.Errorf("prompt gives the errors to Ruiz: %q", c.q.Prompt)
		}
	}
}

// TestNoCutBeforeTheVerbResumes: a cut never falls at the comma that closes
// an aside when the clause's verb follows it ("the firm, which was founded
// by …, had set…"); a place named for someone ("Sir Ian Dunmore's Quay") is
// no person.
func TestNoCutBeforeTheVerbResumes(t *testing.T) {
	const text = `Regulator fines app maker

The regulator said on Tuesday that the Leeds-based firm, which was founded in 2016 by the former bank engineers Ann Lee and Tom Reed, had set the accounts of users aged 13 to 17 to public by default for two whole years.

The firm, whose offices are on Sir Ian Dunmore's Quay in Hull, said it would appeal against the ruling, said Jo Marsh.`
	checkPlans(t, text, []planCase{
		{0, "Reed", ""},
	})
	an := analyseArticle(t, text)
	wantTypes(t, an, map[string]etype{"Sir Ian Dunmore's Quay": eSite})
	if id := entByName(an, "Ian Dunmore"); id >= 0 {
		t.Errorf("Ian Dunmore is an entity: %+v", an.ents[id])
	}
}

// TestProfilePronounsAfterAnOpening: in an obituary, a "she" after an
// opening phrase stands for the woman it is about, even far from her name
// and though a name of unknown kind follows the pronoun ("the Ross Ice
// Shelf"); "In 1999 she led…" has no opening up to a later comma.
func TestProfilePronounsAfterAnOpening(t *testing.T) {
	an := analyseArticle(t, `Botanist Ann Marlow dies aged 91

Dame Ann Marlow, the botanist whose field surveys mapped hundreds of rare orchids across the Scottish islands, has died aged 91.

Born in Perth in 1933, Marlow studied botany at the University of Aberdeen, said Tom Reed.

She later recalled that she had been one of two women in a class of 48.

After a doctorate in Edinburgh, she joined a survey of the Ross Ice Shelf in 1961.

Colleagues were sceptical of her maps.

Her catalogue had grown to 77 sites by 1996.

From 1990 to 1996 she chaired a national panel that has since funded more than 400 studies.

In 1999 she led the team that found a lost orchid on a hill farm, a small croft near Oban that is now a reserve.`)
	want := map[int]string{
		3: "After a doctorate in Edinburgh, Ann Marlow joined",
		6: "From 1990 to 1996 Ann Marlow chaired",
	}
	got := map[int]bool{}
	for _, c := range an.makeCandidates() {
		if c.sent == 7 && !strings.Contains(c.q.Prompt, "Ann Marlow led") {
			t.Errorf("the opening was cut at the wrong comma: %q", c.q.Prompt)
		}
		if w, ok := want[c.sent]; ok && strings.Contains(c.q.Prompt, w) {
			got[c.sent] = true
		}
	}
	for si, w := range want {
		if !got[si] {
			t.Errorf("sentence %d: no question with %q", si, w)
		}
	}
}

// TestAsideBeforeAnAdverbAndVerb: a "who" aside ends where the main verb
// resumes behind an adverb ("Talbot, who is Reed's cousin, later drove…").
func TestAsideBeforeAnAdverbAndVerb(t *testing.T) {
	const text = `Two guilty of murder

Lewis Talbot, who is Tom Reed's cousin, later drove the two men to an address in Walsall and helped them dispose of their clothing, the court heard.`
	checkPlans(t, text, []planCase{
		{0, "Talbot", "Lewis Talbot later drove the two men to an address in Walsall and helped them dispose of their clothing, the court heard."},
	})
}

// TestSwapEndingInAFullStop: a name ending in a full stop, swapped in at
// the end of a statement, ends it once ("…Lines Inc.", not "Inc..").
func TestSwapEndingInAFullStop(t *testing.T) {
	an := analyseText(t, `The suit was brought by the Leeds law firm Okafor & Reyes.`)
	s := &an.sents[0]
	k := len(s.toks) - 4 // "Okafor"
	p, ok := an.statementPlan(s, k, k+3)
	if !ok {
		t.Fatal("no statement")
	}
	got := p.render(s, rep{s.toks[k].start, s.toks[k+2].end, "Harbex Lines Inc."})
	if want := "The suit was brought by the Leeds law firm Harbex Lines Inc."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCourtNamesAndThinStatements: middle initials stay in a name ("John G.
// Roberts Jr."), "Justices" is a title, no statement ends on "and" before a
// cut, one as thin as "_____ agreed." is not made, and an aside ends where
// a present verb resumes ("Barra, which has 1,200 people, relies…").
func TestCourtNamesAndThinStatements(t *testing.T) {
	const text = `Court strikes down crew rules

Justice Ann Pell wrote the majority opinion and was joined by Chief Justice John G. Roberts Jr. and Justices Clara Voss and Neil M. Gorsky.

Justice Tom Reed wrote the dissent, which was joined by Justices Sonia Marsh and Elena Kagan and, in part, by Justice Samuel A. Alito Jr.

Justice Pell agreed. "The law is plain," she wrote.

Barra, which has a population of about 1,200, relies heavily on tourism, with visitor numbers estimated at around 25,000 a year before the disruption began this summer.`
	an := analyseArticle(t, text)
	wantTypes(t, an, map[string]etype{"John G. Roberts Jr.": ePerson, "Clara Voss": ePerson, "Neil M. Gorsky": ePerson, "Sonia Marsh": ePerson})
	checkPlans(t, text, []planCase{
		{1, "Marsh", ""},
		{2, "Pell", ""},
		{4, "25,000", "Barra relies heavily on tourism, with visitor numbers estimated at around 25,000 a year before the disruption began this summer."},
	})
}

// TestAppositiveNotTheVerb: "…, Alhaji Tom Reed, praised the state
// government, saying…" keeps its verb: the words between the commas after
// the name are the clause, not an aside.
func TestAppositiveNotTheVerb(t *testing.T) {
	checkPlans(t, `Roads approved

Reacting, the chairman of the Harbour Local Government Area, Alhaji Tom Reed, praised the state government, saying the roads had been neglected for 12 years.`, []planCase{
		{0, "12", "Reacting, the chairman of the Harbour Local Government Area, Alhaji Tom Reed, praised the state government, saying the roads had been neglected for 12 years."},
	})
}

// TestNamedOnce: "In 1967 she became head coach, a post she held for 26
// years" puts her name in for the first "she" only.
func TestNamedOnce(t *testing.T) {
	checkPlans(t, `Swimming coach dies

Ada Pell, who won two gold medals at the 1958 Games, has died aged 86.

Her husband, the engineer Tom Pell, died in 2015.

In 1967 she became head coach of the Harbour Swimming Club, a post she held for 26 years.`, []planCase{
		{2, "26", "In 1967 Ada Pell became head coach of the Harbour Swimming Club, a post she held for 26 years."},
	})
}

// TestAsideInsideTheClause: "…to make sure vulnerable customers,
// including those on prepayment meters, were not left without help" is not
// cut at the aside's comma, which would leave "customers." with no verb.
func TestAsideInsideTheClause(t *testing.T) {
	an := analyseArticle(t, `Energy firm hit by attack

The energy regulator Ofgem said on Thursday that it was in close contact with Harbex Energy to make sure vulnerable customers, including those on prepayment meters, were not left without help for 30 hours.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "vulnerable customers.") {
			t.Errorf("cut: %q", c.q.Prompt)
		}
	}
}

// TestSwapKeepsTheOfAnOffice keeps "The" before a body swapped in whose
// name takes it ("The Information Commissioner's Office, part of GCHQ…")
// (testdata/energy-firm-cyber-attack.txt, a story written for the
// project).
func TestSwapKeepsTheOfAnOffice(t *testing.T) {
	b, err := os.ReadFile("testdata/energy-firm-cyber-attack.txt")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range analyseArticle(t, string(b)).makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "Information Commissioner's Office, part of GCHQ") {
			found = true
			if !strings.Contains(c.q.Prompt, "The Information") {
				t.Errorf("%q", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no false statement swaps in the Information Commissioner's Office")
	}
}

// TestNoCutBeforeTheOrder keeps what a body ordered when an aside about
// the one ordered comes between: no "…ordered the company, whose European
// office is in _____."
func TestNoCutBeforeTheOrder(t *testing.T) {
	an := analyseText(t, `The data regulator fined the AI company Lumora €212m on Tuesday, said Ann Lee.

The regulator also ordered the San Francisco-based company, whose European subsidiary is based in Dublin, to stop processing the data for training purposes within 30 days and to delete any models or datasets that could not be shown to comply with the law within 90 days.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 1 && strings.Contains(c.q.Prompt, "ordered") && !strings.Contains(c.q.Prompt, "to stop") {
			t.Errorf("cut: %q", c.q.Prompt)
		}
	}
}

// TestRelativeListToTheEnd: ", which the company blamed on lower volumes,
// higher energy costs and price pressure." is a clause that runs to the
// end, not an aside after which the sentence goes on.
func TestRelativeListToTheEnd(t *testing.T) {
	an := analyseArticle(t, `Brandt Kolbenwerk to cut 850 jobs

German car parts supplier Brandt Kolbenwerk will cut 850 jobs at its home plant, the company said on Monday.

Brandt Kolbenwerk reported revenue of 1.18 billion euros for last year, down 9 per cent on the previous year.

Its operating margin fell to 2.4 per cent from 4.7 per cent, which the company attributed to lower volumes, higher energy costs and price pressure from carmakers.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "per cent higher energy") || strings.Contains(c.q.Prompt, "_____ higher energy") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestCommaClosingAnOpenPhrase keeps the comma that closes "and, against
// the advice of her headmistress," when the aside after it goes.
func TestCommaClosingAnOpenPhrase(t *testing.T) {
	an := analyseText(t, `Margaret Holloway, who has died aged 86, founded a pump maker in Sheffield, said Tom Reed.

She showed an early aptitude for mathematics and, against the advice of her headmistress, who suggested she train as a secretary, won a place to study engineering at the University of Sheffield in 1956.`)
	found := false
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "headmistress") {
			found = true
			if !strings.Contains(c.q.Prompt, "headmistress,") {
				t.Errorf("%q", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no question on the place at Sheffield")
	}
}

// TestNoCutBeforeTheVerbAfterAnAside: "Members of the union employed by
// Pennine Network Rail Services, the contractor…, will stage strikes" has
// its verb after the aside; no statement ends at "employed by Pennine
// Network Rail Services" (testdata/rail-signallers-strike.txt, a story
// written for the project).
func TestNoCutBeforeTheVerbAfterAnAside(t *testing.T) {
	b, err := os.ReadFile("testdata/rail-signallers-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range analyseArticle(t, string(b)).makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "Pennine Network Rail Services.") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoCutInsideALongList: "will pass through Alder, Birch, Cedar and
// Dunmore districts" is one list, not cut after its first item.
func TestNoCutInsideALongList(t *testing.T) {
	an := analyseText(t, `The 238-km corridor, to be built in three phases over five years, will pass through Alder, Birch, Cedar and Dunmore districts and include 19 major bridges over rivers and tidal creeks, Works Minister Sarat Chandra Mohapatra told reporters after the cabinet meeting.`)
	if got, ok := slotStatement(t, an, 0, "five"); ok && strings.HasSuffix(got, "through Alder.") {
		t.Errorf("list cut after its first item: %q", got)
	}
}

// TestRelativeAsideRunningIntoAQuotation: ", which is being developed as
// a car-lite, "forest town" on…," goes on past its first comma; cut
// there, the statement would keep half of the clause.
func TestRelativeAsideRunningIntoAQuotation(t *testing.T) {
	an := analyseText(t, `Kestrel Vale, which is being developed as a car-lite, "garden town" on what was once an army training area in the west, is expected to have about 42,000 homes when fully built.`)
	if got, ok := slotStatement(t, an, 0, "42,000"); ok && strings.Contains(got, "Vale \"garden") {
		t.Errorf("half an aside left: %q", got)
	}
}

// slotStatement returns the statement that keeps the mention slot of
// sentence si, and whether there is one.
func slotStatement(t *testing.T, an *analysis, si int, slot string) (string, bool) {
	t.Helper()
	s := &an.sents[si]
	m := s.ments[mentionOf(t, s, slot)]
	plan, ok := an.statementPlan(s, m.t0, m.t1)
	return plan.render(s), ok
}

// TestNoStatementSpokenToTheReader: "There is a moment … when you find
// yourself facing a painting" is the writer speaking to the reader, no
// fact to state.
func TestNoStatementSpokenToTheReader(t *testing.T) {
	an := analyseText(t, `There is a moment, halfway through the Harbour Gallery's new show of Peg Dunmore, when you find yourself facing a painting nobody knew still existed.`)
	s := &an.sents[0]
	if p, ok := an.statementPlan(s, 0, len(s.toks)); ok {
		t.Errorf("a statement of the writer's address: %q", p.render(s))
	}
}

// TestNoTownSwappedBeforeItsState: "born in Duluth, Minnesota" is never
// "born in San Diego, Minnesota", nor "from Tobermory on Mull" "from Chicago
// on Mull"; and "She was 84." gives no statement of
// an age alone.
func TestNoTownSwappedBeforeItsState(t *testing.T) {
	an := analyseArticle(t, `Chemist Ada Rourke dies at 84

Ada Rourke, a chemist who studied rust, died on Sunday at her home in San Diego, California. She was 84.

Ada Rourke was born in Duluth, Minnesota, the second of three children of a ship's engineer.

She later worked in Chicago and Boston before moving west, her colleague Helen Marsh said.

A council spokesperson said staff had arranged for a chartered fishing boat to carry her ashes across from Tobermory on Mull on Saturday.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindTrueFalse {
			continue
		}
		if strings.Contains(c.q.Prompt, ", Minnesota") && !strings.Contains(c.q.Prompt, "Duluth, Minnesota") {
			t.Errorf("a town swapped before its state: %q", c.q.Prompt)
		}
		if strings.Contains(c.q.Prompt, " on Mull") && !strings.Contains(c.q.Prompt, "Tobermory on Mull") {
			t.Errorf("a town swapped before its island: %q", c.q.Prompt)
		}
		if strings.HasSuffix(c.q.Prompt, "was 84.") {
			t.Errorf("an age as a statement: %q", c.q.Prompt)
		}
	}
}

// TestCutStatementEndsOnce: a statement cut after "Inc." takes no second
// full stop.
func TestCutStatementEndsOnce(t *testing.T) {
	an := analyseText(t, `Lisa Roe works for Carver Freight Lines Inc., the haulier, after a spell at Harlan & Webb.`)
	s := &an.sents[0]
	p := stmtPlan{to: strings.Index(s.text, ","), cut: true}
	if got, want := p.render(s), "Lisa Roe works for Carver Freight Lines Inc."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoStatementCutBetweenAdjectives: "with a long, floating pass" is one
// phrase; a statement cut there would end "…turned the game with a long."
func TestNoStatementCutBetweenAdjectives(t *testing.T) {
	an := analyseText(t, `Raiders halfback Brody Callinan turned the game with a long, floating pass from a scrum 15 metres out, and Moala-Vake stepped inside his opposite number to score in the right corner after 74 minutes.`)
	s := &an.sents[0]
	plan, ok := an.statementPlan(s, 0, 4)
	if got := plan.render(s); ok && strings.HasSuffix(got, "with a long.") {
		t.Errorf("statement cut between adjectives: %q", got)
	}
}

// TestNoCutAfterAnAge: a long statement is not cut to "Among those waiting
// is Margaret Dunlop, 71.", which states an age and nothing else.
func TestNoCutAfterAnAge(t *testing.T) {
	an := analyseText(t, `Among those waiting is Margaret Dunlop, 71, a retired school secretary from Kirkcaldy, who was told in November 2023 that she needed a right hip replacement after years of pain in the joint.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.HasSuffix(c.q.Prompt, ", 71.") {
			t.Errorf("cut after an age: %q", c.q.Prompt)
		}
	}
}

// TestNoSwapBeforeAgeAndRole: "said Daniela Ferreira, 34, a nurse from
// Mississauga" keeps its name: another swapped in would take her age and
// trade.
func TestNoSwapBeforeAgeAndRole(t *testing.T) {
	an := analyseText(t, `Aviation analyst Rui Carvalhal said there was no evidence yet of a systemic problem.

"The captain came on and said very plainly that one engine had been turned off," said Daniela Ferreira, 34, a nurse from Mississauga travelling home after visiting family.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "said Rui Carvalhal, 34") {
			t.Errorf("a name swapped before another's age and role: %q", c.q.Prompt)
		}
	}
}

// TestNoSubjectCutFromItsVerb: "…collected a rebound at 52-52 and Tipene,
// who had missed…, slotted the winner" is cut neither after "Tipene" nor
// after "because" in "…abandoned because, Lim said, the biscuits…".
func TestNoSubjectCutFromItsVerb(t *testing.T) {
	an := analyseText(t, `Losa Vaifale scored 38 goals for Canterbury, coached by Diane Pettigrew, and Mele Fifita added 17 for Otago.

But Otago goal keeper Mere Hohaia, who had been penalised repeatedly early in the match, collected a crucial rebound at 52-52 and Tipene, who had missed two of her first nine attempts, did not miss again.

Aroha Tipene finished with 41 goals from 45 attempts.

Vaifale took a long ball into the shooting circle before the final break, and Fifita won a late turnover.

An attempt to sell the biscuits through a convenience store chain in 2021 was abandoned after four months because, Lim said, the product lost its texture after two days on the shelf.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "and Tipene.") || strings.HasSuffix(c.q.Prompt, "and Tipene?") || strings.HasSuffix(c.q.Prompt, "because, Lim said.") {
			t.Errorf("cut from its verb: %q", c.q.Prompt)
		}
	}
}

// TestNoWhatQuestionCutFromItsVerb: no "What did Hohaia collect at 52-52
// and Tipene?" where Tipene's verb follows her aside.
func TestNoWhatQuestionCutFromItsVerb(t *testing.T) {
	an := analyseArticle(t, `Tipene's late accuracy hands Otago Kestrels first southern title in nine years

Goal shooter Aroha Tipene scored seven of her team's last eight goals as the Otago Kestrels came from behind to beat the Canterbury Harriers 58-55 in the Southern Netball League grand final at the Edgar Centre in Dunedin on Saturday night.

It was the Kestrels' first title since 2015 and ended a run of three straight grand final defeats, two of them to Canterbury. A crowd of 1,840, the largest for a league final in the city, stayed on their feet for most of a tense final quarter.

Canterbury had led for much of the first half through the composure of their shooting circle, where Georgia Hartnell and Losa Vaifale moved the ball quickly and drew a string of contact penalties from the Kestrels defenders. The Harriers took the first quarter 15-14 and were ahead by three goals midway through the second before Otago coach Shelley Marsden replaced wing defence Jess O'Sullivan with 19-year-old Kaia Whitehead.

The switch changed the game. Whitehead picked off two passes into the circle in her first four minutes on court and the Kestrels scored five unanswered goals to lead 30-28 at half-time.

"Kaia has been doing that at training all season, so it wasn't a gamble for us," Marsden said. "She reads the feed before it happens. We just needed her to trust herself on a big night, and she did."

The third quarter was level for long stretches. Canterbury centre Bridget Ashworth, named the league's player of the year on Thursday, was influential through the midcourt and her long ball to Hartnell drew the Harriers level at 39-39 with three minutes of the quarter left. Otago edged ahead again to lead 44-42 at the final break.

Canterbury's response was immediate. Vaifale scored three in a row from close range and the Harriers led 50-48 with just over six minutes remaining. But Otago goal keeper Mere Hohaia, who had been penalised repeatedly early in the match, collected a crucial rebound at 52-52 and Tipene, who had missed two of her first nine attempts, did not miss again.

Tipene finished with 41 goals from 45 attempts, a shooting percentage of 91 per cent. Mele Fifita added 17 from 22 at goal attack.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "and Tipene?") {
			t.Errorf("cut from its verb: %q", c.q.Prompt)
		}
	}
}

// TestNoStatementOfAVagueFigure: "The number is down from 3,287 the
// previous year." names no number a reader could check alone.
func TestNoStatementOfAVagueFigure(t *testing.T) {
	an := analyseText(t, `The council investigated 46 exam centres in 19 counties over cheating.

The number is down from 3,287 the previous year.`)
	if plan, ok := an.statementPlan(&an.sents[1], 0, 2); ok {
		t.Errorf("statement %q of a vague figure", plan.render(&an.sents[1]))
	}
}

// TestNoCutInsideAnAsideAfterAnd: "…from the county council and, after
// reorganisation in 1974, from Gwynedd" is not cut to end "and, after …".
func TestNoCutInsideAnAsideAfterAnd(t *testing.T) {
	an := analyseArticle(t, `Gwilym Pritchard, bus operator who kept rural Gwynedd moving, dies aged 87

Gwilym Pritchard, who turned a single second-hand coach into one of the largest independent bus companies in north Wales and spent four decades arguing that country passengers deserved the same service as city ones, has died aged 87.

He died on 2 March at Ysbyty Gwynedd in Bangor after a short illness, his family said.

Born in Pwllheli in June 1937, the youngest of four children of a quarryman and a school cook, Pritchard left school at 15 to become an apprentice mechanic at a garage in Criccieth. In 1961, aged 24, he borrowed £450 from an uncle to buy a 29-seat Bedford coach built in 1949. He drove quarry workers to Trefor in the mornings and schoolchildren home in the afternoons, and spent his evenings keeping the engine running.

The company he founded, Moduron Pritchard Cyf, grew steadily through the 1960s and 1970s on school contracts from Caernarfonshire County Council and, after local government reorganisation in 1974, from Gwynedd. By the early 1980s it ran 31 vehicles from a yard behind the family home.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "reorganisation in 1974.") || strings.HasSuffix(c.q.Prompt, "reorganisation in _____.") {
			t.Errorf("cut inside an aside: %q", c.q.Prompt)
		}
	}
}

// TestNoSiteSwappedBeforeItsTown: "died at Bronglais Hospital in
// Aberystwyth" is never "died at Cardiff Royal Infirmary in Aberystwyth".
func TestNoSiteSwappedBeforeItsTown(t *testing.T) {
	an := analyseArticle(t, `Gwenllian Parry, broadcaster who brought the farming year to Welsh radio, dies aged 81

Gwenllian Parry, whose early-morning farming programme on BBC Radio Cymru was required listening in milking parlours and tractor cabs across Wales for almost four decades, has died aged 81.

Her family said she died peacefully on Sunday at Bronglais Hospital in Aberystwyth after a short illness.

For 38 years, from 1979 until her retirement in 2017, Parry presented Ar y Tir (On the Land), a 45-minute programme of market prices, weather, interviews and news from the countryside that went out at 6.15am six days a week. At its peak in the late 1990s it drew an estimated 60,000 listeners, a remarkable figure for a Welsh-language programme broadcast before most of the country was awake.

She was born in March 1944 in Tregaron, Ceredigion, the youngest of four children of a sheep farmer and a village schoolteacher, and grew up on a 300-acre hill farm above the Teifi valley. She later said that her first broadcasting experience was reading lamb prices aloud to her father from the weekly paper because his eyesight was failing.

After studying Welsh and history at the University College of Wales, Aberystwyth, she spent four years as a reporter on the Teifi Valley Chronicle before joining the BBC in Cardiff as a researcher in 1969. She moved into presenting after the launch of Radio Cymru in 1977, first as a stand-in on a weekend magazine show and then, two years later, as the founding presenter of Ar y Tir.

Colleagues remember her as exacting, warm and impossible to fool. Huw Elfed Roberts, who produced the programme from 1988 to 2004, said she would telephone auctioneers at 4.30am to check a price rather than trust a faxed sheet. "She had a rule that if a farmer in Llŷn or Llandeilo was going to make a decision based on what she said, it had better be right," he said. "She never talked down to anybody, and she never let anybody talk down to her listeners."`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "Bronglais Hospital in ") && !strings.Contains(c.q.Prompt, "Bronglais Hospital in Aberystwyth") {
			t.Errorf("a town swapped after its building: %q", c.q.Prompt)
		}
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "in Aberystwyth") && !strings.Contains(c.q.Prompt, "Bronglais Hospital in Aberystwyth") {
			t.Errorf("a building swapped before its town: %q", c.q.Prompt)
		}
	}

	an = analyseArticle(t, `District nurse dies aged 91

Eirlys Prydderch, a district nurse, died at Bronglais Hospital in Aberystwyth on 14 November after a short illness, her family said.

She trained at Cardiff Royal Infirmary and later worked at Tregaron Hospital and at Glangwili General Hospital in Carmarthen.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "in Aberystwyth") && !strings.Contains(c.q.Prompt, "Bronglais Hospital in Aberystwyth") {
			t.Errorf("a building swapped before its town: %q", c.q.Prompt)
		}
	}
}

// TestNoQuestionEndingInsideAnAside: a cloze or a who-question never ends
// inside an aside opened by "and," ("… and, for the first time.", "… and,
// at Christmas?"), nor opens inside a name at its comma ("Coffee and Allied
// Plantation Workers, serving…").
func TestNoQuestionEndingInsideAnAside(t *testing.T) {
	for _, text := range []string{`Grace Wanjiru Mwangi, tea pickers' organiser who won the Kericho pay deal, dies aged 81

Grace Wanjiru Mwangi, who rose from picking tea on the slopes above Kericho to become the first woman to lead a national plantation workers' union in Kenya, has died at her home in Litein. She was 81. Her family said she died on Sunday 9 March after a short illness.

For almost three decades Mrs Mwangi was the public face of the Kenya Union of Tea, Coffee and Allied Plantation Workers, serving first as a branch secretary in Kericho and then, from 1994 to 2009, as its general secretary. She was best remembered for the 1998 agreement that raised the minimum daily wage for tea pluckers by 38 per cent and, for the first time, guaranteed paid maternity leave of three months to women on the estates.

She was born in 1943 in Murang'a, the fourth of seven children of a smallholder who grew maize and a little coffee. When she was 17 she travelled west to find work on the tea estates of the Rift Valley, earning, she later recalled, less than 2 shillings a day. "We were paid by the kilogram, and the scales were never on our side," she told a conference in Nairobi in 2005.

She joined the union in 1964 and was elected a shop steward on the Chemosit estate two years later. Colleagues said she had an unusual talent for memorising figures, and would recite the weight of each day's harvest back to estate managers when disputes arose over pay.`, `Three generations, one oven: the Machynlleth bakery that still starts work at 3am

The lights in the back room of Pryce's Bakery on Maengwyn Street come on at three o'clock every morning, six days a week, as they have since 1961. By the time the first customers arrive at half past seven, Hywel Pryce and his daughter Ffion have shaped about 400 loaves, two trays of bara brith and enough Welsh cakes to fill the glass counter twice over.

"People think baking is about recipes," said Mr Pryce, 64, dusting flour from his forearms. "It's really about getting up. If you can get up, you can learn the rest."

The bakery was opened by his father, Emrys Pryce, who had trained at a large commercial bakery in Shrewsbury before returning to Powys with his wife, Megan, and borrowing £600 from a cousin to buy the lease. The original brick oven, which burned coal until it was converted to gas in 1979, is still in the building, though it is now used mainly for slow-baking fruit loaves overnight.

Hywel Pryce took over in 1993, after his father's retirement. His daughter Ffion, 31, joined the business full time in 2019 after working as a pastry chef in Cardiff and London. She has added sourdough, cinnamon buns and a spelt loaf made with flour from a mill in Ceredigion, but she says the best-sellers have barely changed in 60 years.

"The white bloomer and the bara brith pay the bills," she said. "Everything I bring in has to fit round them."

The family employs nine people, including three part-time sales assistants and a delivery driver who takes bread to 14 cafes, shops and a care home in the Dyfi valley. Annual turnover was about £410,000 last year, Mr Pryce said.

Like many small bakeries across Wales, Pryce's has had a difficult few years. The business's gas and electricity bill rose from roughly £1,100 a month in 2021 to a peak of more than £3,800 in the winter of 2022-23, before falling back to about £2,300. The price of a 16kg sack of strong white flour has risen by about 45 per cent over the same period.

"We had to put the price of a large loaf up from £1.80 to £2.60," Mr Pryce said. "Some regulars grumbled, but most of them understood. They could see the supermarket prices going up too."

According to the Craft Bakers Association, the number of independent bakeries in the UK has fallen steadily over several decades, as supermarkets with in-store ovens have taken a growing share of the market. Gareth Lloyd-Evans, a business adviser with a rural enterprise programme run by Powys County Council, said shops that survived tended to be those with strong local loyalty and a product that could not easily be copied.

"A bakery like Pryce's is selling something the big chains can't: a story, a face behind the counter and a loaf that tastes the same as it did when your grandmother bought it," he said.

Ffion Pryce has also taken the bakery online, selling bara brith by post to customers across the UK and, at Christmas, as far away as Canada and Australia. Postal orders now account for about 12 per cent of sales. She runs a weekend bread-making course in the back room, limited to six people at £95 each, which is booked up until the autumn.

The conversation in the shop switches easily between Welsh and English. Eirlys Hughes, 82, who has bought a small brown loaf there every Saturday for more than 50 years, said she remembered Emrys Pryce handing sweets to children over the counter. "It's the same family, the same smell when you open the door," she said. "You don't get that many places any more."

Asked whether there will be a fourth generation, Mr Pryce laughed and looked at his daughter, whose son, Osian, is four. "He likes eating the Welsh cakes," he said. "We'll see if he likes getting up at three."`} {
		an := analyseArticle(t, text)
		for _, c := range an.makeCandidates() {
			p := strings.TrimRight(c.q.Prompt, ".?")
			if i := strings.LastIndex(p, ","); i > 0 && (strings.HasSuffix(p[:i], " and") || strings.HasSuffix(p[:i], " but")) && !strings.Contains(p[i:], "\"") {
				t.Errorf("ends inside an aside: %q", c.q.Prompt)
			}
			if strings.Contains(c.q.Prompt, "Coffee and Allied Plantation Workers, serving") && !strings.Contains(c.q.Prompt, "Union of Tea") {
				t.Errorf("opens inside a name: %q", c.q.Prompt)
			}
		}
	}
}

// TestOpeningsThatAreNoOpenings: a statement never keeps only a clause
// of time ("The first time Ana Rees held a bow, at the age of six."), nor
// starts after a main clause that happens to open with a preposition
// ("On those figures our projection gives…, Green Alliance 26, …"); an
// opening of participles ("With all votes counted on Monday,") still goes.
func TestOpeningsThatAreNoOpenings(t *testing.T) {
	an := analyseArticle(t, `Election count ends

On those figures our projection gives the Civic Bloc 30 seats, the Green Alliance 26, the Farmers' Union 12 and the Pensioners' Party 4.

The first time Ana Rees held a bow, at the age of six, she was sent home from the class for scratching the strings of a borrowed fiddle.

With all votes counted on Monday, the Civic Bloc had 31.4% of the vote, giving it 41 of the 101 seats in the assembly, the national parliament, according to the electoral office.

In a slot named "Last Word" on the station's Sunday show, Ben Holt argued with Sam Ruiz about whether the league would expand to twelve teams next season.

But despite their famous hospitality when visitors are in town, Keith Rowe believes the hosts might end their long losing run against the champions in Swansea.`)
	var civic, rowe bool
	for _, c := range an.makeCandidates() {
		p := c.q.Prompt
		rowe = rowe || strings.HasPrefix(p, "True or false? Keith Rowe believes") || strings.HasPrefix(p, "Keith Rowe believes")
		if strings.Contains(strings.ToLower(p), "the green alliance 26") && !strings.Contains(p, "projection gives") {
			t.Errorf("a list without its verb: %q", p)
		}
		if strings.Contains(p, "at the age of") && !strings.Contains(p, "she was sent") && !strings.Contains(p, "Ana Rees was sent") {
			t.Errorf("a clause of time alone: %q", p)
		}
		if strings.Contains(p, "41 of the 101") || strings.Contains(p, "giving it _____") {
			civic = civic || strings.HasPrefix(p, "The Civic Bloc had") || strings.HasPrefix(p, "True or false? The Civic Bloc had")
		}
		if strings.Contains(p, "argued with") && strings.Contains(p, "slot named") && c.q.Kind == KindTrueFalse && len(strings.Fields(p)) > 30 {
			t.Errorf("the opening kept: %q", p)
		}
	}
	if !civic {
		t.Error("no statement of the seats without its opening of participles")
	}
	if !rowe {
		t.Error("no statement without the opening that holds a clause of its own")
	}
}

// TestSeaweedIsNoVerb: "for seaweed salt" holds no past tense, so the
// relative clause before it runs to the end of the sentence and goes
// whole; "a refrigerated store" is no verb either.
func TestSeaweedIsNoVerb(t *testing.T) {
	an := analyseArticle(t, `Island firm expands

In January the company secured a £350,000 package of grants and loans from Highlands and Islands Enterprise, which it plans to spend on a larger drying shed, a refrigerated store and a processing line for seaweed salt.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Enterprise a refrigerated") || strings.Contains(c.q.Prompt, "Enterprise, a refrigerated") {
			t.Errorf("an aside cut inside its list: %q", c.q.Prompt)
		}
	}
	if toks := tokenize("for seaweed salt"); isPastVerb(toks, 1) {
		t.Error("seaweed taken for a past tense")
	}
}

// TestNoDenialBeforeNow: "The council will now seek approval" is stated
// as it is; "will not now seek" reads as a change of plan, not a denial.
func TestNoDenialBeforeNow(t *testing.T) {
	an := analyseText(t, `The council will now seek planning approval from the state government and call tenders for the work.`)
	if c, ok := an.negationQuestion(&an.sents[0], 0); ok && strings.Contains(c.q.Prompt, "not now") {
		t.Errorf("%q", c.q.Prompt)
	}
}

// TestNoTownSwappedBeforeItsCounty: "from Basildon in Essex" is never
// "from Dubai in Essex".
func TestNoTownSwappedBeforeItsCounty(t *testing.T) {
	an := analyseArticle(t, `Fraudster jailed

Darren Pell, who ran a shell company in Dubai, was jailed for nine years.

Pell, 48, from Basildon in Essex, admitted conspiracy to steal at Chelmsford Crown Court.

His associate Mark Chalmers, from Mumbai, was given four years.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "in Essex") && !strings.Contains(c.q.Prompt, "Basildon in Essex") {
			t.Errorf("a town swapped before its county: %q", c.q.Prompt)
		}
	}
}

// TestNoDenialOfAnInversion: "Better still was a starter of cured
// salmon" has its subject after the verb; "was not" there reads as
// nonsense, not as a false statement.
func TestNoDenialOfAnInversion(t *testing.T) {
	an := analyseText(t, `Better still was a starter of cured salmon with pickled kohlrabi and a scattering of dill oil.`)
	if c, ok := an.negationQuestion(&an.sents[0], 0); ok {
		t.Errorf("%q", c.q.Prompt)
	}
}

// TestObjectPronounIsNotItsSubject: "Bakare first saw him play in March
// 2022" gives no "When did Bakare first see him play?": "him" is someone
// else, whom the question alone does not name.
func TestObjectPronounIsNotItsSubject(t *testing.T) {
	an := analyseArticle(t, `Chess prodigy

Kelechi Obi learned the game at seven.

His coach, Segun Adeyemi, runs a chess academy in Yaba.

Adeyemi first saw him play in March 2022, at a rapid tournament in Yaba.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "see him play") || strings.Contains(c.q.Prompt, "saw him play") && c.q.Kind != KindTrueFalse {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoTheAfterAPossessive: a school is swapped only for a school, and a
// body after "Montréal's" for none: "Montréal's the Institute of Physics"
// is no sentence, and "Montréal's Institute of Physics" no body there.
func TestNoTheAfterAPossessive(t *testing.T) {
	for name, want := range map[string]string{"School of Public Health": "edu", "Institute of Physics": "edu", "Kamloops Healthy Air Coalition": ""} {
		if got := orgClass(name); got != want {
			t.Errorf("orgClass(%q) = %q, want %q", name, got, want)
		}
	}
	an := analyseArticle(t, `Smoke study

A study by researchers at the Université de Montréal's School of Public Health tracked hospital visits in 11 cities over six fire seasons.

The Institute of Physics, which funded the work, said the results were clear.

The Kamloops Healthy Air Coalition said more study was needed.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "'s the ") || strings.Contains(c.q.Prompt, "Montréal's Kamloops") || strings.Contains(c.q.Prompt, "Montréal's Institute") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoSwapForTheLeadsLandform: "lakes on the Kāpiti Coast" are on the
// North Island the lead sets the story on: "two lakes on North Island"
// would be true, so it is no false statement, nor the island a wrong
// option.
func TestNoSwapForTheLeadsLandform(t *testing.T) {
	an := analyseArticle(t, `Lake mud reveals old earthquake

A large earthquake struck the lower North Island around 900 years ago, researchers at Victoria University of Wellington said.

The team cored sediment from two lakes near Palliser Bay in 2021 and 2022.

The team now plans to core two further lakes on the Kāpiti Coast to test whether the same earthquake left traces on the western side of the region.

Similar work at Golden Bay found no such layers, said Dr Aroha Ngata.`)
	for _, c := range an.makeCandidates() {
		if !strings.Contains(c.q.Prompt, "further lakes") {
			continue
		}
		if strings.Contains(c.q.Prompt, "North Island") || slices.Contains(c.q.Options, "North Island") {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoBuildingForAnOcean: a storm that "moves out into the Atlantic
// Ocean" never moves into the National Hurricane Center, nor does the
// ocean say where it made landfall.
func TestNoBuildingForAnOcean(t *testing.T) {
	an := analyseArticle(t, `Storm heads for Florida

The storm made landfall near Cedar Key, the National Hurricane Center said.

Forecasters expect the storm to weaken as it crosses Florida and moves out into the Atlantic Ocean on Thursday.

Residents near Tampa Bay were told to leave, and the Gulf of Mexico stayed rough.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "into the National Hurricane Center") || strings.Contains(c.q.Prompt, "the Atlantic Ocean said") || slices.Contains(c.q.Options, "National Hurricane Center") && slices.Contains(c.q.Options, "Atlantic Ocean") {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoCutBeforeAParticiplesAside: "as Typhoon Kamari, packing winds…,
// churned towards the coast" is never cut to "…as Typhoon Kamari."
func TestNoCutBeforeAParticiplesAside(t *testing.T) {
	an := analyseArticle(t, `Typhoon forces thousands to flee

More than 214,000 people were evacuated from coastal and low-lying villages in the eastern Philippines on Tuesday as Typhoon Kamari, packing winds equivalent to a Category 4 hurricane, churned towards the Bicol region, disaster officials said.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "Typhoon Kamari.") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoMountainForAStreet: "Hartigan's Bakery on Talbot Street" is never
// "on Mount Cook".
func TestNoMountainForAStreet(t *testing.T) {
	an := analyseArticle(t, `Bakery marks its centenary

The lights are already on at the back of Hartigan's Bakery on Talbot Street by 3.30am.

On a clear day customers can see Mount Cook from the car park, said Jess Hartigan.

The bakery's first shop stood near the Orari Gorge, and its flour came from Timaru.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Bakery on Mount Cook") || strings.Contains(c.q.Prompt, "Bakery on _____") && slices.Contains(c.q.Options, "Mount Cook") {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestHisAfterAnotherMansTribute: after "Jimmy Corcoran, who played
// alongside him, said: …", "His son Declan said…" may be the dead man's
// son, not Corcoran's: no statement names him Corcoran's.
func TestHisAfterAnotherMansTribute(t *testing.T) {
	an := analyseArticle(t, `Peadar Fallon obituary: Mayo footballer and coach

Peadar Fallon, who has died aged 84, was a wing-back who won two Connacht medals with Mayo.

He taught Irish and history at a school in Claremorris for 36 years.

Former team-mate Jimmy Corcoran, who played alongside him in the 1967 Connacht final, said: "He was the hardest man I ever marked."

His son Declan, who captained Ballintubber to a county final in 2001, said his father had watched club matches from the same spot until last summer.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Corcoran's son") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoTheFromAModifiersHead: "the Wind Energy Ireland trade body" gives
// the trade body its "the", not the name: swapped in, the name reads
// "by Wind Energy Ireland", never "by the Wind Energy Ireland".
func TestNoTheFromAModifiersHead(t *testing.T) {
	an := analyseArticle(t, `Wind farm approved

Clare County Council approved the application by Ardcarn Renewables Ltd for the development, subject to 21 conditions.

Clare has around 270MW of onshore wind capacity, according to the Wind Energy Ireland trade body.`)
	if got := an.theOf("Wind Energy Ireland"); got == 1 {
		t.Errorf("theOf(Wind Energy Ireland) = %d", got)
	}
}

// TestNoCutAfterAColonsOpening: "made a case for it: on the second
// hearing, the music sounded haunted" is never cut to "…: on the second
// hearing."
func TestNoCutAfterAColonsOpening(t *testing.T) {
	an := analyseArticle(t, `Recital review

After the interval came the B flat sonata, and here everything fell into place for the pianist Ilse Marquardt.

Marquardt took the long first-movement exposition repeat, with its strange, dark link passage, and made a compelling case for it: on the second hearing, the music sounded not repeated but haunted.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "hearing.") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoDenialOfHereIs: "Here is what has changed and who will benefit."
// introduces an explainer's answers; "Here is not what…" denies nothing.
func TestNoDenialOfHereIs(t *testing.T) {
	an := analyseText(t, `Here is what has changed in the budget and who will benefit from it.`)
	if c, ok := an.negationQuestion(&an.sents[0], 0); ok {
		t.Errorf("%q", c.q.Prompt)
	}
}

// TestOpeningsThatLimitTheClaim keeps an opening that sets the rate of a
// figure ("For every 1C rise…") or the case a comparison is drawn with
// ("In dry years, … than in wet years"), and never opens a statement with
// the source set between commas ("The survey found, the first…").
func TestOpeningsThatLimitTheClaim(t *testing.T) {
	an := analyseText(t, `For every 1C rise in average river temperature over the summer months, the number of young salmon that survived their first winter in the upland streams fell by an average of 14%, the scientists found.

In dry years, the first flowering of the orchids on the chalk downs came on average eight days earlier than in wet years, while the bees that feed on them emerged only a day or two sooner.

In dry years, the survey found, the orchids on the chalk downs flowered on average eight days sooner, while the bees that feed on them emerged only a day or two sooner than usual.`)
	for _, tc := range []struct {
		sent int
		key  string
		want string
	}{
		{0, "14%", "For every 1C rise"},
		{1, "eight", "In dry years, the first"},
		{2, "eight", "In dry years, the survey found,"},
	} {
		s := &an.sents[tc.sent]
		m := s.ments[mentionOf(t, s, tc.key)]
		plan, ok := an.statementPlan(s, m.t0, m.t1)
		if got := plan.render(s); !ok || !strings.HasPrefix(got, tc.want) {
			t.Errorf("sentence %d: got %q (ok %v), want it to open %q", tc.sent, got, ok, tc.want)
		}
	}
}

// TestCutAttributionTakesItsStrandedWord: "…short-term investments,
// enough, he said, to fund operations" cut at its attribution leaves no
// stranded "enough".
func TestCutAttributionTakesItsStrandedWord(t *testing.T) {
	noCandidate(t, `Voltara cuts jobs

Chief financial officer Marcus Oyelaran said the cuts would save $310 million a year. He said Voltara ended September with $1.14 billion in cash and short-term investments, enough, he said, to fund operations "well into 2027."`, func(q Question) bool {
		return strings.Contains(q.Prompt, ", enough.")
	})
}

// TestGradeMinusIsNoDash: "scored a D- or E" is never cut to "scored a
// D", which the article does not say.
func TestGradeMinusIsNoDash(t *testing.T) {
	noCandidate(t, `Exam results improve in Kenya

More than 190,000 candidates scored a D- or E, and education analysts warned that many of them risked being left without a clear path to further training, said Samuel Kiprono, a researcher.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "scored a D.")
	})
}

// TestOpeningEndsAfterTheRegion: "According to the Minor Planet Center in
// Cambridge, Massachusetts, …" never leaves a stem opening "Massachusetts,".
func TestOpeningEndsAfterTheRegion(t *testing.T) {
	noCandidate(t, `Comet found in Chile

Astronomers in Chile have found a comet that is making its first trip into the inner solar system, said Camila Aravena, who spotted it.

According to the Minor Planet Center in Cambridge, Massachusetts, which catalogues new comets and asteroids, the comet will reach perihelion on or around November 9, 2027, at a distance of about 0.62 astronomical units, well inside the orbit of Venus.`, func(q Question) bool {
		return strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "Massachusetts")
	})
}

// TestRoughRangesAreNotBlanked: "30 or _____ towns" is filled by the next
// round figure without reading, so neither end of a rough range is asked;
// a range with "to" or "between" keeps its ends.
func TestRoughRangesAreNotBlanked(t *testing.T) {
	for _, tc := range []struct {
		text, num string
		want      bool
	}{
		{"There are probably 30 or 40 towns where the chemist is one person, she says.", "40", true},
		{"There are probably 30 or 40 towns where the chemist is one person, she says.", "30", true},
		{"Most patients go home after two or three days, the doctor said.", "three", true},
		{"Rents rose from 400 to 650 euros a month over the decade, the council said.", "650", false},
		{"The club sold 40 season tickets on Monday, its secretary said.", "40", false},
	} {
		an := analyseText(t, tc.text)
		s := &an.sents[len(an.sents)-1]
		if got := roughRange(s, &s.ments[mentionOf(t, s, tc.num)]); got != tc.want {
			t.Errorf("roughRange(%q in %q) = %v, want %v", tc.num, tc.text, got, tc.want)
		}
	}
	noCandidate(t, "Village shops under pressure\n\nThere are probably 30 or 40 villages in the county where the shop is run by one person, the federation's chief executive said on Monday.",
		func(q Question) bool {
			return q.Kind == KindNumber && strings.Contains(q.Prompt, " or _____") || strings.Contains(q.Prompt, "_____ or 40")
		})
}

// TestCastOpeningStays: "As Dolan, the brother who…, Owen Marsh is…"
// keeps the part the actor plays, which the judgement needs, and cuts
// after the claim as any sentence; a name that ends a quotation ("…pay
// the bank, Dolan,") is the one spoken to, no name of the bank.
func TestCastOpeningStays(t *testing.T) {
	text := `Harbour drama returns

Tess Avery directs the revival at the Quay Theatre, with Ruth Kale as the mother.

When the mother tells her son, "Love doesn't pay the bank, Dolan," the line lands as exhaustion.

As Dolan, the brother who wants to keep the boatyard at any cost, Owen Marsh is all coiled fury, sometimes to excess; in the first act his volume often flattens scenes that need more shading.

Ruth Kale plays the mother with a dry wit.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Dolan"); id >= 0 && an.ents[id].typ == eOrg {
		t.Error("Dolan, spoken to at the end of a quotation, taken for the bank's name")
	}
	found := false
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "coiled fury") {
			found = true
			if !strings.Contains(q.Prompt, "As Dolan, the brother") || strings.Contains(q.Prompt, "first act") {
				t.Errorf("%s %q: want the part kept and the second clause cut", q.Kind, q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no question on the actor's judgement")
	}
}

// TestTheCompanyOfTwoFirms: in a story of two firms, "The company employs
// about 41,000 people." says of neither which; it is asked only when the
// firm it means is sure.
func TestTheCompanyOfTwoFirms(t *testing.T) {
	noCandidate(t, `Regulator blocks grocery merger

Britain's competition regulator has blocked the merger of supermarket chains Harwell and Pennydale, ruling that the deal would raise prices.

Harwell's chief executive Simon Kerr said the company was disappointed and would consider an appeal.

Pennydale's chief executive, Anita Desai, said the business remained profitable and would keep its 480 stores.

The company employs about 41,000 people.`, func(q Question) bool {
		return strings.HasPrefix(q.Prompt, "The company") || strings.Contains(q.Prompt, "? The company")
	})
}

// TestComplementSharesAreNotAsked: "50.8 percent backed it, while 49.2
// percent rejected it": either share gives the other away, so neither is
// blanked nor swapped.
func TestComplementSharesAreNotAsked(t *testing.T) {
	noCandidate(t, `Voters back Alpine truck limit

According to final results published on Sunday, 50.8 percent of voters backed the initiative, while 49.2 percent rejected it, the chancellery said.`, func(q Question) bool {
		return q.Kind == KindNumber || q.Kind == KindTrueFalse && !strings.Contains(q.Prompt, "50.8 percent of voters backed the initiative, while 49.2 percent")
	})
}

// TestIntroWithHyphenedAppositive: "According to data compiled by the
// Free Speech Forum, a Pune-based advocacy group, at least 57…" keeps its
// opening whole; cut at the first comma, the group's description would
// dangle before the claim.
func TestIntroWithHyphenedAppositive(t *testing.T) {
	noCandidate(t, `Journalists face more cases

According to data compiled by the Free Speech Forum, a Pune-based advocacy group, at least 57 criminal defamation cases were filed against journalists across India in 2023, up from 41 the year before.

The editor said he would appeal, said Ann Lee.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "? A Pune-based") || strings.HasPrefix(q.Prompt, "A Pune-based")
	})
}

// TestDistrictsBesideTheirCity: a home in Harlem is a home in New York,
// so New York is no wrong option for Harlem.
func TestDistrictsBesideTheirCity(t *testing.T) {
	an := analyseArticle(t, `Jazz drummer dies

Clarence Tate, a drummer whose swing anchored jazz records of the 1950s, died on Sunday at his home in Harlem, said Ann Lee.

Born in Detroit, he moved to New York in 1955 and toured Tokyo, Paris and Chicago with his quintet.`)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "Harlem")]
	if got := an.distractors(s, m, "Harlem", 3); slices.Contains(got, "New York") {
		t.Errorf("options for Harlem %v hold New York", got)
	}
}

// TestAgeBeforeParticipleIsNoClause: "a 67-year-old retired schoolteacher
// in Turin" has no verb "retired": no "Where did a 67-year-old retire?".
func TestAgeBeforeParticipleIsNoClause(t *testing.T) {
	noCandidate(t, `Power bills rise again

For Giulia Ferri, a 67-year-old retired schoolteacher in Turin, the increase means another winter of careful budgeting, said Ann Lee.

Prices rose in Milan and Naples too, the regulator said.`, func(q Question) bool { return strings.Contains(q.Prompt, "did a 67-year-old") })
}

// TestCastQuestions: a review's "Harriet Vane as Nora" asks who plays
// Nora, with the other actors of her gender as the wrong answers; a
// mayor's "Lund as Mayor" or a place's "as Paris" casts no one.
func TestCastQuestions(t *testing.T) {
	qs := mustCandidates(t, `The Orchard, Lyric Theatre review - a family feud in bloom

Nell Ashby's new play opened at the Lyric Theatre on Thursday night.

At its heart is Harriet Vane as Nora, the eldest daughter, who runs the farm alone.

She is well matched by Tomas Reid as Ivo and by Clara Denholm as Bea, the youngest.

Maria Lund, who served as Mayor until 2019, and Ruth Olsen, who toured as Paris in the spring, were in the audience, with the director, Ben Hale.`)
	var got []string
	for _, q := range qs {
		if strings.HasPrefix(q.Prompt, "Who plays") {
			got = append(got, q.Prompt+" "+q.Correct())
			for _, o := range q.Options {
				if (o == "Tomas Reid" || o == "Ben Hale") && q.Correct() != "Tomas Reid" {
					t.Errorf("%q offers %q, a man, for a woman's part", q.Prompt, o)
				}
			}
		}
	}
	slices.Sort(got)
	want := []string{"Who plays Bea? Clara Denholm", "Who plays Ivo? Tomas Reid", "Who plays Nora? Harriet Vane"}
	if !slices.Equal(got, want) {
		t.Errorf("cast questions %q, want %q", got, want)
	}
}

// TestNamesBeforeCountThemselves: "Alder and Brook, two of the country's
// chains" gives its count away: no "three of" to call false.
func TestNamesBeforeCountThemselves(t *testing.T) {
	noCandidate(t, `Grocers merge

Alderhof and Brookmarkt, two of the country's mid-sized chains, agreed on Monday to merge in a deal worth about 900 million euros, said Ann Lee.

The new group will run 400 stores, the companies said.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "three of") || strings.Contains(q.Prompt, "_____ of the country")
	})
}

// TestPossessiveBodyTakesThe: "Ghana's Electoral Commission" is "the
// Electoral Commission" where a statement writes it for "the commission".
func TestPossessiveBodyTakesThe(t *testing.T) {
	for _, q := range mustCandidates(t, `Opposition leader wins

Freedonia's Electoral Commission on Tuesday declared opposition leader Kwame Boateng the winner of the presidential election.

Turnout was 64.7 percent of the roughly 18.6 million registered voters, down from the previous election, the commission said.`) {
		if strings.Contains(q.Prompt, "election, Electoral Commission said") {
			t.Errorf("%q lacks its \"the\"", q.Prompt)
		}
	}
}

// TestCastPlayedBy: "Mallory is played by Darren Coates" casts him too,
// and makes the sergeant a part, never offered beside real people; a part
// after "as" is no clause's subject, an act of the film no number to ask,
// and "LCD (Liquid Crystal Display)" no cast.
func TestCastPlayedBy(t *testing.T) {
	qs := mustCandidates(t, `Red Earth review: a slow outback drama that is hard to shake off

When the bookkeeper vanishes, the local police officer, Sergeant Tom Mallory, starts to ask questions.

Mallory is played by Darren Coates, who gives the character a weathered patience.

The series was created by the writer Simon Keogh and directed by Melissa Tran, and filmed in Sunderland, Newcastle and Leeds.

There is strong support from Bryan Fenwick as Dennis Harlow, the firm's owner, heard mostly over a crackling speakerphone from a golf club bar in Durham, and from the newcomer Ann Duffy as Megan.

The third act leans on a coincidence, and the new LCD (Liquid Crystal Display) screens look cheap.

"We wanted the landscape to be a character," Keogh said in Sydney.`)
	found := false
	for _, q := range qs {
		if q.Prompt == "Who plays Tom Mallory?" && q.Correct() == "Darren Coates" {
			found = true
		}
		if strings.Contains(q.Prompt, "Dennis Harlow hear") || strings.Contains(q.Prompt, "_____ act") || strings.Contains(q.Prompt, "Who plays LCD") {
			t.Errorf("%q", q.Prompt)
		}
		if q.Kind == KindQuote && slices.Contains(q.Options, "Tom Mallory") {
			t.Errorf("%q offers the part Tom Mallory beside real people", q.Prompt)
		}
	}
	if !found {
		t.Error("no \"Who plays Tom Mallory?\" keyed Darren Coates")
	}
}

// TestUnionNamedAfterCommaStaysAUnion: "The pilots' union, the Flight
// Crew Association, said" is never made false with the airline's name,
// which no reader would take for a union.
func TestUnionNamedAfterCommaStaysAUnion(t *testing.T) {
	noCandidate(t, `Northgate Airways shares slump after profit warning

Shares in Northgate Airways fell by almost a fifth on Thursday after the Manchester-based carrier warned that rising fuel costs would wipe millions off its annual profits.

Chief executive Graham Lowe said the business remained "fundamentally strong".

Fiona Catterall, transport analyst at investment bank Hollis Pryor, said the warning had "exposed how vulnerable Northgate is compared with its peers".

The pilots' union, the Flight Crew Association, said staff should not be asked to pay the price for "decisions made in the boardroom".

Its general secretary, Deborah Quinn, said members would "resist any attempt to claw back costs".`, func(q Question) bool {
		return strings.Contains(q.Prompt, "union, Northgate Airways") || strings.Contains(q.Prompt, "union, Hollis Pryor")
	})
}

// TestReviewVerdictsAreNoStatements: a review's opening aphorism and its
// verdicts ("is a revelation") are the critic's, no fact to call true or
// false; and "In The Harmattan House, the debut of Chidinma Eze, that
// house stands…" keeps its opening, whose appositive would stand alone.
func TestReviewVerdictsAreNoStatements(t *testing.T) {
	qs := mustCandidates(t, `The Harmattan House by Chidinma Eze review – a luminous debut about inheritance and silence

Every family has a house it cannot leave, even after the doors are locked and the keys have been lost. In The Harmattan House, the remarkable debut from the Nigerian writer Chidinma Eze, that house stands on a dusty hill above Nsukka, and it exerts a pull on three generations of the Okafor family.

Published by Fourth Estate on 6 March at £16.99, the novel opens in 2019 with the death of Ifeoma Okafor, a retired mathematics lecturer, and the arrival of her three adult children for the funeral. There is Chukwuemeka, an oil company accountant in Port Harcourt with a failing marriage; Adaeze, a London-based GP who has not been home in seven years; and Obinna, the youngest, who never left and has spent a decade caring for his mother in the house that all three are now expected to sell.

Eze, 34, who grew up in Enugu, is a revelation, and her prose is a marvel.`)
	for _, q := range qs {
		p := q.Prompt
		if q.Kind == KindTrueFalse && (strings.Contains(p, "Every family") || strings.Contains(p, "revelation")) || strings.Contains(p, "? The remarkable debut") || strings.HasPrefix(p, "The remarkable debut") {
			t.Errorf("%q", p)
		}
	}
}

// TestAgencyOfTheMainBody: "the agency's rocket" in a story that names
// NASA far more often than the Canadian Space Agency is not put as the
// Canadian agency's.
func TestAgencyOfTheMainBody(t *testing.T) {
	noCandidate(t, `NASA names crew for lunar mission

NASA on Thursday named the four astronauts who will fly its next crewed mission, said Karen Delacroix.

They include Canadian Space Agency astronaut Julien Tremblay, 44, an engineer from Quebec City.

NASA officials said the delay was driven mainly by additional testing of the heat shield.

The mission will launch on the agency's Space Launch System rocket, which produces about 8.8 million pounds of thrust at liftoff.

NASA's inspector general has estimated that each launch costs more than $4 billion.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Canadian Space Agency's Space Launch System")
	})
}

// TestPartTitleGivesGender: "Gwen Halloran as Mrs Tulley" plays a woman,
// so she is no wrong answer for who plays Samuel Pike.
func TestPartTitleGivesGender(t *testing.T) {
	qs := mustCandidates(t, `The Lamplighter's Daughter review – a musical that glows

Hattie Brennan plays Nell Ashdown, the only child of a widowed lamplighter, in a new musical at the Aldwych.

She is matched by Desmond Achebe as Samuel Pike, the ambitious young engineer sent to replace the lamps.

There is strong support from Gwen Halloran as Mrs Tulley, the landlady who provides most of the laughs.

The director, Priya Lindqvist, keeps the action moving, and the producer Clive Umbers said the run had been extended.`)
	for _, q := range qs {
		if q.Prompt == "Who plays Samuel Pike?" && slices.Contains(q.Options, "Gwen Halloran") {
			t.Errorf("%q offers Gwen Halloran, who plays Mrs Tulley", q.Prompt)
		}
	}
}

// TestRatingLineMakesAReview: an album review whose headline lacks the
// word "review" is one by its "Rating: 8/10" line, so its verdicts ("have
// made a surprisingly small record", "feels more like a sketch than a
// song") are no statements.
func TestRatingLineMakesAReview(t *testing.T) {
	qs := mustCandidates(t, `Harbor Lights Return Sharper and Stranger on Fourth Album

For a band that built its reputation on big, windswept choruses, Harbor Lights have made a surprisingly small record.

"Cold Storage," a seven-minute spoken-word piece narrated by Caleb Novak over field recordings of the harbor, feels more like a sketch than a song.

Harbor Lights formed in 2012 when Novak and Dana Whitlock met as students at the University of Southern Maine, said Priya Raman, their keyboardist.

Rating: 8/10`)
	for _, q := range qs {
		if q.Kind == KindTrueFalse && (strings.Contains(q.Prompt, "surprisingly small") || strings.Contains(q.Prompt, "more like a sketch")) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestObituaryCast: "Peter Vane, who appeared as Captain Joseph Hale"
// casts him in the past tense, and the part, with its title, is no person
// to offer.
func TestObituaryCast(t *testing.T) {
	qs := mustCandidates(t, `Stage and screen actress Mara Quinn dies at 88

Mara Quinn, the actress who starred as Ada Hale in the television drama Harbour Lights, has died at the age of 88, her family said on Sunday.

She made her name on stage before Tom Reddish cast her in Harbour Lights in 1979.

Her co-star Peter Vane, who appeared as Captain Joseph Hale, said she had been "the heart of the show".

"She was generous to every young actor who came through the door," said Vane.

Quinn is survived by her son, Daniel Reddish, and two grandchildren.`)
	found := false
	for _, q := range qs {
		if q.Prompt == "Who played Captain Joseph Hale?" && q.Correct() == "Peter Vane" {
			found = true
		}
		if q.Kind != KindTrueFalse && slices.Contains(q.Options, "Joseph Hale") {
			t.Errorf("%q offers the part Joseph Hale", q.Prompt)
		}
	}
	if !found {
		t.Error("no \"Who played Captain Joseph Hale?\" keyed Peter Vane")
	}
}

// TestBroughtToAPart: in a review, "Kwame Asante brings a wiry charm to
// Lewis Pryor" casts him, and makes Lewis Pryor a part, no person to offer.
func TestBroughtToAPart(t *testing.T) {
	qs := mustCandidates(t, `The Quiet Hour review – a taut thriller that keeps its nerve

Rosamund Tait is superb as Helen Croft, the dispatcher whose weariness curdles slowly into dread.

Opposite her, Kwame Asante brings a wiry, unsettling charm to Lewis Pryor, the new colleague who arrives an hour early for his shift.

There is strong support from Gerald Finch as Dennis Harlow, the firm's owner, and the director Fiona Maclaren co-wrote the screenplay with Daniel Okafor.`)
	found := false
	for _, q := range qs {
		if q.Prompt == "Who plays Lewis Pryor?" && q.Correct() == "Kwame Asante" {
			found = true
		}
		if q.Kind != KindTrueFalse && q.Kind != KindRole && slices.Contains(q.Options, "Lewis Pryor") {
			t.Errorf("%q offers the part Lewis Pryor", q.Prompt) // (a part's role is asked among parts)
		}
	}
	if !found {
		t.Error("no \"Who plays Lewis Pryor?\" keyed Kwame Asante")
	}
}

// TestCastAsIsAPart: "he was cast as Inspector Frank Mellor" makes the
// inspector a part, not a person whose role to ask.
func TestCastAsIsAPart(t *testing.T) {
	qs := mustCandidates(t, `Actor Sir Geoffrey Tallis dies at 87

Sir Geoffrey Tallis, the actor whose career spanned six decades, has died at the age of 87, his family said.

In 1974 he was cast as Inspector Frank Mellor in the BBC police drama Northgate, a role he played for 11 series.

The director Sir Nigel Ashby said Tallis had been "a giant of British acting", and the critic Anna Pryce called his Lear "the most human of a generation".

Northgate's producer, Ruth Cole, said the show had drawn 18 million viewers at its peak.`)
	for _, q := range qs {
		if strings.Contains(q.Prompt, "Who is Frank Mellor") || q.Kind != KindTrueFalse && slices.Contains(q.Options, "Frank Mellor") {
			t.Errorf("%q %q treats the part Frank Mellor as a person", q.Prompt, q.Options)
		}
	}
}

// TestComparedDateIsNotTheVerbs: "has drawn comparisons with Cape Town's
// crisis in 2018" dates the crisis, not the drawing.
func TestComparedDateIsNotTheVerbs(t *testing.T) {
	noCandidate(t, `Water limits tightened

The drought has drawn comparisons with Cape Town's crisis in 2018, when the city came close to switching off supply, said Thando Mabena.

Dam levels fell to 11.8 percent in 2021 and to 9 percent in 2020, the council said in 2019.`, func(q Question) bool {
		return q.Kind == KindWhen && strings.Contains(q.Prompt, "drawn comparisons")
	})
}
