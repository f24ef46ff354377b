package quiz

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestPickSameAnswer keeps at most two questions whose answer is the same,
// however well the others score: a third one teaches nothing new and gives
// the answer away. True-or-false answers are not counted.
func TestPickSameAnswer(t *testing.T) {
	var cands []cand
	add := func(kind Kind, answer string, score float64) {
		i := len(cands)
		cands = append(cands, cand{q: Question{Kind: kind}, score: score, sent: i, fact: string(rune('a' + i)), answer: answer})
	}
	for range 2 {
		add(KindCloze, "Acme", 5)
		add(KindWho, "Acme", 5)
	}
	add(KindWho, "Ann Lee", 1)
	for range 3 {
		add(KindTrueFalse, "True", 1)
	}
	// A year is one fact, whatever kind of question asks it.
	add(KindCloze, "2005", 4)
	add(KindCloze, "2005", 4)
	add(KindWhen, "2005", 4)
	got := map[string]int{}
	for _, c := range pick(cands, 10, 1) {
		got[c.answer]++
	}
	want := map[string]int{"Acme": 2, "Ann Lee": 1, "True": 3, "2005": 1}
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
		{"one fact", 1, 10, 20, 1, 400, "only 1 of the article's 20 sentences holds a fact (a name, place, date, number, quotation or key phrase) that Storyquiz can ask about with three good wrong answers, and it asks at most one question per sentence"},
		{"repeats only", 8, 10, 30, 12, 700, "the remaining questions would repeat facts or answers already asked"},
	}
	for _, tt := range tests {
		if got := shortReason(tt.made, tt.wanted, tt.sentences, tt.askable, tt.words); got != tt.want {
			t.Errorf("%s: got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestGivesAway checks that a quiz does not ask for a figure that another
// of its questions asks for or states, while years, which date many facts
// of one story, and small numbers may come up again.
func TestGivesAway(t *testing.T) {
	q := func(kind Kind, prompt, answer string) cand {
		return cand{q: Question{Kind: kind, Prompt: prompt}, answer: answer}
	}
	asked := []cand{q(KindNumber, "The current _____ hour closure power did not have enough impact.", "24")}
	for _, tc := range []struct {
		c    cand
		want bool
	}{
		{q(KindTrueFalse, "True or false? Mr Fox said a closure for only 19 hours made no impact.", "24"), true},
		{q(KindNumber, "Pubs may stay open _____ hours a day.", "24"), true},
		{q(KindCloze, "Police asked for powers beyond the 24 hour limit in _____.", "March"), true},
		{q(KindNumber, "The chiefs met _____ MPs on Tuesday.", "12"), false},
		{q(KindTrueFalse, "True or false? The law changed in 2005.", "2005"), false},
		{q(KindNumber, "_____ pubs were closed last year.", "three"), false},
	} {
		if got := givesAway(tc.c, asked); got != tc.want {
			t.Errorf("%q (%s): gives away %v, want %v", tc.c.q.Prompt, tc.c.answer, got, tc.want)
		}
	}
}

// TestPickRestates keeps one of two questions with the same answer whose
// prompts say mostly the same.
func TestPickRestates(t *testing.T) {
	cands := []cand{
		{q: Question{Kind: KindCloze, Prompt: "Details of the new ferry will be released in _____ on Monday."}, score: 5, sent: 0, fact: "a", answer: "Leeds"},
		{q: Question{Kind: KindCloze, Prompt: "Details of the ferry will be released at the harbour fair in _____."}, score: 4, sent: 1, fact: "b", answer: "Leeds"},
		{q: Question{Kind: KindWhere, Prompt: "Where were the engineers who designed the new bridge from?"}, score: 3, sent: 2, fact: "c", answer: "Leeds"},
	}
	var got []string
	for _, c := range pick(cands, 10, 1) {
		got = append(got, c.fact)
	}
	if want := "[a c]"; fmt.Sprint(got) != want {
		t.Errorf("picked %v, want %s", got, want)
	}
}

func TestThinQuote(t *testing.T) {
	for _, tc := range []struct {
		stmt string
		want bool
	}{
		{`"You would have to ask Mark May," Holtz said.`, true},
		{`"We have made a fair offer and my door remains open," she said in a statement.`, false},
		{`"No," said the mayor.`, true},
		{`Mr Lee said the plan was "a mistake".`, false},
	} {
		if got := thinQuote(tc.stmt); got != tc.want {
			t.Errorf("thinQuote(%q) = %v, want %v", tc.stmt, got, tc.want)
		}
	}
}

// TestHeadlineFigureNotAsked: the headline stands over every question, so
// a figure it states is not asked ("Walking 7,000 steps a day…": no "walk
// about _____ steps"), and other questions that state it stay free; an
// article whose title is only its lead's first words loses nothing.
// TestHeadlineShortName: "Lib Dems" in a headline gives away "The _____
// have won the by-election" keyed "Liberal Democrats".
func TestHeadlineShortName(t *testing.T) {
	c := cand{answer: "Liberal Democrats", sent: 1, q: Question{Kind: KindCloze, Prompt: "The _____ have won the Ryeford by-election.", Options: []string{"Liberal Democrats", "Labour", "Green Party", "Reform UK"}}}
	if !headlineGives("lib dems overturn majority to win ryeford by-election", c, func(string) bool { return false }) {
		t.Errorf("the headline's Lib Dems do not give the answer away")
	}
}

// TestHeadlineTensInWords: "Sixty years on the pager" over "a medal marking
// _____ years of service" gives the 60 away.
func TestHeadlineTensInWords(t *testing.T) {
	c := cand{answer: "60", sent: 1, q: Question{Kind: KindNumber, Prompt: "Ken Alder will be given a medal marking _____ years of service.", Options: []string{"60", "50", "70", "80"}}}
	if !headlineGives("sixty years on the pager: okato's ken alder still answers the siren", c, func(string) bool { return false }) {
		t.Errorf("the headline's sixty does not give 60 away")
	}
}

func TestHeadlineFigureNotAsked(t *testing.T) {
	for _, tc := range []struct {
		text      string
		key       string
		wantAsked bool
	}{
		{`Walking 7,000 steps a day cuts risk of early death

People who walk about 7,000 steps a day have a much lower risk of dying early than those who walk 2,000, a review by Ann Lee found.

Walking 7,000 steps a day was linked to a 47% lower risk of death, said Tom Reed.`, "7,000", false},
		{`People who walk about 7,000 steps a day have a much lower risk of dying early than those who walk 2,000, a review by Ann Lee found.

Walking 7,000 steps a day was linked to a 47% lower risk of death, said Tom Reed.`, "7,000", true},
		{`Walking 7,000 steps a day cuts risk of early death

Walking 7,000 steps a day was linked to a 47% lower risk of death, said Tom Reed.`, "47%", true},
		// The headline writes "%" for "percent".
		{`Central bank keeps rate unchanged at 10% as inflation eases

The central bank kept its policy rate unchanged at 10 percent on Monday, said Ann Lee.

Food inflation eased to 7.9 percent in June, said Tom Reed.`, "10 percent", false},
		{`Freight group profit slumps 31pc as volumes fall

The freight group reported a 31 per cent fall in full-year profit, said Ann Lee.

Road freight volumes fell 9 per cent across the year, said Tom Reed.`, "31 per cent", false},
		// The headline writes the amount without its sign.
		{`Water company fined 3.4m pounds after sewage killed fish

A water company has been fined £3.4m after sewage was released into a river, said Ann Lee.

The firm was also ordered to pay £118,000 in costs, said Tom Reed.`, "£3.4m", false},
		// The headline rounds the figure.
		{`Share sale subscribed 46 times as funds pile in

The share sale of Harbex Foods was subscribed 46.3 times on the final day, said Ann Lee.

Retail investors bid 12.4 times the shares set aside for them, said Tom Reed.`, "46.3", false},
		// The headline writes in words what the story writes in digits.
		{`Twelve minutes of rowing a day helps the heart, study finds

Rowing for 12 minutes a day lowered resting heart rates by 9% in a trial led by Ann Lee.

Rowing for 12 minutes a day was linked to better sleep in 61% of people, said Tom Reed.`, "12", false},
		// The headline rounds the figure and shortens its unit.
		{`University to cut 312 jobs to tackle £23m deficit

The university plans to cut 312 jobs to close a budget deficit of £23.4 million, staff were told by Ann Lee.

The union branch said it would ballot its 900 members, said Tom Reed.`, "£23.4 million", false},
		// The headline glues the unit to the figure.
		{`Harbour town records 41.6C as heat grips the coast

The weather service recorded a temperature of 41.6 degrees in the harbour town on Wednesday, said Ann Lee.

The old record of 39.9 degrees was set in 2019, said Tom Reed.`, "41.6", false},
	} {
		a, err := ParseArticle(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		an := analyse(a)
		asked := false
		for _, c := range validCands(an, an.makeCandidates()) {
			asked = asked || c.answer == tc.key
		}
		if asked != tc.wantAsked {
			t.Errorf("title %q: %s asked = %v, want %v", a.Title, tc.key, asked, tc.wantAsked)
		}
	}
	for _, tc := range []struct {
		text, v string
		want    bool
	}{
		{"walking 7,000 steps a day", "7,000", true},
		{"walking 7,000 steps a day", "7", false},
		{"fined £4.2m.", "£4.2m", true},
		{"a 2007 law", "7", false},
		{"three killed in crash", "three", true},
		{"ban on energy drinks for under-16s", "16", true},
		{"music of the 1990s", "1990", false},
	} {
		if got := wordIn(tc.text, tc.v); got != tc.want {
			t.Errorf("wordIn(%q, %q) = %v, want %v", tc.text, tc.v, got, tc.want)
		}
	}
}

// TestHeadlineNameNotGiven: the one option the headline names answers its
// question ("Storm to cost Portugal…" or "Portuguese storm…" over "the
// cost to _____"), and so does a false statement that swaps it out, or
// one that denies the lead the headline sums up; who said what in an interview
// with the two people the headline names is still a question.
func TestHeadlineNameNotGiven(t *testing.T) {
	for _, tc := range []struct {
		text, key string
		wantAsked bool
	}{
		{`Storm damage to cost Portugal billions

The full cost to Portugal of the storm will not be known for months, said Rui Costa of the central bank.

Spain and France sent engineers to help repair power lines, Ana Mota said.`, "Portugal", false},
		{`Portuguese storm damage to cost billions

The full cost to Portugal of the storm will not be known for months, said Rui Costa of the central bank.

Spain and France sent engineers to help repair power lines, Ana Mota said.`, "Portugal", false},
		{`The full cost to Portugal of the storm will not be known for months, said Rui Costa of the central bank.

Spain and France sent engineers to help repair power lines, Ana Mota said.`, "Portugal", true},
		// A headline names a county by its adjective.
		{`Silver hoard found in Cumbrian field

A hoard of 200 silver coins was found near Kirkby Lonsdale in Cumbria, said Ann Lee.

Experts from Lancashire and Yorkshire dug for three days, said Tom Reed.`, "Cumbria", false},
		// A headline names a party by its first word.
		{`Greens take control of Harbour council

The Green Party has won control of Harbour Council for the first time, said Ann Lee.

Labour fell from 24 seats to 15, and the Liberal Democrats won nine, while the Conservatives kept their seven seats.`, "Green Party", false},
		// A headline writes in digits what the story writes in words.
		{`Firm fined over breach affecting 3 million customers

A software firm has been fined £14m after hackers stole the personal details of more than three million people, the data watchdog has said.

The firm, Corvane Systems, failed to protect its computers, said Ann Lee.`, "three", false},
		{`Ortiz wins the Harbour Cup sailing race

The Harbour Cup sailing race was decided on Sunday by a close finish in strong winds, said Ann Lee of the sailing club.

Lena Ortiz crossed the line four seconds ahead of Paul Brandt.

Marco Vidal finished third, ahead of Ines Moreau.`, "Lena Ortiz", false},
		// The lead's main event is asked, though the headline names its
		// actor by surname.
		{`Ortiz wins the Harbour Cup sailing race

Lena Ortiz won the Harbour Cup sailing race on Sunday after a close finish in strong winds.

Paul Brandt, who came second, said the wind had dropped just before the line.

Marco Vidal finished third, ahead of Ines Moreau, said Ann Lee of the sailing club.`, "Lena Ortiz", true},
		{`How Lena Ortiz and Paul Brandt made their film about the sea

"We filmed for nine weeks on a trawler off the coast and nobody slept much at all," said Lena Ortiz.

"The crew taught me to mend nets between the storms that hit us every night," Paul Brandt said.

"Lena wanted every scene shot in daylight, which made the winter days very short," added Marco Vidal.`, "Lena Ortiz", true},
	} {
		a, err := ParseArticle(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		asked := false
		an := analyse(a)
		for _, c := range validCands(an, an.makeCandidates()) {
			// A true statement that says what the headline says gives
			// nothing away.
			asked = asked || c.answer == tc.key && !(c.q.Kind == KindTrueFalse && c.q.Answer == 0) &&
				!(c.q.Kind == KindTrueFalse && tc.key == "Lena Ortiz") // see TestHeadlinePersonSwapped
		}
		if asked != tc.wantAsked {
			t.Errorf("title %q: %s asked = %v, want %v", a.Title, tc.key, asked, tc.wantAsked)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Irish film wins top prize in Berlin\n\nThe Irish drama Quiet Tide has won the Golden Bear for best film at the Berlin festival.", false},
		{"The Irish drama Quiet Tide has won the Golden Bear for best film at the Berlin festival.\n\nIt was shot in Donegal over eight weeks.", true},
	} {
		a, err := ParseArticle(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		an := analyse(a)
		if _, got := an.negationQuestion(&an.sents[0], 1); got != tc.want {
			t.Errorf("title %q: lead denied = %v, want %v", a.Title, got, tc.want)
		}
	}
}

// TestHeadlinePersonSwapped: a false statement that swaps out the person
// the headline names by surname is given away when it tells the
// headline's news, and not when it tells another deed of hers: without
// those, a profile's statements are all True.
func TestHeadlinePersonSwapped(t *testing.T) {
	text := `Marlow wins the Harbour Cup, then says goodbye

Dana Marlow won the Harbour Cup on Sunday and then said she would leave the Harbour Sailing Club.

The club's chairwoman, Petra Quist, said the committee was sorry to lose its best sailor.

Dana Marlow said the coaches in Cork were the finest in Ireland.

Petra Quist said the club would name its new boat after the winner.

Nina Sorel, who came second, said the wind had dropped just before the line.

Anna Brook was third and Clara Voss fourth.

Dana Marlow won the cup by four seconds, the race officer said.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	got := map[string]bool{}
	for _, c := range validCands(an, an.makeCandidates()) {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 {
			got[c.q.Prompt] = true
		}
	}
	for _, tc := range []struct {
		prompt string
		want   bool
	}{
		{"True or false? Petra Quist said the coaches in Cork were the finest in Ireland.", true},
		{"True or false? Petra Quist won the cup by four seconds, the race officer said.", false},
	} {
		if got[tc.prompt] != tc.want {
			t.Errorf("%q asked = %v, want %v (false statements: %v)", tc.prompt, got[tc.prompt], tc.want, got)
		}
	}
}

// TestPromptNamesOption: a wrong option the prompt names (a name put in
// for "Her", or a surname the prompt holds) is absurd beside it, and a
// body's head word the prompt writes as a name ("the Commission") gives
// the key away: the question goes.
func TestPromptNamesOption(t *testing.T) {
	for _, tc := range []struct {
		q    Question
		want bool
	}{
		{Question{Kind: KindCloze, Prompt: "Ada Pell's husband, the conductor _____, died in 2004.", Options: []string{"Tom Reed", "Ada Pell", "Max Roe", "Ian Dale"}}, true},
		{Question{Kind: KindCloze, Prompt: "Ada Pell's husband, the conductor _____, died in 2004.", Options: []string{"Tom Reed", "Ben Ash", "Max Roe", "Ian Dale"}}, false},
		{Question{Kind: KindNumber, Prompt: "Type 2 diabetes affects _____ people.", Options: []string{"4 million", "2", "3 million", "5 million"}}, false},
		{Question{Kind: KindTrueFalse, Prompt: "True or false? Ada Pell married Tom Reed.", Options: []string{"True", "False"}}, false},
		{Question{Kind: KindCloze, Prompt: "Counsel for Mokoena-Pretorius, _____, told the court her client would argue her case.", Options: []string{"Zanele Khoza", "Naledi Mokoena-Pretorius", "Lindiwe Dube", "Tom Reed"}}, true},
		{Question{Kind: KindCloze, Prompt: "Pell's son, _____, said she died at home.", Options: []string{"Tom Pell", "Max Roe", "Ian Dale"}, Answer: 0}, false}, // the key's own family name
		{Question{Kind: KindCloze, Prompt: "A spokesperson for the _____ said the Commission had taken note.", Options: []string{"European Commission", "Federal Council", "European Union", "Swiss Railways"}, Answer: 0}, true},
		{Question{Kind: KindCloze, Prompt: "A spokesperson for the _____ said the commission had taken note.", Options: []string{"European Commission", "Federal Council", "European Union", "Swiss Railways"}, Answer: 0}, false},
		{Question{Kind: KindCloze, Prompt: "Nitori Holdings rose 2.8%, and paper maker _____ added 1.1%.", Options: []string{"Oji Holdings", "Sony Group", "Japan Airlines", "Hoshino Securities"}, Answer: 0}, false},
	} {
		if got := promptNamesOption(tc.q); got != tc.want {
			t.Errorf("promptNamesOption(%q, %q) = %v, want %v", tc.q.Prompt, tc.q.Options, got, tc.want)
		}
	}
}

func TestRounded(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"46.3", "46"},
		{"£4.2m", "£4m"},
		{"2.5%", "3%"},
		{"7,000", ""},
		{"2024", ""},
	} {
		if got := rounded(tc.in); got != tc.want {
			t.Errorf("rounded(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestShortNameNotOffered: "City play _____ in the Champions League" does
// not offer Manchester City, which the sentence names as "City".
func TestShortNameNotOffered(t *testing.T) {
	an := analyseArticle(t, `Late goal keeps City top

Erling Haaland scored in the 89th minute as Manchester City came from behind to beat Brentford 2-1.

Arsenal beat Chelsea 3-0 on Saturday, while Everton lost at home to Fulham.

City play Real Madrid in the Champions League on Wednesday, while Brentford visit Wolves next Saturday.`)
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "City play") && slices.Contains(c.q.Options, "Manchester City") {
			t.Errorf("%q offers %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestColumnistsViews: a columnist's scene and guess are no facts to ask
// ("There is a particular sound…", "…must have heard it"), a question of
// the writer's run into a sentence is no stem, and ", which, as every fan
// knows, is…" is not cut to "…is usually".
func TestColumnistsViews(t *testing.T) {
	an := analyseArticle(t, `Time is running out for the manager

There is a particular sound a football ground makes when patience finally snaps.

Somewhere in the dugout, Gavin Rourke must have heard it on Saturday.

Young winger Kieran Mallory, the one spark in this team, watched the whole thing from the bench. Why?

Chairman Richard Elland said last month that Rourke had his "full backing", which, as every football fan knows, is usually the most dangerous phrase in the game.

The vote of confidence is the kiss of death in a club blazer.

Preston had not won away since October before Saturday's 2-0 win, said Ann Lee.`)
	for _, c := range validCands(an, an.makeCandidates()) {
		if c.sent <= 1 || strings.Contains(c.q.Prompt, "Why?") || strings.Contains(c.q.Prompt, "\" is usually") {
			t.Errorf("asked: %q", c.q.Prompt)
		}
	}
}

// TestAnswerPositionsEvenOverQuizzes: over many quizzes whose number of
// questions is no multiple of four, the answer sits at A as often as at D,
// so that always picking A gains nothing.
func TestAnswerPositionsEvenOverQuizzes(t *testing.T) {
	count := make([]int, 4)
	for seed := range int64(2000) {
		for _, p := range balancedPositions(newRand(seed), 5, 4) {
			count[p]++
		}
	}
	lo, hi := slices.Min(count), slices.Max(count)
	if float64(hi) > 1.1*float64(lo) {
		t.Errorf("answers by position A-D: %v", count)
	}
}

// TestNoLeadOfAKindOfThing: a review that opens "There is a particular
// kind of café that…" describes a kind, with names in it, but tells no
// event; the lead is not stated.
func TestNoLeadOfAKindOfThing(t *testing.T) {
	an := analyseArticle(t, `Café review: Larkspur, Galway

There is a particular kind of café that announces itself with neon, a menu chalked in three colours and a DJ on Saturdays.

Larkspur, which opened on Quay Street in March, is not that kind of café, the owner Niamh Burke said.`)
	if c, ok := an.leadStatement(); ok {
		t.Errorf("lead stated: %q", c.q.Prompt)
	}
}

// TestNoWhoOfABareComparison: "Adeyemi is more cautious, and wants his
// pupil to finish secondary school first" gives no "Who is more
// cautious?" (the profile is in testdata).
func TestNoWhoOfABareComparison(t *testing.T) {
	b, err := os.ReadFile("testdata/chess-prodigy-profile.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := analyseArticle(t, string(b))
	for _, c := range an.makeCandidates() {
		if c.q.Prompt == "Who is more cautious?" {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoWhoForAHeadlinePassive: a live page's "Councillor Peter Haigh
// re-elected for the fifth time" gives no "Who re-elected for the fifth
// time?", which lacks its "was".
func TestNoWhoForAHeadlinePassive(t *testing.T) {
	an := analyseArticle(t, `Council election count: live

Veteran councillor Peter Haigh re-elected for the fifth time, with 2,540 votes.

Lib Dem candidate Fiona Meredith takes the seat with 2,318 votes, ahead of Conservative Andrew Sykes.

Green councillor Tom Brearley re-elected with 2,104 votes, comfortably ahead of Labour.

Council leader Margaret Ashworth said it had been a difficult night for the party.`)
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "Who re-elected") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestFigureSpelledOutGivesAway: a quotation that says "Forty-two
// hectares" gives away the "_____ hectares" asked for as 42.
func TestFigureSpelledOutGivesAway(t *testing.T) {
	for _, tc := range []struct {
		prompt, value string
		want          bool
	}{
		{`According to the article, who said "Forty-two hectares is smaller than many golf courses"?`, "42", true},
		{`According to the article, who said "Forty hectares is small"?`, "42", false},
		{`The team counted 42 nests.`, "42", true},
		{`The team counted seven nests.`, "7", false},
		{`Fewer than one in three is seen within that 10-week window.`, "10", true},
	} {
		g := giveOf(cand{q: Question{Kind: KindQuote, Prompt: tc.prompt}})
		if got := g.states(giveOf(cand{q: Question{Kind: KindNumber}, answer: tc.value})); got != tc.want {
			t.Errorf("%q states %q: %v, want %v", tc.prompt, tc.value, got, tc.want)
		}
	}
}

// TestNoWhatForAPerson: "Firefighters pulled the boy from an upstairs
// window" gives no "What did firefighters pull…? the boy", where "the
// grandson" among the options would be the same boy.
func TestNoWhatForAPerson(t *testing.T) {
	an := analyseArticle(t, `Boy rescued from house fire

A grandmother and her grandson were taken to hospital after a fire at their home on Tuesday.

Firefighters pulled the boy from an upstairs bedroom window using a ground ladder, fire chief Ray Okafor said.

The grandson was treated for smoke inhalation, and the house was a total loss, Okafor said.

The fire started in the kitchen, and the smoke alarm in the hall did not sound, the fire marshal said.

A neighbour had woken the grandmother by banging on the door, Okafor said.

Paramedics treated the grandmother on the lawn before a second crew arrived for the neighbour, who had cut his hand.

The school has set up a collection for the family, and the principal thanked the firefighters.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhat && c.answer == "the boy" {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoBareSurnameOfTwoAsKey: where Marian Pardy and her brother-in-law
// Clarence Pardy are both named, no question keys "Pardy" alone.
func TestNoBareSurnameOfTwoAsKey(t *testing.T) {
	a, err := ParseArticle(`Lighthouse keeper turned curator

Marian Pardy climbed the 74 steps of the Cape Brule lighthouse twice a night for 22 years.

Her brother-in-law, Clarence Pardy, kept the light at Port Kendall until 1989.

The skipper, Wayne Tizzard, now 71, still visits the museum, and the historian Stephen Keough advises it.

A new archive will hold more than 3,000 logbook pages that Pardy has spent a decade transcribing by hand.`)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, c := range validCands(an, an.makeCandidates()) {
		if c.q.Kind != KindTrueFalse && c.q.Options[c.q.Answer] == "Pardy" {
			t.Errorf("%q keyed %q", c.q.Prompt, "Pardy")
		}
	}
}

// TestSurnameKeyTakesSurnameOptions: "Mrs Justice Penrose", named by her
// surname alone, is offered beside the others' surnames, so that her
// lone surname does not single the key out.
func TestSurnameKeyTakesSurnameOptions(t *testing.T) {
	qs := mustCandidates(t, `Minister defends river plan

Environment Minister Tanya Greer said on Monday the government would spend $2.1 billion cleaning up the river.

Deputy Nora Achterberg, who chairs the environment committee, said the plan was overdue.

Mrs Justice Penrose ruled last week that the state had breached its duties.

"We cannot wait another decade," Penrose said in her judgment.

Farmers' leader Helen Ward said her members supported the plan, and Greer said a vote was expected in June.`)
	found := false
	for _, q := range qs {
		if q.Kind == KindTrueFalse || !slices.Contains(q.Options, "Penrose") {
			continue
		}
		found = true
		for _, o := range q.Options {
			if strings.Contains(o, " ") {
				t.Errorf("%q offers %q beside the surname Penrose", q.Prompt, o)
			}
		}
	}
	if !found {
		t.Error("no question keyed Penrose")
	}
}
