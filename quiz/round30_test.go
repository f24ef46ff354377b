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

Silver Note, who had won at Ludlow in November, was not disgraced.`
	an := analyseArticle(t, text)
	for _, horse := range []string{"Harbour Lights", "Copper Kettle", "Silver Note"} {
		if id := entByName(an, horse); id >= 0 && an.ents[id].typ == ePerson {
			t.Errorf("%s taken for a person", horse)
		}
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "had been a popular each-way bet") && !strings.Contains(q.Prompt, "reported that he") {
			t.Errorf("the horse's bet given to a rider: %q", q.Prompt)
		}
		for _, horse := range []string{"Harbour Lights", "Copper Kettle", "Silver Note"} {
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

"I didn't see the ball," said the Spanish goalkeeper, Marta Oliveras, who blocked the fifth Dutch penalty.`, func(q Question) bool {
		return q.Kind == KindWho && strings.Contains(q.Prompt, "equalised, Spain")
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
