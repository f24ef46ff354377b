package quiz

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// These tests come from the twenty-fifth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestListingMarksReview: a critic's piece need not say "review" in its
// headline; the practical line it ends with (where and until when, what
// tickets cost, where the programme is repeated) or marks under labels
// show it is one, so its verdicts are not stated as facts. A news story
// that mentions tickets is no review.
func TestListingMarksReview(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"exhibition", `Rust and tide: a painter returns to the Tay

The opening room is deceptively quiet.

Marta Lindqvist grew up in Dundee and trained in Aberdeen before moving to Bergen in 2015.

Harbour Lines is at the Seagate Gallery, Dundee, until 3 May.`, true},
		{"concert", `An orchestra finds its nerve under a young conductor

The opening room of the symphony is deceptively quiet.

Marta Lindqvist conducted the orchestra in Perth on Thursday in her first concert with it.

The programme is repeated at the Usher Hall on Sunday.`, true},
		{"restaurant", `A harbour kitchen that trusts its fish

The opening room is deceptively quiet, and the menu changes daily.

Marta Lindqvist opened the restaurant in Arbroath in March after ten years in Bergen.

Food 8/10. Service 7/10. Value 9/10.`, true},
		{"restaurant hours", `A harbour kitchen that lets the catch talk

The room is spare to the point of austerity, and the menu changes daily.

Marta Lindqvist opened the restaurant in Arbroath in March after ten years in Bergen.

Open Wednesday to Sunday, lunch and dinner. Starters from £9, mains from £24.`, true},
		{"tour news", `Band adds Dundee date to its reunion tour

Marta Lindqvist said the band would play Dundee in May after fans asked for a Scottish date.

Tickets sold out within an hour, the promoter said.`, false},
	} {
		an := analyseArticle(t, tt.text)
		if got := an.review; got != tt.want {
			t.Errorf("%s: review %v, want %v", tt.name, got, tt.want)
		}
		if !tt.want {
			continue
		}
		for _, q := range Candidates(an.art) {
			if q.Kind == KindTrueFalse && (strings.Contains(q.Prompt, "deceptively quiet") || strings.Contains(q.Prompt, "austerity")) {
				t.Errorf("%s: the critic's view stated: %q", tt.name, q.Prompt)
			}
			if strings.Contains(q.Prompt, "is repeated at") {
				t.Errorf("%s: the listing asked: %q", tt.name, q.Prompt)
			}
		}
	}
}

// TestNationalityBeforeUnknownName: "the young Estonian Kaarel Vihmand" is
// Kaarel Vihmand, though the lists lack Kaarel; "the American Red Cross"
// keeps its whole name.
func TestNationalityBeforeUnknownName(t *testing.T) {
	an := analyseText(t, `The concert was conducted by the young Estonian Kaarel Vihmand in his debut with the orchestra.

Vihmand said he had been struck by the players' courage.

Volunteers from the American Red Cross handed out blankets on Monday, said Joan Pike.`)
	if id := entByName(an, "Kaarel Vihmand"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Kaarel Vihmand: %d", id)
	}
	if id := entByName(an, "Estonian Kaarel Vihmand"); id >= 0 {
		t.Errorf("the nationality is kept in the name")
	}
	if id := entByName(an, "American Red Cross"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("American Red Cross: %d", id)
	}
}

// TestKindSetOutBefore: "belonged firmly to the second category" means
// nothing without the sentence that set out the categories.
func TestKindSetOutBefore(t *testing.T) {
	noCandidate(t, `Orchestra returns to Perth

There are concerts that confirm what you know and concerts that change it.

Thursday's concert at Perth Concert Hall, conducted by Marta Lindqvist in her first appearance with the orchestra, belonged firmly to the second category.

The soloist, Anna Berg, played the Brahms concerto in Dundee last year.

The leader, Tom Kerr, joined the orchestra from Bergen in 2019.

The principal horn, Ruth Dalgleish, played her last concert in Inverness on Friday.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "category")
	})
}

// TestCriticsAdviceAndSweep: in a review, "should be a formality" is the
// critic's advice and "Glasgow has never lacked for artists" the critic's
// sweep, no facts; "something she should not have seen" is the plot, and
// "are set into the floor" a passive, not a verdict.
func TestCriticsAdviceAndSweep(t *testing.T) {
	an := analyseArticle(t, `Tide and iron: a sculptor's quiet elegy

On this evidence, a return invitation for Marta Lindqvist should be a formality.

Glasgow has never lacked for artists willing to look at its shipyards.

The film follows a customs officer in Leith who stumbles upon something she should not have seen in 1998.

Small brass plates are set into the floor, each engraved with the name of a ship built at Govan.

Harbour Lines is at the Tramway, Glasgow, until 3 May.`)
	if !an.review {
		t.Fatal("not read as a review")
	}
	for i, want := range []bool{true, true, false, false} {
		if got := criticsView(&an.sents[i]); got != want {
			t.Errorf("%q: the critic's view %v, want %v", an.sents[i].text, got, want)
		}
	}
}

// TestClockTimeEndsSentence: "past 10 p.m. Nineteen people spoke" ends a
// sentence after the time; "between 6 p.m. Saturday and 4 a.m. Sunday"
// does not.
func TestClockTimeEndsSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"The meeting stretched past 10 p.m. Nineteen people addressed the board.", 2},
		{"Storms hit between 6 p.m. Saturday and 4 a.m. Sunday. Crews worked all night.", 2},
		{"The polls close at 8 p.m. ET on Tuesday in most states.", 1},
		{"Doors open at 7 p.m. The band plays at nine.", 2},
	} {
		if got := splitSentences(tt.text); len(got) != tt.want {
			t.Errorf("%q: %q, want %d sentences", tt.text, got, tt.want)
		}
	}
}

// TestPickOneBlankPerKey: "sitting in _____" and "told journalists in
// _____", both Nairobi, are one blank asked twice, even when a second
// question on the same answer would be allowed.
func TestPickOneBlankPerKey(t *testing.T) {
	cands := []cand{
		{q: Question{Kind: KindCloze, Prompt: "A three-judge bench sitting in _____ on Thursday struck down the levy."}, score: 5, sent: 0, fact: "a", answer: "Nairobi"},
		{q: Question{Kind: KindCloze, Prompt: "\"We will appeal,\" the minister told journalists in _____."}, score: 4, sent: 1, fact: "b", answer: "Nairobi"},
		{q: Question{Kind: KindCloze, Prompt: "The union held its rally in _____ on Friday."}, score: 3, sent: 2, fact: "c", answer: "Mombasa"},
	}
	var got []string
	for _, c := range pick(cands, 10, 1) {
		got = append(got, c.fact)
	}
	if want := []string{"a", "c"}; !slices.Equal(got, want) {
		t.Errorf("picked %v, want %v", got, want)
	}
}

// TestNHSSetsTheStoryInBritain: a hospital trust "in Newark" in a story
// of the NHS is in Nottinghamshire, so the other options are British
// towns, not Chicago or Los Angeles.
func TestNHSSetsTheStoryInBritain(t *testing.T) {
	qs := mustCandidates(t, `Hospital trust declares critical incident

Riverside Hospitals NHS Trust, which runs two hospitals in Newark, declared a critical incident on Monday.

Patients waited up to 30 hours for a bed, the trust's medical director, Dr Ruth Ames, said.

Ambulance crews from Lincoln and Leicester were sent to help, said Tom Hale of the regional ambulance service.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "Newark" {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if cityLand(o) == "US" && o != "Newark" {
				t.Errorf("%q offers the American city %s", q.Prompt, o)
			}
		}
	}
	if !asked {
		t.Error("no question on Newark")
	}
}

// TestDurationPartNotAsked: "four hours and 12 minutes" is one measure;
// neither part alone is asked.
func TestDurationPartNotAsked(t *testing.T) {
	noCandidate(t, `Ambulances queue outside hospital

At one point overnight, 31 ambulances were queued outside the hospital in Leeds, with crews waiting an average of four hours and 12 minutes to hand over patients.

The winner finished in 1 hour 48 minutes, three minutes ahead of the field in Leeds.

At two hours and forty minutes including the interval, the play in Leeds runs long.

The flanker from Leeds was not the biggest forward of his generation, standing barely five feet eleven.`, func(q Question) bool {
		return q.Kind != KindTrueFalse && (q.Correct() == "12" || q.Correct() == "four" || q.Correct() == "48" || q.Correct() == "1" || q.Correct() == "two" || q.Correct() == "five")
	})
}

// TestOpeningAdjectiveOfRole: "Overnight leader Tomasz Wierzbicki" at the
// start of a sentence is the overnight leader, in lower case.
func TestOpeningAdjectiveOfRole(t *testing.T) {
	an := analyseText(t, `Overnight leader Tomasz Wierzbicki of Poland cracked with six kilometres remaining.

Wierzbicki said he had not eaten well.`)
	id := entByName(an, "Tomasz Wierzbicki")
	if id < 0 || len(an.ents[id].roles) == 0 {
		t.Fatalf("no role for Tomasz Wierzbicki: %d", id)
	}
	if got, want := an.ents[id].roles[0].text, "overnight leader"; got != want {
		t.Errorf("role %q, want %q", got, want)
	}
}

// TestLowCountriesNeighbours: "Regulators in Germany and _____" keyed "the
// Netherlands" takes European countries, not Singapore, which the story
// names as the firm's home.
func TestLowCountriesNeighbours(t *testing.T) {
	qs := mustCandidates(t, `Regulator fines video app over children's data

Ireland's data regulator has fined the video app Klipzo €310 million over its handling of children's data.

The company, which is based in Singapore, said it would appeal.

Regulators in Germany and the Netherlands raised objections to the draft decision, said Aoife Brennan of the regulator.

Officials in Canada and Brazil opened similar inquiries last year, said Tom Reilly of Safe Screens.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "the Netherlands" {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if o == "Singapore" || o == "Canada" || o == "Brazil" {
				t.Errorf("%q offers %s", q.Prompt, o)
			}
		}
	}
	if !asked {
		t.Error("no question on the Netherlands")
	}
}

// TestWroteIsNoSpeakingOn: "Mr. Callister wrote or co-wrote 30 songs"
// after his daughter "Lainey Callister Ross" spoke is he, the songwriter
// the headline names: writing songs is not speaking on.
func TestWroteIsNoSpeakingOn(t *testing.T) {
	an := analyseArticle(t, `Wade Callister, songwriter, dies at 81

Wade Callister, the songwriter whose ballads were recorded by dozens of country stars, died on Saturday in Franklin, Tennessee.

His daughter, Lainey Callister Ross, said the cause was heart failure.

Mr. Callister wrote or co-wrote more than 30 songs that reached the top ten.`)
	wade := entByName(an, "Wade Callister")
	for _, m := range an.sents[2].ments {
		if m.text == "Callister" && m.ent != wade {
			t.Errorf("Mr. Callister is %q, want Wade Callister", an.ents[m.ent].name)
		}
	}
}

// TestNoDenialOfRarely: "He rarely performed" denied reads "rarely did
// not perform".
func TestNoDenialOfRarely(t *testing.T) {
	noCandidate(t, `Wade Callister, songwriter, dies at 81

Wade Callister, the songwriter whose ballads were recorded by dozens of country stars, died on Saturday at his home in Franklin, Tennessee.

His daughter, Lainey Callister Ross, said the cause was heart failure.

He worked as a night janitor at a recording studio and slipped demo tapes to anyone who would take them.

He rarely performed, though he became a fixture at the Bluebird Cafe's writers' nights, where he was known for dry introductions and for refusing to explain what his songs were about.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "did not perform") || strings.Contains(q.Prompt, "not perform")
	})
}

// TestCastInBracketsWithCriticsWords: "Ruth (a flinty, superb Caroline
// Pemberton)" and "Priya (Meera Chandran, doing her best with thin
// material)" name who plays whom, the critic's words round the name.
func TestCastInBracketsWithCriticsWords(t *testing.T) {
	qs := mustCandidates(t, `The Levels review – a family drowning in grief

Eldest daughter Ruth (a flinty, superb Caroline Pemberton) has stayed to run the farm, and the youngest, Nell (newcomer Aisha Barrington), wants to sell it.

A subplot involving Declan's wife, Priya (Meera Chandran, doing her best with thin material), feels underwritten.

The set, by designer Rosa Lindqvist, slowly takes on water, and the play was written by Harriet Olowe.`)
	want := map[string]string{"Who plays Ruth?": "Caroline Pemberton", "Who plays Priya?": "Meera Chandran"}
	for _, q := range qs {
		if w, ok := want[q.Prompt]; ok && q.Correct() == w {
			delete(want, q.Prompt)
		}
	}
	for p, w := range want {
		t.Errorf("no %q keyed %s", p, w)
	}
}

// obituaryOfRower is written for the project: a rower's obituary in which
// a boat is named after her, a teammate and a commentator speak of her,
// and "she" after the commentator's words is the rower.
const obituaryOfRower = `Margaret Ellery, Olympic rower, dies aged 84

Margaret Ellery, who rowed for Great Britain at two Olympic Games, has died at her home in Henley-on-Thames. She was 84.

When women's rowing was admitted to the Olympic programme at Montreal in 1976, Ellery, by then 35, was among the oldest athletes in the squad. The coxed four in which she rowed finished seventh.

Teammate Judith Carrow, now 71, remembered her as "the calm one in the boat."

"She wrote letters, she turned up at meetings, and she never once raised her voice," said Dr Helen Pryce, a former chair of the women's committee. "People underestimated her."

In 2003 she was appointed MBE for services to women's sport.

Last year, a new women's training eight at Upper Thames Rowing Club was named the Margaret Ellery in her honour.

She is survived by her son, Daniel, and five grandchildren, two of whom row competitively.`

// TestObituaryOfRower: the rower stays a person though a boat bears her
// name; "Teammate" is no part of Judith Carrow's name; "she" after Dr
// Pryce's words is the rower; "the coxed four" and "a training eight"
// are boats, not counts; "by then 35" keeps the opening that says when;
// "two of whom row" is never made "one of whom row".
func TestObituaryOfRower(t *testing.T) {
	an := analyseArticle(t, obituaryOfRower)
	if id := entByName(an, "Margaret Ellery"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Margaret Ellery: %d", id)
	}
	if id := entByName(an, "Judith Carrow"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Judith Carrow: %d", id)
	}
	for _, q := range Candidates(an.art) {
		if strings.Contains(q.Prompt, "Helen Pryce was appointed") || strings.Contains(q.Prompt, "Pryce is survived") {
			t.Errorf("the commentator is given the rower's life: %q", q.Prompt)
		}
		if q.Kind != KindTrueFalse && (q.Correct() == "four" || q.Correct() == "eight") {
			t.Errorf("a boat asked as a count: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "by then _____") && !strings.HasPrefix(q.Prompt, "When women's rowing") {
			t.Errorf("'by then' without its time: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "one of whom") {
			t.Errorf("agreement broken: %q", q.Prompt)
		}
	}
}

// TestCriticsVoice: a gig review with no "review" in its headline and no
// listing still weighs the work in its own words ("There were small
// flaws", "deserves special mention"); news that reports complaints, or
// quotes someone on flaws, does not.
func TestCriticsVoice(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"gig", `A saxophonist turns a wet Tuesday into church

Marisa Okonjo brought her quartet to the Halcyon Room in Soho on Tuesday night.

Pianist Tomasz Wierzbicki deserves special mention for his solo on the second tune.

There were small flaws, and the second set sagged briefly.

It was the kind of night that reminds you why people still go out to hear music.`, true},
		{"dance", `A storm breaks over Leith

The six dancers of Tidewrack Dance stop moving altogether twenty minutes into Undertow.

Undertow is flawed, occasionally self-indulgent, and frequently thrilling.`, true},
		{"inquiry", `Inquiry finds housing plan flawed

An independent inquiry found the council's housing plan for Leith was flawed, its chair said on Monday.

The council said it would study the report before deciding on the 400 homes.`, false},
		{"news", `Residents complain about late-night noise from jazz club

Neighbours of the Halcyon Room in Soho have made 14 complaints about noise since March, Westminster council said.

"The building has flaws in its soundproofing," said Marta Lindqvist, who lives above the club.

The club's owner, Tom Reilly, said all the complaints had been dealt with.

The council will decide next month whether to review the club's licence.`, false},
	} {
		if got := analyseArticle(t, tt.text).review; got != tt.want {
			t.Errorf("%s: review %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestReviewAsksCreditsNotAccounts: in a review, "Amankwah anchored
// everything with a warm, woody tone" is the critic's account of a
// player, no one to ask about; "conducted by Ruth Anand" and "bassist
// Delroy Amankwah" credit a post in the work, and are asked.
func TestReviewAsksCreditsNotAccounts(t *testing.T) {
	an := analyseArticle(t, `A quartet arrives at something in Soho

Marisa Okonjo's quartet played the Halcyon Room in Soho on Tuesday, with pianist Tomasz Wierzbicki, bassist Delroy Amankwah and drummer Hollie Fenwick-Shaw.

Amankwah, meanwhile, anchored everything with a warm, woody tone and an unfussy sense of time.

Fenwick-Shaw swallowed the piano now and then when she hit her stride, and Wierzbicki held the final chord until it faded.

The strings, conducted by Ruth Anand, came in for the encore, and Okonjo's tenor saxophone floated above them.

There were small flaws, and the second set sagged briefly. It was a night that reminds you why people go out to hear music.`)
	conductor := false
	for _, q := range Candidates(an.art) {
		if strings.Contains(q.Evidence.Text, "anchored everything") || strings.Contains(q.Evidence.Text, "swallowed the piano") {
			t.Errorf("the critic's account asked: %q", q.Prompt)
		}
		conductor = conductor || q.Kind == KindCloze && q.Correct() == "Ruth Anand"
	}
	if !conductor {
		t.Error("no question on the conductor")
	}
	// Each player's post is their own: "pianist Tomasz Wierzbicki,
	// bassist Delroy Amankwah and…" is a list, no aside on the pianist.
	for name, want := range map[string]string{"Tomasz Wierzbicki": "pianist", "Delroy Amankwah": "bassist"} {
		var got []string
		for _, r := range personRoles(t, an, name) {
			got = append(got, r.text)
		}
		if !slices.Equal(got, []string{want}) {
			t.Errorf("%s: roles %q, want [%s]", name, got, want)
		}
	}
}

// TestAgencyDatelineWithoutDash: "Guwahati, July 9 (PNA) The flood…" is a
// dateline, though no dash ends it; "The union (GMB) said…" is not.
func TestAgencyDatelineWithoutDash(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Guwahati, July 9 (PNA) The flood situation in Assam worsened on Tuesday.", "The flood situation in Assam worsened on Tuesday."},
		{"SILCHAR, Aug 2 (NEA) Three people drowned in the Barak river on Monday.", "Three people drowned in the Barak river on Monday."},
		{"The union (GMB) Said it would ballot members over the offer.", "The union (GMB) Said it would ballot members over the offer."},
		{"Leeds, Bradford (WY) Councils agreed the plan on Monday night.", "Leeds, Bradford (WY) Councils agreed the plan on Monday night."},
	} {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNoWhoOfPraise: "Moreau, 27, was superb early on" is the writer's
// praise; "Who was superb early on?" tells no one by a deed.
func TestNoWhoOfPraise(t *testing.T) {
	noCandidate(t, `Kovalenko saves two match points to reach Melbourne semi-final

Daria Kovalenko beat France's Elodie Moreau 4-6, 7-6, 6-3 in Melbourne on Tuesday.

Moreau, 27, was superb early on in front of a crowd of 14,000.

Kovalenko broke in the sixth and ninth games to close out the match, and Hannah Lindqvist, her doubles partner, watched from the stands.`, func(q Question) bool {
		return q.Kind == KindWho && strings.Contains(q.Prompt, "superb")
	})
}

// TestFormerKeptInRole: "former Czech doubles player Martin Hrubý" is no
// longer a doubles player; the role keeps "former".
func TestFormerKeptInRole(t *testing.T) {
	an := analyseText(t, `Her coach, former Czech doubles player Martin Hruby, said the turnaround came from a simpler plan.

The club hired former goalkeeper Tom Reilly as its new manager on Monday.`)
	for name, want := range map[string]string{"Martin Hruby": "former Czech doubles player", "Tom Reilly": "former goalkeeper"} {
		id := entByName(an, name)
		if id < 0 || len(an.ents[id].roles) == 0 {
			t.Errorf("%s: no role", name)
			continue
		}
		if got := an.ents[id].roles[0].text; got != want {
			t.Errorf("%s: role %q, want %q", name, got, want)
		}
	}
}

// TestGolfHoleOrdinal: in a golf story "a bunker on the 17th" is a hole
// of 18; no option passes the 18th.
func TestGolfHoleOrdinal(t *testing.T) {
	qs := mustCandidates(t, `Lindqvist wins Andalucia Open by two strokes

Oskar Lindqvist closed with a 68 to win the Andalucia Open in Marbella on Sunday, his third birdie of the back nine coming at the 16th.

He then parred his way home, including a nervy up-and-down from a greenside bunker on the 17th.

Tom Barraclough and Alvaro Segura shared second place after a bogey on the last cost Segura a play-off.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "17th" {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if n, _ := strconv.Atoi(strings.TrimRight(o, "sthndr")); n > 18 {
				t.Errorf("%q offers the %s hole", q.Prompt, o)
			}
		}
	}
	if !asked {
		t.Error("no question on the 17th")
	}
}

// TestNoStatementEndingInAVerblessClause: a statement cut at the comma
// after "when its subject" has no verb for "when"; and "memory, or HBM,
// which stacks…, accounted" keeps the short name's closing comma when the
// aside goes.
func TestNoStatementEndingInAVerblessClause(t *testing.T) {
	qs := mustCandidates(t, `Chipmaker profit jumps on AI demand

There is a moment roughly halfway through Marta Ellingsen's documentary The Salt Watch when its subject, a 71-year-old former keeper named Ivor Pengelly, climbs the 142 steps of a decommissioned lighthouse on the Cornish coast, stops at the top to catch his breath, and says nothing at all for almost a minute.

Ellingsen, a Norwegian director who made her name with the fishing-village portrait Low Water in 2019, spent three years following the last keepers of Britain's lighthouses.

High-bandwidth memory, or HBM, which stacks layers of DRAM chips to move data faster to the processors that train and run AI models, accounted for 31 per cent of Hanul's DRAM revenue in the quarter, up from 17 per cent a year ago, the company said in Seoul.`)
	for _, q := range qs {
		if q.Kind == KindTrueFalse && strings.HasSuffix(q.Prompt, "when its subject.") {
			t.Errorf("verbless clause: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "or HBM accounted") {
			t.Errorf("closing comma lost: %q", q.Prompt)
		}
	}
}

// TestPluralInsideQuotes: 'opened two "clean air spaces"' is never made
// 'opened one "clean air spaces"'.
func TestPluralInsideQuotes(t *testing.T) {
	qs := mustCandidates(t, `Smoke closes schools across Alberta

Officials in Grande Prairie opened two "clean air spaces" at a library and a recreation centre in the city on Monday.

Schools in Fort McMurray and Edmonton stayed open, said Karen Lindqvist of the Peace River School Division.`)
	for _, q := range qs {
		for _, o := range append([]string{q.Prompt}, q.Options...) {
			if strings.Contains(o, "one \"clean") || o == "one" && strings.Contains(q.Prompt, "_____ \"clean") {
				t.Errorf("agreement broken: %q %q", q.Prompt, q.Options)
			}
		}
	}
}

// TestShippingLineIsAFirm: "Sibuyan Star Shipping Lines" is a company, not
// a person beside the coastguard and the survivors.
func TestShippingLineIsAFirm(t *testing.T) {
	an := analyseText(t, `The ferry, operated by Sibuyan Star Shipping Lines, capsized off Romblon on Monday, said Commander Arnel Dimaculangan.

Sibuyan Star Shipping Lines said it was cooperating with the authorities.`)
	if id := entByName(an, "Sibuyan Star Shipping Lines"); id < 0 || an.ents[id].typ == ePerson {
		t.Errorf("Sibuyan Star Shipping Lines: %d", id)
	}
}

// TestRoleWithoutArticleStaysWithItsName: ", retail analyst at Cavendish
// Lane Securities" after the speaker's name would stay with a swapped-in
// chief executive and give the false statement away.
func TestRoleWithoutArticleStaysWithItsName(t *testing.T) {
	noCandidate(t, `Supermarket cuts prices as profits fall

Chief executive Fiona Castellane said the chain had sacrificed profit to win back shoppers in Leeds.

"This is the right strategy, but it comes at a cost," said Tomasz Wisniewski, retail analyst at Cavendish Lane Securities in London.

Finance director Mark Ellison said the cuts would cover 1,200 lines.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.Contains(q.Prompt, ", retail analyst") && !strings.Contains(q.Prompt, "Tomasz Wisniewski, retail")
	})
}

// TestPortfolioBeforeName: "Minister of Supply and Internal Trade Hisham
// el-Mansoury" is Hisham el-Mansoury, the minister of supply and internal
// trade.
func TestPortfolioBeforeName(t *testing.T) {
	an := analyseText(t, `Minister of Supply and Internal Trade Hisham el-Mansoury told reporters in Cairo that the loaf would cost 35 piastres.

"The state will still bear most of the cost," el-Mansoury said.`)
	if id := entByName(an, "Hisham el-Mansoury"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Hisham el-Mansoury: %d", id)
	}
	if id := entByName(an, "Internal Trade Hisham el-Mansoury"); id >= 0 {
		t.Error("the portfolio is kept in the name")
	}
}

// TestHowManyNotOfAListedObject: "sent three ambulances and a rapid
// response unit" cannot be asked "How many ambulances did … send and a
// rapid response unit?".
func TestHowManyNotOfAListedObject(t *testing.T) {
	noCandidate(t, `School bus slides into ditch near Matamata

Hato Hone St John sent three ambulances and a rapid response unit to the scene near Matamata on Tuesday.

Eleven children were treated for minor injuries, said Inspector Megan Tuhiwai.`, func(q Question) bool {
		return strings.HasPrefix(q.Prompt, "How many ambulances") && strings.Contains(q.Prompt, "and a rapid")
	})
}

// TestPickSameCountSpelledTwoWays: "Eleven children" and "11 patients" are
// one count; the second is not asked as well.
func TestPickSameCountSpelledTwoWays(t *testing.T) {
	cands := []cand{
		{q: Question{Kind: KindNumber, Prompt: "_____ children were treated for minor injuries."}, score: 5, sent: 0, fact: "a", answer: "Eleven"},
		{q: Question{Kind: KindNumber, Prompt: "A spokesperson said _____ patients were assessed."}, score: 4, sent: 1, fact: "b", answer: "11"},
	}
	if got := pick(cands, 10, 1); len(got) != 1 {
		t.Errorf("picked %d, want 1", len(got))
	}
}

// TestTVReviewSignals: "available to stream" ends a TV review, and "a
// performance that deserves to be remembered" is a critic's hope.
func TestTVReviewSignals(t *testing.T) {
	for _, text := range []string{`The Tideline Murders finds menace in a quiet town

Detective Sergeant Maura Kells is played by Niamh Dorrance in the six-part drama set in Northumberland.

The Tideline Murders begins on Sunday at 9pm, with all episodes available to stream afterwards.`,
		`The Tideline Murders finds menace in a quiet town

Detective Sergeant Maura Kells is played by Niamh Dorrance in the six-part drama set in Northumberland.

It is not a flawless series, and Dorrance gives a performance that deserves to be remembered.`} {
		if !analyseArticle(t, text).review {
			t.Errorf("not read as a review: %q", text[strings.LastIndexByte(text, '\n')+1:])
		}
	}
}

// TestFragmentsNotAsked: a cut that would orphan "and when she does" from
// its main clause keeps the sentence whole; "the third scoring it 76-76"
// is the third judge, no count; "in State ownership" names no place; a
// quotation that goes on the writer's clause ("would be "dealt with…"")
// is no one's sentence to ask who said.
func TestFragmentsNotAsked(t *testing.T) {
	qs := mustCandidates(t, `Ramirez stops Okonkwo in Las Vegas

She rarely raises her voice, and when she does, in a third-episode interrogation with a harbourmaster played by Colin Ashbury, the effect is startling, said Tom Reilly.

At the time of the stoppage, two judges had Adrian Ramirez ahead 77-75, with the third scoring it 76-76 in Las Vegas.

The corridor will remain in State ownership, Eoin Gallagher told the meeting in Castlebar.

Police spokesman Williams Aya warned that anyone who caused unrest in Lokoja would be "dealt with in accordance with the law."

Promoter Marcus Feld said a rematch could take place in London in the spring.`)
	for _, q := range qs {
		if strings.HasSuffix(q.Prompt, "Colin Ashbury.") || strings.HasSuffix(q.Prompt, "_____.") && strings.Contains(q.Prompt, "and when she does") {
			t.Errorf("orphaned clause: %q", q.Prompt)
		}
		if q.Correct() == "third" {
			t.Errorf("the third judge asked as a count: %q", q.Prompt)
		}
		if slices.Contains(q.Options, "State") {
			t.Errorf("State offered as a place: %q", q.Prompt)
		}
		if q.Kind == KindQuote && strings.Contains(q.Prompt, "dealt with") {
			t.Errorf("a phrase asked as someone's words: %q", q.Prompt)
		}
	}
}

// TestNoOrphanedWhenClause: cut at the comma after the actor's name, "and
// when she does, in a third-episode interrogation with a harbourmaster
// played by the excellent _____" would lose its main clause.
func TestNoOrphanedWhenClause(t *testing.T) {
	qs := mustCandidates(t, `The Tideline Murders finds menace in a quiet town

The new six-part drama from writer Helen Okafor-Price is set in a Northumberland harbour town.

Detective Sergeant Maura Kells is played by Niamh Dorrance, who was born in Sunderland in 1988.

Dorrance rarely raises her voice, and when she does, in a third-episode interrogation with a harbourmaster played by the excellent Colin Ashbury, the effect is genuinely startling.

Director Tomasz Wieland shot the series in Amble in 2023, and the composer Edie Lowther wrote the score.

The Tideline Murders begins on Sunday at 9pm, with all episodes available to stream afterwards.`)
	for _, q := range qs {
		if strings.Contains(q.Prompt, "and when she does") && !strings.Contains(q.Prompt, "startling") {
			t.Errorf("orphaned clause: %q", q.Prompt)
		}
	}
}

// TestByHowMuchHigher: "closed 0.4 per cent higher" is a change: "By how
// much did … close higher?".
func TestByHowMuchHigher(t *testing.T) {
	qs := mustCandidates(t, `European shares rise after ECB decision

The pan-European Stoxx 600 index closed 0.4 per cent higher in Frankfurt on Thursday.

The euro slipped 0.3 per cent against the dollar, said Katrin Vollmer of Rheinbrucke Capital.`)
	for _, q := range qs {
		if strings.HasPrefix(q.Prompt, "How much did the pan-European") {
			t.Errorf("%q, want \"By how much…\"", q.Prompt)
		}
	}
}

// TestBatch268: "Margaret Ellison, 72, from Hadley Cross" names where she
// lives, no person; "Holt plays a second Dublin date on Saturday" ends a
// gig review; and an aside ", which comes into force on 1 April," ends
// before the main clause, so "Under the new tariff while parking…" is
// never made.
func TestBatch268(t *testing.T) {
	an := analyseText(t, `Margaret Ellison, 72, from Hadley Cross, visits her husband on the stroke ward most days, said Dev Sharma.`)
	if id := entByName(an, "Hadley Cross"); id >= 0 && an.ents[id].typ == ePerson {
		t.Error("Hadley Cross is a person")
	}
	gig := analyseArticle(t, `Maren Holt fills the 3Arena with synth-pop

Maren Holt opened with "Signal Fire" and a six-piece band in Dublin on Thursday.

Holt plays a second Dublin date on Saturday before heading to Belfast.`)
	if !gig.review {
		t.Error("the gig is not read as a review")
	}
	noCandidate(t, `Hospital car parking charges to rise

Under the new tariff, which comes into force on 1 April, the cost of a stay of up to two hours will rise from £3.20 to £4.50, while parking for up to four hours will increase from £5 to £6.80 at the hospital in Slough.

Councillor Dev Sharma said the rise would hit the elderly hardest.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "tariff while")
	})
}

// TestFormulaOneTeams: at a grand prix, "Mercedes endured a difficult
// afternoon" asks which team, beside other teams, not carmakers.
func TestFormulaOneTeams(t *testing.T) {
	qs := mustCandidates(t, `Castellano wins wet Brazilian Grand Prix

Mateo Castellano won the Brazilian Grand Prix for McLaren at Interlagos on Sunday after switching tyres on lap 23.

Mercedes endured a difficult afternoon, with Lukas Brenner finishing seventh and his team-mate retiring on lap 39.

Williams driver Kenji Arakawa crashed at Juncao, and Ferrari's lead over McLaren now stands at 22 points.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "Mercedes" || q.Kind != KindWhat {
			continue
		}
		asked = true
		if !strings.HasPrefix(q.Prompt, "Which team") {
			t.Errorf("%q, want \"Which team…\"", q.Prompt)
		}
		for _, o := range q.Options {
			if o == "Ford" || o == "Toyota" || o == "General Motors" {
				t.Errorf("%q offers the carmaker %s", q.Prompt, o)
			}
		}
	}
	if !asked {
		t.Error("no question on Mercedes")
	}
}

// TestBatch270: a month inside a song's title ("Lough Arrow in January")
// is no date to blank; in a footballer's obituary (test data), "converted
// his kick" asks no "What did he convert?".
func TestBatch270(t *testing.T) {
	noCandidate(t, `Aoife Brennan returns with a quieter album

Two minutes into "Lough Arrow in January," the third track on Aoife Brennan's new album, everything falls away but a fiddle, said producer Declan Fahy in Sligo.

Brennan recorded the album in Ballymote in eleven days, and fiddler Ciaran Mulhern plays on six songs.`, func(q Question) bool {
		return q.Correct() == "January"
	})
	b, err := os.ReadFile("testdata/ghanaian-footballer-obituary.txt")
	if err != nil {
		t.Fatal(err)
	}
	noCandidate(t, string(b), func(q Question) bool {
		return q.Kind == KindWhat && strings.Contains(q.Prompt, "convert")
	})
}

// TestLeadPlaceInOrdinaryCase: "Lokoja - Opposition parties…" opens the
// first paragraph with its place; "Mensah - who…" and a later paragraph's
// "Arsenal - Chelsea…" are kept.
func TestLeadPlaceInOrdinaryCase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Lokoja - Opposition parties in Kogi State have rejected the outcome of the election.", "Opposition parties in Kogi State have rejected the outcome of the election."},
		{"Kwame - who had been ill for months - died on Sunday in Accra, his family said.", "Kwame - who had been ill for months - died on Sunday in Accra, his family said."},
		{"The - Opposition parties in Kogi State have rejected the outcome of the election.", "The - Opposition parties in Kogi State have rejected the outcome of the election."},
	} {
		if got := leadPlace(tt.in); got != tt.want {
			t.Errorf("leadPlace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	a, err := ParseArticle("Vote row in Kogi\n\nLokoja - Opposition parties in Kogi State have rejected the outcome of the election.\n\nArsenal - Chelsea was the fixture of the weekend, said the officials in London.")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Paragraphs[0][0]; strings.HasPrefix(got, "Lokoja") {
		t.Errorf("first paragraph keeps its place: %q", got)
	}
	if got := a.Paragraphs[1][0]; !strings.HasPrefix(got, "Arsenal - Chelsea") {
		t.Errorf("a later paragraph lost its opening: %q", got)
	}
}

// TestClubShortNameNoPerson: in a footballer's obituary (test data),
// "his debut for Kotoko" and "a Kotoko scout" name the club, which is
// never offered beside the people who spoke of him.
func TestClubShortNameNoPerson(t *testing.T) {
	b, err := os.ReadFile("testdata/ghanaian-footballer-obituary.txt")
	if err != nil {
		t.Fatal(err)
	}
	an := analyseArticle(t, string(b))
	if id := entByName(an, "Kumasi Asante Kotoko"); id >= 0 && an.ents[id].typ == ePerson {
		t.Error("Kumasi Asante Kotoko is a person")
	}
}

// TestRacingNames: "Copper Canyon, trained by Paul Nicholls-Ward and
// ridden by Harry Skelton-Moore" is a horse, and "the Queen Mother
// Champion Chase" a race; neither is a person.
func TestRacingNames(t *testing.T) {
	an := analyseText(t, `Harbour Lights beat the long-time leader Copper Canyon by two lengths at Cheltenham on Friday.

Copper Canyon, trained by Paul Nicholls-Ward and ridden by Harry Skelton-Moore, made a bold bid from the front at Cheltenham.

Fiona Carrick said her horse could run in the Queen Mother Champion Chase next year.`)
	for _, name := range []string{"Copper Canyon", "Queen Mother Champion Chase", "Mother Champion Chase"} {
		if id := entByName(an, name); id >= 0 && an.ents[id].typ == ePerson {
			t.Errorf("%s is a person", name)
		}
	}
	if id := entByName(an, "Harry Skelton-Moore"); id < 0 || an.ents[id].typ != ePerson {
		t.Errorf("Harry Skelton-Moore: %d", id)
	}
}

// TestBracketedActorsPart: "Gavin Pruett (Tom Ashworth, all nervous
// elbows)" makes Gavin Pruett a part, never offered beside the film's
// crew.
func TestBracketedActorsPart(t *testing.T) {
	an := analyseArticle(t, `The Last Bus to Margate review – a wedding trip that never arrives

Gavin Pruett (Tom Ashworth, all nervous elbows) hires a vintage bus to carry forty guests from Lewisham.

Cinematographer Raj Mehta shoots the Kent countryside in washed-out greens, and the score is by Helen Drury.

Writer-director Hannah Oduya made the film in 2023 in Margate.`)
	if id := entByName(an, "Gavin Pruett"); id < 0 || !an.characters()[id] {
		t.Errorf("Gavin Pruett is no part: %d", id)
	}
}

// TestBatch273: "raised the danger level to 4, or "high," on a five-point
// scale" takes no option above 5; "four grandchildren" never "one
// grandchildren".
func TestBatch273(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
	}{{"raised it to 4 on a five-point scale", 5}, {"a score of 7 on a 10-point scale", 10}, {"magnitude 6 on a scale of 7", 7}, {"a scale model of the ship", 0}} {
		if got := scaleTop(tokenize(tt.text)); got != tt.want {
			t.Errorf("scaleTop(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	qs := mustCandidates(t, `Avalanche fears empty Norwegian town

The directorate raised the avalanche danger level to 4, or "high," on a five-point scale on Tuesday evening in Skjelvik.

Mayor Ingrid Halvorsen is survived by nobody yet, but her neighbour Kari Johansen has four grandchildren in Tromso, said Torbjorn Aas.`)
	for _, q := range qs {
		for _, o := range q.Options {
			if q.Correct() == "4" && (o == "6" || o == "7") {
				t.Errorf("%q offers %s on a five-point scale", q.Prompt, o)
			}
			if q.Correct() == "four" && o == "one" {
				t.Errorf("%q offers \"one grandchildren\"", q.Prompt)
			}
		}
	}
}

// TestOperaReview: "Tosca runs at the Bae Theatre, Cardiff, until 22
// March, then tours to Llandudno" ends a review; "the Georgian soprano
// Nino Abashidze" holds a role; and "inside, director Elin Rhys-Morgan
// delivered a production so taut…" is the critic's verdict, whatever the
// credit.
func TestOperaReview(t *testing.T) {
	an := analyseArticle(t, `A taut Tosca for a wet night in Cardiff Bay

Outside, rain hammered against the glass; inside, director Elin Rhys-Morgan delivered a production so taut that the audience left blinking.

At the centre stands the Georgian soprano Nino Abashidze, making her company debut in the title role.

The company's music director Hannah Voss conducted, and the Welsh baritone Geraint Llywelyn sang Scarpia.

Tosca runs at the Bae Theatre, Cardiff, until 22 March, then tours to Llandudno and Manchester.`)
	if !an.review {
		t.Error("not read as a review")
	}
	if id := entByName(an, "Nino Abashidze"); id < 0 || len(an.ents[id].roles) == 0 {
		t.Errorf("Nino Abashidze has no role: %d", id)
	}
	for _, q := range Candidates(an.art) {
		if strings.Contains(q.Prompt, "so taut") {
			t.Errorf("the critic's verdict asked: %q", q.Prompt)
		}
	}
}

// TestFireDepartmentIsABody: "the Western Berks Fire Department" is a
// service, never a place beside Pennsylvania; "the Var department" stays
// a French region.
func TestFireDepartmentIsABody(t *testing.T) {
	an := analyseText(t, `The blast happened in Spring Township, according to Chief Daniel Kessler of the Western Berks Fire Department.

Forest fires forced evacuations across the Var Department in southern France, said Marie Blanc.`)
	if id := entByName(an, "Western Berks Fire Department"); id < 0 || an.ents[id].typ != eOrg {
		t.Errorf("Western Berks Fire Department: %d", id)
	}
	if id := entByName(an, "Var Department"); id < 0 || an.ents[id].typ != ePlace {
		t.Errorf("Var Department: %d", id)
	}
}

// TestTownOfANamedCountry: "a festival in Nantes, France", a town the
// lists do not know, takes French cities, not the story's Korean ones.
func TestTownOfANamedCountry(t *testing.T) {
	qs := mustCandidates(t, `Park Jae-hoon, film director, dies at 71

Park Jae-hoon was born in Ulsan in 1952 and made his first film in Geoje, said his daughter, Han Seo-yeon.

Park's debut film won a jury prize at a festival in Nantes, France, in 1988.

He later taught film in Daegu until 2015, she said.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "Nantes" {
			continue
		}
		asked = true
		for _, o := range q.Options {
			if o == "Ulsan" || o == "Geoje" || o == "Daegu" {
				t.Errorf("%q offers the Korean city %s", q.Prompt, o)
			}
		}
	}
	if !asked {
		t.Error("no question on Nantes")
	}
}

// TestBookReviewSignals: "… is published by Canongate Books, £18.99" ends
// a book review; there, the critic's praise in a question ("has written
// something that is both a gripping story"), the critic's measure ("could
// have lost thirty of them") and the novel's own prose in quotation marks
// are not asked, while a song title in quotation marks does not stop a
// fact.
func TestBookReviewSignals(t *testing.T) {
	an := analyseArticle(t, `An Edinburgh of tallow and secrets

Catriona Baird, who lives in Leith and spent four years in the archives, has written something that is both a gripping story and a portrait of a city.

At just over 500 pages, the middle section could have lost thirty of them.

Tallow smells of "mutton and regret"; a January fog "sat in the Grassmarket like a beast".

The heroine, Isobel Reid, hums "Lantern Hours" as she walks the 14 closes of the Old Town in 1773.

The Tallow Chandler's Daughter by Catriona Baird is published by Canongate Books, £18.99.`)
	if !an.review {
		t.Fatal("not read as a review")
	}
	for _, q := range Candidates(an.art) {
		switch {
		case strings.Contains(q.Prompt, "gripping"), strings.Contains(q.Prompt, "could have lost"), strings.Contains(q.Prompt, "Grassmarket"):
			t.Errorf("the critic's view asked: %q", q.Prompt)
		}
	}
	if !quotesProse(&an.sents[2]) || quotesProse(&an.sents[3]) {
		t.Error("prose and title in quotation marks not told apart")
	}
}

// TestBatch278: "the 527 service" names a route, no count; "Jonathan
// Pryce-Evans, no relation to the actor, keeps the staging lean" is the
// critic's account, the aside notwithstanding; "would benefit from
// losing 15 minutes" is the critic's advice.
func TestBatch278(t *testing.T) {
	noCandidate(t, `Villagers lose their only bus

The 527 service will make its final journey on Saturday 29 March, operator Cambrian Coaches said in Aberystwyth.

The service currently runs five times a day, said Huw Jenkins, its managing director.`, func(q Question) bool {
		return q.Correct() == "527"
	})
	an := analyseArticle(t, `Loom weaves a Manchester mill into song

Loom, a new musical about the weavers of Ancoats, opened at Hope Mill Theatre on Thursday.

Director Jonathan Pryce-Evans, no relation to the actor, keeps the staging lean.

At just under three hours including the interval, Loom would benefit from losing 15 minutes.

The score is by the Salford-born composer Danny Okafor, and Imogen Price plays the weaver.

Loom is at Hope Mill Theatre, Manchester, until 14 June.`)
	for _, q := range Candidates(an.art) {
		if strings.Contains(q.Evidence.Text, "staging lean") && q.Kind != KindRole || strings.Contains(q.Evidence.Text, "would benefit") {
			t.Errorf("the critic's view asked: %q", q.Prompt)
		}
	}
}

// TestAstonMartinIsATeam: at a grand prix, "Aston Martin endured a
// miserable afternoon" asks which team, never beside Porsche.
func TestAstonMartinIsATeam(t *testing.T) {
	qs := mustCandidates(t, `Leclerc takes pole at Monaco Grand Prix

Charles Leclerc took pole for Ferrari at the Monaco Grand Prix on Saturday, with McLaren's Lando Norris second after his final lap.

Aston Martin endured a miserable afternoon, with both of its drivers eliminated in the first session.

Mercedes driver George Russell qualified fifth, and Williams had its best result of the season.`)
	asked := false
	for _, q := range qs {
		if q.Correct() != "Aston Martin" || q.Kind != KindWhat {
			continue
		}
		asked = true
		if !strings.HasPrefix(q.Prompt, "Which team") || slices.Contains(q.Options, "Porsche") {
			t.Errorf("%q %q", q.Prompt, q.Options)
		}
	}
	if !asked {
		t.Error("no question on Aston Martin")
	}
}
