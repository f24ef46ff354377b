package quiz

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests come from the thirty-second round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestOpeningGerundIsNoName: "Losing Harrowby is no shock" opens on a
// verb, so the county the article names alone elsewhere is no person
// called "Losing Harrowby" to offer beside the candidates.
func TestOpeningGerundIsNoName(t *testing.T) {
	an := analyseArticle(t, `Ruling party loses two by-elections

The ruling party lost two of three county seats in by-elections this week, the election board said on Friday.

Turnout was 41 percent in Harrowby, where Peter Kamau won 52,310 votes.

"Losing Harrowby is no shock. It still hurts," said Grace Wanjiru, a lecturer in politics.`)
	for _, e := range an.ents {
		if strings.HasPrefix(e.name, "Losing") {
			t.Errorf("entity %q", e.name)
		}
	}
}

// TestActiveAndFrontedCasts: "Mira Castell sings Violetta Valéry", "As
// Alfredo Germont, the tenor Jonah Preece is…", "Ada Lunn dances
// Persephone" and "Tess Arnott is a brittle, watchful Flora" cast
// performers in parts, which are asked as such and never offered as
// people; "Puccini's Tosca" (the opera) is no blank for its heroine.
func TestActiveAndFrontedCasts(t *testing.T) {
	const text = `A Traviata of ice and candlelight at the Harbour Theatre

Verdi's Violetta has rarely looked so alone as in Anna Brenner's new staging for Eastbay Opera, which opened at the Harbour Theatre on Friday.

Mira Castell sings Violetta Valéry, and she is superb.

As Alfredo Germont, the Welsh tenor Jonah Preece is ardent if sometimes strained.

Tess Arnott is a brittle, watchful Flora Bervoix whose party scene crackles.

The conductor Paul Strand paced the second act with great care.

The production runs until 14 March.`
	an := analyseArticle(t, text)
	got := castOf(an)
	want := map[string]string{"Mira Castell": "Violetta Valéry", "Jonah Preece": "Alfredo Germont", "Tess Arnott": "Flora Bervoix"}
	for actor, part := range want {
		if got[actor] != part {
			t.Errorf("%s plays %q, want %q", actor, got[actor], part)
		}
	}
	parts := map[string]bool{"Violetta Valéry": true, "Alfredo Germont": true, "Flora Bervoix": true}
	noCandidate(t, text, func(q Question) bool {
		n := 0
		for _, o := range q.Options {
			if parts[o] {
				n++
			}
		}
		return q.Kind != KindTrueFalse && n > 0 && n < len(q.Options) || strings.Contains(q.Prompt, "Verdi's _____")
	})
}

// TestNoCastOfAnOpponent: "Lena Marsh plays Carla Ruiz in the final" in a
// tennis report names an opponent, not a part.
func TestNoCastOfAnOpponent(t *testing.T) {
	an := analyseArticle(t, `Marsh into the final at Eastbourne

Lena Marsh beat Hana Sato 6-3 6-4 on Friday to reach the final at Eastbourne.

Lena Marsh plays Carla Ruiz in the final on Saturday.`)
	if parts := an.castParts(); len(parts) > 0 {
		t.Errorf("cast %v", parts)
	}
}

// TestPronounAfterACastIsUnsure: after "Her husband, Yann, played with a
// kind of bruised dignity by Tom Vell, …", a "He" may be the part's as
// well as the actor's: neither the linking nor a stem puts the actor in.
func TestPronounAfterACastIsUnsure(t *testing.T) {
	an := analyseArticle(t, `"The Tide Pans" finds quiet heartbreak on a small island

Owen Marr's "The Tide Pans", which opens in cinemas on Friday, is a film about endings on a small island off the Breton coast.

Marr, the Danish-born director whose previous feature won a prize at Rotterdam in 2021, has built the film around one summer.

Jude Harlow plays Anne-Marie Quéffelec, a 58-year-old salt worker, who has spent her whole life on the same pans.

Her husband, Yann, played with a kind of bruised dignity by Tom Vell, has agreed to sell the family's land to a developer.

He has not told her about the 40 offers he has had since March.

The score, by the composer Lena Strauss, is built on a single cello.`)
	wantMentionOf(t, an, 4, "He", "")
	if e := an.sureReferent(4, pronounGender("he")); e >= 0 {
		t.Errorf("sure referent %q", an.ents[e].name)
	}
}

// TestNumberWordBeforeThousand: "ten thousand times" is one figure; a
// blank for "ten" before "thousand" asks a tenth of it.
func TestNumberWordBeforeThousand(t *testing.T) {
	noCandidate(t, `Marchers fill the square

About ten thousand people marched through Lyon on Monday, and two hundred were arrested, police said.

The march was the largest since 2019, its organisers said.`, func(q Question) bool {
		return q.Kind == KindNumber && (strings.Contains(q.Prompt, "_____ thousand") || strings.Contains(q.Prompt, "_____ hundred"))
	})
}

// TestBirthLineAfterAKinsman: in an obituary, "Born on March 3, 1953, in
// Campinas, …, he was the third of six children" is the one mourned,
// though the sentence before names his son.
func TestBirthLineAfterAKinsman(t *testing.T) {
	noCandidate(t, `Tico, the Santos winger who dazzled in the 1970s, dies at 71

Antônio Carlos Duarte, the Brazilian winger known to every fan simply as Tico, who scored more than 150 goals for Santos, died on Monday in São Paulo. He was 71.

The club announced his death in a statement. His son, Marcelo Duarte, told reporters that his father had been ill for a year.

Born on March 3, 1953, in Campinas, in the interior of São Paulo state, he was the third of six children of a baker and a teacher. He acquired his nickname as a boy.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Marcelo Duarte was the third")
	})
}

// TestMrAfterAKinsmanInAnObituary: "Mr. Tran insisted that…" after his son
// Paul Tran spoke tells of the one the obituary mourns: no one's words
// follow. ("'…,' Mr. Tran said" after the son's words is the son.)
func TestMrAfterAKinsmanInAnObituary(t *testing.T) {
	an := analyseArticle(t, `Louis Tran, chef who brought Saigon cooking to Paris, dies at 80

Louis Tran, the Vietnamese-born chef whose Paris restaurant won two Michelin stars, died on Sunday at his home outside Paris.

He was 80.

His son, Paul Tran, said the cause was heart failure.

In an era when French critics scorned Asian food, Mr. Tran insisted that the cooking of Saigon belonged beside the classics.

He opened his first restaurant in 1972.`)
	wantMentionOf(t, an, 2, "Tran", "Louis Tran")
}

// TestFamilyFirstBirthName: "Tran Van Duc was born on 3 May 1944 in Hue"
// in the obituary of Louis Tran is his name at birth, never someone else
// to offer beside him.
func TestFamilyFirstBirthName(t *testing.T) {
	an := analyseArticle(t, `Louis Tran, chef who brought Saigon cooking to Paris, dies at 80

Louis Tran, the Vietnamese-born chef whose Paris restaurant won two Michelin stars, died on Sunday at his home outside Paris.

He was 80.

Tran Van Duc was born on 3 May 1944 in Hue, the second of five children of a teacher and a cook.

He took the name Louis at school in Lyon.`)
	if id := entByName(an, "Tran Van Duc"); id >= 0 && an.ents[id].alias < 0 {
		t.Errorf("Tran Van Duc stands apart from Louis Tran")
	}
}

// TestRound32Types: a numbered order, a racing team, a horse after "the
// hot favourite", a Brazilian club named for its state, a Japanese
// publisher and a measure of an economy are no people to offer beside
// people, and no organisation to ask "which organisation" of.
func TestRound32Types(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       etype
	}{
		{"Red Bull brought Jonas Albers in at the end of lap 18 for fresh tyres, and Ferrari answered a lap later.", "Red Bull", eOrg},
		{"Northern Hymn, a colt who had not won since May, got up in the last stride at Epsom, beating the hot favourite Copper Decree by a length, with the jockey Sean Byrne on board for the 12 furlongs.\n\nFor Copper Decree, who had been backed into 6-4 favourite on the morning of the race, it was a bitter afternoon.", "Copper Decree", eNone},
		{"In 1979 he moved to Mexico, then came home to finish his career with América Mineiro.", "América Mineiro", eOrg},
		{"In 1998 he moved to the rival publisher Kawamura Shoten for a quieter series about a potter.", "Kawamura Shoten", eOrg},
		{"Dutch GDP rose just 0.3 percent in the second quarter, the statistics office said.", "Dutch GDP", eNone},
		{"The American entry, Liberty Wave, and the Chinese-backed Dragon Spirit were expected to arrive later on Tuesday, skippered by crews of nine.", "Liberty Wave", eNone},
		{"At its peak, Oh Pacific Holdings, the company she founded with her husband in 1974 as Han Valley Provisions, employed about 3,600 people.", "Han Valley Provisions", eOrg},
	} {
		if got := entityType(t, tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q: got type %d, want %d", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestExecutiveOrderIsNoOne: "Executive Order 7021" is a numbered order,
// not a person called Order whose title is "Executive".
func TestExecutiveOrderIsNoOne(t *testing.T) {
	an := analyseArticle(t, `Camps opened

Three months after President Harlan Webb signed Executive Order 7021, the camps opened.`)
	for _, e := range an.ents {
		if e.typ == ePerson && strings.Contains(e.name, "Order") {
			t.Errorf("person %q", e.name)
		}
	}
}

// TestSheAfterANamelessSentence: in a woman's obituary, a "She" after a
// sentence that names no one is the woman mourned, not a man named two
// sentences before whose given name the lists cannot sex.
func TestSheAfterANamelessSentence(t *testing.T) {
	an := analyseArticle(t, `Ruth Okada, judge who was interned as a child, dies at 90

Ruth Okada, who spent three years of her childhood in a wartime camp and later sat on a federal appeals court, died on Monday in Fresno.

In 1942, weeks after President Thaddeus Brand signed the removal order, the family was given six days to sell its farm.

They were sent to a camp in Arkansas.

She was six years old.`)
	wantMentionOf(t, an, 3, "She", "Ruth Okada")
}

// TestObjectPronounNamesTheSubjectFirst: "Judge Okada served for 12 years
// before President Walter Hale elevated her" — "her" is the judge the
// sentence opens with, not the daughter named in the sentence before.
func TestObjectPronounNamesTheSubjectFirst(t *testing.T) {
	noCandidate(t, `Ruth Okada, judge who was interned as a child, dies at 90

Ruth Okada, who spent three years of her childhood in a wartime camp and later sat on a federal appeals court, died on Monday in Fresno. She was 90.

Her daughter, Mary Okada-Lowe, said the cause was heart failure.

Judge Okada served for 12 years on the state appeals court before President Walter Hale elevated her, in 1996, to the federal bench.

Governor Lewis Grant had appointed her to the county court in 1979.

"She read every page of every record," said Judge Tom Reyes, who sat with her for ten years.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "elevated Mary Okada-Lowe")
	})
}

// TestMiddleGivenNameAtBirth: "Mi-rae Shin was born on May 9, 1942" in the
// obituary of Grace Mi-rae Oh is her name at birth, never a second woman
// to offer beside her.
func TestMiddleGivenNameAtBirth(t *testing.T) {
	an := analyseArticle(t, `Grace Mi-rae Oh, who built a kimchi empire in California, dies at 83

Grace Mi-rae Oh, who turned a family recipe into one of America's largest Korean food companies, died on Friday in Los Angeles.

She was 83.

Mi-rae Shin was born on May 9, 1942, in Daegu, the second of four children of a teacher and a cook.

She trained as a nurse in Seoul and moved to the United States in 1967.`)
	if id := entByName(an, "Mi-rae Shin"); id >= 0 && an.ents[id].alias < 0 {
		t.Errorf("Mi-rae Shin stands apart from Grace Mi-rae Oh")
	}
}

// TestCriticsIAfterAPart: "as affecting as any Lear I have seen" ends the
// name at "Lear"; "King George I was crowned" keeps the numeral.
func TestCriticsIAfterAPart(t *testing.T) {
	an := analyseArticle(t, `A Lear for our times

The final scene is as affecting as any Lear I have seen in a decade, said the critic Ann Cole.

King George I was crowned in 1714, the programme notes remind us.`)
	for _, e := range an.ents {
		if e.name == "Lear I" {
			t.Errorf("entity %q", e.name)
		}
	}
	if entByName(an, "George I") < 0 {
		t.Errorf("no George I")
	}
}

// TestFrontedPartWithATitle: "As Captain Harlan Bryce, the inspector who
// threatens to expose the family, Simon Achebe is…" casts Achebe as the
// captain, and the captain is a part, never offered beside the makers.
func TestFrontedPartWithATitle(t *testing.T) {
	const text = `The Keeper's Light shines at the Harbour Theatre

The Keeper's Light, the new musical by composer Fiona Marchetti and lyricist Daniel Reid, opened at the Harbour Theatre on Tuesday.

Hannah Pryce plays Maud Tregarthen, a keeper's daughter who takes charge of the lamp.

As Captain Harlan Bryce, the inspector who threatens to expose the family, Simon Achebe is suitably menacing.

The director, Imogen Hale, keeps things moving briskly.

The production runs until 14 March.`
	an := analyseArticle(t, text)
	found := false
	for _, p := range an.castParts() {
		found = found || an.ents[p.actor].name == "Simon Achebe" && p.name == "Captain Harlan Bryce"
	}
	if !found {
		t.Errorf("Simon Achebe not cast as Captain Harlan Bryce")
	}
	noCandidate(t, text, func(q Question) bool {
		return q.Kind != KindTrueFalse && slices.Contains(q.Options, "Harlan Bryce") && slices.Contains(q.Options, "Fiona Marchetti")
	})
}

// TestNoCutBeforeASecondConjunctsVerb: a statement never ends on an
// opening phrase and its aside whose clause it cut off: "…, and in "Pip",
// her _____ picture book." or "…; by her _____ solo of stamping,
// fist-clenched lament."
func TestNoCutBeforeASecondConjunctsVerb(t *testing.T) {
	noCandidate(t, `Pip finds courage in the dark

Harriet Blake knows silence better than most writers for the very young, and in "Pip and the Lantern", her fourth picture book, she builds toward it with the patience of someone who has read aloud to many restless five-year-olds.

Senior soloist Grace Odunsi dances her grief with fierce commitment, but the choreography gives her too little to do; by her third solo of stamping, fist-clenched lament, the point has been made.

The book is published by Bramblewood Press at £12.99.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "picture book.") || strings.HasSuffix(q.Prompt, "lament.")
	})
}

// TestRepresentedIsARepresentative: a woman the obituary says
// "represented Ohio's 17th District" is a representative too, never a
// wrong answer to "Who does the article describe as the former
// representative?".
func TestRepresentedIsARepresentative(t *testing.T) {
	an := analyseArticle(t, `Margaret Hale, Ohio congresswoman, dies at 87

Margaret Halloran Hale, a former teacher who served six terms in Congress, died on Tuesday at her home in Canfield, Ohio.

Mrs. Hale represented Ohio's 17th District from 1993 to 2005.

"She read every page," said former Representative Linda Carvalho of Rhode Island.`)
	if id := entByName(an, "Margaret Halloran Hale"); id < 0 || !an.holdsLikeRole(id, "former representative") {
		t.Errorf("Margaret Halloran Hale is no representative")
	}
}

// TestMagnitudeAndBattingOptions: a quake's magnitude is never offered
// above 9.5, and a batter's "3 for 4" is no blank whose options pass 4.
func TestMagnitudeAndBattingOptions(t *testing.T) {
	noCandidate(t, `Mariners beat Astros as quake shakes Peru

Rafael Ortega hit two home runs, and the Seattle Mariners beat the Houston Astros 7-4 on Tuesday night.

Ortega, the 26-year-old right fielder, finished 3 for 4 with four RBIs, lifting his season total to 27 homers.

In Lima, a magnitude 7.8 earthquake shook buildings on Tuesday and killed at least 12 people, officials said.

Kenji Mori allowed three runs on six hits over six innings, striking out eight.`, func(q Question) bool {
		if strings.Contains(q.Prompt, "_____ for 4") {
			return true
		}
		if strings.Contains(q.Prompt, "magnitude _____") {
			for _, o := range q.Options {
				if v, err := strconv.ParseFloat(o, 64); err == nil && v > 9.5 {
					return true
				}
			}
		}
		return false
	})
}

// TestMaidenNameSplitsTheFamilyName: in "Hideo Tanabe, a farmer, and
// Fumiko (Ishida) Tanabe, a seamstress", the "Tanabe" after the brackets
// is the mother's, never the mourned judge's to swap for another name.
func TestMaidenNameSplitsTheFamilyName(t *testing.T) {
	an := analyseArticle(t, `Ruth Tanabe, judge who was interned as a child, dies at 88

Ruth Tanabe, who spent three years of her girlhood in a wartime camp, died on Tuesday in Sacramento.

She was born on March 4, 1937, in Stockton, the second of three children of Hideo Tanabe, a tomato farmer, and Fumiko (Ishida) Tanabe, a seamstress.`)
	s := &an.sents[1]
	for _, m := range s.ments {
		if m.text == "Tanabe" && m.t0 > 3 && s.toks[m.t0-1].text == ")" && m.ent >= 0 {
			t.Errorf("the mother's family name is linked to %q", an.ents[m.ent].name)
		}
	}
}

// TestManNamedIsAMan: "a 78-year-old man named Kunhiraman" is a man, so the
// critic's "She sits in a tea shop" that follows is never his.
func TestManNamedIsAMan(t *testing.T) {
	an := analyseArticle(t, `The Malabar Table is a fine book

Anjali Varghese has a reporter's ear.

She visits a coconut oil mill in Vadakara run by a 78-year-old man named Kunhiraman, who tells her the oil is sadder now.

She sits in a tea shop in Mahe, where the owner insists his cutlets are the best in Kerala.`)
	wantMentionOf(t, an, 2, "She", "Anjali Varghese")
	for _, tc := range []struct {
		name string
		want byte
	}{{"pavel", male}, {"tereza", female}} {
		if got := givenNameGender(tc.name); got != tc.want {
			t.Errorf("givenNameGender(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestSpanishFirstSurnameAlone: "Carrasco" in the obituary of José Manuel
// Carrasco Vidal is he, not his son Antonio Carrasco.
func TestSpanishFirstSurnameAlone(t *testing.T) {
	an := analyseArticle(t, `El Niño de la Alameda, flamenco guitarist, dies at 76

José Manuel Carrasco Vidal, the flamenco guitarist known as El Niño de la Alameda, died on Tuesday at a hospital in Seville.

His son Antonio Carrasco, himself a guitarist, said his father had suffered a stroke on Saturday.

Carrasco was born on 3 March 1949 in Jerez de la Frontera, the youngest of five children of a blacksmith.`)
	wantMentionOf(t, an, 2, "Carrasco", "José Manuel Carrasco Vidal")
}

// TestCharactersOfAFilm: "As Dorothea, the heiress who marries the
// scholar Edward Casaubon …, Imogen Hale gives…" casts Hale, not
// Casaubon; "Daniel Okafor makes a fine, idealistic Lydgate" casts
// Okafor; and Dorothea Brooke and Tertius Lydgate are parts.
func TestCharactersOfAFilm(t *testing.T) {
	an := analyseArticle(t, `Middlemarch reaches the screen at last

Claire Donovan's film of George Eliot's novel, which opens on Friday, runs for two hours and 14 minutes.

This is Dorothea Brooke's film, and much of the rest has been trimmed.

As Dorothea, the idealistic young heiress who marries the dry, ageing scholar Edward Casaubon in the belief that she will be helping him with great work, Imogen Hale gives the performance of her career.

The most significant change concerns Tertius Lydgate, the ambitious young doctor.

Daniel Okafor makes a fine, idealistic Lydgate, and Saoirse Kelleher is chillingly good as Rosamond.`)
	got := castOf(an)
	if got["Imogen Hale"] != "Dorothea" || got["Daniel Okafor"] != "Lydgate" || got["Edward Casaubon"] != "" {
		t.Errorf("cast %v", got)
	}
	parts := an.partsPlayed()
	for _, name := range []string{"Dorothea Brooke", "Tertius Lydgate"} {
		if id := entByName(an, name); id < 0 || !parts[id] {
			t.Errorf("%s is no part", name)
		}
	}
}

// TestQuotedDefeatIsNoMatch: a health minister's "a disease we had
// defeated" makes no match report, so Brazil is asked of as a country.
func TestQuotedDefeatIsNoMatch(t *testing.T) {
	noCandidate(t, `Bolivia declares measles emergency

Bolivia declared a national health emergency on Thursday as a measles outbreak spread to six of its nine departments.

"We are facing a disease that we had defeated," Health Minister Rosa Quispe said.

Brazil, which shares a long border with Santa Cruz, reported three imported cases last month.

Argentina and Peru have stepped up checks at border crossings, officials said.`, func(q Question) bool {
		return strings.HasPrefix(q.Prompt, "Which team")
	})
}

// TestStatementCuts: no statement keeps a subordinate clause's "and"
// verb that may be the main clause's, "said eight vessels" without the
// verb of what was said, or an opening participle phrase alone.
func TestStatementCuts(t *testing.T) {
	noCandidate(t, `Ferry sinks off Sulawesi as Sweden win in overtime

The 24-year-old forward collected a loose puck at the left circle after Swiss defenceman Dario Imhof lost his footing and snapped a wrist shot over the glove of goaltender Janis Kaeser, sending most of the 17,112 crowd into a roar.

Sweden head coach Anders Lindqvist said he had changed little during the first intermission.

"He kept us in it for 60 minutes, and then one bounce," said Switzerland coach Reto Kagi.

Muhammad Santoso, head of the search office, said eight vessels, including two navy patrol boats, and a police helicopter were involved in the search, which had been hampered by waves of up to three metres.

Loosely built around the records of a Hebridean fishing community that lost eleven men in a single storm in 1881, it is less a story ballet than a sequence of memories.

Hampus Lind scored 4:17 into overtime as Sweden beat Switzerland 3-2.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "lost his footing and snapped") || strings.Contains(q.Prompt, "vessels.") || strings.Contains(q.Prompt, "in 1881.")
	})
}

// TestAsideEndsBeforeAnd: ", who made a composed 58 before he edged Josh
// Trent to second slip, and then an unbroken 80 … with Cal Derry, who
// finished on 37" — the aside ends before the "and", so no statement
// joins Aaron Pell to the words about Derry.
func TestAsideEndsBeforeAnd(t *testing.T) {
	noCandidate(t, `Derbyshire beat Leicestershire by six wickets

Tom Whitlock made an unbeaten century as Derbyshire beat Leicestershire by six wickets at Derby on Friday.

Whitlock shared 109 for the third wicket with Aaron Pell, who made a composed 58 before he edged Josh Trent to second slip shortly after tea, and then an unbroken 80 for the fifth with the wicketkeeper Cal Derry, who finished unbeaten on 37.

Ben Latham took four for 39 from 15 overs, and Rehan Qadir took four for 71.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Pell who finished")
	})
}

// TestCharactersKinds: a picture book's characters are asked by kind,
// "Pippa, a young hedgehog who…", "Otto, a barn owl with…", "a tired old
// badger called Mr Henderson": the other characters' kinds are the wrong
// answers, and the author, "a former teacher", is none of them.
func TestCharactersKinds(t *testing.T) {
	qs := mustCandidates(t, `Pippa counts the stars in a lovely bedtime book

There is a particular kind of silence that falls over a bedroom when a story is working, and this book produced it in my house three nights running.

Pippa, a young hedgehog who lives under the roots of an old beech tree, cannot sleep.

Otto, a barn owl with a professorial air, tells her there are more stars than questions.

A tired old badger called Mr Henderson says he stopped counting years ago.

Ms Osei, a former teacher from Leeds, has a gift for dialogue that sounds like real children.

The book is published by Larkspur at £12.99.`)
	found := false
	for _, q := range qs {
		if q.Prompt == "According to the article, what is Pippa?" {
			found = true
			if q.Options[q.Answer] != "a hedgehog" || !slices.Contains(q.Options, "an owl") || slices.Contains(q.Options, "a teacher") {
				t.Errorf("options %v, key %q", q.Options, q.Options[q.Answer])
			}
		}
	}
	if !found {
		t.Errorf("no question on what Pippa is")
	}
}

// TestTownBeforeAndHe: "on the edge of Oaxaca, and he carved the doors"
// does not make a man of the town the article writes "in Oaxaca".
func TestTownBeforeAndHe(t *testing.T) {
	an := analyseArticle(t, `Painter dies

The painter Graciela Montoya died on Tuesday at her home in Oaxaca.

In 1962 she married Ernesto Herrera, a sculptor. The couple worked side by side for 47 years, sharing a studio on the edge of Oaxaca, and he carved the wooden doors.`)
	if id := entByName(an, "Oaxaca"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Oaxaca is no town")
	}
}

// TestHerInAWomansObituary: "Ferrari died in 2004" names her husband
// Eduardo Ferrari, not their son Julián Ferrari Villalba; and a "Her"
// after a sentence naming only a man whose given name the lists cannot
// sex is hers whom the obituary mourns.
func TestHerInAWomansObituary(t *testing.T) {
	an := analyseArticle(t, `Rosario Villalba, Argentine novelist of exile, dies at 89

Rosario Villalba Quiroga, the Argentine novelist whose books about disappearance made her one of the most admired voices in Spanish-language fiction, died on Tuesday in Buenos Aires.

Her death was confirmed by her son, Julián Ferrari Villalba.

In 1959 she married the architect Eduardo Ferrari.

Ferrari died in 2004.

Ilkin Arslan, a neighbour, kept the family's boat at the house in Tigre for years.

Her final novel, The River Returns, appeared in 2019, when she was 84.`)
	wantMentionOf(t, an, 3, "Ferrari", "Eduardo Ferrari")
	if e := an.sureReferent(5, pronounGender("her")); e < 0 || an.ents[e].name != "Rosario Villalba Quiroga" {
		t.Errorf("her final novel is %v's", e)
	}
}

// TestMoreCuts: no statement keeps a lead's appositive without the verb
// after it, ends inside "a tense, rain-soaked afternoon", or turns a
// critic's "Buy two copies" into a claim.
func TestMoreCuts(t *testing.T) {
	noCandidate(t, `Kingsmere go top as Okafor strikes twice

Kingsmere City moved to the top of the Women's Super League on Sunday after two goals in the final 12 minutes from the substitute Adaeze Okafor turned a tense, rain-soaked afternoon into a 3-1 victory over Ashford Rovers at Meadowbank Park.

Graciela Montoya Ibarra, the Mexican painter whose vast, crowded murals of market traders, seamstresses and washerwomen carried the lives of working women onto the walls of public buildings across her country, died on Tuesday at her home in Oaxaca.

Buy two copies: one for the bedroom shelf and one for grandma's house.

Holloway sent Price the wrong way from the spot in the 64th minute.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "a tense.") || strings.HasSuffix(q.Prompt, "across her country.") || strings.Contains(q.Prompt, "copies")
	})
}

// TestVagueOwnerLeavesTheRole: "the organization's current executive
// director" is offered as "current executive director": an option cannot
// say whose organization.
func TestVagueOwnerLeavesTheRole(t *testing.T) {
	an := analyseArticle(t, `Civil rights lawyer dies at 91

Theodore Bassett, a civil rights lawyer who argued school cases across the South, died on Saturday in Atlanta.

Lena Okafor, the organization's current executive director, said he kept an index card for every client.`)
	id := entByName(an, "Lena Okafor")
	if id < 0 || len(an.ents[id].roles) == 0 {
		t.Fatal("Lena Okafor has no role")
	}
	if got := an.ents[id].roles[0].text; got != "current executive director" {
		t.Errorf("role %q, want %q", got, "current executive director")
	}
}
