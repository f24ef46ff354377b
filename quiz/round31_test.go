package quiz

import (
	"slices"
	"strings"
	"testing"
)

// These tests come from the thirty-first round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestHeOpeningAfterAHorse: after "Ballyvale Storm, ridden by Cathal Brennan,
// ran on stoutly", a "He" that opens the next sentence is the horse,
// never its rider, in the coreference stage as in the question stems.
func TestHeOpeningAfterAHorse(t *testing.T) {
	an := analyseArticle(t, `Copper Lantern wins the Gold Cup at 16-1

Copper Lantern, an eight-year-old gelding, won the Gold Cup at Cheltenham on Friday under the jockey Darragh Foley.

Ballyvale Storm, ridden by Cathal Brennan, ran on stoutly after the last fence.

He finished four lengths behind the winner.`)
	wantMentionOf(t, an, 2, "He", "")
}

// TestStakesIsARace: "the King George and Queen Elizabeth Stakes" is a
// race, so "Queen Elizabeth Stakes" after the "and" is never a woman
// offered beside the trainers.
func TestStakesIsARace(t *testing.T) {
	const text = `Harbour Lights lands the Coronation Cup at Epsom

Harbour Lights, a 9-2 shot trained in Newmarket by Charlotte Venn, won the Coronation Cup at Epsom on Friday.

The colt was ridden by Sean Cullinane, who rode a patient race and led only inside the final furlong.

"She has run a huge race," said Jean-Luc Ferrand, who trains the runner-up in Chantilly.

Venn said the King George and Queen Elizabeth Stakes at Ascot in July was now a possible target for the colt.

"He has earned a break first," Venn said.`
	an := analyseArticle(t, text)
	for _, e := range an.ents {
		if e.typ == ePerson && strings.Contains(e.name, "Stakes") {
			t.Errorf("%q taken for a person", e.name)
		}
	}
}

// TestHeAfterAHorseInApposition: a "He" after "The favourite, the
// Brogan-trained Celestial Crown, raced keenly under Marcus Holloway" or
// after "Ridden by Sean Cullinane, the four-year-old colt was held up" is
// the horse, never the jockey named beside it.
func TestHeAfterAHorseInApposition(t *testing.T) {
	an := analyseArticle(t, `Harbour Lights wins the Prince of Wales's Stakes

Harbour Lights, a 9-2 shot trained in Newmarket by Charlotte Venn, won the Prince of Wales's Stakes at Royal Ascot on Wednesday.

Ridden by the Irish jockey Sean Cullinane, the four-year-old colt was held up towards the rear of the field.

He crossed the line two lengths clear of the French filly Tarantella Rose.

The favourite, the Aidan Brogan-trained Celestial Crown, raced keenly early under the champion jockey Marcus Holloway.

He finished almost five lengths behind the winner.`)
	wantMentionOf(t, an, 2, "He", "")
	wantMentionOf(t, an, 4, "He", "")
}

// TestObituaryChainAfterAnOpener: in an obituary whose lead's clause is
// about a score ("…, India were 38 for four"), the one mourned is still
// its main person, so "Over the following 16 seasons he made…", after a
// sentence that names another man, is asked with his name.
func TestObituaryChainAfterAnOpener(t *testing.T) {
	const text = `Vinayak Deshpande obituary

When Vinayak Deshpande walked out to bat at the Basin Reserve in Wellington in February 1981, India were 38 for four, the wind was howling off Cook Strait and the New Zealand fast bowlers had already sent two of his team-mates to hospital for X-rays

He was spotted at the age of 14 by the former Baroda captain Hemant Parikh while batting in a school match at the Moti Baug ground, and made his Ranji Trophy debut for Baroda two years later, in 1970, scoring 61 against Gujarat.

Over the following 16 seasons he made 7,912 first-class runs at 47.09, including 22 centuries, and captained Baroda for six seasons.`
	found := false
	for _, q := range mustCandidates(t, text) {
		found = found || strings.Contains(q.Prompt, "seasons Vinayak Deshpande made")
	}
	if !found {
		t.Errorf("no question on the 16 seasons names Vinayak Deshpande")
	}
}

// TestEnglishTitleInBrackets: in "Her first film, "Bir Bahar Gecesi" (One
// Spring Night), …", the bracket holds a title, no person, so the "she"
// of the next sentence is still the actress.
func TestEnglishTitleInBrackets(t *testing.T) {
	const text = `Selin Aydemir, star of Turkish cinema, dies at 84

Selin Aydemir, the actress who became one of the best-known faces of Turkish cinema, died on Saturday at her home in Istanbul. She was 84.

Her first film, "Bir Bahar Gecesi" (One Spring Night), released in 1961, was a modest success. Over the next 15 years she appeared in more than 110 films.

Her nephew, the producer Emre Aydemir, said she had been ill since the spring.`
	if e := entityType(t, text, "Spring Night"); e == ePerson {
		t.Errorf("Spring Night taken for a person")
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "Spring Night appeared") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestAnotherManCarriesTheChain: "Drawn in lane five, he went out hard.
// By the final bend he had made up the stagger…" goes on about a man
// the article named before, not the winner it is about: the winner is
// no sure "he" for it.
func TestAnotherManCarriesTheChain(t *testing.T) {
	noCandidate(t, `Asante-Boateng Storms to 400m Gold as Favourite Whitcombe Fades in Final Stretch

Kwabena Asante-Boateng of Ghana came from fifth place off the final bend to win the men's 400 metres at the World Athletics Championships on Thursday night, running a national record of 43.71 seconds to claim his country's first world title on the track in more than three decades.

Drawn in lane five, he went out hard, as he often does, and passed 200 metres in 20.8 seconds, the fastest split in the field by some distance.

By the final bend he had made up the stagger on Forbes in lane six and appeared to be clear

Asante-Boateng's time took almost four tenths of a second off the Ghanaian record he set in the semi-finals two nights earlier

The crowd of roughly 48,000 gave Asante-Boateng a long ovation as he took a lap of honour, stopping to embrace a small group of Ghanaian supporters in the front row of the back straight`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Asante-Boateng had made up")
	})
}

// TestTownThenCountryInAnOpener: "At the 1972 Winter Olympics in Sapporo,
// Japan, he took silver…" cut to fit keeps its opening whole, never
// "Japan, Einar Solbakken took silver", though the lists lack Sapporo.
func TestTownThenCountryInAnOpener(t *testing.T) {
	noCandidate(t, `Einar Solbakken, Norwegian ski jumper who soared at Holmenkollen, dies at 78

Einar Solbakken, the Norwegian ski jumper who won Olympic silver in 1972 and became one of the most beloved figures at the Holmenkollen festival, has died at his home in Lillehammer. He was 78.

At the 1972 Winter Olympics in Sapporo, Japan, he took silver on the large hill with jumps of 106 and 103.5 metres, finishing 4.2 points behind the winner

A funeral will be held at Lillehammer Church on 7 February.`, func(q Question) bool {
		return strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "Japan")
	})
}

// TestGordIsGordon: "Gord Halvorsen" is the man born "Gordon Arne
// Halvorsen", one person and never two.
func TestGordIsGordon(t *testing.T) {
	an := analyseArticle(t, `Gord Halvorsen, the gruff Saskatchewan coach who won a Stanley Cup, dies at 81

Gord Halvorsen, a hockey coach who spent more than four decades behind benches from the Prairie junior leagues to the National Hockey League, and who helped steer the Calgary Flames to the Stanley Cup in 1989, died on Tuesday at a care home in Saskatoon

Gordon Arne Halvorsen was born on Oct. He learned to skate on a frozen slough behind the family house and was playing senior men's hockey by the age of 16.`)
	if a, b := entByName(an, "Gord Halvorsen"), entByName(an, "Gordon Arne Halvorsen"); b >= 0 && a != b {
		t.Errorf("Gord Halvorsen %d, Gordon Arne Halvorsen %d", a, b)
	}
}

// TestTownTeamNicknames: "London Pulse", "Loughborough Lightning" and
// "Severn Stars" are netball clubs, never women offered beside the
// players, and "Her partner in the circle" after "London Pulse needed
// every one of her goals" is the shooter's.
func TestTownTeamNicknames(t *testing.T) {
	const text = `Lindqvist's perfect final quarter lifts London Pulse past Manchester Thunder

Amara Lindqvist did not miss in the final quarter on Saturday night, and London Pulse needed every one of her goals to beat Manchester Thunder 58-55.

The Swedish-born goal shooter, who joined Pulse from Severn Stars in the close season, finished with 43 goals from 46 attempts. Her partner in the circle, the England international Tilly Ashworth, added 15 from 19.

"I just tried to keep my feet quiet," said Lindqvist, 27.

Manchester remain top, two points clear of Loughborough Lightning, who beat Leeds Rhinos 61-49 earlier in the day.`
	for _, name := range []string{"London Pulse", "Loughborough Lightning", "Severn Stars"} {
		if got := entityType(t, text, name); got == ePerson {
			t.Errorf("%s taken for a person", name)
		}
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "London Pulse's partner") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestSkipperedByIsABoat: "Spain's Cruz del Sur, skippered by Iker
// Zubiaurre," names a boat, and whoever skippers a boat is a skipper:
// "Who does the article describe as the skipper?" offers no other.
func TestSkipperedByIsABoat(t *testing.T) {
	const text = `Kestrel wins the Southern Ocean leg

The Dutch boat Kestrel, skippered by Femke de Wit, won the third leg of the round-the-world race into Fremantle on Sunday.

Blue Horizon, skippered by Léa Marchetti, had led for nine days but finished second.

Spain's Cruz del Sur, skippered by Iker Zubiaurre, was fourth.

Britain's Ardent, under skipper Callum Rees, limped home in fifth place after her bowman, Josh Pryce, broke his wrist.

"That was the hardest thing I have ever done on a boat," said De Wit.

"We made one bad call, and in this race one bad call is enough," said Marchetti.

After three legs, Kestrel leads with 16 points and Cruz del Sur is fifth on 6.`
	if got := entityType(t, text, "Cruz del Sur"); got == ePerson {
		t.Errorf("Cruz del Sur taken for a person")
	}
	an := analyseArticle(t, text)
	for _, name := range []string{"Femke de Wit", "Léa Marchetti", "Iker Zubiaurre"} {
		if id := entByName(an, name); id < 0 || !an.holdsLikeRole(id, "skipper") {
			t.Errorf("%s (%d) is no skipper", name, id)
		}
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "as the skipper") && (slices.Contains(q.Options, "Femke de Wit") || slices.Contains(q.Options, "Léa Marchetti")) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestFootballClubInANameIsNoFootball: "past the Fulham Football Club
// ground" in a report of the Boat Race makes no football story (whose
// built-in clubs would be offered for a crew), and a crew named for its
// town takes no other towns: Oxford is never asked beside Chelsea or
// Manchester.
func TestFootballClubInANameIsNoFootball(t *testing.T) {
	const text = `Cambridge win the Boat Race for a fourth year

Cambridge won the men's Boat Race for the fourth year in succession on Sunday, beating Oxford by two lengths on the Thames.

Oxford made the better start and led by a canvas at the 90-second mark. Their cox, Imogen Hartley, steered a tight line past the Fulham Football Club ground.

By Hammersmith Bridge Cambridge had drawn level, and their cox, the 21-year-old Jamie Okonkwo, was urging his crew on.

"Jamie was brilliant," said Rob Dennehy, Cambridge's chief coach.

Oxford finished in 17 minutes 52 seconds.`
	if an := analyseArticle(t, text); an.football() {
		t.Errorf("a rowing report read as football")
	}
	for _, q := range mustCandidates(t, text) {
		if q.Kind == KindWhat && slices.ContainsFunc(q.Options, func(o string) bool { return o == "Chelsea" || o == "Everton" || o == "Manchester" || o == "Liverpool" }) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestSpanishTitleProfesor: "a veteran wrestler, Profesor Teodoro
// Garduño" is Teodoro Garduño with his title, never a person called
// "Profesor Teodoro Garduño" to offer as an option.
func TestSpanishTitleProfesor(t *testing.T) {
	an := analyseArticle(t, `El Halcón de Plata, masked idol of Mexican lucha libre, dies aged 78

The family moved to Mexico City when he was 15, and he found work as a mechanic's apprentice in Tepito while training in the evenings at a small gymnasium run by a veteran wrestler, Profesor Teodoro Garduño.`)
	for _, e := range an.ents {
		if strings.HasPrefix(e.name, "Profesor") {
			t.Errorf("%q", e.name)
		}
	}
}

// TestTownCrewTakesNoTowns: "Oxford, who had been narrow favourites…,
// made the better start" is a crew named for its town; "Which club…?"
// offers no Manchester or Liverpool, which row no Boat Race.
func TestTownCrewTakesNoTowns(t *testing.T) {
	noCandidate(t, `Cambridge power through Hammersmith chop to win Boat Race by three and a half lengths

Oxford, who had been narrow favourites after a strong showing in their fixture against Leander last month, made the better start and led by a canvas at the 90-second mark`, func(q Question) bool {
		return slices.ContainsFunc(q.Options, func(o string) bool { return o == "Manchester" || o == "Liverpool" || o == "Birmingham" })
	})
}

// TestMinutesBeforeARole: "On 14 minutes hooker Siobhán Keane peeled
// off" makes her a hooker, never a "minutes hooker", even when "On"
// opens the sentence.
func TestMinutesBeforeARole(t *testing.T) {
	an := analyseArticle(t, `Ireland beat Wales in Cork

Aoife Nolan scored two tries as Ireland beat Wales 29-17 in the Women's Six Nations on Saturday.

On 14 minutes hooker Siobhán Keane peeled off the back of a driving maul to score, and Niamh Dwyer added the conversion.

On 55 minutes flanker Grace Mulcahy broke from halfway and found Nolan on her shoulder for a second try.`)
	for _, name := range []string{"Siobhán Keane", "Grace Mulcahy"} {
		id := entByName(an, name)
		if id < 0 {
			t.Fatalf("no %s", name)
		}
		for _, r := range an.ents[id].roles {
			if strings.Contains(r.lower, "minutes") {
				t.Errorf("%s: %q", name, r.lower)
			}
		}
	}
}

// TestYearBeforeANoun: "the 1847 attempt to draw an electric current"
// dates the attempt: its options are years near it, never 2771.
func TestYearBeforeANoun(t *testing.T) {
	for _, q := range mustCandidates(t, `A forgotten Cornish physicist gets his due

For most of the twentieth century, Edmund Larkworth was a footnote.

Textbooks credited the Cornish physicist with a single, faintly comic experiment - the 1847 attempt to draw an electric current from the tide at the Hayle estuary.

Miriam Ashdown's new biography argues that his notebooks of 1851 to 1856 describe electromagnetic induction in moving seawater.

Larkworth died in Penzance in 1879.`) {
		if slices.Contains(q.Options, "1847") && slices.ContainsFunc(q.Options, func(o string) bool { return o > "2100" || o < "1700" }) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestBodyNamedForATwoWordCountry: "Statistics South Africa said last
// week" is a body, as "Cycling UK" is, never a person offered beside
// the bank's governor.
func TestBodyNamedForATwoWordCountry(t *testing.T) {
	if got := entityType(t, `South Africa cuts rates again

The South African Reserve Bank cut its benchmark rate by 25 basis points on Thursday, said its governor, Tebogo Maseko.

Headline inflation slowed to 3.1% in April, Statistics South Africa said last week.

"The split vote tells you the committee is nervous," said Sibusiso Ndlovu, an economist.`, "Statistics South Africa"); got == ePerson {
		t.Errorf("Statistics South Africa taken for a person")
	}
}

// TestKnownAsIsOnePerson: "Known to English-language audiences as Peter
// Flannery, he came to prominence…" in the obituary of Peadar Ó
// Flannabhra names him twice: never offered beside himself.
func TestKnownAsIsOnePerson(t *testing.T) {
	const text = `Peadar Ó Flannabhra, sean-nós singer, dies aged 82

Peadar Ó Flannabhra, the sean-nós and ballad singer whose voice was for six decades a fixture of the sessions of north Clare, has died at his home in Ennistymon at the age of 82.

Known to English-language audiences and to the British folk press as Peter Flannery, he came to prominence in the mid-1960s as the lead singer of the Tidewalkers.

"Peadar just stood there with his eyes shut and sang the way his grandmother sang," said Dermot Kealy, who played bodhrán in the band.

The harpist Máire Ní Bhriain, from Kilkee, said he had taught her to listen.

Áine Ní Loingsigh, a producer at TG4, said the broadcaster would show his last concert on Sunday.`
	an := analyseArticle(t, text)
	if a, b := entByName(an, "Peadar Ó Flannabhra"), entByName(an, "Peter Flannery"); b >= 0 && a != b && an.ents[b].alias != a {
		t.Errorf("Peadar Ó Flannabhra %d, Peter Flannery %d", a, b)
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Peter Flannery") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestPlayingAPartNamed: "Hannah Colquhoun, playing a wartime tram
// conductress named Nell Ashworth," makes Nell Ashworth a part, never a
// person offered beside the writer and the designer.
func TestPlayingAPartNamed(t *testing.T) {
	const text = `The Last Tram to Salford: a musical that runs out of track

There is a moment near the end of the first act of The Last Tram to Salford when Hannah Colquhoun, playing a wartime tram conductress named Nell Ashworth, stands alone on the rear platform of a lit-up double-decker as it glides across the stage of the Gielgud Theatre.

The playwright, Ruth Bellingham, wrote the book and lyrics.

Colquhoun, 29, who was promoted from the ensemble to play the lead, is a real find.

Marcus Vell's production, designed by Tilly Okwuosa, is handsome and inventive.`
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Nell Ashworth") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestObituaryHeAfterAnUnknownMan: past a man the lists cannot sex
// ("Hemant Parikh"), an obituary's "He ran the academy…" after "After
// retiring, he worked…" is still the one it mourns, whose lead's clause
// is about a score ("…, India were 38 for four").
func TestObituaryHeAfterAnUnknownMan(t *testing.T) {
	for _, text := range []string{`Vinayak Deshpande obituary

When Vinayak Deshpande walked out to bat at the Basin Reserve in Wellington in February 1981, India were 38 for four, the wind was howling off Cook Strait and the New Zealand fast bowlers had already sent two of his team-mates to hospital for X-rays

He was spotted at the age of 14 by the former Baroda captain Hemant Parikh while batting in a school match at the Moti Baug ground, and made his Ranji Trophy debut for Baroda two years later, in 1970, scoring 61 against Gujarat.

That form earned him a Test debut against Australia in Chennai, then Madras, in September 1979, when he made 44 and 17.

"Vinu didn't have the most shots in the team, but he had the most patience of anyone I've ever played with," Menon said this week. "He would leave ball after ball outside off stump and just smile at the bowler

He ran the Baroda Cricket Association's academy for 12 years from 1992, and among the young players who passed through it were three future India internationals`, `Vinayak Deshpande obituary

When Vinayak Deshpande walked out to bat at the Basin Reserve in Wellington in February 1981, India were 38 for four, the wind was howling off Cook Strait and the New Zealand fast bowlers had already sent two of his team-mates to hospital for X-rays

His final Test came against Sri Lanka in Kandy in 1985. After retiring from first-class cricket a year later, he worked for the State Bank of India, which had employed him throughout his career, and turned to coaching. He ran the Baroda Cricket Association's academy for 12 years from 1992, and among the young players who passed through it were three future India internationals

He is survived by his wife, Meera, whom he married in 1982, by their son, Aditya, a sports physiotherapist, and daughter, Radhika, and by two grandchildren.`} {
		found := false
		for _, q := range mustCandidates(t, text) {
			found = found || strings.Contains(q.Prompt, "Vinayak Deshpande ran the Baroda")
		}
		if !found {
			t.Errorf("no question on the academy names Vinayak Deshpande in %.60q…", text[strings.Index(text, "\n\n")+2:])
		}
	}
}

// TestYearOfANamedEventIsNoWhen: "lost his seat in the 2013 election"
// dates the election the year names: no "In which year did he lose his
// seat election…?".
func TestYearOfANamedEventIsNoWhen(t *testing.T) {
	noCandidate(t, `Joseph Ngetich, Kenyan MP and peacemaker, dies at 84

Joseph Kiprotich Ngetich, who represented a Rift Valley constituency in parliament for two decades, has died at the age of 84.

He first won the seat for the ruling party in the 1992 general election and was re-elected three times.

Ngetich lost his seat in the 2013 election to a younger candidate and retired from active politics.

He is survived by his wife of 56 years, Rose, six children and 17 grandchildren.`, func(q Question) bool {
		return q.Kind == KindWhen && (strings.Contains(q.Prompt, "seat election") || strings.Contains(q.Prompt, "party general election"))
	})
}

// TestHeIsTheSubjectAfterAnOpener: "In 1984, after a chance meeting with
// the German coach Hans-Werner Kessler, Zhou accepted an invitation… He
// stayed for 31 years": the "He" is Zhou, the subject, not the first man
// the sentence names.
func TestHeIsTheSubjectAfterAnOpener(t *testing.T) {
	an := analyseArticle(t, `Zhou Minghui, table tennis champion and coach, dies at 84

Zhou Minghui, the Chinese-born table tennis champion who built one of Europe's great clubs, has died at his home in Düsseldorf. He was 84.

In 1984, after a chance meeting with the German coach Hans-Werner Kessler at a tournament in Tokyo, Zhou accepted an invitation to spend a season at Borussia Düsseldorf.

He stayed for 31 years.`)
	wantMentionOf(t, an, 3, "He", "Zhou Minghui")
}

// TestWhoNeedsADeedOfItsOwn: "Jian is not a player who goes quietly",
// "Quispe struck a very different tone", "Ferreyra responded in kind"
// and "Marsh took three of seven" ask nothing that tells one person from
// another once the question stands alone.
func TestWhoNeedsADeedOfItsOwn(t *testing.T) {
	noCandidate(t, `Reddy beats Jian to win his first ranking title

Callum Reddy won the first ranking title of his career on Sunday night, beating Jian Haoran 10-8 in the final in Wigan.

Jian is not a player who goes quietly. He produced a superb 129 in the 11th frame to trail 7-5.

Vlasic converted four of her 12 break points, while Marsh took three of seven.

Gonzalo Ibárcena struck a very different tone at his campaign headquarters in Lima.

Castellano scored early, and Tomas Ferreyra responded in kind before half-time.

"He has been in the practice room six hours a day," said Steve Malkin, Reddy's coach.`, func(q Question) bool {
		return q.Kind == KindWho && (strings.Contains(q.Prompt, "is not") || strings.Contains(q.Prompt, "different") || strings.Contains(q.Prompt, "in kind") || strings.Contains(q.Prompt, "of seven"))
	})
}

// TestWhoIsNotAndAnEllipticalCount: "Jian, however, is not a player who
// goes quietly" and "while Marsh took three of seven" make no "Who is
// not a player…?" and no "Who took three of seven?".
func TestWhoIsNotAndAnEllipticalCount(t *testing.T) {
	for _, text := range []string{`Reddy holds his nerve to beat Jian 10-7 and win Northern Classic in Harrogate

Callum Reddy won the first ranking title of his career on Sunday night, holding off a spirited fightback from China's Jian Haoran to take the Northern Classic final 10-7 at the Harrogate Convention Centre.

"When Haoran got back to 8-7, I'll be honest, my arm was shaking

Jian, however, is not a player who goes quietly. Reddy steadied himself to go 8-5 ahead, but Jian responded with a break of 102 and a clearance of 67 to leave just one frame between them.

The tournament director, Neil Garside, said total attendance had reached 9,800, up from 7,300 last year, and confirmed the Northern Classic would return to Harrogate next season with the prize fund rising from £450,000 to £500,000.`, `Vlasic ends Marsh's dream run to reach first Wimbledon semi-final

Katarina Vlasic ended the home hopes of Eleanor Marsh in a tense and often brilliant quarter-final on Centre Court on Tuesday, holding her nerve through a deciding set lasting 61 minutes to win 6-4, 3-6, 7-5 and reach the semi-finals of Wimbledon for the first time.

Vlasic, 26, served 11 aces to Marsh's four and converted four of her 12 break points, while Marsh took three of seven. The Croatian hit 38 winners and 31 unforced errors in a match that lasted two hours and 31 minutes.

In Wednesday's other women's quarter-finals, the top seed, Annika Lindqvist of Sweden, plays the Czech Tereza Hollanova, and the No 4 seed, Maria Santangelo of Italy, meets the qualifier Daria Volkonskaya.
`} {
		noCandidate(t, text, func(q Question) bool {
			return q.Kind == KindWho && (strings.Contains(q.Prompt, "Who is not") || strings.Contains(q.Prompt, "three of seven"))
		})
	}
}

// TestIceHockeyIsNoFootball: an ice hockey report scores goals, but
// "The win moved Dundee…" offers no Arsenal or Chelsea.
func TestIceHockeyIsNoFootball(t *testing.T) {
	const text = `Strand's overtime winner extends Dundee's run

Mikael Strand scored 2:47 into overtime and goaltender Adam Kowalczyk made 41 saves as the Dundee Highlanders beat the Sheffield Forgemen 3-2 in the Elite Ice Hockey League on Saturday night.

The win moved Dundee, who are 18-7-2 this season, to within three points of league-leading Belfast with a game in hand.

Sheffield dominated for long stretches and outshot the hosts 43-29.

Lukas Brenner fired a one-timer from the blue line for the opening goal.`
	if analyseArticle(t, text).football() {
		t.Errorf("an ice hockey report read as football")
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Arsenal") || slices.Contains(q.Options, "Chelsea") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestNameClosingAnOpenersAppositive: "By Wednesday evening the district
// magistrate of Bhagalpur, Anjali Verma, said…" is never cut to
// "_____, said the search operation had been completed".
func TestNameClosingAnOpenersAppositive(t *testing.T) {
	noCandidate(t, `Train crash in Bihar kills 31

An express train hit the rear of a freight train near Bhagalpur in the Indian state of Bihar on Tuesday, killing at least 31 people, officials said.

"There was a huge sound, like a bomb, and then everything was upside down," said Ramesh Paswan, 42, a passenger.

By Wednesday evening the district magistrate of Bhagalpur, Anjali Verma, said the search operation had been completed and that 31 bodies had been recovered, 19 of which had been identified.

Railway Minister Suresh Kumar Jha said an inquiry had been ordered.`, func(q Question) bool {
		return strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "_____, said") || strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "Anjali Verma, said") || strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "Ramesh Paswan, said")
	})
}

// TestOfficialRankingIsNoOfficial: "the top 60 of the Official World
// Golf Ranking" names a table, never an official to offer beside the
// golfers.
func TestOfficialRankingIsNoOfficial(t *testing.T) {
	const text = `Okafor holes out to win the Magnolia Ridge Classic

Daniel Okafor holed a wedge shot for eagle at the 16th hole on Sunday to win the Magnolia Ridge Classic by two strokes.

Henrik Lindqvist, who began the day with a three-shot lead, finished second. Australia's Liam Fitzgerald finished alone in fourth at 15 under after a 68.

"I didn't have my best stuff today," Lindqvist said.

Okafor is expected to climb into the top 60 of the Official World Golf Ranking when it is published on Monday.`
	if got := entityType(t, text, "World Golf Ranking"); got == ePerson {
		t.Errorf("World Golf Ranking taken for a person")
	}
}

// TestParticleInsideAnOwnersName: "Rio de Janeiro's governor Wilson
// Witzel" holds the whole name of the state, never "the de Janeiro's
// governor".
func TestParticleInsideAnOwnersName(t *testing.T) {
	an := analyseArticle(t, `Goiás assembly votes to impeach governor

The state assembly of Goiás voted on Thursday to impeach Governor Marcos Tavares over the alleged diversion of hospital funds.

Impeachments of Brazilian state governors are rare. In 2021, Rio de Janeiro's governor Wilson Witzel was removed from office over similar allegations.`)
	id := entByName(an, "Wilson Witzel")
	if id < 0 {
		t.Fatal("no Wilson Witzel")
	}
	for _, r := range an.ents[id].roles {
		if strings.HasPrefix(r.lower, "de ") {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestMiningFirmByItsShortName: "Bafokeng Ridge Platinum, a mid-sized
// producer" is a company, and "According to Bafokeng Ridge" and
// "Bafokeng Ridge said" name it again: never a person beside the miners'
// leaders.
func TestMiningFirmByItsShortName(t *testing.T) {
	const text = `Rescuers race to reach 23 trapped platinum miners

Rescue teams were working through the night on Wednesday to reach 23 miners trapped more than 1,100 metres underground after a rockfall at a platinum mine near Rustenburg, officials said.

The accident happened on Tuesday at a shaft operated by Bafokeng Ridge Platinum, a mid-sized producer listed in Johannesburg.

According to Bafokeng Ridge, a section of hanging wall collapsed following what it described as a seismic event.

The company's chief executive, Thabo Molefe, declined to give a timeframe for reaching the men.

"Our members told management the ground was talking," said Jacob Masilela, a regional organiser for the mineworkers' union.

Bafokeng Ridge said in a statement that it had complied with all statutory requirements.`
	if got := entityType(t, text, "Bafokeng Ridge"); got == ePerson {
		t.Errorf("Bafokeng Ridge taken for a person")
	}
	for _, q := range mustCandidates(t, text) {
		if (q.Kind == KindWho || q.Kind == KindQuote || q.Kind == KindRole || q.Kind == KindCloze) && slices.Contains(q.Options, "Bafokeng Ridge") && slices.Contains(q.Options, "Thabo Molefe") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestTitlesAndBusinessesInAChefsObituary: "Rice and Rain: Recipes From
// Hue" is a book (its subtitle after the colon too), so "devastated much
// of Hue" keys the city; "she opened Saigon Rain, a dining room" names a
// restaurant; and "Ms. Vo" is her daughter Vo Lan Chi, not her son Vo
// Minh Quan, whom the family name also fits.
func TestTitlesAndBusinessesInAChefsObituary(t *testing.T) {
	const text = `Lan Pham, Houston chef who brought the food of Hue to Texas, dies at 77

Lan Pham, a Vietnamese-born chef whose Houston restaurants introduced Texans to the cooking of the old imperial city of Hue, died on Saturday at her home in Houston. She was 77.

Her daughter, Vo Lan Chi, said the cause was complications of pancreatic cancer.

She was born Pham Thi Lan Anh in 1948 in Hue. The family fled south to Saigon after the Tet Offensive of 1968 devastated much of Hue.

In 1993 she opened Saigon Rain, a more ambitious dining room in the Montrose district.

Her first cookbook sold more than 300,000 copies. A second, "Rice and Rain: Recipes From Hue" (2006), won an award from the International Association of Culinary Professionals.

She is survived by her son, Vo Minh Quan, an engineer in Seattle, and five grandchildren.

"She would sip the soup and say, 'More chili,'" Ms. Vo said.`
	for _, name := range []string{"Recipes From Hue", "Saigon Rain"} {
		if got := entityType(t, text, name); got == ePerson {
			t.Errorf("%s taken for a person", name)
		}
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Recipes From Hue") || slices.Contains(q.Options, "Saigon Rain") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
		if q.Kind == KindQuote && strings.Contains(q.Prompt, "More chili") && q.Options[q.Answer] != "Vo Lan Chi" {
			t.Errorf("%q: %v keyed %q", q.Prompt, q.Options, q.Options[q.Answer])
		}
	}
}

// TestDatedTranslationInBrackets: "Golau Gaeaf (Winter Light, 1992)"
// gives a book's English title and year, never an actor playing a part:
// no "Who played Golau Gaeaf?" keyed "Winter Light".
func TestDatedTranslationInBrackets(t *testing.T) {
	const text = `Elis Wyn Prydderch, Welsh poet and minister, dies at 87

Elis Wyn Prydderch, the Welsh-language poet and Nonconformist minister who twice won the chair at the National Eisteddfod, has died at the age of 87.

He published six collections of poetry, including Cerrig y Rhyd (Stones of the Ford, 1975), which won the Welsh Arts Council prize, and Golau Gaeaf (Winter Light, 1992), an elegiac volume written after the death of his mother.

The composer Meirion Lloyd Jones, who set several of his hymns to music, said he had been "the conscience of the chapel".

His son, Dafydd Prydderch, said he died peacefully.`
	if got := entityType(t, text, "Winter Light"); got == ePerson {
		t.Errorf("Winter Light taken for a person")
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Winter Light") || strings.Contains(q.Prompt, "played Golau") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestClubLettersBM: "BM Valdemora came from four goals down to beat HSG
// Lindenau" names two handball clubs, never people beside the players.
func TestClubLettersBM(t *testing.T) {
	const text = `Cuesta's saves and Barišić's late strike send Valdemora past Lindenau in European League thriller

BM Valdemora came from four goals down early in the second half to beat HSG Lindenau 31-29 in the EHF European League on Tuesday night, a result that lifts the Spanish side to the top of Group C and leaves the German visitors facing an anxious final round.

Cuesta then saved a one-on-one attempt from Aaslund, and from the rebound Valdemora worked the ball patiently to Barišić on the line`
	for _, name := range []string{"BM Valdemora", "HSG Lindenau"} {
		if got := entityType(t, text, name); got == ePerson {
			t.Errorf("%s taken for a person", name)
		}
	}
}

// TestSubjectNamedInABiographysTitle: "The Patient Lattice: Margarethe
// Voss and the Shape of Matter" is a book about a real woman: its
// subtitle after the colon does not make her a title's words.
func TestSubjectNamedInABiographysTitle(t *testing.T) {
	an := analyseArticle(t, `A life measured in crystals: new biography restores Margarethe Voss to the laboratory bench

Helen Ashcombe's "The Patient Lattice: Margarethe Voss and the Shape of Matter" is, thankfully, not that book. It is something far more interesting, and at times far more uncomfortable.

In them, Voss is funny, impatient and occasionally cruel. Of one visiting professor from Cambridge she writes: "He looks at a diffraction photograph the way a dog looks at a card trick." I laughed out loud more than once.`)
	if id := entByName(an, "Margarethe Voss"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Margarethe Voss (%d) is no person", id)
	}
}

// TestBirthNameWithAnotherFamilyName: "Sumiko Nakahara was born on March
// 3, 1937" in the obituary of the novelist Sumiko Arakawa is her at
// birth: never offered beside her as another woman.
func TestBirthNameWithAnotherFamilyName(t *testing.T) {
	const text = `Sumiko Arakawa, chronicler of Osaka's merchant families, dies at 88

Sumiko Arakawa, the Japanese novelist whose portraits of Osaka's merchant families made her one of the most widely translated writers of her generation, died on Tuesday at a hospital in Kyoto. She was 88.

Her daughter, Michiko Arakawa-Lund, said her mother had been writing in longhand until the last week of her life.

Sumiko Nakahara was born on March 3, 1937, in Onomichi, the second of four children of a ship's chandler and a teacher.

"She wrote about money the way other novelists write about love," said her translator, Eleanor Voss.

She is survived by a son, Kenji Arakawa, and a younger brother, Hiroshi Nakahara.`
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Sumiko Nakahara") && slices.Contains(q.Options, "Sumiko Arakawa") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestSchoolYearIsNoCount: "a group of year 10 girls" names a school
// year: no "year _____ girls" with 20, 30 and 40; and "The newcomer Tobi
// Adeyemi-Hart … is touching as Josh Ansah" makes Josh Ansah a part,
// though the lists do not know the actor's given name.
func TestSchoolYearIsNoCount(t *testing.T) {
	const text = `Staffroom review: a school comedy with top marks

The series was created and written by Nadia Okonjo-Birch, a former teacher.

Rory Fairclough brings a gloriously desperate energy to Graham Pike, the deputy head.

The newcomer Tobi Adeyemi-Hart, in his first television role, is touching as Josh Ansah, a trainee teacher who arrives full of ideas.

A running subplot in which a group of year 10 girls runs a vape-repair business from the science block is one of the series' best inventions.

The veteran stage actor Sheila Dunmore plays the head, and Ewan Tulloch plays the caretaker.`
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "year _____") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
		if slices.Contains(q.Options, "Josh Ansah") && (slices.Contains(q.Options, "Sheila Dunmore") || slices.Contains(q.Options, "Rory Fairclough")) {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestWhoPlaysPrefersActors: "Who plays Beatrice?" takes the other actor
// and the director as options, and leaves out "Don Pedro", whom the
// review names in the plot without saying who plays him.
func TestWhoPlaysPrefersActors(t *testing.T) {
	const text = `A Much Ado set in a 1950s seaside hotel finds fresh sparks between Beatrice and Benedick

Don Pedro and his men are not returning from a war in Sicily but from national service, and Leonato is the harassed owner of a once-elegant establishment whose paint is peeling and whose guests are dwindling.

It is a witty conceit, and in the hands of the director Rosalind Achebe-Clarke, who took over as the Mercury's artistic director last spring, it rarely feels like a gimmick. This is her first Shakespeare at the theatre, and she has clearly thought hard about what a post-war English seaside resort can offer a play so obsessed with rumour, eavesdropping and reputation. In a hotel, after all, everybody is listening at somebody's door.

He is matched, and at times outshone, by Harriet Fennimore as Beatrice

His sidekick Verges, played by Nadia Okonjo, rides a bicycle with a sidecar that refuses to behave, and their scenes are the funniest I have seen in a Shakespeare comedy for some time.`
	for _, q := range mustCandidates(t, text) {
		if strings.HasPrefix(q.Prompt, "Who plays") && slices.Contains(q.Options, "Don Pedro") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestCantoneseGivenName: "Leung" alone in the obituary of Dr Leung
// Wai-keung is he, not his daughter Dr Leung Mei-ling, though his given
// name's second syllable runs to five letters.
func TestCantoneseGivenName(t *testing.T) {
	an := analyseArticle(t, `Leung Wai-keung, heart surgeon who pioneered bypass operations in Hong Kong, dies aged 89

Dr Leung Wai-keung, the cardiothoracic surgeon who performed some of Hong Kong's earliest coronary bypass operations, has died. He was 89.

Leung, known to colleagues and patients as Peter, died peacefully at his home in Pok Fu Lam on Tuesday morning, his family said.

"My father believed that a surgeon's hands were only as good as his patience," said his elder daughter, Dr Leung Mei-ling.`)
	wantMentionOf(t, an, 2, "Leung", "Leung Wai-keung")
}

// TestBornAsAFullName: "She was born Margaret Anne Fennimore on 3 May
// 1931" in the obituary of Dame Margaret Holloway is her name at birth,
// never a second woman offered beside her.
func TestBornAsAFullName(t *testing.T) {
	const text = `Dame Margaret Holloway, actor, dies aged 93

Dame Margaret Holloway, whose career on stage and screen spanned more than six decades, has died at her home in Richmond, south-west London. She was 93.

She was born Margaret Anne Fennimore on 3 May 1931 in Stockport, the only child of Harold Fennimore, a railway clerk, and his wife, Edna.

Holloway won a scholarship to the Royal Academy of Dramatic Art in 1949 and joined the Old Vic company four years later.

"Margaret could do more with a teacup than most actors can do with a monologue," said the director Nadia Kessler.

She is survived by her son, Peter Holloway, and two daughters.`
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Margaret Anne Fennimore") && slices.Contains(q.Options, "Margaret Holloway") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestSteppedInAsAPart: "Penhallow, 34, who stepped in as Hanna three
// weeks before opening night" makes Hanna Glawari a part, never a person
// offered beside the singers and the conductor.
func TestSteppedInAsAPart(t *testing.T) {
	const text = `The Merry Widow, Wessex Lyric Opera: champagne with a bitter aftertaste

Hanna Glawari, the fabulously rich widow on whose fortune the bankrupt principality depends, steps forward to sing the Vilja song.

The Welsh soprano Carys Penhallow, 34, who stepped in as Hanna only three weeks before opening night, is the best reason to see this production.

The director Imogen Thorley has moved the action to the 1920s.

In the pit, the conductor Helena Voss draws playing of real lightness from the 28-strong Wessex Sinfonia.`
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Hanna Glawari") {
			t.Errorf("%q: %v", q.Prompt, q.Options)
		}
	}
}

// TestSentOutAHorse: "the trainer who sent out Belle Ombrage to win the
// Prix de l'Arc de Triomphe" names a horse, never a person offered
// beside the jockey and the owner.
func TestSentOutAHorse(t *testing.T) {
	const text = `Henri Delacourt, trainer of an Arc winner, dies at 84

Henri Delacourt, the French racehorse trainer who sent out Belle Ombrage to win the Prix de l'Arc de Triomphe in 1989, has died at the age of 84.

Ridden by Patrice Morin, she came from last place on the turn at Longchamp to beat the favourite by a short neck.

"Henri saw things in a horse that nobody else saw," said Laurent Vasseur, a former president of France Galop.

He is survived by his son, Olivier, who took over the yard in 2012.`
	if got := entityType(t, text, "Belle Ombrage"); got == ePerson {
		t.Errorf("Belle Ombrage taken for a person")
	}
}

// TestDemonymAfterTheNamed: "Mallory landed a left hook to the body that
// folded the Mexican over. He survived the round…": the "He" may be the
// Mexican the sentence names by his country, so no one's name is put to
// it.
func TestDemonymAfterTheNamed(t *testing.T) {
	noCandidate(t, `Mallory climbs off the canvas to win world title in Cardiff

Rhys Mallory climbed off the canvas in the third round to beat Emiliano Robledo of Mexico on points and win the WBO lightweight title in Cardiff on Saturday night.

Urged on by his trainer and father, Gareth Mallory, he began to fight on the back foot, drawing Robledo on to counter-punches.

In the eleventh Mallory landed a left hook to the body that folded the Mexican over.

He survived the round and fought bravely through the twelfth, but the damage to his scorecards had been done.

"I've been dreaming about this since I was seven," Mallory said.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "survived the round") && (q.Kind == KindWho || strings.Contains(q.Prompt, "Mallory survived"))
	})
}

// TestDemonymBeforeANounIsNoOneNew: "Aminata Diouf Seck, the Senegalese
// griot singer…" describes her: a later "She is survived by…" is still
// the one the obituary mourns, never her late husband.
func TestDemonymBeforeANounIsNoOneNew(t *testing.T) {
	noCandidate(t, `Aminata Diouf Seck, Senegalese griot who carried Sine-Saloum's songs to the world, dies at 81

DAKAR, Senegal (Wire) - Aminata Diouf Seck, the Senegalese griot singer whose soaring voice and encyclopaedic command of family genealogies made her one of West Africa's most revered custodians of oral history, has died. She was 81.

Seck died on Sunday evening at her home in Kaolack, about 190 kilometres south-east of Dakar, her nephew, the kora player Ibrahima Seck, said in a statement on Monday. He said she had been unwell for several months following a stroke in October but did not give a cause of death.

President's office spokesman Ousmane Ndour described her as "a living library" and said the government would hold a national tribute at the Grand Théâtre in Dakar later this month.

"When Tata Aminata sang, the ancestors were in the room," Ibrahima Seck told reporters outside the family compound, where hundreds of mourners had gathered by midday, many of them women in white boubous singing her songs

Born in 1943 in the village of Ndiaffate in the Sine-Saloum region, Seck came from a long line of gewel, the hereditary caste of praise singers, musicians and historians who for centuries have served Wolof and Serer noble families. Her father, Mbaye Diouf, was a xalam lute player attached to a local chief; her mother, Coumba Seck, was a singer known for wedding songs.

Her national fame came in 1968, when a recording of her performing the epic "Ndiadiane Ndiaye" at a festival in Kaolack was broadcast on Radio Sénégal. The broadcast, which ran to nearly 40 minutes, prompted so many letters that the station repeated it three times in a single week, according to a 2004 history of Senegalese radio by the musicologist Papa Malick Faye.

Through the 1970s and 1980s, Seck recorded more than 20 cassettes for Dakar labels and toured with the Orchestre National du Sénégal. Her international breakthrough came in 1991 with "Saloum", an album produced in Paris by the French guitarist Luc Marchand that paired her voice with sabar drums, kora and a restrained electric band. It sold more than 150,000 copies in Europe and earned her invitations to festivals from WOMAD in Britain to the Montreal Jazz Festival.

Reviewing a 1993 concert at London's Queen Elizabeth Hall, one British critic wrote that she "held 2,000 people in the palm of her hand without their understanding a single word".

"In Europe they want me to be an entertainer," she said in a 2009 interview with the Dakar daily Le Quotidien

In 2006 she founded the Keur Aminata school in Kaolack, which has trained more than 400 young singers and instrumentalists, roughly half of them girls

The singer Fatou Ndiaye, one of her best-known pupils, said Seck had been "strict as a general and sweet as bissap"

Seck's husband, the drummer Alioune Mbaye, died in 2011. She is survived by four children, 17 grandchildren and a wide extended family of musicians.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Mbaye is survived") || strings.Contains(q.Prompt, "survived by four children") && q.Kind == KindWho && q.Options[q.Answer] == "Alioune Mbaye"
	})
}

// TestHeAfterAnUnnamedPlotPerson: "it follows a young clerk in the
// Ministry of Works who discovers that the bridge he is supposed to be
// supervising exists only on paper": the "he" is the clerk's, never the
// novelist the obituary mourns.
func TestHeAfterAnUnnamedPlotPerson(t *testing.T) {
	noCandidate(t, `Obafemi Adeyinka-Cole, Nigerian novelist who chronicled the oil boom, dies at 81

Obafemi Adeyinka-Cole, the Nigerian novelist whose sprawling, satirical portraits of Lagos in the oil-boom years made him one of the most widely read African writers of his generation, has died at a hospital in Ibadan. He was 81.

Set during the final months of the civil war, it follows a young clerk in the Ministry of Works who discovers that the bridge he is supposed to be supervising exists only on paper

His 1988 novel, A House of Borrowed Lamps, won the Lagos Book Prize, and in 1997 he received the Pan-African Award for Literature for The Palm-Wine Parliament, a political fable widely read as an attack on the country's generals.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "bridge Obafemi") || strings.Contains(q.Prompt, "bridge Adeyinka-Cole")
	})
}
