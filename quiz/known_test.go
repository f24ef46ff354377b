package quiz

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestKnownGroupsDistractors checks that a well-known company, city or
// tournament gets its wrong options from its own group, and that a
// company is never offered beside a firm the article names, whose trade
// the engine cannot tell.
func TestKnownGroupsDistractors(t *testing.T) {
	text := `Chip makers meet in the city

Details of the new chip will be shown by Toshiba at a conference in Seattle on Monday.

Analysts at Harbourside Capital said the chip would also be sold to carmakers.

The firm plans a second factory in Oregon next year, it said.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	s := &an.sents[0]
	for _, tc := range []struct {
		name  string
		group string // a member of the group the options must come from
	}{
		{"Toshiba", "Sony"},
		{"Seattle", "Boston"},
	} {
		var m *mention
		for k := range s.ments {
			if s.ments[k].text == tc.name {
				m = &s.ments[k]
			}
		}
		if m == nil {
			t.Fatalf("%s: no mention in %+v", tc.name, s.ments)
		}
		got := an.distractors(s, m, tc.name, 3)
		g := known(tc.group)
		if len(got) != 3 {
			t.Errorf("%s: distractors %q, want 3", tc.name, got)
		}
		for _, d := range got {
			if !slices.Contains(g.names, d) {
				t.Errorf("%s: distractor %q is not in its group %v", tc.name, d, g.names)
			}
		}
	}
}

// TestWhichCompany checks the "Which company …?" question about a
// well-known company that is a sentence's subject.
func TestWhichCompany(t *testing.T) {
	text := `Phone maker cuts jobs

Nokia said it would cut 2,000 jobs at its factories in Finland by the end of the year.

The plan was welcomed by investors, and shares rose in early trading.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	got := an.whichQuestions(&an.sents[0], 1)
	if len(got) != 1 {
		t.Fatalf("which questions: %+v, want one", got)
	}
	q := got[0].q
	if want := "Which company said it would cut 2,000 jobs at its factories in Finland by the end of the year?"; q.Prompt != want {
		t.Errorf("prompt %q, want %q", q.Prompt, want)
	}
	if q.Options[0] != "Nokia" || len(q.Options) != 4 {
		t.Errorf("options %q, want Nokia first and three others", q.Options)
	}
	for _, o := range q.Options[1:] {
		if known(o) != known("Nokia") {
			t.Errorf("option %q is not a company of Nokia's group", o)
		}
	}
}

// TestPersonSwapTakesRole checks that a false statement swaps a person's
// role with the name, and that no false statement swaps a person who is
// referred to again by a pronoun.
func TestPersonSwapTakesRole(t *testing.T) {
	text := `Ferry talks resume

Harbour master Ines Moreau said on Monday that the ferry would sail again within a week.

Foreign Minister Tomas Varga said the talks would resume in the spring.

Mayor Alba Ruiz has written to the minister about the ferry.

Port director Karl Brandt said he would open the port on Sunday.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	var falses []string
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 {
			falses = append(falses, c.q.Prompt)
		}
	}
	for _, f := range falses {
		for _, bad := range []string{"master Tomas", "master Alba", "master Karl", "Minister Ines", "Minister Alba", "Minister Karl", "Mayor Ines", "Mayor Tomas", "Mayor Karl"} {
			if strings.Contains(f, bad) {
				t.Errorf("false statement pairs a role with another person: %q", f)
			}
		}
		if strings.Contains(f, "would open the port") {
			t.Errorf("false statement swaps a person the pronoun refers to: %q", f)
		}
	}
	want := map[string]bool{}
	for _, name := range []string{"Ines Moreau", "Alba Ruiz", "Karl Brandt"} {
		want["True or false? "+name+" said the talks would resume in the spring."] = true
	}
	found := false
	for _, f := range falses {
		found = found || want[f]
	}
	if !found {
		t.Errorf("no false statement swaps the foreign minister with his role; false statements: %q", falses)
	}
}

// TestPersonSwapNotNamedInSentence keeps a false statement from putting
// in a person the sentence already names: "\"Ines wants to stay,\" Ines
// Moreau said" is absurd, not false.
func TestPersonSwapNotNamedInSentence(t *testing.T) {
	text := `Ferry captain stays

Ines Moreau will captain the island ferry for another year, her agent Karl Brandt said.

"Ines wants to stay with the ferry and her crew for as long as they need her," Karl Brandt told the Island Times.

Mayor Alba Ruiz welcomed the news on Monday.`
	an := analyseArticle(t, text)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && c.q.Answer == 1 && strings.Contains(c.q.Prompt, "Ines Moreau told") {
			t.Errorf("false statement names the quote's own subject as its speaker: %q", c.q.Prompt)
		}
	}
}

// TestBlankTakesTitle checks that a cloze about a person with a title or a
// role blanks them together: "Mayor _____" would give half the answer away.
func TestBlankTakesTitle(t *testing.T) {
	text := `Ferry talks resume

The council voted on Monday to keep the ferry running, said Mayor Alba Ruiz.

Harbour talks were led by Ines Moreau, who has run the port since 2015.

Tomas Varga, a union leader, said crews would work extra shifts.

Karl Brandt, the port director, said the new timetable starts in May.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range Candidates(a) {
		if q.Kind != KindCloze {
			continue
		}
		if strings.Contains(q.Prompt, "Mayor _____") {
			t.Errorf("the title stays before the blank: %q", q.Prompt)
		}
		if q.Prompt == "The council voted on Monday to keep the ferry running, said _____." {
			found = true
			if q.Options[q.Answer] != "Alba Ruiz" {
				t.Errorf("key %q, want Alba Ruiz", q.Options[q.Answer])
			}
		}
	}
	if !found {
		t.Error("no cloze blanks the mayor with her title")
	}
}

// TestSeatOfPowerGiveaway checks that a seat of government is offered
// only beside seats of the countries the sentence names, when it names
// the answer's: "British troops" rules out the Kremlin, "US officials"
// leave the Capitol and the Pentagon.
func TestSeatOfPowerGiveaway(t *testing.T) {
	const more = "\n\nThe Kremlin said it was watching closely. The White House said nothing."
	for _, tc := range []struct {
		text string
		want bool // a question whose key is Downing Street
	}{
		{"Downing Street has confirmed British troops are on standby to help.", false},
		{"Downing Street has confirmed that troops are on standby to help.", true},
	} {
		a, err := ParseArticle("Troops on standby\n\n" + tc.text + more)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, q := range Candidates(a) {
			got = got || q.Kind != KindTrueFalse && q.Options[q.Answer] == "Downing Street"
		}
		if got != tc.want {
			t.Errorf("%q: asked %v, want %v", tc.text, got, tc.want)
		}
	}
	a, err := ParseArticle("Talks at the White House\n\nUS officials met the foreign minister in the Oval Office on Wednesday." + more)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	s := &an.sents[0]
	for i := range s.ments {
		if m := &s.ments[i]; m.text == "Oval Office" {
			ds := an.distractors(s, m, m.text, 3)
			if len(ds) != 3 || slices.Contains(ds, "Kremlin") || slices.Contains(ds, "Downing Street") {
				t.Errorf("Oval Office beside %q, want three US seats", ds)
			}
		}
	}
}

// TestUnknownAcronymsUnmixed checks that an acronym of no known kind is
// not offered beside the article's other acronyms, which may name
// anything: an airport beside a motoring club and an agency.
func TestUnknownAcronymsUnmixed(t *testing.T) {
	text := `Holiday travel begins

Ann Lee flew from Reagan National to New York's JFK on Wednesday.

The AAA expects 43 million people to travel this week.

The TSA said queues at security were short.

Officials in DC said roads were clear.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if q.Kind == KindTrueFalse {
			continue
		}
		if k := q.Options[q.Answer]; k == "JFK" || k == "AAA" || k == "TSA" {
			t.Errorf("%q asks for %s beside %q", q.Prompt, k, q.Options)
		}
	}
}

// TestKnownPossessiveName types a listed name that ends in "'s" as the
// list does, with its "'s", rather than as an unknown name without it.
func TestKnownPossessiveName(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       etype
	}{
		{"Shoppers queued outside Sainsbury's in the town centre as the winter sale began.", "Sainsbury's", eOrg},
		{"The council said McDonald's had agreed to collect litter around its new restaurant.", "McDonald's", eOrg},
	} {
		if got := entityType(t, tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q typed %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"Acpo", "Association of Chief Police Officers", true},
		{"ACPO", "Association of Chief Police Officers", true},
		{"UN", "the United Nations", true},
		{"U.N.", "United Nations", true},
		{"NHS", "National Health Service", true},
		{"BBC", "Association of Chief Police Officers", false},
		{"Acpo", "Acpo", false},
		{"Chief Police", "Association of Chief Police Officers", false},
	} {
		if got := abbreviates(tc.short, tc.long); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// TestOrgCue types an unknown one-word name as a company from the words
// after it, and then never offers the company's own acronym or full name
// beside it.
func TestOrgCue(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       etype
	}{
		{"Shares in the town's ferry firm rose after Harbex said its profits had doubled.", "Harbex", eOrg},
		{"Investors cheered as Harbex's shares rose by a fifth in early trading on Monday.", "Harbex", eOrg},
		{"Investors cheered as Harbex shares rose by a fifth in early trading on Monday.", "Harbex", eOrg},
	} {
		if got := entityType(t, tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q typed %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestNoSwapForOwnAcronym: a false statement never puts an organisation's
// full name in place of its acronym, which would make it true.
func TestNoSwapForOwnAcronym(t *testing.T) {
	a, err := ParseArticle(`Harbour pilots want new powers

Association of Harbour Pilots president Jane Roe said the current rules did not work.

Ahp made its call for stronger powers in a paper for the council's transport committee.

The Port Authority said it would study the paper before the summer.

Harbex, the ferry firm, said its boats already followed the rules.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range analyse(a).makeCandidates() {
		if strings.Contains(c.q.Prompt, "Association of Harbour Pilots made") || strings.Contains(c.q.Prompt, "Ahp president") {
			t.Errorf("swaps an organisation for its own acronym: %q (answer %d)", c.q.Prompt, c.q.Answer)
		}
		has := map[string]bool{}
		for _, o := range c.q.Options {
			has[o] = true
		}
		if has["Ahp"] && has["Association of Harbour Pilots"] {
			t.Errorf("offers an organisation beside its own acronym: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoComparisonSwaps asks nothing about the names of a comparison (a
// wrong option in either place may be true as well) nor about an
// elliptical sentence ("As was …") whose claim is the sentence before's.
func TestNoComparisonSwaps(t *testing.T) {
	text := `Holiday searches

Travellers in Spain searched Greek islands more than Greece, the travel site Tripwell said in May.

The ferry firm Harbex expects a busy summer in France and Italy.

As was the plan of Italy to open three new ports by June.`
	an := analyseArticle(t, text)
	for _, c := range an.makeCandidates() {
		if c.sent == 0 && strings.Contains(c.q.Prompt, "searched Greek") && (strings.Contains(c.q.Prompt, "_____ searched") || strings.Contains(c.q.Prompt, "more than _____") || c.q.Kind == KindTrueFalse && !(strings.Contains(c.q.Prompt, "in Spain") && strings.Contains(c.q.Prompt, "than Greece"))) {
			t.Errorf("question on a comparison's names: %q %q", c.q.Prompt, c.q.Options)
		}
		if c.sent == 2 {
			t.Errorf("question on an elliptical sentence: %q", c.q.Prompt)
		}
	}
}

// TestWiderRole keeps a role the key role implies out of a role question's
// wrong options.
func TestWiderRole(t *testing.T) {
	for _, tc := range []struct {
		other, key string
		want       bool
	}{
		{"senator", "senate majority leader", true},
		{"president", "vice president", true},
		{"minister", "prime minister", true},
		{"foreign minister", "prime minister", false},
		{"senate majority leader", "senator", false},
		{"coach", "captain", false},
		{"party leader", "conservative leader", true},
		{"party leader", "prime minister", false},
	} {
		if got := widerRole(tc.other, tc.key); got != tc.want {
			t.Errorf("widerRole(%q, %q) = %v, want %v", tc.other, tc.key, got, tc.want)
		}
	}
}

// TestNoNarrowerRoleBesideItsKey: "Redmarsh goalkeeper" is not offered
// beside the key "goalkeeper" for another club's keeper.
func TestNoNarrowerRoleBesideItsKey(t *testing.T) {
	an := analyseText(t, `Okafor steered the ball past goalkeeper Tom Haskins to win the game.

His header was tipped over by Redmarsh goalkeeper Aaron Doyle.

Winger Callum Reid and striker Danny Creswell both hit the bar, and midfielder Sam Whitlock was booked.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindRole && c.q.Prompt == "Who is Tom Haskins, according to the article?" && slices.Contains(c.q.Options, "Redmarsh goalkeeper") {
			t.Errorf("a narrower role beside its key: %q", c.q.Options)
		}
	}
}

// TestObituaryQuestions checks an obituary's questions: no age asked from
// "She was 84.", a where-question that leaves out the state after the city
// and the attribution ("…, her family said"), "Reyes" linked to the only
// Reyes named so far, and an object "her" named in a who-question.
func TestObituaryQuestions(t *testing.T) {
	text := `Pilot Ada Reyes dies at 84

Ada Reyes, the first woman to fly the island mail plane, has died at her home in Aberdeen, Scotland, her family said on Sunday. She was 84.

Reyes joined Harbex Air in 1968 and flew the route for 30 years.

In 1985 she flew the first night service to Shetland.

Airline chief Tom Hale called her "the bravest pilot we ever had".

Dr Karl Brandt and Ines Moreau led the tributes on Monday.

Her niece Nora Reyes said the family was proud.`
	an := analyseArticle(t, text)
	var prompts []string
	for _, c := range an.makeCandidates() {
		prompts = append(prompts, c.q.Prompt)
		if c.q.Kind == KindNumber && c.answer == "84" {
			t.Errorf("age asked: %q", c.q.Prompt)
		}
		if c.q.Kind == KindWhere && (strings.Contains(c.q.Prompt, "Scotland") || strings.Contains(c.q.Prompt, "family said")) {
			t.Errorf("where-question keeps the state or the attribution: %q", c.q.Prompt)
		}
		if c.q.Kind == KindWho && strings.Contains(c.q.Prompt, "called her") {
			t.Errorf("who-question leaves the object unnamed: %q", c.q.Prompt)
		}
	}
	for _, want := range []string{"Where has Ada Reyes died?", "Who called Ada Reyes \"the bravest pilot we ever had\"?"} {
		found := false
		for _, p := range prompts {
			found = found || p == want
		}
		if !found {
			t.Errorf("no question %q among %q", want, prompts)
		}
	}
	ada := entByName(an, "Ada Reyes")
	for _, m := range an.sents[2].ments {
		if m.text == "Reyes" && m.ent != ada {
			t.Errorf("Reyes before Nora Reyes is named links to %d, want Ada Reyes (%d)", m.ent, ada)
		}
	}
}

// TestSwapKeepsThe writes a swapped-in name with "the" as the article
// writes it, and drops the sentence's "the" for a name written without.
func TestSwapKeepsThe(t *testing.T) {
	text := `Scientist honoured

Dr Ada Reyes studied physics at the University of Leeds before joining the navy.

She later taught at Harbex College for ten years.

Harbex College and the University of Leeds both gave her prizes in May.`
	an := analyseArticle(t, text)
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindTrueFalse {
			continue
		}
		for _, bad := range []string{"the Harbex College", "at University of Leeds"} {
			if strings.Contains(c.q.Prompt, bad) {
				t.Errorf("false statement reads %q: %q", bad, c.q.Prompt)
			}
		}
	}
}

// TestOfficeRolesInOneCase writes an office named after a department in
// one case, as the rest of the role: "the transport secretary", not "the
// Transport secretary"; a club or a company before a title keeps its
// capital.
func TestOfficeRolesInOneCase(t *testing.T) {
	an := analyseText(t, `Transport Secretary Nadia Quell visited the depot on Monday.

Harbex captain Joel Marr scored twice.

Education Minister Piet Van Loon opened the school.`)
	wantRoles(t, an, map[string]string{
		"Nadia Quell":   "transport secretary",
		"Joel Marr":     "Harbex captain",
		"Piet Van Loon": "education minister",
	})
}

// wantRoles checks the most specific role the article gives each person.
func wantRoles(t *testing.T, an *analysis, want map[string]string) {
	t.Helper()
	for name, role := range want {
		got := ""
		for _, e := range an.ents {
			if e.name == name && len(e.roles) > 0 {
				got = bestRole(&e).text
			}
		}
		if got != role {
			t.Errorf("%s: role %q, want %q", name, got, role)
		}
	}
}

// TestNearCountriesGroups offers the other nations of the UK first for
// one of them, then their nearest neighbours (for a sentence that names
// one nation already), and neighbours in the list for the rest.
func TestNearCountriesGroups(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"England", []string{"Scotland", "Wales", "Northern Ireland", "Ireland", "France"}},
		{"Wales", []string{"England", "Scotland", "Northern Ireland", "Ireland", "France"}},
		{"Greece", []string{"Cyprus", "Turkey", "Bulgaria", "Albania", "Italy"}},
		{"Japan", []string{"China", "South Korea", "Taiwan", "Vietnam", "Philippines"}},
		{"Ethiopia", []string{"Kenya", "Somalia", "Sudan", "South Sudan", "Eritrea"}},
		{"North Korea", []string{"South Korea", "China", "Japan", "Russia", "Afghanistan"}},
	} {
		got := nearCountries(tc.name)[:5]
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSettingTownNotOfferedForItsParts keeps the town the lead sets the
// story in from standing in for a place named later, and the other way
// round: the parks of Corvale's districts are parks of Corvale too.
func TestSettingTownNotOfferedForItsParts(t *testing.T) {
	an := analyseText(t, `The council in Corvale has voted to sell three of the town's eight parks to pay for new housing.

The parks in Brindle, Oakhurst and Saltmarsh will be sold by the end of the year.

Residents in Oakhurst have started a petition to save their park.

Councillor Ama Yeboah said the sale would raise 12 million pounds.

Councillor Rolf Egan said the sale was a mistake.

Councillor Dee Marsh said a vote would be held in March.`)
	for _, c := range an.makeCandidates() {
		if c.q.Evidence.Sentence == 0 && c.q.Evidence.Paragraph == 0 {
			// Nor the other way: the town's parks are in its districts.
			if strings.Contains(c.q.Prompt, "Oakhurst") || strings.Contains(c.q.Prompt, "Brindle") || slices.Contains(c.q.Options, "Oakhurst") || slices.Contains(c.q.Options, "Brindle") {
				t.Errorf("%q %v offers a district for the town", c.q.Prompt, c.q.Options)
			}
		}
		if !strings.Contains(c.q.Evidence.Text, "Brindle") && !strings.Contains(c.q.Evidence.Text, "Residents in Oakhurst") {
			continue
		}
		if strings.Contains(c.q.Prompt, "Corvale") || slices.Contains(c.q.Options, "Corvale") {
			t.Errorf("%q %v offers the town for one of its districts", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoWhereForAPlaceOfATime asks no "Where did …?" about a place that
// only says which time ("pick a time in Latin America").
func TestNoWhereForAPlaceOfATime(t *testing.T) {
	an := analyseText(t, `Director Ana Brill asked actor Tomas Vey to pick a time in Latin America that his character had lived through.

Brill filmed the opening scenes in Madrid in March.`)
	var wheres []string
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhere {
			wheres = append(wheres, c.q.Prompt)
		}
	}
	for _, w := range wheres {
		if strings.Contains(w, "pick a time") {
			t.Errorf("asked %q", w)
		}
	}
	if !slices.ContainsFunc(wheres, func(w string) bool { return strings.Contains(w, "opening scenes") }) {
		t.Errorf("no where-question on the filming: %q", wheres)
	}
}

// TestNoWhereForAPlaceInAnAside: "Temperatures reached 24.1C at Heathrow
// last Thursday, provisionally the highest reading ever recorded in the
// UK…" gives no "Where did temperatures reach 24.1C at Heathrow…? UK"
// (testdata/storm-red-warning.txt, a weather story written for the
// project).
func TestNoWhereForAPlaceInAnAside(t *testing.T) {
	b, err := os.ReadFile("testdata/storm-red-warning.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range analyseArticle(t, string(b)).makeCandidates() {
		if c.q.Kind == KindWhere && strings.Contains(c.q.Prompt, "Heathrow") {
			t.Errorf("asked %q", c.q.Prompt)
		}
	}
}

// TestFalseSwapAvoidsNeighbours makes a false statement with a name the
// sentence before does not hold (it may be as true of that one), and never
// with the country whose adjective the sentence uses.
func TestFalseSwapAvoidsNeighbours(t *testing.T) {
	an := analyseText(t, `Norway beat Sweden 3-1 in Oslo on Saturday.

Norway's last match of the group is against Denmark in Bergen, a fixture they have not lost since 1990.

The Danish side might end their five-match losing run against Finland in Bergen.

Fans travelled from Iceland, Estonia and Latvia to watch the tournament.`)
	s := &an.sents[2]
	for mi, m := range s.ments {
		if m.text != "Finland" {
			continue
		}
		for _, c := range an.slotQuestions(s, mi, 1) {
			if c.q.Kind != KindTrueFalse || c.q.Answer != 1 {
				continue
			}
			for _, bad := range []string{"against Norway", "against Denmark"} {
				if strings.Contains(c.q.Prompt, bad) {
					t.Errorf("%q swaps in a name of the sentence before or the sentence's own country", c.q.Prompt)
				}
			}
		}
	}
}

// TestNoFalseSwapInAJudgement makes no statement of the writer's praise or
// blame: "Ines Moreau has had a stellar year" may be as true as the
// sentence, which is itself an opinion.
func TestNoFalseSwapInAJudgement(t *testing.T) {
	an := analyseText(t, `Tomas Reyes has had a stellar year at Harbex Rovers.

Ines Moreau scored 20 goals for Dunmore Athletic this season.

Piet Van Loon joined Castleford Town in March.`)
	s := &an.sents[0]
	for mi := range s.ments {
		for _, c := range an.slotQuestions(s, mi, 1) {
			if c.q.Kind == KindTrueFalse {
				t.Errorf("statement %q states a judgement", c.q.Prompt)
			}
		}
	}
}

// TestNoFalseSwapBeforeARole swaps no name followed by its role in the
// statement (", an analyst at Quell Capital"): the role would stay with
// the wrong person and give the statement away.
func TestNoFalseSwapBeforeARole(t *testing.T) {
	an := analyseText(t, `Harbex chief executive Tomas Reyes said sales had been "steady" over the winter.

"It is a strong result," said Ines Moreau, an analyst at Quell Capital.

Piet Van Loon, who chairs the board, said the firm would open two shops in May.`)
	s := &an.sents[1]
	for mi := range s.ments {
		for _, c := range an.slotQuestions(s, mi, 1) {
			if c.q.Kind == KindTrueFalse && c.q.Answer == 1 && strings.Contains(c.q.Prompt, ", an analyst") {
				t.Errorf("false statement %q keeps the role after another name", c.q.Prompt)
			}
		}
	}
}

// TestNoSwapOfANameThatGoesOnWithANumber: "Mile 12" is a market, so no
// false statement puts "Kaduna" before its 12 and no blank leaves the 12.
func TestNoSwapOfANameThatGoesOnWithANumber(t *testing.T) {
	an := analyseText(t, `Tomato prices have tripled in Lagos markets after a moth ravaged farms in the north.

The Chairman of the Pepper Growers Association of Nigeria in Kano State, Alhaji Musa Bello, told journalists in Zaria that most farms had been hit.

In a statement on Monday, the Federal Ministry of Farming said it had sent teams to the states.

Traders at Mile 12 said they did not expect prices to ease until November.`)
	s := &an.sents[3]
	for mi := range s.ments {
		for _, c := range an.slotQuestions(s, mi, 1) {
			if strings.Contains(c.q.Prompt, " 12 said") && !strings.Contains(c.q.Prompt, "Mile 12") {
				t.Errorf("half of a name swapped or blanked: %q", c.q.Prompt)
			}
		}
	}
}

// TestGovernmentOfficesAreBodies: "the Met Office" and "the Home Office"
// are bodies that act, not buildings, though "office" ends the names of
// places such as the Oval Office.
func TestGovernmentOfficesAreBodies(t *testing.T) {
	an := analyseArticle(t, `Storm warning

The Met Office issued an amber warning on Monday. The president spoke from the Oval Office.`)
	wantTypes(t, an, map[string]etype{"Met Office": eOrg, "Oval Office": eSite})
}

// TestWordAcronymsTakeNoThe: a false statement that swaps NATO in for "the
// EU" drops the "the" ("joined NATO"), while "the WTO" keeps it.
func TestWordAcronymsTakeNoThe(t *testing.T) {
	an := analyseArticle(t, `Trade row

Ten countries joined the EU in May. The US asked the WTO to act.`)
	for _, tc := range []struct {
		name string
		want int
	}{{"NATO", 0}, {"OPEC", 0}, {"WTO", 1}, {"EU", 1}, {"IMF", -1}} {
		if got := an.theOf(tc.name); got != tc.want {
			t.Errorf("theOf(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestCompoundNounRoles keeps both nouns of a compound before a title
// ("Box office analyst" at the start of a sentence is a box office
// analyst, not an "office analyst"; an "intensive care nurse" is no "care
// nurse"), takes "Treasurer" and "Associate Professor" for titles, and spells out an abbreviated title
// ("Republican Sen." is a Republican senator).
func TestCompoundNounRoles(t *testing.T) {
	an := analyseText(t, `The film topped the box office on Sunday.

Box office analyst Ruth Kell said the result was good.

The studio said that union leader Tom Reed had agreed.

Republican Sen. Ted Cruz of Texas said the bill was a win.

The shot deflected off a defender and past goalkeeper Mark Flekken.

She took the ball round goalkeeper Anouk Dekker and scored.

Bookmakers installed former Harlow Town captain Danny Ewart as the favourite.

First-team coach Lee Dawson will take charge for the trip to Burton.

The show was opened by Top of the Form presenter Dana Lyle on Friday.

"Nobody here is against housing," said Ward 9 Coun. Derek Laframboise.

Ward 3 Councilwoman Angela Holmes said the ward needed a new clinic.

Lead author Dr Mere Tawhiri says the layers are a fingerprint of the shaking.

Labor's candidate, former intensive care nurse Renee Kostas, said wait times were the issue.

The budget will be handed down by Treasurer Melissa Corrigan on June 3.

Political analyst Associate Professor James Whitlock said the result was a test.

Associate Professor Ong Kah Seng, a transport researcher at a university, said the buses were a good idea.

Political scientist Professor Helen Marsh of Queen Mary University of London said the polls had been wrong before.

She was backed by former foreign secretary Sir Alan Whitcombe.

Retail analyst Martin Okafor said the chain had been squeezed from both ends.

The shop workers' union Usdaw said staff had been told on Monday.

Usdaw national officer Paul Brennan said the news was devastating.

Left-arm spinner Harry Lomax took two wickets before lunch.

Premiership Women's Rugby chief executive Sarah Penhaligon said the league would review the venue.

Independent security researcher Priya Raman said the group was known to the police.

"People need to feel safe," Cr Carla Denholm said.

Detective Senior Constable Aaron Whitcombe said the attack was unprovoked.

The forum's coordinator, Hon. Abdul Saka, said the plan was sound.

The plan leaves a public green beside the school.

Green Party councillor Tom Hadley said the hedgerows mattered.

Labour's Cllr Bernie Cole said the borough needed homes.

Reserve forward Darnell Pryce scored 14 points off the bench.

Production designer Seo Eun-mi spent six weeks dressing real warehouses.

Team doctor Owen Rafferty said the scan was clear.

Two co-accused, businessman Riaan Venter and former supply chain manager Lindiwe Dube, were also convicted.

Villager Min Bahadur Pun, 52, said he heard a roar and ran.

Aviation analyst Ruth Keating said the new pier was overdue.

The novel was praised by Halloway & Pierce executive editor Janine Okafor.`)
	wantPeople(t, an, map[string]bool{"Melissa Corrigan": true, "Treasurer Melissa Corrigan": false, "Associate": false, "James Whitlock": true,
		"Mary University of London": false, "Helen Marsh": true, "Abdul Saka": true, "Hon. Abdul Saka": false,
		"Carla Denholm": true, "Cr Carla Denholm": false})
	for _, name := range []string{"James Whitlock", "Ong Kah Seng"} {
		if id := entByName(an, name); id >= 0 {
			for _, r := range an.ents[id].roles {
				if r.lower == "associate" {
					t.Errorf("%s's role: %q", name, r.text)
				}
			}
		} else {
			t.Errorf("no person %s", name)
		}
	}
	wantRoles(t, an, map[string]string{
		"Helen Marsh":       "political scientist",
		"Martin Okafor":     "retail analyst",
		"Darnell Pryce":     "reserve forward",
		"Seo Eun-mi":        "production designer",
		"Owen Rafferty":     "team doctor",
		"Lindiwe Dube":      "former supply chain manager",
		"Min Bahadur Pun":   "villager",
		"Ruth Keating":      "aviation analyst",
		"Janine Okafor":     "Halloway & Pierce executive editor",
		"Harry Lomax":       "left-arm spinner",
		"Priya Raman":       "independent security researcher",
		"Aaron Whitcombe":   "detective senior constable",
		"Sarah Penhaligon":  "Premiership Women's Rugby chief executive",
		"Paul Brennan":      "Usdaw national officer",
		"Alan Whitcombe":    "former foreign secretary",
		"Renee Kostas":      "former intensive care nurse",
		"Mark Flekken":      "goalkeeper",
		"Anouk Dekker":      "goalkeeper",
		"Danny Ewart":       "former Harlow Town captain",
		"Lee Dawson":        "first-team coach",
		"Dana Lyle":         "Top of the Form presenter",
		"Derek Laframboise": "Ward 9 councillor",
		"Angela Holmes":     "Ward 3 councilwoman",
		"Mere Tawhiri":      "lead author",
		"Ruth Kell":         "box office analyst",
		"Tom Reed":          "union leader",
		"Ted Cruz":          "Republican senator",
		"Tom Hadley":        "Green Party councillor",
		"Bernie Cole":       "Labour councillor",
	})
}

// TestPartyLeadersKeepThePartysCapital: where the story writes "held by
// National" and "Labour won", "National leader Sarah Whitcombe" and
// "Labour leader Daniel Ferris" lead parties; but "Transport secretary"
// stays an office in lower case.
func TestPartyLeadersKeepThePartysCapital(t *testing.T) {
	an := analyseText(t, `Nelson was held by National for nine years, and Labour won it back, the Department for Transport said.

National leader Sarah Whitcombe has taken the stage in Auckland.

Labour leader Daniel Ferris has not conceded.

Transport Secretary Ann Kerr said the count was orderly.`)
	wantRoles(t, an, map[string]string{"Sarah Whitcombe": "National leader", "Daniel Ferris": "Labour leader", "Ann Kerr": "transport secretary"})
	s := &an.sents[1]
	if got := an.subjectText(s, s.cls[0]); got != "National leader Sarah Whitcombe" {
		t.Errorf("subject in a question %q, want the party's capital kept", got)
	}
}

// TestCompetitionsOfTheirKind: a football competition is offered beside
// football competitions, not the Olympic Games, and an agency beside
// agencies.
func TestCompetitionsOfTheirKind(t *testing.T) {
	// An agency beside agencies: the Foreign Office opens no inquiry into
	// a sewage spill.
	for _, o := range known("Environment Agency").names {
		if o == "Foreign Office" || o == "Home Office" {
			t.Errorf("%s offered beside the Environment Agency", o)
		}
	}
	for _, o := range known("Champions League").names {
		if o == "Olympic Games" || o == "Commonwealth Games" {
			t.Errorf("%s offered beside the Champions League", o)
		}
	}
	if g := known("Olympic Games"); g == nil || !slices.Contains(g.names, "Commonwealth Games") {
		t.Errorf("the Olympic Games have no games of their kind")
	}
}

// TestRoleAdjectiveAtTheStart: "Fast bowler Gus Atkinson" opening a
// sentence is a fast bowler, the capital only the sentence's; and "Who
// added 56 and captain Ollie Pope made 37?" is no question.
func TestRoleAdjectiveAtTheStart(t *testing.T) {
	an := analyseText(t, `Joe Root made 143 for England, said Ann Lee.

Fast bowler Gus Atkinson took both wickets in the evening session.

Harry Brook added 56 and captain Ollie Pope made 37 before tea.`)
	wantRoles(t, an, map[string]string{"Gus Atkinson": "fast bowler"})
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Who added 56 and") {
			t.Errorf("two subjects in one question: %q", c.q.Prompt)
		}
	}
}

// TestLongRolesAndBareOnes: "House Minority Leader Hakeem Jeffries" is
// Hakeem Jeffries and "Chief Financial Officer Katrin Vollmer" is Katrin
// Vollmer, though his given name is not in the lists, "CTO Sunil
// Varadarajan" is Sunil Varadarajan, and "Senior Minister of State for
// Transport Lim Wei Jie" is Lim Wei Jie, "Mr Lim" later, and
// "Councilman-at-large Gary Petrakis" is Gary Petrakis; and "Who is
// Chip Roy? A representative" is too bare a role to ask.
func TestLongRolesAndBareOnes(t *testing.T) {
	an := analyseText(t, `House Speaker Mike Johnson said the bill was the best path forward.

House Minority Leader Hakeem Jeffries said Democrats had saved the country from a shutdown.

Rep. Chip Roy said the party was surrendering to Democrats.

Former President Donald Trump said the bill was a mistake.

Chief Financial Officer Katrin Vollmer said the cost would be met from reserves.

The firm was founded by CEO Leah Moradi and CTO Sunil Varadarajan in 2022.

Senior Minister of State for Transport Lim Wei Jie said the buses would run at night.

"It is the best use of resources," said Mr Lim.

Councilman-at-large Gary Petrakis said the city should wait for the inquiry.

Survivor Rafiqul Islam said he had been standing near the stern.

Development Commissioner Anuradha Mishra said the funds would be paid directly.

Detective Garda Siobhan Keane told the court that 61 members were affected.

"He told us he had been trying to win it back," Det Gda Keane said.

Defence counsel Conor McGrath SC said his client had no previous convictions.

"This court should not punish 190,000 people," said Advocate Lerato Mokoena, for the municipality.

And ex-Tory defence secretary Gillian Shale opened the new bypass on Monday.

Whitfield County Sheriff's Office spokesperson Lt. Dana Crowder said the equipment had been found.

Taoiseach Ciarán Ó Dálaigh said a universal payment would be wrong.

State Minister for Disaster Management and Relief Kamrul Hasan Chowdhury said aid was on its way.

Greens housing spokesperson Senator Luke Ferrante said the party had won real gains.

Minister of State for Trade Promotion Ciarán Hegarty said the jobs were welcome.

Halfback Tomasi Vake sniped over from a ruck in the 46th minute.

Works Minister Sarat Chandra Mohapatra told reporters the road would be built in three phases.

"Ridership has grown by 60 per cent," said Mr Daniel Ong Kah Meng, the authority's planning director.

Mr Ong said 24 more buses would be deployed.

Retiree Tan Boon Huat, 67, welcomed the new services.

Emergency Management Commissioner Daniel Whitcombe said embers had been carried far ahead of the fire.

The emergency services were stretched.

Co-author Professor Mark Elwood said the record was short.

Unseeded Malaysian Tan Kok Meng claimed the biggest title of his career on Sunday.

"I could hear my name in every rally," Tan said afterwards.

Council leader Cllr Helen Okafor said the council had lost £61 million a year.

Labor state secretary Daniel Ferris said the party respected the verdict, and Transport Secretary Ann Lowe agreed.

Among those targeted was Tom Geary, a 71-year-old suckler farmer, whose house was entered in October.

House Speaker Marcus Reinholt said he expected a vote next week.

PC Liam Ashcroft, 31, who was based at Dewsbury police station, was dismissed.

"The stairs were blocked," said Lt Col Habibur Karim, a director of the fire service.

Maj. Angela Porter, commander of the investigations division, said detectives used video.

Chief financial officer Joost Verhagen said the restructuring would cost about €48 million.

"We are subsidizing a golf course," said Ald. Marcus Tillman, who voted for the sale.

Full-forward Jack Pettit, 23, kicked five goals.

Midfielders Lachlan Moore and Tom Nguyen won repeated clearances.

Twenty-year-old Riley Hapuku is expected to start in his place.

Justice Ann Foster was joined by Mr Justice Howard Lindo on the panel.

Sophomore forward Evan Kowalczyk scored in overtime.

Comelec spokesperson Atty. Ramon Salcedo said in Manila that a recall vote would cost 14 million pesos.

The petition accuses Mayor Rodolfo "Dodong" Villaruz of "loss of trust and confidence".`)
	wantPeople(t, an, map[string]bool{"Hakeem Jeffries": true, "House Minority Leader Hakeem Jeffries": false,
		"Katrin Vollmer": true, "Financial Officer Katrin Vollmer": false, "Sunil Varadarajan": true, "CTO Sunil Varadarajan": false,
		"Lim Wei Jie": true, "Transport Lim Wei Jie": false, "Lim": false, "Gary Petrakis": true, "Councilman-at-large Gary Petrakis": false,
		"Rafiqul Islam": true, "Survivor Rafiqul Islam": false, "Siobhan Keane": true, "Garda Siobhan Keane": false, "Gda Keane": false,
		"Conor McGrath": true, "Conor McGrath SC": false, "Lerato Mokoena": true, "Advocate Lerato Mokoena": false,
		"Ciarán Ó Dálaigh": true, "Taoiseach Ciarán Ó Dálaigh": false, "Kamrul Hasan Chowdhury": true, "Relief Kamrul Hasan Chowdhury": false,
		"Ciarán Hegarty": true, "Promotion Ciarán Hegarty": false, "Tomasi Vake": true, "Halfback Tomasi Vake": false,
		"Sarat Chandra Mohapatra": true, "Works Minister Sarat Chandra Mohapatra": false, "Daniel Ong Kah Meng": true, "Ong": false,
		"Tan Boon Huat": true, "Retiree Tan Boon Huat": false, "Liam Ashcroft": true, "PC Liam Ashcroft": false, "Habibur Karim": true, "Lt Col Habibur Karim": false, "Col Habibur Karim": false, "Angela Porter": true, "Maj. Angela Porter": false, "Marcus Tillman": true, "Ald. Marcus Tillman": false, "Jack Pettit": true, "Full-forward Jack Pettit": false, "Lachlan Moore": true, "Midfielders Lachlan Moore": false, "Riley Hapuku": true, "Ramon Salcedo": true, "Atty. Ramon Salcedo": false, "Rodolfo Villaruz": true, "Rodolfo": false, "Twenty-year-old Riley Hapuku": false, "Tan Kok Meng": true, "Unseeded Malaysian Tan Kok Meng": false, "Tan": false})
	wantRoles(t, an, map[string]string{"Anuradha Mishra": "development commissioner", "Katrin Vollmer": "chief financial officer", "Gillian Shale": "ex-Tory defence secretary", "Dana Crowder": "Whitfield County Sheriff's Office spokesperson", "Luke Ferrante": "housing spokesperson", "Daniel Whitcombe": "Emergency Management commissioner", "Mark Elwood": "co-author", "Helen Okafor": "council leader", "Daniel Ferris": "Labor state secretary", "Ann Lowe": "transport secretary", "Tom Geary": "suckler farmer", "Marcus Reinholt": "House speaker", "Habibur Karim": "director of the fire service", "Joost Verhagen": "chief financial officer", "Jack Pettit": "full-forward", "Lachlan Moore": "midfielder", "Howard Lindo": "justice", "Evan Kowalczyk": "sophomore forward", "Ramon Salcedo": "Comelec spokesperson"})
	for _, c := range an.makeCandidates() {
		if c.q.Prompt == "Who is Chip Roy, according to the article?" {
			t.Errorf("asked for a bare role: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestOfficeByTitle: "the Chief Minister told reporters" is the chief
// minister named before, not a person called Minister, nor is "Alberta's
// Transportation Minister" a person's name; "Leader of the Opposition
// Ranjit Kalita" is Ranjit Kalita, and "Lewis Farms" a place.
func TestOfficeByTitle(t *testing.T) {
	an := analyseText(t, `Chief Minister Hemanta Borthakur said relief had been released to the districts.

"No family will be left without food," the Chief Minister told reporters at Dhubri.

Park director Anjali Phukan said six deer had drowned.

Leader of the Opposition Ranjit Kalita criticised the government.

A spokesperson for Alberta's Transportation Minister said the cap would stay.

The new line will link the city centre to Lewis Farms through 14 new stops.`)
	wantPeople(t, an, map[string]bool{"Minister": false, "Chief Minister": false, "Ranjit Kalita": true, "Opposition Ranjit Kalita": false,
		"Transportation Minister": false, "Lewis Farms": false})
	got := ""
	for _, m := range an.sents[1].ments {
		if m.typ == ePerson && m.ent >= 0 {
			got = an.ents[m.ent].name
		}
	}
	if got != "Hemanta Borthakur" {
		t.Errorf("the Chief Minister is %q, want Hemanta Borthakur", got)
	}
}

// TestSameTrade: an "attorney" is no wrong option beside a "defence
// lawyer", nor a "director" beside an "Indian filmmaker"; a "judge" is.
func TestSameTrade(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"attorney", "defence lawyer", true},
		{"company spokeswoman", "spokesman", true},
		{"u.s. district judge", "defence lawyer", false},
		{"foreign minister", "defence minister", false},
		{"indian filmmaker", "director", true},
		{"debut novelist", "writer", true},
		{"theatre director", "actress", false},
	} {
		if got := sameTrade(tc.a, tc.b); got != tc.want {
			t.Errorf("sameTrade(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCountyBesideCounties offers a county only beside counties, and no
// county beside anything else: "Two further deaths were confirmed in the
// White House" is no false statement a reader would weigh.
func TestCountyBesideCounties(t *testing.T) {
	an := analyseText(t, `Five people died in Latimer County when the tornado struck, said Sheriff Ray Colbert.

The White House said federal aid would be sent, said Dana Whitfield.

Two further deaths were confirmed in LeFlore County, said Karen Doyle.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "White House") && strings.Contains(c.q.Evidence.Text, "LeFlore") || slices.Contains(c.q.Options, "White House") && c.answer == "LeFlore County" ||
			slices.Contains(c.q.Options, "LeFlore County") && c.answer == "White House" || strings.Contains(c.q.Prompt, "LeFlore County said") {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestPeerByTitleAndSurname: "Rail minister Lord Haddow" is Lord Haddow,
// in options and in the blank, not Haddow beside full names.
func TestPeerByTitleAndSurname(t *testing.T) {
	an := analyseText(t, `The Department for Transport said it was disappointed, said Ann Lee.

Rail minister Lord Haddow said the government had no direct role in the talks.

Its managing director, Claire Oddington, said the union had walked away.

Her cover of Lady Marmalade won an award in 2002.`)
	wantPeople(t, an, map[string]bool{"Lord Haddow": true, "Haddow": false, "Lady Marmalade": false})
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Lord _____") || strings.Contains(c.q.Prompt, "Lord Ann") || strings.Contains(c.q.Prompt, "Lord Claire") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestSidesBesideSides: places that play one another ("Saurashtra beat
// Kerala", "Delhi reached the final") are offered beside each other, a
// city beside a state, and never the village where the ground is.
func TestSidesBesideSides(t *testing.T) {
	an := analyseText(t, `Saurashtra beat Kerala by 90 runs in their semi-final at the ground in Khandheri on Monday.

Kerala resumed on 60 for two but were bowled out for 210.

Mumbai reached the final on Sunday after a drawn game against Karnataka in Bengaluru.

Saurashtra will play Mumbai in the final, due to begin on March 4.`)
	s := &an.sents[3]
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.text != "Mumbai" {
			continue
		}
		got := an.distractors(s, m, "Mumbai", 3)
		for _, d := range got {
			if d != "Kerala" && d != "Karnataka" {
				t.Errorf("Mumbai's options %q: %q is no side", got, d)
			}
		}
		if len(got) < 2 {
			t.Errorf("Mumbai's options %q: want Kerala and Karnataka", got)
		}
		return
	}
	t.Fatal("no Mumbai in the last sentence")
}

// TestShortDeedGoesOnWithItsSecondVerb: "Who welcomed the investment?"
// may be asked of anyone who praised it; the second verb after "but"
// tells the one meant.
func TestShortDeedGoesOnWithItsSecondVerb(t *testing.T) {
	an := analyseText(t, `The firm will add 200 jobs in Galway, minister Ciaran Hegarty said, calling it a strong endorsement.

Chamber chief executive Siobhan Fahy welcomed the investment but said it underlined the need for faster delivery of housing in the city.

Declan Moran, the firm's founder, said it was growing fast.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWho && strings.HasPrefix(c.q.Prompt, "Who welcomed the investment") {
			found = true
			if c.q.Prompt == "Who welcomed the investment?" {
				t.Errorf("too short a deed: %q", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Fatal("no who-question on the welcome")
	}
}

// TestNoBlankInCoordinatedModifier: "the Auckland and Waikato regions"
// names both regions; a blank for Auckland would take "the" with it and be
// offered beside cities.
func TestNoBlankInCoordinatedModifier(t *testing.T) {
	an := analyseText(t, `The quake struck the south of the island around 900 years ago, researchers in Dunedin said.

"For families in the Auckland and Waikato regions, the advice has not changed," said Dr Ana Ruru of the University of Otago in Dunedin.

Earlier quakes hit Christchurch, Nelson and Invercargill.`)
	s := &an.sents[1]
	for mi := range s.ments {
		for _, c := range an.slotQuestions(s, mi, 1) {
			if strings.Contains(c.q.Prompt, "_____ and Waikato") {
				t.Errorf("blank in a coordinated modifier: %q %q", c.q.Prompt, c.q.Options)
			}
		}
	}
}

// TestNoWhereForWhatFollowed: "A week's rest was followed by a win over
// Dublin in Portlaoise" places the win, not the rest
// (testdata/hurling-semi-final-preview.txt, a preview written for the
// project).
func TestNoWhereForWhatFollowed(t *testing.T) {
	b, err := os.ReadFile("testdata/hurling-semi-final-preview.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := analyseArticle(t, string(b))
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhere && strings.Contains(c.q.Prompt, "rest") {
			t.Errorf("where-question on what followed: %q", c.q.Prompt)
		}
	}
}

// TestWhoDidWithASecondObject: "Justice Mara Quist convicted Ivo Dane" and
// later "The judge also convicted the second defendant, Chief Tom Obi":
// "Who did Mara Quist convict?" has two answers, so it is not asked.
func TestWhoDidWithASecondObject(t *testing.T) {
	an := analyseText(t, `A court in Abuja jailed a former agency director for seven years on Tuesday.

Justice Mara Quist convicted Ivo Dane on nine of the 14 counts.

The judge also convicted the second defendant, contractor Chief Tom Obi, and sentenced him to five years.

Defence counsel Ada Nwosu and prosecutor Bayo Lawal spoke after the hearing.`)
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "Who did Mara Quist convict") {
			t.Errorf("two answers: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoFootballClubsForACricketSide: the built-in football clubs are no
// options for a women's cricket side.
func TestNoFootballClubsForACricketSide(t *testing.T) {
	an := analyseText(t, `Georgia Whitcombe struck an unbeaten 71 as the Wellington Blaze chased down 149 with nine balls to spare.

The win lifts the Blaze to 20 points from seven matches, two clear of the Canterbury Magicians.

With three rounds remaining, Wellington are now in pole position to host the final next month.

Opener Holly Tremain made 54 and Aroha Ngata took three wickets for 22.`)
	for _, c := range an.makeCandidates() {
		if slices.Contains(c.q.Options, "Arsenal") || slices.Contains(c.q.Options, "Chelsea") {
			t.Errorf("football clubs for a cricket side: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestFirmOptionsKeepTheSentencesLand: "the Japanese electronics giant
// Sony" is offered beside Japanese firms only, and "US firm Boeing" never
// beside BAE Systems or Airbus, which the sentence itself would rule out.
func TestFirmOptionsKeepTheSentencesLand(t *testing.T) {
	text := `Chip shortage hits gadget makers

Sales at the Japanese electronics giant Sony fell 4% in the quarter, the company said.

Sony said it expected the shortage to ease by the spring.

The dispute over subsidies to aircraft makers has dragged on, and US firm Boeing said it would appeal.`
	an := analyseArticle(t, text)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "Sony")]
	for _, o := range an.distractors(s, m, "Sony", 3) {
		if firmLands()[strings.ToLower(o)] != "Japan" {
			t.Errorf("the Japanese giant offered beside %q", o)
		}
	}
	noCandidate(t, text, func(q Question) bool {
		return slices.Contains(q.Options, "Boeing") && (slices.Contains(q.Options, "BAE Systems") || slices.Contains(q.Options, "Airbus") || slices.Contains(q.Options, "Rolls-Royce"))
	})
}

// TestCastPartsStayApart: in a review, "Lucy Carrow, as the skipper's
// daughter Nell Pascoe", "Daniel Okafor as Tom Rowe" and "Marcus Bellamy is
// terrific as Walter Keast" make Nell Pascoe, Tom Rowe and Walter Keast
// parts, never offered beside the actors, nor the other way round.
func TestCastPartsStayApart(t *testing.T) {
	an := analyseArticle(t, `Harbour Lights review: a musical that trusts silence

Lucy Carrow, as the skipper's daughter Nell Pascoe, simply stares into the dark.

Director Imogen Hartley has built the show around restraint.

Composer Tobias Renwick has written a folk-inflected score.

Carrow is equally good opposite Daniel Okafor as Tom Rowe, the young engineer from Plymouth.

Marcus Bellamy, now 68, is terrific as Walter Keast, the harbour master.

Geraldine Sowerby steals several scenes as Nell's aunt Loveday Pascoe.

Lyricist Nadia Osei wrote the words, and designer Omar Said built the quay.

Producer Ann Lee said the show would tour next year.`)
	chars := an.characters()
	for _, e := range an.ents {
		want := e.name == "Nell Pascoe" || e.name == "Tom Rowe" || e.name == "Walter Keast" || e.name == "Loveday Pascoe"
		if e.typ == ePerson && e.alias < 0 && chars[slices.IndexFunc(an.ents, func(x entity) bool { return x.name == e.name })] != want {
			t.Errorf("%s: a part %v, want %v", e.name, !want, want)
		}
	}
	for _, c := range an.roleQuestions() {
		if strings.Contains(c.q.Prompt, "Tom Rowe") || strings.Contains(c.q.Prompt, "Walter Keast") || strings.Contains(c.q.Prompt, "Nell Pascoe") {
			if slices.Contains(c.q.Options, "director") || slices.Contains(c.q.Options, "composer") {
				t.Errorf("%q offers %q", c.q.Prompt, c.q.Options)
			}
		}
	}
}

// TestAppositiveRoleEndsAtItsRelative: "the Hungarian poet whose spare,
// bright verse…" gives the role "Hungarian poet", not the relative
// clause's opening up to its comma; and a judge's style after an office
// ("commissioner Justice Alinafe Msiska") is no part of it.
func TestAppositiveRoleEndsAtItsRelative(t *testing.T) {
	an := analyseText(t, `Ilona Farkas, the Hungarian poet whose spare, bright verse filled school anthologies, died on Monday at her home in Szeged.

Her son, the engineer Bence Farkas, said she had been ill for some months.`)
	wantRoles(t, an, map[string]string{"Ilona Farkas": "Hungarian poet", "Bence Farkas": "engineer"})
	an = analyseText(t, `Announcing the results, MEC commissioner Justice Alinafe Msiska said the poll had been peaceful.

North West police commissioner Lieutenant General Abel Seokwe visited the scene.`)
	wantRoles(t, an, map[string]string{"Alinafe Msiska": "MEC commissioner", "Abel Seokwe": "commissioner"}) // a style or a rank, no part of the office
}

// TestSupermarketsOfferTheirRivals: Woolworths is offered beside Coles and
// Aldi, the rivals the story names, before any British chain.
func TestSupermarketsOfferTheirRivals(t *testing.T) {
	a, err := ParseArticle(`Watchdog finds supermarket margins rose

Woolworths and Coles together account for about 65 per cent of grocery sales, the watchdog found.

Families could save money by switching to discount rivals such as Aldi, it said.

Woolworths said in a statement that the report showed there had been no price gouging.

Coles said it would consider the findings.`)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range Candidates(a) {
		if q.Kind == KindCloze && q.Correct() == "Woolworths" && strings.HasPrefix(q.Prompt, "_____ said in a statement") {
			found = true
			if !slices.Contains(q.Options, "Coles") || !slices.Contains(q.Options, "Aldi") {
				t.Errorf("got options %q, want Coles and Aldi among them", q.Options)
			}
		}
	}
	if !found {
		t.Error("no cloze asks for Woolworths")
	}
}

// TestPartsBeforeBracketedActors: "Inspector Ditte Kjærgaard (Sofie Brandt
// Lauridsen)" and "newcomer Rasmus Feldt as Kasper Holm" make parts of
// Ditte Kjærgaard and Kasper Holm, never offered as the head writer.
func TestPartsBeforeBracketedActors(t *testing.T) {
	an := analyseArticle(t, `Tidevand review: a Danish crime drama that takes its time

When a girl is found drowned on the mudflats, the case falls to Inspector Ditte Kjærgaard (Sofie Brandt Lauridsen), a detective recently transferred from Esbjerg.

She is matched by the watchful stillness of newcomer Rasmus Feldt as Kasper Holm, the local sergeant.

Creator and head writer Mikkel Haastrup is uninterested in puzzle-box mechanics.

Cinematographer Line Sørvig deserves a mention of her own, and editor Jonas Brink keeps it moving.`)
	chars := an.characters()
	for id, e := range an.ents {
		want := e.name == "Ditte Kjærgaard" || e.name == "Kasper Holm"
		if e.typ == ePerson && e.alias < 0 && chars[id] != want {
			t.Errorf("%s: a part %v, want %v", e.name, chars[id], want)
		}
	}
	for _, c := range an.roleQuestions() {
		if strings.Contains(c.q.Prompt, "head writer") && (slices.Contains(c.q.Options, "Ditte Kjærgaard") || slices.Contains(c.q.Options, "Kasper Holm")) {
			t.Errorf("a part offered as the head writer: %q", c.q.Options)
		}
	}
}
