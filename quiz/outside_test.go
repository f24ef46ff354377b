package quiz

import (
	"strings"
	"testing"
)

// Words that point outside a question, and the rules that resolve or avoid
// them, on sentences written for the project.

// firstSent analyses text (a headline is added) and returns the analysis
// and its sentence i.
func firstSent(t *testing.T, text string, i int) (*analysis, *sent) {
	t.Helper()
	a, err := ParseArticle("Harbour news\n\n" + text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	if i >= len(an.sents) {
		t.Fatalf("%q has %d sentences", text, len(an.sents))
	}
	return an, &an.sents[i]
}

func TestOutsideRef(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"This estimate could rise before the summer.", true},
		{"Janet Corrigan said the group was overjoyed.", true},
		{"The Friends of Carrow Lane Baths said the group was overjoyed.", false},
		{"The group of ten swimmers set off at dawn.", false},
		{"The charity National Energy Action said fuel poverty had risen.", false},
		{"Deliveries in China, the group's largest market, fell 21%.", false},
		{"Delivered from the far end of the pier, it landed in the sea.", true},
		{"One such example is the new ferry to the island.", true},
		{"Boats such as the new ferry carry cars.", false},
		{"Speaking in the square, the mayor thanked the crowd.", false},
		{"The council approved the budget this year.", false},
		{"The two sides agreed to meet again in Oslo.", true},
		{"The four ferries bought last year carry cars.", true},
		{"The first of the four ferries carries cars.", false},
		{"Fares rose for the three months to June.", false},
		{"The firm said its profits rose sharply.", false},
		{"Rescuers searched for it all night.", true},
		{"It emerged that the mayor had resigned.", false},
		{"Shares in the port fell after the move.", true},
		{"The decision to close the school angered parents.", false},
		{"Officials would continue that campaign.", true},
		{"Officials said that prices rose in the spring.", false},
		{"Both clubs denied any wrongdoing.", true},
		{"Both the mayor and the council resigned.", false},
		{"Volunteers were sent there by boat.", true},
		{"There were no injuries on the ferry.", false},
		{"Farmers said their crops had failed.", false},
		{"Those who lost homes will get help from the council.", false},
		{"These were the worst storms in a decade.", true},
		{"Fishermen in Skerra said the pair had left early.", true},
		{"The potter takes the point seriously.", true},
		{"A new one would have cost less than £2,000.", true},
		{"One of the valves had failed.", false},
		{"The board said that reflected a wider backlog.", true},
		{"The board said that prices reflected a wider backlog.", false},
		{"Two more went to the bus association.", true},
		{"Two more buses went to the depot.", false},
		{"The home side's response came from an unlikely source.", true},
		{"Tries from Lowe and Sheehan gave the home side a 24-10 lead.", false},
		{"The rate rose from 58 per cent to 71 per cent over the same period.", true},
		{"Sales rose 4 per cent in the same period last year.", false},
		{"The point of the new kiln is to save gas.", false},
		{"The most recent was the sale of the old pier.", true},
		{"The striker scored twice in the second half.", true},
		{"The Leeds band will play in Skerra in July.", true},
		{"The harbour board approved a timetable.", false},
		{"Two ferries left at the same time.", false},
		{"Other ports are expected to follow suit.", true},
		{"The council said it would do so.", true},
		{"The council did so well that it won an award.", false},
		{"For six years the ferryman has done it alone.", true},
		{"She has hit four winners off that wing already.", true},
		{"She made five unforced errors in that set.", true},
		{"The work was restored in 2003, an event the painter attended.", true},
		{"The work on the harbour wall was finished in 2003.", false},
		{"The ferryman has done so since 2019.", true},
		{"The ferryman did it for the harbour board in 2019.", true},
		{"The ferryman sold the boat and said it was too slow.", false},
		{"The rest will be paid from the council's own budget.", true},
		{"The rest of the money will come from the council.", false},
		{"The gap was widest for mining bees.", true},
		{"Mr Lee said the man tried to recruit him.", true},
		{"The main theme is how devices talk to each other.", true},
		{"The main theme of the show is how devices talk to each other.", false},
		{"Most of the jobs will go at its research centres.", true},
		{"Most are held by the gallery in London.", true},
		{"Most visitors come in the summer.", false},
		{"Harbex said most of the jobs would go at its research centres.", false},
		{"The man who found the boat called the coastguard.", false},
		{"The gap between rich and poor areas widened.", false},
		{"Three were in a serious condition.", true},
		{"12 have been charged with theft.", true},
		{"Three ferries were damaged in the storm.", false},
		{"2005 was the ferry's best year.", false},
		{"Eleven patients on the drug stopped treatment because of them.", true},
		{"The council closed the road because of it.", true},
		{"Farmers sold the crops and the council paid for them.", false},
		{"Residents said the council had forgotten about them.", false},
		{"The players thanked the fans for cheering for them.", false},
		{"The firm bought new trucks and paid for them in cash.", false},
		{"France are third with nine.", true},
		{"Harbex finished with 10 men after a red card.", false},
		{"Harbex came second with 28.7% and 77 seats.", false},
		{"The mayor is expected to sign it on Friday.", true},
		{"More than half were in London and the West Midlands.", true},
		{"About a third are over 65.", true},
		{"More than half of the cases were in London.", false},
		{"About 40 people were hurt in the crash.", false},
		{"The actor Hugh Grant called it a disgrace.", true},
		{"The council has closed it for the winter.", true},
		{"The firm found it hard to hire drivers.", false},
		{"The firm believes it will grow next year.", false},
		{"The council bought the pier and closed it in May.", false},
		{"The council voted to sell the pier and to close it in May.", false},
		{"Those exposed to bright light were more likely to fall ill.", false},
		{"Those living near the airport were moved.", false},
		{"Those given the drug were less likely to fall ill.", false},
		{"Those rules were changed in May.", true},
		{"Vermeulen resigned the following week.", true},
		{"The mayor left two days later.", true},
		{"The ferry to Skerra sails again the following week, the harbour board said on Monday.", false},
		{"The mood was markedly different in Skerra.", true},
		{"The picture is similar in the north.", true},
		{"The mood in Skerra was different from the mood in Leeds.", false},
		{"Fishermen tried a different route this year.", false},
	} {
		an, s := firstSent(t, tc.s, 0)
		if got := an.outsideRef(s, 0, len(s.toks), nil); got != tc.want {
			t.Errorf("outsideRef(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestItReferent(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"A new ferry service was launched in May. However, it was suspended by the port authority in June.", "the new ferry service"},
		{"A new ferry service was launched in May. It was clear that the plan had failed.", ""},
		{"Ferries were launched in May. It was suspended by the port authority in June.", ""},
		{"Captain Ines Moreau launched the ferry in May. It was suspended in June.", ""},
		{"A new ferry service was launched in May. In June, it was suspended by the port authority.", "the new ferry service"},
		{"A new ferry service was launched in May. Last year, it was suspended by the port authority.", "the new ferry service"},
		// The subject before an aside set off by commas; not an "It is
		// the…" that tells the news rather than the thing.
		{"The planet, catalogued as TOI-1 b, is twice the size of Earth. It circles a red dwarf once every 11.3 days.", "the planet"},
		{"The agency, Aemet, said the heat would last. It is the third heatwave of the summer.", ""},
		{"The largest, of €1.2bn, was imposed on Meta in 2023. It was appealed in May.", ""},
		{"The drug, called velunastat, was tested on 3,412 patients in 21 countries who had heart failure, a condition in which the heart stiffens. It affects an estimated 32 million people worldwide.", ""},
		{"The report says Harrowfield City Council spent £11.2 million on temporary housing. It is currently housing 640 households in hotels.", ""},
	} {
		an, s := firstSent(t, tc.text, 1)
		if _, got := an.itReferent(s); got != tc.want {
			t.Errorf("itReferent(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// The statement reads the referent instead of "it".
	an, s := firstSent(t, "A new ferry service was launched in May. However, it was suspended by the port authority in June.", 1)
	k := 0
	for i, tk := range s.toks {
		if tk.text == "June" {
			k = i
		}
	}
	p, ok := an.statementPlan(s, k, k+1)
	if got, want := p.render(s), "The new ferry service was suspended by the port authority in June."; !ok || got != want {
		t.Errorf("statement %q (ok %v), want %q", got, ok, want)
	}
}

// TestItForTheBodyBefore: "It plans to…" after a sentence whose subject
// is a company is that company; "It will cost…" may be anything the
// sentence before names.
func TestItForTheBodyBefore(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Sony said the rise would pay for new games. It plans to spend £400m on them next year.", "Sony"},
		{"Sony said the rise would pay for new games. It also said that prices would stay the same in Japan.", "Sony"},
		{"Sony approved the plan on Monday. It will cost £2m over three years.", ""},
		{"Sony, which makes games consoles, said the rise would pay for new games. It plans to spend £400m on them.", "Sony"},
	} {
		an, s := firstSent(t, tc.text, 1)
		if _, got := an.itReferent(s); got != tc.want {
			t.Errorf("itReferent(%q) = %q, want %q", tc.text, got, tc.want)
		}
		lead, ok := an.standaloneLead(s)
		if ok != (tc.want != "") || lead.text != tc.want {
			t.Errorf("standaloneLead(%q) = %q %v, want %q", s.text, lead.text, ok, tc.want)
		}
	}
}

// TestTheyForThePluralBefore: "They have been given the names…" after a
// sentence whose subject is "The cubs" is the cubs; after one about a
// person, or with no plural subject first, it is nothing sure.
func TestTheyForThePluralBefore(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The cubs, a male and a female, were born in June, but keepers waited until now to say so. They have been given the names Noodle and Sesame.", "the cubs"},
		{"The red pandas arrived at the zoo from Sweden in May. They feed mainly on bamboo.", "the red pandas"},
		{"Keeper Lorna Hughes fed the cubs in June. They have been given the names Noodle and Sesame.", ""},
		{"Despite their name, red pandas are not related to giant pandas. They feed mainly on bamboo.", ""},
	} {
		an, s := firstSent(t, tc.text, 1)
		if got := an.theyReferent(s); got != tc.want {
			t.Errorf("theyReferent(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestItAfterAnOpeningUnresolved: "it" after an opening time or place
// that the sentence before does not settle leaves no statement: "In June,
// it was suspended" out of its place says nothing of what was.
func TestItAfterAnOpeningUnresolved(t *testing.T) {
	// "the company" of the sentence before is the story's company.
	const text = "The Swedish tram maker Nordlys will build a plant in Ohio, said Eva Lind. Nordlys shares rose 4%. But the company has faced questions about its brakes. In March, it recalled 40 trams in Europe."
	an, s := firstSent(t, text, 3)
	if _, got := an.itReferent(s); got != "Nordlys" {
		t.Errorf("itReferent(%q) = %q, want Nordlys", text, got)
	}
	// "it asked customers to return…" is a deed, not "it was expected to";
	// and ", it asked" after an opening is no trailing "he said" to cut.
	an, s = firstSent(t, "It was the second recall in two years. In 2023, it asked customers to return 300,000 power banks.", 1)
	if k := itSubject(s.toks); k != 3 {
		t.Errorf("itSubject(%q) = %d, want 3", s.text, k)
	}
	if p, ok := an.statementPlan(s, 1, 2); ok {
		t.Errorf("statement %q, want none", p.render(s))
	}
	// "it fined" is a deed of the Commission, not of the fine.
	const fine = "The fine is one of the largest ever imposed by the Commission. In 2018, it fined Google €4.3bn over Android."
	an, s = firstSent(t, fine, 1)
	if _, got := an.itReferent(s); got != "" {
		t.Errorf("itReferent(%q) = %q, want none", fine, got)
	}
	_, s = firstSent(t, "After the 2021 election, it took a record 299 days to form a government.", 0)
	if k := itSubject(s.toks); k != -1 {
		t.Errorf("itSubject(%q) = %d, want -1: \"it took … to\" is about no thing", s.text, k)
	}
	_, s = firstSent(t, "It is the third time a mission has brought back dust from an asteroid.", 0)
	if k := itSubject(s.toks); k != -1 {
		t.Errorf("itSubject(%q) = %d, want -1: \"it is the third time\" is about no thing", s.text, k)
	}
	an, s = firstSent(t, "It was the second recall in two years. In 2023, they asked customers to return 300,000 power banks.", 1)
	if p, ok := an.statementPlan(s, 1, 2); ok && p.render(s) == "In 2023." {
		t.Errorf("statement %q: an opening taken for the whole claim", p.render(s))
	}
	an, s = firstSent(t, "Ferries and buses were launched in May. In June, it was suspended by the port authority.", 1)
	k := len(s.toks) - 2
	if p, ok := an.statementPlan(s, k, k+1); ok {
		t.Errorf("statement %q, want none", p.render(s))
	}
}

func TestThisSubject(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"This has made Moreau the first woman to win the race.", 1},
		{"This was mainly because of the rain.", 0},
		{"That was until the storm came.", 0},
		{"The storm has made the crossing rough.", 0},
	} {
		_, s := firstSent(t, tc.s, 0)
		if got := thisSubject(s); got != tc.want {
			t.Errorf("thisSubject(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestSubjectAfterDescribingWords(t *testing.T) {
	for _, tc := range []struct {
		s, subj string // subj "" when no main clause is found
	}{
		{"Former miner Tom Baxter has opened a museum in Leeds.", "Former miner Tom Baxter"},
		{"Folk veterans Silver Harbour have joined the festival line-up.", "Folk veterans Silver Harbour"},
		{"On Monday Tom Baxter opened a museum in Leeds.", ""},
	} {
		_, s := firstSent(t, tc.s, 0)
		got := ""
		if len(s.cls) > 0 && s.cls[0].ok && s.cls[0].subj0 == 0 && s.cls[0].subjMent >= 0 {
			got = span(s, s.cls[0].subj0, s.cls[0].subj1)
		}
		if got != tc.subj {
			t.Errorf("subject of %q = %q, want %q", tc.s, got, tc.subj)
		}
	}
}

func TestPromptRules(t *testing.T) {
	text := `Bridge closes for repairs

Mayor Ann Lee said the bridge, and the tunnel nearby, would close in March.

Engineer Tom Baxter said the cracks had grown over the winter.

Council leader Rita Moss said the repairs would cost £4m.

The contractor banked £5m (€6m) from the council for the work.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if q.Prompt == "Who said the bridge?" {
			t.Errorf("a verb of saying without a clause: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "(") && q.Kind != KindTrueFalse {
			t.Errorf("an aside in brackets kept: %q", q.Prompt)
		}
	}
}

func TestWhatDistractorsAvoidAnaphoricNouns(t *testing.T) {
	text := `Council buys new ferry

The council approved the purchase of a ferry on Monday.

The move surprised the harbour board.

The board welcomed the ferry, the council said.

Engineers inspected the hull and the engines before the sale.

The decision ended a long row over the timetable.

The captain praised the crew and the design.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if q.Kind != KindWhat {
			continue
		}
		for _, o := range q.Options {
			if o == "the move" || o == "the decision" {
				t.Errorf("%q offers %q, which fits any question", q.Prompt, o)
			}
		}
	}
}

func TestAppositiveSubject(t *testing.T) {
	for _, tc := range []struct {
		s, pred string // pred: the first word of the predicate, "" when no clause
	}{
		{"Ann Lee, the harbour master, said the pier would close.", "said"},
		{"Ann Lee, who has run the harbour for ten years, said the pier would close.", "said"},
		{"Ann Lee, Tom Ray and Rita Moss said the pier would close.", ""},
	} {
		_, s := firstSent(t, tc.s, 0)
		got := ""
		if len(s.cls) > 0 && s.cls[0].ok && s.cls[0].subj0 == 0 {
			got = s.toks[s.cls[0].pred].text
		}
		if got != tc.pred {
			t.Errorf("predicate of %q starts at %q, want %q", tc.s, got, tc.pred)
		}
	}
}

func TestPersonByAppositiveRole(t *testing.T) {
	// Orvald is no given name the lists know; the role between commas
	// before "said" makes him a person.
	if got := entityType(t, "Orvald Pemberton, the harbour spokesman, said the pier would close.", "Orvald Pemberton"); got != ePerson {
		t.Errorf("Orvald Pemberton typed %v, want a person", got)
	}
	if got := entityType(t, "Harbour Lights, the new restaurant, opened on Monday.", "Harbour Lights"); got == ePerson {
		t.Errorf("Harbour Lights typed as a person")
	}
}

func TestCutQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"We have waited for this bridge for a very long time, and we are glad it is finally open to everyone in the town today and tomorrow", "We have waited for this bridge for a very long time…"},
		{"The cultural, social and educational value of the harbour is plain to see for anyone who walks along the quay on a sunny day", ""},
		{"It is open. We are glad it is finally open to everyone in the town today and tomorrow and every day after that one", ""},
		{"Some of the old ferries are badly rusted and are being used by the operator to carry far more people than they were built for", "Some of the old ferries are badly rusted…"},
		{"The ferries and the buses and the trains are all running late today because the storm has closed the main road into the town", ""},
	} {
		got := strings.Join(cutQuote(strings.Fields(tc.in)), " ")
		if got != tc.want {
			t.Errorf("cutQuote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWhoPromptRules(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool // a "Who …?" prompt may be made from the predicate
	}{
		{"Tom Baxter said he would resign.", true},
		{"Tom Baxter thanked the crew after he docked.", false},                  // "he" may be someone else
		{"Tom Baxter shot wide and Ann Lee blocked it.", false},                  // two clauses
		{"Tom Baxter finished with three for 61 and Ann Lee two for 44.", false}, // a second clause with its verb left out
		{"Tom Baxter scored three in a row and the Harriers led 50-48.", false},  // a second clause whose subject takes "the"
		{"Tom Baxter took the ferry to Skerra on Monday.", true},                 // plain
		{"Tom Baxter told the council that we would pay.", false},                // "we"
		{"Tom Baxter directed Catch Me If You Can in Leeds last year.", true},    // a title
	} {
		an, s := firstSent(t, tc.s, 0)
		c := s.cls[0]
		got := !an.loosePrompt(s, c.pred, c.textEnd) && !secondSubject(s, c.pred, c.textEnd) && !otherPerson(s, c.pred, c.textEnd)
		if got != tc.want {
			t.Errorf("%q: prompt allowed %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestQuoteSpeakerMustBeSure(t *testing.T) {
	text := `Ferry row

Ann Lee met Tom Ray and Rita Moss at the harbour on Monday.

She said: "The ferry will run again before the summer holidays begin in July."

Mayor Ann Lee, Tom Ray and Rita Moss all spoke at the meeting.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if q.Kind == KindQuote && strings.Contains(q.Prompt, "ferry will run") {
			t.Errorf("a quotation whose speaker is an unsure 'She' is asked: %q", q.Prompt)
		}
	}
}

func TestWhatObjectRules(t *testing.T) {
	text := `Harbour news

The council moved the ferries back to the old route in May.

The board secured the ferries they wanted from the yard.

The ferries carry the cars, the bikes and the mail.

The town bought the boats, the cranes and the sheds last year.

The ferries replaced the boats on the route.

Later the cranes lifted the sheds and the mail onto the quay.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range Candidates(a) {
		if q.Kind != KindWhat {
			continue
		}
		asked = asked || q.Prompt == "What did the ferries replace on the route?"
		for _, bad := range []string{"move back", "secure they", "buy the cranes"} {
			if strings.Contains(q.Prompt, bad) {
				t.Errorf("a 'what' question that breaks its verb: %q", q.Prompt)
			}
		}
	}
	if !asked {
		t.Errorf("the plain object question is not asked")
	}
}

func TestBlankSurnameGivesAway(t *testing.T) {
	text := `Harbour race

Tom Baxter won the harbour race on Sunday, ahead of Ann Lee and Rita Moss.

Baxter's win came a week after Ann Lee had beaten Tom Baxter in the river race at Skerra.

Rita Moss finished third in both races, and Jo Finch was fourth.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if q.Kind == KindCloze && q.Correct() == "Tom Baxter" && strings.Contains(q.Prompt, "Baxter") {
			t.Errorf("the blank's surname stays in the prompt: %q", q.Prompt)
		}
	}
}

func TestNegationNeedsSurePeople(t *testing.T) {
	text := `Ferry news

Ann Lee sailed the new ferry to Skerra on Monday.

Tom Baxter thanked the crew after she docked the ferry at the old quay.

The harbour board opened the new quay for the ferries and their crews.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	negated := false
	for _, q := range Candidates(a) {
		if strings.Contains(q.Prompt, "thank") && strings.Contains(q.Prompt, " not ") {
			t.Errorf("a negated statement with an unsure 'she': %q", q.Prompt)
		}
		negated = negated || strings.Contains(q.Prompt, "did not open the new quay")
	}
	if !negated {
		t.Errorf("the plain statement with 'their' standing for 'the ferries' is not negated")
	}
}

// TestStatementKeepsAntecedent: an aside a long statement leaves out may
// hold what a later "its" stands for; then it stays, or the statement is
// not made.
func TestStatementKeepsAntecedent(t *testing.T) {
	an, s := firstSent(t, "Jane Roe, harbour director at Harbex, said its figures suggested that 90% of passengers on the island ferries were tourists, while the winter sailings carried mostly islanders and their cars.", 0)
	k := 0
	for i, tk := range s.toks {
		if tk.text == "90" {
			k = i
		}
	}
	p, ok := an.statementPlan(s, k, k+2)
	if !ok {
		return // not made: nothing dangles
	}
	if got := p.render(s); strings.Contains(got, "its figures") && !strings.Contains(got, "Harbex") {
		t.Errorf("statement %q keeps \"its\" without what it stands for", got)
	}
}

// TestHeadlineSettlesTheDeal: "the deal" points outside its sentence
// unless the headline names a deal, which it then is.
func TestHeadlineSettlesTheDeal(t *testing.T) {
	for _, tc := range []struct {
		headline string
		want     bool
	}{
		{"Summit ends with deal on aid", false},
		{"Summit ends in the early hours", true},
		{"Aid groups agree merger at summit", false}, // the deal is the merger
	} {
		an := analyseArticle(t, tc.headline+"\n\nCountries at the summit agreed to raise aid. The deal was reached in the early hours of Sunday.")
		s := &an.sents[1]
		if got := an.outsideRef(s, 0, len(s.toks), nil); got != tc.want {
			t.Errorf("headline %q: outsideRef = %v, want %v", tc.headline, got, tc.want)
		}
	}
}
