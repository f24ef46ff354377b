package quiz

import (
	"slices"
	"strings"
	"testing"
)

// These tests come from the thirtieth round of reading quizzes made from
// news the engine had not seen; every text is written for the project.

// TestPartyByItsMembers: "the Democrats" is the Democratic Party by its
// members' name, so neither is offered beside the other, and a false
// statement never reads "Norland's governing the Democrats".
func TestPartyByItsMembers(t *testing.T) {
	const text = `Norland's governing party holds on with a reduced majority

Norland's governing Progressive Party kept its majority in Sunday's election, according to preliminary results.

The Progressive Party won 51 of the 90 seats, while the opposition Democratic Party took 28 and the Green Party won 11.

The Democratic Party said it would examine reports of irregularities in two northern districts.

"I voted for the Democrats this time because the roads are still broken," said Anna Kerr, 44, a nurse.

The Green Party said it would decide on Tuesday whether to join the government.`
	an := analyseArticle(t, text)
	if a, b := entByName(an, "Democratic Party"), entByName(an, "Democrats"); b >= 0 && b != a {
		t.Errorf("Democratic Party %d, Democrats %d", a, b)
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Democratic Party") && slices.ContainsFunc(q.Options, func(o string) bool { return strings.HasSuffix(o, "Democrats") }) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
		if strings.Contains(q.Prompt, "governing the ") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestFormalNameInAnObituary: "Thomas Alexander Rennie was born…" in the
// obituary of Tam Rennie is his formal name, never a second man offered
// beside him.
func TestFormalNameInAnObituary(t *testing.T) {
	const text = `Tam Rennie, manager who lifted Albion Rovers, dies aged 79

Tam Rennie, the manager who guided Albion Rovers to promotion and later took Dunfermline Athletic to a cup final, has died at the age of 79.

His family said he died on Sunday in Kirkcaldy.

Thomas Alexander Rennie was born in Cowdenbeath on March 3, 1946, and left school at 15 to work as an electrician.

He signed for Raith Rovers as a winger in 1964 and made 186 appearances before a knee injury ended his career.

"He was the cleverest man I ever met in football," said Davie Kerr, who captained Dunfermline under him.

His son, Iain Rennie, said the family had been overwhelmed by messages.`
	an := analyseArticle(t, text)
	a, b := entByName(an, "Tam Rennie"), entByName(an, "Thomas Alexander Rennie")
	if a < 0 || b >= 0 && b != a {
		t.Errorf("Tam Rennie %d, Thomas Alexander Rennie %d: %v", a, b, entNames(an))
	}
}

// TestHorsesOfAJumpRace: a steeplechase report need not say "furlong";
// its horses, known by their odds, their trainers and their ages, are
// never offered as jockeys, trainers or speakers.
func TestHorsesOfAJumpRace(t *testing.T) {
	const text = `Harbour Lights lands the Midlands National for a tiny Shropshire yard

Harbour Lights, a nine-year-old who had fallen on his last two starts, stayed on through the mud at Uttoxeter on Saturday to win the Midlands Grand National for the Shropshire trainer Gwen Tudor.

The 5-1 favourite, Copper Kettle, trained in Lambourn by Marcus Vane and ridden by the champion jockey Will Oakes, finished second after leading from the 20th fence.

Sixteen runners set off over four miles and 24 fences, and only seven completed.

Harbour Lights had won three of his previous eleven races over fences, including a handicap at Bangor in March, but had finished only fifth at Haydock last month. Bookmakers reported that he had been a popular each-way bet with local racegoers, and one firm said the result had cost it about £300,000.

Jack Pritchard had Harbour Lights towards the rear for the first circuit and moved into contention at the third-last.

Approaching the last, he was still two lengths down on Copper Kettle, but his mount jumped it cleanly and quickened on the run-in.

Silver Note, a 20-1 chance, was a further nine lengths back in third under the conditional jockey Amy Lister.

"He's not quick, but he just keeps galloping," Pritchard said.

"The ground was too soft for my lad today," Oakes said.

Tudor, 61, trains eight horses on a farm near Ludlow and said she had never had a runner in the race before.

Copper Kettle, who carried top weight, would now be aimed at the Scottish Grand National in April, Vane said.

Harbour Lights, who was cut to 33-1 for the Grand National with two bookmakers, will have a short break.

Silver Note, who had won at Ludlow in November, was not disgraced.

The early pace was set by Glenbrook Lad and Tom Fenwick, who had won at Chepstow in January. Jack Pritchard quickened past the long-time leader Glenbrook Lad, the 9-4 second favourite, at the last.

For Glenbrook Lad, there was consolation in a brave effort.

Brass Ledger, the second choice at 7-2, was never travelling. "No excuses," said his trainer, Dale Prewitt.

Brass Ledger, who cost $85,000 as a yearling, has now won eight of his 17 starts.`
	an := analyseArticle(t, text)
	for _, horse := range []string{"Harbour Lights", "Copper Kettle", "Silver Note", "Glenbrook Lad", "Brass Ledger"} {
		if id := entByName(an, horse); id >= 0 && an.ents[id].typ == ePerson {
			t.Errorf("%s taken for a person", horse)
		}
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "had been a popular each-way bet") && !strings.Contains(q.Prompt, "reported that he") {
			t.Errorf("the horse's bet given to a rider: %q", q.Prompt)
		}
		for _, horse := range []string{"Harbour Lights", "Copper Kettle", "Silver Note", "Glenbrook Lad", "Brass Ledger"} {
			if (q.Kind == KindWho || q.Kind == KindQuote || q.Kind == KindRole) && slices.Contains(q.Options, horse) {
				t.Errorf("%q: %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestHorseOfAShowJumpingRound: "aboard Bellhaven Diamond" and "Bellhaven
// Star, a 12-year-old bay gelding" name a horse, never a rival rider.
func TestHorseOfAShowJumpingRound(t *testing.T) {
	const text = `Kerrigan wins Grand Prix in Lisbon jump-off

Ireland's Niamh Kerrigan produced a fast jump-off round aboard Bellhaven Diamond to win the Lisbon Grand Prix on Sunday, beating Germany's Felix Brandt by half a second.

Bellhaven Diamond, a 12-year-old bay gelding bred by Kerrigan's father, had never won at five-star level.

Brandt finished second on his stallion Quorum, and France's Julie Marchal was third.

"I didn't think I could beat Felix's time. But Diamond was jumping out of his skin all week," Kerrigan said.

Brandt said he was pleased with his horse. "He jumped his heart out," he said.

The course designer, Paolo Venturi, set 13 obstacles with a maximum height of 1.60 metres.

Bellhaven Diamond, who turns 13 next month, will be given a rest before the Nations Cup in the summer.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Bellhaven Diamond"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Bellhaven Diamond taken for a person")
	}
	for _, q := range mustCandidates(t, text) {
		if (q.Kind == KindWho || q.Kind == KindQuote || q.Kind == KindRole || q.Kind == KindCloze) && slices.Contains(q.Options, "Bellhaven Diamond") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestHeAfterAHorse: in a race report "he" after a sentence about a horse
// may be the horse: "Bookmakers reported that he had been a popular bet"
// is never put to the one man the report names.
func TestHeAfterAHorse(t *testing.T) {
	for _, q := range mustCandidates(t, `Harbour Lights wins the Midlands National at Uttoxeter

Harbour Lights, a nine-year-old trained by Gwen Tudor, won the Midlands Grand National at Uttoxeter on Saturday at odds of 16-1.

The jockey Jack Pritchard, 23, was having only his second ride in the race.

"He's the bravest horse I've ever sat on," Pritchard said.

Harbour Lights had won three of his previous eleven races over fences, including a handicap at Bangor in March, but had finished only fifth at Haydock last month.

Bookmakers reported that he had been a popular each-way bet with local racegoers, and one firm said the result had cost it about £300,000.

Tudor, 61, trains eight horses near Ludlow. Only seven of the 16 runners completed the four miles and 24 fences.`) {
		if strings.Contains(q.Prompt, "Pritchard had been a popular") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestRugbyClubLetters: "Pontardawe RFC said the flag would fly at
// half-mast" is a club speaking, never a person offered beside people.
func TestRugbyClubLetters(t *testing.T) {
	const text = `Dai Prosser, Wales prop, dies aged 77

Dai Prosser, the loosehead prop who won 19 caps for Wales, has died at the age of 77.

Prosser made his debut for Pontardawe in 1966 and played 380 matches for the club.

His hooker for eight seasons, Gareth Bowen, said he had "never once gone backwards with Dai beside me".

The former Wales captain Huw Rees told the BBC that Prosser had been "the heartbeat of the pack".

Pontardawe RFC said the flag at the Ynys Playing Fields would fly at half-mast until after the funeral.

He is survived by his wife, Glenys, and two sons.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Pontardawe RFC"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Pontardawe RFC taken for a person")
	}
}

// TestStreetsInOtherLanguages: "Avenida Libertadores", "Jalan Merdeka"
// and "Piazza Garibaldi" are streets, never people who said something.
func TestStreetsInOtherLanguages(t *testing.T) {
	for _, street := range []string{"Avenida Libertadores", "Jalan Merdeka", "Piazza Garibaldi", "Paseo Colón"} {
		text := `Strike at copper mine enters third week

The strike at the Cerro Alto mine entered its third week on Monday, union leader Pedro Araya said.

"They offered us crumbs," Mr Araya said. The company, Minera Andina, said it had made a fair offer.

Shopkeepers on ` + street + ` said sales were down by a third.

Analyst Ignacio Barrientos estimated the stoppage would cut 20,000 tonnes from output.`
		if got := entityType(t, text, street); got == ePerson {
			t.Errorf("%s taken for a person", street)
		}
	}
}

// TestRegionBeforeAName: "the 41-year-old Catalan Jordi Puigvert" is Jordi
// Puigvert from Catalonia; the region's adjective is no part of his name.
func TestRegionBeforeAName(t *testing.T) {
	an := analyseArticle(t, `Sporting win first cup final in Malaga

Sporting Costa del Sol won the Copa de la Reina for the first time on Saturday, beating Atlético Meseta 3-1.

Sporting's coach, the 41-year-old Catalan Jordi Puigvert, made two changes at half-time.

"At half-time I told them we had nothing to lose," Puigvert said afterwards.

Meseta's coach, the Basque Itziar Goikoetxea, was gracious in defeat. Goikoetxea said her side had been tired.`)
	for _, name := range []string{"Jordi Puigvert", "Itziar Goikoetxea"} {
		if id := entByName(an, name); id < 0 {
			t.Errorf("%s: %v", name, entNames(an))
		}
	}
}

// TestBornOpeningIsNoStatement: "Born on 14 June 1940 in Onitsha, in what
// is now Anambra State, he was…" is the mourned man's birth, whoever spoke
// before it, and cut before "he" it leaves no claim: never "True or
// false? Born on 14 June 1940 in Onitsha, in what is now Lagos."
func TestBornOpeningIsNoStatement(t *testing.T) {
	const text = `Chief Emeka Obi, highlife bandleader, dies at 85

Chief Emeka Obi, the trumpeter whose orchestra defined the sound of highlife from Enugu to London, has died. He was 85.

His death, at his home in the Surulere district of Lagos, was confirmed by his eldest son, Obinna, who said his father had been unwell since February. "He went peacefully," Obinna Obi told reporters outside the family compound on Monday.

Born on 14 June 1940 in Onitsha, in what is now Anambra State, he was the fourth of seven children of a schoolteacher and a cloth trader.

At 16 he ran away to Port Harcourt to join a hotel band, and by 1962 he was leading his own orchestra in Ibadan.

The band, which at its peak numbered 18 musicians, held a residency at a club in Yaba for eleven years.

In 1975 he toured Ghana, Sierra Leone and Britain, playing to crowds in Accra and Freetown.`
	an := analyseArticle(t, text)
	wantMentionOf(t, an, 4, "he", "Emeka Obi")
	for _, q := range mustCandidates(t, text) {
		if q.Kind == KindTrueFalse && strings.HasPrefix(q.Prompt, "True or false? Born") && !strings.Contains(q.Prompt, " was ") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestHisAfterAHorse: "Ballyvale Storm, ridden by Cathal Brennan, ran on
// stoutly. His trainer, Martin Lacey, …" is the horse's trainer, never
// "Cathal Brennan's trainer".
func TestHisAfterAHorse(t *testing.T) {
	for _, q := range mustCandidates(t, `Copper Lantern wins the Gold Cup at 16-1

Copper Lantern, an eight-year-old gelding, won the Gold Cup at Cheltenham on Friday under the jockey Darragh Foley.

Foley, 23, was having only his second ride in the race. "He's the bravest horse I've ever sat on," he said.

Ballyvale Storm, ridden by Cathal Brennan, ran on stoutly after the last fence but never threatened the winner.

His trainer, Martin Lacey, described the performance as "the run of his life".

The favourite, trained by Richard Ashcombe, was pulled up after a mistake at the fourth-last.`) {
		if strings.Contains(q.Prompt, "Brennan's trainer") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestBelongedToIsNoPlace: "The morning had belonged entirely to
// Australia" names who had it, never where: no "Where had the morning
// belonged entirely?".
func TestBelongedToIsNoPlace(t *testing.T) {
	noCandidate(t, `Hartley century keeps England alive in Adelaide

England ended the second day of the third Test at the Adelaide Oval on 287 for six, still 118 runs behind Australia's total of 405.

The morning had belonged entirely to Australia. Resuming on 351 for seven, the home side added 54 in just over an hour.

England's captain, Tom Hartley, batted for more than five hours in Adelaide for his unbeaten 114.

"We know how hard that new ball is to face here," said England's head coach, Grant Ferreira.`, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "belonged")
	})
}

// TestWhoStopsBeforeAnotherClause: "De Groot equalised, Spain went ahead
// again, and…" joins two clauses with a comma; the question asks the
// first alone, never "Who equalised, Spain went ahead again?".
func TestWhoStopsBeforeAnotherClause(t *testing.T) {
	noCandidate(t, `Spain beat the Netherlands on penalties to win water polo gold

Spain won the women's water polo final on Sunday, beating the Netherlands 14-13 on penalties in Rotterdam after the sides were level at 9-9.

The Dutch centre-back Lotte Brinkman was forced out with three personal fouls in the third quarter, and the Dutch captain, Sabine de Groot, took over in defence.

De Groot equalised, Spain went ahead again, and when Femke Huisman converted a penalty with 41 seconds left the Netherlands seemed to have done enough.

But Maria Castelló fired in off the post with 11 seconds remaining to send the match to a shootout.

"I didn't see the ball," said the Spanish goalkeeper, Marta Oliveras, who blocked the fifth Dutch penalty.

When Femke Huisman found touch deep in Spanish territory, the Dutch won a penalty.

Huisman found touch deep in Spanish territory, the Dutch won a penalty at the restart, and Brinkman scored from it.`, func(q Question) bool {
		return q.Kind == KindWho && (strings.Contains(q.Prompt, "equalised, Spain") || strings.Contains(q.Prompt, "territory, the Dutch"))
	})
}

// TestTwoRolesBeforeAName: "Musician and actor Rhiannon Pryce plays the
// fool" keeps both roles out of the blank: never "Musician and _____".
func TestTwoRolesBeforeAName(t *testing.T) {
	noCandidate(t, `Sun, sea and shipwrecks: a seaside Twelfth Night that finds the ache beneath the laughter

Musician and actor Rhiannon Pryce plays the fool as a seaside busker with an accordion, drifting between scenes and commenting on them in song. The composer Felix Harte has set the lyrics to tunes that borrow from skiffle and music hall, and Pryce's voice - low, smoky and unforced - gives the production its melancholy heart.

Designer Gwen Tallis's set, a weathered pier that revolves to reveal the two rival guest houses, is handsome and practical.

Tickets from £14.
`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Musician and _____")
	})
}

// TestTownIsNoGreatCity: "near the town of Campo Alegre" is never
// swapped or offered beside "the town of Rio de Janeiro".
func TestTownIsNoGreatCity(t *testing.T) {
	for _, q := range mustCandidates(t, `Bridge collapse kills 11 in Minas Gerais

The 380-metre bridge, which carries a federal highway over the river near the town of Campo Alegre, roughly 290 kilometres west of Belo Horizonte, gave way on Tuesday afternoon.

More than 140 firefighters and a team of navy divers flown in from Rio de Janeiro were taking part in the search on Wednesday.

Relatives gathered in the town of Uberlândia, where the bus had set off, and in São Paulo, its destination.

"Everyone here knows someone who crosses it every day," said the mayor of Campo Alegre, Cláudio Ferraz.

Engineers from Brasília arrived on Wednesday to inspect two other bridges on the highway.`) {
		if strings.Contains(q.Prompt, "town of Rio") || strings.Contains(q.Prompt, "town of São Paulo") || strings.Contains(q.Prompt, "town of Brasília") || strings.Contains(q.Prompt, "town of _____") && (slices.Contains(q.Options, "Rio de Janeiro") || slices.Contains(q.Options, "São Paulo") || slices.Contains(q.Options, "Brasília")) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestComplaintPointsBack: "Bakker dismissed the complaint." names a
// complaint only the sentence before tells: no "What did Bakker dismiss?".
func TestComplaintPointsBack(t *testing.T) {
	noCandidate(t, `Bakker wins bunch sprint as crash splits the peloton

Dutchman Sem Bakker claimed his first Tour de France stage win on Wednesday, edging Belgian Jens Vermeulen by half a wheel in a frantic bunch sprint.

The stage was decided by a crash with 2.4 kilometres remaining, when a rider clipped a traffic island and brought down around 15 others.

Vermeulen, 30, was unhappy with the sprint, accusing Bakker of drifting across his line in the final 50 metres.

"He moved two metres to the right and I had to stop pedalling," Vermeulen said.

Bakker dismissed the complaint. "I held my line," he said.

Thursday's sixth stage takes the riders 177 kilometres south from Chateauroux to Gueret.`, func(q Question) bool {
		return q.Kind == KindWhat && strings.Contains(q.Prompt, "dismiss")
	})
}

// TestToldReportersIsNoPlaceOfADeed: "Md." before a name ends no
// sentence, so the quotation keeps its speaker and "told reporters in
// Dhaka" gives no "Where did Rafiqul Haque tell reporters?".
func TestToldReportersIsNoPlaceOfADeed(t *testing.T) {
	noCandidate(t, `Floods in north-east Bangladesh leave 47 dead

At least 47 people have died in flash floods in north-eastern Bangladesh, officials said on Thursday.

"More than two million people are marooned," Md. Rafiqul Haque, a senior official at the disaster ministry, told reporters in Dhaka.

The Surma river at Kanaighat was flowing 142 centimetres above its danger level, according to the warning centre in Sylhet.

Mohammad Rahman, the deputy commissioner of Sunamganj, said the figure was likely to rise.`, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "reporters")
	})
}

// TestDiedAtHisHomeIn: "He died on Tuesday at his home in Athgarvan"
// asks "Where did … die on Tuesday?", never "… die on Tuesday at his
// home?".
func TestDiedAtHisHomeIn(t *testing.T) {
	for _, q := range mustCandidates(t, `Paddy Keogh, trainer of Cheltenham winners, dies aged 81

Paddy Keogh, the Co Kildare trainer whose modest yard of never more than 30 horses produced three Cheltenham Festival winners, has died at the age of 81.

He died peacefully on Tuesday at his home in Athgarvan, a few miles from the Curragh, after a short illness, his family said. His son Declan said his father had watched the racing from Leopardstown on Sunday.

Patrick Joseph Keogh was born in 1943 near Cashel, Co Tipperary, the fourth of seven children of a farmer.

His funeral Mass will take place on Friday at St Brigid's Church in Kilcullen.`) {
		if q.Kind == KindWhere && strings.Contains(q.Prompt, "at his home") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestWhereWordsWereGivenOut: "told reporters in Melbourne" and "a news
// conference in Lima" are no facts of the story: never blanked or asked.
func TestWhereWordsWereGivenOut(t *testing.T) {
	noCandidate(t, `Grassfire forces hundreds from homes in Victoria

A fast-moving grassfire has destroyed at least five homes near the town of Myrtlevale in north-east Victoria, forcing hundreds of residents to flee on Saturday.

"This fire is moving quickly and it is behaving erratically," Ms Radcliffe told reporters in Melbourne.

The state's fire chief, Fiona Radcliffe, said 40 crews were fighting the blaze, which had burned 2,300 hectares.

The premier, Daniel Harwood, spoke at a news conference in Ballarat and thanked emergency crews.

A relief centre has been set up at the Wangaratta Sports Stadium, where about 300 people had registered.`, func(q Question) bool {
		return slices.Contains(q.Options, "Melbourne") || slices.Contains(q.Options, "Ballarat") || q.Kind == KindWhere && (strings.Contains(q.Prompt, "reporters") || strings.Contains(q.Prompt, "conference"))
	})
}

// TestCaptionWithItsCredit: a picture's caption ending "Photograph:
// Archive" on the line above the first paragraph is page furniture,
// never glued to the story: no "Photograph: Archive Elijah Sang has died".
func TestCaptionWithItsCredit(t *testing.T) {
	a, err := ParseArticle(`Elijah Sang, Kenyan marathon pioneer, dies aged 71

Elijah Sang crosses the finish line to win the Amsterdam Marathon in October 1985. Photograph: Archive
Elijah Kiptanui Sang, the Kenyan distance runner who opened the big-city marathons to a generation of athletes, has died at the age of 71.

He died on Sunday in Eldoret after a short illness, his family said.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		for _, s := range p {
			if strings.Contains(s, "Photograph") || strings.Contains(s, "crosses the finish line") {
				t.Errorf("caption kept: %q", s)
			}
		}
	}
}

// TestParticipleIsNoRole: "…drawing the last man and sending winger Josh
// Pittaway over" makes Pittaway a winger, never a "sending winger".
func TestParticipleIsNoRole(t *testing.T) {
	an := analyseArticle(t, `Bulldogs end drought with late Fonua try

Canterbury won the grand final on Sunday night, beating Penrith 18-16 at Sydney Olympic Park.

The game turned in the 61st minute, when fullback Kalani Fonua fielded a kick, stepped past two defenders and raced 50 metres before drawing the last man and sending winger Josh Pittaway over untouched.

Coach Dean Rafferty said his side had never stopped believing.`)
	s := &an.sents[1]
	if m := s.ments[mentionOf(t, s, "Josh Pittaway")]; m.role != "winger" {
		t.Errorf("role %q, want %q", m.role, "winger")
	}
}

// TestAsideBeforeAnInfinitive: "would have obliged the owners of all new
// buildings, and of existing buildings undergoing renovation, to install
// solar panels" says what they were obliged to do after the aside; the
// statement never stops at "all new buildings.".
func TestAsideBeforeAnInfinitive(t *testing.T) {
	noCandidate(t, `Swiss voters reject plan to force solar panels onto new buildings

Swiss voters have narrowly rejected a proposal that would have required solar panels on every new building in the country.

The initiative, launched in 2022 by the Green Party and a coalition of environmental groups, would have obliged the owners of all new buildings, and of existing buildings undergoing major renovation, to install solar panels on suitable roofs and facades from 2030.

Turnout was 44.9 percent, slightly below the average for federal votes in recent years.

"Of course we are disappointed," said Lea Brunner, the co-president of the Greens.

The Swiss People's Party, which campaigned against the measure, welcomed the result.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.HasSuffix(q.Prompt, "all new buildings.")
	})
}

// TestCriticsVerdictOnABuilding: in an architecture critic's piece, "The
// café is bland in the manner of every museum café" and "the reading room
// may be the calmest room built in an English city this decade" are the
// critic's verdicts, never facts to test.
func TestCriticsVerdictOnABuilding(t *testing.T) {
	noCandidate(t, `Calder Street Library review - a generous building with a stubborn floor plan

The new Calder Street Library, designed by Rennick Halloran Architects, opened on Saturday at a cost of £41.6m, against an original budget of £34m.

The brick arches of the old tram depot have been kept, and behind them rises a frame of cross-laminated timber.

The café on the ground floor is bland in the manner of every museum café in Britain, and the public square has been reduced to a strip of paving and four birch trees.

The archive reading room on the fourth floor, with its long timber desks, may be the calmest room built in a Scottish city this decade.

There are 340 study seats across five floors, fewer than the old building offered.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "bland") || strings.Contains(q.Prompt, "calmest")
	})
}

// TestMrsIsNotTheHusband: "Mrs Vautrin" in the obituary of Henri Vautrin
// is his widow, so he stays a man and the "He" after his birth line is
// his, never his son's: no "Julien Vautrin spent his childhood…".
func TestMrsIsNotTheHusband(t *testing.T) {
	for _, q := range mustCandidates(t, `Henri Vautrin, chef who won three stars with river fish, dies aged 84

Henri Vautrin, the Burgundian chef whose restaurant on the Saône earned three Michelin stars, has died at the age of 84.

"Papa always said the river does all the work," his son Julien Vautrin, 52, who has run the restaurant since 2011, told reporters on Monday.

Henri Louis Vautrin was born on 3 April 1940 in Chalon-sur-Saône, the second of four sons of a lock-keeper. He spent his childhood on the towpath, and by the age of ten he was setting night lines for eels.

In 1971 he and his wife, Colette, bought a flour mill in Tournus. "We ate the leftovers and paid the fishmonger first," Mrs Vautrin once told an interviewer.

The first Michelin star came in 1976.`) {
		if strings.Contains(q.Prompt, "Julien Vautrin spent") || strings.Contains(q.Prompt, "Julien Vautrin was setting") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestYouthRanksOfAClub: "joined the youth ranks of Asante Kotoko" and
// "joining Vitesse Arnhem for a fee" name clubs, never people who said
// something, though Asante is a given name.
func TestYouthRanksOfAClub(t *testing.T) {
	const text = `Kwabena Ofori, Ghana midfielder, dies at 56

Kwabena Ofori, the Ghana midfielder who starred in Belgium, has died at the age of 56.

He joined the youth ranks of Asante Kotoko at 14 and made his first-team debut at 17. He won two league titles with Kotoko before a scout from Belgium spotted him in 1989.

In 1994 he moved to the Netherlands, joining Vitesse Arnhem for a fee of around 2.5 million guilders. It was at Vitesse that he enjoyed the best years of his career, helping the club finish in the top four twice.

"He was the cleverest player I ever shared a dressing room with," said the former Dutch defender Ronald Verheul, 57, who played alongside him at Arnhem for three seasons.`
	for _, club := range []string{"Asante Kotoko", "Vitesse Arnhem"} {
		if got := entityType(t, text, club); got == ePerson {
			t.Errorf("%s taken for a person", club)
		}
	}
}

// TestCriticsByline: "By Miriam Holcroft, Architecture Critic" marks a
// critic's piece, so its verdicts ("Glasgow has waited a long time for a
// bridge that does not shout") are no facts to test.
func TestCriticsByline(t *testing.T) {
	const text = `On the Clyde, a slender crossing that knows when to keep quiet

By Miriam Holcroft, Architecture Critic

The bridge, which opened to pedestrians and cyclists on Saturday after almost four years of construction, links the Finnieston quayside with the docks at Govan.

The deck is a shallow steel box, 4.8 metres wide, designed by the Norwegian-born engineer Tomas Halvorsen.

When the city council first approved the scheme in 2019, the estimated cost was £28.5 million.

Glasgow has waited a long time for a bridge that does not shout.`
	an := analyseArticle(t, text)
	if !an.review {
		t.Errorf("not a critic's piece")
	}
}

// TestTheQueenElizabethIsABuilding: "a nurse walking home from the Queen
// Elizabeth at two in the morning" names a hospital, never a queen
// called Elizabeth.
func TestTheQueenElizabethIsABuilding(t *testing.T) {
	an := analyseArticle(t, `A slender crossing on the Clyde

The bridge opened to pedestrians on Saturday after four years of construction.

"It's for a nurse walking home from the Queen Elizabeth at two in the morning," said councillor Andrew McLeish.

The deck, 4.8 metres wide, was designed by the engineer Tomas Halvorsen.`)
	for _, e := range an.ents {
		if e.typ == ePerson && strings.Contains(e.name, "Elizabeth") {
			t.Errorf("%q taken for a person", e.name)
		}
	}
}

// TestMakerOfABuildingIsAFact: in an architecture critic's piece, "The
// extension is the work of Lindqvist Moe" and "designed by Harker Dunn"
// are credits a class can check, while "The shop is generous to the point
// of being overbearing" stays the critic's.
func TestMakerOfABuildingIsAFact(t *testing.T) {
	const text = `Copper, oak and a bend in the river: the Alder Museum turns to face its city

By Helen Strachan, Architecture Critic

The new £41.8m west wing sets out to change all that, and for the most part it succeeds handsomely.

The extension is the work of Lindqvist Moe, the Oslo practice best known for its timber library in Tromsø, working with the Newcastle firm Harker Dunn as local architects.

It was chosen from a shortlist of six in an international competition in 2019, beating entries from London, Rotterdam and Porto.

The floors are a pale terrazzo made partly with crushed brick recovered from the demolished boiler house.

Not everything works. The shop is generous to the point of being overbearing.

The original budget, announced in 2018, was £27m.`
	cands := mustCandidates(t, text)
	if !slices.ContainsFunc(cands, func(q Question) bool { return strings.Contains(q.Prompt, "the work of") }) {
		t.Errorf("no question on who designed the extension")
	}
	for _, q := range cands {
		if strings.Contains(q.Prompt, "overbearing") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestAttachedToIsNoPlace: "she remained fiercely attached to Karnataka"
// tells what she loved: no "Where did Kamini Rao remain fiercely
// attached?".
func TestAttachedToIsNoPlace(t *testing.T) {
	noCandidate(t, `Kamini Rao, star of Indian cinema, dies at 86

Kamini Rao, whose performances in more than 140 films made her one of the most admired actresses of Indian cinema, has died at her home in Mumbai.

Born in Mysore in 1938, she made her first film in Madras in 1956 and moved to Bombay in 1962.

Ms Rao was awarded the Padma Shri in 1992 and received a lifetime achievement award in 2008. She remained fiercely attached to Karnataka, returning every Dasara to Mysore, where she funded a dance school for girls that has trained more than 2,000 students since it opened in 1979.

"People said I was difficult," she told an audience at the Mumbai Film Festival in 2015.`, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "attached")
	})
}

// TestWordBeforeASumIsNoThing: "an initial €1.5 million in aid" gives no
// noun phrase "the initial" to offer beside "the magnitude".
func TestWordBeforeASumIsNoThing(t *testing.T) {
	_, s := firstSent(t, "The European Union announced an initial €1.5 million in humanitarian aid for the region on Monday.", 0)
	for _, p := range nounPhrases(s) {
		if p.head == "initial" {
			t.Errorf("noun phrase %q", p.words)
		}
	}
}

// TestMomentInAWork: a critic's "There is a moment about two minutes into
// Herring Girls, when…" gives no statement and no "about _____ minutes".
func TestMomentInAWork(t *testing.T) {
	noCandidate(t, `Maren Holt's Salt Road review - songs from the edge of the North Sea

There is a moment about two minutes into Herring Girls, the opening track of Maren Holt's third album, when everything drops away except her voice and a single sustained note on Ailsa Grant's fiddle.

Holt, 34, was born in Bergen, grew up in Lerwick, and now lives in Glasgow.

The album was recorded over nine days in a chapel in Portsoy with the producer Cathal Daly.

Fallowfield's founder, Rhona McKechnie, said the label had pressed 3,000 vinyl copies.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "minutes into") && (q.Kind == KindTrueFalse || q.Kind == KindNumber)
	})
}

// TestNationalSideIsATeam: in a match report "Italy came out with renewed
// intent" asks "Which team…?", never "Which country came out…?".
func TestNationalSideIsATeam(t *testing.T) {
	cands := mustCandidates(t, `France survive Italian fightback in Rome

France beat Italy 24-20 in the Six Nations on Saturday, holding on after a late Italian fightback at the Stadio Olimpico.

Italy led 10-0 after 20 minutes, but France replied within seven minutes through their wing, Yanis Mbemba.

Italy came out with renewed intent after the break and drew level through a penalty from Matteo Pellegrini.

Ireland beat Scotland 31-10 in Dublin earlier in the day, and Wales lost to England at Twickenham.`)
	for _, q := range cands {
		if strings.HasPrefix(q.Prompt, "Which country") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestItAfterAReport: "The weather bureau said the storm struck near
// Salcedo. It was moving west-northwest at 20 kph" moves the storm, never
// "The state weather bureau was moving…".
func TestItAfterAReport(t *testing.T) {
	for _, q := range mustCandidates(t, `Typhoon Dalisay makes landfall in Eastern Samar

MANILA - Typhoon Dalisay made landfall in Eastern Samar province early on Tuesday, bringing sustained winds of 175 kilometres per hour to coastal towns.

The state weather bureau, PAGASA, said the storm struck near the town of Salcedo at around 4:40 a.m. local time, with gusts reaching 215 kph. It was moving west-northwest at 20 kph and was expected to cross the central Visayas before exiting into the sea late on Wednesday.

At least nine people were confirmed dead by Tuesday evening, according to the disaster council.`) {
		if strings.Contains(q.Prompt, "bureau was moving") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestOpeningClauseWithAnAside: "When Lakhani's fellow spinner, Callum
// Reid, trapped Josh Kerr leg before, Sussex had slumped to 203 for six"
// is cut, if at all, after the whole opening clause, never at the comma
// before Reid's name.
func TestOpeningClauseWithAnAside(t *testing.T) {
	noCandidate(t, `Brenton century sees Sussex home against Gloucestershire

Ollie Brenton made his second first-class century as Sussex beat Gloucestershire by six wickets at Hove on Friday.

When Lakhani's fellow spinner, Callum Reid, trapped Josh Kerr leg before for a duck, Sussex had slumped to 203 for six and the handful of Gloucestershire supporters in the Arundel Stand were suddenly in full voice.

Dev Lakhani finished with four for 88 from 31 overs.`, func(q Question) bool {
		return strings.HasPrefix(q.Prompt, "True or false? Callum Reid, trapped") || strings.HasPrefix(q.Prompt, "_____, trapped") || strings.HasPrefix(q.Prompt, "Callum Reid, trapped")
	})
}

// TestCriticsReadingOfAMemoir: in a review of a footballer's memoir, "he
// is oddly vague about the concussions" and "Rourke is candid about the
// damage he did to his first marriage and to his three sons" are the
// critic's reading, no facts to test.
func TestCriticsReadingOfAMemoir(t *testing.T) {
	noCandidate(t, `Red Card Days review - a hard man's memoir that flinches at the wrong moments

Danny Rourke played more than 500 league games for five clubs and was sent off, by his own count, eleven times.

Rourke is candid about the damage he did to his first marriage and about the years he spent avoiding his three sons.

He says almost nothing about his one international appearance in 1994, and he is oddly vague about the concussions that still give him headaches.

Red Card Days is published by Harrow & Pike at £20.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && (strings.Contains(q.Prompt, "candid") || strings.Contains(q.Prompt, "vague"))
	})
}

// TestSubjectBeforeAParticipleAside: "The race, run over three miles and
// five furlongs on ground described as soft, yielding to soft in places,
// began at a furious pace" is never cut to "The race, run over … soft.".
func TestSubjectBeforeAParticipleAside(t *testing.T) {
	noCandidate(t, `Kilbrack Boy lands the Irish National for a tiny Wexford yard

Kilbrack Boy won the Irish Grand National at Fairyhouse on Monday for the Wexford trainer Mags Doherty, who has just 14 horses in training.

The race, run over three miles and five furlongs on ground officially described as soft, yielding to soft in places, began at a furious pace.

The champion jockey Rachael Keogh finished second on the favourite, Royal Emissary.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "The race, run over") && !strings.Contains(q.Prompt, "began")
	})
}

// TestTownInACountry: "a woman from Utrecht in the Netherlands" takes
// Dutch towns as wrong answers, never the Austrian resort of the story.
func TestTownInACountry(t *testing.T) {
	for _, q := range mustCandidates(t, `Avalanche kills four skiers above Sölden

Four skiers were killed on Saturday when an avalanche swept away a guided group above the resort of Sölden in Austria's Ötztal valley.

A fourth victim, pulled from the snow alive, died later in hospital in Innsbruck.

Police named the dead as two German men from Munich and Stuttgart, a German woman from Augsburg and a 28-year-old woman from Utrecht in the Netherlands.

The group had set out from Obergurgl at 9am, and its guide, from Arolla in Switzerland, survived.`) {
		if q.Kind == KindCloze && strings.Contains(q.Prompt, "from _____ in the Netherlands") {
			for _, o := range q.Options {
				if o == "Sölden" || o == "Innsbruck" || o == "Arolla" || o == "Munich" {
					t.Errorf("%q: %v", q.Prompt, q.Options)
				}
			}
		}
	}
}

// TestPracticeNamedForItsPartners: "The architects, Oakes Varga," name a
// practice, so "Ms Varga" is Judit Varga, its co-founder, never the firm.
func TestPracticeNamedForItsPartners(t *testing.T) {
	const text = `A Victorian station roof sees daylight again in Liverpool

The architects, Oakes Varga, have stripped out the false ceiling and replaced 11,000 panes of glass.

"We spent a long time arguing about whether to do anything clever up there," Judit Varga, the practice's co-founder, told me.

Ms Varga and her partner, Simon Oakes, 52, have resisted the temptation to hang anything from the roof.

The city region's mayor, Carl Jennings, said the final bill was "worth every penny".`
	an := analyseArticle(t, text)
	if id := entByName(an, "Oakes Varga"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Oakes Varga taken for a person")
	}
	wantMentionOf(t, an, 2, "Varga", "Judit Varga")
}

// TestStationNamedForItsCity: "the 9.02 to London Euston" names a
// station, never a person offered beside the architects.
func TestStationNamedForItsCity(t *testing.T) {
	if got := entityType(t, `A Victorian station roof sees daylight again

At 9.05 on Saturday morning the first train to London Euston slid out beneath a roof that had been hidden for 40 years.

Judit Varga, the architect, said the roof was the point of the whole project.

"It sounds like a small thing," said Denise Mottram, a wheelchair user from Bootle.`, "London Euston"); got == ePerson {
		t.Errorf("London Euston taken for a person")
	}
}

// TestAllyIsAlasdair: "Ally MacKintosh" in a tribute is the Alasdair
// MacKintosh the obituary mourns, never a second man offered beside him.
func TestAllyIsAlasdair(t *testing.T) {
	an := analyseArticle(t, `Alasdair MacKintosh, shinty full-back and hill farmer, dies aged 81

Alasdair MacKintosh, who won six Camanachd Cup medals with Newtonmore, has died aged 81.

He was born at Balnacraig on 19 April 1944, the eldest of four children.

Fiona Chisholm, president of the Camanachd Association, said the game had lost one of its greats. "Ally MacKintosh represented everything that is good about shinty," she said.`)
	a, b := entByName(an, "Alasdair MacKintosh"), entByName(an, "Ally MacKintosh")
	if a < 0 || b >= 0 && b != a {
		t.Errorf("Alasdair %d, Ally %d: %v", a, b, entNames(an))
	}
}

// TestListOfSubjectsIsNoEnd: "a position in which his reach, his timing
// and his reading of the game made him hard to pass" is never cut after
// "his reach".
func TestListOfSubjectsIsNoEnd(t *testing.T) {
	noCandidate(t, `Alasdair MacKintosh, shinty full-back, dies aged 81

Alasdair MacKintosh, who won six Camanachd Cup medals with Newtonmore, has died aged 81.

He made his first-team debut in 1962. Over the next 18 seasons he became a fixture at full-back, a position in which his reach, his timing and an almost telepathic reading of the game made him very hard to pass.

In 1971 he took over the running of the family farm at Balnacraig.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.HasSuffix(q.Prompt, "his reach.")
	})
}

// TestHorseNamedWithATitle: "Lady Bracken, a light-framed bay mare" is a
// horse, never the one asked "Who became the foundation of the stud?".
func TestHorseNamedWithATitle(t *testing.T) {
	const text = `Desmond Fahy, breeder of an Irish Derby winner, dies aged 87

Desmond Fahy, whose small stud near Cashel bred an Irish Derby winner, has died aged 87.

In 1966 he went to the Goffs sale intending to buy a cob for his father and came home instead with Lady Bracken, a light-framed bay mare who had won once, at Tralee, from 11 starts.

Lady Bracken became the foundation of Knockanree Stud.

Shannon Mist, a grey colt out of Lady Bracken's granddaughter, won the 1994 Irish Derby at 16-1 for the trainer Liam Gleeson.

"He asked the nurse for the Leopardstown results on Sunday," said his son, Ciarán Fahy.`
	an := analyseArticle(t, text)
	for _, e := range an.ents {
		if e.typ == ePerson && strings.Contains(e.name, "Bracken") {
			t.Errorf("%q taken for a person", e.name)
		}
	}
}

// TestBalletCompany: "a world premiere from London Meridian Ballet" names
// a company, never a dancer offered as who plays a part.
func TestBalletCompany(t *testing.T) {
	if got := entityType(t, `A widow's winter on the ice at Sadler's Wells

Ilse Vandermolen's The Cartographer's Widow received its world premiere from London Meridian Ballet at Sadler's Wells on Tuesday night.

Yuki Sawamura dances the widow, Marguerite, and Rafael Montoya is Tobias Crane, the kindly harbourmaster.

The score is played by the Meridian Sinfonia under Hanna Lindqvist.`, "London Meridian Ballet"); got == ePerson {
		t.Errorf("London Meridian Ballet taken for a person")
	}
}

// TestFilmAPartWasPlayedIn: "who played the shipyard foreman in Winter
// Dock" names a film, never a person offered as who said something.
func TestFilmAPartWasPlayedIn(t *testing.T) {
	if got := entityType(t, `Zbigniew Wróblewski, Polish director, dies aged 84

Zbigniew Wróblewski, the Polish film director whose dramas about miners and dockers slipped past the censors, has died at his home in Warsaw.

Jerzy Malec, 79, who played the shipyard foreman in Winter Dock, said Wróblewski had been "the most patient man I have ever worked with".

Marta Lipińska, director of the Polish Film Institute, called him a master.`, "Winter Dock"); got == ePerson {
		t.Errorf("Winter Dock taken for a person")
	}
}

// TestHorseByItsLegs: "Coastal Hymn, who led until the 400-metre mark,
// pulled up lame in the near foreleg" is a horse, never a jockey.
func TestHorseByItsLegs(t *testing.T) {
	if got := entityType(t, `Whitlock wins the Melbourne Cup on Saltbush Prince

Jade Whitlock won the Melbourne Cup on Saltbush Prince on Tuesday, becoming only the second woman jockey to ride the winner of the race.

The trainer, Marcus Tealby, bought the gelding for $42,000 as an unraced three-year-old.

Racing Victoria stewards reported that Coastal Hymn, who led until the 400-metre mark before fading to finish last, pulled up lame in the near foreleg.

"I thought for 20 strides we had it," said Seán Kilbride, who rode the runner-up.`, "Coastal Hymn"); got == ePerson {
		t.Errorf("Coastal Hymn taken for a person")
	}
}

// TestClubAfterItsTeamNoun: "Cattaneo coached the local youth team,
// Ciclistica Clusone, for 22 years" names a club, never a person offered
// beside his old team-mates.
func TestClubAfterItsTeamNoun(t *testing.T) {
	if got := entityType(t, `Renzo Cattaneo, climber who won Giro stages, dies at 75

Renzo Cattaneo, the wiry climber who won four stages of the Giro d'Italia, has died. He was 75.

"Renzo was not the most talented rider in the peloton, and he knew it," said Walter Bonacina, 76, his room-mate for four seasons.

He retired at 33 with 14 professional victories. He returned to Clusone, married his childhood sweetheart, Giuliana Pezzoli, and in 1984 opened a bicycle shop on the town's main square.

Cattaneo coached the local youth team, Ciclistica Clusone, for 22 years, and at least five of his former pupils went on to ride professionally.`, "Ciclistica Clusone"); got == ePerson {
		t.Errorf("Ciclistica Clusone taken for a person")
	}
}

// TestTimeToldByAnEvent: "In 1955, the year the forced removals from
// Sophiatown began, he joined…" is never cut to "In 1955, the year the
// forced removals from Sophiatown began.".
func TestTimeToldByAnEvent(t *testing.T) {
	noCandidate(t, `Sipho Ndlovu, township jazz pianist, dies at 89

Sipho Ndlovu, the pianist whose hymn-soaked style carried township jazz to London and New York, has died in Johannesburg. He was 89.

By 16 he was playing with dance bands at weddings and shebeens in Sophiatown.

In 1955, the year the forced removals from Sophiatown began, he formed the Marabi Messengers, a six-piece band that recorded for the Gallo label and toured the townships of the Rand for the rest of the decade.

In 1961 he left South Africa as musical director of a touring jazz musical that played to packed houses in London.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.HasSuffix(q.Prompt, "Sophiatown began.")
	})
}

// TestRecitalKnownAsAReview: a festival recital piece with no "review" in
// its headline is a critic's by its listing's "runs until 22 June" with
// "Not everything came off" or "ambitious but underpowered".
func TestRecitalKnownAsAReview(t *testing.T) {
	const head = `Schubert's last sonata finds a fearless new voice on the shores of Lake Constance

By Margaret Ellery

Ilona Varga, 31, replaced the Swiss pianist Lukas Ammann at a week's notice. She opened with Janáček's In the Mists, four short pieces that can sound either mysterious or merely fragmentary.

"When Lukas withdrew we had perhaps three names on the list, and Ilona was the first to say yes," said the festival's director, Anke Hollmann.

`
	for _, tail := range []string{
		"Not everything came off. A late-night programme of contemporary works on Friday closed the weekend.\n\nThe festival runs until 22 June, with Beethoven's late sonatas next Thursday.",
		"A late-night programme of contemporary works on Friday was ambitious but underpowered.\n\nThe festival runs until 22 June, with Beethoven's late sonatas next Thursday.",
	} {
		if an := analyseArticle(t, head+tail); !an.review {
			t.Errorf("not known as a review: %q", tail)
		}
	}
}

// TestVerbKeepsItsObject: "by 2019 the council was spending, by its own
// estimate, £410,000 a year" is never cut after "was spending".
func TestVerbKeepsItsObject(t *testing.T) {
	noCandidate(t, `Halifax's new baths put the light back into swimming

The new Westgate Baths in Halifax opened to the public on Saturday, two years late and £7.6 million over budget.

The old Horton Street baths, a brick box put up in 1961, lost so much heat through its cracked glazing that by 2019 the council was spending, by its own estimate, £410,000 a year simply keeping the water warm.

The final bill came to £38.6 million, against an original budget of £31 million approved in 2021.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "was spending.")
	})
}

// TestSprinterOfARacingYard: "the tough sprinter Petit Matelot" in a
// trainer's obituary is a horse, never a person of some role.
func TestSprinterOfARacingYard(t *testing.T) {
	if got := entityType(t, `Gérard Delahaye, Chantilly trainer, dies at 84

Gérard Delahaye, the trainer who rose from stable lad to become one of the most respected figures on the French Flat, has died. He was 84.

His first big winner was the tough sprinter Petit Matelot, who won the Prix de l'Abbaye in 1979 under the jockey Laurent Bréchard.

Five years later a grey filly he trained won the Prix de Diane.`, "Petit Matelot"); got == ePerson {
		t.Errorf("Petit Matelot taken for a person")
	}
}

// TestNewsAgencyByOneName: "Xinhua said investigators were examining…"
// is a news agency, never a person offered beside the mine's managers.
func TestNewsAgencyByOneName(t *testing.T) {
	if got := entityType(t, `Gas blast at Shanxi coal mine kills 21

The blast occurred at about 10.40pm on Sunday at the Xinhe coal mine, about 500 kilometres south-west of Beijing, the official Xinhua news agency said.

The mine's director, Zhao Wenbin, has been detained by police, according to local officials.

Xinhua said investigators were examining whether gas monitoring alarms had been disabled or ignored.

"Nobody tells us anything," said Chen Hui, whose brother was underground.`, "Xinhua"); got == ePerson {
		t.Errorf("Xinhua taken for a person")
	}
}

// TestHowLongItLasted: "He lasted 18 months." gives no "How many months
// did Gwilym Pryce last?": what he lasted in, the sentence before tells.
// "The strike lasted 23 weeks" still asks how many weeks.
func TestHowLongItLasted(t *testing.T) {
	an := analyseArticle(t, `Dock strike ends after 23 weeks

Dockers at the port of Waterford voted on Friday to accept a pay deal, ending the longest strike in the port's history.

The strike lasted 23 weeks, and at its height cargo to factories across Munster was severely disrupted.

The union's regional secretary, Declan Moriarty, led the negotiations.`)
	if !slices.ContainsFunc(an.makeCandidates(), func(c cand) bool { return strings.Contains(c.q.Prompt, "How many weeks did the strike last") }) {
		t.Errorf("no question on how long the strike lasted")
	}
	noCandidate(t, `Gwilym Pryce, conductor of the Maesteg choir, dies aged 86

Gwilym Pryce, who led the Maesteg Male Voice Choir for four decades, has died at the age of 86.

He left school at 15 to work underground at the Coegnant colliery, hating every shift. He lasted 18 months.

In 1962 he became the choir's accompanist, and in 1971 its conductor.`, func(q Question) bool {
		return q.Kind == KindNumber && strings.Contains(q.Prompt, "did Gwilym Pryce last")
	})
}

// TestThatClauseKeepsItsVerb: "the boycotts meant that Tuwei, at the peak
// of his powers, never had the chance" is never cut to "…meant that
// Tuwei.".
func TestThatClauseKeepsItsVerb(t *testing.T) {
	noCandidate(t, `Samuel Tuwei, Kenyan steeplechaser, dies aged 70

Samuel Tuwei, the steeplechaser whose attack on the water jump earned him a nickname, has died. He was 70.

Within three years he was the national champion over 3,000 metres steeplechase.

Kenya's boycotts of the Olympic Games in Montreal in 1976 and Moscow in 1980 meant that Tuwei, at the peak of his powers, never had the chance to race for an Olympic medal.

He won the Commonwealth title in Edmonton in 1978 and set a Kenyan record in Oslo in 1981.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "meant that Tuwei.")
	})
}

// TestDerbyWinnerAfterItsRider: after "Ridden by Rafael Quintero, …,
// Copper Lantern covered the mile and a quarter", "He paid $30.80 to win"
// is the horse; and "Patsy Greer" is the Patricia Greer who trains him.
func TestDerbyWinnerAfterItsRider(t *testing.T) {
	const text = `Copper Lantern wins the Cumberland Derby for a 67-year-old trainer

For 67 years Patricia Greer has been around horses, mucking stalls as a girl in Paris, Kentucky, and saddling cheap claimers at small tracks.

"I've been crying since the sixteenth pole," Greer told reporters.

Ridden by Rafael Quintero, the 31-year-old Puerto Rican jockey, Copper Lantern covered the mile and a quarter on a sloppy track in 2:02.41. He paid $30.80 to win on a $2 ticket.

The favourite, ridden by the Irish jockey Declan Maher, faded to finish fourth.

Copper Lantern, a colt by Lantern Hill, was bought as a yearling for $42,000 in Ocala, Florida.

"Patsy Greer has forgotten more about horses than most of us will ever know," said Tom Hollis, whose family owns the colt.`
	an := analyseArticle(t, text)
	if a, b := entByName(an, "Patricia Greer"), entByName(an, "Patsy Greer"); b >= 0 && b != a {
		t.Errorf("Patricia %d, Patsy %d", a, b)
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "paid $30.80") && q.Kind == KindWho {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestMsIsTheDaughter: "Ms Tremblay, 49, said" after "his daughter Shelby
// Tremblay said" is the daughter, never the country singer the headline
// mourns.
func TestMsIsTheDaughter(t *testing.T) {
	const text = `Wade Tremblay, balladeer of the Prairies, dies at 78

Wade Tremblay, the Saskatchewan-born country singer whose songs about grain elevators made him one of Canada's best-loved performers, has died at 78.

Tremblay died on Sunday at his ranch near Cochrane, Alberta, his daughter Shelby Tremblay said in a statement on Monday.

"Dad sang to us every night of our lives, even when he could barely hold a guitar," Ms Tremblay, 49, said.

He learned to play on a mail-order guitar his mother bought from a catalogue.`
	an := analyseArticle(t, text)
	wantMentionOf(t, an, 2, "Tremblay", "Shelby Tremblay")
}

// TestThatAfterAColon: "a cookbook with an argument: that the food of
// Lebanon's villages, its preserves and stews, deserves attention" is
// never cut to "…: that the food of Lebanon's villages.".
func TestThatAfterAColon(t *testing.T) {
	noCandidate(t, `Karim Nassar's mountain kitchen makes the case for village food

The Mountain Table, published this week by Ashgrove Books, is a cookbook with an argument: that the food of Lebanon's villages, its preserves, stews and foraged greens, deserves as much attention as the mezze that has made the country's cooking famous.

His restaurant, Sumac & Salt in Stoke Newington, opened in 2015 and has had a Michelin Bib Gourmand since 2019.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "Lebanon's villages.")
	})
}

// TestDotlessRank: "Lt Menezes" is Lieutenant Carla Menezes of the fire
// brigade, never a third person called "Lt Menezes".
func TestDotlessRank(t *testing.T) {
	an := analyseArticle(t, `Dam collapse buries mine canteen in Minas Gerais

A tailings dam collapsed on Tuesday at an iron ore mine in Minas Gerais, burying a canteen where workers were having lunch.

"We are still working with the hope of finding people alive," said Lieutenant Carla Menezes of the state fire brigade.

Lt Menezes said 46 people had been pulled alive from the mud by nightfall.

"This is the worst day in the history of our company," said the mine's chief executive, Roberto Vasconcelos.`)
	if id := entByName(an, "Lt Menezes"); id >= 0 {
		t.Errorf("Lt Menezes is a person of its own: %v", entNames(an))
	}
}
