package quiz

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests come from the twenty-eighth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestFirmOpenedByAPlaceWord: "Valley Link Buses" is one firm, whether it
// opens a sentence in an article that also speaks of "the valley" or
// follows "a spokesperson for"; and "the journal Coastal Ecology
// Letters" is a journal, never a woman named Coastal or Marine.
func TestFirmOpenedByAPlaceWord(t *testing.T) {
	an := analyseArticle(t, `Bus route through the valley to close

Valley Link Buses announced on Monday that the number 46 route will stop running in March.

Villages along the valley have no other service, said councillor Huw Price.

A spokesperson for Valley Link Buses said the firm had lost money for years.

A study in the journal Marine Ecology Letters found that seagrass had shrunk by 40 percent, said Dr Sian Rowlands.`)
	for _, tt := range []struct {
		name string
		want etype
	}{{"Valley Link Buses", eOrg}, {"Marine Ecology Letters", eOrg}, {"Huw Price", ePerson}, {"Sian Rowlands", ePerson}} {
		if id := entByName(an, tt.name); id < 0 || an.ents[id].typ != tt.want {
			t.Errorf("%s: %d", tt.name, id)
		}
	}
	if id := entByName(an, "Link Buses"); id >= 0 {
		t.Errorf("Link Buses: %d, a firm cut in half", id)
	}
}

// TestSecondSurnameInAnObituary: "Torres", in the obituary of Ana Lucía
// Torres, is she, though the article later writes her name with her
// mother's surname ("Ana Lucía Torres Vergara") and quotes her son, Pablo
// Rivas Torres; and "President of the Senate Marta Ibáñez" is a woman,
// no body named "Senate Marta Ibáñez".
func TestSecondSurnameInAnObituary(t *testing.T) {
	an := analyseArticle(t, `Ana Lucía Torres, Chilean folk singer, dies at 81

Ana Lucía Torres, the Chilean singer whose songs of the northern mines were sung at every union rally, died on Monday in Valparaíso. She was 81.

Her death was announced by her son, Pablo Rivas Torres. "She sang until the last week," Rivas said.

Torres was known to a generation as "La Minera".

Ana Lucía Torres Vergara was born in 1944 in Antofagasta, the daughter of a copper miner.

Torres moved to Santiago at 17 and recorded her first album in 1966.

President of the Senate Marta Ibáñez called her "the voice of the north".`)
	want := entByName(an, "Ana Lucía Torres Vergara")
	if want < 0 {
		t.Fatal("no Ana Lucía Torres Vergara")
	}
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.text == "Torres" && m.ent != want {
				t.Errorf("%q: Torres is %d, want %d", an.sents[si].text, m.ent, want)
			}
		}
	}
	if id := entByName(an, "Marta Ibáñez"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Marta Ibáñez: %d", id)
	}
}

// TestOwnersAndTheirRestaurant: "her brother Gonçalo" is Gonçalo Moura,
// named in full later, so he is never offered as a wrong answer where the
// sentence names him as an owner too; and "a meal at Tia Lourdes" makes
// the restaurant a place, never offered as a person.
func TestOwnersAndTheirRestaurant(t *testing.T) {
	text := `Tia Lourdes brings serious fish cooking to the harbour

There is a moment, halfway through a meal at Tia Lourdes, when the chef carries out a tray of grilled sardines.

Tia Lourdes opened in May in an old net store on the quay at Sesimbra.

The owners are Inês Moura, who cooked for a decade in Porto, and her brother Gonçalo, a trawlerman's son who buys the fish at dawn.

"We sell what the boats bring," Gonçalo Moura said.

Sommelier Paulo Serra, formerly of a hotel in Cascais, pours wines from the Setúbal peninsula, and said the list would grow.

The mayor, Helena Sousa, said the town had waited years for a place like it.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Tia Lourdes"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Tia Lourdes: %d", id)
	}
	for _, q := range mustCandidates(t, text) {
		if strings.HasPrefix(q.Prompt, "The owners are") && slices.Contains(q.Options, "Gonçalo Moura") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
		if q.Kind != KindNumber && slices.Contains(q.Options, "Tia Lourdes") && slices.Contains(q.Options, "Inês Moura") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestNoArticleAfterAnAdjective: a false statement swapping "Mexico" in
// "in northern Mexico" for a country that takes "the" would read "in
// northern the US"; it is not made.
func TestNoArticleAfterAnAdjective(t *testing.T) {
	for _, q := range mustCandidates(t, `River flows fall to a 1,200-year low

Flows in the Rio Verde have fallen to their lowest level in 1,200 years, researchers in the US said on Monday.

About 9 million people depend on the river in Texas and New Mexico, as well as in northern Mexico, the study found.

Farmers in the Netherlands and the United Kingdom face similar shortages, said Dr Ana Ruiz, the study's lead author.`) {
		if strings.Contains(q.Prompt, "northern the ") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestTitleIsNoQuotation: a book's title in quotation marks after "the
// best known of which," is no one's words: no "Who wrote four novels, the
// best known of which, "Droga do domu ojca"?".
func TestTitleIsNoQuotation(t *testing.T) {
	for _, q := range mustCandidates(t, `Novelist Tomasz Wrona dies at 88

Tomasz Wrona, the Polish novelist, died on Friday in Kraków, his publisher said.

He wrote four novels, the best known of which, "Droga do domu ojca" (1987), has sold more than a million copies.

"He never stopped writing," said his editor, Agata Nowak.

The critic Piotr Zielinski called him "the last of the great storytellers", and Culture Minister Marta Kowalska said the country had lost a voice.

He is survived by his son, Jan Wrona, and his daughter, Ewa Malinowska.`) {
		if strings.Contains(q.Prompt, "best known of which") && q.Kind != KindNumber && q.Kind != KindTrueFalse {
			t.Errorf("%s %q", q.Kind, q.Prompt)
		}
	}
}

// TestBornInAVillage: "Born on 3 May 1938 in Ton Pentre" names a
// village, though Ton is a given name; "born to Ada Lim in…" still names
// his mother.
func TestBornInAVillage(t *testing.T) {
	an := analyseArticle(t, `Miner and poet Dai Rees dies at 86

Dai Rees, the miner who became a poet, has died at his home in Treorchy.

Born on 3 May 1938 in Ton Pentre, the son of a haulier, Rees went underground at 15.

His friend Owen Lim was born to Ada Lim in Cardiff in 1940, and said Rees was "the bravest man in the valley".`)
	for _, tt := range []struct {
		name string
		want etype
	}{{"Ton Pentre", ePlace}, {"Ada Lim", ePerson}, {"Dai Rees", ePerson}} {
		if id := entByName(an, tt.name); id < 0 || an.ents[id].typ != tt.want {
			t.Errorf("%s: %d", tt.name, id)
		}
	}
}

// TestIndonesianHonorific: "Ibu Ratna" is Ratna Suryawati with the
// honorific Indonesians give an older woman, never a second person
// offered beside her.
func TestIndonesianHonorific(t *testing.T) {
	an := analyseArticle(t, `Batik artist Ratna Suryawati dies at 82

Ratna Suryawati, the batik artist from Pekalongan, died on Sunday, her family said.

As a girl, Ibu Ratna filled in backgrounds with wax for her mother, and by 15 she was drawing her own designs.

"She never rushed a cloth," said Dewi Lestari, a curator in Jakarta.`)
	if id := entByName(an, "Ibu Ratna"); id >= 0 {
		t.Errorf("Ibu Ratna: %d, a second person", id)
	}
	want := entByName(an, "Ratna Suryawati")
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if strings.Contains(m.text, "Ratna") && !strings.Contains(m.text, "Suryawati") && m.ent != want {
				t.Errorf("%q is %d, want %d", m.text, m.ent, want)
			}
		}
	}
}

// TestParticipleIsNoClaimToDeny: "A traffic survey commissioned last year
// from a Lansing firm recommended…" is a claim about what the survey
// recommended; "did not commission" would make no sense.
func TestParticipleIsNoClaimToDeny(t *testing.T) {
	for _, q := range mustCandidates(t, `Board votes to close two schools

The Maple Ridge school board voted 5-2 on Tuesday night to close two elementary schools at the end of the year.

A traffic survey commissioned last year from a Lansing engineering firm recommended closing at least one school.

Board president Anna Kowalczyk said the vote was the hardest of her career.`) {
		if strings.Contains(q.Prompt, "did not commission") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestTownInANamedCountry: "a hospital in Soroti, in eastern Uganda"
// takes no Moscow or Los Angeles as a wrong answer, though the runner
// raced in both.
func TestTownInANamedCountry(t *testing.T) {
	for _, q := range mustCandidates(t, `Ugandan runner and coach Peter Okello dies at 70

Peter Okello, the Ugandan runner who raced at two Olympic Games, has died at the age of 70.

His family said he died on Monday at a hospital in Soroti, in eastern Uganda, after a short illness.

He ran the 5,000 metres in Moscow in 1980 and in Los Angeles in 1984, and later coached in Kampala and Kapchorwa.`) {
		if strings.Contains(q.Prompt, "eastern Uganda") && (slices.Contains(q.Options, "Moscow") || slices.Contains(q.Options, "Los Angeles")) {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestQuotedNickname: 'known simply as "Coach Sam"' is what the runners
// called Samuel Opio, no coach named Sam to ask about beside him.
func TestQuotedNickname(t *testing.T) {
	for _, q := range mustCandidates(t, `Ugandan coach Samuel Opio dies at 71

Samuel Opio, the Ugandan runner who became a coach, has died at 71, the Uganda Athletics Federation said.

Opio, known across the sport simply as "Coach Sam", trained more than 30 internationals.

"He was a father to us," said Grace Akello, a former pupil, and Moses Okot and Ruth Nabirye also paid tribute.`) {
		if slices.Contains(q.Options, "Sam") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestUnpairedBetween: "a 90-run stand between opener Ravi Dass, who made
// 51, and Imran Noor" loses its second half with the aside; a question
// asking about "a stand between opener Ravi Dass?" is not made.
func TestUnpairedBetween(t *testing.T) {
	for _, q := range mustCandidates(t, `Afghanistan beat Ireland by 40 runs

Afghanistan, who won the toss, were rescued by a 90-run stand for the fourth wicket between opener Ravi Dass, who made 51 from 70 balls, and Imran Noor, who hit 44.

Ireland were bowled out for 188 in the 44th over, with Harry Tector top-scoring on 61.

"We fought hard," said Ireland captain Paul Stirling, while Afghanistan coach Jonathan Trott praised his spinners.`) {
		if strings.Contains(q.Prompt, "between opener") && !strings.Contains(q.Prompt, " and ") {
			t.Errorf("%q", q.Prompt)
		}
	}
	for _, tt := range []struct {
		prompt string
		want   bool
	}{
		{"Which side was rescued by a stand between opener Ravi Dass?", true},
		{"Which side was rescued by a stand between opener Ravi Dass and Imran Noor?", false},
		{"The fish were counted between 2004 and _____.", false},
		{"Talks between the two sides broke down on _____.", false},
	} {
		if got := unpairedBetween(tt.prompt); got != tt.want {
			t.Errorf("unpairedBetween(%q) = %v, want %v", tt.prompt, got, tt.want)
		}
	}
}

// TestRoleOpeningLowered: "Point guard Ada Nwosu scored 24 points" asks
// "How many points did point guard Ada Nwosu score?", the capital of the
// sentence's start dropped; "Kenyan runner…" keeps its.
func TestRoleOpeningLowered(t *testing.T) {
	qs := mustCandidates(t, `Nigeria beat Canada in overtime

Nigeria beat Canada 81-77 in overtime on Saturday to keep their World Cup hopes alive.

Point guard Ada Nwosu scored 24 points, and forward Bola Eke added 18 points and 11 rebounds.

Canada coach Victor Lane said his side had "let it slip", while Nigeria coach Grace Obi praised her players.`)
	found := false
	for _, q := range qs {
		if strings.HasPrefix(q.Prompt, "How many points did") {
			found = true
			if !strings.Contains(q.Prompt, "did point guard Ada Nwosu") {
				t.Errorf("%q", q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no question on the points")
	}
}

// TestMusiciansHonorifics: "Pandit" and "Ustad" are honorifics, no part
// of the names offered: "Ravi Joshi", never "Pandit Ravi Joshi" beside
// "Salim Khan".
func TestMusiciansHonorifics(t *testing.T) {
	an := analyseArticle(t, `Pandit Ravi Joshi, sitar player, dies at 88

Pandit Ravi Joshi, the sitar player, died on Monday at his home in Pune.

At 12 he became a disciple of Ustad Salim Khan in Gwalior, and his son, Vikram Joshi, plays the tabla.`)
	for _, name := range []string{"Ravi Joshi", "Salim Khan"} {
		if id := entByName(an, name); id < 0 || an.ents[id].typ != ePerson {
			t.Errorf("%s: %d", name, id)
		}
	}
}

// TestPortfolioListEndingUtilities: "Minister for Climate, Energy and
// Utilities Mads Lund" is Mads Lund, no man named "Utilities Mads Lund".
func TestPortfolioListEndingUtilities(t *testing.T) {
	an := analyseArticle(t, `Wind auction draws no bids

"We are disappointed," Minister for Climate, Energy and Utilities Mads Lund told reporters in Copenhagen on Thursday.

Lund said the government would hold talks with the industry.`)
	if id := entByName(an, "Mads Lund"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Mads Lund: %d", id)
	}
}

// TestAgeStaysWithItsPerson: '"He never told you what to carve…," Pitsiulak, 46, said'
// said' makes no false statement giving the age 46 to someone else.
func TestAgeStaysWithItsPerson(t *testing.T) {
	for _, q := range mustCandidates(t, `Inuit sculptor Simon Arnaquq dies at 83

Simon Arnaquq, the Inuit sculptor, died on Sunday in Iqaluit, his daughter, Leetia Arnaquq, said.

The curator Margaret Lund called him a master, and Noah Pitsiulak, a carver, learned from him as a boy.

"He never told you what to carve or how to hold the file," Pitsiulak, 46, said on Tuesday.`) {
		if q.Kind == KindTrueFalse && strings.Contains(q.Prompt, ", 46, said") && !strings.Contains(q.Prompt, "Pitsiulak, 46") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestNamesInPhotographs: "near Six Mile Road" names the road whole, and
// a false statement swapping "the hollowed-out Lakeside Station" for a place
// written with "the" reads "the hollowed-out Carr Center", never "the
// hollowed-out the Carr Center".
func TestNamesInPhotographs(t *testing.T) {
	text := `Photographer walks the length of Grand Avenue

First came the ruins: the hollowed-out Lakeside Station, the flooded ballrooms of old hotels.

Two girls share a bench near Six Mile Road, and a boy fixes a bicycle outside the Carr Center.

The book ends at the State Fairgrounds, where an old man reads a newspaper in Highland Park.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Six Mile Road"); id < 0 {
		t.Error("no Six Mile Road")
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "-out the ") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestLordMayorInLowerCase: "Brisbane Lord Mayor Adrian Schrinner" is
// asked as "the lord mayor", one office in lower case, never "the Lord
// mayor".
func TestLordMayorInLowerCase(t *testing.T) {
	an := analyseArticle(t, `Firebirds win the grand final

The Firebirds will parade the trophy on Tuesday, Brisbane Lord Mayor Adrian Schrinner confirmed, and coach Leanne Pritchard said her players had earned it.`)
	for _, r := range personRoles(t, an, "Adrian Schrinner") {
		if strings.Contains(r.text, "Lord mayor") {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestIslandOnlyBesideIslands: "born on the island of Tinos" takes no
// London, New York or Hamburg as a wrong answer; only what the article
// calls an island.
func TestIslandOnlyBesideIslands(t *testing.T) {
	for _, q := range mustCandidates(t, `Greek shipowner Nikos Vardakis dies at 91

Nikos Vardakis, the shipowner who built one of Greece's largest tanker fleets, died on Sunday in Athens.

Born in 1933 on the island of Tinos, he went to sea at 15 on a freighter out of Piraeus.

He opened offices in London in 1968, in New York in 1974 and in Hamburg in 1979, and moved the company to Athens in 1985, said his son, Petros Vardakis.`) {
		if strings.Contains(q.Prompt, "island of _____") && (slices.Contains(q.Options, "London") || slices.Contains(q.Options, "Athens")) {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestClauseOfAMomentAsksNoTotal: "…in the third quarter, when Reyes
// scored 15 points" gives his points in that quarter, not his game's 38:
// no "How many points did Reyes score?".
func TestClauseOfAMomentAsksNoTotal(t *testing.T) {
	for _, q := range mustCandidates(t, `Nuggets edge Timberwolves in overtime

Marco Reyes scored 38 points as the Denver Nuggets beat the Minnesota Timberwolves 118-113 on Tuesday.

The Nuggets outscored Minnesota 34-22 in the third quarter, when Reyes scored 15 points, including three 3-pointers.

"We let them back in," Nuggets coach Dale Hanlon said, and Timberwolves guard Jalen West added 29 points.`) {
		if q.Prompt == "How many points did Reyes score?" || q.Prompt == "How many points did Marco Reyes score?" {
			if q.Options[q.Answer] == "15" {
				t.Errorf("%q keyed %s", q.Prompt, q.Options[q.Answer])
			}
		}
	}
}

// TestWhatAWeaverMakes: "a weaver of Harris Tweed" names the cloth, no
// man called Harris Tweed to offer as a speaker; "said his niece, Morag
// Campbell." names a woman, though the lists lack Morag.
func TestWhatAWeaverMakes(t *testing.T) {
	an := analyseArticle(t, `Lighthouse keeper and historian Alasdair MacLeod dies at 91

Alasdair MacLeod, one of the last resident lighthouse keepers, has died at 91.

Born in 1933 on the Isle of Lewis, he was the son of a fisherman and a weaver of Harris Tweed.

"He used to say the lights got into your bones," said his niece, Morag Campbell.`)
	if id := entByName(an, "Harris Tweed"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Harris Tweed is a person")
	}
	if id := entByName(an, "Morag Campbell"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Morag Campbell: %d", id)
	}
}

// TestOneLandByTwoNames: "musicians in Ghana, Britain and _____" takes no
// "the UK" as a wrong answer: Britain by another name.
func TestOneLandByTwoNames(t *testing.T) {
	for _, q := range mustCandidates(t, `Afrobeat drummer Femi Adeyemi dies at 79

Femi Adeyemi, the Nigerian drummer who helped define Afrobeat, died on Monday in Lagos.

He recorded six albums in Lagos and toured widely in the 1980s.

Tributes poured in from musicians in Ghana, Senegal, Britain and the United States.`) {
		if strings.Contains(q.Prompt, "Britain and _____") && slices.Contains(q.Options, "the UK") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestNicknameInsideALeadName: 'Teodora "Inday" Santos, a labour
// lawyer…' names Teodora Santos, though the lists lack Teodora; the
// obituary's "Santos" and "Attorney Inday" are she.
func TestNicknameInsideALeadName(t *testing.T) {
	an := analyseArticle(t, `Labour lawyer Teodora Santos dies at 80

Teodora "Inday" Santos, a labour lawyer who defended striking dock workers for four decades, died on Monday in Cebu City.

Santos filed more than 400 cases for unions over her career, said her nephew, Marco Santos-Lim.

"Attorney Inday never turned anyone away," said Liza Ramos, a union organiser.`)
	want := entByName(an, "Teodora Santos")
	if want < 0 || an.ents[want].typ != ePerson {
		t.Fatalf("Teodora Santos: %d", want)
	}
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if (m.text == "Santos" || m.text == "Inday") && m.ent != want {
				t.Errorf("%q is %d, want %d", m.text, m.ent, want)
			}
		}
	}
}

// TestHerSecondHusband: in the obituary of Leyla Demir, "Her second
// husband, …, died in 2015" is hers, never the first husband's named in
// the sentence before.
func TestHerSecondHusband(t *testing.T) {
	for _, q := range mustCandidates(t, `Turkish actress Leyla Demir dies at 84

Leyla Demir, the actress who became a face of Turkish cinema, died on Saturday in Istanbul, her nephew, Emre Demir, said.

Her first marriage, to the cinematographer Orhan Baysal in 1963, ended in divorce in 1970.

Her second husband, the architect Kemal Sunar, whom she married in 1978, died in 2015.`) {
		if strings.Contains(q.Prompt, "Orhan Baysal's") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestPartyBeforeMembersOffice: "Labour TD Niall Brosnan" is asked as
// "the Labour TD", the party's capital kept before its member's office.
func TestPartyBeforeMembersOffice(t *testing.T) {
	an := analyseArticle(t, `Housing bill passes the Dáil

Labour TD Niall Brosnan said his party had tabled 37 amendments, and Sinn Féin's Deirdre Ní Chonaill called the bill a gift to developers.

An economist, Aoife Hennessy, said labour shortages in building remained the main constraint.`)
	for _, r := range personRoles(t, an, "Niall Brosnan") {
		if r.text != "Labour TD" {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestPortfolioIsNoBodyToSwap: "Minister for Housing, Local Government
// and Heritage Aine Kelly" makes no false statement swapping "Local
// Government" for a body the article names.
func TestPortfolioIsNoBodyToSwap(t *testing.T) {
	for _, q := range mustCandidates(t, `Housing bill clears the Dáil

The bill passed by 79 votes to 74 late on Wednesday night.

Minister for Housing, Local Government and Heritage Aine Kelly told the chamber the bill would change the pace of building in the State.

Opposition TD Ruairi Walsh said the Housing Finance Agency had been ignored.

The bill sets up a new body, the National Homes Delivery Agency, with powers to buy land, and the Residential Tenancies Board will gain new powers.`) {
		if strings.HasPrefix(q.Prompt, "True or false? Minister for Housing, ") && !strings.Contains(q.Prompt, "Local Government and Heritage") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestClubsNamedLikePeople: "Borussia Dortmund" and "Olympique Lyonnais"
// are clubs, never offered as players or coaches.
func TestClubsNamedLikePeople(t *testing.T) {
	an := analyseArticle(t, `Late header settles the Klassiker

Substitute Lukas Vogt headed in an 88th-minute winner as Bayern beat Borussia Dortmund 3-2 on Saturday, while Olympique Lyonnais lost at home.

"These are the games you remember," said Bayern coach Henrik Lind.`)
	for _, name := range []string{"Borussia Dortmund", "Olympique Lyonnais"} {
		if id := entByName(an, name); id < 0 || an.ents[id].typ != eOrg {
			t.Errorf("%s: %d", name, id)
		}
	}
}

// TestActorIsNoFalseSwapForHerPart: "She says nothing" of the detective
// Niamh Quinn is no false statement as "Orla Breen says nothing" when
// Orla Breen plays her: true of the actress on screen.
func TestActorIsNoFalseSwapForHerPart(t *testing.T) {
	for _, q := range mustCandidates(t, `Harbour Lights: a Belfast crime drama with patience to spare

There is a moment early in the first episode of Harbour Lights, the new six-part drama that begins on BBC One on Sunday, when Detective Inspector Niamh Quinn stands on the quay and watches a crane swing over the water.

She says nothing for nearly half a minute.

Created by the playwright Colm Devlin, the series follows Quinn, played with flinty reserve by Orla Breen, as she investigates the death of a dock clerk.

Breen, best known for the film Salt Hymns, is superb, and the director Sinead Garvey shoots the city with affection.`) {
		if strings.Contains(q.Prompt, "Orla Breen says nothing") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestNumberedLeagueIsNoName: "had not scored in Ligue 1 since March"
// names a division by its number; "Ligue" alone is never offered.
func TestNumberedLeagueIsNoName(t *testing.T) {
	an := analyseArticle(t, `Marseille beat Lyon with a late header

Dufresne, who had not scored in Ligue 1 since March, headed the winner as Marseille beat Lyon 2-1, while Strasbourg drew at Lens.`)
	if id := entByName(an, "Ligue"); id >= 0 && an.ents[id].typ != eNone {
		t.Errorf("Ligue: %d", id)
	}
}

// TestVenueOfTheListing: the listing "Kin Lamyai, 412 Illawarra Road,
// Marrickville." names the restaurant reviewed, a place, never offered
// as a person beside its chef.
func TestVenueOfTheListing(t *testing.T) {
	text := `At Kin Lamyai, the grill smoke tells you what you need to know

Kin Lamyai is the first solo venture for chef Ratana Sirisombat, 34, who grew up in Chiang Mai.

"I wanted the food I eat on my day off," Sirisombat said, and her partner, Daniel Okafor, said the queue began on the first night.

For a first restaurant, Kin Lamyai is confident and cheap, said the critic Helen Marsh.

Kin Lamyai, 412 Illawarra Road, Marrickville. Open Wednesday to Sunday, 5pm to 10pm.`
	an := analyseArticle(t, text)
	if id := entByName(an, "Kin Lamyai"); id < 0 || an.ents[id].typ != eSite {
		t.Errorf("Kin Lamyai: %d, not the venue", id)
	}
	for _, q := range mustCandidates(t, text) {
		if slices.Contains(q.Options, "Kin Lamyai") && slices.Contains(q.Options, "Daniel Okafor") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestFinanceMinisterInLowerCase: "Finance Minister Karim Aboul-Naga",
// where the article also names the "Ministry of Finance", is asked as
// "the finance minister", never "the Finance minister".
func TestFinanceMinisterInLowerCase(t *testing.T) {
	an := analyseArticle(t, `Suez revenue falls

The Ministry of Finance said reserves were ample, and Finance Minister Karim Aboul-Naga told a committee that imports were covered.

An economist, Nadia Farouk, said the fall would hurt.`)
	for _, r := range personRoles(t, an, "Karim Aboul-Naga") {
		if r.text != "finance minister" {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestUniversityStateKeepsItsCapital: "Ozark State quarterback Jalen
// Whitaker" is asked as "the Ozark State quarterback", never "Ozark state".
func TestUniversityStateKeepsItsCapital(t *testing.T) {
	an := analyseArticle(t, `Bowl game

Trailing by 14 points, Ozark State quarterback Jalen Whitaker told his teammates a joke.

Ozark State coach Ron Hatcher said the team never quit.`)
	for _, name := range []string{"Jalen Whitaker", "Ron Hatcher"} {
		for _, r := range personRoles(t, an, name) {
			if strings.Contains(r.text, "Ozark state") {
				t.Errorf("%s: role %q", name, r.text)
			}
		}
	}
}

// TestParticipleBeforeARole: "a sweeping move involving full-back Seán
// Whelan" makes him the full-back, never the "involving full-back".
func TestParticipleBeforeARole(t *testing.T) {
	an := analyseArticle(t, `Leinster edge Munster

Centre Harry Nolan scored after a sweeping move involving full-back Seán Whelan, and out-half Rory Kinsella converted.`)
	for _, r := range personRoles(t, an, "Seán Whelan") {
		if r.text != "full-back" {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestGivenNameAmongSurnames: "introduced to the game by his father,
// _____" keyed "Michael" beside "Fahy" and "Breen" gives itself away; it
// is not asked.
func TestGivenNameAmongSurnames(t *testing.T) {
	for _, q := range mustCandidates(t, `Hurling manager Packie Mulcahy dies at 74

Pádraig Mulcahy, the hurling manager who led Carrowmore to three county titles, has died at the age of 74.

Born in 1951, Mulcahy was introduced to the game by his father, Michael, who had hurled for the county.

"Packie was ahead of his time," said Declan Fahy, who captained the county side, and club chairman Tomás Breen said the parish was in shock.`) {
		if strings.Contains(q.Prompt, "his father, _____") && slices.Contains(q.Options, "Fahy") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestIrishProvincesAreNoPeople: "Munster led for much of the second
// half" names a province's side, never a man offered beside players.
func TestIrishProvincesAreNoPeople(t *testing.T) {
	an := analyseArticle(t, `Leinster edge Munster

Munster led for much of the second half, but replacement hooker Eoin Byrne scored late, and Munster coach Mark Kiely said his side had been unlucky.`)
	if id := entByName(an, "Munster"); id < 0 || an.ents[id].typ != ePlace {
		t.Errorf("Munster: %d", id)
	}
}

// TestPartSungBySinger: "Don Ottavio, sung with dry relish by the
// bass-baritone Matthias Orvell" is a part, never offered beside the
// singers and the conductor.
func TestPartSungBySinger(t *testing.T) {
	an := analyseArticle(t, `A Mozart opera under glass in Salzburg

Don Ottavio, sung with dry relish by the Swiss bass-baritone Matthias Orvell, is a scientist in a white coat.

"I wanted to ask who is watching whom," the director Henrike Valdau said, and the conductor Aino Kettunen drew light, quick playing from the orchestra.`)
	if id := entByName(an, "Don Ottavio"); id < 0 || !an.characters()[id] {
		t.Errorf("Don Ottavio: %d, no part", id)
	}
}

// TestOlympianIsNoName: "coached by former Olympian Brett Yardley" names
// Brett Yardley, a former Olympian, never "Olympian Brett Yardley".
func TestOlympianIsNoName(t *testing.T) {
	an := analyseArticle(t, `Teenager books Olympic place

Hollis, who is coached by former Olympian Brett Yardley at the Southport club, took four seconds off her best, and Ebony Castle finished second.`)
	id := entByName(an, "Brett Yardley")
	if id < 0 {
		t.Fatal("no Brett Yardley")
	}
	if r := an.ents[id].roles; len(r) == 0 || r[0].text != "former Olympian" {
		t.Errorf("roles %v", r)
	}
}

// TestTitleOfAWorkNamesNoOne: "His 2004 collection, The Ambassador Has No
// Country, was banned" makes no ambassador named "Has No Country".
func TestTitleOfAWorkNamesNoOne(t *testing.T) {
	an := analyseArticle(t, `Sudanese poet dies in Cairo

His 2004 collection, The Ambassador Has No Country, was banned in Sudan for six years, said his daughter, Amna Idris.`)
	if id := entByName(an, "Has No Country"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Has No Country is a person")
	}
}

// TestDeadlineIsNotWhenAgreed: "The government also agreed to hire 20,000
// teachers by July next year" asks no "In which month did the government
// agree…?": July is the hiring's deadline.
func TestDeadlineIsNotWhenAgreed(t *testing.T) {
	for _, q := range mustCandidates(t, `Teachers end strike after pay deal

Kenya's largest teachers' union called off a three-week strike on Friday after a pay deal, union leader Joseph Langat said.

The government also agreed to hire 20,000 intern teachers on permanent contracts by July next year.

Education Secretary Grace Mwangi said the deal would cost 38 billion shillings, and economist Samuel Otieno said it would strain the budget.`) {
		if strings.Contains(q.Prompt, "did the government also agree") && q.Kind == KindWhen {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestTennisPlacesAreNoPlayers: "beginning at Roland Garros" and "in
// Monte Carlo" name a tournament and a town, never players offered
// beside Dániel Varga.
func TestTennisPlacesAreNoPlayers(t *testing.T) {
	an := analyseArticle(t, `Varga wins in Madrid

Hungary's Dániel Varga won his first Masters title on Sunday, beating Álvaro Moreno.

Varga also reached the quarter-finals in Monte Carlo in April.

He now heads to Rome as one of the form players ahead of the French Open, beginning at Roland Garros on May 25.`)
	for _, name := range []string{"Roland Garros", "Monte Carlo"} {
		if id := entByName(an, name); id < 0 || an.ents[id].typ == ePerson {
			t.Errorf("%s: %d", name, id)
		}
	}
}

// TestPresidingJudgeInLowerCase: a sentence-inner "Presiding Judge Lee
// Hyun-joo" is asked as "the presiding judge".
func TestPresidingJudgeInLowerCase(t *testing.T) {
	an := analyseArticle(t, `Former minister jailed

"The defendant betrayed the public," Presiding Judge Lee Hyun-joo said, and Ko Seung-min's lawyer, Kim Tae-woo, said his client would appeal.`)
	for _, r := range personRoles(t, an, "Lee Hyun-joo") {
		if r.text != "presiding judge" {
			t.Errorf("role %q", r.text)
		}
	}
}

// TestStreetCalledPlace: "The original line from Edinburgh Airport to
// York Place opened in 2014" names a street, never a person offered
// beside the councillors.
func TestStreetCalledPlace(t *testing.T) {
	an := analyseArticle(t, `Council backs tram extension

The original line from Edinburgh Airport to York Place opened in 2014, five years late.

Transport convener Fiona McAllister said the new line would open up jobs, and Conservative group leader Graham Dunlop said the cost was too high.`)
	if id := entByName(an, "York Place"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("York Place: %d", id)
	}
}

// TestSpanishPartyNames: "Senator Rodrigo Ibarra of the centre-right
// Partido Acción Nacional" names a party, never a person offered as a
// speaker.
func TestSpanishPartyNames(t *testing.T) {
	an := analyseArticle(t, `Mexican Senate passes judicial reform

Senator Rodrigo Ibarra of the centre-right Partido Acción Nacional said the reform would hand the judiciary to whoever controls the ballot box, and Senate President Adriana Cruz declared the result.`)
	if id := entByName(an, "Partido Acción Nacional"); id < 0 || an.ents[id].typ != eOrg {
		t.Errorf("Partido Acción Nacional: %d", id)
	}
}

// TestStageNameIsNoRole: "as much to Professor Longhair as to anything"
// names a pianist by his stage name; no "Who is Longhair? professor".
func TestStageNameIsNoRole(t *testing.T) {
	for _, q := range mustCandidates(t, `A new jazz room on Frenchmen Street

Pianist Delphine Arceneaux played with bassist Marcus Tillery and drummer Ray Fontenot beside her.

Her opening blues owed as much to Professor Longhair as to anything she learned on tour.

The food, from chef Renata Okafor, was uneven, said co-owner Colette Baptiste.`) {
		if strings.Contains(q.Prompt, "Who is Longhair") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestAuthorOfTheWorkIsNoCastMember: in a review of a Mansfield Park
// series, Jane Austen, named for her novels and heroines, is never
// offered beside the cast and the writer.
func TestAuthorOfTheWorkIsNoCastMember(t *testing.T) {
	for _, q := range mustCandidates(t, `A Mansfield Park that finally takes Fanny seriously

Of Jane Austen's six completed novels, this is the one readers argue about most.

The writer Imogen Castell has built the series around its heroine, and the result is the most confident Austen adaptation in a decade.

Fanny, played by the 23-year-old newcomer Rhiannon Tate, still says very little in company.

As the Crawford siblings, Felix Arden and Sophia Lowe are a delight, and the channel's head of drama, Claire Whitley, said it wanted "an Austen for people who think they don't like Austen".

It takes the least fashionable of Austen's heroines seriously.`) {
		if slices.Contains(q.Options, "Jane Austen") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestShipIsNoPerson: "the migrant rescue ship Aurora Libera" is a
// vessel, never offered beside the judge and the captain.
func TestShipIsNoPerson(t *testing.T) {
	an := analyseArticle(t, `Court frees rescue ship

A court in Sicily on Thursday ordered the release of the migrant rescue ship Aurora Libera, said the charity's director, Katrin Vollmer, and the captain, Javier Olmedo, said the crew would sail within 48 hours.`)
	if id := entByName(an, "Aurora Libera"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Aurora Libera is a person")
	}
}

// TestTownOfAProvince: "a care home in Kingston, Ontario" is Kingston in
// Canada: no Havana or Port-au-Prince beside it.
func TestTownOfAProvince(t *testing.T) {
	for _, q := range mustCandidates(t, `Hockey pioneer Peggy Dunlevy dies at 88

Margaret Dunlevy, who helped build women's hockey in Canada, died on Tuesday at a care home in Kingston, Ontario.

She coached the team that beat the United States 5-2 in the first world championship final, and her daughter, Catherine Ross, said she was still asking about games last week.`) {
		if strings.Contains(q.Prompt, "_____, Ontario") && (slices.Contains(q.Options, "Havana") || slices.Contains(q.Options, "Santo Domingo") || slices.Contains(q.Options, "Port-au-Prince")) {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestOfficesInLowerCase: "Environment and Urbanisation Minister Orhan
// Tekeli" and "Additional Solicitor General Vikram Bhatnagar" are asked
// as "the environment and urbanisation minister" and "the additional
// solicitor general", one office each in lower case.
func TestOfficesInLowerCase(t *testing.T) {
	an := analyseArticle(t, `Quake kills 14 in eastern Turkey

Environment and Urbanisation Minister Orhan Tekeli said 64 buildings had collapsed, and in Delhi, Additional Solicitor General Vikram Bhatnagar spoke for the government.`)
	for name, want := range map[string]string{"Orhan Tekeli": "environment and urbanisation minister", "Vikram Bhatnagar": "additional solicitor general"} {
		for _, r := range personRoles(t, an, name) {
			if r.text != want {
				t.Errorf("%s: role %q, want %q", name, r.text, want)
			}
		}
	}
}

// TestPricedThingsInThePlural: a review's price question agrees with the
// thing priced: "what do the pickled radish cubes cost?", "what does the
// hummus cost?".
func TestPricedThingsInThePlural(t *testing.T) {
	const review = `Lantern House brings Seoul to Leith

The menu at Lantern House, the new Korean café on Quayside Lane, is short and built for sharing.

The pickled radish cubes (£4) are sharp and cold, and the hummus (£6.50) is an odd guest here.

From the grill, the pork belly (£15) is the safe bet, and the fried chicken wings (£9) come glazed in gochujang.

The tofu stew (£12) was gentle, and the rice cakes (£7) were worth the wait.

Not everything lands, but these are small complaints about a kitchen five weeks old.

Lantern House, 8 Quayside Lane, Edinburgh. Open Tuesday to Sunday.`
	want := map[string]string{
		"the pickled radish cubes": "do",
		"the hummus":               "does",
		"the pork belly":           "does",
		"the fried chicken wings":  "do",
		"the tofu stew":            "does",
		"the rice cakes":           "do",
	}
	got := map[string]string{}
	for _, q := range mustCandidates(t, review) {
		p, ok := strings.CutPrefix(q.Prompt, "According to the review, what ")
		if !ok || !strings.HasSuffix(p, " cost?") {
			continue
		}
		do, thing, _ := strings.Cut(strings.TrimSuffix(p, " cost?"), " ")
		got[thing] = do
	}
	for thing, do := range got {
		if w, ok := want[thing]; ok && w != do {
			t.Errorf("what %s %s cost? want %q", do, thing, w)
		}
	}
	if len(got) < 4 {
		t.Errorf("only %d prices asked: %v", len(got), got)
	}
}

// TestPresentVerbBeforeParticiple: in "the pupils receive donated books"
// the verb is "receive"; no question turns "donated" into the verb
// ("Where did the pupils receive donate books…?").
func TestPresentVerbBeforeParticiple(t *testing.T) {
	for _, q := range mustCandidates(t, `Valley memoir wins prize

The memoir by Carys Lewis follows a village school in the Cynon Valley during the winter of 1963.

The snowed-in classroom, the morning when the pupils receive donated books from a charity in Leeds - these are told with warmth.

Lewis, 74, taught at the school for 31 years and now lives in Aberdare.`) {
		if strings.Contains(q.Prompt, "receive donate") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestWorkNamedInAnAside: "Ferry Weather, the fourth album from…" is a
// title, never offered beside the band's members.
func TestWorkNamedInAnAside(t *testing.T) {
	an := analyseArticle(t, `The Gannet Choir trade gloom for warmth on 'Ferry Weather'

About three minutes into Ferry Weather, the fourth album from Moncton's The Gannet Choir, the band lets a song get loud and stay loud.

Singer Odile Breau holds a note until you worry for her, and producer Kenji Arsenault leaves it in.

Ferry Weather is full of small details: a cousin's truck with one headlight, a bingo caller who knows everyone.

"We made quiet records for ten years," Breau said from the band's rehearsal room.

Ferry Weather is out Friday on Harbourside Records.`)
	if id := entByName(an, "Ferry Weather"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Ferry Weather is a person")
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Harbour Lights, the third album from the band", true},
		{"Harbour Lights, her debut novel, sold well", true},
		{"Kenji Arsenault, the album producer, said", false},
		{"Kenji Arsenault, the film's director, said", false},
	} {
		toks := tokenize(tt.text)
		k := slices.IndexFunc(toks, func(x tok) bool { return x.text == "," })
		if got := workAppositive(toks, k+1); got != tt.want {
			t.Errorf("workAppositive(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSchoolGrades: a grade is never past the twelfth, and "kindergarten
// through 12th grade" is not asked: the top grade gives itself away.
func TestSchoolGrades(t *testing.T) {
	grade := func(o string) int {
		o = strings.TrimPrefix(strings.TrimPrefix(o, "an "), "a ")
		if n := ordinalIndex(o); n >= 0 {
			return n + 1
		}
		n, _ := strconv.Atoi(strings.TrimRight(o, "stndrh"))
		return n
	}
	asked := 0
	for _, q := range mustCandidates(t, `Senate passes school phone ban

The state Senate voted 21-12 on Wednesday to ban phones in public schools, sending the bill to the House.

The sponsor, state Sen. Laura Benning, said her survey of 400 teachers found that 11th graders were the most distracted.

In Dayton, the ban will start with 10th graders in August, district officials said.

In Toledo, 11th-grade pupils sat a trial of the ban last spring, the district said.

Benning, a Republican from Lima, said teachers of 10th grade classes had asked for the ban first.

Rep. Carl Moody said his own son, an eleventh grader at Lima Senior High, hid his phone in his sock.`) {
		if strings.Contains(q.Prompt, "through _____ grade") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
		if !strings.Contains(q.Prompt, "_____ grade") {
			continue
		}
		asked++
		for _, o := range q.Options {
			if grade(o) > 12 {
				t.Errorf("%q offers %q", q.Prompt, o)
			}
		}
	}
	if asked < 4 {
		t.Errorf("%d grades asked", asked)
	}
	for _, q := range mustCandidates(t, `Senate passes school phone ban

The state Senate voted 21-12 on Wednesday to ban phones in public schools from kindergarten through 12th grade, sending the bill to the House.

Benning, a Republican from Lima, said the ban would start in August.`) {
		if strings.Contains(q.Prompt, "_____ grade") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestWhereOfAListOfRegions: "hit hardest in Vestland, Rogaland and
// Agder" names three regions; "Where has the strike hit hardest?" keyed
// on the first alone is not asked.
func TestWhereOfAListOfRegions(t *testing.T) {
	for _, q := range mustCandidates(t, `Ferry crews strike in western Norway

Ferry crews at Fjordlinje walked out on Monday after talks in Oslo broke down.

The strike has hit hardest in Vestland, Rogaland and Agder, where island communities depend on the boats.

In Bergen, hospital officials said patients were being flown to Stavanger instead.

Union leader Kari Moen said crews in Haugesund would join on Tuesday.

The company's chief executive, Lars Brekke, spoke to reporters in Trondheim.`) {
		if q.Kind == KindWhere && strings.Contains(q.Prompt, "hit hardest") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestDeedEndsWhereAnotherNameActs: "Lindqvist swung over a corner and
// Haller, unmarked at the back post, headed it in" holds two deeds; no
// question gives both to the one who swung it.
func TestDeedEndsWhereAnotherNameActs(t *testing.T) {
	for _, q := range mustCandidates(t, `Rovers edge Athletic in cup tie

Rovers beat Athletic 2-1 on Saturday to reach the fifth round of the cup.

Nils Lindqvist swung over a corner from the left and Tomas Haller, unmarked at the back post, headed it in.

Athletic's Dean Mowbray equalised from the penalty spot, but Kofi Asare won it late for Rovers.`) {
		if strings.HasPrefix(q.Prompt, "Who ") && strings.Contains(q.Prompt, "headed it in") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestNationalityBeforeAnUnlistedName: "the Slovenian Matej Kranjc" is
// Matej Kranjc, though the lists lack Matej, when "Kranjc" acts alone
// later; "the American Red Cross" keeps its word.
func TestNationalityBeforeAnUnlistedName(t *testing.T) {
	an := analyseArticle(t, `Vanderhoek takes yellow in the Alps

Jasper Vanderhoek won stage 15 on Thursday, 38 seconds ahead of the Slovenian Dusan Kovacic, and the American Red Cross sent a medical team to the finish.

Kovacic kept the polka-dot jersey after taking points on three climbs.`)
	if entByName(an, "Dusan Kovacic") < 0 {
		t.Errorf("no Dusan Kovacic among %v", entNames(an))
	}
	if entByName(an, "Red Cross") >= 0 {
		t.Errorf("the American Red Cross lost its word: %v", entNames(an))
	}
}

// TestWorksQuotedInTheHeadline: a critic's headline that quotes a title
// ('Marta Kowal') makes it a work, never a speaker, though it reads like
// a name; "now streaming on Brightwell" is a service, not a person.
func TestWorksQuotedInTheHeadline(t *testing.T) {
	an := analyseArticle(t, `Lena Park's 'Marta Kowal' is a quiet triumph

Marta Kowal, now streaming on Brightwell, follows a cleaner through one long night in Gdansk.

Marta Kowal is Park's second film and her most personal, and director of photography Owen Maddox keeps the camera still.

There is a moment about ten minutes into Nia Pellow's new hour, Small Graces, now streaming on Brightwell, when she stops mid-joke, looks down at the set list taped to her mug, and says, "No, that one's too sad." The audience roars.

Marta Kowal is streaming now on Brightwell.`)
	for _, name := range []string{"Marta Kowal", "Brightwell"} {
		if id := entByName(an, name); id >= 0 && an.ents[id].typ == ePerson {
			t.Errorf("%s is a person", name)
		}
	}
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"Nia Pellow's 'Quiet Hours' finds big laughs", []string{"Quiet Hours"}},
		{"The Gannet Choir turn it up on \"Ferry Weather\"", []string{"Ferry Weather"}},
		{"Pellow's quiet triumph: 'I wrote it on the M62'", nil},
	} {
		a := &analysis{art: &Article{Title: tt.title}}
		var got []string
		for k := range a.headlineTitles() {
			got = append(got, k)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("headlineTitles(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestOperaPieceIsAReview: a headline that quotes the work and a critic's
// hedge (", if not always polish,") mark a review with no word of fault,
// and then "brought fire … to Rodolfo Vance" names a part, never offered
// beside the cast; a listing's page count does not hide a book review.
func TestOperaPieceIsAReview(t *testing.T) {
	const piece = `A Windswept 'Sea of Lanterns' Finds Its Calm in Turin

TURIN — In the new production that opened at the Teatro Regio on Friday, the director Paolo Sanfelice sets Ilaria Conti's opera in a fishing town in the 1950s.

The baritone Marco Desideri is a weary, tender Captain Orsi, and the conductor Sofia Brambilla keeps the orchestra light.

The soprano Giada Ferrante sang the title role with ease, and the tenor Tomás Ibarra brought fire, if not always polish, to Rodolfo Vance.

"I wanted the sea to be heard before it is seen," Mr. Sanfelice said before the premiere.

"Sea of Lanterns" runs at the Teatro Regio through April 12.`
	an := analyseArticle(t, piece)
	if !an.review {
		t.Errorf("not a review")
	}
	for _, q := range mustCandidates(t, piece) {
		if q.Kind != KindTrueFalse && slices.Contains(q.Options, "Rodolfo Vance") && !strings.Contains(q.Prompt, "Rodolfo Vance") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
	book := analyseArticle(t, `A New Life of the Explorer Who Vanished

Hester Lamb's "The Last Map" (Fenwick & Hale, 480 pages, £28) sets out to rescue a forgotten surveyor, and for long stretches it succeeds.

Lamb, a historian at the University of York, spent nine years on the book and found 190 unpublished letters.`)
	if !book.review {
		t.Errorf("the book piece is not a review")
	}
}

// TestYearOfAnInnerClause: "his wife, a nurse he met on a rescue in 1965"
// dates the meeting; no "In which year is Rowe survived by his wife…?".
func TestYearOfAnInnerClause(t *testing.T) {
	for _, q := range mustCandidates(t, `Mountaineer Alec Rowe dies at 84

Alec Rowe, who made the first winter ascent of the east face of Mount Aspiring, has died at his home in Twizel.

He climbed in Nepal in 1975 and in Peru in 1979.

Rowe is survived by his wife of 57 years, Jean, a teacher he met on a rescue in 1966; and two sons.`) {
		if q.Kind == KindWhen && strings.Contains(q.Prompt, "survived") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestGlacierIsAPlace: "a senior guide in Fox Glacier" names a place, never
// a speaker beside the guides.
func TestGlacierIsAPlace(t *testing.T) {
	an := analyseArticle(t, `Mountaineer Alec Rowe dies at 84

Among those he trained was Mere Tawhiri, now a senior guide in Fox Glacier.

"He was hard on you, but never unkind," Tawhiri said.`)
	if id := entByName(an, "Fox Glacier"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Fox Glacier is a person")
	}
}

// TestLanguagesAreNoPlaces: "dialogue in Jola and Wolof rather than
// French" names languages, never offered as a place of burial.
func TestLanguagesAreNoPlaces(t *testing.T) {
	for _, q := range mustCandidates(t, `Senegalese director Ibrahima Sarr dies at 79

Ibrahima Sarr, whose films of village life won prizes across Africa, died on Friday in Dakar.

His films used long takes, natural light and dialogue in Jola and Wolof rather than French.

He was born in Oussouye, studied in Paris and taught in Ziguinchor.

He was buried on Monday in Oussouye.`) {
		for _, o := range q.Options {
			if o == "Jola" || o == "Wolof" {
				t.Errorf("%q offers %q", q.Prompt, o)
			}
		}
	}
}

// TestFundANameThatSomeoneFounded: "a fund at Tainan Polytechnic that Mr.
// Wu set up in 2014" asks no "In which year did Mr. Wu set up?", and "the
// third of five children" offers no "two".
func TestFundANameThatSomeoneFounded(t *testing.T) {
	for _, q := range mustCandidates(t, `Chip pioneer Wu Ming-te dies at 80

Wu Ming-te, whose packaging designs shaped the island's chip industry, died on Sunday in Hsinchu.

He was born in 1945 in Chiayi.

He was the third of four children of a rice merchant and a teacher.

He joined the company in 1976, retired in 2010 and said in 2012 that he missed the lab.

Donations may be made to a scholarship fund at Tainan Polytechnic that Mr. Wu set up in 2014.`) {
		if q.Kind == KindWhen && strings.HasSuffix(q.Prompt, "set up?") {
			t.Errorf("%q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "third of _____") && (slices.Contains(q.Options, "two") || slices.Contains(q.Options, "one")) {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"a fund at Tainan Polytechnic that Mr. Wu set up", true},
		{"he told Reuters that prices rose", false},
		{"she said on Tuesday that the plant would close", false},
	} {
		toks := tokenize(tt.text)
		k := slices.IndexFunc(toks, func(x tok) bool { return x.low == "that" })
		if got := nameBeforeRelative(toks, k); got != tt.want {
			t.Errorf("nameBeforeRelative(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDartsCheckouts: a checkout is at most 170, so "A 158 checkout"
// never offers 230 or 197.
func TestDartsCheckouts(t *testing.T) {
	asked := 0
	for _, q := range mustCandidates(t, `Nowak wins the darts world title

Pawel Nowak beat Joost de Graaf 7-6 in the final of the darts world championship on Sunday night.

A 158 checkout, taken out with treble 20, treble 20 and double 19, brought the crowd to its feet.

De Graaf had missed five darts at double 16 for the title.

Nowak said he had dreamed of the trophy since he was nine.`) {
		if !strings.Contains(q.Prompt, "_____ checkout") {
			continue
		}
		asked++
		for _, o := range q.Options {
			if n, err := strconv.Atoi(o); err != nil || n > 170 {
				t.Errorf("%q offers %q", q.Prompt, o)
			}
		}
	}
	if asked == 0 {
		t.Errorf("no checkout asked")
	}
}

// TestWhatWasWelcomed: "welcomed the result" asks no "What did … welcome?
// the result": which result, the sentence before says.
func TestWhatWasWelcomed(t *testing.T) {
	for _, q := range mustCandidates(t, `Council backs new stadium by one vote

Cairnford City Council voted 7-6 on Tuesday to build a 25,000-seat stadium on the riverfront.

The state government has pledged $180 million, and the club will pay $40 million.

Local business owner Rosa Marchetti, who runs a bakery near the site, welcomed the result.

Councillor Ian Doyle said the project would cost ratepayers too much, and the mayor, Joan Pike, called the vote historic.

Opponents said the margin was too thin, the club said the stadium would open in 2030, and the council said the riverfront plan would bring 900 jobs.

Doyle said he would ask the state to review the decision.`) {
		if q.Kind == KindWhat && strings.Contains(q.Prompt, "welcome") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestCommodoreIsATitle: "spokesperson Commodore Ana Reyes" names Ana
// Reyes; the naval rank is a title, never part of her name.
func TestCommodoreIsATitle(t *testing.T) {
	an := analyseArticle(t, `Ferry passengers rescued off Tarvik Point

All 212 passengers of the ferry Marisol were brought ashore on Sunday after the vessel lost power in a storm off Tarvik Point.

"The crew did everything right," said Navy spokesperson Commodore Ana Reyes, who led the rescue from a patrol ship.

Reyes said two passengers were treated for hypothermia.`)
	if entByName(an, "Ana Reyes") < 0 {
		t.Errorf("no Ana Reyes among %v", entNames(an))
	}
}

// TestTributeGiverIsNotTheOneMourned: after "the minister, Ruth Kellas,
// paid tribute, calling her 'a gift'", an obituary's "She married…" is
// the singer it mourns, never the minister who spoke of her.
func TestTributeGiverIsNotTheOneMourned(t *testing.T) {
	for _, q := range mustCandidates(t, `Isla Brodie, harpist who carried Gaelic airs to concert halls, dies aged 79

Isla Brodie, the harpist whose recordings brought Gaelic airs to concert halls around the world, has died at the age of 79.

Born in 1946 on the island of Barra, Brodie learned to play on a harp her father built from driftwood.

Her first album, released in 1968, sold more than 200,000 copies.

The arts minister, Ruth Kellas, paid tribute on Thursday, calling her "a gift to every island that ever sang".

She married the piper Angus Rae in 1971; he died in 2015.

She is survived by a son, two daughters and six grandchildren.`) {
		if strings.Contains(q.Prompt, "Kellas") && strings.Contains(q.Prompt, "marr") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
		if strings.Contains(q.Prompt, "Angus Rae") && slices.Contains(q.Options, "Ruth Kellas") && q.Options[q.Answer] == "Ruth Kellas" {
			t.Errorf("%q keyed on the minister", q.Prompt)
		}
	}
}

// TestNoPlaceShapedLikeAField: "a doctorate in Egyptology" and "a
// broadcast from Voice of America" name no town; Voice of America is one
// broadcaster.
func TestNoPlaceShapedLikeAField(t *testing.T) {
	an := analyseArticle(t, `Samira Haddad, who mapped the lost tombs of Saqqara, dies aged 88

Samira Haddad, the archaeologist who mapped the lost tombs of Saqqara, has died in Alexandria at the age of 88.

She studied history in Beirut before moving to Lyon for postgraduate work in Egyptology, and later taught in Cairo.

She first heard of the tombs as a girl on a broadcast from Voice of America, her brother said.`)
	for _, e := range an.ents {
		if e.name == "Egyptology" || e.name == "Voice" {
			t.Errorf("%q is an entity: %v", e.name, entNames(an))
		}
	}
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.typ == ePlace && (m.text == "Egyptology" || m.text == "Voice") {
				t.Errorf("%q is a place", m.text)
			}
		}
	}
	if entByName(an, "Voice of America") < 0 {
		t.Errorf("no Voice of America among %v", entNames(an))
	}
}

// TestRacingTeamsAreNoPeople: "the first for Arden Racing" and
// "Halvorsen Motorsport's Oskar Lindqvist" name teams, never offered
// beside drivers.
func TestRacingTeamsAreNoPeople(t *testing.T) {
	an := analyseArticle(t, `Kessler wins in Baku to close on Moreau

Lukas Kessler won the Azerbaijan Grand Prix on Sunday, the first win for Colbert Racing this season.

Kessler passed Halvorsen Motorsport's Oskar Lindqvist on lap 44 and held on to the flag.

"It was the best race of my life," Kessler said.`)
	for _, name := range []string{"Colbert Racing", "Halvorsen Motorsport"} {
		id := entByName(an, name)
		if id < 0 {
			t.Errorf("no %s among %v", name, entNames(an))
			continue
		}
		if got := an.ents[id].typ; got != eOrg {
			t.Errorf("%s typed %d, want an organisation", name, got)
		}
	}
}

// TestClippedRoleIsNotAsked: "State relief and disaster management
// minister Arun Deka" holds no office called "management minister".
func TestClippedRoleIsNotAsked(t *testing.T) {
	for _, q := range mustCandidates(t, `Floods leave 60,000 in relief camps in Assam

Floods have forced nearly 60,000 people into relief camps across Assam, officials said on Thursday.

State relief and disaster management minister Arun Deka said 300 camps had been opened in nine districts.

Park director Mitali Bora said rangers were guiding rhinos to higher ground in Kaziranga.

Chief Minister Rajen Phukan said the army had been asked to help with rescues.

District commissioner Pallavi Nath said 40 boats were working in Dhemaji.`) {
		for _, o := range append([]string{q.Prompt}, q.Options...) {
			if strings.Contains(o, "management minister") && !strings.Contains(o, "disaster management minister") {
				t.Errorf("%q %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestThePassagePointsBack: "said he had been moved by the passage" asks
// nothing alone: which passage, the sentence before says.
func TestThePassagePointsBack(t *testing.T) {
	for _, q := range mustCandidates(t, `A footballer's memoir that finally lets the dressing room speak

Second Half, the memoir of the former Harbury Town captain Liam Costigan, is a better book than it has any right to be.

Costigan, now 46 and a radio pundit, writes warmly about the Ghanaian winger Kofi Boateng-Ames, whose arrival at Harbury in 2005 changed the club.

Boateng-Ames, reached by phone this week, said he had been moved by the passage.

Costigan said at the book's launch in Leeds on Monday that the chapters about his divorce had been the hardest to write.`) {
		if strings.Contains(q.Prompt, "by the passage") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestGivenNamesPairIsTheOneMourned: "Tó Manuel" quoted in the obituary
// of Tó Manuel Arruda is him, never a second man offered beside him.
func TestGivenNamesPairIsTheOneMourned(t *testing.T) {
	an := analyseArticle(t, `Tó Manuel Arruda, fado guitarist of the Alfama, dies aged 81

Tó Manuel Arruda, the Portuguese guitarist whose playing defined a generation of fado, has died at the age of 81.

Arruda died on Sunday at his home in Lisbon, his family said.

"Tó Manuel played as if the guitar were singing," said the singer Rosa Almeida, who recorded with him for thirty years.

Arruda is survived by two sons.`)
	found := false
	for _, s := range an.sents {
		for _, m := range s.ments {
			if m.text != "Tó Manuel" || m.ent < 0 {
				continue
			}
			found = true
			if got := an.ents[an.liveIDs([]int{m.ent})[0]].name; got != "Tó Manuel Arruda" {
				t.Errorf("\"Tó Manuel\" names %q, want Tó Manuel Arruda", got)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Tó Manuel among %v", entNames(an))
	}
}

// TestIvoryCoastIsCoteDIvoire: "neighbouring Côte d’Ivoire and _____"
// never offers Ivory Coast, the same land by its English name.
func TestIvoryCoastIsCoteDIvoire(t *testing.T) {
	for _, q := range mustCandidates(t, `Ghana raises cocoa price by 18 percent

Ghana's cocoa board on Tuesday raised the price paid to farmers by 18 percent, to 3,540 cedis a bag.

The price gap with neighbouring Côte d’Ivoire and Togo has long pushed farmers near Ghana's borders to sell their beans abroad.

Farmers were paid less last season, traders said.

"Our farmers have been heard," board chairman Kwame Ofori said in Accra.`) {
		if strings.Contains(q.Prompt, "Ivoire and _____") && slices.Contains(q.Options, "Ivory Coast") {
			t.Errorf("%q offers %v", q.Prompt, q.Options)
		}
	}
}

// TestNumberedGameIsNoPlace: "in Game 5" names no town, so no "Game" is
// offered beside Minneapolis.
func TestNumberedGameIsNoPlace(t *testing.T) {
	an := analyseArticle(t, `Nuggets edge Timberwolves to lead series

Denver beat Minnesota 109-106 in Game 5 on Tuesday night, and the Nuggets can close out the series on Thursday in Minneapolis.

A decisive Game 7, if needed, would be played in Denver on Saturday.`)
	for _, s := range an.sents {
		for _, m := range s.ments {
			if m.text == "Game" && m.typ == ePlace {
				t.Errorf("%q is a place in %q", m.text, s.text)
			}
		}
	}
}

// TestContrastPointsBack: "Harwood, though, refused to be moved" and
// "Then Okafor found one" answer the sentence before; alone they say
// nothing a student can check.
func TestContrastPointsBack(t *testing.T) {
	long := false
	for _, q := range mustCandidates(t, `Somerset chase down 287 to beat Worcestershire

Somerset beat Worcestershire by two wickets at Taunton on Friday, chasing down 287 thanks to an unbeaten 124 from opener Daniel Harwood.

Worcestershire seamer Callum Pritchard took four for 68 and had the home side at 152 for six after lunch.

Harwood, though, refused to be moved.

For three quarters Denver could not find a shot at the Ball Arena, where Marcus Okafor scored 34 points.

Then Marcus Okafor found one, and then another, and then a third.

Somerset's head coach, Andrew Maitland, said the innings was one of the best he had seen.

The real reason to visit the Taunton ground, though, is the pavilion's crab curry, served only on match days and limited to 40 bowls a day.`) {
		if strings.Contains(q.Prompt, "though, refused") || strings.Contains(q.Prompt, "found one") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
		long = long || strings.Contains(q.Prompt, "crab curry")
	}
	if !long {
		t.Errorf("nothing asked of the long sentence set against the one before")
	}
}

// TestTheOfficePointsBack: "the office listed more than 130 disputes"
// asks nothing alone: which office, the sentence before says.
func TestTheOfficePointsBack(t *testing.T) {
	for _, q := range mustCandidates(t, `Farmers block road to Peruvian copper mine

Hundreds of farmers have blocked the only road to the Tunaqocha copper mine in Peru for a sixth day.

Peru's ombudsman has tracked such protests for two decades.

In its latest monthly report, the office listed more than 130 active disputes across the country.

"This water is our life," said community president Rosa Quispe Mamani.`) {
		if strings.Contains(strings.ToLower(q.Prompt), "the office listed") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestRugbyNationsIncludeCanada: "Canada will face either England or
// New Zealand" offers rugby nations, Canada among them, never "UK" or
// "Mexico".
func TestRugbyNationsIncludeCanada(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Canada edge France to reach Rugby World Cup final

Canada beat France 24-22 in Saturday's semi-final of the women's Rugby World Cup in Bordeaux, a driving maul from a lineout five metres out giving them the win.

Canada will face either England or New Zealand, who meet in the second semi-final on Sunday, in next Saturday's final.

"We knew France would come hard early," Canada coach Dale Marchetti said.`) {
		if !strings.Contains(q.Prompt, "either England or New Zealand") {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if o == "UK" || o == "Mexico" {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
			}
		}
	}
	if !asked {
		t.Errorf("the final's pairing is not asked")
	}
}

// TestMakersWordsInAReview: in a critic's piece, "…," Ternstedt said at
// the premiere and "…," Aagaard told me when we spoke are the makers'
// words, asked as any quotation is, not the critic's view.
func TestMakersWordsInAReview(t *testing.T) {
	text := `A Danish thriller that waits with the tide

There is a moment early in the first episode of "The Salt Marsh," the new eight-part Danish thriller arriving on Nordvision this week, when Inspector Ragnhild Sørvik stands in the mud flats and simply waits.

"The Salt Marsh," created by the screenwriter Mikkel Aagaard and directed by Liv Ternstedt, does not escape the genre's conventions so much as lean into them.

"I wanted to make something about silence as a kind of violence," Aagaard told me when we spoke by phone from Copenhagen.

Sørvik, played with watchful intelligence by Signe Halvorsen, is sent from Esbjerg to investigate, and Halvorsen is superb.

"The landscape was our main character," Ternstedt said at the series premiere in Aarhus last month.

Not everything works, and the middle episodes sag, but the final two hours are extraordinary.

Four stars out of five.`
	if an := analyseArticle(t, text); !an.review {
		t.Fatalf("not read as a critic's piece")
	}
	got := map[string]bool{}
	for _, q := range mustCandidates(t, text) {
		for _, w := range []string{"silence as a kind of violence", "our main character"} {
			if strings.Contains(q.Prompt, w) {
				got[w] = true
			}
		}
	}
	for _, w := range []string{"silence as a kind of violence", "our main character"} {
		if !got[w] {
			t.Errorf("nothing asked of the words %q", w)
		}
	}
}

// TestAlbumCriticsAdvice: a piece whose critic finds a guest verse
// "feels bolted on" and says the album "could lose ten" minutes is a
// review, and the critic's cut is never asked as a fact.
func TestAlbumCriticsAdvice(t *testing.T) {
	text := `On "Tin Roof Hymns," Kagiso Mahlangu Stops Chasing Hits

For most of the last four years, Kagiso Mahlangu has been the rapper on every playlist in Johannesburg.

His 2020 debut, "Paper Crowns," went platinum on the strength of two club singles.

The new album, released on Friday by the Braamfontein label Ndlovu Sound, was produced largely by the Durban beatmaker Zanele Khumalo.

A guest verse from the Pretoria rapper Thabo Mokoena feels bolted on, as if the label insisted on a single.

At 56 minutes, the album could lose ten without anyone noticing.

"I wanted people to hear the tape hiss," Mahlangu said at the label's offices last week.`
	if an := analyseArticle(t, text); !an.review {
		t.Errorf("not read as a critic's piece")
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "could lose") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestRestaurantCriticsVoice: a restaurant piece is known as a review by
// its advice on what to order and its "weak spots", by the critic's own
// visits, or by what "you notice" first.
func TestRestaurantCriticsVoice(t *testing.T) {
	base := `Georgian restaurant Tamada opens on Grand Street

Tamada opened in April on Grand Street, and the chef, Lela Beridze, cooked for six years in Tbilisi before moving to Brooklyn in 2018.

The wine list is built around amber wines from small cellars in Kakheti, chosen by the general manager, Giorgi Abashidze.
`
	tests := []struct {
		name, extra string
		want        bool
	}{
		{"order and weak spots", "\nStart with the pkhali, balls of minced spinach bound with walnuts.\n\nThere are weak spots, and the dining room is loud.\n", true},
		{"the critic's visits", "\n\"In Georgia nobody eats one thing,\" Ms. Beridze said when I called her after my third visit.\n", true},
		{"what you notice", "\nThe first thing you notice at Tamada is the bread.\n", true},
		{"news", "\nThe restaurant employs 24 people, Ms. Beridze said.\n", false},
	}
	for _, tt := range tests {
		if got := analyseArticle(t, base+tt.extra).review; got != tt.want {
			t.Errorf("%s: review = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestElidedNegation: "Kvevri, which opened in March, doesn't." asks
// nothing: what it does not do, the sentence before says.
func TestElidedNegation(t *testing.T) {
	for _, q := range mustCandidates(t, `Georgian supper club opens on Orchard Street

It would be easy for a new restaurant to rest on its cheese bread. Kvevri, which opened in March on a quiet stretch of Orchard Street, doesn't.

The chef, Nino Gelashvili, cooked for eight years in Tbilisi before moving to Queens in 2017.`) {
		if strings.Contains(q.Prompt, "doesn't") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestPaddyIsPadraig: "Paddy Costello" in the obituary of Pádraig
// Costello is him, never offered beside himself.
func TestPaddyIsPadraig(t *testing.T) {
	for _, q := range mustCandidates(t, `Pádraig Costello, Kilkenny hurling great, dies aged 79

Pádraig Costello, the Kilkenny centre-back who won five All-Ireland titles between 1967 and 1979, has died at the age of 79.

Costello was born in 1946 in the parish of Tullaroan, the youngest of seven children of a dairy farmer.

He won his first All-Ireland medal in 1967, and was named Hurler of the Year in 1972.

"He gave everything to this parish," said Fr Michael Dunphy, the local parish priest.

Kilkenny manager Brian Delaney said every young hurler in the county grows up hearing about Paddy Costello.`) {
		if slices.Contains(q.Options, "Pádraig Costello") && slices.Contains(q.Options, "Paddy Costello") {
			t.Errorf("%q offers him twice: %v", q.Prompt, q.Options)
		}
	}
}

// TestDatelineWithAShortFirstWord: "ST. PAUL, Minn. - " and "EL PASO,
// Texas - " are datelines though their first word is short; "Dr. Ames -
// who…" is not.
func TestDatelineWithAShortFirstWord(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ST. PAUL, Minn. - Erik Lindqvist had not scored in eleven games.", "Erik Lindqvist had not scored in eleven games."},
		{"EL PASO, Texas - The border crossing reopened on Monday morning.", "The border crossing reopened on Monday morning."},
		{"Dr. Ames - who led the trial - said the results were clear.", "Dr. Ames - who led the trial - said the results were clear."},
		{"AT 10 - The clock struck and the doors of the old hall opened.", "AT 10 - The clock struck and the doors of the old hall opened."},
	} {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRaceTimeAfterRunning: "after running 43.49 at the trials" is a
// race time, never offered beside 26.09 or 52.19.
func TestRaceTimeAfterRunning(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Asante wins world 400m title

Kwame Asante of Ghana won the men's 400 metres at the World Championships on Thursday in 43.71 seconds.

Whitfield arrived as the world leader after running 43.49 at the U.S. trials in June.

"I kept telling myself he would come back to me," Asante said.`) {
		if !strings.Contains(q.Prompt, "after running _____") {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if v, err := strconv.ParseFloat(o, 64); err != nil || v < 41 || v > 46 {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
				break
			}
		}
	}
	if !asked {
		t.Errorf("the trials time is not asked")
	}
}

// TestSilverSlowerThanGold: "held on for silver in 43.88" after a win in
// 43.71 offers no time faster than the winner's.
func TestSilverSlowerThanGold(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Asante wins world 400m title

Kwame Asante of Ghana won the men's 400 metres at the World Championships on Thursday in 43.71 seconds.

Whitfield, who had led entering the home straight, tied up badly and held on for silver in 43.88.

"I kept telling myself he would come back to me," Asante said.`) {
		if !strings.Contains(q.Prompt, "silver in _____") {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if v, err := strconv.ParseFloat(o, 64); err != nil || v <= 43.71 {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
				break
			}
		}
	}
	if !asked {
		t.Errorf("the silver time is not asked")
	}
}

// TestPlaceWithDel: "Viña del Mar" is one place, never cut to "Viña".
func TestPlaceWithDel(t *testing.T) {
	an := analyseArticle(t, `Wildfire forces thousands from homes near Valparaíso

A wildfire forced more than 4,000 people from their homes in Valparaíso and Viña del Mar on Tuesday, officials said.

Route 68, which links the port to Santiago, was closed for hours.`)
	if entByName(an, "Viña del Mar") < 0 {
		t.Errorf("no Viña del Mar among %v", entNames(an))
	}
}

// TestItAfterNightfall: "By nightfall, authorities said it had burned
// 1,800 hectares" states nothing alone: the fire is in the sentence
// before.
func TestItAfterNightfall(t *testing.T) {
	for _, q := range mustCandidates(t, `Wildfire forces thousands from homes near Valparaíso

A wildfire tore through hills outside Valparaíso on Tuesday, forcing more than 4,000 people from their homes.

By nightfall, authorities said it had burned roughly 1,800 hectares.

Interior Minister Carolina Riquelme said the government would declare a state of catastrophe.`) {
		if q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "said it had burned") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestThePaperPointsBack: "the paper claimed sales of more than 250,000
// copies a day" asks nothing alone: which paper, the sentence before says.
func TestThePaperPointsBack(t *testing.T) {
	for _, q := range mustCandidates(t, `Adebayo Lawal, Lagos editor who defied the generals, dies aged 81

Adebayo Lawal, the Nigerian editor who turned a struggling weekly into the country's most feared newspaper, has died in Lagos at the age of 81.

By 1979 Lawal had become deputy editor of The Courier, then a weekly with a circulation of barely 20,000.

At its peak in the early 1990s, the paper claimed sales of more than 250,000 copies a day.

"He showed us that the job could be done with courage," said the editor Emeka Nwosu.`) {
		if strings.Contains(strings.ToLower(q.Prompt), "the paper claimed") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestCountedNounIsNoRole: "on 23 minutes winger Tomos Bevan finished"
// makes Bevan a winger, never a "minutes winger".
func TestCountedNounIsNoRole(t *testing.T) {
	an := analyseArticle(t, `Scotland stun Wales in Cardiff

Scotland beat Wales 24-20 at the Principality Stadium on Saturday.

Fly-half Owain Lloyd-Harris kicked two early penalties, and on 23 minutes winger Tomos Bevan finished in the left corner.

"The bench made the difference today," said Scotland head coach Graham Tait.`)
	for _, r := range personRoles(t, an, "Tomos Bevan") {
		if r.lower != "winger" {
			t.Errorf("Tomos Bevan has the role %q, want winger", r.text)
		}
	}
}

// TestCircaDoesNotEndASentence: "(c. 1661)" and "(b. 1941)" stay inside
// their sentence.
func TestCircaDoesNotEndASentence(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{`It happens in front of "Woman Scraping a Pan" (c. 1661), a modest canvas no larger than a tea tray. The next room is brighter.`, 2},
		{`The show opens with a portrait of the painter's son (b. 1648), who later ran the workshop. It closes with a storm.`, 2},
		{`The vote passed in the end by a margin of 5 to c. The count was close.`, 2},
	} {
		if got := splitSentences(tt.in); len(got) != tt.want {
			t.Errorf("splitSentences(%q) = %q, want %d sentences", tt.in, got, tt.want)
		}
	}
}

// TestFigureOfSpeechIsNotDenied: "The decisive third set was a study in
// nerves" is never turned into "was not a study in nerves".
func TestFigureOfSpeechIsNotDenied(t *testing.T) {
	for _, q := range mustCandidates(t, `Varga wins first Wimbledon title

Elena Varga of Hungary won her first Wimbledon title on Saturday, beating Tamsin Holloway 6-4, 3-6, 7-5 on Centre Court.

The decisive third set was a study in nerves.

Varga will rise to third in the world rankings on Monday.`) {
		if strings.Contains(q.Prompt, "was not a study") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestParentsTradesAreNotAsked: "the fourth of seven children of Joseph
// Mwangi, a coffee farmer, and Grace Wanjiru, a primary school teacher"
// asks no "Who is Grace Wanjiru?": a parent's trade is no fact to test.
func TestParentsTradesAreNotAsked(t *testing.T) {
	for _, q := range mustCandidates(t, `Njoki Mwangi, scientist who fought for Kenya's lakes, dies at 74

Njoki Mwangi, the Kenyan hydrologist whose work on Lake Naivasha changed the country's water law, has died in Nairobi at the age of 74.

Mwangi was born in 1951 near Nyeri, the fourth of seven children of Joseph Mwangi, a coffee farmer, and Grace Wanjiru, a primary school teacher.

She founded the Rift Lakes Monitoring Programme in 1984 and taught at the University of Nairobi until 2016.

"She was attacked, she was ignored, and she was proved right," said Amina Yusuf, a professor of environmental science at Kenyatta University.

Her husband, Peter Kariuki, an economist, died in 2011.`) {
		if q.Kind != KindRole {
			continue
		}
		for _, w := range []string{"Joseph Mwangi", "Grace Wanjiru", "coffee farmer", "primary school teacher"} {
			if strings.Contains(q.Prompt, w) || q.Options[q.Answer] == w {
				t.Errorf("%q keyed %q", q.Prompt, q.Options[q.Answer])
			}
		}
	}
}

// TestTownInARegionKeepsToTheArticle: "a fire department in Sherbrooke,
// Nova Scotia" offers no Toronto: a town in a named region is offered
// only beside the article's own towns.
func TestTownInARegionKeepsToTheArticle(t *testing.T) {
	for _, q := range mustCandidates(t, `Marjorie Leclair, Nova Scotia folk singer, dies at 81

Marjorie Leclair, the Nova Scotia folk singer whose songs told of fishing villages, has died in Halifax at the age of 81.

She was born in 1944 in the village of Port Bickerton and left school at 16.

Her break came in 1967, when she sang at a centennial celebration in Halifax, and she later refused offers to move to Toronto or New York.

She gave her final concert in September 2022 at a benefit for a volunteer fire department in Sherbrooke, Nova Scotia.

She is survived by a son, Daniel.`) {
		if strings.Contains(q.Prompt, "_____, Nova Scotia") {
			for _, o := range q.Options {
				if o == "Toronto" || o == "New York" {
					t.Errorf("%q offers %v", q.Prompt, q.Options)
					break
				}
			}
		}
	}
}

// TestTwoWordNickname: "Ernesto "Tatay Esting" Lumapas" is one name, and
// its surname is never blanked alone after the nickname.
func TestTwoWordNickname(t *testing.T) {
	text := `Rodel Villaflor, Filipino featherweight champion, dies at 72

Rodel Villaflor, the Filipino boxer who won a world featherweight title in 1978, has died in Cebu City at the age of 72.

He was spotted at the age of fifteen by a local trainer, Ernesto "Tatay Esting" Lumapas, who ran an open-air gym behind a cockpit arena.

"He would shout at us until we cried, then he would buy us all rice and fish," said Jerome Abellana, a former amateur champion.

Boxing historian Leonardo Cabanero said Villaflor had a unique place in Filipino boxing.`
	if an := analyseArticle(t, text); entByName(an, "Ernesto Lumapas") < 0 {
		t.Errorf("no Ernesto Lumapas among %v", entNames(an))
	}
	for _, q := range mustCandidates(t, text) {
		if strings.Contains(q.Prompt, "Esting\" _____") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestPublisherWithAmpersand: "Publisher Harrow & Lyle has announced…"
// names a firm, never offered beside the novelist and her translator.
func TestPublisherWithAmpersand(t *testing.T) {
	an := analyseArticle(t, `A Japanese fishing town, emptied and remembered

Haruka Minegishi's fourth novel, translated by Eleanor Voss, is set in a fishing town on the Sea of Japan coast.

Voss said the hardest challenge was the fishermen's dialect.

Publisher Harrow & Lyle has announced that Voss is already at work on Minegishi's earlier novel, due next year.`)
	id := entByName(an, "Harrow & Lyle")
	if id < 0 {
		t.Fatalf("no Harrow & Lyle among %v", entNames(an))
	}
	if got := an.ents[id].typ; got != eOrg {
		t.Errorf("Harrow & Lyle typed %d, want an organisation", got)
	}
}

// TestRealIsAClub: "sent Real Valdoria into the final" names a club,
// never a person asked "Who was fortunate not to fall behind?".
func TestRealIsAClub(t *testing.T) {
	an := analyseArticle(t, `Late Duarte header sends Real Valdoria into the final

A towering header from Rafael Duarte four minutes from time sent Real Valdoria into the Champions League final on Wednesday night, breaking the resistance of a spirited Lindenau side.

Valdoria, who had looked sluggish and disjointed, were fortunate not to fall further behind before the break.

Valdoria coach Emilio Sandoval replaced the winger Tomás Ibarra with the 19-year-old Nico Ferrán, and the change transformed the game.

Then, in the 86th minute, Valdoria won a corner on the left.

"We played the first half exactly how we wanted," Lindenau coach Markus Pfeiffer said.`)
	id := entByName(an, "Real Valdoria")
	if id < 0 {
		t.Fatalf("no Real Valdoria among %v", entNames(an))
	}
	if got := an.ents[id].typ; got == ePerson {
		t.Errorf("Real Valdoria is a person")
	}
}

// TestBornNameIsTheOneMourned: "Born Umberto Conti…, he grew up" in the
// obituary of Bert Conti, after his daughter Rosa Conti and a friend
// spoke, is Bert Conti: the line of birth is the one it mourns.
func TestBornNameIsTheOneMourned(t *testing.T) {
	for _, q := range mustCandidates(t, `Bert Conti, surfer who rode the south coast's reefs, dies at 79

Bert Conti, the Australian surfer who opened up the south coast's reef breaks, has died at his home in Kiama at the age of 79.

"Dad always said he wanted to go out on an offshore wind," his daughter, Rosa Conti, said.

"People forget there were no leashes," said his friend Ray Coughlan, 80.

Born Umberto Conti in Wollongong in 1946 to Italian migrant parents, he grew up above his father's fruit shop.

He was awarded the Medal of the Order of Australia in 2014.`) {
		if strings.Contains(q.Prompt, "Italian migrant parents") && (strings.Contains(q.Prompt, "Ray Coughlan grew") || strings.Contains(q.Prompt, "Rosa Conti grew")) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestShortNameOfAnAudioFirm: "Hollow Creek says" after "a podcast from
// Hollow Creek Audio" is the firm, never a person offered beside the
// host and the detective.
func TestShortNameOfAnAudioFirm(t *testing.T) {
	an := analyseArticle(t, `A cold case, told with patience

"The Lantern Road," the new eight-part podcast from Hollow Creek Audio, follows the disappearance of Carol Venn in 1987.

Over eight episodes, host Miriam Tullock speaks to Carol's brothers and to retired sergeant Colin Hardacre.

The final episode closes with a development that Hollow Creek says has since been passed to the county's review unit.`)
	for _, s := range an.sents {
		for _, m := range s.ments {
			if m.text == "Hollow Creek" && (m.ent < 0 || an.ents[m.ent].name != "Hollow Creek Audio") {
				t.Errorf("Hollow Creek is %d, not Hollow Creek Audio", m.ent)
			}
		}
	}
}

// TestYearsMarriedBoundedByAge: "his wife of 49 years" in the obituary
// of a man who died at 79 offers no 69 or 81: no one is married longer
// than they have been grown up.
func TestYearsMarriedBoundedByAge(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Len Marchetti, surfer who rode the south coast's reefs, dies aged 79

Len Marchetti, the Australian surfer who opened up the south coast's reef breaks, has died at his home in Kiama at the age of 79.

He was awarded the Medal of the Order of Australia in 2014.

He is survived by his wife of 49 years, Annie, their children Tessa and Marco, and five grandchildren.`) {
		if !strings.Contains(q.Prompt, "wife of _____ years") {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if v, err := strconv.Atoi(o); err != nil || v > 63 {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
				break
			}
		}
	}
	if !asked {
		t.Errorf("the years married are not asked")
	}
}

// TestAgeClosingASentence: "said his friend Ray Coughlan, 80." gives an
// age, never asked.
func TestAgeClosingASentence(t *testing.T) {
	for _, q := range mustCandidates(t, `Len Marchetti, surfer who rode the south coast's reefs, dies aged 79

Len Marchetti, the Australian surfer who opened up the south coast's reef breaks, has died at his home in Kiama.

"People forget there were no leashes, no jet skis, no safety crews," said fellow surfer and longtime friend Ray Coughlan, 80.

He was awarded the Medal of the Order of Australia in 2014.`) {
		if strings.Contains(q.Prompt, "Coughlan, _____") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestTributeSpeakerIsNotTheNextHe: in an obituary, "He was awarded…"
// after ""…," said his friend Ray Coughlan" is the one it mourns.
func TestTributeSpeakerIsNotTheNextHe(t *testing.T) {
	for _, q := range mustCandidates(t, `Len Marchetti, surfer who rode the south coast's reefs, dies aged 79

Len Marchetti, the Australian surfer who opened up the south coast's reef breaks, has died at his home in Kiama.

He surfed a slab of reef off Bombo Headland in 1972 on a board he had shaped himself.

"People forget there were no leashes, no jet skis, no safety crews," said his longtime friend Ray Coughlan.

He was awarded the Medal of the Order of Australia in 2014 for services to surfing.`) {
		if strings.Contains(q.Prompt, "Coughlan was awarded") || strings.Contains(q.Prompt, "awarded") && q.Kind == KindWho && q.Options[q.Answer] == "Ray Coughlan" {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestQuartetPiece: "Op. 133" ends no sentence; "de Groot said" blanks
// no "de _____"; "Second violinist Petra Aaland" is a second violinist.
func TestQuartetPiece(t *testing.T) {
	if got := splitSentences(`The Grosse Fuge, Op. 133, closes the B-flat Quartet, Op. 130. The recording is superb.`); len(got) != 2 {
		t.Errorf("split into %q", got)
	}
	an := analyseArticle(t, `De Groot takes the pink jersey

Luca Moretti won the 15th stage of the Giro d'Italia on Saturday, and Sander de Groot took the overall lead.

"It's a strange feeling," de Groot said after pulling on the jersey on the podium.

Second violinist Petra Aaland and violist Jonas Ferreira joined the team's celebration in the town square.`)
	if id := entByName(an, "Petra Aaland"); id < 0 || len(an.ents[id].roles) == 0 || an.ents[id].roles[0].text != "second violinist" {
		t.Errorf("Petra Aaland's roles: %v", entNames(an))
	}
	wantNoBlank(t, an, "Groot", "Sander de Groot", "blanks Groot after its particle")
}

// TestNearlyAverageScore: "the scoring average for the day was nearly
// 74" moves by a few strokes, never to 104 or 111.
func TestNearlyAverageScore(t *testing.T) {
	asked := false
	for _, q := range mustCandidates(t, `Ruiz wins the Open by two shots

Tomás Ruiz closed with a one-under-par 70 on Sunday to win the Open Championship by two shots.

Only eight players in the field broke par, and the scoring average for the day was nearly 74.

"One bad swing," Grant Holloway said afterwards.`) {
		if !strings.Contains(q.Prompt, "nearly _____") {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if v, err := strconv.Atoi(o); err != nil || v < 64 || v > 84 {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
				break
			}
		}
	}
	if !asked {
		t.Errorf("the scoring average is not asked")
	}
}

// TestBritishAgenciesStayInBritain: "the Civil Aviation Authority
// suspended flights at Chattogram" offers no Met Office or Food
// Standards Agency in a story set in Bangladesh.
func TestBritishAgenciesStayInBritain(t *testing.T) {
	for _, q := range mustCandidates(t, `Bangladesh evacuates coast as cyclone nears

Bangladesh opened more than 4,200 cyclone shelters in 13 coastal districts on Saturday as a severe cyclone approached Chattogram and Barishal.

Fishing boats were ordered back to harbour, and the Civil Aviation Authority suspended flights at Chattogram's Shah Amanat International Airport from Sunday morning.

"We are treating this as a very severe cyclone," said Farhana Chowdhury, a senior official in Dhaka.`) {
		for _, o := range q.Options {
			if o == "Met Office" || o == "Food Standards Agency" || o == "Environment Agency" {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
				break
			}
		}
	}
}

// TestExhibitionCriticsVoice: an exhibition piece whose critic says a
// room "feels like a detour" and "I found it honest" is a review; "The
// first gallery makes that point bluntly" asks nothing alone.
func TestExhibitionCriticsVoice(t *testing.T) {
	text := `In Copenhagen, a quiet show makes its case

"Soft Infrastructure," which runs until the end of February, gathers about 140 objects made since 2015 in the Nordic countries.

The first gallery makes that point bluntly.

A room devoted to speculative materials feels like a detour into press-release design.

The exhibition design, by the Copenhagen firm Atelier Brandt, is restrained to the point of austerity, with raw plywood partitions. Some may find it unfinished; I found it honest.

"We wanted to stop treating design as a luxury good," said Ingrid Halvorsen-Lund, the curator.`
	if an := analyseArticle(t, text); !an.review {
		t.Errorf("not read as a critic's piece")
	}
	for _, q := range mustCandidates(t, `Leeds council to close three libraries

Leeds City Council will close three branch libraries next year to save £2 million, officials said on Monday.

Council leader Ann Weaver said the cuts were forced by a fall in government funding.

Weaver made that point again at a meeting in Bradford on Tuesday, attended by 300 people.

"We have no choice," she said.`) {
		if strings.Contains(q.Prompt, "that point") {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestNamesAndRolesRound32: "Minister of Tourism and Antiquities Hisham
// El-Sayed" is Hisham El-Sayed; "on Queen Street West" is a street, not
// a person called Street West.
func TestNamesAndRolesRound32(t *testing.T) {
	an := analyseArticle(t, `Egypt opens Delta museum

The museum was inaugurated by Minister of Tourism and Antiquities Hisham El-Sayed at a ceremony in Tanta on Sunday.

Little Hoi An opened in late March in a narrow storefront on Queen Street West in Toronto.

Sheep farmer Bill Rutherford said he had moved his flock to a bare paddock near his dam.

"It was a long day," El-Sayed said.`)
	if entByName(an, "Hisham El-Sayed") < 0 {
		t.Errorf("no Hisham El-Sayed among %v", entNames(an))
	}
	if id := entByName(an, "Street West"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Street West is a person")
	}
}

// TestThatOfferPointsBack: "The union has rejected that offer as
// insufficient" asks nothing alone: which offer, the sentence before says.
func TestThatOfferPointsBack(t *testing.T) {
	for _, q := range mustCandidates(t, `Rail workers strike in Asturias

Train drivers in Asturias and Cantabria began a three-day strike on Monday over staffing shortages.

The rail company has offered to hire 120 new drivers next year.

The union has rejected that offer as insufficient, arguing that at least 300 new drivers are needed.

"We are striking for the passengers," said Marta Iglesias, the union's general secretary.`) {
		if strings.Contains(q.Prompt, "that offer") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestVerbBeforeARole: "We meet Sheriff's Deputy Ray Kostelnik" gives
// him no role of "meet Sheriff's deputy".
func TestVerbBeforeARole(t *testing.T) {
	an := analyseArticle(t, `A true-crime series that refuses to hurry

The six-part series follows the disappearance of Della Marchetti from Harlow Bend in 1994.

We meet Sheriff's Deputy Ray Kostelnik, now retired, who admits the early days of the investigation were a mess.

"I didn't want to make a puzzle box," director Nadia Okonkwo said.`)
	for _, r := range personRoles(t, an, "Ray Kostelnik") {
		if strings.HasPrefix(r.lower, "meet") {
			t.Errorf("Ray Kostelnik's role %q", r.text)
		}
	}
}

// TestSecondBallsIsAPhrase: "began to dominate the second balls" blanks
// no "the _____ balls": the phrase is football's, no rank.
func TestSecondBallsIsAPhrase(t *testing.T) {
	for _, q := range mustCandidates(t, `Okafor header keeps City's title hopes alive

Substitute Chioma Okafor headed an 88th-minute winner as Northbridge City beat Ashford Rovers 2-1 on Sunday.

Ashford grew into the contest, and their midfield pairing of Niamh Costello and Beatriz Almeida began to dominate the second balls as the rain intensified.

"We needed that," City manager Rachel Dunmore said.`) {
		if strings.Contains(q.Prompt, "_____ balls") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestBiographyCriticsVoice: a biography's critic who finds "the
// strongest chapters" and a book that "runs about eighty pages too long"
// writes a review; "the train shed at Carlisle Northgate" stood at a
// place, no one called Carlisle.
func TestBiographyCriticsVoice(t *testing.T) {
	text := `A new life of Josiah Brandreth finds the man beneath the girders

For most of the past century, Josiah Brandreth has been remembered as a name stamped on the great train shed at Carlisle Northgate, demolished in 1964.

Eleanor Hatchard, a historian at the University of Leicester, spent nine years on the project.

The strongest chapters cover the building of the Tamworth Viaduct between 1846 and 1851.

It runs about eighty pages too long, but it is the first biography to take its subject seriously.

"I expected a titan, and what I found was a worrier," Hatchard said in an interview.`
	an := analyseArticle(t, text)
	if !an.review {
		t.Errorf("not read as a critic's piece")
	}
	if id := entByName(an, "Carlisle Northgate"); id >= 0 && an.ents[id].typ == ePerson {
		t.Errorf("Carlisle Northgate is a person")
	}
}

// TestHalfPhraseIsNoDistractor: "took a tight first set" offers no "the
// tight" beside "the tie".
func TestHalfPhraseIsNoDistractor(t *testing.T) {
	for _, q := range mustCandidates(t, `Hagenbach seals Austria's comeback as Colombia fall short in Bogotá Davis Cup thriller

Austria came from two rubbers down to beat Colombia 3-2 in their Davis Cup qualifying tie in Bogotá on Sunday, with the 22-year-old Felix Hagenbach holding his nerve in a deciding fifth rubber that stretched past three and a half hours.

Hagenbach, ranked 94th in the world, beat Colombia's Julián Arboleda 6-7 (5), 7-6 (4), 7-5 on the outdoor clay of the Centro de Alto Rendimiento, silencing a capacity crowd of around 4,000 who had spent most of the weekend believing a home victory was within reach.

"I have never played in an atmosphere like this in my life," Hagenbach said afterwards, his voice hoarse. "Every point felt like a match point. At 5-5 in the third I told myself: just keep the ball in the court and let him decide. Somehow it worked."

Colombia had made a perfect start on Saturday. Arboleda, playing in front of his family, beat Austria's number one Markus Steinlechner 6-4, 3-6, 6-3, using the thin air at 2,600 metres to hit through the visitors' heavy topspin. In the second rubber, the veteran left-hander Camilo Restrepo, 33, outlasted Hagenbach 7-5, 6-7 (3), 6-4 in a contest that ended in near darkness.

The mood in the Austrian camp that evening was grim, according to captain Thomas Wallnöfer. "We had a quiet dinner and not many words," he said. "But I reminded the boys that a tie is five matches, not two. Colombia had to win one more, and we had nothing to lose."

The turnaround began in Sunday morning's doubles. Steinlechner and the doubles specialist Philipp Auer saved three break points in the opening set before beating Restrepo and Nicolás Cuartas 7-6 (6), 6-4. Auer, 31, was outstanding at the net, putting away volleys that drew grudging applause even from the home supporters.

Steinlechner then levelled the tie by defeating Restrepo 6-3, 6-2 in the first reverse singles. The Colombian, who had played nearly six hours of tennis in two days, appeared to be struggling physically and called for the trainer to treat a thigh problem early in the second set.

"My body said no today," Restrepo said. "I gave everything yesterday and in the doubles. I am proud of the team, but it hurts. We were so close."

That left the decisive rubber between the two youngest players in either squad. Arboleda, 20, took a tight first set on a tie-break after saving a set point with a drop shot that died on the clay, prompting a roar that delayed play for more than a minute.

Hagenbach broke early in the second set but was pegged back immediately and needed a tie-break of his own to force a decider. In the third, the Austrian survived two break points at 4-4, one of them on a net cord that dribbled over onto Arboleda's side, before breaking in the 11th game with a backhand pass down the line. He served out to love, falling onto his back on the baseline as his teammates sprinted onto the court.

Colombia's captain, Hernán Zuluaga, praised his players and refused to blame the net cord. "Tennis is like this. Sometimes the ball is your friend and sometimes it is not," he said. "Julián showed today that he can be a great player for this country for the next ten years. I am sad for him, but I am not worried about him."

Arboleda, fighting back tears in the press conference, said the experience would make him stronger. "I will remember the noise of the people for the rest of my life," he said. "Next time I want to give them the victory."

The win sends Austria through to the Davis Cup Finals group stage in September, where they will be among the lower-ranked nations. Colombia drop into World Group I, where they will play again later in the year.

Wallnöfer said he expected little celebration before the team flew home on Monday. "Maybe one beer," he said. "Then we go to sleep. These boys have earned it."`) {
		for _, o := range q.Options {
			if o == "the tight" {
				t.Errorf("%q offers %v", q.Prompt, q.Options)
			}
		}
	}
}

// TestHeAfterADescribedSubject: after "The Sierra Pro rider began the day
// 2:47 ahead of Vandermeulen", "He finished 14th" is the rider, never
// Vandermeulen, the stage's winner.
func TestHeAfterADescribedSubject(t *testing.T) {
	for _, q := range mustCandidates(t, `Vandermeulen wins the Tour's time trial

Belgian rider Thijs Vandermeulen won the Tour de France's only individual time trial on Wednesday, beating Lucas Perrichon by 38 seconds.

The biggest talking point was the race leader, Colombian climber Andrés Villalba.

The Sierra Pro rider began the day with a lead of two minutes and 47 seconds over Vandermeulen.

He finished 14th, two minutes and three seconds slower than the stage winner.

"It was a hard day, but I am still in yellow," Villalba said.`) {
		if strings.Contains(q.Prompt, "Vandermeulen finished 14th") || strings.Contains(q.Prompt, "finished 14th") && q.Kind == KindWho && q.Options[q.Answer] == "Thijs Vandermeulen" {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestTownInAPrefecture: "near the city of Tanabe in Wakayama
// Prefecture" offers no Tokyo, nor Manchester, where a stranded tourist
// lives: only the article's towns of the region.
func TestTownInAPrefecture(t *testing.T) {
	for _, q := range mustCandidates(t, `Typhoon halts bullet trains across western Japan

Typhoon No. 11 slammed into western Japan on Thursday with winds of up to 180 kilometres per hour.

The storm, which made landfall near the city of Tanabe in Wakayama Prefecture shortly before dawn, moved north-east across the Kii Peninsula through the morning.

Central Japan Railway suspended all services between Tokyo and Shin-Osaka, and more than 600 flights were cancelled at Kansai and Nagoya.

In Kumano, rivers burst their banks, and officials in Nagoya opened 40 shelters.

Claire Fenwick, a teacher from Manchester travelling with her two children, said the family had planned to visit Hiroshima.`) {
		if strings.Contains(q.Prompt, "city of _____") && (slices.Contains(q.Options, "Manchester") || slices.Contains(q.Options, "Tokyo")) {
			t.Errorf("%q offers %v", q.Prompt, q.Options)
		}
	}
}

// TestRound34Names: "Gordie Lachance" is Gordon Joseph Lachance in his
// obituary; "twelve phases scrum-half Daniel Pouono" is a scrum-half;
// "two Morishima penalties" blanks no name used as a modifier.
func TestRound34Names(t *testing.T) {
	an := analyseArticle(t, `Gordie Lachance, goaltender of the 1970s, dies at 78

Gordie Lachance, the wiry goaltender whose diving saves made him a star in the 1970s, died on Tuesday at his home in Sudbury.

Gordon Joseph Lachance was born on March 9, 1947, in Capreol, a railway town north of Sudbury.

"Gordie was doing things in 1972 that people didn't have a name for," said Ray Dufresne, a former teammate.`)
	a, b := entByName(an, "Gordie Lachance"), entByName(an, "Gordon Joseph Lachance")
	if a < 0 || b >= 0 && an.ents[b].alias != a && an.ents[a].alias != b {
		t.Errorf("Gordie Lachance %d and Gordon Joseph Lachance %d are two men", a, b)
	}
	an = analyseArticle(t, `Samoa hold on against Japan

Samoa beat Japan 27-24 in their Rugby World Cup pool match on Saturday.

Samoa went through twelve phases scrum-half Daniel Pouono directing play before lock Pita Afamasaga crashed over.

Japan responded with two Morishima penalties, but Samoa extended their lead before the break.`)
	if id := entByName(an, "Daniel Pouono"); id >= 0 {
		for _, r := range an.ents[id].roles {
			if strings.HasPrefix(r.lower, "phases") {
				t.Errorf("Daniel Pouono's role %q", r.text)
			}
		}
	}
	wantNoBlank(t, an, "Morishima", "Kenta Morishima", "blanks a name counted as a modifier")
}

// TestHandballClubs: "HC Nordvik" and "SG Rheintal" open on a club's
// letters, so neither is a person.
func TestHandballClubs(t *testing.T) {
	an := analyseArticle(t, `Nordvik Stun Rheintal in Overtime to Claim First Handball Champions League Title

HC Nordvik completed one of the most improbable runs in recent European handball on Sunday, beating the defending champions SG Rheintal 34-33 after extra time to win the EHF Champions League final in front of a sold-out crowd of 19,500.

The Norwegian club, which was playing in its first final and had been given little chance by bookmakers, overturned a four-goal deficit in the final ten minutes of regulation before Danish left back Mikkel Aagaard scored the winner with eleven seconds remaining in the second period of extra time.

"I don't think I've understood it yet," Aagaard said, still wearing his winner's medal over a soaked jersey. "When we were down four, I looked at the bench and nobody was panicking. The coach just held up his hand and said, 'One at a time.' So we did it one at a time."

Rheintal, the German side chasing back-to-back titles, controlled much of the match. Led by French centre back Julien Marchetti, who finished with nine goals, they opened a 17-13 lead at half-time and stretched it to 27-23 with just under ten minutes left. Their goalkeeper, the Croatian veteran Ante Kovačić, made fourteen saves and at one stage stopped three consecutive Nordvik shots from the wing.

But Nordvik head coach Eirik Solheim switched to a more aggressive 5-1 defence late in the second half, pushing Icelandic playmaker Gunnar Sveinsson high to disrupt Marchetti. The change produced two quick turnovers and a pair of fast-break goals from right wing Tobias Lund, and the momentum shifted sharply.

"We had watched Rheintal for weeks, and we knew that if we took away the middle they would have to go wide," Solheim said. "It was a risk, because if it fails you give up easy goals. But at that point, what did we have to lose?"

Lund levelled the score at 29-29 with 40 seconds remaining, and Nordvik goalkeeper Henrik Bakke saved a Marchetti shot from nine metres on the final play of regulation to force extra time.

The additional twenty minutes were tense and frequently scrappy. Both teams had players sent off for two-minute suspensions, and Rheintal pivot Lukas Brenner was shown a red card for a third suspension early in the second period, leaving the German side without one of their key defenders. Marchetti scored twice in the final three minutes to keep Rheintal level at 33-33, but Aagaard's long-range shot beat Kovačić low to the far post to settle it.

Rheintal coach Stefan Haberl was gracious in defeat but clearly frustrated by his side's collapse. "For fifty minutes we played the handball we wanted to play," he said. "Then we stopped moving the ball, we started to force it, and against a team with that much belief, you get punished. Credit to them. They deserved it in the end."

Lund was named the final's most valuable player after scoring eight goals from eight attempts. Aagaard added seven, and Bakke finished with sixteen saves, including two penalties.

The victory caps a remarkable rise for Nordvik, a club from a coastal town of fewer than 30,000 people that was playing in Norway's second tier as recently as 2016. The club operates on a budget estimated at less than a third of Rheintal's, and much of its squad was assembled from players overlooked by larger European sides.

"People in our town will not sleep tonight," said club chairman Arne Halvorsen, who travelled with about 2,000 Nordvik supporters to the final. "We are a small place with a small hall and a big dream. Today the dream was bigger than the budget."

In the third-place match earlier on Sunday, the Hungarian club Veszprémi Sólyom beat Spain's CB Levante Costa 31-28.

Nordvik will return home on Monday, where a public celebration is planned in the town's harbour square.`)
	for _, name := range []string{"HC Nordvik", "SG Rheintal"} {
		if id := entByName(an, name); id < 0 || an.ents[id].typ == ePerson {
			t.Errorf("%s: %d, a person or missing among %v", name, id, entNames(an))
		}
	}
}

// TestRound34Obituary: "Rashida Khanam was born…" in the obituary of
// Rashida Khanam Chowdhury is her; "lofted the next ball for six" asks
// no count.
func TestRound34Obituary(t *testing.T) {
	an := analyseArticle(t, `Rashida Khanam Chowdhury, poet of Bangladesh's floodplains, dies at 82

Rashida Khanam Chowdhury, whose poems about the floodplains of southern Bangladesh made her one of the country's best-loved writers, died on Tuesday in Dhaka.

Rashida Khanam was born on March 4, 1943, in a village outside Barisal, the third of six children of a schoolteacher.

"She wrote in the language of the kitchen and the riverbank," said Farhana Islam, a professor at the University of Dhaka.`)
	a, b := entByName(an, "Rashida Khanam Chowdhury"), entByName(an, "Rashida Khanam")
	if a < 0 || b >= 0 && b != a && an.ents[b].alias != a {
		t.Errorf("Rashida Khanam %d is not Rashida Khanam Chowdhury %d", b, a)
	}
	for _, q := range mustCandidates(t, `India close in on series win at Newlands

India moved within sight of a Test series victory in South Africa on Saturday.

Rishabh Pant lofted the next ball from Thando Mkhize over long-off for six and proceeded to dismantle the attack.

Pant reached his hundred off just 98 balls, and Kuldeep Yadav took three wickets late in the day.`) {
		if strings.Contains(q.Prompt, "for _____ and") {
			t.Errorf("%q %v", q.Prompt, q.Options)
		}
	}
}

// TestRelativeClauseCutBeforeItsVerb: "…earlier in the day, where around
// 150 people, including union members, gathered to oppose…" is never cut
// to "where around _____ people.".
func TestRelativeClauseCutBeforeItsVerb(t *testing.T) {
	for _, q := range mustCandidates(t, `Kinmore council approves 7.5 per cent tax rise

Councillors in Kinmore approved a 7.5 per cent rise in council tax on Thursday as part of a £412 million budget.

The vote followed a protest outside the council headquarters earlier in the day, where around 150 people, including trade union members and parents, gathered to oppose proposed cuts to school transport.

Council leader Fiona MacAulay said no responsible administration could balance the books without asking residents to pay more.`) {
		if strings.HasSuffix(q.Prompt, "people.") {
			t.Errorf("%q", q.Prompt)
		}
	}
	for _, tt := range []struct {
		p    string
		want bool
	}{
		{"The vote followed a protest, where around _____ people.", true},
		{"She moved to Leeds, where she opened a bakery in _____.", false},
		{"The team beat Ashford, who had won _____ games in a row.", false},
	} {
		if got := verblessRelativeEnd(tt.p); got != tt.want {
			t.Errorf("verblessRelativeEnd(%q) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

// wantNoBlank fails when any mention written text could be blanked
// with answer as its key; why says what such a blank would get wrong.
func wantNoBlank(t *testing.T, an *analysis, text, answer, why string) {
	t.Helper()
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			if m := &s.ments[mi]; m.text == text && goodBlank(s, m, "", answer) {
				t.Errorf("%q: %s", s.text, why)
			}
		}
	}
}
