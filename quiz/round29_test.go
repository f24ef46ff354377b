package quiz

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests come from the twenty-ninth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestMournedWithoutAKnownGivenName: the one an obituary mourns is a
// person though the lists lack his given name, so "He" after his son's
// words is still he: never "Dorje Wangmo's first summit…".
func TestMournedWithoutAKnownGivenName(t *testing.T) {
	const text = `Ngawang Tsering Lhakpa, Himalayan guide, dies aged 61

Ngawang Tsering Lhakpa, a guide who led more than 50 expeditions in the Himalayas, has died at his home in Kathmandu. He was 61.

He left school at 12 to carry loads for trekking groups. "He never complained about the weight," said his son, Dorje Wangmo, 33.

His first summit of Everest came in May 1990, when he was 26.

He founded a guiding company, Summit Lines, in 2011, and led its first expedition the next spring.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Ngawang Tsering Lhakpa"); id < 0 || an.ents[id].typ != ePerson {
		t.Fatalf("Ngawang Tsering Lhakpa: %d", id)
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "Dorje Wangmo's first") || strings.Contains(q.Prompt, "Dorje Wangmo founded") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestItAfterATimeWithoutAComma: "By last year it was supporting 73
// pupils" leaves "it" to the sentence before, comma or none.
func TestItAfterATimeWithoutAComma(t *testing.T) {
	for _, q := range mustCandidates(t, `Guide's fund pays school fees for climbers' children

In 2017 the guide Pemba Rinzi set up a fund that pays school fees for the children of porters killed on the mountains.

By last year it was supporting 73 pupils in eleven villages.

Rinzi said the fund had raised 40,000 dollars from former clients.`) {
		if strings.Contains(q.Prompt, "it was supporting") {
			t.Errorf("%q", q.Prompt)
		}
	}
	for _, q := range mustCandidates(t, `Wildfire forces evacuation of mining town

The Elkhorn Ridge Fire was first reported shortly after 1pm on Saturday about six miles southwest of Silver Fork, Colorado.

By Sunday evening it had burned an estimated 8,700 acres and was zero percent contained.

Sheriff Dana Whitcomb said deputies went door to door overnight.`) {
		if q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "it had burned") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestHerAfterSomeoneElsesWords: after a racer's quoted praise of the
// winner ("Ingrid was simply better today"), "Her second place means
// Krantz extends her lead" is Krantz's place, never the winner's.
func TestHerAfterSomeoneElsesWords(t *testing.T) {
	for _, q := range mustCandidates(t, `Vestby wins first World Cup race in heavy snow

Ingrid Vestby won her first World Cup race on Saturday, beating Matilda Krantz by 11.6 seconds in the 10km classic at Lillehammer.

Krantz, who had won the two previous races, admitted she had struggled in the snow. "Ingrid was simply better today. She deserves it."

Her second place means Krantz extends her lead in the overall standings to 142 points.`) {
		if strings.Contains(q.Prompt, "Vestby's second place") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestMannerIsNoDeed: "Who was gracious in defeat?" and "Who is more
// interested in what happens…?" name a manner, not a deed to tell one
// person by.
func TestMannerIsNoDeed(t *testing.T) {
	for _, q := range mustCandidates(t, `Okafor takes the title in Lagos

Grace Okafor won the national singles title in Lagos on Sunday, beating Ruth Mensah 6-3, 6-4 in the final.

Mensah, who had won the two previous tournaments in Accra and Abuja, was gracious in defeat but admitted she had struggled in the heat.

Her coach, Tunde Bello, who has trained her since 2019, is more interested in what happens at next month's Africa Games.

Okafor said she would rest for two weeks.

The men's title went to Emeka Obi, who beat Yaw Darko in straight sets, and the referee, Kemi Adeyemi, said the crowd of 4,000 was the largest in a decade.`) {
		if q.Kind == KindWho && (strings.Contains(q.Prompt, "gracious") || strings.Contains(q.Prompt, "more interested")) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestPromiseQuotedInAReview: in a review, the director's quoted promise
// ("a repertoire that belongs to this coastline") is someone's words,
// not the critic quoting the work, so the sentence's facts are asked.
func TestPromiseQuotedInAReview(t *testing.T) {
	const text = `The Salt Marsh sparkles at the Quay Opera House but leaves the heart cold

There is a moment, forty minutes into The Salt Marsh, when the whole enterprise lifts off the stage.

The production is the first commission for Fenland Ballet under its artistic director, Helena Marsh, who took over the company in 2022 with a promise to build "a repertoire that belongs to this coastline".

The choreography, by Ilse Varga, is handsome but repetitive, and the second act drags.

The score, by the composer Tobias Lind, is a considerable achievement, and the dancers are superb.

Three stars.`
	if !analyseArticle(t, text).review {
		t.Fatal("not read as a review")
	}
	if !slices.ContainsFunc(mustCandidates(t, text), func(q Question) bool { return strings.HasPrefix(q.Evidence.Text, "The production is") }) {
		t.Error("no question on the production's commission")
	}
}

// TestSidePositions: "the outside hitter Bartosz Lenart" is an outside
// hitter and "the 33-year-old middle blocker Stefan Ranković" a middle
// blocker, never a bare "hitter" or "blocker"; "Openside flanker Rachel
// Ogilvie", opening a sentence, is an openside flanker in lower case.
func TestSidePositions(t *testing.T) {
	an := analyseArticle(t, `Serbia win European volleyball title

Serbia beat Poland 3-2 in the final in Katowice on Sunday, with the outside hitter Bartosz Lenart scoring 21 points for the losers.

Their captain, the 33-year-old middle blocker Stefan Ranković, made three blocks in the fifth set.

Openside flanker Rachel Ogilvie, watching from the stands, said she had never heard a crowd so loud.`)
	for _, tt := range []struct{ name, want string }{{"Bartosz Lenart", "outside hitter"}, {"Stefan Ranković", "middle blocker"}, {"Rachel Ogilvie", "openside flanker"}} {
		roles := personRoles(t, an, tt.name)
		if !slices.ContainsFunc(roles, func(r roleRef) bool { return r.text == tt.want }) {
			t.Errorf("%s: %v, want %q", tt.name, roles, tt.want)
		}
	}
}

// TestSecondRelativeClauseInAside: ", who …, and who delivered 4,300
// babies in crofts, farmhouses…, has died" is one aside of two clauses:
// never "Catriona Munro and who delivered…".
func TestSecondRelativeClauseInAside(t *testing.T) {
	for _, q := range mustCandidates(t, `Highland midwife dies aged 92

Morag Sinclair, who for almost four decades was the only midwife serving a stretch of the coast larger than Greater London, and who delivered an estimated 4,300 babies in crofts, farmhouses, lay-bys and on at least one fishing boat, has died at her home in Ullapool.

She was born in 1932 in Achiltibuie, the fourth of six children of a crofter.

She was appointed MBE in 1985 for services to midwifery.`) {
		if strings.Contains(q.Prompt, "and who delivered") && !strings.Contains(q.Prompt, ", who") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestComparisonWithoutItsStandard: "the immediate priority is simpler"
// and "was less consistent" say than what only in another sentence: no
// statement to call true or false, no "Who was less consistent?".
func TestComparisonWithoutItsStandard(t *testing.T) {
	for _, q := range mustCandidates(t, `River swallows homes in Sirajganj

More than 4,200 people in three villages of Sirajganj district have lost their homes to river erosion since June, officials said.

Rahima Khatun, 46, lost her house in August and now lives in a school with her four children. For Mrs Khatun, the immediate priority is simpler.

Abdul Kader Mia, a farmer, has moved five times in his life. The soprano Lydia Marchetti was less consistent.`) {
		if (q.Kind == KindTrueFalse || q.Kind == KindWho) && (strings.Contains(q.Prompt, "simpler") || strings.Contains(q.Prompt, "less consistent")) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestRoleWithItsAdjectiveInTheBlank: "said the retired jockey Tommy
// Breheny, 68" blanks the whole "the retired jockey Tommy Breheny",
// never leaving "the retired _____".
func TestRoleWithItsAdjectiveInTheBlank(t *testing.T) {
	for _, q := range mustCandidates(t, `Champion jockey Costigan dies at 72

Padraig Costigan, the Irish jockey who was champion rider six times, has died at his home in Fethard.

"He had a pain threshold none of us could understand," said the retired jockey Tommy Breheny, 68, who rode against him for two decades.

The trainer Gráinne Hartigan said he had been the bravest man she ever knew, and racing official Brendan Moriarty called him a giant of the sport.`) {
		if strings.Contains(q.Prompt, "retired _____") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestSortedListOfYears: "He was champion jockey in Ireland in 1979, 1980,
// 1983, 1984, 1986 and 1988." is a sentence, no row of figures to drop;
// and a year in it is bounded by its neighbours, which give the key away.
func TestSortedListOfYears(t *testing.T) {
	const text = `Champion jockey Costigan dies at 72

Padraig Costigan, the Irish jockey who won the Gold Cup on a horse many thought too small, has died at his home in Fethard.

He was champion jockey in Ireland in 1979, 1980, 1983, 1984, 1986 and 1988.

He won the Irish Grand National in 1981 and again in 1987, and retired in 1994.`
	an := analyseArticle(t, text)
	if !slices.ContainsFunc(an.sents, func(s sent) bool { return strings.HasPrefix(s.text, "He was champion jockey") }) {
		t.Error("the sentence of years was dropped as a row of figures")
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "in 1979, ") && !strings.Contains(q.Prompt, "1979, 1980, 1983, 1984, 1986 and 1988") {
			t.Errorf("%q", q.Prompt) // a blank in the list, or a year of it changed
		}
	}
}

// TestScuderiaIsATeam: "Scuderia Montalto" is a racing team, never a
// driver offered beside Tomás Echeverría.
func TestScuderiaIsATeam(t *testing.T) {
	an := analyseArticle(t, `Echeverría wins in Singapore

Tomás Echeverría won the Singapore Grand Prix on Sunday night, holding off Lukas Brenner over the final 14 laps.

The Argentine, driving for Halvorsen Racing, crossed the line 1.384 seconds ahead of Brenner's Scuderia Montalto after 62 laps.

Montalto brought Brenner in for fresh tyres on lap 23, and Kenji Moriyama finished third.

Montalto, by contrast, brought Brenner in for a second stop on lap 44. The German rejoined 17.3 seconds behind his rival.

Montalto's team principal, Giancarlo Ferretti, defended the strategy. "Stopping was the right decision," he said.

The result leaves Brenner on 287 points at the top of the drivers' standings, with Echeverría on 276. In the constructors' championship, Montalto lead Halvorsen by 19 points.`)
	if id := entByName(an, "Scuderia Montalto"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Scuderia Montalto: %d", id)
	}
}

// TestGivenNamesBeforeAMaidenName: "Mary Ann (Gillis) MacIsaac" is one woman
// whose maiden name splits her name: never "Mary Ann" offered as a
// person.
func TestGivenNamesBeforeAMaidenName(t *testing.T) {
	for _, q := range mustCandidates(t, `Cape Breton fiddler Angus MacIsaac dies at 83

Angus MacIsaac, the Cape Breton fiddler whose recordings carried the island's music around the world, has died at his home in Judique. He was 83.

MacIsaac was born in 1942 in Glencoe Mills, the fifth of nine children of Ronald MacIsaac, a logger, and Mary Ann (Gillis) MacIsaac, who sang Gaelic songs while she worked.

His daughter, Catriona MacIsaac-Beaton, said he played until last autumn. "He never wrote anything down," said Shona Rankin, a former pupil.

MacIsaac married Margaret Chisholm, a schoolteacher, in 1968.`) {
		if slices.Contains(q.Options, "Mary Ann") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestCollegeNamedAsAState: in an American story, "whom he met at
// Northfield State" names a college, never a place offered beside
// Missouri and Illinois.
func TestCollegeNamedAsAState(t *testing.T) {
	an := analyseArticle(t, `Small-college coach Hal Whitcomb dies at 85

Harold Whitcomb, who led Marlow College to three national titles in Kansas City, Missouri, has died. He was 85.

His wife, Margaret Whitcomb, a school librarian whom he met at Northfield State, died in 2021.`)
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.text == "Northfield State" && m.typ == ePlace {
				t.Errorf("%q: a place", m.text)
			}
		}
	}
}

// TestMinutesOfAMatch: "For 89 minutes at Kingsmere Park" in a football
// report offers no 107 or 134 minutes.
func TestMinutesOfAMatch(t *testing.T) {
	for _, q := range mustCandidates(t, `Late penalty rescues Harrowgate

For 89 minutes at Kingsmere Park on Saturday, it looked as though Harrowgate City's season would drift towards mediocrity.

Then striker Chidi Okafor won a penalty and scored it in stoppage time to beat Rivermouth 2-1, and goalkeeper Sam Etheridge saved late from Owen Meredith.

Manager Inge Solberg said her players had earned the goal.`) {
		if !strings.HasPrefix(q.Prompt, "For _____ minutes") {
			continue
		}
		for _, o := range q.Options {
			if n, err := strconv.Atoi(o); err != nil || n > 90 {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestSideByItsSquad: "the Rivermouth defence" and "Several Rivermouth
// players" make Rivermouth a side, though "for Rivermouth, who had been
// the more composed side" follows it with "who": never the key of "Who
// was content to absorb pressure?".
func TestSideByItsSquad(t *testing.T) {
	an := analyseArticle(t, `Harrowgate beat Rivermouth with a late penalty

Harrowgate City beat Rivermouth 2-1 at Kingsmere Park on Saturday.

It was a harsh outcome for Rivermouth, who had been the more composed side for long spells.

Rivermouth, set up by Gareth Lomax in a compact 4-5-1, were content to absorb pressure.

Luca Benfield's pace stretched the Rivermouth defence, and several Rivermouth players surrounded the referee, Paul Kenning, at the end.`)
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.text == "Rivermouth" && m.typ == ePerson {
				t.Errorf("%q: Rivermouth a person", an.sents[si].text)
			}
		}
	}
}

// TestWritersViewIsNoRole: "replacing the ineffective winger Jamie
// Collard" makes him a winger, and "replaced the tiring striker Evans
// Mumba" a striker: the adjective is the writer's view of the moment.
func TestWritersViewIsNoRole(t *testing.T) {
	an := analyseArticle(t, `Harrowgate turn it round

Harrowgate's manager, Inge Solberg, responded at half-time by replacing the ineffective winger Jamie Collard with the 19-year-old Luca Benfield.

Benfield set up both goals as Harrowgate won 2-1, and Kapembwa replaced the tiring striker Evans Mumba in the 72nd minute.`)
	for _, tt := range []struct{ name, want string }{{"Jamie Collard", "winger"}, {"Evans Mumba", "striker"}} {
		roles := personRoles(t, an, tt.name)
		if !slices.ContainsFunc(roles, func(r roleRef) bool { return r.text == tt.want }) {
			t.Errorf("%s: %v, want %q", tt.name, roles, tt.want)
		}
	}
}

// TestWhatIsNoStretchOrFighter: "covered the kilometre between 38 and 39
// in 2:47" asks no "What did Kiprono cover? the kilometre": a stretch of
// the race is no thing done to.
func TestWhatIsNoStretchOrFighter(t *testing.T) {
	for _, q := range mustCandidates(t, `Kiprono Outlasts Rivals in Berlin as Tesfaye Storms to Women's Title on Debut

Daniel Kiprono of Kenya won the Berlin Marathon on Sunday in 2 hours 3 minutes and 51 seconds, pulling away from a group of three rivals in the final four kilometres to claim the biggest victory of his career. In the women's race, Ethiopia's Meseret Tesfaye, running only her first marathon, finished in 2:17:32, the fastest debut ever recorded on the Berlin course.

More than 44,000 runners from 158 countries started the 50th edition of the race under clear skies, with the temperature at the start in the Tiergarten a cool 11 degrees Celsius and barely a breath of wind. Organisers had predicted fast times, and for most of the morning the leading men were on pace to threaten the course record.

Kiprono, 27, who finished third in Berlin two years ago, sat patiently in a pack of eleven men that passed 10 kilometres in 29:14 and reached halfway in 1:01:38. Three pacemakers led the group through 30 kilometres in 1:27:41 before dropping out, leaving Kiprono, his compatriot Joseph Wanjala, Ethiopia's Abebe Gemechu and Uganda's Isaac Okello to fight it out.

The decisive move came just after the 38-kilometre mark, on the long stretch of Potsdamer Strasse. Kiprono covered the kilometre between 38 and 39 in 2:47, and only Gemechu could respond. By the time the runners turned onto Unter den Linden with the Brandenburg Gate ahead, the Kenyan had opened a gap of 11 seconds, which he stretched to 19 at the finish. Gemechu, 24, took second in 2:04:10, a personal best by more than a minute, while Wanjala finished third in 2:04:47. Okello faded to fifth in 2:05:59, overtaken in the final three kilometres by Morocco's Youssef Benali, who ran 2:05:31.

"At 35 kilometres my legs were very heavy, and I told myself just to stay with the group," Kiprono said, still wrapped in a Kenyan flag as he spoke to reporters. "When I saw the others breathing hard, I knew it was my moment. My coach told me before the race that Berlin rewards patience, and today he was right."

The second half was slower than the first, at 1:02:13, as the pace eased between 25 and 32 kilometres. Kiprono admitted the course record had been "in our heads" at halfway. "The record will come another day," he said. "Today I only wanted to win."`) {
		if q.Kind == KindWhat && q.Options[q.Answer] == "the kilometre" {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestPartsAreNoSingers: in a review of Don Carlo, "Philip II was sung by
// the Finnish bass Aleksi Hautala" makes Philip II a part, though the
// name was joined to "King Philip" named before; and "Don Carlo runs at La
// Scala" makes the opera a show. Neither is offered beside the singers.
func TestPartsAreNoSingers(t *testing.T) {
	for _, q := range mustCandidates(t, `A brooding Don Carlo arrives at La Scala

When the Bulgarian bass Stefan Kolev, 58, delivered the great confrontation with King Philip in the fourth act, he did so seated at a desk, turning the pages of a dossier.

The American tenor Daniel Whitcombe, 34, making his debut in the house, is a slender, nervous Carlo whose voice has a bright ring at the top. He sounded strained in the first act but grew in confidence, and his duet with Rodrigo, "Dio, che nell'alma infondere," was sung with a freshness that drew the longest ovation of the night.

That Rodrigo was the Neapolitan baritone Marco Ferrante, 39. "I wanted Rodrigo to die as a man who knows what he has bought," Mr Ferrante said.

Philip II was sung by the Finnish bass Aleksi Hautala, 49, a towering presence with a voice like dark oak.

The cello solo that opens the fourth act, played by the orchestra's principal, Elena Guidotti, was exquisite.

Yet the power of the evening is undeniable. Don Carlo runs at La Scala for eight performances until 14 March, with tickets priced from 35 to 280 euros.`) {
		if q.Kind == KindTrueFalse {
			continue
		}
		for i, o := range q.Options {
			if i != q.Answer && (o == "Philip II" || o == "King Philip" || o == "Don Carlo") {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestHolderAfterHisBody: "His directeur sportif at Keystone-Lumen, Wim
// Vanhoutte, was blunter" names the director, no list of teams, so the
// "he said" after his words is his, never the stage winner's.
func TestHolderAfterHisBody(t *testing.T) {
	for _, q := range mustCandidates(t, `Strand wins on the Loze as Arrieta takes yellow

Mikkel Strand won the first mountain-top finish of his career on Wednesday, soloing to victory on stage 17 of the Tour de France, while Tomás Arrieta took the yellow jersey from a faltering Jonas Verbeke.

His directeur sportif at Keystone-Lumen, Wim Vanhoutte, was blunter. "We rode a perfect race for 150 kilometres and then our leader had a bad day at the worst moment," he said.

Strand's directeur sportif, Søren Kjeldgaard, said Strand had been told to wait until the final 7km.

Strand completed the stage in 4hr 29min 52sec.`) {
		if strings.Contains(q.Prompt, "perfect race") && (strings.Contains(q.Prompt, "Strand said") || strings.Contains(q.Prompt, "Arrieta said") || q.Kind == KindQuote && q.Options[q.Answer] != "Wim Vanhoutte") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestAdjectiveBeforeButIsNoEnd: "Pritchard was known as a demanding but
// affectionate conductor" asks no "Who was known as a demanding?".
func TestAdjectiveBeforeButIsNoEnd(t *testing.T) {
	for _, q := range mustCandidates(t, `Choir conductor Idris Pritchard dies aged 88

Idris Pritchard, who conducted a male-voice choir in Aberdare for 42 years and made it one of the best known in Wales, has died at his home.

Born in 1936 in Ystradgynlais, Pritchard was the youngest of four children of Evan Pritchard, a collier, and his wife Mair, a chapel organist.

Pritchard was known as a demanding but affectionate conductor. He insisted that every member learn the words of each piece by heart.

The choir's chairman, Gareth Lewis, said the members would sing at his funeral.`) {
		if strings.HasSuffix(q.Prompt, "as a demanding?") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestBookListedByPublisherAndPrice: "published on Thursday by Harrow &
// Finch (368 pages, £22)" is how a critic lists a book: the piece is a
// review, and "The structure is a clever one." is the critic's view, no
// statement to call true or false.
func TestBookListedByPublisherAndPrice(t *testing.T) {
	const text = `Forty years in the hotels of war: a reporter looks back

Margaret Ellery reported from Beirut in 1983, from Grozny in 1995 and from Mosul in 2017.

Her memoir, What the Cameras Missed, published on Thursday by Harrow & Finch (368 pages, £22), is a fierce and frequently uncomfortable book.

The structure is a clever one. Each chapter is named for a hotel she stayed in.

Speaking at a launch in London last week, Ellery said she had wanted to write about the stories she did not file.`
	if !analyseArticle(t, text).review {
		t.Error("not read as a review")
	}
	for _, q := range mustCandidates(t, text) {
		if q.Kind == KindTrueFalse && (strings.Contains(q.Prompt, "clever") || strings.Contains(q.Prompt, "fierce")) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestThistleIsAClub: "guided Glenmorrow Thistle to the only league
// championship in their history" names a club, never the man the "He"
// after it stands for.
func TestThistleIsAClub(t *testing.T) {
	an := analyseArticle(t, `Sandy Ritchie, Cup-Winning Goalkeeper and Glenmorrow Thistle Manager, Dies Aged 83

Alasdair "Sandy" Ritchie, the goalkeeper who kept a clean sheet in a Scottish Cup final and later guided Glenmorrow Thistle to the only league championship in their history, has died at the age of 83.

Ritchie was born in Kirkcaldy, Fife, on 2 August 1941.

He made 212 appearances for Dunallan Rovers over six seasons. In 1964 he moved to Forthbank Athletic for a fee of £9,500.

Glenmorrow Thistle said their flag would fly at half-mast. "He gave this town its greatest days," said the club chairman, Graham Imrie.`)
	if id := entByName(an, "Glenmorrow Thistle"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Glenmorrow Thistle: %d", id)
	}
}

// TestWinnerIsNoPlace: "Germany lost 2-1 to Australia" names the side
// that won, never where Germany lost.
func TestWinnerIsNoPlace(t *testing.T) {
	for _, q := range mustCandidates(t, `Netherlands reach hockey final

The Netherlands beat Argentina 3-2 in the semi-final of the women's hockey World Cup in Amstelveen on Saturday.

Germany lost 2-1 to Australia in the other semi-final earlier on Saturday, and New Zealand beat Spain for fifth place.

Coach Paul Brenner said the final against Australia would be "a proper test".`) {
		if q.Kind == KindWhere && strings.Contains(q.Prompt, "lose") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestMonthAsAGivenName: "Ramon Ybarra's steel guitar and June Ashby's
// fiddle" names a fiddler, no month to ask.
func TestMonthAsAGivenName(t *testing.T) {
	for _, q := range mustCandidates(t, `Lorena Whitcomb returns with a quiet album

Lorena Whitcomb recorded her new album over 19 days last spring in a chapel outside Marfa, Texas.

"Mama Kept the Ledger", built around Ramon Ybarra's steel guitar and June Ashby's fiddle, tells of a farm sliding toward foreclosure.

Whitcomb begins a 22-date tour on April 9 in Lubbock, producer Gil Renfro said.`) {
		for _, o := range q.Options {
			if o == "June" && strings.Contains(q.Prompt, "Ashby") {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestYearsInARowGiveEachOtherAway: "in the winter of 2009 and 2010": no
// blank on either year.
func TestYearsInARowGiveEachOtherAway(t *testing.T) {
	for _, q := range mustCandidates(t, `Harsh winter kills livestock in Mongolia

More than 4.3 million head of livestock have died across Mongolia since the start of winter, officials said on Thursday.

The country's last major dzud, in the winter of 2009 and 2010, killed around 8 million animals.

Deputy minister Batbayar Ganzorig said aid had reached 2,100 households in 2024.`) {
		if strings.Contains(q.Prompt, "winter of _____") || strings.Contains(q.Prompt, "and _____, killed") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestVidushiIsAnHonorific: "The vocalist Vidushi Kaveri Deshmukh" is
// Kaveri Deshmukh; "Vidushi", a learned woman's honorific, is no part of
// the name offered.
func TestVidushiIsAnHonorific(t *testing.T) {
	an := analyseArticle(t, `Tabla player Madhav Inamdar dies at 82

Pandit Madhav Inamdar, the tabla player, died on Sunday at his home in Pune.

The vocalist Vidushi Kaveri Deshmukh, with whom Inamdar performed for thirty years, said she had lost a brother.`)
	if id := entByName(an, "Kaveri Deshmukh"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Kaveri Deshmukh: %d", id)
	}
	if id := entByName(an, "Vidushi Kaveri Deshmukh"); id >= 0 {
		t.Errorf("Vidushi Kaveri Deshmukh: %d, the honorific kept", id)
	}
}

// TestFrenchTitleIsNoWoman: "Les Femmes de l'ombre en Auvergne (1988)"
// is a book, never offered beside the historian's son.
func TestFrenchTitleIsNoWoman(t *testing.T) {
	an := analyseArticle(t, `Resistance courier Madeleine Courtal dies at 100

Madeleine Courtal, who carried forged papers by bicycle through occupied France as a teenager, has died at her home in Orcines.

She followed it with Les Femmes de l'ombre en Auvergne (1988), one of the first accounts of the part played by women in the regional Resistance.

Her son, Philippe Courtal, said she had written every day until last year.`)
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if strings.HasPrefix(m.text, "Les Femmes") && m.typ == ePerson {
				t.Errorf("%q: a person", m.text)
			}
		}
	}
}

// TestHeroineTheShowFollows: "the show follows Nell Harrow, the daughter
// of a lighthouse keeper" names a character, never offered beside the
// composer and the cast.
func TestHeroineTheShowFollows(t *testing.T) {
	for _, q := range mustCandidates(t, `A storm-tossed new musical reaches Broadway

The new musical Cold Mercy is the first Broadway score by the composer Tobias Wrenfield.

Set in 1911 in a fictional Maine harbor town, the show follows Nell Harrow, the 19-year-old daughter of a lighthouse keeper.

The keeper's replacement, Edmund Carrow, is played with square-jawed earnestness by Julian Petrakis, and the director, Ines Kowalczyk, shows a sure hand with crowds.

Speaking after the curtain call, Mr. Wrenfield said he had been carrying the idea for the show since 2016.`) {
		for i, o := range q.Options {
			if o == "Nell Harrow" && i != q.Answer {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestCreekIsNoPerson: "to stay in Harlan Creek" names a town, never a
// person offered beside the superintendent, though Harlan is a given name.
func TestCreekIsNoPerson(t *testing.T) {
	for _, q := range mustCandidates(t, `Missouri school district moves to a four-day week

Lawmakers in Jefferson City passed legislation last year requiring districts in larger counties to put such changes to a public vote, but Harlan Creek's county falls below the population threshold.

The two board members who voted against the plan, Linda Hargrove and Paul Ostrander, were concerned about achievement. Eleanor Vance, an education policy professor who has studied four-day districts, said some studies had found small declines in test scores.`) {
		for i, o := range q.Options {
			if o == "Harlan Creek" && i != q.Answer {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestLabelNamedInAnAside: "by Sable Rouge, the small Lyon-based label
// that has handled the band's music" names a record label, never offered
// as a person beside the band's singer.
func TestLabelNamedInAnAside(t *testing.T) {
	an := analyseArticle(t, `Ighazar find the music of the night

The album, The Well at Night, is released on Friday by Sable Rouge, the small Lyon-based label that has handled Ighazar's music since 2016.

The producer, the Belgian engineer Lotte Verhaegen, left the mistakes in, and Moussa Ag Intalla said the band had wanted to make music for the night.`)
	if id := entByName(an, "Sable Rouge"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Sable Rouge: %d", id)
	}
}

// TestSoFarKeepsItsSo: "So far 64 households have applied" is no "Far 64
// households have applied".
func TestSoFarKeepsItsSo(t *testing.T) {
	for _, q := range mustCandidates(t, `Japanese town gives away houses

Hinokura is offering 30 vacant homes to young families, Mayor Kazuhiro Morishita said on Monday.

So far 64 households have applied, from as far away as Hokkaido and Okinawa, and 14 have been accepted after interviews.

Last year the town recorded 11 births and 96 deaths.`) {
		if strings.HasPrefix(q.Prompt, "Far ") || strings.Contains(q.Prompt, "? Far ") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestSongInSingleQuotes: "just a few bars of 'Orlando Morning'" inside
// his wife's words names a song, never a person offered beside the
// band's pianist.
func TestSongInSingleQuotes(t *testing.T) {
	an := analyseArticle(t, `Township jazz saxophonist Mandla Qwabe dies at 86

Mandla Qwabe, the saxophonist who carried township jazz into exile, has died in Johannesburg.

"He played for us on Friday afternoon, just a few bars of 'Orlando Morning'," his wife, Nomvula Qwabe, said.

The pianist Lindiwe Mathebula, who toured with him for a decade, called him the last of the giants.`)
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.text == "Orlando Morning" && m.typ == ePerson {
				t.Errorf("%q: a person", m.text)
			}
		}
	}
}

// TestCoupleSharingASurname: "Takumi and Aya Fujinami" are two people;
// "Mr Fujinami, 38, worked as a systems engineer" is never given to Aya.
func TestCoupleSharingASurname(t *testing.T) {
	for _, q := range mustCandidates(t, `Japanese town gives away houses

Among the first to arrive were Takumi and Aya Fujinami, who moved from Osaka in June with their two children.

Mr Fujinami, 38, worked as a systems engineer for a logistics company and now works from home.

Mayor Kazuhiro Morishita said the town had accepted 14 households, and Emi Takayama, who runs the town's cafe, said she welcomed them.`) {
		if strings.Contains(q.Prompt, "systems engineer") && q.Options[q.Answer] == "Aya Fujinami" {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
		if strings.Contains(q.Prompt, "Aya Fujinami, 38") || strings.Contains(q.Prompt, "Aya Fujinami worked") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestUnknownNameBeforeHe: in a trainer's obituary, "Macalindong, whom
// Banaag discovered…, became the stable's most celebrated product. He won
// the IBF title in 2003" is the boxer's title, never the trainer's: a name
// of no known kind opens the sentence before the "He".
func TestUnknownNameBeforeHe(t *testing.T) {
	for _, q := range mustCandidates(t, `Filipino boxing trainer Rogelio Banaag dies at 78

Rogelio Banaag, the Filipino boxing trainer who guided three fighters to world titles from a gym in Manila, has died at the age of 78.

He trained more than 600 boxers, including the two-weight world champion Jun-Jun Macalindong.

Macalindong, whom Banaag discovered as a 13-year-old shining shoes outside the gym, became the stable's most celebrated product. He won the IBF super-flyweight title in 2003 with a unanimous decision over Ramón Echeverría in Las Vegas.

His trainer's son, Paolo Banaag, said the gym would stay open, and the former champion Arnel Sisante called him a father.`) {
		if strings.Contains(q.Prompt, "Banaag win the IBF") || strings.Contains(q.Prompt, "Rogelio Banaag won the IBF") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestTheDeadSpeakNoMore: after "his grandfather, Dai Redfern, who taught
// him to play … and who died in January", "Redfern said" is the player,
// never the grandfather.
func TestTheDeadSpeakNoMore(t *testing.T) {
	for _, q := range mustCandidates(t, `Redfern storms back to claim the Steel City Masters

Callum Redfern won seven of the last nine frames to beat Tomasz Wierzbicki 10-7 in the final of the Steel City Masters in Sheffield on Sunday night.

"I honestly thought it was slipping away at 7-5," Redfern said afterwards, still clutching the trophy.

Wierzbicki was gracious in defeat. "Callum played the last five frames like a world champion."

Redfern's coach, the former professional Gareth Pryce, said the win had been a long time coming. "He has been knocking on the door for three years."

Redfern dedicated the win to his grandfather, Dai Redfern, who taught him to play on a half-size table in a Swansea working men's club and who died in January aged 81. "He would have been up at the front tonight shouting at me to slow down," Redfern said.`) {
		if strings.Contains(q.Prompt, "shouting at me") && q.Options[q.Answer] == "Dai Redfern" {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestSociedadIsAClub: "Sociedad Deportiva Galerna" is a club, never
// offered beside the players and the coach.
func TestSociedadIsAClub(t *testing.T) {
	an := analyseArticle(t, `Almenara snatch the title as Galerna's dream ends

Atlético Almenara were crowned champions for the first time on Sunday, coming from behind to beat Sociedad Deportiva Galerna 3-2 with a header from the 19-year-old substitute Lucía Ferrandis in stoppage time.

Ferrandis, who had scored only twice all season, rose between two defenders to nod the ball in, and the referee, Cristina Moyano, blew the final whistle 97 seconds later.

Almenara finish the season on 74 points, and both clubs qualify for Europe, Almenara directly and Galerna through the qualifying rounds.`)
	if id := entByName(an, "Sociedad Deportiva Galerna"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Sociedad Deportiva Galerna: %d", id)
	}
}

// TestNoWhoFromInsideAQuotation: '"…once Meera went I felt we could
// squeeze them."' is the bowler's account, no "Who went I felt…?".
func TestNoWhoFromInsideAQuotation(t *testing.T) {
	for _, q := range mustCandidates(t, `England seal the series in Bristol

Freya Linnell took four wickets for 38 runs as England beat India by 19 runs on Sunday, removing the captain Meera Deshpande for 83.

"The pitch was gripping a bit more in the second half, and once Meera went I felt we could squeeze them. The crowd really got behind us at the end, which helped."

England's captain, Harriet Calloway, made 71, and the opener Maisie Thorndike added 64.`) {
		if q.Kind == KindWho && strings.Contains(q.Prompt, "I felt") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestOldRecordStaysBelowTheNew: "reached 30,618 megawatts…, breaking the
// previous record of 29,820 megawatts" offers no old record above the new
// one, which would give the key away.
func TestOldRecordStaysBelowTheNew(t *testing.T) {
	for _, q := range mustCandidates(t, `Heatwave pushes power demand to a record

Peak demand in the state reached 30,618 megawatts at 10.40 p.m. on Monday, breaking the previous record of 29,820 megawatts set last week, officials at the state power corporation said.

Rakesh Tiwari, managing director of the distribution company, said more than 1,100 transformers had failed in seven days.`) {
		if !strings.Contains(q.Prompt, "previous record of _____") {
			continue
		}
		for _, o := range q.Options {
			if n, err := strconv.Atoi(strings.ReplaceAll(o, ",", "")); err != nil || n >= 30618 {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestPriceInHardbackMarksABookReview: "At £12.99 in hardback it is not
// cheap" is how a critic prices a book: the piece is a review, and "The
// pictures are the real achievement." is never denied as a fact.
func TestPriceInHardbackMarksABookReview(t *testing.T) {
	const text = `A lighthouse cat finds its way home

About two-thirds of the way through "Pebble and the Long Night" the page turns and the whole spread goes dark.

The book is the first from Isolde Varga, a 34-year-old illustrator from Leeds. The pictures are the real achievement.

At £12.99 in hardback it is not cheap, but it will survive several hundred bedtimes, its publisher, Rupert Okonjo, said.`
	if !analyseArticle(t, text).review {
		t.Error("not read as a review")
	}
	for _, q := range mustCandidates(t, text) {
		if q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "real achievement") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestWorkWithItsYear: "Among the best known are Winter Tunes from Coigach
// (1976), … and Late Light (2009)" lists albums, never people offered
// beside the fiddler's pupils.
func TestWorkWithItsYear(t *testing.T) {
	for _, q := range mustCandidates(t, `Fiddler Hamish Lorimer dies at 84

Hamish Lorimer, the fiddler who founded the Glen Arrin festival, has died at his home in Edinburgh.

Among the best known of his albums are Winter Tunes from Coigach (1976), a collection of reels, and Late Light (2009), a set of slow airs.

The fiddler Kirsten MacAulay, 44, said she owed her career to him, and his pupil Calum Ferrier said he taught by ear.

Lorimer married Isobel Grant, a nurse, in 1965.`) {
		for _, o := range q.Options {
			if o == "Winter Tunes" || o == "Late Light" {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestAdviceIsNoFact: "Go early, go slowly, and leave plenty of time for
// room three." tells the reader what to do: nothing to call true or
// false.
func TestAdviceIsNoFact(t *testing.T) {
	for _, q := range mustCandidates(t, `Clay that remembers the fire

The exhibition, which runs until 28 September, brings together more than 140 works by 23 potters, said the curator, Helena Ward.

Room three belongs to the young, and the strongest of them is Kwame Osei-Bryant, 27, who works from a railway arch in Peckham.

Go early, go slowly, and leave plenty of time for room three.`) {
		if strings.Contains(q.Prompt, "Go early") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestSierraIsNoPerson: "a spokeswoman for Sierra Madre" speaks for a
// brewer named after mountains, never a person offered beside her.
func TestSierraIsNoPerson(t *testing.T) {
	for _, q := range mustCandidates(t, `Monterrey rations water

Authorities in Nuevo León said water to most of Monterrey would be cut for 12 hours a day, the utility's director, Ricardo Elizondo Treviño, said.

"Industry has to be part of the solution," said Mariana Garza Villarreal, a spokeswoman for Sierra Madre.

"We go to bed not knowing whether there will be water," said Guadalupe Salinas, 58, a shopkeeper.`) {
		for i, o := range q.Options {
			if o == "Sierra Madre" && i != q.Answer {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestMinesIsAFirm: "Mwaiseni Copper Mines said it deeply regrets the
// incident" is a company, never a person offered beside the villagers.
func TestMinesIsAFirm(t *testing.T) {
	an := analyseArticle(t, `Mine spill poisons Zambian stream

A tailings wall at a facility operated by Mwaiseni Copper Mines Limited gave way on 18 February, the environment agency said.

Esther Mwansa, 46, a farmer, said her family had drunk from the stream for three generations.

In a statement, Mwaiseni Copper Mines said it "deeply regrets" the incident, and the headman, Joseph Sichone, said 40 people had fallen ill.`)
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if strings.HasPrefix(m.text, "Mwaiseni") && m.typ == ePerson {
				t.Errorf("%q: a person", m.text)
			}
		}
	}
}

// TestWinIsNoWrongAnswerForVictory: "Redfern dedicated the win to his
// grandfather" offers no "the victory" as a wrong answer: it is the same
// thing.
func TestWinIsNoWrongAnswerForVictory(t *testing.T) {
	for _, q := range mustCandidates(t, `Redfern storms back to claim the Steel City Masters

Callum Redfern completed one of the season's most remarkable comebacks on Sunday night, winning seven of the last nine frames to beat Tomasz Wierzbicki 10-7 in the final in Sheffield and collect the first ranking title of his career.

The victory earned him a cheque for £80,000 and is expected to lift him from 27th to 16th in the world rankings.

Redfern replied with an 83 and nicked the 11th frame on the pink, but the Pole won the 12th, leaving him three frames from the title.

A break of 112 in the 16th, his third century of the match, put him one frame from victory, and a composed 77 in the 17th sealed it.

Redfern dedicated the win to his grandfather, Dai Redfern, who taught him to play in a Swansea club and who died in January aged 81.`) {
		if q.Kind == KindWhat && q.Options[q.Answer] == "the win" && slices.Contains(q.Options, "the victory") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestDecadeIsNoThing: "He continued climbing into his seventies" gives no
// "the seventies" as a wrong answer to "What did Tait first see properly
// at the age of 11?".
func TestDecadeIsNoThing(t *testing.T) {
	for _, q := range mustCandidates(t, `Alistair Tait, mountaineer who led hundreds of alpine rescues, dies aged 81

Alistair Morven Tait, the New Zealand mountaineer who pioneered several routes in the Southern Alps and went on to lead one of the country's busiest alpine search-and-rescue teams for more than two decades, has died at his home in Twizel, in the Mackenzie Basin

He first saw the mountains properly at the age of 11, when his father took him on a tramping trip to the Hooker Valley, and he later said he knew "within about ten minutes" what he wanted to do with his life

Under his direction the team introduced systematic avalanche training, radio protocols and close cooperation with helicopter operators, changes that were later copied by rescue groups across the South Island

With helicopters grounded, Tait led a team of six on foot through the night, reaching the pair at about 4am and lowering them more than 600 metres to a hut. Tait was awarded the Queen's Service Medal the same year, and in 2004 he was appointed a Member of the New Zealand Order of Merit for services to mountain safety.

He continued climbing into his seventies, making his last ascent of a modest peak above Lake Ohau at the age of 76.

A memorial service will be held at the Twizel Events Centre on 15 March`) {
		if q.Kind == KindWhat && slices.Contains(q.Options, "the seventies") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestPortugueseClubOpeners: "Clube Atlético Serra Azul" and "Esporte Clube
// Guaíra" are clubs, never offered beside the coach and his striker.
func TestPortugueseClubOpeners(t *testing.T) {
	for _, q := range mustCandidates(t, `Osvaldo Brandão Lins, coach who took Serra Azul to their only national title, dies aged 81

Osvaldo Brandão Lins, the Brazilian football coach who guided Clube Atlético Serra Azul to a surprise national championship in 1994, has died at his home in Curitiba

Known throughout Brazilian football simply as "Professor Lins", a nickname he earned during his years as a physical education teacher in the southern state of Paraná, he managed eleven clubs over a career that lasted almost four decades. He was never the most celebrated coach of his generation, and he rarely worked for the giants of Rio de Janeiro or São Paulo

He trained as a teacher, took charge of the youth teams at Esporte Clube Guaíra in 1972, and was promoted to first-team coach four years later.

In December 1994, Serra Azul beat Sport Clube Rio Tapajós 2-1 on aggregate in the final of the Campeonato Brasileiro, with the striker Jairo Mendes scoring the winning goal in the 84th minute of the second leg in front of a crowd of more than 70,000 in Belém. Lins was carried from the pitch on the shoulders of his players

Lins added two Paraná state titles with Serra Azul, in 1993 and 1996, before leaving in 1997 for a brief and unhappy spell at a larger club in Porto Alegre, where he was dismissed after 14 matches. He later coached in Ecuador and in Portugal's second division, and won the Copa do Nordeste with Associação Desportiva Maré Alta in 2003. He retired in 2009 after a final season at Guaíra, the club where he had started.

Serra Azul announced that its stadium would observe a minute's silence before Sunday's match against Operário Vale Verde, and that players would wear black armbands

A funeral mass will be held at Curitiba's Metropolitan Cathedral on Thursday, followed by a private burial.`) {
		for i, o := range q.Options {
			if i != q.Answer && (o == "Esporte Clube Guaíra" || o == "Clube Atlético Serra Azul") && q.Kind != KindCloze {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestAlbumListedByLabel: "released on Friday by the Galway label Lantern
// Hall Records" is how a critic lists an album: the piece is a review.
func TestAlbumListedByLabel(t *testing.T) {
	if !analyseArticle(t, `Siobhán Quirke finds the quiet at the centre of the storm

The Salt Road Home, released on Friday 14 March by the Galway label Lantern Hall Records, is Quirke's third album and her first in five years.

Her brother Tadhg plays guitar on seven tracks, and the fiddler Róisín McAteer appears on three.`).review {
		t.Error("not read as a review")
	}
}
