package quiz

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests come from the twenty-fourth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestAnSound: the indefinite article each option takes.
func TestAnSound(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"eighth", true}, {"sixth", false}, {"eleventh", true}, {"8%", true}, {"11%", true}, {"14%", false},
		{"18,000", true}, {"180", false}, {"$6,000", false}, {"$8,000", true}, {"MP", true}, {"UN report", false},
		{"FBI", true}, {"union", false}, {"one-off", false}, {"hour", true}, {"umbrella", true}, {"European", false},
	} {
		if got := anSound(tt.text); got != tt.want {
			t.Errorf("anSound(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestArticleGoesWithOptions: "an _____ grader" would tell "eighth" from
// "sixth"; the article goes into each option. Where all options take the
// same article it stays in the stem.
func TestArticleGoesWithOptions(t *testing.T) {
	qs := mustCandidates(t, `Phones banned in Ohio classrooms

Ohio Gov. Ruth Amberley signed the phone ban into law on Tuesday at a middle school in Columbus.

"It will be strange at first," said Theo Marsh, an eighth grader at the school, who has had a phone since he was ten.

A long-buried secret about a 1974 shipwreck is at the heart of the play, which opened at the Columbus Playhouse on Friday.`)
	var grader, wreck *Question
	for i := range qs {
		switch {
		case strings.Contains(qs[i].Correct(), "eighth"):
			grader = &qs[i]
		case strings.Contains(qs[i].Prompt, "shipwreck") && qs[i].Kind != KindTrueFalse:
			wreck = &qs[i]
		}
		if strings.Contains(qs[i].Prompt, "an sixth") || strings.Contains(qs[i].Prompt, "an seventh") || strings.Contains(qs[i].Prompt, "an fifth") {
			t.Errorf("article left unmatched: %q", qs[i].Prompt)
		}
	}
	if grader == nil {
		t.Fatal("no question on the grade")
	}
	if got, want := grader.Correct(), "an eighth"; got != want || strings.Contains(grader.Prompt, "an _____") {
		t.Errorf("grade: %q keyed %q, want the key %q with its article", grader.Prompt, got, want)
	}
	for _, o := range grader.Options {
		if a, _, _ := strings.Cut(o, " "); a != "a" && a != "an" || (a == "an") != anSound(strings.TrimPrefix(strings.TrimPrefix(o, "an "), "a ")) {
			t.Errorf("option %q has not the article it takes", o)
		}
	}
	if wreck != nil && !strings.Contains(wreck.Prompt, "a _____ shipwreck") {
		t.Errorf("year of the wreck: %q, want the article kept in the stem", wreck.Prompt)
	}
}

// TestOfficeIsNoPerson: "named Chief Minister" and "the Chief Electoral
// Officer" are offices; "at Raj Bhavan" and "on Victoria St" are places;
// "Under-Secretary-General for Humanitarian Affairs" is the office before
// the name.
func TestOfficeIsNoPerson(t *testing.T) {
	an := analyseText(t, `State party president Rameshwar Tiwari, who is expected to be named Chief Minister, thanked voters on Sunday.

Outgoing Chief Minister Shivendra Pratap Singh submitted his resignation to Governor Anandiben Rao at Raj Bhavan on Sunday evening.

Counting passed off peacefully in all 52 districts, the Chief Electoral Officer said.

Graham Tulloch ran a small accountancy practice on Victoria St for a decade.

UN Under-Secretary-General for Humanitarian Affairs Jean-Pierre Dumont welcomed the access on Monday.`)
	wantPeople(t, an, map[string]bool{"Minister": false, "Chief Minister": false, "Electoral Officer": false, "Raj Bhavan": false,
		"Victoria St": false, "Rameshwar Tiwari": true, "Anandiben Rao": true, "Jean-Pierre Dumont": true, "Humanitarian Affairs Jean-Pierre Dumont": false})
}

// TestUnionAsLand: "45 million users in the EU" names a territory; NATO
// or the UN beside it would be absurd.
func TestUnionAsLand(t *testing.T) {
	noCandidate(t, `App fined over children's data

The Data Protection Commission fined the video app Loopa €310m on Thursday for failing to protect the data of children.

The app grew to more than 45 million monthly users in the EU between July 2021 and December 2023, the commission said.

The regulator, based in Dublin, said Loopa had three months to change its settings.`, func(q Question) bool {
		return slices.Contains(q.Options, "NATO") || slices.Contains(q.Options, "UN") || strings.Contains(q.Prompt, "in the NATO")
	})
}

// TestOtherNameInBlank: "the UK's Online Safety Act … operating in _____"
// gives Britain away by its other name.
func TestOtherNameInBlank(t *testing.T) {
	noCandidate(t, `Online safety rules tighten

The EU's Digital Services Act, which came fully into force last year, requires very large platforms to assess risks to minors, while the UK's Online Safety Act places similar duties on firms operating in Britain.

Ofcom said it would publish its first codes in March, and the European Commission opened an inquiry in Brussels.`, func(q Question) bool {
		return q.Kind != KindTrueFalse && q.Correct() == "Britain"
	})
}

// TestAsideEndsBeforePresentVerb: ", which came fully into force last
// year, requires very large platforms…": the main verb resumes after the
// aside, so the statement keeps it.
func TestAsideEndsBeforePresentVerb(t *testing.T) {
	for _, q := range mustCandidates(t, `Online safety rules tighten

The EU's Digital Services Act, which came fully into force last year, requires very large platforms to assess risks to minors, while the UK's Online Safety Act places similar duties on firms operating in Britain.

Ofcom said it would publish its first codes in March, and the European Commission opened an inquiry in Brussels.`) {
		if strings.Contains(q.Prompt, "Act while") || strings.Contains(q.Prompt, "Digital Services Act while") {
			t.Errorf("verb lost with the aside: %q", q.Prompt)
		}
	}
}

// TestCriticsDeed: in a review, "Fenwick does what she can" and
// "playwright Tomos Ellery lets a marriage collapse" are the critic's
// account, not facts to state or to ask who did; "Okoro plays her son"
// is a credit and stays.
func TestCriticsDeed(t *testing.T) {
	text := `The Keeper's Daughter review: a quiet return for Harriet Vance

Rating: 4 out of 5 stars

Yet in that silence, playwright Tomos Ellery lets an entire marriage collapse.

Harriet Vance plays Margaret Penrose, a retired schoolteacher, and Daniel Okoro plays her estranged son Luke.

Isla Fenwick does what she can with the role of the younger sister, and director Simone Akande keeps the pace brisk across two hours.

The play runs at the Harbour Theatre in Falmouth until 14 June.`
	for _, q := range mustCandidates(t, text) {
		if (q.Kind == KindTrueFalse || q.Kind == KindCloze || q.Kind == KindWho) && (strings.Contains(q.Prompt, "does what she can") || strings.Contains(q.Prompt, "marriage collapse")) {
			t.Errorf("critic's account asked: %q", q.Prompt)
		}
	}
	an := analyseArticle(t, text)
	for _, tt := range []struct {
		sent int
		want bool
	}{{0, true}, {1, false}, {2, true}} {
		if got := len(an.criticsDeed(&an.sents[tt.sent])) > 0; got != tt.want {
			t.Errorf("criticsDeed(%q) = %v, want %v", an.sents[tt.sent].text, got, tt.want)
		}
	}
}

// TestIncidentalCounts: "the remaining seven" (of what?), the year of an
// interview, "the second person" of a narrator and "per nine innings" are
// no facts to ask.
func TestIncidentalCounts(t *testing.T) {
	noCandidate(t, `Central bank holds rates

Bank Indonesia kept its benchmark rate at 5.75% on Wednesday, as expected by 24 of 31 economists polled.

The remaining seven had forecast a 25 basis-point cut.

"People said I was selling out," the trumpeter Clarence Whitfield told the Associated Press in a 2012 interview.

The final chapter's shift into the second person feels like a flourish, the novelist Ada Obi admitted in London.

The author Ada Pell told an interviewer in 1991 that children are not fools.

The pitcher Walt Hendry led the American League in fewest walks per nine innings three times.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "remaining") || slices.Contains(q.Options, "2012") || slices.Contains(q.Options, "1991") || strings.Contains(q.Prompt, "interviewer in 19") && !strings.Contains(q.Prompt, "1991") || slices.Contains(q.Options, "second") || slices.Contains(q.Options, "nine")
	})
}

// TestMakersInReview: in a review, "the director" and "the composer" are
// one person each, and an actor named in brackets after the part plays it.
func TestMakersInReview(t *testing.T) {
	qs := mustCandidates(t, `The Quiet Acre review – a slow-burning border thriller

Rating: 4 out of 5 stars

Written by Tomás Reilly, the six-part series follows Maura Kenneally (Garvey), who is struggling to keep her late husband's farm afloat.

Niamh Garvey is superb, and Declan Foy brings a genial menace to Eamon Brady, the local councillor.

Director Ciara Mulhern shoots the border country in wet greys and greens.

The score, by the composer Ruth Aldane, is sparing.

The Quiet Acre begins on Sunday at 9pm on BBC One.`)
	want := map[string]string{"Who does the article describe as the director?": "Ciara Mulhern", "Who does the article describe as the composer?": "Ruth Aldane", "Who plays Maura Kenneally?": "Niamh Garvey"}
	for _, q := range qs {
		if w, ok := want[q.Prompt]; ok {
			if got := q.Correct(); got != w {
				t.Errorf("%q keyed %q, want %q", q.Prompt, got, w)
			}
			delete(want, q.Prompt)
		}
	}
	for p := range want {
		t.Errorf("no question %q", p)
	}
}

// TestHeldTitleNoDistractor: "Committee member Cllr Anita Shah" is a
// councillor too, so "councillor" is no wrong answer for her.
func TestHeldTitleNoDistractor(t *testing.T) {
	text := `Homes approved despite petition

Plans for 320 homes at Ashcombe were approved on Tuesday by six votes to four.

Ward councillor Helen Fairweather, who does not sit on the committee, said the plan broke the village's own rules.

Officer David Penrose said the highways authority had raised no objection.

Speaking for the builder, planning director James Calloway said the scheme had been cut from 380 homes.

Committee member Cllr Anita Shah said she had voted in favour "with a heavy heart".

Councillor Sarah Lockwood said residents would seek a judicial review.

Parish clerk Tom Ridley said the parish council would write to the minister, and headteacher Jo Banks said the school had no spare places.`
	asked := false
	for _, q := range mustCandidates(t, text) {
		if q.Prompt == "Who is Anita Shah, according to the article?" {
			asked = true
			if slices.Contains(q.Options, "councillor") || slices.Contains(q.Options, "ward councillor") {
				t.Errorf("%q offers a title she holds: %q", q.Prompt, q.Options)
			}
		}
	}
	if !asked {
		t.Error("no question on Anita Shah's role")
	}
}

// TestAttributionWithKin: "…, his daughter, Karen Moss, said" is no part
// of where he died.
func TestAttributionWithKin(t *testing.T) {
	for _, q := range mustCandidates(t, `Walt Hendry, left-hander, dies at 81

Walt Hendry, a left-hander who pitched 14 seasons in the major leagues, has died.

Hendry died Tuesday at a hospice in Tulsa after a long illness, his daughter, Karen Moss, said Wednesday.

He was born in Sapulpa and signed with Cleveland in 1962 before moving to Kansas City in 1969.`) {
		if q.Kind == KindWhere && strings.Contains(q.Prompt, "daughter") {
			t.Errorf("attribution kept: %q", q.Prompt)
		}
	}
}

// TestClosingDashResumes: "the rare moments when it cracks - a call, a
// laugh - land with real force": no statement ends at the closing dash.
func TestClosingDashResumes(t *testing.T) {
	for _, q := range mustCandidates(t, `Farm drama gets under the skin

Niamh Garvey plays Maura as someone whose exhaustion has hardened into a kind of armour, and the rare moments when it cracks - a phone call with her sister in Leeds, a brief, unguarded laugh at a wake - land with real force.

The six-part series was filmed in Cavan and Fermanagh over the winter, and it begins on BBC One on Sunday.`) {
		if strings.HasSuffix(q.Prompt, "at a wake.") {
			t.Errorf("cut at the closing dash: %q", q.Prompt)
		}
	}
}

// TestBareBodyWord: "Laboratory experiments" opens a sentence with a
// common word for a kind of body, which no statement may swap in for the
// Crop Protection Association.
func TestBareBodyWord(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{{"Laboratory", true}, {"Labs", true}, {"Government", true}, {"Observatory", true}, {"Reuters", false}, {"Crop Protection Association", false}} {
		if got := bareBodyWord(tt.name); got != tt.want {
			t.Errorf("bareBodyWord(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLaterVerbAfterAdverb: "moved to New York in 1958 and soon landed a
// spot": "Where did he move … and soon landed…?" mixes two verbs.
func TestLaterVerbAfterAdverb(t *testing.T) {
	for _, q := range mustCandidates(t, `Trumpeter Clarence Whitfield dies at 87

Clarence Whitfield, a jazz trumpeter from New Orleans, has died at 87.

He moved to New York in 1958 and soon landed a spot in the band of pianist Horace Tilden.

He later played in Memphis and Detroit.`) {
		if (q.Kind == KindWhere || q.Kind == KindWhen) && strings.Contains(q.Prompt, "landed") {
			t.Errorf("second verb kept: %q", q.Prompt)
		}
	}
}

// TestNoSwapOfPlaceJustNamed: "He moved to New York in 1958" two
// sentences before makes "labels in New York and Detroit" no clear
// falsehood.
func TestNoSwapOfPlaceJustNamed(t *testing.T) {
	noCandidate(t, `Trumpeter Clarence Whitfield dies at 87

Clarence Whitfield, a jazz trumpeter born in New Orleans, has died at 87.

He moved to New York in 1958 and joined the band of pianist Horace Tilden.

His 1963 debut as a leader became a minor hit among jazz listeners in Chicago.

In the late 1960s, Whitfield surprised jazz purists by working as a session musician for soul labels in Memphis and Detroit.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "labels in New York")
	})
}

// TestCareerClubs: "signing with Cleveland", "his best season came in
// 1971 with Kansas City", "traded to Milwaukee": a player's clubs, which
// the towns of his birth and death do not stand beside.
func TestCareerClubs(t *testing.T) {
	noCandidate(t, `Walt Hendry, left-hander, dies at 81

Walt Hendry, a left-hander who pitched 14 seasons in the major leagues, died on Tuesday in Tulsa.

Born in Sapulpa, Oklahoma, he spent one season at college before signing with Cleveland for a $6,000 bonus in 1962.

His best season came in 1971 with Kansas City, when he won 18 games.

He was traded to Milwaukee in 1975 and retired after the 1978 season.

He later coached baseball at a high school in Tulsa, and Sapulpa named its ballpark after him in 1990.

He is survived by a daughter in Tulsa and a brother in Sapulpa.`, func(q Question) bool {
		return slices.Contains(q.Options, "Kansas City") && (slices.Contains(q.Options, "Tulsa") || slices.Contains(q.Options, "Sapulpa"))
	})
}

// TestNameKeepsCapitalInQuestion: "Marrow opened in September" keeps its
// capital in "In which month did Marrow open…?", as "at Marrow" shows a
// name, though "veal marrow bones" writes the word in lower case.
func TestNameKeepsCapitalInQuestion(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Marrow, Clerkenwell: a small room with big flavours

Halfway through the second course at Marrow, the kitchen shows it knows exactly what it is doing.

Marrow opened in September on a quiet stretch of St John Street, in a former dry cleaner's.

The restaurant takes its name from its signature dish of roasted veal marrow bones, served with a parsley salad at £14.

The chef, Daniel Okafor, spent six years at a Shoreditch grill before opening the place with Hattie Brennan in 2024.`) {
		if strings.Contains(strings.ToLower(q.Prompt), "did marrow open") {
			asked = true
			if !strings.Contains(q.Prompt, "did Marrow open") {
				t.Errorf("name lower-cased: %q", q.Prompt)
			}
		}
	}
	if !asked {
		t.Error("no question on when Marrow opened")
	}
}

// TestStoryNamesNoPeople: "Her final book, Bartholomew Looks at the
// Stars," is a title; "Bartholomew Sett, the anxious hero of…" a
// character, offered beside no real person; "near Portreath" a town.
func TestStoryNamesNoPeople(t *testing.T) {
	text := `Margaret Pellow, children's author, dies at 86

Margaret Pellow, who has died aged 86, wrote more than forty books for children.

Bartholomew Sett, the anxious, tweed-waistcoated hero of The Badger Who Couldn't Sleep (1974), sold four million copies.

Her childhood was spent on the cliffs near Portreath, and she later said she learned to draw there before meeting the publisher Robin Ashdown in London.

Her final book, Bartholomew Looks at the Stars, was published in 2019.

Her brother, Arthur Pellow, and the illustrator Dennis Hale paid tribute on Monday.`
	an := analyseArticle(t, text)
	wantPeople(t, an, map[string]bool{"Bartholomew Looks": false, "Portreath": false, "Robin Ashdown": true})
	wantTypes(t, an, map[string]etype{"Portreath": ePlace})
	if id := entByName(an, "Bartholomew Sett"); id < 0 || !an.characters()[id] {
		t.Error("Bartholomew Sett is no character")
	}
}

// TestIntervalNotAsked: "Six years later Bartholomew arrived" counts from
// an event the sentence does not name.
func TestIntervalNotAsked(t *testing.T) {
	noCandidate(t, `Publisher transformed by a badger

Her first book, about a mole, was published by Lanyard Press in 1968 to little notice.

Six years later the badger books arrived, and the small imprint in Truro was transformed almost overnight.

By 1990 the press employed 40 people in Truro and Exeter.`, func(q Question) bool {
		return q.Correct() == "Six" || q.Correct() == "six"
	})
}

// TestNoSwapAfterKindOfBody: "City of Johannesburg utility City Power":
// another body named in the article need not be a utility.
func TestNoSwapAfterKindOfBody(t *testing.T) {
	noCandidate(t, `Power cuts return

Eskom will cut power in stages from Thursday, the utility said on Wednesday.

Lerato Khumalo, chief executive of the Gauteng Chamber of Commerce, said small firms could not afford generators.

The National Energy Regulator said it would review Eskom's plans next month.

Households in Soweto said the cuts had lasted up to ten hours a day in July.

Schools in Pretoria said exams would go ahead despite the cuts.

City of Johannesburg utility City Power warned residents that substations could overload when power is restored.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "Johannesburg utility") && !strings.Contains(q.Prompt, "utility City Power")
	})
}

// TestTitlesAndTeamsNoPeople: a song's title alone in quotation marks and
// a racing team named like a person are no people.
func TestTitlesAndTeamsNoPeople(t *testing.T) {
	an := analyseText(t, `The ballads sag, and "Honey Tax," a collaboration with the American rapper Dez Calloway, feels bolted on.

Aston Martin endured a miserable afternoon, with both of its drivers out in the first session.

Producer Tomasz Reyes brings a grainy texture to the album, which Marlowe Quinn recorded in Lisbon.`)
	wantPeople(t, an, map[string]bool{"Honey Tax": false, "Aston Martin": false, "Dez Calloway": true, "Tomasz Reyes": true})
}

// TestOpeningPhraseThenName: "Addressing the crowd, Siobhán Kearney,
// general secretary of the union, said…": the name is the subject, and
// the aside goes with both its commas.
func TestOpeningPhraseThenName(t *testing.T) {
	for _, q := range mustCandidates(t, `Thousands march for homes

Several thousand people marched through Dublin on Saturday calling for a ban on no-fault evictions.

Addressing the crowd, Siobhán Kearney, general secretary of the Irish Congress of Trade Unions, said workers were being "priced out of the city they keep running".

Minister of State Colm Ó Riada said the Government would not ban no-fault evictions, and teacher Aoife Brennan said she had moved four times.`) {
		if strings.Contains(q.Prompt, ", said workers") {
			t.Errorf("comma left before the verb: %q", q.Prompt)
		}
	}
}

// TestSameNameInBlank: "_____ and Japan paused their row … US carmaker
// Ford" gives the US away by its own name.
func TestSameNameInBlank(t *testing.T) {
	noCandidate(t, `Car trade row paused

China and India agreed on Tuesday to reopen talks on steel quotas in Geneva.

The US and Japan paused their long row over tax breaks for Japanese carmaker Nissan and US carmaker Ford on Monday.

Canada and Mexico said they would watch the talks closely from Ottawa.`, func(q Question) bool {
		return q.Kind == KindCloze && strings.EqualFold(q.Correct(), "The US")
	})
}

// TestNamesStripped: "The University and College Union (UCU)" is one
// body; "Aling Merlinda Pascual" has a Filipino honorific; "F Luka
// Brandt" a box score's position before the name.
func TestNamesStripped(t *testing.T) {
	an := analyseText(t, `The University and College Union (UCU) says members are walking out at 42 universities.

Aling Merlinda Pascual, a vendor in Ilagan, said the water rose within minutes.

F Luka Brandt left in the second quarter with a bruised hip and did not return.`)
	wantPeople(t, an, map[string]bool{"Merlinda Pascual": true, "Aling Merlinda Pascual": false, "Luka Brandt": true, "F Luka Brandt": false})
	wantTypes(t, an, map[string]etype{"University and College Union": eOrg})
	if id := entByName(an, "College Union"); id >= 0 {
		t.Error("the union's name split at its \"and\"")
	}
}

// TestReviewVerdictsAndCredits: in a review, "… feels undercooked" is the
// critic's verdict; "Cinematographer Pieter van Houten shoots the coast in
// greys" is the critic's account of a credit, asked as the credit.
func TestReviewVerdictsAndCredits(t *testing.T) {
	qs := mustCandidates(t, `The Quiet Hour review – a taut, chilly thriller

★★★★☆

Director Niamh Calloway's second feature is a lean thriller about a customs officer in Felixstowe.

A subplot involving the officer's brother, a retired detective played by Graham Stoddart, feels undercooked.

Cinematographer Pieter van Houten shoots the Essex coast in greys and sodium orange.

The score, by the composer Ailsa Munro, is used sparingly, and Tobias Renwick plays a friendly new colleague.

The Quiet Hour is in cinemas from Friday.`)
	cinematographer := false
	for _, q := range qs {
		if strings.Contains(q.Prompt, "feels undercooked") {
			t.Errorf("verdict asked: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "shoots the Essex coast") {
			t.Errorf("critic's account asked: %q", q.Prompt)
		}
		cinematographer = cinematographer || q.Prompt == "Who does the article describe as the cinematographer?" && q.Correct() == "Pieter van Houten"
	}
	if !cinematographer {
		t.Error("no question on the cinematographer")
	}
}

// TestCriticsMeasureAndColonClause: "at least 20 minutes too long" is the
// critic's measure; "a simple premise: as the lamps are replaced one block
// at a time, her father faces…" is not cut after the "as" clause.
func TestCriticsMeasureAndColonClause(t *testing.T) {
	noCandidate(t, `Lamplighter review: a handsome musical about a vanishing trade

The show, with music by Daniel Oyelaran and a book and lyrics by Margaret Feeney, is built around a simple premise: as the city's gas lamps are replaced one block at a time, Esther's father, Avram, faces the end of the only work he has known in America.

The 14-piece orchestra, conducted by Ruth Anand, plays at the Belasco Theatre on West 44th Street.

At two hours and 50 minutes, the show is at least 20 minutes too long.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "one block at a time.") || q.Correct() == "20"
	})
}

// TestBornOpenerNamesTheSubject: "Born in Wishaw, Lanarkshire, David James
// Lennox was the third of five children of … Robert Lennox, a
// steelworker." names the footballer at birth; the "He" after it is the
// footballer, not his father. The year he married is no year he "is
// survived".
func TestBornOpenerNamesTheSubject(t *testing.T) {
	text := `Davie Lennox obituary

The footballer Davie Lennox, who has died aged 78, spent 14 seasons with Motherwell.

Born in Wishaw, Lanarkshire, David James Lennox was the third of five children of Agnes, a school dinner lady, and Robert Lennox, a steelworker at the Ravenscraig plant.

He played street football until dark and was spotted at 15 by a Motherwell scout at Wishaw Juniors.

He signed as a professional in 1964, combining training with an apprenticeship as an electrician.

He is survived by his wife, Margaret, whom he married in 1969, and by their children, Fiona and Stuart.`
	for _, q := range mustCandidates(t, text) {
		if q.Correct() == "Robert Lennox" || strings.Contains(q.Prompt, "Robert Lennox sign") {
			t.Errorf("the father made the footballer: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "is Davie Lennox survived") {
			t.Errorf("the wedding's year asked as another's: %q", q.Prompt)
		}
	}
	if id := entByName(analyseArticle(t, text), "David James Lennox"); id >= 0 {
		t.Error("David James Lennox is not the footballer")
	}
	// Outside an obituary too, the name after "Born in Wishaw,
	// Lanarkshire," is a person's, not the last of a list of places.
	wantPeople(t, analyseText(t, `Born in Wishaw, Lanarkshire, Ada Obiora was the youngest of three sisters.

She now runs a bakery in Leith with her partner, Tom Reid.`), map[string]bool{"Ada Obiora": true})
}

// TestVerblessLineNotAsked: "A big result in Perth." on a live page says
// nothing to fill in or to call true or false.
func TestVerblessLineNotAsked(t *testing.T) {
	noCandidate(t, `Election night live

Labor looks set to form government, with the ABC projecting 79 seats.

A big result in Perth.

Opposition leader Graham Trewhella has conceded defeat in front of supporters in Toowoomba, and the Greens have won a seat in Brisbane.`, func(q Question) bool {
		return strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "A big result")
	})
}

// TestWhatNotOfAPointer: "Caldwell defended the approach" asks no "What
// did Caldwell defend?": the approach is one a sentence before described.
func TestWhatNotOfAPointer(t *testing.T) {
	b, err := os.ReadFile("testdata/bank-annual-results.txt")
	if err != nil {
		t.Fatal(err)
	}
	noCandidate(t, string(b), func(q Question) bool {
		return q.Kind == KindWhat && q.Correct() == "the approach"
	})
}

// TestNoWhereOfHalfARange: "in archives from Lisbon to Gdansk" asks no
// "Where has she spent a decade in archives from Lisbon?".
func TestNoWhereOfHalfARange(t *testing.T) {
	noCandidate(t, `The Salt Road review – a history of a hated tax

Miriam Achterberg, a senior lecturer at the University of Leeds, has spent the better part of a decade in archives from Lisbon to Gdansk.

Her book traces the salt tax across Europe from the twelfth century to 1790, and it is published by Fenwick Press in London on Thursday.

She shows that some provinces in Poland and Portugal paid ten times what their neighbours did.`, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "from Lisbon")
	})
}

// TestCompanyOfTheArticle: "Lumen" alone, "according to Lumen" among
// them, is Lumen Devices, the company the article is about, so "the
// company" is Lumen's and not Samsung's, named twice as a rival.
func TestCompanyOfTheArticle(t *testing.T) {
	an := analyseArticle(t, `Lumen unveils three phones

Lumen Devices used its annual event on Wednesday to unveil three new smartphones, hoping to win back market share from Apple and Samsung.

The company's flagship Arc 9 Pro starts at $1,049, a $50 increase over last year's model, while the standard Arc 9 stays at $799.

The Arc Fold 2 weighs 228 grams, according to Lumen, and Lumen says its new hinge cuts the crease by 60 percent.

Lumen also announced new earbuds at $179, and Lumen shipped an estimated 14 million phones last year.

Samsung's own foldable sells for $1,799 in the US.`)
	id := entByName(an, "Lumen Devices")
	if id < 0 {
		t.Fatal("no Lumen Devices")
	}
	if got, want := an.ents[id].count, 5; got != want {
		t.Errorf("Lumen Devices named %d times, want %d", got, want)
	}
	if got := an.mainCompany(); got != id {
		t.Errorf("the article's company is %d, want Lumen Devices (%d)", got, id)
	}
}

// TestPresidentIsAnOffice: "the TUC President, Comrade Festus Olagunju,"
// and "the NLC Deputy President" name offices, not people called
// President.
func TestPresidentIsAnOffice(t *testing.T) {
	an := analyseText(t, `Addressing protesters in Abuja, the NLC Deputy President, Comrade Aliyu Danjuma, described the increase as insensitive.

But the TUC President, Comrade Festus Olagunju, dismissed the explanation on Tuesday.`)
	wantPeople(t, an, map[string]bool{"TUC President": false, "President": false, "Aliyu Danjuma": true, "Festus Olagunju": true})
}

// TestQuakeReport: "Iwate and Aomori prefectures" are regions, never
// swapped for a person; "lower 5 on a scale of 7" gets no option above 7
// and the scale's top is not asked; "at 5:20 a.m." is a time, not a
// colon; "a city devastated by the March 2011 earthquake" no clause.
func TestQuakeReport(t *testing.T) {
	text := `Strong quake strikes off Iwate

A strong earthquake struck off the coast of Iwate Prefecture in northeastern Japan early Thursday, Chief Cabinet Secretary Kenji Morimoto said.

It registered lower 5 on Japan's seismic intensity scale of 7 in the towns of Iwaizumi and Tanohata, the agency said.

The agency issued a tsunami advisory for the coasts of Iwate and Aomori prefectures.

A tsunami of 40 centimeters was observed at Kuji port at 5:12 a.m., while a 30-cm wave was recorded in Miyako at 5:20 a.m., the agency said.

In Miyako, a city devastated by the March 2011 earthquake and tsunami, residents described strong shaking.`
	wantTypes(t, analyseArticle(t, text), map[string]etype{"Aomori": ePlace, "Iwate Prefecture": ePlace})
	for _, q := range mustCandidates(t, text) {
		for _, o := range q.Options {
			if v, err := strconv.Atoi(o); err == nil && v > 7 && strings.Contains(q.Prompt, "scale of 7") {
				t.Errorf("%q offers %d on a scale of 7", q.Prompt, v)
			}
		}
		if strings.Contains(q.Prompt, "scale of _____") || strings.Contains(q.Prompt, "Kenji Morimoto prefectures") || strings.HasSuffix(q.Prompt, " at 5?") || strings.Contains(q.Prompt, "did a city devastate") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestScaleTop: the top of the scale a figure is given on.
func TestScaleTop(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"It registered lower 5 on Japan's seismic intensity scale of 7 in two towns.", 7},
		{"The side have won 7 matches out of 9.", 0},
		{"It rose 5 points on Friday.", 0},
	} {
		if got := scaleTop(tokenize(tt.text)); got != tt.want {
			t.Errorf("scaleTop(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestClockTimeIsNoColon: "at 5:20 a.m." keeps its minutes in a
// question: "Where was a 30-cm wave recorded at 5?" is no question; and
// "lower 5 on Japan's seismic intensity scale of 7" offers nothing above 7.
func TestClockTimeIsNoColon(t *testing.T) {
	b, err := os.ReadFile("testdata/quake-tsunami-advisory.txt")
	if err != nil {
		t.Fatal(err)
	}
	noCandidate(t, string(b), func(q Question) bool {
		if strings.Contains(q.Prompt, "scale of 7") && slices.ContainsFunc(q.Options, func(o string) bool { v, err := strconv.Atoi(o); return err == nil && v > 7 }) {
			return true // "lower 5 on … scale of 7": never 8 or 9
		}
		return strings.HasSuffix(q.Prompt, " at 5?")
	})
}

// TestSaidTwice: "said Ada Mensah, the firm's chief, said last year", a
// slip of the source, reads "said Ada Mensah said" once the aside goes.
func TestSaidTwice(t *testing.T) {
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{`True or false? "Prices will fall," said Ada Mensah said last year.`, true},
		{`True or false? "Prices will fall," said Ada Mensah, who said more later.`, false},
		{`True or false? Ada Mensah said the firm said nothing.`, false},
	} {
		if got := saidTwice(tt.p); got != tt.want {
			t.Errorf("saidTwice(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// TestLeadSettingNoWrongPlace: the exhibition the lead sets "in
// Bermondsey" is "her first solo show in London": Bermondsey would be as
// true there, so the lead's setting is offered as no wrong place later.
func TestLeadSettingNoWrongPlace(t *testing.T) {
	noCandidate(t, `Salt and Memory: tidal works flood a London gallery

There is a moment in Ines Caldwell's new exhibition at the Harwood Gallery in Bermondsey when the floor seems to give way.

The show, which runs until 14 September, is Caldwell's first major solo show in London since she left art school in Edinburgh.

Her earlier work was shown in Cardiff and Belfast, and she now lives in Margate.`, func(q Question) bool {
		return q.Kind == KindCloze && slices.Contains(q.Options, "Bermondsey") && !strings.Contains(q.Prompt, "Harwood")
	})
}

// TestBroadwayObituary: "Off Broadway productions" names no one, and the
// year she "told The New York Times" something is not asked.
func TestBroadwayObituary(t *testing.T) {
	b, err := os.ReadFile("testdata/broadway-actress-obituary.txt")
	if err != nil {
		t.Fatal(err)
	}
	noCandidate(t, string(b), func(q Question) bool {
		return slices.Contains(q.Options, "Off Broadway") || strings.Contains(q.Prompt, "New York Times in 19")
	})
}

// TestCriticsReadingWithAFigure: "Gorringe clearly wants to say
// something…, but the show is at its best when it lets four mismatched
// people…" is the critic's reading, figure and all.
func TestCriticsReadingWithAFigure(t *testing.T) {
	noCandidate(t, `The Lodgers review – a flat-share sitcom that finds its feet

The Lodgers, written by newcomer Hattie Gorringe, follows four strangers who share a damp terrace in Walsall.

Gorringe clearly wants to say something about loneliness and renting, and sometimes she does, but the show is at its best when it simply lets four mismatched people get on each other's nerves.

Director Sam Oduya keeps the episodes to a tidy 28 minutes, and Priya Mahal and Nell Asante play two of the lodgers.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "clearly wants")
	})
}

// TestNoWhatOfALinkingVerb: "China remained a weak spot" asks no "What
// did China remain?".
func TestNoWhatOfALinkingVerb(t *testing.T) {
	b, err := os.ReadFile("testdata/carmaker-quarterly-results.txt")
	if err != nil {
		t.Fatal(err)
	}
	noCandidate(t, string(b), func(q Question) bool {
		return strings.HasPrefix(q.Prompt, "What did") && strings.Contains(q.Prompt, "remain")
	})
}

// TestAsideBeforeAnAppositiveStays: ", which reconstruct the Inland
// Customs Line, a hedge of thorn…" keeps its aside: the hedge is the Line.
func TestAsideBeforeAnAppositiveStays(t *testing.T) {
	for _, q := range mustCandidates(t, `The Salt Road review – a podcast about a hedge that split India

The Salt Road is an eight-part documentary series from Longwave Audio, hosted by the former radio producer Priya Menon.

The strongest episodes are the third and fourth, which reconstruct the so-called Inland Customs Line, a hedge of thorn and scrub that at its height stretched more than 2,000 miles and was patrolled by some 12,000 men.

The sound design, by Lucía Ferrer, is the work of a team based in Bristol and Pune.`) {
		if strings.Contains(q.Prompt, "fourth a hedge") {
			t.Errorf("aside cut before its appositive: %q", q.Prompt)
		}
	}
}

// TestNordicFirm: "Nordvind Energi" ends in the Norwegian for energy: a
// firm, never a person offered as a chief executive.
func TestNordicFirm(t *testing.T) {
	an := analyseText(t, `Norwegian power producer Nordvind Energi said on Wednesday it would build a wind farm off Rogaland.

"This is a defining decision for Nordvind," chief executive Ingrid Solberg Haugen said in Stavanger.

Erik Lindqvist, an analyst at Pareto Securities, said Nordvind Energi was taking a large bet.`)
	wantPeople(t, an, map[string]bool{"Nordvind Energi": false, "Ingrid Solberg Haugen": true})
}

// TestTestNations: in a cricket story, "lost all three Tests in _____"
// offers only countries that play Test cricket, never Fiji.
func TestTestNations(t *testing.T) {
	noCandidate(t, `New coach for national side

The cricket board on Tuesday named former Test batsman Shahid Rafiq as head coach after the team's heavy defeats.

The team lost all three Tests in Australia and have slipped to seventh place in the standings, taking only 14 wickets in the last match.

Rafiq scored four centuries in 34 Tests and will start with a home series against Sri Lanka in Multan next month.`, func(q Question) bool {
		return slices.Contains(q.Options, "Fiji") || slices.Contains(q.Options, "Papua New Guinea")
	})
}

// TestNoBlankInAnExampleList: "from 11 countries, including _____,
// Mexico, South Africa and Chile": New Zealand may be among the other
// seven, so the list asks no blank.
func TestNoBlankInAnExampleList(t *testing.T) {
	noCandidate(t, `Wildfire season second worst on record

Wildfires burned an estimated 11.4 million hectares of Canadian forest this year, the fire centre said on Thursday.

Canada again relied on international help, hosting more than 2,100 firefighters from 11 countries, including Australia, Mexico, South Africa and Chile.

British Columbia and the Northwest Territories bore the brunt of the damage, with Alberta and Quebec less badly hit.`, func(q Question) bool {
		return q.Kind == KindCloze && strings.Contains(q.Prompt, "including _____")
	})
}

// TestNoShareAboveAll: "buys more than 80% of Mexico's exports" is never
// made "more than 100%": impossible, not false.
func TestNoShareAboveAll(t *testing.T) {
	noCandidate(t, `Mexico cuts rates

Mexico's central bank cut its benchmark interest rate by 25 basis points on Thursday, to 8.75%.

The United States buys more than 80% of Mexico's exports, and businesses have delayed spending plans.

Headline inflation slowed to 3.82% in March, and core inflation rose to 3.97%, the statistics agency said.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "more than 100%")
	})
}
