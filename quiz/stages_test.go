package quiz

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Table tests per generation stage, on texts written for the project.

func TestJunkSentence(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The council approved the new bridge on Monday.", false},
		{"Click here to sign up for our morning newsletter.", true},
		{"Follow Jane Roe on Twitter for more updates.", true},
		{"Send your pictures to tips@example.com today.", true},
		{"Read the full report at https://example.org/report now.", true},
		{"Reporting by Ann Lee; Editing by Tom Ray.", true},
		{"In this image released by the studio, two actors walk along a pier.", true},
		{"The mayor said the follow-up meeting would be on Friday.", false},
		{"Are you stuck in the snow this weekend?", true},
		{"Why did the council wait so long?", false},
		{"Player of the match: Tom Reed (Harwood City)", true},
		{"Attendance: 21,930", true},
		{"The verdict: guilty on all three counts.", false},
		{"Mr Reed said: \"We will appeal.\"", false},
		{"Photographs of the new bins are available on request.", true},
		{"Councillor Ann Lee is available for interview on Tuesday.", true},
		{"4. \"Two Weeks in Lisbon,\" $9.3 million.", true},
		{"\"Two Weeks in Lisbon,\" $9.3 million.", true},
		{"\"We made $9.3 million,\" said Ann Lee.", false},
		{"\"It was 1996.\"", false},
		{"Harbour Lights: Paintings 1950-1990 is at the Dunmore Gallery, 42 Quay St., Wexford, until March 3.", true},
		{"\"Salt Harbour\" is at the Quay Theatre, 118 West 41st Street, Manhattan.", true},
		{"The new school is at 40 Mill Road, in a former warehouse that the council bought in 2019 for about $3 million, the board said.", false},
		{"Admission is $12 for adults and free for children.", true},
		{"Nalu, 218 Harbour Rd. Open Wednesday to Sunday, 5 p.m. to 10 p.m. Dinner for two about $90.", true},
		{"Anna Lee, 42, said the road was closed on Monday.", false},
		{"Edwin Harold Moss, organist and choirmaster, born 4 June 1931; died 9 March 2023", true},
		{"She was born in Leeds and died there in 2023.", false},
		{"Welcome to our live coverage of the storm hitting the west coast.", true},
		{"Good evening and welcome to Harbour Arena, where the roof is open and the champion will be crowned within two hours.", true},
		{"Visitors said the welcome to the new arena had been warm.", false},
		{"Follow all the action from the final session at the Crucible, where Reddish leads 13-11.", true},
		{"Hawks: Caldwell has scored in double figures in eight straight games off the bench. ...", true},
		{"Hawks: Caldwell has scored in double figures in eight straight games off the bench.", false},
		{"Small Hours is at the Pleasance Courtyard at 7.40pm daily until 25 August, except 13 August.", true},
		{"The exhibition is at the city museum until March, and the council said it had drawn 9,000 visitors so far this year.", false},
		{"The Lamplighter's Daughter is at the Aldwych Crescent Theatre, London, until 10 January.", true},
		{"Ines Valderrama: Salt Houses is at the Harcourt Gallery, London SE1, until 23 February.", true},
		{"All times are East Africa Time (EAT).", true},
		{"Verdict: 4 out of 5 stars.", true},
		{"Four out of five said yes.", false},
		{"All times in the stadium were recorded by hand.", false},
		{"The times are changing for the fishing town.", false},
		{"Customers can contact the company toll-free at 1-888-555-0142 between 8 a.m. and 8 p.m.", true},
		{"The score was 2-1-0 after three rounds in 2024-25.", false},
		{"Candidates can access their results by sending their index numbers via SMS to 20076 or through the results portal.", true},
		{"Rumah Serai, Lebuh Carnarvon, George Town, Penang.", true},
		{"Lisbon, Porto, Braga and Faro reported record heat.", false},
		{"This is a developing story. Stay with WDVN.com and 9 News for updates.", true},
		{"Stay with WDVN.com and 9 News for updates.", true},
		{"The council said it would publish updates on its website.", false},
		{"The gallery, at 42 Quay Street, will stay open until the new building is ready.", false},
		{"The exhibition runs until March 3 and has drawn 9,000 visitors.", false},
		{"Sh48.6 million is equivalent to about $377,000.", true},
		{"A tonne of seaweed is equivalent to the yearly catch of a small boat on the west coast of the island.", false},
	} {
		if got := junkSentence(tc.s); got != tc.want {
			t.Errorf("junkSentence(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestStripDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"NEW HAVEN, Conn. - The city council voted to keep the library open.", "The city council voted to keep the library open."},
		{"BHUBANESWAR: The state cabinet on Tuesday approved a new loan scheme.", "The state cabinet on Tuesday approved a new loan scheme."},
		{"Labour: The party said it would vote against the plan.", "Labour: The party said it would vote against the plan."},
		{"(WXT) -- Rain is expected across the valley on Thursday night.", "Rain is expected across the valley on Thursday night."},
		{"LISBON (Wire) - The port reopened after the storm passed on Sunday.", "The port reopened after the storm passed on Sunday."},
		{"The vote - held on Monday - passed easily in the end.", "The vote - held on Monday - passed easily in the end."},
		{"Smith - who won in 2010 - said he would run again this year.", "Smith - who won in 2010 - said he would run again this year."},
		{"Denver — The state senate passed the water bill on a close vote.", "The state senate passed the water bill on a close vote."},
		{"Seattle, Washington - Storms cut power to thousands of homes overnight.", "Storms cut power to thousands of homes overnight."},
		{"Tulsa, Oklahoma - Storms cut power to thousands of homes overnight.", "Storms cut power to thousands of homes overnight."},
		{"Labour — The party said it would vote against the bill on Monday.", "Labour — The party said it would vote against the bill on Monday."},
		{"HARWICH, May 18 - The port reopened after the storm passed on Sunday.", "The port reopened after the storm passed on Sunday."},
		{"In 2019 - the year of the flood - the port closed for a month.", "In 2019 - the year of the flood - the port closed for a month."},
		{"GUWAHATI, July 3: The death toll in the floods rose to 38 on Wednesday.", "The death toll in the floods rose to 38 on Wednesday."},
		{"At 10: The clock struck and the doors of the old hall opened.", "At 10: The clock struck and the doors of the old hall opened."},
		{"HO CHI MINH CITY - More than 90 flights were delayed on Friday evening.", "More than 90 flights were delayed on Friday evening."},
		{"TOMOHON, Indonesia (Feb 22) — More than 4,800 people were evacuated on Sunday.", "More than 4,800 people were evacuated on Sunday."},
		{"TAKORADI, Ghana, Sept 9 (Meridian Press Agency) - A consortium will spend $310 million on the port.", "A consortium will spend $310 million on the port."},
		{"14 min: Rovers are happy to sit deep and let the visitors have the ball.", "Rovers are happy to sit deep and let the visitors have the ball."},
		{"45+2 min: HALF-TIME: Rovers 1-0 Athletic.", "HALF-TIME: Rovers 1-0 Athletic."},
		{"67' Yellow card for the Rovers captain.", "67' Yellow card for the Rovers captain."},
		{"At 14 min: the figure is wrong but stays.", "At 14 min: the figure is wrong but stays."},
		{"Lap 42 of 44: Tennant has cut the gap to 3.9 seconds, but he is running out of laps.", "Tennant has cut the gap to 3.9 seconds, but he is running out of laps."},
		{"Over 34: Mendis drives Rabada through the covers for four more runs.", "Mendis drives Rabada through the covers for four more runs."},
		{"10:15 - HALFWAY: The men go through 21.1km in 1:01:32, eight of them still together.", "The men go through 21.1km in 1:01:32, eight of them still together."},
		{"Key points: Labour falls two seats short of a majority on the council.", "Labour falls two seats short of a majority on the council."},
		{"21:40 Louisiana Governor Claire Fontenot says she has asked for federal help.", "Louisiana Governor Claire Fontenot says she has asked for federal help."},
		{"9.05am The first results are in from the north of the borough.", "The first results are in from the north of the borough."},
		{"10.42 EAT - About 100 people have gathered outside the court building.", "About 100 people have gathered outside the court building."},
		{"11:31 p.m. CT - Tillman has just spoken to supporters and did not concede.", "Tillman has just spoken to supporters and did not concede."},
		{"10:40 p.m. CT - Hadley takes the stage in Jefferson City.", "Hadley takes the stage in Jefferson City."},
		{"11:31 p.m. the polls closed in the west.", "11:31 p.m. the polls closed in the west."},
		{"WOMEN'S WINNER: Eimear Ní Bhriain of Dundrum AC is the champion!", "Eimear Ní Bhriain of Dundrum AC is the champion!"},
		{"2.5 million people were told to leave their homes on Sunday.", "2.5 million people were told to leave their homes on Sunday."},
		{"Summary: One of the shocks of the round, and a deserved win.", "One of the shocks of the round, and a deserved win."},
		{"SALALAH // Oman has signed a deal to expand the container port.", "Oman has signed a deal to expand the container port."},
		{"Accra, Sept. 7 — Public schools across the country will close from Monday.", "Public schools across the country will close from Monday."},
		{"Rates rose // prices fell in the first quarter of the year.", "Rates rose // prices fell in the first quarter of the year."},
	} {
		if got := stripDateline(tc.in); got != tc.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeadlineDetection(t *testing.T) {
	lead := "The town council of Marlow Bay voted on Tuesday to close the old pier for repairs after engineers found cracks in its supports."
	for _, tc := range []struct {
		name, text, wantTitle string
		wantFirst             string // the first sentence of the story
	}{
		{"headline", "Pier closes for repairs\n\n" + lead, "Pier closes for repairs", lead},
		{"no headline", lead + "\n\nWork will start in May and last six weeks, the council said.", strings.TrimSuffix(lead, "."), lead},
		{"standfirst under the headline", "Pier closes for repairs\n\nCracks in the supports worry engineers but the cafe at the end of the pier stays open all summer\n\n" + lead, "Pier closes for repairs", lead},
		{"hard-wrapped lead", "Pier closes for repairs\n\nThe town council of Marlow Bay voted on Tuesday to close the old pier\nfor repairs after engineers found cracks in its supports.", "Pier closes for repairs", lead},
		{"all on one line", "Pier closes for repairs " + lead + " Work will start in May and last six weeks, the council said.", "Pier closes for repairs", lead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseArticle(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.wantTitle {
				t.Errorf("title %q, want %q", a.Title, tc.wantTitle)
			}
			if got := a.Paragraphs[0][0]; got != tc.wantFirst {
				t.Errorf("first sentence %q, want %q", got, tc.wantFirst)
			}
		})
	}
}

// entityType analyses a text and returns the type of the entity named name.
func entityType(t *testing.T, text, name string) etype {
	t.Helper()
	a, err := ParseArticle("Title line\n\n" + text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, e := range an.ents {
		if e.name == name && e.alias < 0 {
			return e.typ
		}
	}
	return eNone
}

func TestMentionTypes(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       etype
	}{
		{"Harriet Vane said the results were clear.", "Harriet Vane", ePerson},
		{"Forecasters expect snow over the Upper Plains by Friday.", "Upper Plains", eNone},
		{"Residents wished each other a Merry Midwinter at the fair.", "Merry Midwinter", eNone},
		{"The figures were first reported by the Harbour Gazette on Monday.", "Harbour Gazette", eOrg},
		{"\"We are ready,\" she told the Valley Times, before the vote.", "Valley Times", eOrg},
		{"Tickets sold out for the band Velvet Harbour within an hour.", "Velvet Harbour", eNone},
		{"The team lifted the Coastal Cup after a late goal.", "Coastal Cup", eNone},
		{"Analyst Priya Raman of Norbridge Securities said sales were weak.", "Norbridge Securities", eOrg},
		{"Matt Holland scored early. Later Holland hit the post again.", "Matt Holland", ePerson},
		{"Talks were held in Lisbon on Friday.", "Lisbon", ePlace},
		// Well-known names the sentence alone cannot type.
		{"The console was made by Sony and shipped in spring.", "Sony", eOrg},
		{"The fair opened in Las Vegas with record crowds.", "Las Vegas", ePlace},
		{"She reached the final at Wimbledon for the first time.", "Wimbledon", eOrg},
		{"That is good news for people like Dana Okonkwo, who flew home early.", "Dana Okonkwo", ePerson},
		{"Festivals booked bands like Velvet Harbour this year.", "Velvet Harbour", eNone},
		{"Indochina Air Cargo said the aircraft had passed an inspection.", "Indochina Air Cargo", eOrg},
		{"South Korean shares rose for a second straight session on Wednesday.", "South Korean", eNone},
		{"For her first seven years she drove a council Morris Minor around the hill farms.", "Morris Minor", eNone},
		{"The case concerns a plot that Lakeshore Crest says it bought from a private owner in 2019.", "Lakeshore Crest", eOrg},
		{"New Zealand shares rose for a second straight session on Wednesday.", "New Zealand", ePlace},
		{"Netball Otago chief executive Tania Brewster said the crowd was the largest in years.", "Netball Otago", eOrg},
		{"Rheinland Handelsbank AG said on Thursday it would cut 1,850 positions.", "Rheinland Handelsbank AG", eOrg},
		{"Margaret Eyles, 67, from March, said her husband spent 31 hours in a corridor.", "March", ePlace},
		{"Exporters in the Central Highlands province of Dak Lak said farmers were holding back stocks.", "Dak Lak", ePlace},
		{"Evan Kowalczyk scored to give Minnesota Duluth a 4-3 win over North Dakota.", "Minnesota Duluth", eNone},
		{"\"Semi's got the best footwork in the club,\" he said.", "Semi's", eNone},
		{"The sponsor, a Republican from Sierra Vista whose district includes the basin, spoke first.", "Sierra Vista", eSite},
		{"A stretched-out version of Harbour Lights builds for almost eight minutes, McCallum leaning into his amplifier.", "Harbour Lights", eNone},
		{"Liberal Democrat Sarah Teather told researchers the count would take a week.", "Sarah Teather", ePerson},
		{"Sony's Playstation Portable is the top gadget this year. Portable gadgets dominate the list.", "Playstation Portable", eNone},
		{"A late penalty sent Bristol Rovers into the cup final.", "Bristol Rovers", eOrg},
	} {
		if got := entityType(t, tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q: type %d, want %d", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestAliasLinking(t *testing.T) {
	text := `Inquiry finds council ignored warnings

Councillor Robert Vane Marsh has quit the Harbour Party after a row over the budget, he said on Monday.

Vane Marsh said the party had ignored warnings about the sea wall. Prof Ada Quill, who led the inquiry, said the findings were clear.

Professor Quill said repairs would cost 4 million pounds. Harbour master Tom Reed and engineer Lucy Park agreed with the report.

Reed said the wall had been patched 12 times since 1990. Park said the work should start in June.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	live := map[string]bool{}
	for _, e := range an.ents {
		if e.typ == ePerson {
			live[e.name] = true
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Robert Vane Marsh", true}, {"Vane Marsh", false}, {"Ada Quill", true}, {"Quill", false}, {"Prof Ada Quill", false},
	} {
		if live[tc.name] != tc.want {
			t.Errorf("person %q: %v, want %v (people %v)", tc.name, live[tc.name], tc.want, live)
		}
	}
	for _, q := range Candidates(a) {
		ws := make([][]string, len(q.Options))
		for i, o := range q.Options {
			ws[i] = nameWords(o)
		}
		for i := range ws {
			for j := range ws {
				if i != j && subsetWords(ws[i], ws[j]) {
					t.Errorf("%q offers %q and %q: the same thing twice", q.Prompt, q.Options[i], q.Options[j])
				}
			}
		}
	}
}

func TestNumberDistractors(t *testing.T) {
	for _, tc := range []struct {
		sentence, slot string
		check          func(opt string) bool
	}{
		{"Turnout in the ward rose to 64% this year.", "64%", func(o string) bool { return strings.HasSuffix(o, "%") && numVal(o) <= 100 }},
		{"Turnout in the ward fell to 97.5% this year.", "97.5%", func(o string) bool { return strings.HasSuffix(o, "%") && numVal(o) <= 100 && strings.Contains(o, ".") }},
		{"The club was founded in 1921 by dock workers.", "1921", func(o string) bool { v := numVal(o); return v >= 1910 && v <= 1930 }},
		{"The new stand cost £12m to build.", "£12m", func(o string) bool { return strings.HasPrefix(o, "£") && strings.HasSuffix(o, "m") }},
		{"About 45,000 fans watched the final.", "45,000", func(o string) bool { return strings.Contains(o, ",") }},
		{"The ferry carries seven cars at a time.", "seven", func(o string) bool { return numberWordIndex(o) > 0 }},
		{"The council may close a noisy pub for 24 hours.", "24", func(o string) bool { return slices.Contains(unitValues["hour"], numVal(o)) }},
		{"On Friday the pound closed at $1.3270 in London.", "$1.3270", func(o string) bool { v := numVal(o); return v > 1.1 && v < 1.5 }},
		{"He was held in the camp for 33 months.", "33", func(o string) bool { return slices.Contains(unitValues["month"], numVal(o)) }},
		{"The site will employ about 2,000 workers at its peak.", "2,000", func(o string) bool { v := numVal(o); return v <= 1500 || v >= 2500 }},
		{"The bank kept interest rates at 4.75% on Thursday.", "4.75%", func(o string) bool { v := numVal(o) * 4; return math.Abs(v-math.Round(v)) < 1e-9 }},
		{"Just 58.5% of patients were seen in time.", "58.5%", func(o string) bool { return !strings.HasSuffix(o, ".0%") }},
		{"Officers recorded a pH of 11.8 downstream of the outfall.", "11.8", func(o string) bool { return numVal(o) <= 14 }},
		{"The conductor chose the 1890 version of the symphony.", "1890", func(o string) bool { v := numVal(o); return v >= 1840 && v <= 1940 }},
		{"Voters also rejected by 61.4 percent a plan to lower the voting age.", "61.4 percent", func(o string) bool { return numVal(o) > 50 }},
		{"Officers recorded pH 12.6 downstream of the outfall.", "12.6", func(o string) bool { return numVal(o) <= 14 }},
	} {
		a, _ := ParseArticle("Title\n\n" + tc.sentence)
		an := analyse(a)
		found := false
		for i := range an.sents[0].ments {
			m := &an.sents[0].ments[i]
			if m.text != tc.slot {
				continue
			}
			found = true
			ds := an.distractors(&an.sents[0], m, m.text, 3)
			if len(ds) != 3 {
				t.Errorf("%q: distractors %q, want 3", tc.slot, ds)
				continue
			}
			for _, d := range ds {
				if !tc.check(d) {
					t.Errorf("%q: distractor %q is not of the same form or range", tc.slot, d)
				}
			}
		}
		if !found {
			t.Errorf("no mention %q in %q", tc.slot, tc.sentence)
		}
	}
	// The key's rank over many sentences is spread: no rank takes most.
	counts := make([]int, 4)
	for k := 0; k < 200; k++ {
		a, _ := ParseArticle("Title\n\nThe ward counted " + itoa(100+k*7) + " new voters in district " + itoa(k) + ".")
		an := analyse(a)
		m := &an.sents[0].ments[0]
		ds := an.distractors(&an.sents[0], m, m.text, 3)
		below := 0
		for _, d := range ds {
			if numVal(d) < m.value {
				below++
			}
		}
		counts[below]++
	}
	for r, c := range counts {
		if c < 30 || c > 70 {
			t.Errorf("key rank %d in %d of 200 questions, want about 50: %v", r, c, counts)
		}
	}
}

func numVal(s string) float64 {
	n := numericPart(s)
	if n == "" {
		if i := numberWordIndex(s); i >= 0 {
			return float64(i)
		}
		return -1
	}
	v := 0.0
	frac, scale := false, 0.1
	for _, c := range n {
		switch {
		case c == '.':
			frac = true
		case c == ',':
		case frac:
			v += float64(c-'0') * scale
			scale /= 10
		default:
			v = v*10 + float64(c-'0')
		}
	}
	return v
}

func TestIncidentalSlots(t *testing.T) {
	for _, tc := range []struct {
		sentence, slot string
		want           bool
	}{
		{"The parade starts at 9 a.m. on Thursday.", "9", true},
		{"If it is 12.30 on a Saturday morning, the bar is shut.", "12.30", true},
		{"Shares rose 12.30 points by the close.", "12.30", false},
		{"The fund raised £40m ($52m) for the hospital.", "$52m", true},
		{"Ruth Marsh, 42, said the school needed a roof.", "42", true},
		{"Dennis Hollister, then 54, a retired schoolteacher, broke his pelvis.", "54", true},
		{"The fund raised £40m for the hospital.", "£40m", false},
		{"It was the first time the club had won.", "first", true},
		{"He scored his third goal of the season.", "third", false},
		{"Elsewhere in the top 10, a rock band came second.", "10", true},
		{"A third person is still missing after the storm.", "third", true},
		{"His takings fell by a third during the closure.", "third", true},
		{"A third of voters stayed at home.", "third", true},
		{"The club won a third title in May.", "third", false},
		{"The mayor won a third term in the spring.", "third", false},
		{"By 1150 GMT, the shares were down 9.4% at 38.12 euros.", "1150", true},
		{"The firm now expects a margin of 8.5% to 9.0%, against a previous range of 9.5% to 10.5%.", "10.5%", true},
		{"Anyone with information is asked to contact police on 105 quoting the file number.", "105", true},
		{"Witnesses should call 111 or speak to an officer.", "111", true},
		{"The cuts meant fewer crews to answer 911 calls on the west side.", "911", true},
		{"The centre took 640 calls in its first week.", "640", false},
		{"The council voted on 12 new bus routes.", "12", false},
		{"Police are contacting 40 families who bought the toys.", "40", false},
		{"She was born in Duluth, the second of three children of a ship's engineer.", "second", true},
		{"The Nuggets opened the fourth with Whitfield's 3 from the left corner.", "3", true},
		{"Andre Coleman missed a 3 from the top of the key at the other end.", "3", true},
		{"I have had more letters about the 38 bus than about any other issue.", "38", true},
		{"The council runs 38 buses on the island.", "38", false},
		{"The shooting happened in the 3400 block of Salem Avenue.", "3400", true},
		{"Priority streets such as Circle Drive, 8th Street East and Idylwyld Drive are not part of the zones.", "8th", true},
		{"A well-fitted N95 respirator filters at least 95 per cent of airborne particles.", "95 per cent", true},
		{"The fine particles known as PM2.5 are 2.5 micrometres across or smaller.", "2.5", true},
		{"The Boeing 737 carried 95 passengers.", "95", false},
		{"The Airbus A330-900 was about 90 minutes into the journey.", "90", false},
		{"Abdel-Rahman said a second chamber at the base of the shaft was partly blocked.", "second", true},
		{"The mayor won a second term in May.", "second", false},
		{"Hughes, now 82, said she had been the most stubborn person he ever worked with.", "82", true},
		{"A former senior engineer in the city's works department, Jürgen S., 58, was sentenced to three years in prison.", "58", true},
		{"Rescue 1122, the provincial emergency service, said it had deployed more than 350 staff.", "1122", true},
		{"Rescue 1122, the provincial emergency service, said it had deployed more than 350 staff.", "350", false},
		{"The council sold 3400 blocks of flats.", "3400", false},
		{"The developer will buy the land, which includes nine of the course's 18 holes.", "18", true},
		{"Lindgren birdied four of the last five holes.", "five", false},
		{"Ybarra is batting .347 with 21 RBIs in August.", "347", true},
		{"The visitors scored a 3 in the last minute.", "3", true},
		{"The club's 12 players flew home on Monday.", "12", false},
		{"Revenue fell 6% to 3.2bn euros.", "3.2bn", false},
		{"The tax will rise from 10% to 18% for most savers.", "18%", false},
		{"It now expects revenue of $17.6 billion to $17.9 billion, down from its previous forecast of $18.1 billion to $18.4 billion.", "$18.4 billion", true},
		{"Revenue rose from $2.6 billion to $3.2 billion.", "$3.2 billion", false},
		{"A retired miner from Cowdenbeath, who is now 89, paid £22,000 for a driveway.", "89", true},
		{"The price is now 89 pence a litre.", "89", false},
		{"Batch codes beginning 2209 through to 2401 are included in the recall.", "2209", true},
		{"Batch codes beginning 2209 through to 2401 are included in the recall.", "2401", true},
		{"The code changed in 2019, and 2401 homes were sold that year.", "2401", false},
		{"The firm recalled 2209 heaters in the batch.", "2209", false},
	} {
		checkSlot(t, tc.sentence, tc.slot, "incidental", incidental, tc.want)
	}
}

// checkSlot checks test on the mention slot of sentence, the only
// sentence of an article.
func checkSlot(t *testing.T, sentence, slot, name string, test func(*sent, *mention) bool, want bool) {
	t.Helper()
	a, _ := ParseArticle("Title\n\n" + sentence)
	an := analyse(a)
	found := false
	for i := range an.sents[0].ments {
		m := &an.sents[0].ments[i]
		if m.text == slot {
			found = true
			if got := test(&an.sents[0], m); got != want {
				t.Errorf("%q in %q: %s %v, want %v", slot, sentence, name, got, want)
			}
		}
	}
	if !found {
		t.Errorf("no mention %q in %q", slot, sentence)
	}
}

// TestNumberAsPronoun: "the two" that stands for things named before is
// no number to ask; "the two ferries" is.
func TestNumberAsPronoun(t *testing.T) {
	for _, tc := range []struct {
		sentence, slot string
		want           bool
	}{
		{"What we are seeing now is the two drifting apart.", "two", true},
		{"The three of them left the island by boat.", "three", true},
		{"The island hired the two ferries for the summer.", "two", false},
		{"The council hired two ferries for the summer.", "two", false},
		{"The town grew by the 48 new homes built last year.", "48", false},
		{"Phone records placed all three near the scene.", "three", true},
		{"The club sold all three players in May.", "three", false},
		{"Only three are in public collections.", "three", true},
		{"Two were taken to hospital with minor injuries.", "Two", true},
		{"Two men were taken to hospital.", "Two", false},
		{"Twelve of the 40 passengers were hurt.", "Twelve", false},
	} {
		checkSlot(t, tc.sentence, tc.slot, "numberAsPronoun", numberAsPronoun, tc.want)
	}
}

func TestStandaloneAndNegation(t *testing.T) {
	text := `Ferry service resumes

Captain Ines Moreau restarted the island ferry on Monday after a week of storms.

She said the crossing was calm. It carried 40 passengers on its first trip.

The harbour board approved the timetable. The new boat was built in Gdansk.

The timetable gives the island a daily service. A second boat is missing.

Harbex wants the council to build a second pier near the old harbour wall.

About 40 families were moved to the school hall on the island.

The harbour board closed the old pier and opened a new cafe beside it.

Complaints from the passengers were mostly mild, such as cold tea on the deck.

The harbour board can close the old quay in a storm.

The harbour board has said that the old quay will close in the winter.

Passengers left the ferry using its ramp and were taken to the hall by bus.

Storms also sink an estimated 300 small boats around the island each year.

Experts believe it was built in the late first century AD, soon after the Romans founded a fort at Skerra.

A resale of returned tickets for the ferry will take place in the spring.

Using samples collected at the quay, the harbour board was able to trace the oil spill.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, tc := range []struct {
		sent      int
		wantOK    bool
		wantLead  string
		wantFalse string // the negated statement, "" when none
	}{
		{0, true, "", "Captain Ines Moreau did not restart the island ferry on Monday after a week of storms."},
		{1, true, "Ines Moreau", ""},
		{2, false, "", ""},
		{3, true, "", "The harbour board did not approve the timetable."},
		{4, true, "", "The new boat was not built in Gdansk."},
		{5, true, "", "The timetable does not give the island a daily service."},
		{6, true, "", ""}, // too short to judge alone
		{7, true, "", "Harbex does not want the council to build a second pier near the old harbour wall."},
		{8, true, "", ""},  // a count of those who were not is no negation
		{9, true, "", ""},  // "did not close … and opened …" is half true
		{10, true, "", ""}, // "were not mostly mild": not clearly false
		{11, true, "", "The harbour board cannot close the old quay in a storm."},
		{12, true, "", ""}, // "has not said that…" denies the saying, not the claim
		{13, true, "", ""}, // "did not leave … and were taken …" is half true
		{14, true, "", ""}, // "an estimated" is no verb: never "sink an did not estimate"
		{15, true, "", ""}, // "believe it was built": what "it" is, only the sentence before says
		{16, true, "", "A resale of returned tickets for the ferry will not take place in the spring."}, // "returned" is no verb
		{17, true, "", ""}, // the verb after "Using samples" is no claim: never "samples did not collect"
	} {
		s := &an.sents[tc.sent]
		lead, ok := an.standaloneLead(s)
		if ok != tc.wantOK || lead.text != tc.wantLead {
			t.Errorf("sentence %d: standalone %v lead %q, want %v %q", tc.sent, ok, lead.text, tc.wantOK, tc.wantLead)
		}
		c, ok := an.negationQuestion(s, 1)
		got := ""
		if ok {
			// Either version may be asked; rebuild the false one.
			got = strings.TrimPrefix(c.q.Prompt, "True or false? ")
			if c.q.Answer == 0 {
				got = "(true asked)"
			}
		}
		if tc.wantFalse == "" && ok {
			t.Errorf("sentence %d: negation %q, want none", tc.sent, got)
		}
		if tc.wantFalse != "" && (!ok || got != tc.wantFalse && got != "(true asked)") {
			t.Errorf("sentence %d: negation %q (ok %v), want %q", tc.sent, got, ok, tc.wantFalse)
		}
	}
}

func TestNotEnglish(t *testing.T) {
	french := "Le conseil municipal a voté mardi\n\nLe conseil municipal de la ville a voté mardi pour la fermeture du vieux port. Les travaux commenceront en mai et dureront six semaines, selon la mairie. Les habitants sont invités à une réunion publique jeudi soir."
	for _, tc := range []struct {
		name, text string
		want       error
	}{
		{"french", french, ErrNotEnglish},
		{"english", "Pier closes\n\nThe town council voted on Tuesday to close the old pier. Engineers said the supports had cracked and the work would take six weeks. The mayor, Ruth Marsh, said it was the right decision.", nil},
	} {
		_, err := Generate(tc.text, Options{})
		if tc.want == nil && errors.Is(err, ErrNotEnglish) || tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestQuoteSpeakersAndRoles(t *testing.T) {
	text := `Singer to marry

Pop star Lena Brook is to marry producer Sam Vale, the singer's agent has confirmed.

"No date has been set yet," said Brook's agent Nadia Penn.

London-born Brook had her first hit in 2001, and Vale's company Tide Records released it.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for _, e := range an.ents {
		if e.name == "Sam Vale" {
			for _, r := range e.roles {
				if strings.Contains(r.text, "agent") {
					t.Errorf("Sam Vale got the role %q from a clause, not an appositive", r.text)
				}
			}
		}
	}
	s := &an.sents[1]
	if len(s.quotes) != 1 || s.quotes[0].speaker < 0 {
		t.Fatalf("quotes %+v: want one with a speaker", s.quotes)
	}
	if got := an.ents[s.ments[s.quotes[0].speaker].ent].name; got != "Nadia Penn" {
		t.Errorf("speaker %q, want Nadia Penn", got)
	}
	for _, m := range an.sents[2].ments {
		if strings.Contains(m.text, "London-born") {
			t.Errorf("mention %q keeps a compound adjective", m.text)
		}
	}
}

func TestSurePronoun(t *testing.T) {
	text := `Chart news

Ava Stone topped the chart, beating Kit Hale and Lou Lind.

She earned 2 million pounds.

Dan Mole praised the album.

He called it her best.

Ava Stone also beat Mark Hale and John Lind in the spring.

She earned 3 million pounds.`
	a, _ := ParseArticle(text)
	an := analyse(a)
	for _, tc := range []struct {
		sent   int
		wantOK bool
	}{
		{1, false}, // three people of unknown gender in the sentence before: not sure
		{3, true},  // one person before
		{5, true},  // the two others have men's given names
	} {
		_, ok := an.standaloneLead(&an.sents[tc.sent])
		if ok != tc.wantOK {
			t.Errorf("sentence %d: standalone %v, want %v", tc.sent, ok, tc.wantOK)
		}
	}
}

func TestWhyQuestions(t *testing.T) {
	text := `Ferry service resumes

The harbour board delayed the new timetable because the storms damaged the slipway.

Captain Ines Moreau cancelled the Monday crossing because the waves were too high.

The council raised fares because fuel prices rose sharply.

Many islanders bought season tickets because they save money.`
	q, err := Generate(text, Options{N: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, qu := range q.Questions {
		if !strings.HasPrefix(qu.Prompt, "Why ") {
			continue
		}
		found = true
		if qu.Prompt != "Why did the harbour board delay the new timetable?" && qu.Prompt != "Why did Captain Ines Moreau cancel the Monday crossing?" && qu.Prompt != "Why did the council raise fares?" {
			t.Errorf("why-question %q", qu.Prompt)
		}
		if !strings.Contains(strings.ToLower(qu.Evidence.Text), strings.ToLower(qu.Correct())) {
			t.Errorf("%q: key %q is not the evidence's reason", qu.Prompt, qu.Correct())
		}
		if len(qu.Options) < 3 {
			t.Errorf("%q has %d options", qu.Prompt, len(qu.Options))
		}
	}
	if !found {
		t.Error("no why-question from three cause clauses")
	}
}

func TestReasonForms(t *testing.T) {
	text := `Ferry timetable changes

The harbour board delayed the new timetable because of the storm damage.

Captain Ines Moreau cancelled the crossing due to high winds on the bay.

The council raised fares in order to pay for a new slipway.

Fares rose because of the vast, unexplained rise in fuel prices.

The board added a late boat so that pupils can reach the mainland school.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range analyse(a).reasons() {
		kind := "cause"
		if r.purpose {
			kind = "purpose"
		}
		got = append(got, kind+": "+r.text)
	}
	want := []string{
		"cause: Because of the storm damage",
		"cause: Because of high winds on the bay",
		"purpose: To pay for a new slipway",
		"purpose: So that pupils can reach the mainland school",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("reasons\n got %q\nwant %q", got, want)
	}
}

func TestHowManyAndHowMuch(t *testing.T) {
	text := `Harbour repairs

The researchers conducted two studies into the impact of the storm on the harbour.

The council spent £2m on the harbour wall last year.

The board raised fares by 5% in March.

The cafe's takings fell 12% over the summer.

The harbour trust has offered 6% to its staff.

The visitors shot 54% from the field in the first half.

The left-hander struck seven fours and five sixes before lunch.

The harbourmaster said 40 boats, six cranes and a ferry were lost in the storm.

The second goal arrived six minutes before half-time.

Rovers equalised five minutes later.

Forward Evan Kowalczyk scored 2 minutes, 41 seconds into overtime.

Manager Graeme Findlay made two changes at the interval and a third on 62 minutes.

The patient spent 31 hours on a trolley in the corridor.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"How many studies did the researchers conduct into the impact of the storm on the harbour?": true,
		"How much did the council spend on the harbour wall last year?":                             true,
		"By how much did the cafe's takings fall over the summer?":                                  true,
		"How much has the harbour trust offered to its staff?":                                      true,
		"How many hours did the patient spend on a trolley in the corridor?":                        true,
	}
	for _, q := range Candidates(a) {
		if strings.HasPrefix(q.Prompt, "By how much has the harbour trust") {
			t.Errorf("%q: an offer is not a change", q.Prompt)
		}
		if strings.HasPrefix(q.Prompt, "How many changes") {
			t.Errorf("%q: a second count follows", q.Prompt)
		}
		if strings.HasPrefix(q.Prompt, "How many minutes") {
			t.Errorf("%q: a time, no count", q.Prompt)
		}
		if strings.HasPrefix(q.Prompt, "How many boats") {
			t.Errorf("%q: the count opens what was said, no count of sayings", q.Prompt)
		}
		if strings.HasPrefix(q.Prompt, "How many fours") {
			t.Errorf("%q: the second count is left in", q.Prompt)
		}
		if strings.Contains(q.Prompt, "How much did the visitors shoot") {
			t.Errorf("%q: a share of shots is no amount", q.Prompt)
		}
		delete(want, q.Prompt)
	}
	for p := range want {
		t.Errorf("no candidate %q", p)
	}
}

// TestVerbGroupQuestionNeedsOneVerb: "did" cannot be moved before a verb
// that sits in a clause inside the subject ("The last time the club won
// the cup was in 2009"), but it can when the later verb is in a clause of
// its own. An aside on the slot taken out goes with it ("in 2016, the
// first loss since 1990").
func TestVerbGroupQuestionNeedsOneVerb(t *testing.T) {
	an := analyseText(t, `The last time the club won the cup was in 2009.

Mayor Ann Lee opened the new bridge in 2019 after a long delay.

A ferry sank off the coast of Skerra in 2016, the first loss of a ferry in the region since 1990.

The number of mortgages approved for house purchases fell to 45,400 in 2023.

Mr Okafor was elected MP for Harrow North in 2015 and became health minister in 2021.

Building is expected to start in 2026 and to take about 15 years.

The target was to end two-year waits in most specialties by 2023.

The free lunch scheme was introduced in 2014 and now covers about 1.3 million pupils.

The recall covers almost every car sold in the US since the system was introduced in 2015.

The new school is expected to open in 2027 and hold about 1,100 pupils.

Dr Hsu formally retired in 2009 but kept an office at the institute.`)
	for _, tc := range []struct {
		sent       int
		slot, want string
	}{
		{7, "2014", "In which year was the free lunch scheme introduced?"}, // "and now covers…" stays out
		{8, "2015", ""}, // "sold" is no verb of "The recall covers…"
		{0, "2009", ""},
		{1, "2019", "In which year did mayor Ann Lee open the new bridge after a long delay?"},
		{2, "2016", "In which year did a ferry sink off the coast of Skerra?"}, // the aside goes with the slot
		{3, "2023", ""}, // "approved" only describes the mortgages: the verb is "fell"
		{4, "2021", ""}, // the slot is in the second verb phrase
		{4, "2015", "In which year was Mr Okafor elected MP for Harrow North?"},
		// A bare noun opening the sentence is its subject, in lower case
		// (no site called "Building"); the second plan stays out.
		{5, "2026", "In which year is building expected to start?"},
		{6, "2023", ""}, // "When was the target to end…?" would ask when it was set
		{9, "2027", "In which year is the new school expected to open?"}, // "and hold…": a second plan
		{10, "2009", "In which year did Dr Hsu formally retire?"},        // the title keeps its capital
	} {
		s := &an.sents[tc.sent]
		x := -1
		for k, tk := range s.toks {
			if tk.text == tc.slot {
				x = k
			}
		}
		if x < 0 {
			t.Fatalf("sentence %d: no %q", tc.sent, tc.slot)
		}
		got := "" // no main clause parsed: no question
		if len(s.cls) > 0 && s.cls[0].ok {
			got = an.verbGroupQuestion(s, s.cls[0], "In which year", x-1, x+1)
		}
		if got != tc.want {
			t.Errorf("sentence %d: got %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestShowingVerbNotInSubject: "Court records show Reed was convicted…"
// gives no "In which year was Court records show Reed convicted?".
func TestShowingVerbNotInSubject(t *testing.T) {
	an := analyseArticle(t, `Man charged

Tom Reed, 24, was charged with robbery on Friday.

Court records show Reed was previously convicted of theft in 2021 and was on probation at the time.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && strings.Contains(c.q.Prompt, "records show") {
			t.Errorf("asked: %q", c.q.Prompt)
		}
	}
}

// mentionOf returns the index of the mention of s written text, or fails
// the test.
func mentionOf(t *testing.T, s *sent, text string) int {
	t.Helper()
	for i := range s.ments {
		if s.ments[i].text == text {
			return i
		}
	}
	t.Fatalf("no mention %q in %q", text, s.text)
	return -1
}

// TestYearDistractors: a recent year gets its neighbours, a round year long
// past gets other decades, none of them after 2000, and a round year
// ahead, a target, gets other decades too ("by 2100", never "by 2099").
func TestYearDistractors(t *testing.T) {
	an := analyseText(t, `Heavy rain days have doubled since 1960, a study found.

The bridge was finished in 2004 after years of delay.

Half of the glaciers in the Alps will be gone by 2100, scientists say.`)
	for _, tc := range []struct {
		sent int
		year string
		want []string
	}{
		{0, "1960", []string{"1930", "1940", "1950", "1970", "1980", "1990"}},
		{2, "2100", []string{"2070", "2080", "2090", "2110", "2120", "2130"}},
		{1, "2004", []string{"1999", "2000", "2001", "2002", "2003", "2005", "2006", "2007", "2008", "2009"}},
	} {
		_, got := threeOptions(t, an, tc.sent, tc.year)
		for _, g := range got {
			if !slices.Contains(tc.want, g) {
				t.Errorf("%s: option %s, want one of %v", tc.year, g, tc.want)
			}
		}
	}
}

// TestCenturiesThatHaveBeen: "in the 15th century" gets no century after
// the 21st.
func TestCenturiesThatHaveBeen(t *testing.T) {
	an := analyseText(t, `White storks stopped breeding in Britain in the 15th century, said Ann Lee.`)
	_, got := threeOptions(t, an, 0, "15th")
	for _, g := range got {
		if numVal(strings.TrimRight(g, "stndrh")) > 21 {
			t.Errorf("15th century: option %s", g)
		}
	}
}

// TestHolesOfARound: "the par-3 16th" and "the 17th hole" get no hole
// after the 18th.
func TestHolesOfARound(t *testing.T) {
	an := analyseText(t, `His only bogey came at the par-3 16th, where his tee shot found the water.

Lindqvist then drove into a bunker on the 17th hole and missed a short putt.`)
	for _, tc := range []struct {
		sent int
		slot string
	}{{0, "16th"}, {1, "17th"}} {
		_, got := threeOptions(t, an, tc.sent, tc.slot)
		for _, g := range got {
			if numVal(strings.TrimRight(g, "stndrh")) > 18 {
				t.Errorf("%s: option %s", tc.slot, g)
			}
		}
	}
}

// TestNoOneBeforeAPlural: "Two years like this" never gets "One years",
// nor "two further deaths" "One further deaths".
func TestNoOneBeforeAPlural(t *testing.T) {
	an := analyseText(t, `Two years like this have cost the glaciers a tenth of their ice, said Ann Lee.`)
	_, got := threeOptions(t, an, 0, "Two")
	if slices.Contains(got, "One") {
		t.Errorf("Two years: options %v hold One", got)
	}
	an = analyseText(t, `Two further deaths were confirmed in the county, said Ann Lee.`)
	if _, got := threeOptions(t, an, 0, "Two"); slices.Contains(got, "One") {
		t.Errorf("Two further deaths: options %v hold One", got)
	}
}

// TestOldYearsAndSmallerUnits: "born in 1775," is a year, and gets years
// as options, while "in 1500 homes" is a count; the months after "13 years
// and" stay under twelve, the minutes after "two hours and" under 60.
func TestOldYearsAndSmallerUnits(t *testing.T) {
	an := analyseText(t, `The painter, who was born in Norwich in 1775, died in 1851.

The flood reached water levels seen in 1500 homes last year.

She became champion at the age of 13 years and four months.

The rescue took two hours and 40 minutes.`)
	s := &an.sents[1]
	for _, m := range s.ments {
		if m.typ == eDate {
			t.Errorf("%q: %q read as a date", s.text, m.text)
		}
	}
	for _, tc := range []struct {
		sent   int
		key    string
		date   bool
		lo, hi float64
	}{
		{0, "1775", true, 1765, 1785},
		{2, "four", false, 1, 11},
		{3, "40", false, 1, 59},
	} {
		m, got := threeOptions(t, an, tc.sent, tc.key)
		if (m.typ == eDate) != tc.date {
			t.Errorf("%s: date %v, want %v", tc.key, m.typ == eDate, tc.date)
		}
		for _, g := range got {
			v := numVal(g)
			if w := numberWordIndex(g); w >= 0 {
				v = float64(w)
			}
			if v < tc.lo || v > tc.hi {
				t.Errorf("%s: option %s outside %v to %v", tc.key, g, tc.lo, tc.hi)
			}
		}
	}
}

// TestMajorityShares: the share by which a measure passed is more than
// half, and so are its options; a share that won nothing is left free.
func TestMajorityShares(t *testing.T) {
	an := analyseText(t, `The measure passed with 58% of the vote on Tuesday, the county said.

Turnout reached 58% by noon, officials said.`)
	_, got := threeOptions(t, an, 0, "58%")
	for _, g := range got {
		if numVal(g) <= 50 {
			t.Errorf("58%% of the vote: option %s is no majority", g)
		}
	}
	s := &an.sents[1]
	if passedVote(s, &s.ments[mentionOf(t, s, "58%")]) {
		t.Errorf("turnout 58%% read as a majority")
	}
}

// TestRangeEndsKeepTheirSide: the start of a range ("between 2019 and
// 2021", "from 40 to 60") is offered only with values before its end, and
// the end only with values after its start: "between 2022 and 2021" would
// give the key away.
func TestRangeEndsKeepTheirSide(t *testing.T) {
	an := analyseText(t, `The survey ran between 2019 and 2021 in six towns.

Crews cleared from 40 to 60 tonnes of silt each day.

The climbing season usually runs from April to early June.`)
	for _, tc := range []struct {
		sent   int
		key    string
		before bool // options must be below the other end
		other  float64
	}{
		{0, "2019", true, 2021},
		{0, "2021", false, 2019},
		{1, "40", true, 60},
		{1, "60", false, 40},
	} {
		_, got := threeOptions(t, an, tc.sent, tc.key)
		for _, g := range got {
			v, err := strconv.ParseFloat(g, 64)
			if err != nil {
				t.Fatalf("%s: option %q is no number", tc.key, g)
			}
			if tc.before && v >= tc.other || !tc.before && v <= tc.other {
				t.Errorf("%s: option %s is on the wrong side of %v", tc.key, g, tc.other)
			}
		}
	}
	// "from April to early June": the start stays before June.
	_, got := threeOptions(t, an, 2, "April")
	for _, g := range got {
		if k := monthIndex(g); k >= monthIndex("June") {
			t.Errorf("April (to early June): option %s", g)
		}
	}
}

// TestCountedAfter finds a count the sentence spells out after it, which
// a question on the number would give away.
func TestCountedAfter(t *testing.T) {
	for _, tc := range []struct {
		text, num string
		want      bool
	}{
		{"Coach Ana Ruiz made two changes, bringing on Tomas Berg and the young winger Ivo Sand.", "two", true},
		{"The firm opened three offices, in Paris, Madrid and Rome.", "three", true},
		{"The firm opened three offices, in Paris and Madrid.", "three", false},
		{"Coach Ana Ruiz made two changes after Tomas Berg was hurt.", "two", false},
	} {
		an := analyseText(t, tc.text)
		s := &an.sents[0]
		if got := countedAfter(s, mentionOf(t, s, tc.num)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoFractionTops asks no number question on the top of a fraction:
// "four thirds" beside "two thirds" would give the answer away.
func TestNoFractionTops(t *testing.T) {
	an := analyseText(t, `Only about two thirds of pupils in the district passed the new reading test this year.`)
	s := &an.sents[0]
	if got := an.slotQuestions(s, mentionOf(t, s, "two"), 1); len(got) != 0 {
		t.Errorf("asked %q", got[0].q.Prompt)
	}
}

// TestCountryAdjectiveGivesAway: a question on a country never keeps the
// country's adjective in its prompt ("Doctors in _____ reached a deal with
// the Scottish government").
func TestCountryAdjectiveGivesAway(t *testing.T) {
	a, err := ParseArticle(`Nurses vote on pay

Nurses in England will vote on a new pay offer next month, their union said.

Nurses in Wales accepted a similar offer in May.

Nurses in Scotland reached a separate deal with the Scottish government last year.

Nurses in Ireland are still in talks.`)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range Candidates(a) {
		if q.Kind == KindTrueFalse {
			continue
		}
		if strings.Contains(q.Prompt, "Scottish") && q.Options[q.Answer] == "Scotland" {
			t.Errorf("%q gives its key Scotland away", q.Prompt)
		}
		if q.Options[q.Answer] == "Wales" {
			asked = true
		}
	}
	if !asked {
		t.Error("no question on Wales: the test no longer tests the rule")
	}
}

// TestFindingStandsAlone: "They found that …" is asked as the finding,
// whoever "they" were; "They said that …" stays someone's claim and is
// not asked.
func TestFindingStandsAlone(t *testing.T) {
	a, err := ParseArticle(`Island study

Researchers at the Skerra institute counted the island's puffins for ten years.

They found that the number of nesting pairs fell by 40% between 2015 and 2024.

They said that rats were to blame for 30% of the losses.`)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range Candidates(a) {
		if strings.HasPrefix(strings.TrimPrefix(q.Prompt, "True or false? "), "The number of nesting pairs fell by") {
			found = true
		}
		if strings.Contains(q.Prompt, "rats were to blame") {
			t.Errorf("%q: a claim of unknown speakers asked", q.Prompt)
		}
		if strings.Contains(q.Prompt, "They found") {
			t.Errorf("%q: 'they' has no referent in the question", q.Prompt)
		}
	}
	if !found {
		t.Error("no question on the finding 'The number of nesting pairs fell by …'")
	}
}

// TestWherePlaceOfVerb: a where-question moves a place that says where the
// verb happened, not one that belongs to a relative clause, an infinitive,
// the last item of a list or a body's name.
func TestWherePlaceOfVerb(t *testing.T) {
	a, err := ParseArticle(`Mayor in court

The former mayor opened a new library in Leeds in 2019.

Graham Lee accepted cash and a holiday in Portugal from a developer.

Ann Lee set up a charity that pays for young nurses to train in Scotland.

The developer later moved to Spain, and the couple now live in France.

The Red Rigi is owned by the National Gallery of Victoria in Melbourne.`)
	if err != nil {
		t.Fatal(err)
	}
	wantWhere(t, a, "Where did the developer later move?")
}

// wantWhere checks the where-questions made for an article.
func wantWhere(t *testing.T, a *Article, want ...string) {
	t.Helper()
	var got []string
	for _, q := range Candidates(a) {
		if q.Kind == KindWhere {
			got = append(got, q.Prompt)
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("where-questions\n got %q\nwant %q", got, want)
	}
}

// TestBothGivesTwoAway: "I lost two bets and both of them…" says the
// number twice; it is not asked.
func TestBothGivesTwoAway(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"I lost two bets and both of them were close.", true},
		{"The club signed two players in May.", false},
		{"Both clubs signed three players in May.", false},
	} {
		a, _ := ParseArticle("Title\n\n" + tc.sentence)
		an := analyse(a)
		got := false
		for i := range an.sents[0].ments {
			got = got || bothAfter(&an.sents[0], &an.sents[0].ments[i])
		}
		if got != tc.want {
			t.Errorf("bothAfter in %q = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestDateOfReportedSubject: in "said the budget in October had pushed up
// prices" the month dates the budget, not the saying; so in "reported
// that sales had fallen in February", "joined the club that won the cup
// in 1966" and "eight seats, down from 29 seats in 2023".
func TestDateOfReportedSubject(t *testing.T) {
	a, err := ParseArticle(`Rates held

The Conservatives said the budget in October had pushed up prices.

The Bank of England said in March that rates would stay at 4%.

The bank cut rates in August and November.

A week earlier the Retail Council reported that clothing sales had fallen for a fifth month in February.

Tom Reed joined the club that won the cup in 1966 as a coach.

The Harbour Party won only 7.9% and eight seats, down from 29 seats in 2023.`)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range Candidates(a) {
		if q.Kind == KindWhen && (strings.Contains(q.Prompt, "Conservatives") || strings.Contains(q.Prompt, "Retail Council") || strings.Contains(q.Prompt, "Tom Reed") || strings.Contains(q.Prompt, "Harbour Party")) {
			t.Errorf("%q dates the main verb by an inner clause's date", q.Prompt)
		}
		asked = asked || q.Kind == KindWhen && strings.Contains(q.Prompt, "Bank of England say")
	}
	if !asked {
		t.Error(`no when-question on "said in March that…", where the month dates the saying`)
	}
}

// TestHyphenatedAdjectiveIsNoVerb: "arrowhead-shaped" describes; a verb
// with a prefix ("re-elected") is still a verb.
func TestHyphenatedAdjectiveIsNoVerb(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{{"arrowhead-shaped", false}, {"long-awaited", false}, {"re-elected", true}, {"co-founded", true}, {"shaped", true}} {
		if got := isPastVerb([]tok{{text: tc.word, low: tc.word, word: true}}, 0); got != tc.want {
			t.Errorf("isPastVerb(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestBareFiguresMoveByAFew: a figure with no noun after it is a score or
// a round ("a final round of 64", "could only manage a 71"), so its
// options stay within a few of it; a count keeps its wider steps, and so
// does an amount after "more than".
func TestBareFiguresMoveByAFew(t *testing.T) {
	an := analyseText(t, `Ann Lee won the Harbex Classic by three shots after a final round of 64.

Tom Reed could only manage a 71 and finished second.

The club sold 70 tickets for the final.

The agency issued 47 flood warnings and more than 150 less serious flood alerts.`)
	for _, tc := range []struct {
		sent     int
		key      string
		maxShift float64
	}{
		{0, "64", 7},
		{1, "71", 7},
	} {
		m, got := threeOptions(t, an, tc.sent, tc.key)
		for _, g := range got {
			v, _ := strconv.ParseFloat(g, 64)
			if math.Abs(v-m.value) > tc.maxShift {
				t.Errorf("%s: option %s is more than %v away", tc.key, g, tc.maxShift)
			}
		}
	}
	_, got := threeOptions(t, an, 3, "150")
	for _, g := range got {
		if v, _ := strconv.ParseFloat(g, 64); math.Abs(v-150) < 10 {
			t.Errorf("150 after 'more than': option %s moves like a score", g)
		}
	}
	_, got = threeOptions(t, an, 2, "70")
	far := false
	for _, g := range got {
		v, _ := strconv.ParseFloat(g, 64)
		far = far || math.Abs(v-70) > 7
	}
	if !far {
		t.Errorf("70 tickets: options %v, want a count's wider steps", got)
	}
}

// TestComparedFiguresKeepTheirSide: options for one of two figures the
// sentence compares, or of a part and its whole ("3 of its 5 centres"),
// stay on the key's side of the other ("8.2% … compared with 10.3%": no
// option for 10.3% below 8.2%).
func TestComparedFiguresKeepTheirSide(t *testing.T) {
	an := analyseText(t, `Among those on the new drug, 8.2% had a heart attack or a stroke, compared with 10.3% of those on the dummy pill.

Fares rose to 5.5% in May from 3.2% in April, the council said.

Food price inflation eased to 2.9%, from 4% in March.

The firm expects sales of about $20bn in the current quarter, above the $17.9bn that analysts had forecast.

The charity was forced to close 3 of its 5 centres and cut 40 jobs.

The party won 34 of the 150 seats, down from 37 at the last election.

The school also cut the number of subjects pupils take at GCSE from 11 to nine, giving more time to English and maths.

The side have now won 7 matches out of 9 this season.

The visitors had won 14 of their previous 16 games.

The total cost of the project has risen from $2.6 billion to about $3.24 billion.

The plan will cost €18.6 million, with around €15.2 million from the government.

Ledgerline employs 260 people, 180 of them at its headquarters in Dublin.`)
	for _, tc := range []struct {
		sent       int
		key        string
		other      float64
		wantHigher bool
	}{
		{0, "10.3%", 8.2, true},
		{0, "8.2%", 10.3, false},
		{1, "5.5%", 3.2, true},
		{2, "2.9%", 4, false}, // decimals beside a whole figure
		{3, "$20bn", 17.9, true},
		{4, "5", 3, true},    // the whole stays above its part…
		{4, "3", 5, false},   // …and the part below the whole
		{5, "34", 37, false}, // below the whole and below what it fell from
		{6, "11", 9, true},   // a range from a figure down to a number word
		{7, "7", 9, false},   // "7 matches out of 9": the part below the whole
		{7, "9", 7, true},
		{8, "16", 14, true},                // "14 of their previous 16"
		{9, "$3.24 billion", 2.6, true},    // "from $2.6 billion to about $3.24 billion"
		{10, "€15.2 million", 18.6, false}, // "€18.6 million, with around €15.2 million from…"
		{11, "260", 180, true},             // "260 people, 180 of them…"
		{11, "180", 260, false},
	} {
		_, got := threeOptions(t, an, tc.sent, tc.key)
		for _, g := range got {
			v, _ := optionValue(g)
			if tc.wantHigher && v <= tc.other || !tc.wantHigher && v >= tc.other {
				t.Errorf("%s: option %s crosses %v", tc.key, g, tc.other)
			}
		}
	}
}

// TestDescriptionNamedAtOnce: a description opening the lead that names
// its person straight away ("The health minister, Daniel Okafor, has
// resigned") stands alone; one that does not ("The minister has
// resigned") points to someone named before.
func TestDescriptionNamedAtOnce(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Minister quits\n\nThe health minister, Daniel Okafor, has resigned after a row over a contract.", true},
		{"Minister quits\n\nTom Reed met the press on Monday. The minister has resigned after a row over a contract.", false},
		// A nationality for a person named before is a "he" too.
		{"Final won\n\nRoger Kessler won the final in Paris. The Swiss sounded a warning of what was to come.", false},
		{"Final won\n\nRoger Kessler won the final in Paris. But the Spaniard hit back in the next round.", false},
		{"Final won\n\nRoger Kessler won the final in Paris. The Swiss government praised him on Monday.", true},
	} {
		an := analyseArticle(t, tc.text)
		s := &an.sents[len(an.sents)-1]
		if _, got := an.standaloneLead(s); got != tc.want {
			t.Errorf("standaloneLead(%q) = %v, want %v", s.text, got, tc.want)
		}
	}
}

// TestFiguresWithScaleWords: "$1.3 trillion" and "75 million" get options
// of their own kind; the scale word is no name shared by the options.
func TestFiguresWithScaleWords(t *testing.T) {
	an := analyseText(t, `Poorer countries need about $1.3 trillion a year, and the band sold 75 million records.`)
	for _, tc := range []struct{ key, unit string }{{"$1.3 trillion", " trillion"}, {"75 million", " million"}} {
		_, got := threeOptions(t, an, 0, tc.key)
		for _, g := range got {
			if !strings.HasSuffix(g, tc.unit) {
				t.Errorf("%s: option %q lacks %q", tc.key, g, tc.unit)
			}
		}
	}
}

// numberOptions returns up to three wrong options for the number key of
// sentence si, however few the bounds allow.
func numberOptions(t *testing.T, an *analysis, si int, key string) []string {
	t.Helper()
	s := &an.sents[si]
	m := &s.ments[mentionOf(t, s, key)]
	return an.numberDistractors(s, m, newExcluder(s, key), 3)
}

// threeOptions returns the mention written key in sentence si and its three
// wrong options (numbers or dates), or fails the test.
func threeOptions(t *testing.T, an *analysis, si int, key string) (*mention, []string) {
	t.Helper()
	s := &an.sents[si]
	m := &s.ments[mentionOf(t, s, key)]
	var got []string
	if m.typ == eDate {
		got = an.dateDistractors(s, m, newExcluder(s, key), 3)
	} else {
		got = an.numberDistractors(s, m, newExcluder(s, key), 3)
	}
	if len(got) != 3 {
		t.Fatalf("%s: options %v, want 3", key, got)
	}
	return m, got
}

// TestFormatLike: options keep the key's way of writing figures, and an
// option of four digits or more beside a key under 1,000 takes the comma
// ("900" beside "1,100", not "1100").
func TestFormatLike(t *testing.T) {
	for _, tc := range []struct {
		model string
		x     int
		want  string
	}{
		{"900", 1100, "1,100"},
		{"900", 700, "700"},
		{"1,500", 12000, "12,000"},
		{"1100", 1300, "1300"},
		{"2022", 2021, "2021"},
		{"45", 160000, "160,000"},
	} {
		if got := formatLike(tc.model, tc.x); got != tc.want {
			t.Errorf("formatLike(%q, %d) = %q, want %q", tc.model, tc.x, got, tc.want)
		}
	}
}

// TestDecimalKeepsItsCommas: options for "1,455.5" are written "1,746.6".
func TestDecimalKeepsItsCommas(t *testing.T) {
	an := analyseText(t, `The won closed at 1,448.6 per dollar in onshore trade, up 6.9 won from Tuesday's close of 1,455.5.`)
	for _, g := range numberOptions(t, an, 0, "1,455.5") {
		if n, _ := strconv.ParseFloat(strings.ReplaceAll(g, ",", ""), 64); n >= 1000 && !strings.Contains(g, ",") {
			t.Errorf("option %q without its comma", g)
		}
	}
}

// TestChangeIsNoRange: "rose 37% to 705m rupees" gives a change and where
// it ended, not the two ends of a range; "from 11 to nine" is a range.
func TestChangeIsNoRange(t *testing.T) {
	an := analyseText(t, `Spending on research rose 37% to 705m rupees.

The school cut its subjects from 11 to nine.`)
	for _, tc := range []struct {
		sent int
		key  string
		want bool
	}{
		{0, "705m", false},
		{1, "11", true},
	} {
		s := &an.sents[tc.sent]
		o, _ := rangePartner(s, &s.ments[mentionOf(t, s, tc.key)])
		if got := o != nil; got != tc.want {
			t.Errorf("%s: a range end = %v, want %v", tc.key, got, tc.want)
		}
	}
}

// TestRatingsAndBackCountsNotAsked: a reviewer's "Four stars out of five"
// and "put the two women in touch" (those told of before) are no facts
// to ask, nor labels ("type 2 diabetes"), clock times in words ("six in
// the morning"), the place that ends a journal's title, the "second" of
// a second yellow card, or the second of a pair after "the first".
func TestRatingsAndBackCountsNotAsked(t *testing.T) {
	an := analyseText(t, `Critics gave the show four stars out of five on Friday night.

A cousin put the two women in touch, said Ann Lee.

People who sleep under bright light are more likely to develop type 2 diabetes, a study found.

The light was brightest between half past midnight and six in the morning, said Tom Reed.

The findings were published in the journal Sleep Health - Europe.

The town was a port from 300 BC to 200 BC, said Ann Lee.

Two of the harbour's ferry firms, Harbex and Lindqvist Rail, have agreed to merge, said Tom Reed.

The defender was shown a second yellow card in the 81st minute, said Ann Lee.

The Ferries Bill is due to have its second reading in the House of Commons on 14 October.

The East of England was the weakest region, where prices rose just 1.2%, said Ann Lee.

During the Second World War he served on minesweepers off the east coast, said Tom Reed.

"I gave it everything on the back nine, but one bad swing cost me," said Tyler Brooks.

She faced two match points but saved the first with a forehand and the second when her rival netted.

The first phase includes the harbour road, while the second phase will cover the rest.

Claire Dunmore, who was travelling with her two sons, aged four and seven, said the delay was frightening.

Radiocarbon dating suggests the hoard was buried between 1000 BC and 900 BC, said Ann Lee.

Two of the referees gave the round to Ortiz and the third scored it even, said Tom Reed.

Alderton and Brookvale, two of the county's biggest grocers, agreed to merge.

Okafor was ahead on all three judges' scorecards at the time of the stoppage, by 79-72, 78-73 and 77-74.

Mr Reed later told Sky News that support for a breakaway group was growing fast.`)
	for _, tc := range []struct {
		sent int
		key  string
	}{
		{0, "four"}, {0, "five"}, {1, "two"},
		{2, "2"},         // "type 2": a name
		{5, "200"},       // the end of a range of years BC
		{6, "Two"},       // the two firms named at once
		{3, "six"},       // "six in the morning": a clock time
		{4, "Europe"},    // the end of a journal's title
		{7, "second"},    // "a second yellow card": the one that sends a player off
		{8, "second"},    // a bill's "second reading": a stage's name
		{9, "England"},   // "the East of England": a region's name
		{11, "nine"},     // a golf course's back nine
		{12, "second"},   // "the first … and the second": the pair counts itself off
		{13, "second"},   // "the first phase … the second phase"
		{14, "two"},      // "her two sons, aged four and seven": the ages count them
		{15, "1000"},     // "between 1000 BC and 900 BC": one end of a range
		{16, "Two"},      // "two … and the third": the ordinal counts the two
		{17, "two"},      // "Alderton and Brookvale, two of…": the names count themselves
		{18, "three"},    // "three judges' scorecards, by 79-72, 78-73 and 77-74": a score for each
		{19, "Sky News"}, // "told Sky News": whom the words were given to
	} {
		s := &an.sents[tc.sent]
		if m := &s.ments[mentionOf(t, s, tc.key)]; !incidental(s, m) {
			t.Errorf("%q in %q is asked", tc.key, s.text)
		}
	}
}

// TestNoNegatedChangeByAnAmount: "Petrol prices went up, by about 2p"
// denied says it went up by some other amount, no clear falsehood.
func TestNoNegatedChangeByAnAmount(t *testing.T) {
	an := analyseText(t, `Petrol prices at the harbour garage also went up, by about 2p a litre.

Diesel prices at the harbour garage also went up last week.`)
	if c, ok := an.negationQuestion(&an.sents[0], 1); ok {
		t.Errorf("negated a change by an amount: %q", c.q.Prompt)
	}
	if _, ok := an.negationQuestion(&an.sents[1], 1); !ok {
		t.Errorf("no negation of a change without an amount")
	}
}

// TestNoAwkwardOrFigureNegation: "The bill now does not go…" reads badly,
// and "did not win 17.4% and 19 seats" denies a figure that a wrong figure
// tests better: both are stated true. "Patients affected will be
// contacted directly." names nothing that says who they are.
func TestNoAwkwardOrFigureNegation(t *testing.T) {
	an := analyseText(t, `The harbour bill now goes to the President for assent.

The Harbour Alliance won 17.4% and 19 seats in the council.

The Harbour Alliance opposed the plan in the council.

Patients affected will be contacted directly.

A cheaper option for the town is to tape a furnace filter to a box fan on the roof.

The court dismissed the petitioners' claim that the title deed was invalid, so ownership of the plot remains with the developer.

The council expects to save about £118,000 a year once the school closes.`)
	if c, ok := an.negationQuestion(&an.sents[3], 1); ok {
		t.Errorf("a short statement naming nothing: %q", c.q.Prompt)
	}
	for _, si := range []int{4, 5, 6} {
		if c, ok := an.negationQuestion(&an.sents[si], 1); ok && strings.Contains(c.q.Prompt, " not ") {
			t.Errorf("sentence %d: %q", si, c.q.Prompt)
		}
	}
	for si := range an.sents[:3] {
		c, ok := an.negationQuestion(&an.sents[si], 1)
		if !ok {
			t.Errorf("sentence %d: no statement", si)
		} else if si < 2 && strings.Contains(c.q.Prompt, " not ") {
			t.Errorf("sentence %d: %q", si, c.q.Prompt)
		}
	}
}

// TestNoVerbInsideAPhrase: "Traffic on the main roads out of town was…"
// negates "was", never "roads".
func TestNoVerbInsideAPhrase(t *testing.T) {
	an := analyseText(t, `Traffic on the main roads out of the harbour town was at a standstill for hours on Tuesday.`)
	c, ok := an.negationQuestion(&an.sents[0], 1)
	if ok && strings.Contains(c.q.Prompt, "not road") {
		t.Errorf("negated a noun: %q", c.q.Prompt)
	}
}

// TestNegationSkipsParticipleAdjectives: "a resale of returned tickets
// will take place" negates "will", never "of did not return tickets".
func TestNegationSkipsParticipleAdjectives(t *testing.T) {
	an := analyseText(t, `A resale of returned tickets for the summer sailings will take place in the spring.`)
	c, ok := an.negationQuestion(&an.sents[0], 1)
	if want := "True or false? A resale of returned tickets for the summer sailings will not take place in the spring."; !ok || c.q.Prompt != want {
		t.Errorf("negation %q (ok %v), want %q", c.q.Prompt, ok, want)
	}
}

// TestNoWhenQuestionOnADatedDeed: "began climbing two years ago, starting
// with Everest in 2022" dates the deed already: no "In which year did she
// begin … two years ago?".
func TestNoWhenQuestionOnADatedDeed(t *testing.T) {
	an := analyseArticle(t, `Climber's record

Nima Rinji began climbing the peaks two years ago, starting with Everest in 2022, said Ann Lee.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && strings.Contains(c.q.Prompt, " ago") {
			t.Errorf("when-question on a dated deed: %q", c.q.Prompt)
		}
	}
}

// TestChamberByItsNounNotAsked: "the House", a chamber named by its common
// noun alone, is no key: there is nothing like it to offer.
func TestChamberByItsNounNotAsked(t *testing.T) {
	an := analyseText(t, `The Senate on Thursday passed a $14.6 billion aid package, sending the measure to the House after weeks of fighting.

Tom Reed visited Capitol Hill and the Lincoln Memorial on Tuesday, said Ann Lee.`)
	for _, c := range an.makeCandidates() {
		if c.answer == "House" {
			t.Errorf("%q asks for the House", c.q.Prompt)
		}
	}
}

// TestVoteCountsStayOnTheirSide: in "voted by 84 votes to 71" each count
// stays on its side of the other.
func TestVoteCountsStayOnTheirSide(t *testing.T) {
	an := analyseText(t, `The council voted by 84 votes to 71 against the plan on Monday, said Ann Lee.`)
	m, got := threeOptions(t, an, 0, "84")
	for _, g := range got {
		if v, _ := strconv.ParseFloat(g, 64); v <= 71 {
			t.Errorf("%v: option %s is below the other side's 71", m.value, g)
		}
	}
}

// TestRatesAndRupeeRanges: "$580 per adult" asks the amount, not "$580
// per"; an amount in rupees keeps its sign; a range in rupees ("₹402 to
// ₹423") asks neither end.
func TestRatesAndRupeeRanges(t *testing.T) {
	an := analyseText(t, `The council will pay $580 per adult and $290 per child to families whose homes were lost, said Ann Lee.

Sales rose 22 per cent to ₹2,364 crore, said Tom Reed.

The firm priced its shares in a band of ₹402 to ₹423, said Ann Lee.`)
	keys := map[string]bool{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindTrueFalse {
			keys[c.answer] = true
		}
	}
	for _, k := range []string{"$580 per", "22 per", "₹402", "₹423", "402", "423"} {
		if keys[k] {
			t.Errorf("%q asked", k)
		}
	}
	for _, k := range []string{"$580", "₹2,364 crore"} {
		if !keys[k] {
			t.Errorf("%q not asked; asked %v", k, keys)
		}
	}
}

// TestWhoDidQuestions: in "Who did S verb?", a name inside a phrase ("a
// century from Ann Lee allowed…") is no subject, "allowed Tom Reed to
// declare" needs what he was allowed to do, and "drove Paul Ames for
// four" is a stroke off a bowler.
func TestWhoDidQuestions(t *testing.T) {
	an := analyseArticle(t, `Harbex win by 142 runs

Harbex made 386, built around a century from captain Tom Reed, who made 131.

Fenwick replied with 298, and an unbeaten 104 from Sam Cole allowed Reed to declare on 271 for six on Sunday afternoon.

Reed praised bowler Jo Marsh, who took five for 48.

Fenwick captain Leo Park said his side had let a strong position slip.

Opener Mia Hart made 81 before she was caught by Ivo Lind off the bowling of Paul Ames.

Reed drove Paul Ames for four to bring up his century.`)
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "Who did ") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestTimePhraseBeforeTheSubject: "A week earlier the council voted in
// March…" asks "In which month did the Harbour Council vote…?", without
// the time phrase inside the question.
func TestTimePhraseBeforeTheSubject(t *testing.T) {
	an := analyseText(t, `A week earlier the Harbour Council voted in March to close the pool, said Tom Reed.

The Fenwick Council and the Dale Council objected in June.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && c.sent == 0 {
			found = true
			if want := "In which month did the Harbour Council vote to close the pool?"; c.q.Prompt != want {
				t.Errorf("got %q, want %q", c.q.Prompt, want)
			}
		}
	}
	if !found {
		t.Error("no when-question on the vote")
	}
}

// TestAlsoSentenceOffersNoHeadlineSubject: in "Italy, Greece and _____
// have also reported poor crops" under a headline on Spain's harvest,
// Spain is also true, so it is not offered.
func TestAlsoSentenceOffersNoHeadlineSubject(t *testing.T) {
	an := analyseArticle(t, `Olive oil prices rise as Spanish harvest falls

Spain reported a harvest a third smaller than expected, said Ann Lee.

Italy, Greece and Tunisia have also reported below-average crops.

Morocco and Portugal exported more oil, said Tom Reed.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 1 && c.answer == "Tunisia" && slices.Contains(c.q.Options, "Spain") {
			t.Errorf("%q offers Spain", c.q.Prompt)
		}
	}
}

// TestYearAfterYearWordAndAnotherMember: "around the year 905" is a year,
// not a count written 1,358 beside it; "a second crew member" means one
// more and is not asked as a rank.
func TestYearAfterYearWordAndAnotherMember(t *testing.T) {
	an := analyseText(t, `The hoard was hidden around the year 905 by a settler, said Ann Lee.

Braking technology has made a second crew member unnecessary on most routes, said Tom Reed.`)
	for _, c := range an.makeCandidates() {
		for _, o := range c.q.Options {
			if strings.Contains(o, ",") && c.sent == 0 {
				t.Errorf("%q offers %q", c.q.Prompt, o)
			}
		}
		if c.sent == 1 && c.answer == "second" {
			t.Errorf("%q asks the rank of one more", c.q.Prompt)
		}
	}
	wantYear(t, &an.sents[0], "905")
}

// TestWhoSaidNeedsAClause: "She said the firm, which made £286m, had
// been negligent" cut at its aside would ask "Who said the firm?".
func TestWhoSaidNeedsAClause(t *testing.T) {
	an := analyseArticle(t, `Firm fined

Judge Ann Lee said the firm, which reported operating profits of £286m last year, had been at best negligent.

Tom Reed and Jo Marsh said the river had not recovered, said Sam Cole.`)
	for _, c := range an.makeCandidates() {
		if c.q.Prompt == "Who said the firm?" {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestWhoSaidKeepsTheReportedVerb: "said the results showed that the
// chain's strategy of cutting prices while trimming costs was working"
// cut before "was working" asks nothing; "Loose forward Sam Ashworth"
// opening a sentence is a loose forward inside a question.
func TestWhoSaidKeepsTheReportedVerb(t *testing.T) {
	an := analyseArticle(t, `Chain's sales rise

Chief executive Ann Lee said the results showed that the chain's strategy of cutting prices while trimming head office costs was working.

Tom Reed and Jo Marsh said the figures were strong, said Sam Cole.

Loose forward Sam Ashworth extended the lead to 22-10 in the 58th minute.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "strategy of cutting prices?") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
	if id := entByName(an, "Sam Ashworth"); id < 0 || len(an.ents[id].roles) == 0 || bestRole(&an.ents[id]).text != "loose forward" {
		t.Errorf("Sam Ashworth is not a loose forward")
	}
}

// TestSecondRoleKept: "local business owner and Salisbury councillor Karen
// Tiller" is not blanked with her role ("owner and _____" reads as two
// people), nor without it ("councillor _____" gives half away).
func TestSecondRoleKept(t *testing.T) {
	an := analyseArticle(t, `By-election race tightens

Labor's candidate, Renee Kostas, said wait times were the issue she heard most.

The Liberal candidate, local business owner and Salisbury councillor Karen Tiller, has campaigned on power prices.

Union branch secretary Lucy Hammond said staff were leaving.

Opposition Leader Stephen Farrell dismissed the plan.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "owner and _____") {
			t.Errorf("role taken into the blank: %q", c.q.Prompt)
		}
	}
}

// TestTemperatureOptions: a temperature moves by a degree or two, never
// to 65.5 degrees beside a record of 46.8.
func TestTemperatureOptions(t *testing.T) {
	an := analyseText(t, `The agency recorded a temperature of 46.8 degrees Celsius in the town on Wednesday.

Temperatures in the valley could reach 40 degrees on Sunday, said Ann Lee.`)
	for _, tc := range []struct {
		sent int
		key  string
	}{{0, "46.8"}, {1, "40"}} {
		m, got := threeOptions(t, an, tc.sent, tc.key)
		for _, g := range got {
			if v, _ := optionValue(g); math.Abs(v-m.value) > 6 {
				t.Errorf("%s: option %s", tc.key, g)
			}
		}
	}
}

// TestDateOfAnEarlierEvent: "pleaded guilty on Thursday … following the
// spill in August 2022" gives no "When did the firm plead guilty?" keyed
// on the spill's date, and two dates of one verb give no question that
// keeps the other ("…on record and 2013?").
func TestDateOfAnEarlierEvent(t *testing.T) {
	an := analyseArticle(t, `Water firm fined

Harbex Water pleaded guilty at Harbour Crown Court on Thursday to two offences following the spill in August 2022, said Ann Lee.

The firm was fined £4.2 million in June 2021 for another spill, said Tom Reed.

Ann Lee was appointed MBE in 1988 and OBE for services to the harbour in 2001.

The town suffered its worst floods on record in 2012 and 2013, when 40 homes were lost.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && (c.answer == "August 2022" || c.sent >= 2) {
			t.Errorf("asked: %q", c.q.Prompt)
		}
	}
}

// TestPeriodsOfPlay: a basketball game has four quarters: "the third
// quarter" is never offered as the sixth.
func TestPeriodsOfPlay(t *testing.T) {
	an := analyseText(t, `Denver cut the lead to 89-84 by the end of the third quarter, said Ann Lee.`)
	_, got := threeOptions(t, an, 0, "third")
	for _, g := range got {
		if ordinalIndex(g) >= 4 { // "fifth" or later
			t.Errorf("option %q for a quarter", g)
		}
	}
}

// TestSiteKinds: an island is offered beside islands, not a sea, and a
// river beside rivers, not a bay that names a town.
func TestSiteKinds(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Brownsman Island", "island"},
		{"the North Sea", "water"},
		{"Hillsboro Airport", "air"},
		{"Harbour Road", "road"},
		{"Waipaoa River", "river"},
		{"Tolaga Bay", "water"},
	} {
		if got := siteKind(tc.name); got != tc.want {
			t.Errorf("siteKind(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestShareNameWord: "Mobile County" may hold "the Mobile Regional
// Airport", so it is no false swap for it; "Baldwin County" is.
func TestShareNameWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Mobile County", "the Mobile Regional Airport", true},
		{"Baldwin County", "the Mobile Regional Airport", false},
		{"North Shields", "North Berwick", false}, // "North" opens many names
	} {
		if got := shareNameWord(tc.a, tc.b); got != tc.want {
			t.Errorf("shareNameWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNoBlankInsideATitle: a place inside a quoted title ("Two Weeks in
// Lisbon") is the title's, not the story's; a place inside a quotation of
// speech is asked as before.
func TestNoBlankInsideATitle(t *testing.T) {
	an := analyseText(t, `Sony's romantic comedy "Two Weeks in Lisbon" held up well in its third weekend.

"We flew to Lisbon for the premiere and the crowd was wonderful," said Ann Lee.`)
	var got []string
	for _, c := range an.makeCandidates() {
		if c.answer == "Lisbon" {
			got = append(got, c.q.Prompt)
		}
	}
	if len(got) == 0 || slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "Two Weeks in _____") }) {
		t.Errorf("questions keyed Lisbon: %q", got)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{`"Two Weeks in Lisbon"`, true},
		{`"The Lantern Keepers,"`, true},
		{`"We flew to Lisbon for the premiere"`, false},
		{`"Lisbon"`, false},
	} {
		if got := quotedTitle(tc.q); got != tc.want {
			t.Errorf("quotedTitle(%s) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestMonthOptionsOnce offers each month once: "Sept." written in the
// article is September, so no "Sept" beside the key "September".
func TestMonthOptionsOnce(t *testing.T) {
	an := analyseText(t, `The poll of 812 voters was taken Sept. 24-29 by the institute.

The dispute over debates played out for much of September, said Ann Lee.`)
	_, got := threeOptions(t, an, 1, "September")
	for _, g := range got {
		if monthIndex(g) == 8 {
			t.Errorf("options %v hold September again", got)
		}
	}
}

// TestWhoKeepsItsTime keeps a phrase that says when the clause held at the
// end of a who-question: "Who led by 5 points in the August poll?", not
// "Who led by 5 points?", which the story says no longer holds; an aside
// before it closes with a comma.
func TestWhoKeepsItsTime(t *testing.T) {
	an := analyseText(t, `A new poll finds Ann Lowe with 47% and Tom Reed with 46%, said pollster Gerald Pruitt.

In the institute's August poll, Ann Lowe led by 5 points.

In that poll, Tom Reed trailed by 5 points.`)
	var got []string
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWho {
			got = append(got, c.q.Prompt)
		}
	}
	if !slices.Contains(got, "Who led by 5 points in the institute's August poll?") || slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "trailed") }) {
		t.Errorf("who-questions %q", got)
	}
	for _, tc := range []struct{ verbs, intro, want string }{
		{"led by 5 points", "in the August poll", "led by 5 points in the August poll"},
		{"went into exile with her husband, the economist Ruben Tagle", "after the coup", "went into exile with her husband, the economist Ruben Tagle, after the coup"},
	} {
		if got := withIntro(tc.verbs, tc.intro); got != tc.want {
			t.Errorf("withIntro(%q, %q) = %q, want %q", tc.verbs, tc.intro, got, tc.want)
		}
	}
}

// TestCharmPriceOptions gives the options of a price that ends in 995 the
// same ending, so the key is not the one price that looks like a price.
func TestCharmPriceOptions(t *testing.T) {
	an := analyseText(t, `The Long Range version, which costs £39,995, has a bigger battery.`)
	_, got := threeOptions(t, an, 0, "£39,995")
	for _, g := range got {
		if !strings.HasSuffix(g, ",995") {
			t.Errorf("options %v: %q does not end like the key", got, g)
		}
	}
}

// TestOversOfTheMatch keeps an over's options within the match: a
// Twenty20 innings has 20 overs.
func TestOversOfTheMatch(t *testing.T) {
	an := analyseArticle(t, `Mumbai win IPL thriller

Deshmukh took 15 off the 19th over, bowled by Meena, said Ann Lee.`)
	_, got := threeOptions(t, an, 0, "19th")
	for _, g := range got {
		if n, _ := strconv.Atoi(strings.TrimRight(g, "thsnrd")); n > 20 {
			t.Errorf("options %v: %s in a 20-over match", got, g)
		}
	}
}

// TestPromptKeepsPercentSign ends a who-question on "45%", not "45".
func TestPromptKeepsPercentSign(t *testing.T) {
	an := analyseText(t, `Chief executive Hiroshi Tanabe said the new plant would lift output of robots by about 45%.

Analyst Kenji Morimoto said the numbers were good, and Yumiko Sakurai said costs were falling.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWho && strings.Contains(c.q.Prompt, "lift output") {
			found = true
			if !strings.HasSuffix(c.q.Prompt, "45%?") {
				t.Errorf("%q", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no who-question on the plant")
	}
}

// TestOrdinalTimesInYears keeps "for the second time in three years"
// within three: no fourth or fifth time.
func TestOrdinalTimesInYears(t *testing.T) {
	an := analyseText(t, `Reyes has now reached the semi-finals for the second time in three years, said Ann Lee.`)
	for _, g := range numberOptions(t, an, 0, "second") {
		if ordinalIndex(g) >= 3 {
			t.Errorf("option %q: more times than years", g)
		}
	}
}

// TestParticipleAfterTheSubject: "The aircraft involved, registered
// CS-AUR, was delivered…" has its verb after the aside; no "In which year
// did the aircraft involve…?".
func TestParticipleAfterTheSubject(t *testing.T) {
	an := analyseText(t, `An airline flight diverted to the Azores after an engine shut down.

The aircraft involved, registered CS-AUR, was delivered to the airline in 2021.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "aircraft involve,") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestInningsOfAMatch keeps a side's innings to two: no "fifth innings".
func TestInningsOfAMatch(t *testing.T) {
	an := analyseText(t, `Mumbai, who had started the day on 64 for 1 in their second innings, were bowled out for 249, said Ann Lee.`)
	for _, g := range numberOptions(t, an, 0, "second") {
		if ordinalIndex(g) >= 2 {
			t.Errorf("option %q: a side bats twice", g)
		}
	}
}

// TestShareOfAPossessive reads "15 of the country's 24 provinces" as a
// part and its whole, so that options for the whole stay above 15.
func TestShareOfAPossessive(t *testing.T) {
	an := analyseText(t, `Farmers have blocked roads in at least 15 of the country's 24 provinces, said Ann Lee.`)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "24")]
	if o, part := shareOf(s, m); o == nil || o.value != 15 || part {
		t.Errorf("shareOf(24) = %v, %v; want 15 as the part", o, part)
	}
}

// TestNoWhenForAParticiple: "is led by a nonprofit organisation formed by
// local residents in 2020" dates the forming, not the leading.
func TestNoWhenForAParticiple(t *testing.T) {
	an := analyseText(t, `The old school reopened as a guesthouse in April, said Ann Lee.

The project is led by a nonprofit organisation formed by local residents in 2020, with support from the city government.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && strings.Contains(c.q.Prompt, "project led") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestNoNegationOfAnImpression: "The public appears to be voting with its
// feet" is the writer's impression, neither clearly true nor clearly false
// when negated.
func TestNoNegationOfAnImpression(t *testing.T) {
	an := analyseText(t, `The new gallery wing appears to be drawing bigger crowds this summer.

Liam Bradbury was remanded in custody to appear before York Magistrates' Court on Thursday.`)
	if c, ok := an.negationQuestion(&an.sents[0], 1); ok {
		t.Errorf("an impression stated as a fact: %q", c.q.Prompt)
	}
	if _, ok := an.negationQuestion(&an.sents[1], 1); !ok {
		t.Errorf("no statement of a remand: to appear in court is no impression")
	}
}

// TestWhenQuestionEndsItsOwnClause: "have complained since the first
// blocks were completed in 2022 that buses have not kept pace" asks when
// the blocks were completed, without the main verb's "that" clause.
func TestWhenQuestionEndsItsOwnClause(t *testing.T) {
	an := analyseText(t, `Its residents have complained since the first blocks were completed in 2022 that the buses have not kept pace with the move-in of families.

The town's first school opened in 2023, and a clinic followed in 2024.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen && strings.Contains(c.q.Prompt, "completed that") {
			t.Errorf("the main verb's clause kept: %q", c.q.Prompt)
		}
	}
}

// TestNoSubjectAcrossAClause: in "shut down supply as a precaution after
// water entered two sub-stations", "water" is the subject of "entered";
// no "How many sub-stations did a precaution after water enter?".
func TestNoSubjectAcrossAClause(t *testing.T) {
	an := analyseText(t, `The power company said it had shut down supply to around 14,000 customers as a precaution after water entered two sub-stations at Kalnagar and Ranipur.

Floodwater has entered nine of the district's 12 sub-districts.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "did a precaution") {
			t.Errorf("a subject across a clause: %q", c.q.Prompt)
		}
	}
}

// TestNoQuestionLosingItsObject: "a steam box that Mr Boyle built from an
// old oil tank" gives no "Who built from an old oil tank?", and "rented
// the old creamery and work began in January" no "In which month did the
// school rent the old creamery and work began?".
func TestNoQuestionLosingItsObject(t *testing.T) {
	an := analyseText(t, `The frames are softened in a steam box that Mr Boyle built from an old oil tank.

With a grant from the heritage fund, the school rented the old creamery and work began in January.

Mr Boyle said Declan Foley and Aine Rua had helped, and Sean Kerr agreed.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Who built from") || strings.Contains(c.q.Prompt, "and work began?") {
			t.Errorf("a question that lost its object or took a second clause: %q", c.q.Prompt)
		}
	}
}

// TestTollsGivenElsewhereAreNoWrongAnswers: a story updated as it happens
// says "At least 11 people have died" and later "14 are confirmed dead";
// 14 is not offered as wrong beside 11.
func TestTollsGivenElsewhereAreNoWrongAnswers(t *testing.T) {
	an := analyseArticle(t, `Ferry capsizes off Tablas: at least 14 dead

At least 11 people have died after a ferry capsized off Tablas Island early on Sunday, the coast guard said.

UPDATE: The coast guard said 14 people are now confirmed dead and 41 remain missing.`)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "11")]
	class := tallyClass(s.toks, m.r0, m.t1)
	if class != "dead" {
		t.Fatalf("11 counts %q, want the dead", class)
	}
	if got := an.tallyValues(class, m); !got[14] || got[41] || got[11] {
		t.Errorf("other tolls of the dead: %v, want 14 only", got)
	}
}

// TestNoCutBetweenAdjectives: "when Holloway patented a sealed,
// low-maintenance pump design" goes on past the comma between its
// adjectives; no "Who patented a sealed?".
func TestNoCutBetweenAdjectives(t *testing.T) {
	an := analyseText(t, `Mary Holloway founded the pump maker in a rented garage in Sheffield in 1968.

Its breakthrough came in 1982, when Holloway patented a sealed, low-maintenance pump design that could run for five years.

Tom Reed and Ann Lee joined the board in 1990.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "a sealed?") {
			t.Errorf("cut between adjectives: %q", c.q.Prompt)
		}
	}
}

// TestInterviewQuestionsAndAnswers: in a Q&A, the interviewer's "Q:" lines
// are no sentences of the story, the answers' "I" and "we" are the
// interviewee's (no question is made of them), "No. I'm…" ends a sentence
// at "No.", and the note that the talk was edited is page furniture.
func TestInterviewQuestionsAndAnswers(t *testing.T) {
	an := analyseArticle(t, `New auditor sets out her plans

Rhea Mallory started work as the city's auditor general on Monday, the first outsider in two decades to take the job.

The 47-year-old chartered accountant spent the past nine years as an assistant auditor in Regina.

An external review released in February found that the new bus garage came in $41 million over budget. The conversation has been edited for length and clarity.

Q: You've been in the job for three days. What's the first thing you did?

A: I read the last five years of our reports. We have 96 open recommendations going back to 2019.

Q: Are you a watchdog?

A: No. I'm not here to catch people out. A contract gets extended four times without anyone going back to tender.

I watched councillors vote to close 12 of the city's libraries at Harbex Town Hall on Monday.

I'll believe the council's promise when the first library reopens in Dunmore in 2027.`)
	for _, c := range an.makeCandidates() {
		for _, bad := range []string{"Q:", "A:", "96", "four times", "I read", "edited", "Mallory chartered", "did an external review release", "12", "Harbex Town Hall", "2027", "Dunmore"} {
			if strings.Contains(c.q.Prompt, bad) || c.answer == bad {
				t.Errorf("%q: %q", bad, c.q.Prompt)
			}
		}
		for _, o := range c.q.Options {
			if strings.HasPrefix(o, "No.") {
				t.Errorf("option %q", o)
			}
		}
	}
}

// TestCediAmounts: "GH¢180" is an amount in Ghana's cedis, its sign kept
// with the figure, so that options read "GH¢140", not "GH¢_____" beside
// 182 and 183.
func TestCediAmounts(t *testing.T) {
	an := analyseText(t, `A crate of tomatoes was going for between GH¢180 and GH¢250 at the farm gate this week, according to growers.`)
	s := &an.sents[0]
	if m := s.ments[mentionOf(t, s, "GH¢180")]; m.typ != eNumber {
		t.Errorf("GH¢180 typed %d", m.typ)
	}
	for _, g := range numberOptions(t, an, 0, "GH¢180") {
		if !strings.HasPrefix(g, "GH¢") {
			t.Errorf("option %q lost its sign", g)
		}
	}
}

// TestNoDanglingSubordinate: "adjourned the petition until 17 November
// after the club's barrister, Owain Rees, told the court…" gives no "Who
// adjourned the petition … after the club's barrister, Owain Rees?".
func TestNoDanglingSubordinate(t *testing.T) {
	an := analyseText(t, `District Judge Helen Price adjourned the petition until 17 November after the club's barrister, Owain Rees, told the court that a takeover bid was under way.

Supporters' trust chair Ceri Hughes and director Gareth Morgan welcomed the delay.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWho && strings.HasSuffix(c.q.Prompt, "Owain Rees?") {
			t.Errorf("a clause left without its verb: %q", c.q.Prompt)
		}
	}
}

// TestNoQuestionEndingOnALoneVerb: "held the ball up well under pressure
// from Liam Kinnaird, turned, and played a one-two…" gives no "Who held
// … Kinnaird, turned?".
func TestNoQuestionEndingOnALoneVerb(t *testing.T) {
	an := analyseText(t, `Striker Marcus Oyede held the ball up well under pressure from Liam Kinnaird, turned, and played a neat one-two with Lindsay before sliding a finish into the far corner.

Goalkeeper Tom Bran and defender Josh Tenn could do nothing about it.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, ", turned?") {
			t.Errorf("a lone verb: %q", c.q.Prompt)
		}
	}
}

// TestCourtHeardClause: "The court heard Pryce, a former bank manager,
// became the charity's treasurer in 2016" gives no "In which year did
// the court hear…?" and no cut "The court heard _____.".
func TestCourtHeardClause(t *testing.T) {
	an := analyseText(t, `A former charity treasurer was jailed on Friday for stealing from a hospice.

The court heard Gareth Price, a former bank branch manager, became the charity's honorary treasurer in 2016 and was one of two people with access to its accounts.

Prosecutor Simon Ade and Judge Helen Marr spoke after the hearing.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "did the court hear") || strings.HasSuffix(c.q.Prompt, "The court heard _____.") {
			t.Errorf("%q", c.q.Prompt)
		}
	}
}

// TestSecondClauseAndCapitalWords: "left the board in 2024 and did not
// respond…" asks "What did Sorensen leave in 2024?" without the second
// clause; "APRIL", a protein written in capitals, is no month; "Datuk" is
// an honorific, not a given name.
func TestSecondClauseAndCapitalWords(t *testing.T) {
	an := analyseText(t, `The water board barred the rancher from its meetings for a year.

Glen Soren left the board in 2024 and did not respond to a message seeking comment on Tuesday.

The drug is an antibody that blocks APRIL, a signalling protein, the company said in June.

The company had cash of 312 million francs at the end of June, and it began the trial in October and finished it in July.

Chief executive Datuk Seri Harith Zulkifli said the routes would open in December, and Alvin Teo agreed.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "and did not respond") && strings.HasPrefix(c.q.Prompt, "What") || slices.Contains(c.q.Options, "APRIL") && slices.ContainsFunc(c.q.Options, func(o string) bool { return monthIndex(o) >= 0 && o != "APRIL" }) {
			t.Errorf("%q %q", c.q.Prompt, c.q.Options)
		}
	}
	wantPeople(t, an, map[string]bool{"Harith Zulkifli": true, "Datuk Harith Zulkifli": false})
	s := &an.sents[1]
	x := slices.IndexFunc(s.toks, func(t tok) bool { return t.low == "board" }) - 1
	if got := an.verbGroupQuestion(s, s.cls[0], "What", x, x+2); strings.Contains(got, "respond") {
		t.Errorf("the second clause kept: %q", got)
	}
}

// TestAnOrdinalAfterA: "a second centre" means another one; "a first
// centre" is no wrong answer anyone would write.
func TestAnOrdinalAfterA(t *testing.T) {
	an := analyseText(t, `A second centre is being opened at the town's theatre on Bright Street, the council said.`)
	for _, g := range numberOptions(t, an, 0, "second") {
		if ordinalIndex(g) == 0 {
			t.Errorf("option %q after \"a\"", g)
		}
	}
}

// TestWhenOfAnInfinitive: in "asked staff to report back in May" the month
// dates the report, so "In which month did council ask staff…?" has no
// answer there; "is expected to open in 2027" asks well.
func TestWhenOfAnInfinitive(t *testing.T) {
	an := analyseText(t, `Council asked staff to report back in May on the first winter of the new parking rules.

The new harbour school is expected to open in August 2027.

The council moved its meetings to the harbour hall in March.`)
	got := map[int]bool{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen {
			got[c.sent] = true
		}
	}
	for si, want := range []bool{false, true, true} {
		if got[si] != want {
			t.Errorf("sentence %d: when-question %v, want %v", si, got[si], want)
		}
	}
}

// TestIndefiniteSubjectKeepsItsName: "A son, Michael, died in 1998" asks
// "In which year did a son, Michael, die?", never of "a son" alone.
func TestIndefiniteSubjectKeepsItsName(t *testing.T) {
	an := analyseText(t, `Tomás Kierse, a fiddle maker from Clare, has died at his home near Lisdoonvarna.

His wife, Nora, whom he married in 1966, survives him. A son, Michael, died in 1998.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindWhen {
			continue
		}
		if strings.Contains(c.q.Prompt, "a son die") {
			t.Errorf("%q: which son?", c.q.Prompt)
		}
		found = found || c.q.Prompt == "In which year did a son, Michael, die?"
	}
	if !found {
		t.Error("no when-question on the son's death")
	}
}

// TestLocalTownBesideLocalTowns: "a townland near Ennistymon" takes the
// article's other small towns as wrong answers, never Boston or Melbourne.
func TestLocalTownBesideLocalTowns(t *testing.T) {
	an := analyseText(t, `Tomás Kierse was born in 1938 in the townland of Ballyvoe, near Ennistymon.

His fiddles were played in Boston, Melbourne and Chicago.

He taught classes in Ennis, Kilfenora and Lisdoonvarna for 30 years.`)
	s := &an.sents[0]
	m := &s.ments[mentionOf(t, s, "Ennistymon")]
	for _, d := range an.entityDistractors(s, m, newExcluder(s, "Ennistymon"), 3) {
		if d == "Boston" || d == "Melbourne" || d == "Chicago" {
			t.Errorf("option %q for a town near a townland", d)
		}
	}
}

// TestOtherOfTwo: "the second kiln" after "one of the two kilns" is the
// other one; no "the _____ kiln" with third and fourth.
func TestOtherOfTwo(t *testing.T) {
	an := analyseText(t, `Ogunrinde Cement has shut one of the two kilns at its plant near Abeokuta.

The second kiln is running on a reduced load using stored coal.

The company finished third in the national output table for the second year running.`)
	for _, c := range an.makeCandidates() {
		if c.sent == 1 && c.q.Kind == KindNumber && c.answer == "second" {
			t.Errorf("asked the other of two: %q", c.q.Prompt)
		}
	}
}

// TestNoBlankInsideBrackets: "the Patient Rights (Scotland) Act 2011"
// gives no "(_____) Act".
func TestNoBlankInsideBrackets(t *testing.T) {
	an := analyseText(t, `Only 57.4 per cent of patients were treated within the 12-week maximum set out in the Treatment Time Guarantee, which is enshrined in the Patient Rights (Scotland) Act 2011.

Waiting times in Wales and England also rose over the quarter.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "(_____)") {
			t.Errorf("blank inside brackets: %q", c.q.Prompt)
		}
	}
}

// TestWhenOfAReducedRelative: in "overturned the conviction of a man
// jailed for life in 2021" the year dates the jailing, not the ruling.
func TestWhenOfAReducedRelative(t *testing.T) {
	an := analyseText(t, `The Court of Appeal has overturned the murder conviction of a Clarendon man jailed for life in 2021, ruling that the judge erred.

The harbour board approved the new ferry timetable in 2021.`)
	got := map[int]bool{}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhen {
			got[c.sent] = true
		}
	}
	if got[0] || !got[1] {
		t.Errorf("when-questions %v, want only sentence 1", got)
	}
}

// TestPromptKeepsAbbreviationStop: "shortly before 11 p.m." keeps its
// last full stop before the question mark, and a prompt cut at an aside
// never ends on "and" or "or".
func TestPromptKeepsAbbreviationStop(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Who was shot outside a bar shortly before 11 p.m.", "Who was shot outside a bar shortly before 11 p.m.?"},
		{"Who left the harbour at dawn.", "Who left the harbour at dawn?"},
		{"Who founded Harbex Inc.", "Who founded Harbex Inc.?"},
		{"In which year did Darko return to Ghana and,", "In which year did Darko return to Ghana?"},
		{"Where did the band play or", "Where did the band play?"},
	} {
		if got := tidyPrompt(tc.in, "?"); got != tc.want {
			t.Errorf("tidyPrompt(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSharesOfCompaniesOnly: "Shares in _____ rose" offers companies, not
// the hospital or the regulator the story names.
func TestSharesOfCompaniesOnly(t *testing.T) {
	an := analyseText(t, `The trial, run at Rigshospitalet in Copenhagen, was presented to the European Society of Cardiology and sent to the US Food and Drug Administration.

Shares in Kildevang Pharma rose 9.6% on Monday, while rival Norvik Biotech fell 2% and Halden Pharma was flat.`)
	s := &an.sents[1]
	m := &s.ments[mentionOf(t, s, "Kildevang Pharma")]
	for _, d := range an.entityDistractors(s, m, newExcluder(s, "Kildevang Pharma"), 3) {
		if d == "Rigshospitalet" || d == "European Society of Cardiology" || d == "US Food and Drug Administration" {
			t.Errorf("option %q for a company's shares", d)
		}
	}
}

// TestDayOfTheMonth: "due by the 20th of the following month" offers days
// a month has.
func TestDayOfTheMonth(t *testing.T) {
	an := analyseText(t, `Returns are due by the 20th of the following month, the authority said.`)
	for _, g := range numberOptions(t, an, 0, "20th") {
		if n, _ := strconv.Atoi(strings.TrimRight(g, "thsrdn")); n > 28 {
			t.Errorf("option %q for a day of the month", g)
		}
	}
}

// TestVillageBesideVillages: "a farmer from Kinilow village" is never
// "a farmer from Jakarta village".
func TestVillageBesideVillages(t *testing.T) {
	an := analyseText(t, `More than 4,800 people were evacuated from villages near Tomohon on Sunday after the volcano erupted.

Flights from Jakarta and Makassar were diverted to Manado.

Yolanda Rumengan, 42, a farmer from Kinilow village, said she had fled with her two children.

Residents of Kakaskasen and Wailan were moved to shelters.`)
	s := &an.sents[2]
	m := &s.ments[mentionOf(t, s, "Kinilow")]
	for _, d := range an.entityDistractors(s, m, newExcluder(s, "Kinilow"), 3) {
		if d == "Jakarta" || d == "Makassar" {
			t.Errorf("option %q for a village", d)
		}
	}
}

// TestCurrencyPrefixNoPlace: "a US$5,000 bonus" gives no "_____$5,000".
func TestCurrencyPrefixNoPlace(t *testing.T) {
	an := analyseText(t, `Kibet also collected a US$5,000 bonus for the meeting record in Nairobi, while rivals from Canada and Mexico went home empty-handed.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "_____$") {
			t.Errorf("a currency's country blanked: %q", c.q.Prompt)
		}
	}
}

// TestNoSubjectAfterAs: "She qualified as a state registered nurse in
// 1955" gives no "In which year did a state register nurse?".
func TestNoSubjectAfterAs(t *testing.T) {
	an := analyseText(t, `Eirlys Prydderch left home at 17 to train as a nurse in Cardiff. She qualified as a state registered nurse in 1955, trained as a midwife in Swansea and completed her district nursing training in 1959.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "did a state register") {
			t.Errorf("a subject after \"as\": %q", c.q.Prompt)
		}
	}
}

// TestRaceDistances: "the women's 1,500 metres" is offered beside races
// that are run, never 700 or 900 metres.
func TestRaceDistances(t *testing.T) {
	an := analyseText(t, `Lilian Kibet lowered the women's 1,500 metres meeting record at the Nairobi Grand Prix on Saturday.`)
	for _, g := range numberOptions(t, an, 0, "1,500") {
		x, _ := strconv.ParseFloat(strings.ReplaceAll(g, ",", ""), 64)
		if !slices.Contains(raceDistances, x) {
			t.Errorf("option %q is no race", g)
		}
	}
}

// TestWhenStopsAtASecondClause: "The balcony was closed in 1984 for safety
// reasons and the auditorium now seats 212" asks only of the closing.
func TestWhenStopsAtASecondClause(t *testing.T) {
	an := analyseText(t, `The Lyric opened in 1931 with a newsreel and a Hollywood musical.

The balcony was closed in 1984 for safety reasons and the auditorium now seats 212.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.q.Kind != KindWhen || c.sent != 1 {
			continue
		}
		if strings.Contains(c.q.Prompt, "auditorium") {
			t.Errorf("a second clause in the question: %q", c.q.Prompt)
		}
		found = true
	}
	if !found {
		t.Error("no when-question on the closing")
	}
}

// TestNoWhoDidWithASecondObject: "Wallbank sent Amelia Chen the wrong
// way" gives no "Who did Georgia Wallbank send?".
func TestNoWhoDidWithASecondObject(t *testing.T) {
	an := analyseText(t, `Auckland goalkeeper Amelia Chen saved twice from Priya Sandhu and Hannah Ruawai.

Midfielder Georgia Wallbank sent Chen the wrong way from the spot.

Coach Mereana Tipene said the team had practised for weeks.`)
	for _, c := range an.makeCandidates() {
		if strings.HasPrefix(c.q.Prompt, "Who did Georgia Wallbank send") {
			t.Errorf("a second object left out: %q", c.q.Prompt)
		}
	}
}

// TestLabelsRangesAndTallies: a figure in "Class 1, 2 or 3 e-bikes" or
// "Grades 7 to 9" is a label, and "between eight and 10 hours" one end of
// a range, none of them asked; "voted seven to two" is a tally and is.
func TestLabelsRangesAndTallies(t *testing.T) {
	an := analyseText(t, `The rules do not cover Class 1, 2 or 3 e-bikes.

The survey covered 2,100 pupils in Grades 7 to 9.

Doctors advise between eight and 10 hours of sleep a night.

Councillors voted seven to two in favour of the plan.`)
	for _, tc := range []struct {
		sent int
		key  string
		want bool
	}{
		{0, "2", true},
		{0, "3", true},
		{1, "9", true},
		{1, "2,100", false},
		{2, "10", true},
		{3, "seven", false},
	} {
		s := &an.sents[tc.sent]
		if got := incidental(s, &s.ments[mentionOf(t, s, tc.key)]); got != tc.want {
			t.Errorf("%q in %q: incidental %v, want %v", tc.key, s.text, got, tc.want)
		}
	}
}

// TestNoWhereForAPlaceInWhatWasSaid: "said competition on routes to
// Bangkok was intensifying" gives no "Where did Menon say competition on
// routes?", while a place the verb went to still gives its question.
func TestNoWhereForAPlaceInWhatWasSaid(t *testing.T) {
	a, err := ParseArticle(`Airline results

Rohan Mehta, head of transport research at Crestview Capital in Singapore, said competition on routes to Bangkok, Jakarta and Manila was intensifying.

The developer later moved to Spain, the airline said.`)
	if err != nil {
		t.Fatal(err)
	}
	wantWhere(t, a, "Where did the developer later move?")
}

// TestNoWhereForAPlaceOfAFollowingPhraseOrList: "opened its inquiry
// following complaints from groups in France" asks no "Where did the
// regulator open its inquiry…? France", nor does one place of "in Lyon,
// Turin and Porto" or "in Chile, Peru and Mexico"; a place the verb went
// to still gives its question.
func TestNoWhereForAPlaceOfAFollowingPhraseOrList(t *testing.T) {
	a, err := ParseArticle(`Regulator fines app maker

The regulator opened its inquiry last spring following complaints from consumer groups in France.

The app maker later opened offices in Lyon, Turin and Porto.

The founder later trained in Chile, Peru and Mexico.

The developer later moved to Spain, the regulator said.`)
	if err != nil {
		t.Fatal(err)
	}
	wantWhere(t, a, "Where did the developer later move?")
}

// TestDayOptionsKeepTheirSuffix: "November 22nd" is offered beside
// "November 25th" and "October 3rd", never "November 25nd" or "3th".
func TestDayOptionsKeepTheirSuffix(t *testing.T) {
	an := analyseText(t, `Clinics will take place on Saturday, November 22nd, the health service said.

The first case was notified on Monday, October 6th, in an adult who had been abroad.`)
	for _, tc := range []struct {
		sent int
		key  string
	}{{0, "November 22nd"}, {1, "October 6th"}} {
		_, got := threeOptions(t, an, tc.sent, tc.key)
		for _, o := range got {
			f := strings.Fields(o)
			day := f[len(f)-1]
			v, _ := strconv.Atoi(strings.TrimRight(day, "stndrh"))
			if want := ordinalSuffix(v); day != want {
				t.Errorf("%s: option %q, want the day written %q", tc.key, o, want)
			}
		}
	}
}

// TestNearestComparedFigure: "a final dividend of 9.5 cents, taking the
// payout to 16 cents, up from 13 cents" sets 13 against 16, so no option
// for 13 is 16 or more.
func TestNearestComparedFigure(t *testing.T) {
	an := analyseText(t, `The board declared a final dividend of 9.5 cents per share, taking the full-year payout to 16 cents, up from 13 cents last year.`)
	for _, o := range numberOptions(t, an, 0, "13") {
		if v, _ := strconv.ParseFloat(o, 64); v >= 16 {
			t.Errorf("option %q above the 16 cents it rose to", o)
		}
	}
}

// TestNoWhereForTheNamesPlace: "after a run at the Junior Chess
// Championship in Accra" says where the championship was, not where the
// boy became the talk of the town.
func TestNoWhereForTheNamesPlace(t *testing.T) {
	noCandidate(t, `Chess prodigy

Kelechi Obi has become the talk of Nigerian chess after an unbeaten run at the West African Junior Chess Championship in Accra last month.`, func(q Question) bool {
		return q.Kind == KindWhere
	})
}

// TestNoWhenForOneYearOfSeveral: "won the competition in 1983, 1991 and
// 1996" gives no "In which year did the choir win…?": it won in three.
func TestNoWhenForOneYearOfSeveral(t *testing.T) {
	noCandidate(t, `Choir leader dies

The choir won the male voice competition at the National Eisteddfod in 1983, 1991 and 1996, and was placed second on four further occasions.`, func(q Question) bool {
		return q.Kind == KindWhen
	})
}

// TestNoWhenOfAnUnnamedOne: "…since the old one first closed in 2023"
// gives no "In which year did the old one first close?".
func TestNoWhenOfAnUnnamedOne(t *testing.T) {
	noCandidate(t, `New pool approved

Councillors approved a new £14.2 million pool for the town on Tuesday.

Among the campaigners was Sandra Cullum, 71, of Finborough Road, who has campaigned for a new pool since the old one first closed in 2023.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "the old one") && q.Kind == KindWhen
	})
}

// TestWhenQuestionDropsAClauseWithoutItsVerb: "came to light in
// September 2023 when a new chair, Helen Tregarthen, asked the bank…"
// gives "When did the fraud come to light?", never one ending "…when a
// new chair of trustees, Helen Tregarthen?".
func TestWhenQuestionDropsAClauseWithoutItsVerb(t *testing.T) {
	noCandidate(t, `Treasurer jailed

A former treasurer who stole £187,000 from a village hall charity has been jailed, Judge Rachel Ambrose said.

The fraud came to light in September 2023 when a new chair of trustees, Helen Tregarthen, asked the bank directly for statements.`, func(q Question) bool {
		return q.Kind == KindWhen && strings.Contains(q.Prompt, "Tregarthen?")
	})
}

// TestNoOneBeforeAPluralFurtherOn: "Two further drop-in sessions are
// planned" is never offered as "One further drop-in sessions".
func TestNoOneBeforeAPluralFurtherOn(t *testing.T) {
	an := analyseArticle(t, `Surgery closure

The consultation document can be viewed online and at libraries in Blairgowrie, Pitlochry and Kirkmichael. Two further drop-in sessions are planned at the village hall on Saturday, 29 November and Wednesday, 14 January.`)
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "One further") || strings.Contains(c.q.Prompt, "_____ further") && slices.Contains(c.q.Options, "One") {
			t.Errorf("%q %v", c.q.Prompt, c.q.Options)
		}
	}
}

// TestWindBelowItsGusts: "force seven, gusting to force eight" is never
// offered as force nine, gusting to eight.
func TestWindBelowItsGusts(t *testing.T) {
	an := analyseText(t, `Winds at the time were force seven, gusting to force eight, with a swell of about 3m, according to the RNLI.`)
	for _, o := range numberOptions(t, an, 0, "seven") {
		if numberWordIndex(o) >= 8 {
			t.Errorf("option %q", o)
		}
	}
}

// TestRaceTimesMoveBySeconds: "clocked 53.61 seconds" in a 400 metres
// hurdles final is offered beside times a second or two away, never 80
// seconds.
func TestRaceTimesMoveBySeconds(t *testing.T) {
	an := analyseText(t, `The 19-year-old clocked 53.61 seconds to win the women's 400 metres hurdles final on Sunday.

Tomas Varga won the men's 400m in 44.19, ahead of his training partner.

The Dutch quartet ran 42.10 in the heats and go into the final as favourites.

She took the title with a time of 21.45, a championship record.`)
	for _, tt := range []struct {
		si  int
		key string
	}{{0, "53.61"}, {1, "44.19"}, {2, "42.10"}, {3, "21.45"}} {
		v0, _ := strconv.ParseFloat(tt.key, 64)
		got := numberOptions(t, an, tt.si, tt.key)
		if len(got) < 3 {
			t.Errorf("%s: options %v, want 3", tt.key, got)
		}
		for _, o := range got {
			if v, _ := strconv.ParseFloat(o, 64); math.Abs(v-v0) > 3 {
				t.Errorf("%s: option %q", tt.key, o)
			}
		}
	}
}

// TestLivePageTimesAndBookListings: "5:50 p.m.:" opens a live page's
// entry, and a book's listing line is no sentence to ask about; "the
// second category" of a reviewer's making is not asked.
func TestLivePageTimesAndBookListings(t *testing.T) {
	if got, want := stripDateline("5:50 p.m.: The minister has just wrapped up a briefing in Halifax."), "The minister has just wrapped up a briefing in Halifax."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !junkSentence("The Tidewater Accounts by Miriam Oakes is published by Harrowgate & Finch (£18.99, 384pp).") {
		t.Error("a book's listing kept")
	}
	an := analyseText(t, `Miriam Oakes's third novel belongs firmly to the second category.`)
	s := &an.sents[0]
	if !incidental(s, &s.ments[mentionOf(t, s, "second")]) {
		t.Error("the second category asked")
	}
}

// TestNoOneBeforeWomen: "just two middle-aged women" is never "just one
// middle-aged women".
func TestNoOneBeforeWomen(t *testing.T) {
	an := analyseText(t, `There is no grand confrontation, no tearful embrace - just two middle-aged women in a seafront café, each working out how much of the truth the other can bear.`)
	for _, o := range numberOptions(t, an, 0, "two") {
		if o == "one" {
			t.Errorf("option %q", o)
		}
	}
}

// TestBulletsClockWordsAndLineNumbers: a live page's "Key points" bullets
// are sentences of their own; "At ten past eight" is a clock time and
// "only metro line 1" a line's name, neither asked; a date after ",
// released" is the release's, not the recording's; "a figure that
// rises…" is no clause to start a statement with.
func TestBulletsClockWordsAndLineNumbers(t *testing.T) {
	a, err := ParseArticle(`Belgium strike live

Key points
- All departing flights cancelled at Brussels Airport; Charleroi also closed
- Police estimate 62,000 marchers in Brussels, unions say more than 100,000

At ten past eight on a grey Tuesday morning, the ferry noses into the slipway.

The Brussels transport operator STIB says only metro line 1 is running, at 15-minute intervals.

Tendai Chikowore, the mbira player and composer, has died at the age of 81, his family said.

Chikowore recorded 14 albums in all, the last of them, Mazuva Ekupedzisira (The Last Days), released in 2021.

Today 94 people live on the island all year round, a figure that rises to more than 300 in July and August, when holiday homes fill up.`)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Paragraphs[0][0]; got != "All departing flights cancelled at Brussels Airport; Charleroi also closed." {
		t.Errorf("first bullet %q", got)
	}
	for _, q := range Candidates(a) {
		p := q.Prompt
		if strings.Contains(p, "_____ past eight") || strings.Contains(p, "ten past _____") || strings.Contains(p, "metro line _____") || q.Kind == KindWhen && strings.Contains(p, "14 albums") || strings.HasPrefix(p, "A figure that") || strings.Contains(p, "True or false? A figure that") {
			t.Errorf("%q", p)
		}
	}
}

// TestNoWhereForATradingPlace: "Its shares fell 2.3% in Madrid trading"
// gives no "Where did the shares fall 2.3% trading?"; and "The car was
// later found burnt out" is never denied as "was not later found".
func TestNoWhereForATradingPlace(t *testing.T) {
	noCandidate(t, `Airline strike

Levante Air, which operates a fleet of 74 aircraft and carried 19.6 million passengers last year, is one of the main carriers linking Spain's mainland with its islands. Its shares fell 2.3% in Madrid trading on Monday, taking their losses since the strike began to about 7%.

The stolen car was later found burnt out on a lane near Matlock Moor on Tuesday, March 25.`, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "trading") || strings.Contains(q.Prompt, "not later found")
	})
}

// TestStreaksAndWholeDecimals: "for the third quarter in a row" is never
// "the first quarter in a row", and "1.3 million stays" is never offered
// beside "1.0 million" or "0.8 million", nor "$940 million" beside "$1,130
// million", nor "nine in eight": figures no writer prints.
func TestStreaksAndWholeDecimals(t *testing.T) {
	an := analyseText(t, `Waiting lists have grown for the third quarter in a row, the board said.

The museum counted 1.3 million visits last year, its busiest on record.

Sales fell for the second straight month in June.

The deal is worth $940 million, the company said.

A survey found that nearly nine in ten teachers saw phones as their biggest problem.`)
	tests := []struct {
		si  int
		key string
		bad func(string) bool
	}{
		{0, "third", func(o string) bool { return o == "first" }},
		{1, "1.3 million", func(o string) bool { return strings.Contains(o, ".0 ") || strings.HasPrefix(o, "0.") }},
		{2, "second", func(o string) bool { return o == "first" }},
		{3, "$940 million", func(o string) bool { return strings.Contains(o, ",") }},
		{4, "ten", func(o string) bool { return numberWordIndex(o) <= 9 }},
	}
	// To two places a whole figure is how a rate is written: "1.00".
	rate := analyseText(t, "Borrowing costs climbed by 1.25 percentage points over twelve months, starting from 1%.")
	if got := numberOptions(t, rate, 0, "1.25"); !slices.Contains(got, "1.00") {
		t.Errorf("1.25: options %v, want 1.00 among them", got)
	}
	for _, tt := range tests {
		got := numberOptions(t, an, tt.si, tt.key)
		if len(got) < 3 {
			t.Errorf("%s: options %v, want 3", tt.key, got)
		}
		for _, o := range got {
			if tt.bad(o) {
				t.Errorf("%s: option %q", tt.key, o)
			}
		}
	}
}

// TestReviewsDenyNoJudgement: in a review the critic's view ("The broth is
// rich and gently sour") is no claim to deny, but a date still is; the
// same sentence in a news story is denied as usual.
func TestReviewsDenyNoJudgement(t *testing.T) {
	for _, tt := range []struct {
		headline string
		want     []bool
	}{
		{"Harbour Noodle Bar review: a bowl worth crossing town for", []bool{false, true}},
		{"Review: Harbour Noodle Bar, Leith", []bool{false, true}},
		{"Harbour Noodle Bar review – a bowl worth crossing town for", []bool{false, true}},
		{"Harbour Noodle Bar closes after council's latest monthly review", []bool{true, true}},
		{"Harbour Noodle Bar licence under review: what inspectors found", []bool{true, true}},
	} {
		an := analyseArticle(t, tt.headline+`

The broth is rich and gently sour, with a long finish of lime.

The restaurant's second branch opened on Leith Walk on 3 March last year.`)
		for si, want := range tt.want {
			if _, got := an.negationQuestion(&an.sents[si], 1); got != want {
				t.Errorf("%q, sentence %d: negated %v, want %v", tt.headline, si, got, want)
			}
		}
		if got, want := an.review, !tt.want[0]; got != want {
			t.Errorf("%q: a review %v, want %v", tt.headline, got, want)
		}
	}
}

// TestNoSwapOfTheOneNamedAlready: "Her daughter, Dr. Clare Halloran-Webb,
// said…" in an obituary is never made false with the dead woman herself,
// whom "Her" names once the statement stands alone.
func TestNoSwapOfTheOneNamedAlready(t *testing.T) {
	an := analyseArticle(t, `Ruth Penhallow, who mapped the sea floor, dies at 88

Ruth Penhallow, an oceanographer who mapped the floor of the Tasman Sea, died on March 3 at her home in Hobart, Tasmania. She was 88.

Her daughter, Dr. Anna Brookes, said the cause was heart failure.

Ruth Penhallow joined the Australian Antarctic Division in 1961, when Colin Wardle led its marine programme.

Colin Wardle said she was the finest surveyor he had worked with.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindTrueFalse && strings.Contains(c.q.Prompt, "cause was heart failure") && strings.Contains(c.q.Prompt, "daughter, Ruth Penhallow") {
			t.Errorf("absurd swap: %q", c.q.Prompt)
		}
	}
	if !nameWordInToks(tokenize("Dr. Anna Penhallow-Reid said"), "Ruth Penhallow") {
		t.Error("Penhallow not found in Penhallow-Reid")
	}
}

// TestFactBoxAndListsAfterCommas: a review's fact box ("Music: low, mostly
// folk.") is no sentence to ask about, though "He added: it was…" is; and a
// list after a comma ("…, the answer key and the marks secured by the
// last candidate") is no new clause.
func TestFactBoxAndListsAfterCommas(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Music: low, mostly folk and early jazz.", true},
		{"Vegetarian options: limited - one starter and one main.", true},
		{"Good: the mussels; the hake.", true},
		{"He added: it was the best night of his life.", false},
		{"The reason was simple: nobody had asked the growers.", false},
		{"Police said: the road will reopen on Monday.", false},
	} {
		if got := junkSentence(tt.line); got != tt.want {
			t.Errorf("junkSentence(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	toks := tokenize("the marks secured by the last selected candidate")
	if theSubjectThenVerb(toks, 0) {
		t.Error("\"the marks secured by\" taken for a clause")
	}
	toks = tokenize("the council secured a grant")
	if !theSubjectThenVerb(toks, 0) {
		t.Error("\"the council secured a grant\" not taken for a clause")
	}
}

// TestSecondThatClauseKeepsItsVerb: "Who maintained that … and that the
// commission?" lost the second clause's verb at an aside; no such question
// is asked. "Petitioner Rohit Pawar" is Rohit Pawar, though the lists lack
// the given name.
func TestSecondThatClauseKeepsItsVerb(t *testing.T) {
	an := analyseArticle(t, `Court orders board to show answer sheets

Senior advocate Kavita Rane, representing the board, maintained that disclosure would expose examiners to pressure and that the board, which holds more than 30 examinations a year, would be overwhelmed by similar requests.

Kavita Rane also argued that the marks were held in trust for the examiners.

Later the same day, Kavita Rane contended that the board, which sets papers in six languages, would need more staff.

Advocate Sunil Joshi, for the candidates, said the board had ignored its own rules.

Justice Meera Sawant heard the petitions on Monday.

Petitioner Rohit Pawar, 26, said he had waited two years for an answer.`)
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "that the board?") {
			t.Errorf("clause without its verb: %q", c.q.Prompt)
		}
	}
	wantPeople(t, an, map[string]bool{"Rohit Pawar": true, "Petitioner Rohit Pawar": false})
}

// TestClubsByTheirTown: "Sale" after "Sale Sharks" is the club, no
// person.
func TestClubsByTheirTown(t *testing.T) {
	an := analyseArticle(t, `Tigers edge Sharks

Leicester Tigers beat Sale Sharks 27-22 at Welford Road on Saturday.

Sale had led with 12 minutes left, but Harry Oduya scored late for the home side.`)
	wantPeople(t, an, map[string]bool{"Sale": false, "Harry Oduya": true})
	if id := entByName(an, "Sale Sharks"); id < 0 {
		t.Error("no Sale Sharks")
	} else if s := &an.sents[1]; s.ments[mentionOf(t, s, "Sale")].ent != id {
		t.Error("Sale not linked to Sale Sharks")
	}
}

// TestSidesRegionsAndKinAppositives: "Bath, who lost at Northampton" and
// "Dunmore, who play Ballyvane" are sides, no persons; "Southwest Ohio" a region; "Neighbour Angela Stroud" is
// Angela Stroud; "Her grandson, Jaylen," is never made false with another
// name ("her grandson, Angela Stroud"); and "in 19.2 overs" is not asked
// (balls after the point, never 26.9).
func TestSidesRegionsAndKinAppositives(t *testing.T) {
	an := analyseArticle(t, `Fire guts family home

Fire destroyed a house on Linden Avenue in Dayton early on Monday, Fire Chief Raymond Okafor said.

Neighbour Angela Stroud said she had called for help at 4 a.m.

Her grandson, Jaylen, was taken to Dayton Children's Hospital for smoke inhalation.

The American Red Cross of Southwest Ohio said it was helping the family.

Mumbai reached 191 for four in 19.2 overs to win by six wickets.

The win lifts Leicester to fourth, one point above Bath, who lost at Northampton on Friday.

The result leaves Kerrow one point ahead of Dunmore, who play Ballyvane on Sunday.`)
	wantPeople(t, an, map[string]bool{"Southwest Ohio": false, "Bath": false, "Dunmore": false, "Angela Stroud": true, "Neighbour Angela Stroud": false})
	for _, tt := range []struct {
		text string
		name string
		want bool
	}{
		{"Her grandson, Jaylen, was taken to hospital.", "Jaylen", true},
		{"Her daughter, Dr. Clare Halloran-Webb, said the cause was pneumonia.", "Clare", true},
		{"Jaylen Brooks, 8, was taken to hospital.", "Jaylen", false},
		{"The coach, Ryan Calloway, said the side had improved.", "Ryan", false},
	} {
		s := &analyseText(t, tt.text).sents[0]
		k := slices.IndexFunc(s.toks, func(t tok) bool { return t.text == tt.name })
		if got := appositiveOfPersonNoun(s, k); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
	if got := numberOptions(t, an, 4, "19.2"); len(got) > 0 {
		t.Errorf("overs offered: %v", got)
	}
}

// TestBodiesTownsSidesAndClausesStillOpen: "Clare TD Tom McInerney" is Tom
// McInerney; "the National Disaster Risk Reduction and Management Council"
// and "the Joint Committee on Vaccination and Immunisation" are one body
// each, as are "the Central Agency for the Reception of Asylum Seekers"
// and "the European Convention on Human Rights", "the Planning Commission on Monday" no such name, and "Minister
// for Foreign Affairs" an office, no one called Affairs; "Preston, who
// have now gone…" is a side; "Laoag City" stands beside
// towns only; a statement never stops inside "…, and although…" before its
// main clause, nor swaps one end of "two or three days".
func TestBodiesTownsSidesAndClausesStillOpen(t *testing.T) {
	an := analyseArticle(t, `Storm floods the north

Independent Clare TD Tom McInerney said the region had been failed.

The National Disaster Risk Reduction and Management Council said 41,276 families had been affected.

The Joint Committee on Vaccination and Immunisation will meet in June, and the Planning Commission on Monday backed the plan.

Lawyers said the rule might breach the European Convention on Human Rights, and the Central Agency for the Reception of Asylum Seekers said it had no beds left.

The Minister for Foreign Affairs, Róisín Gallagher, dismissed the claim, and Secretary for Health Dr Chifundo Banda said cases were falling.

Preston, who have now gone six matches without a win, started brightly.

The storm was last seen 480 kilometers west of Laoag City, Ilocos Norte.

Some 60,000 food packs waited at the National Resource Operations Center in Pasay City and at a hub in Cauayan City.

Norovirus causes an estimated three million illnesses a year in Britain, according to the health agency, and although most people recover within two or three days, the infection can cause severe dehydration in older and frail people.`)
	wantPeople(t, an, map[string]bool{"Tom McInerney": true, "Clare TD Tom McInerney": false, "Preston": false, "Affairs": false,
		"Chifundo Banda": true, "Dr Chifundo Banda": false})
	if entByName(an, "Planning Commission on Monday") >= 0 {
		t.Error("a weekday taken into a body's name")
	}
	wantTypes(t, an, map[string]etype{"National Disaster Risk Reduction and Management Council": eOrg, "Joint Committee on Vaccination and Immunisation": eOrg,
		"Central Agency for the Reception of Asylum Seekers": eOrg, "European Convention on Human Rights": eNone})
	for _, bad := range []string{"European Convention", "Human Rights", "Central Agency", "Asylum Seekers"} {
		if entByName(an, bad) >= 0 {
			t.Errorf("%q taken for a whole name", bad)
		}
	}
	s := &an.sents[6]
	m := &s.ments[mentionOf(t, s, "Laoag City")]
	for _, o := range an.distractors(s, m, "Laoag City", 3) {
		if !strings.HasSuffix(o, " City") {
			t.Errorf("option %q beside Laoag City", o)
		}
	}
	s = &an.sents[8]
	for _, key := range []string{"three", "two"} {
		m := s.ments[mentionOf(t, s, key)]
		if plan, ok := an.statementPlan(s, m.t0, m.t1); ok && strings.HasSuffix(plan.render(s), "two or three days.") {
			t.Errorf("cut inside the clause: %q", plan.render(s))
		}
	}
	if o, _ := rangePartner(s, &s.ments[mentionOf(t, s, "two")]); o == nil {
		t.Error("\"two or three\" is no range")
	}
}

// TestPortfoliosFirmsAndSceneClocks: "Opposition primary industries
// spokesman Nick Vardon" keeps his whole portfolio; "her company, Oficina
// Lacuna," is a firm, no person; "At a little after eight on a grey
// Tuesday morning" sets a scene, and its hour is not asked; "Recorder
// Martin Halstead" is a judge called Martin Halstead, "Centre-back Megan
// Rees" a player called Megan Rees.
func TestPortfoliosFirmsAndSceneClocks(t *testing.T) {
	an := analyseArticle(t, `Tiles for the missing

At a little after eight on a grey Tuesday morning, the kiln at the back of the workshop is still ticking.

Carvalho is 29, and for the past five years her company, Oficina Lacuna, has made tiles to fill the gaps. Since 2022, every Lacuna tile has been stamped with the studio's mark.

Opposition primary industries spokesman Nick Vardon said the package came too late.

Professor Rui Mendes Sa said the copies were remarkable, and Carvalho said she agreed.

Passing sentence, Recorder Martin Halstead said the harm was serious.

Centre-back Megan Rees rose highest to head in the corner in the 52nd minute.`)
	wantPeople(t, an, map[string]bool{"Oficina Lacuna": false, "Nick Vardon": true, "Martin Halstead": true, "Recorder Martin Halstead": false,
		"Megan Rees": true, "Centre-back Megan Rees": false})
	wantRoles(t, an, map[string]string{"Nick Vardon": "opposition primary industries spokesman"})
	s := &an.sents[0]
	if !incidental(s, &s.ments[mentionOf(t, s, "eight")]) {
		t.Error("the hour of a scene asked")
	}
}

// TestPartiesRelativesAndNamedLists: "Centre" after "the Centre Party" is
// the party; "Who has ruled out governing with EKRE, whose leader, Henrik
// Pärn?" lost its relative clause's verb and is not asked, nor "How many
// seats did the Liberal Democrats win and the Conservatives seven?"; and a
// "which" aside ends before ", and Juventas," goes on with the list.
func TestPartiesRelativesAndNamedLists(t *testing.T) {
	an := analyseArticle(t, `Isamaa wins Estonian election

The Centre Party took 11.2% and 12 seats, and the Social Democrats won 10.9%.

An alternative grouping of Isamaa, the Social Democrats and Centre would hold 53 seats.

Margus Kallaste has repeatedly ruled out governing with EKRE, whose leader, Henrik Parn, said on Sunday that Isamaa was betraying its voters.

Rasmus Oja said the party would respect the decision, and Tonis Saar said talks would be hard.

Mr Kallaste said voters had sent a very clear message, and Mr Oja said he would stay on.

The Liberal Democrats won nine seats and the Conservatives seven, with one seat going to an independent candidate.

In the coming weeks the probe will also release two shoebox-sized CubeSats: Milani, which will study the composition of the asteroids' surfaces, and Juventas, which carries a low-frequency radar designed to look inside the moonlet.`)
	s := &an.sents[1]
	if id := entByName(an, "Centre Party"); id < 0 || s.ments[mentionOf(t, s, "Centre")].ent != id {
		t.Error("Centre not linked to the Centre Party")
	}
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, "Henrik Parn?") || strings.HasSuffix(c.q.Prompt, "Conservatives seven?") {
			t.Errorf("clause without its verb: %q", c.q.Prompt)
		}
	}
	s = &an.sents[6]
	m := s.ments[mentionOf(t, s, "two")]
	if plan, ok := an.statementPlan(s, m.t0, m.t1); ok && strings.Contains(plan.render(s), "Milani which") {
		t.Errorf("list merged: %q", plan.render(s))
	}
}

// TestServiceOpeningASentence: "Fire Service and Civil Defence officials
// said…" names the service, though "fire" is written in lower case
// elsewhere; no body is called "Service".
func TestServiceOpeningASentence(t *testing.T) {
	an := analyseArticle(t, `Factory fire kills six

A fire broke out at a garment factory in Gazipur on Monday night.

Fire Service and Civil Defence officials said 14 units took four hours to bring the blaze under control.`)
	wantTypes(t, an, map[string]etype{"Fire Service": eOrg})
	if entByName(an, "Service") >= 0 {
		t.Error("a body called Service")
	}
}

// TestFirmsSchoolsStudentsAndStorms: "Kyushu Electric Power Co." and
// "Harlan Ridge City Schools" are bodies, and "across Kyushu" keeps
// Kyushu an island though a firm is named for it; "Junior Marcus Bell" is
// Marcus Bell, though Junior is a given name; "Board of Education President
// Mark DeLuca" keeps the board in his role; a typhoon's "935 hectopascals"
// moves by a few, never to 561.
func TestFirmsSchoolsStudentsAndStorms(t *testing.T) {
	an := analyseArticle(t, `Typhoon nears Kyushu as schools close

The typhoon had a central pressure of 935 hectopascals as it moved across Kyushu on Thursday.

Kyushu Electric Power Co. said about 28,000 households were without electricity.

Students in Harlan Ridge City Schools made their strongest showing since 2019, Superintendent Angela Whitcomb said.

Junior Marcus Bell, 16, said the extra reading help had made a difference.

Board of Education President Mark DeLuca said the board would vote in September.`)
	wantPeople(t, an, map[string]bool{"Kyushu Electric Power Co.": false, "Harlan Ridge City Schools": false, "Marcus Bell": true, "Junior Marcus Bell": false})
	wantTypes(t, an, map[string]etype{"Kyushu Electric Power Co.": eOrg})
	wantRoles(t, an, map[string]string{"Mark DeLuca": "Board of Education president"})
	s := &an.sents[0]
	if m := s.ments[mentionOf(t, s, "Kyushu")]; m.ent >= 0 && an.ents[m.ent].typ == eOrg {
		t.Error("across Kyushu taken for the firm")
	}
	for _, o := range numberOptions(t, an, 0, "935") {
		if v, _ := strconv.Atoi(strings.ReplaceAll(o, ",", "")); v < 880 || v > 990 {
			t.Errorf("option %q", o)
		}
	}
}

// TestPlayersBodiesYearsAndRates: "Defenceman Lucas Martel's shot" is a
// player's, no firm; "the Command for the Protection of Cultural Heritage
// said" gives no person called Cultural Heritage; "won 54% of their
// faceoffs" asks no "How much did they win of…?"; "An inventory from
// 1788" is offered beside its own century; "129.2 to the dollar" moves by
// a few per cent; a club is never swapped for a conference.
func TestPlayersBodiesYearsAndRates(t *testing.T) {
	an := analyseArticle(t, `Wolves edge Battalion in overtime

The Sudbury Wolves beat the North Bay Battalion 4-3 in overtime on Friday, and the Eastern Conference race tightened.

Defenceman Lucas Martel's shot deflected past goaltender Ethan Carriere at 2:47 of overtime.

The Wolves won 54% of their faceoffs, coach Derek Lavoie said.

The painting was returned, the Carabinieri Command for the Protection of Cultural Heritage said in a statement.

An inventory from 1788 ascribed it to Reni himself.

On Tuesday, the shilling traded at 129.2 to the dollar.`)
	wantPeople(t, an, map[string]bool{"Cultural Heritage": false})
	if entByName(an, "Lucas Martel's") >= 0 {
		t.Error("a firm called Lucas Martel's")
	}
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "win of their faceoffs") || strings.HasPrefix(c.q.Prompt, "True or false? The Eastern Conference beat") {
			t.Errorf("prompt %q", c.q.Prompt)
		}
	}
	for _, tt := range []struct {
		si     int
		key    string
		lo, hi float64
	}{{4, "1788", 1700, 1899}, {5, "129.2", 115, 145}} {
		for _, o := range numberOptions(t, an, tt.si, tt.key) {
			if v, _ := strconv.ParseFloat(o, 64); v < tt.lo || v > tt.hi {
				t.Errorf("%s: option %q", tt.key, o)
			}
		}
	}
	if got, want := orgClass("Sudbury Wolves"), "club"; got != want {
		t.Errorf("orgClass(Sudbury Wolves) = %q, want %q", got, want)
	}
}

// TestTwoClubsJoinedByAnd: "Bay View Hornets and Meeanee United" are two
// clubs, though "United" ends a body's name; "the Australian Securities
// and Investments Commission" and "the Harbour Teachers Savings and Credit
// Co-operative Society" stay one body each.
func TestTwoClubsJoinedByAnd(t *testing.T) {
	an := analyseArticle(t, `Rovers stay unbeaten

Tamatea Rovers beat Bay View Hornets and Meeanee United in successive weeks, the union said.

The Australian Securities and Investments Commission said it would review the deal, and the Harbour Teachers Savings and Credit Co-operative Society said members would be repaid.`)
	if entByName(an, "Bay View Hornets and Meeanee United") >= 0 {
		t.Error("two clubs taken for one")
	}
	wantTypes(t, an, map[string]etype{"Australian Securities and Investments Commission": eOrg, "Harbour Teachers Savings and Credit Co-operative Society": eOrg})
}

// TestCloseFiguresAndPoliceAreas: "flowing at 86.12 metres against a
// danger level of 85.04" moves by about their gap, never to 42.52; "the
// Cleveland police and crime commissioner" names no town to blank.
func TestCloseFiguresAndPoliceAreas(t *testing.T) {
	an := analyseArticle(t, `Floods worsen in Assam

The river at Neamatighat was flowing at 86.12 metres against a danger level of 85.04 metres and was likely to rise further.

Once the precepts set by the Cleveland police and crime commissioner and the fire authority are added, the average bill will be a little over £2,430.

Councillors in Stockton-on-Tees and Middlesbrough voted on Wednesday.

Visitor numbers rose to 7.54 million from 7.53 million a year earlier.`)
	for _, o := range numberOptions(t, an, 0, "85.04") {
		if v, _ := strconv.ParseFloat(o, 64); v < 80 || v > 86.12 {
			t.Errorf("option %q", o)
		}
	}
	for _, o := range numberOptions(t, an, 3, "7.54 million") {
		if v, _ := strconv.ParseFloat(strings.Fields(o)[0], 64); math.Abs(v-7.54) < 0.07 {
			t.Errorf("option %q a hair's breadth from 7.54 million", o)
		}
	}
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindCloze && strings.Contains(c.q.Prompt, "_____ police") {
			t.Errorf("prompt %q", c.q.Prompt)
		}
	}
}

// TestAsidesInFindingsAndGenericBodies: "a study found that the share … -
// an increase in maximum sustained winds of at least 35 mph within 24
// hours - had risen" never stops at the second dash, whose clause has yet
// to find its verb, and its "published" is never denied as the study's
// verb; no question offers a bare "Government" or "Cabinet";
// and "the Fiji area of responsibility" does not make a swapped-in Fiji
// "the Fiji".
func TestAsidesInFindingsAndGenericBodies(t *testing.T) {
	an := analyseArticle(t, `Cyclone and hurricanes

A study published last year by Reyes and colleagues found that the share of Atlantic hurricanes undergoing rapid intensification - an increase in maximum sustained winds of at least 35 mph within 24 hours - had risen by roughly a quarter between the 1980s and the 2010s.

The Government said relief would reach the islands on Monday, and the Fiji Navy sent two boats.

The Cabinet met on Sunday, and the Ministry of Education closed 46 schools.

Workers from the Fiji Roads Authority were clearing the road yesterday afternoon.

The storm left the Fiji area of responsibility on Tuesday, the second to hit Fiji this year.

The Red Cross handed out tarpaulins.

Australia and New Zealand have offered help.`)
	s := &an.sents[0]
	m := s.ments[mentionOf(t, s, "35")]
	if plan, ok := an.statementPlan(s, m.t0, m.t1); ok && strings.HasSuffix(plan.render(s), "within 24 hours.") {
		t.Errorf("cut at the aside: %q", plan.render(s))
	}
	gov := &an.sents[1]
	if got := an.distractors(gov, &gov.ments[mentionOf(t, gov, "Government")], "Government", 3); len(got) > 0 {
		t.Errorf("options beside a bare Government: %q", got)
	}
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "did not publish") {
			t.Errorf("the participle denied: %q", c.q.Prompt)
		}
		if strings.Contains(c.q.Prompt, "Workers from the Government") || strings.Contains(c.q.Prompt, "Workers from the Cabinet") || strings.Contains(c.q.Prompt, "The Fiji and") {
			t.Errorf("prompt %q", c.q.Prompt)
		}
		if c.q.Kind != KindTrueFalse && (slices.Contains(c.q.Options, "Government") || slices.Contains(c.q.Options, "Cabinet")) {
			t.Errorf("%q offers %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestOfficesSchemesWorksAndBirthNames: "Cabinet Secretary for Health and
// Social Care Rhodri Pennant" is Rhodri Pennant; "the Minister of
// Commerce, Trade and Industry" names no body; "the Farmer Input Support
// Programme" is a scheme, no person; "Ferry Weather (2021)" is a novel; in
// an obituary of Peggy Dunlop, "Margaret Helen Boyle was born…" is she;
// and "Who was a small, brisk figure with a voice that?" is never asked.
func TestOfficesSchemesWorksAndBirthNames(t *testing.T) {
	an := analyseArticle(t, `Peggy Dunlop, Labour MP who fought for the steel towns, dies aged 89

Peggy Dunlop, who has died aged 89, was for 23 years the Labour MP for Garnock Valley.

She was a small, brisk figure with a voice that, as one opponent complained, could strip paint.

Margaret Helen Boyle was born on 14 March 1936 in Kilbirnie, the eldest of four children of Hugh Boyle.

Her husband, Jim Dunlop, died in 2011.

Responding, Cabinet Secretary for Health and Social Care Rhodri Pennant said the pressures were serious.

The Minister of Commerce, Trade and Industry, Natasha Mumba, said the ban would stay.

The Farmer Input Support Programme reached about 1.02 million farmers, Natasha Mumba said.

Her novels include Low Water (2009) and Ferry Weather (2021), Rhodri Pennant said.`)
	wantPeople(t, an, map[string]bool{"Rhodri Pennant": true, "Input Support Programme": false, "Ferry Weather": false, "Natasha Mumba": true})
	for _, name := range []string{"Commerce, Trade and Industry", "Cabinet Secretary for Health and Social Care Rhodri Pennant"} {
		if entByName(an, name) >= 0 {
			t.Errorf("a body called %s", name)
		}
	}
	if id := entByName(an, "Margaret Helen Boyle"); id >= 0 && an.ents[id].alias < 0 && an.ents[id].typ == ePerson {
		t.Error("Margaret Helen Boyle offered beside Peggy Dunlop")
	}
	for _, c := range an.makeCandidates() {
		if strings.HasSuffix(c.q.Prompt, " that?") {
			t.Errorf("prompt %q", c.q.Prompt)
		}
	}
}

// TestColonsResultsAndSecondVerbs: "since the route was unveiled in
// February: three climbs…" asks "In which month was the route unveiled?"
// alone; a results line ("General classification after stage 4: 1. …") is
// no sentence; "looked in difficulty when Restrepo attacked and at one
// point was 31 seconds adrift" never makes Restrepo the one adrift; and
// "since at least 1887" is offered beside its own century.
func TestColonsResultsAndSecondVerbs(t *testing.T) {
	an := analyseArticle(t, `Restrepo wins queen stage

Colombia's Julián Restrepo won the queen stage on Saturday.

It was a stage circled on every team's map since the route was unveiled in February: three climbs in the first 100km and a long ascent.

Erik Lindqvist looked in difficulty when Julián Restrepo attacked and at one point was 31 seconds adrift of the Colombian before recovering.

Tom Halloran was third, and Pieter Van Aken fourth, Henrik Aasland said.

There has been a shop on the site since at least 1887, the parish records show.`)
	for _, c := range an.makeCandidates() {
		p := c.q.Prompt
		if strings.Contains(p, "unveiled :") || strings.Contains(p, "unveiled: three") || c.q.Kind == KindWho && strings.Contains(p, "31 seconds adrift") && c.answer == "Julián Restrepo" {
			t.Errorf("prompt %q (answer %s)", p, c.answer)
		}
	}
	if !junkSentence("General classification after stage 4: 1.") {
		t.Error("a results line kept")
	}
	for _, o := range numberOptions(t, an, 4, "1887") {
		if v, _ := strconv.Atoi(o); v < 1800 || v > 1950 {
			t.Errorf("option %q beside 1887", o)
		}
	}
}

// noCandidate fails for each candidate question made from the article
// that bad reports.
func noCandidate(t *testing.T, text string, bad func(Question) bool) {
	t.Helper()
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if bad(q) {
			t.Errorf("%q", q.Prompt)
		}
	}
}

// TestCourtesyPossessivesAndPluralBodies: "Ms Alder's rose to minus two"
// after "Ms Alder said" is her rating, not a firm called "Ms Alder's";
// and "Schools in the county will stay closed" opens on many schools, no
// body's name to swap for another.
func TestCourtesyPossessivesAndPluralBodies(t *testing.T) {
	an := analyseArticle(t, `Housing bill passes the lower house

Opposition Leader Fiona Alder called the bill a very costly press release.

"This is money without a plan," Ms Alder said on Thursday evening.

The premier's approval rating fell four points to minus six, while Ms Alder's rose to minus two.

Schools in Pontotoc County will stay closed through Friday, the Tupelo Electric Cooperative said.

The Riverside Water Board said supplies were safe.`)
	tests := []struct {
		sent int
		text string
		want etype
	}{
		{2, "Alder", ePerson},
		{3, "Schools", eNone},
	}
	for _, tt := range tests {
		s := &an.sents[tt.sent]
		i := slices.IndexFunc(s.ments, func(m mention) bool { return strings.Contains(m.text, tt.text) })
		if i < 0 {
			t.Fatalf("no mention of %q in %q", tt.text, s.text)
		}
		m := s.ments[i]
		got := m.typ
		if m.ent >= 0 {
			got = an.ents[m.ent].typ
		}
		if got != tt.want {
			t.Errorf("%q in %q: got type %d, want %d", tt.text, s.text, got, tt.want)
		}
	}
}

// TestAllTakesThreeOrMore: "across all three categories" is never offered
// as "all two", which English says "both", in digits or in words.
func TestAllTakesThreeOrMore(t *testing.T) {
	an := analyseText(t, `Rain fell in all three valleys on Monday.

Prices rose in all 3 markets last week.`)
	for _, tc := range []struct {
		sent int
		key  string
	}{{0, "three"}, {1, "3"}} {
		_, got := threeOptions(t, an, tc.sent, tc.key)
		for _, o := range got {
			if v, _ := optionValue(o); v < 3 {
				t.Errorf("all %s: option %q", tc.key, o)
			}
		}
	}
}

// TestScoresPitchLinesAndOrdinalNames: "prevailing 14.9 (93) to 12.12
// (84)" is a score line of goals and behinds, never offered as 16.97;
// "on their own 45" is a line of the pitch; "a Fifth Third branch" and
// "the Second World War" are names, never "a Fourth Third branch".
func TestScoresPitchLinesAndOrdinalNames(t *testing.T) {
	noCandidate(t, `Hawks hold on at the MCG

The Hawks had to withstand a late burst from the Crows before prevailing 14.9 (93) to 12.12 (84) in front of 52,318 fans.

Hawthorn went into the main break leading 7.4 (46) to 3.8 (26).

The goal came after Donegal turned over possession on their own 45 in the second half.

In March, a man robbed a Fifth Third branch in Middletown, police said.

During the Second World War he served on minesweepers, his son said.`, func(q Question) bool {
		p := q.Prompt
		return strings.Contains(p, "14.9 to _____") || strings.Contains(p, "_____ to 12.12") || strings.Contains(p, "to _____.") ||
			strings.Contains(p, "own _____") || strings.Contains(p, "_____ Third") || strings.Contains(p, "Fourth Third") ||
			strings.Contains(p, "Sixth Third") || strings.Contains(p, "_____ World War") || strings.Contains(p, "First World War") ||
			strings.Contains(p, "Third World War") || strings.Contains(p, "16.97")
	})
}

// TestPortfolioListBeforeAName: "State Tourism, Culture and Environment
// Minister Edwin Sualin, who opened the fair, said…" loses the whole
// aside, its commas too: the first comma is the list's, not the name's.
func TestPortfolioListBeforeAName(t *testing.T) {
	noCandidate(t, `Tourism figures

State Tourism, Culture and Environment Minister Datuk Dr Edwin Sualin, who opened the fair, said Sabah recorded 2.87 million tourist arrivals between January and August.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Sualin, said")
	})
}

// TestRegionsShoutedWordsAndSecondSubjects: "Federal climate change
// minister" is the climate change minister; "in Asian trading" names no
// place; "ELECTED" on a results page is no body, and a question never
// shouts it; "slid 4.7 percent and Advantest fell 5.1 percent" asks no
// "By how much did Tokyo Electron slide and Advantest fell…?"; and
// "Defence Minister Ahmed Qureshi" keeps both capitals in a question, where
// "Rival developer Tessaly Land" loses the sentence's.
func TestRegionsShoutedWordsAndSecondSubjects(t *testing.T) {
	text := `Floods and markets

Federal climate change minister Faisal Anwar said the government would seek international support.

Oil prices were lower in Asian trading on Thursday, and shares fell in Osaka and Kobe.

Tokyo Electron slid 4.7 percent and Advantest fell 5.1 percent, together accounting for more than 180 points of the index's decline.

Declan Moloney is ELECTED without reaching the quota.

Defence Minister Ahmed Qureshi highlighted $8.4 billion in new military spending over five years.

Rival developer Tessaly Land fell 9.4 percent on the news.`
	an := analyseArticle(t, text)
	wantRoles(t, an, map[string]string{"Faisal Anwar": "climate change minister"})
	for _, name := range []string{"Asian", "ELECTED"} {
		if slices.ContainsFunc(an.ents, func(e entity) bool { return e.name == name && e.typ != eNone }) {
			t.Errorf("%q made a name", name)
		}
	}
	noCandidate(t, text, func(q Question) bool {
		return strings.Contains(q.Prompt, "slide and") || q.Kind != KindCloze && strings.Contains(q.Prompt, "ELECTED") || strings.Contains(q.Prompt, "defence Minister") || strings.Contains(q.Prompt, "did Rival") ||
			slices.Contains(q.Options, "Asian")
	})
}

// TestDeedListsAskTheFirstDeed: a list of deeds cut before its last
// ("won the ball on the right flank, cut into the circle" without "and
// slipped a pass", "carried the ball through the middle, found Kuipers…")
// is asked about its first deed, never "What did Sosa win on the right
// flank, cut into the circle?".
func TestDeedListsAskTheFirstDeed(t *testing.T) {
	noCandidate(t, `Netherlands beat Argentina

Captain Valentina Sosa won the ball on the right flank, cut into the circle and slipped a pass to Camila Ferreyra.

Midfielder Noor Visscher carried the ball 40 metres through the middle, found Sanne Kuipers at the top of the circle, and Kuipers turned sharply to score.

Goalkeeper Iris Bakker and defender Femke van der Linde were also praised by the coach, Marloes Hendriks.

Argentina had taken the lead in the 11th minute, and the win lifts the Netherlands to second.

The goal came from a penalty corner in the 49th minute.`, func(q Question) bool {
		asked := q.Kind == KindWho || q.Kind == KindWhat
		return asked && strings.Contains(q.Prompt, ", cut into") && !strings.Contains(q.Prompt, "and slipped") ||
			asked && strings.Contains(q.Prompt, "middle, found") && !strings.Contains(q.Prompt, "and Kuipers")
	})
}

// TestDeedListComma: the comma before a second deed is found only when the
// list is cut before its last deed, never at a participle's aside.
func TestDeedListComma(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the words after the comma found, or ""
	}{
		{"Sosa won the ball on the right flank, cut into the circle | and slipped a pass", "cut"},
		{"Visscher carried the ball through the middle, found Kuipers at the top | , and Kuipers turned", "found"},
		{"Sosa won the ball on the right flank, cut into the circle and slipped a pass |", ""},
		{"She thanked the team, led by her sister, after the final | and the party", ""},
		{"Sosa won the ball, said the coach | and the captain", ""},
		{"The school has leaking roofs, outdated wiring |", ""},
		{"Rao dismissed Pillai, caught at long-on |", ""},
		{"Chaudhary dismissed Pillai, caught at long-on | , and Qureshi, stumped for 9", ""},
		{"Digging began after a walker, retired teacher Ann Bell | , noticed flints and reported them", ""},
		{"Digging began after a walker, retired teacher Ann Bell, noticed flints | and reported them", ""},
	} {
		// The question's words end at "|"; what follows is the sentence's.
		asked, rest, _ := strings.Cut(tc.text, " |")
		toks := tokenize(asked + rest)
		end := len(tokenize(asked))
		got := ""
		if k := deedListComma(toks, 2, end); k > 0 {
			got = toks[k+1].low
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReviewersOwnExperience: in a review, "it happened to us three times
// in one evening" is the critic's meal, no fact to ask; the restaurant's
// opening date still is.
func TestReviewersOwnExperience(t *testing.T) {
	a, err := ParseArticle(`Restaurant review: Bronach, Dublin 8

At Bronach, the new 42-seat restaurant on Francis Street, it happened to us three times in one evening.

The restaurant opened on September 4th in a former antiques showroom on Francis Street.`)
	if err != nil {
		t.Fatal(err)
	}
	us, date := false, false
	for _, q := range Candidates(a) {
		us = us || strings.Contains(q.Prompt, "happened to us")
		date = date || strings.Contains(q.Prompt, "opened on")
	}
	if us || !date {
		t.Errorf("asked of the critic's meal %v, of the opening %v; want false, true", us, date)
	}
}

// TestPlacesAndYearsOfInnerClauses: "has delivered 2,300 vehicles since it
// began production at a maker in Ontario" asks no "Where has Voltara
// delivered…?"; "has set a target of one million speakers by 2050" no "In
// which year has it set a target…?"; "Marshall Township" is a place and
// the Nasdaq no place; and
// "General Motors" is never offered where the sentence says "GM".
func TestPlacesAndYearsOfInnerClauses(t *testing.T) {
	text := `Voltara delays its Michigan plant

Voltara Motors said it would delay the opening of its assembly plant in Marshall Township, Michigan, by 14 months.

Voltara has delivered fewer than 2,300 vehicles since it began limited production at a contract manufacturer in Ontario last year.

Shares of Voltara fell 18.4 percent to $6.12 in Nasdaq trading on Tuesday.

The Welsh Government has set a target of one million Welsh speakers by 2050.

Fitzgibbon left the scene but presented himself at a garda station the following afternoon.

The court heard that Fitzgibbon had been drinking in the pub for five hours, and that Mr Hurley's head hit the kerb.

In Marshall Township, a rural community about 100 miles west of Detroit, the news landed heavily. Township supervisor Ron Kessler, 63, said local businesses had invested in the plant.

"Every month the plant sits idle, Ford, GM and Rivian get further ahead," said analyst Priya Raman of Halbrook Securities, as Toyota and Honda also expand in Texas and Ohio.`
	an := analyseArticle(t, text)
	if slices.ContainsFunc(an.ents, func(e entity) bool { return e.name == "Marshall Township" && e.typ == ePerson }) {
		t.Errorf("Marshall Township made a person")
	}
	if slices.ContainsFunc(an.ents, func(e entity) bool { return e.name == "Nasdaq" && e.typ == ePlace }) {
		t.Errorf("Nasdaq made a place")
	}
	noCandidate(t, text, func(q Question) bool {
		return q.Kind == KindWhere && strings.Contains(q.Prompt, "delivered") || q.Kind == KindWhen && strings.Contains(q.Prompt, "set a target") ||
			strings.Contains(q.Prompt, "leave but") || strings.Contains(q.Prompt, "GM and") && slices.Contains(q.Options, "General Motors")
	})
}

// TestVerbGroupStopsAtButAndAVerb: "left the scene but presented himself
// at a garda station" asks "What did Ciarán Fitzgibbon leave?", not
// "What did Ciarán Fitzgibbon leave but presented himself…?".
func TestVerbGroupStopsAtButAndAVerb(t *testing.T) {
	an := analyseArticle(t, "Manslaughter sentence\n\nCiarán Fitzgibbon left the scene but presented himself at a garda station the following afternoon.")
	s := &an.sents[0]
	if len(s.cls) == 0 {
		t.Fatal("no clause")
	}
	x := slices.IndexFunc(s.toks, func(t tok) bool { return t.low == "the" })
	got := an.verbGroupQuestion(s, s.cls[0], "What", x, x+2)
	if want := "What did Ciarán Fitzgibbon leave?"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoEllipticalCountInAWhoQuestion: "Fairclough converted two of the
// three" asks no "Who converted two of the three?": of what?
func TestNoEllipticalCountInAWhoQuestion(t *testing.T) {
	noCandidate(t, `Wolves hold on

Kinsella, Lomax and Holloway scored tries for St Helens in the second half. Jonny Fairclough converted two of the three.

Forward Ben Albanese kicked two of his three for the day, and captain Jordan Phelps kicked a late goal.

Coach Liam Costello said his side had shown character.`, func(q Question) bool {
		return q.Kind == KindWho && (strings.Contains(q.Prompt, "of the three") || strings.Contains(q.Prompt, "of his three"))
	})
}

// TestPollSharesAndOwnedThings: "68 per cent supported the ban, with 21
// per cent opposed" never offers more than 79 per cent; "driving his
// Holden Commodore" names a car, no person; and "Lakeside Milk" and
// "Marina Bay Realty" are firms.
func TestPollSharesAndOwnedThings(t *testing.T) {
	an := analyseText(t, `A poll commissioned by the alliance found 68 per cent of adults supported the ban, with 21 per cent opposed.

Jared Hollis was driving his Holden Commodore north when he struck a cyclist, Aroha Te Kani.

The decision comes a week after rival processor Lakeside Milk announced a cut of 1 cent per litre.

"Luxury developers are having to sharpen their pricing," said Daniel Koh of Marina Bay Realty.`)
	_, got := threeOptions(t, an, 0, "68 per cent")
	for _, o := range got {
		if v, _ := optionValue(o); v > 79 {
			t.Errorf("68 per cent beside %q, with 21 per cent opposed", o)
		}
	}
	if slices.ContainsFunc(an.ents, func(e entity) bool { return e.name == "Holden Commodore" && e.typ == ePerson }) {
		t.Errorf("a car made a person")
	}
	for _, firm := range []string{"Lakeside Milk", "Marina Bay Realty"} {
		if !slices.ContainsFunc(an.ents, func(e entity) bool { return e.name == firm && e.typ == eOrg }) {
			t.Errorf("the firm %s is no body", firm)
		}
	}
}

// TestNoGivenNameBlankInAQuotation: ""Marcus just told me to shoot it," Lindqvist
// said" asks no cloze of full names for the quotation's "Marcus".
func TestNoGivenNameBlankInAQuotation(t *testing.T) {
	noCandidate(t, `Voyageurs win in overtime

Oskar Lindqvist took a drop pass from captain Marcus Delorme and beat goaltender Tyler Brandt high on the glove side.

"Marcus just told me to shoot it, so I shot it," Lindqvist said afterwards.

Coach Dave Ostrowski said the win mattered, and defenceman Aidan Reyes agreed.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "_____ just told me")
	})
}

// TestNumberNamedAsALine: "the police 119 emergency number" is a number
// to dial, not a count to ask, however far the verb "contact" stands.
func TestNumberNamedAsALine(t *testing.T) {
	noCandidate(t, `Two held after store robbery

Police arrested two men on Saturday after a robbery at a hardware store in the town centre.

Anyone with information on the third man is asked to contact the Harbour CIB, Crime Stop at 311, the police 119 emergency number, or the nearest police station.

The store's owner said 14 staff had been at work when the men arrived.`, func(q Question) bool { return strings.Contains(q.Prompt, "emergency number") })
}

// TestNoCutBeforeWhatFinishesTheClause: a statement is not cut where the
// words after the comma finish the clause before it: an infinitive after
// an aside, the other side of a "between", the "when" of "There is a
// moment".
func TestNoCutBeforeWhatFinishesTheClause(t *testing.T) {
	text := `Comet found by Chilean survey

Astronomers at the Cerro Blanco Observatory have found a new comet, the first for the survey.

Follow-up observations from telescopes in Chile, Australia and Namibia over the following nine nights allowed the Minor Planet Center, the clearing house for such finds, to confirm the object as a comet on Monday.

The 61-seat assembly is split between Dorval's governing party, which holds 31 seats including the Speaker, the opposition with 24, the Greens with five, and one independent.

There is a moment about two minutes into "Salt Road," the third track on the Harrow Lights' new album, when everything drops away except the voice of Aine Doyle.

Inspector Ruth Bell led the inquiry.

Bell said detectives from the Harbour Criminal Investigation Branch, supported by the St Anne South Division and a team from the Mobile Reserve, carried out a search of a house in Old Harbour Bay at about 4:30 a.m. on Monday.`
	for _, end := range []string{"Minor Planet Center.", "including the Speaker.", "new album.", "Investigation Branch."} {
		noCandidate(t, text, func(q Question) bool { return strings.HasSuffix(q.Prompt, end) })
	}
	// "in between" closes a list: nothing after its comma finishes it.
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The chamber is split between the ruling party, which holds 31 seats, the opposition and two independents.", true},
		{"The chip suits phones and servers and every size in between, according to Nina Cole, the editor of Chip Weekly.", false},
		{"There is a moment in the second act, when the lights go out.", true},
	} {
		toks := tokenize(tc.text)
		k := slices.IndexFunc(toks, func(t tok) bool { return t.text == "," })
		if tc.want == false {
			k = len(toks) - 1
			for toks[k].text != "," || toks[k-1].low != "cole" {
				k--
			}
		}
		if got := unfinishedBefore(toks, 0, k); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoDenialOfAWhatClause: "What changes is what happens on site" names
// no claim to deny: its "what" points at words around it.
func TestNoDenialOfAWhatClause(t *testing.T) {
	noCandidate(t, `Schools to lock away phones

Pupils in England may still bring phones to school from next September.

What changes is what happens once they are on site.

Phones must be kept in lockers or pouches for the whole day.`, func(q Question) bool { return strings.Contains(q.Prompt, "What changes") })
}

// TestWhenQuestionTakesOnlyWithItsYear: "became aware of it only in 2011"
// asks "In which year did the family become aware of it?", not "…of it
// only?".
func TestWhenQuestionTakesOnlyWithItsYear(t *testing.T) {
	a, err := ParseArticle(`Court returns farm to family

A court on Friday returned a four-acre farm to the family of a farmer who sold it in 2009.

The family became aware of the deed's true nature only in 2011, the court held.`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range Candidates(a) {
		if q.Kind == KindWhen {
			got = append(got, q.Prompt)
		}
	}
	if want := "In which year did the family become aware of the deed's true nature?"; !slices.Contains(got, want) {
		t.Errorf("got %q, want %q among them", got, want)
	}
}

// TestNoOtherCountForOneOfASingular: "1 hour 48 minutes" is not asked,
// since "2 hour" would be no English; nor is a line under a label.
func TestNoOtherCountForOneOfASingular(t *testing.T) {
	noCandidate(t, `Thriller review: The Quiet Floor

The new thriller from director Tobi Ade opens in cinemas across Nigeria on Friday.

Running time: 1 hour 48 minutes.`, func(q Question) bool {
		return strings.Contains(q.Prompt, " hour 48") && !strings.Contains(q.Prompt, " 1 hour")
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Running time: 1 hour 48 minutes.", true},
		{"Tickets: 25 pounds.", true},
		{"A notable loss: the deputy leader looks set to lose his seat.", false},
		{"Update: Polls have closed across the country.", false},
	} {
		if got := labelLine(tc.text); got != tc.want {
			t.Errorf("labelLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoBareAgeNorVagueNumberNow: "Mr. Tanabe is 84." is not stated, nor
// "Today the number is closer to 120" (which number?), nor a live page's
// call to refresh it.
func TestNoBareAgeNorVagueNumberNow(t *testing.T) {
	bad := func(q Question) bool {
		return strings.Contains(q.Prompt, "is 84") || strings.Contains(q.Prompt, "the number is") || strings.Contains(q.Prompt, "Refresh")
	}
	noCandidate(t, `At 84, the keeper of the oldest bathhouse still lights the boiler at dawn

Every morning at 5:30, Shigeru Tanabe unlocks the side door of the Kotobuki-yu bathhouse in Osaka and goes down to light the boiler.

He has done this about 21,000 times, he said.

Mr. Tanabe is 84. The bathhouse he runs opened in 1924, when his grandfather built it for the dock workers nearby.

In the 1960s, Kotobuki-yu welcomed as many as 800 customers a day.

Today the number is closer to 120.

One of them is Fumiko Hayashi, 79, who has been coming to Kotobuki-yu since she moved to the neighbourhood in 1966.`, bad)
	noCandidate(t, `Stage 15 live: Marchetti attacks on the Madeleine

Refresh for the latest updates from today's 178km mountain stage from Albertville to the summit finish at Val Thorens. All times are local.

17:42 Marchetti wins the stage by 31 seconds.`, bad)
}

// TestNoQuestionAcrossASecondSubject: "Toyota Motor fell 3.4% and Honda
// Motor lost 3.1%" asks no "By how much did Toyota Motor fall and Honda
// Motor lost 3.1%?", nor "Which organisation rose 0.4% and insurer AIA
// Group gained 0.6%?", nor "Who passed two runners … and the crowd is
// roaring for her?".
func TestNoQuestionAcrossASecondSubject(t *testing.T) {
	noCandidate(t, `Tokyo shares slide as yen jumps

The Nikkei average closed down 742.18 points on Monday as the yen jumped against the dollar.

Toyota Motor fell 3.4% and Honda Motor lost 3.1%, while Mazda Motor slid 4.6%.

In Hong Kong, HSBC Holdings rose 0.4% and insurer AIA Group gained 0.6%, while Hong Kong Exchanges and Clearing was flat.

Sony Group lost 2.6%, and Nitori Holdings rose 2.8%.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "?") && (strings.Contains(q.Prompt, "and Honda") || strings.Contains(q.Prompt, "and insurer"))
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"She passed two Kenyan runners between 30km and 35km and the crowd at Potsdamer Platz is roaring for her.", true},
		{"She passed two Kenyan runners between 30km and 35km and the leader.", false},
	} {
		s := &analyseText(t, tc.text).sents[0]
		if got := secondSubject(s, 1, len(s.toks)); got != tc.want {
			t.Errorf("secondSubject(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoStatementInTheWritersWe: a live page's "The flag drops in
// Albertville and we are racing" is the writers' news, no fact to test.
func TestNoStatementInTheWritersWe(t *testing.T) {
	noCandidate(t, `Stage 15 live: Marchetti attacks on the Madeleine

17:42 Marchetti wins the stage at Val Thorens, and tomorrow is the rest day in Courchevel.

14:02 A group of six has a lead of four minutes after the first climb, which starts in Moutiers.

13:15 The flag drops in Albertville and we are racing. Good morning and welcome to our coverage of the hardest day of this Tour.`, func(q Question) bool { return strings.Contains(q.Prompt, "we are racing") })
}

// TestNoWhenForAnExamplesDate: "He continued performing into his
// eighties, most recently at a concert in November" asks no "In which
// month did he continue performing…?".
func TestNoWhenForAnExamplesDate(t *testing.T) {
	noCandidate(t, `Tadeusz Wierzbicki, pianist who brought the sound of Polish jazz to London, dies aged 86

Tadeusz Wierzbicki, the Polish-born pianist whose lyrical, folk-tinged playing became a fixture of the London jazz scene for more than half a century, has died at his home in Hampstead. He was 86. His daughter, Anna Wierzbicka-Hale, said he died peacefully on Tuesday after a short illness, with a recording of Chopin's mazurkas playing in the next room.

He was born in Kraków on 3 March 1938, the son of a railway engineer and a piano teacher. His childhood was shaped by war and occupation, and he later recalled his mother practising scales in the family's cramped flat with a blanket draped over the instrument so that neighbours would not hear. After the war he studied classical piano at the Kraków conservatory, but it was late-night broadcasts of Willis Conover's jazz programmes on Voice of America that changed his direction.

He continued performing well into his eighties, most recently at a sold-out concert at a small Islington venue in November, where he closed with a solo improvisation on a Polish lullaby his mother used to sing.`, func(q Question) bool { return q.Kind == KindWhen && strings.Contains(q.Prompt, "continue performing") })
}

// TestNoBareCountEndingAShortSentence: "Iceland stay on four." does not
// say four of what.
func TestNoBareCountEndingAShortSentence(t *testing.T) {
	noCandidate(t, `Wales beat Iceland in qualifier

Wales move up to 10 points from five games in Group D, two behind leaders Serbia.

Iceland stay on four.

Serbia, who were held 0-0 in Montenegro, have 12 points.`, func(q Question) bool { return strings.Contains(q.Prompt, "stay on") })
}

// TestNoStatementOfSomeOfAKind: a review opening "Some debut novels
// announce themselves with a bang." states no fact of the book.
func TestNoStatementOfSomeOfAKind(t *testing.T) {
	noCandidate(t, `The Salt Keepers of Negombo review: a quiet family saga

Some debut novels announce themselves with a bang.

The Salt Keepers of Negombo follows three generations of a fishing family on Sri Lanka's west coast, from 1948 to the aftermath of the 2004 tsunami.`, func(q Question) bool { return strings.Contains(q.Prompt, "Some debut novels") })
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Some debut novels announce themselves with a bang.", true},
		{"Some 300 people were evacuated on Monday.", false},
		{"Some three hundred people were evacuated on Monday.", false},
	} {
		if got := someKind(&analyseText(t, tc.text).sents[0]); got != tc.want {
			t.Errorf("someKind(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoCutBetweenALinkingVerbAndItsComplement: "…remained, by his own
// account, the proudest moment of his career" is not cut after "account".
func TestNoCutBetweenALinkingVerbAndItsComplement(t *testing.T) {
	noCandidate(t, `Former Nigeria defender dies at 56

Babatunde Okafor-Ajayi, who won 27 caps for Nigeria in the 1990s, has died at the age of 56.

He scored twice for his country, both from corners, and his headed equaliser against Zambia in a 1993 qualifier in Lusaka remained, by his own account, the proudest moment of his career.

He joined Shooting Stars in 1987 and moved to Belgium in 1994.`, func(q Question) bool { return strings.HasSuffix(q.Prompt, "own account.") })
}

// TestNoDenialOfHalfACoordinatedPair: "joined the club in 1987 and quickly
// became a fixture" is not denied as "did not join … and quickly became…",
// half of which stays true.
func TestNoDenialOfHalfACoordinatedPair(t *testing.T) {
	noCandidate(t, `Former defender dies at 56

Babatunde Okafor, who won 27 caps for Nigeria, has died at the age of 56.

Okafor joined the Lagos club Harbour Stars in 1987 and quickly became a fixture in their back line.`, func(q Question) bool { return strings.Contains(q.Prompt, "did not join") })
}

// TestWhichClauseKeepsItsVerbPastAnAside: ", which Dr Zhou Yiwen, a
// co-author, said was reassuring" is not cut to leave "said was
// reassuring" hanging.
func TestWhichClauseKeepsItsVerbPastAnAside(t *testing.T) {
	noCandidate(t, `Moon samples reveal far side's volcanic past

A team led by researchers at the Institute of Geology and Geophysics in Beijing dated 108 tiny basalt clasts from the returned soil and found that most had crystallised about 2.87 billion years ago.

The 2.87 billion-year-old basalts match the age that scientists had estimated for the local lava flow by counting craters on orbital images, which Dr. Zhou Yiwen, a co-author and planetary scientist at the National Astronomical Observatories of China, said was reassuring.`, func(q Question) bool { return strings.Contains(q.Prompt, "images said") })
}

// TestNoDenialInsideAThingsRelative: "The first thing visitors will see
// … is a canoe" is not denied as "will not see".
func TestNoDenialInsideAThingsRelative(t *testing.T) {
	noCandidate(t, `A canoe opens the show

The first thing visitors will see when they walk into the National Gallery of Canada's new exhibition is a canoe.

The exhibition opens on Friday and runs until January 12.`, func(q Question) bool { return strings.Contains(q.Prompt, "will not see") })
}

// TestNoShortComparisonStated: "The older fragments are more puzzling."
// compares with something the sentence leaves out.
func TestNoShortComparisonStated(t *testing.T) {
	noCandidate(t, `Moon samples date the far side

Most of the basalt clasts crystallised about 2.87 billion years ago, the team found in Beijing.

The older fragments are more puzzling. The researchers believe they were thrown into the landing area by a distant impact.`, func(q Question) bool { return strings.Contains(q.Prompt, "more puzzling") })
}

// TestNoDistractorWhoDidTheSame: "Kawabe kept his post, as did Hirata"
// offers no Yoko Hirata beside Ryota Kawabe: she kept hers too.
func TestNoDistractorWhoDidTheSame(t *testing.T) {
	noCandidate(t, `Prime minister reshuffles cabinet

Prime Minister Kenji Nakamura replaced 11 of 19 ministers on Tuesday, Chief Cabinet Secretary Yoko Hirata announced.

Takeshi Morimoto, 67, becomes finance minister, and Masako Ishiguro, 52, becomes foreign minister.

Defence Minister Ryota Kawabe, a Nakamura loyalist, kept his post, as did Hirata.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "kept") && slices.Contains(q.Options, "Yoko Hirata") && q.Correct() != "Yoko Hirata"
	})
}

// TestNoStatementOfAnOpeningPhraseAlone: "Of the 16.4 million hectares
// planted with soybeans nationwide, the exchange expects…" is not cut to
// its opening phrase.
func TestNoStatementOfAnOpeningPhraseAlone(t *testing.T) {
	noCandidate(t, `Drought shrinks Argentina's soy harvest

The Rosario grains exchange cut its soybean forecast on Thursday for the third time this season.

Of the 16.4 million hectares planted with soybeans nationwide, the exchange expects around 2.9 million hectares to be abandoned without harvest, the highest share it has recorded since it began publishing estimates.`, func(q Question) bool { return strings.HasSuffix(q.Prompt, "nationwide.") })
}

// TestNoCountInAnIdiomNorVerbAfterA: "The stage had just split in two" is
// made no "split in one"; "after a failed investment in 2017" asks no "In
// which year did a fail investment?".
func TestNoCountInAnIdiomNorVerbAfterA(t *testing.T) {
	noCandidate(t, `Montaño fills the stadium

The stage had just split in two, a mariachi ensemble of twenty-two players had risen from a lift, and fireworks were popping over the roof.

Lim's lawyer said his client had been under financial pressure after a failed investment in 2017.

Lim pleaded guilty in January 2024 to six charges.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "split in one") || strings.Contains(q.Prompt, "split in three") || strings.Contains(q.Prompt, "split in _____") || strings.Contains(q.Prompt, "did a fail")
	})
}

// TestResultsTablePiecesAreNoSentences: a live page's "1. Daniel Kiprono
// (KEN) 2:03:17; 2. Abebe Girma (ETH) 2:03:31; 3. …" split at its ranks
// leaves no pieces to ask about.
func TestResultsTablePiecesAreNoSentences(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Abebe Girma (ETH) 2:03:31; 3.", true},
		{"Takeshi Morita (JPN) 2:06:10.", true},
		{"Kenya's Faith Chebet is second in 2:17:02, Ethiopia's Tigist Alemu third in 2:17:40.", false},
		{"Best German is Lukas Reinhardt in 13th with 2:09:47.", false},
	} {
		if got := resultsLine(tc.text); got != tc.want {
			t.Errorf("resultsLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	noCandidate(t, `Berlin marathon live

11:08 Men's results so far: 1. Daniel Kiprono (KEN) 2:03:17; 2. Abebe Girma (ETH) 2:03:31; 3. Samuel Rotich (KEN) 2:04:09; 4. Yohannes Haile (ERI) 2:05:22. Best German is Lukas Reinhardt in 13th with 2:09:47.

10:55 Kiprono wins in Berlin.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "(ETH)") || strings.Contains(q.Prompt, "2:03:31;") || strings.Contains(q.Prompt, "Girma 2:03:31")
	})
}

// TestNoWhoForAShortDeedOfOnesOwn: "Ashcroft, playing two groups ahead,
// seized his chance" asks no "Who seized his chance?".
func TestNoWhoForAShortDeedOfOnesOwn(t *testing.T) {
	noCandidate(t, `Lindqvist holds on in the Algarve

Sweden's Oskar Lindqvist won the Algarve Coast Championship on Sunday, two shots clear of Tom Ashcroft and Ruan Botha.

Lindqvist missed a short par putt on the 10th, and Javier Moreno Ruiz faded to a 74.

Ashcroft, playing two groups ahead, seized his chance.`, func(q Question) bool { return q.Prompt == "Who seized his chance?" })
}

// TestNoWhoForACriticsView: a review's "Drummond is an unusual presenter"
// and "She is dry, occasionally impatient" ask no "Who is…?", nor make a
// blank or a statement, and neither does "is clearly betting heavily on
// Drummond": the critic's view, no fact.
func TestNoWhoForACriticsView(t *testing.T) {
	noCandidate(t, `Review: The Keeper's Log is a slow, strange and quietly wonderful listen

The series is presented by the historian Ailsa Drummond and produced by Tomás Reilly, with music by Hannah Vance.

Drummond is an unusual presenter. She is dry, occasionally impatient, and unwilling to pretend that the past was cosier than it was.

Reilly recorded on location through some genuinely miserable weather.

Lighthouse Audio is clearly betting heavily on Drummond.

Vance feels like a composer built to last, and the final episode is a small radio play.

Reilly and Vance are appealing, if a little underpowered, as the keeper's daughters.`, func(q Question) bool {
		return q.Kind == KindWho && strings.HasPrefix(q.Prompt, "Who is ") || strings.Contains(q.Prompt, "is an unusual presenter") || strings.Contains(q.Prompt, "is dry, occasionally") ||
			strings.Contains(q.Prompt, "betting heavily") || strings.Contains(q.Prompt, "composer built to last") ||
			strings.Contains(q.Prompt, "are appealing")
	})
}

// TestDateWordsGoWithTheDate: "began in March of last year" asks "In which
// month did the investigation begin?", and "in September alone" leaves no
// "alone"; "parts of the Zurich and Geneva networks" offers no "the Zurich".
func TestDateWordsGoWithTheDate(t *testing.T) {
	a, err := ParseArticle(`Police dismantle drug gang in Fortaleza

Police arrested 27 people in Fortaleza on Thursday in an operation against a drug gang.

The investigation began in March of last year, after police intercepted a truck near Russas.

The agency received 4,900 new complaints in September alone, after a busy summer in June and July.

Samples from systems fed by lakes, including parts of the Zurich and Geneva supply networks, showed a median of 7.6 in Basel.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		if strings.Contains(q.Prompt, "of last year?") || strings.Contains(q.Prompt, "alone?") || q.Correct() == "the Zurich" {
			t.Errorf("%q %q", q.Prompt, q.Options)
		}
	}
}

// TestCountsWithinTheirSpan: "five days a week" is offered beside counts
// of days a week can hold, never fourteen.
func TestCountsWithinTheirSpan(t *testing.T) {
	a, err := ParseArticle(`Greenway opens in Tipperary

The 27-kilometre greenway opened on Saturday after three years of work.

The council said a ranger would patrol the route five days a week, and the car parks would open 16 hours a day.`)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range Candidates(a) {
		for _, o := range q.Options {
			if strings.Contains(q.Prompt, "_____ days a week") && numberWordIndex(o) > 7 || strings.Contains(q.Prompt, "_____ hours a day") && len(o) == 2 && o > "24" {
				t.Errorf("%q offers %q", q.Prompt, o)
			}
		}
	}
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"a ranger would patrol the route five days a week", 7},
		{"open 16 hours a day", 24},
		{"open for nine months of the year", 0},
	} {
		toks := tokenize(tc.text)
		k := slices.IndexFunc(toks, func(t tok) bool { return t.low == "days" || t.low == "hours" || t.low == "months" })
		if got := perSpanTop(toks, k); got != tc.want {
			t.Errorf("perSpanTop(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHouseNumbersAreNotAsked: "151 Yonge St." and "40 Harbour Road" are
// addresses, never asked nor swapped in a statement.
func TestHouseNumbersAreNotAsked(t *testing.T) {
	noCandidate(t, `Musical opens in Toronto

Saltwater Lullaby opened on Thursday at the Elgin Theatre in Toronto, said Ann Lee, a spokeswoman.

Saltwater Lullaby runs at the Elgin Theatre, 151 Yonge St., through March 29.

The box office at 40 Harbour Road opens at 10 a.m. on weekdays.`, func(q Question) bool {
		return slices.Contains(q.Options, "151") || q.Kind == KindTrueFalse && !strings.Contains(q.Prompt, "151 Yonge") && strings.Contains(q.Prompt, "Yonge") ||
			slices.Contains(q.Options, "40")
	})
}

// TestReviewPraiseNotSwapped: a review's "Drummond, who spent six seasons
// with the Stratford Festival, has a voice that can fill a barn" is
// praise, never made false by another name.
func TestReviewPraiseNotSwapped(t *testing.T) {
	noCandidate(t, `Review: Saltwater Lullaby is a musical with a big heart

Saltwater Lullaby has music by Gregory Pardy and a book by Marianne Toope, and stars the soprano Aoife Drummond.

Drummond, who spent six seasons with the Stratford Festival, has a voice that can fill a barn and the discipline to pull it back to a whisper.

Toope said after the show that it was rooted in her own family's story.`, func(q Question) bool {
		return q.Kind == KindTrueFalse && strings.Contains(q.Prompt, "has a voice") && !strings.Contains(q.Prompt, "Drummond")
	})
}

// TestConvertedSumsAreNotAsked: "9.8 billion won, roughly $7.2 million"
// converts a sum the sentence already gave; the won are asked, the
// dollars not.
func TestConvertedSumsAreNotAsked(t *testing.T) {
	text := `Thriller opens in Seoul

The film was made for about 9.8 billion won, roughly $7.2 million, a modest budget by the standards of the big studios, said Ann Lee.

The fund holds 40 million lei, or about €8 million, for the emergency, officials said on Monday.`
	noCandidate(t, text, func(q Question) bool {
		return slices.Contains(q.Options, "$7.2 million") || slices.Contains(q.Options, "€8 million")
	})
}

// TestTitleSubjectKeepsItsCapital: "A House Without Balconies was
// longlisted…" asks "In which year was A House Without Balconies…", never
// "was a House…"; "A new ferry was launched" still reads "a new ferry".
func TestTitleSubjectKeepsItsCapital(t *testing.T) {
	text := `Novelist dies at 83

The novelist Samira Aoun has died at 83, her publisher said on Monday.

A House Without Balconies was longlisted for the International Prize for Arabic Fiction in 2012.

A new ferry was launched on the Beirut waterfront in 2014.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range Candidates(a) {
		if strings.Contains(q.Prompt, "was a House") || strings.Contains(q.Prompt, "was A new ferry") {
			t.Errorf("prompt %q", q.Prompt)
		}
		found = found || strings.Contains(q.Prompt, "was A House Without Balconies longlisted")
	}
	if !found {
		t.Errorf("no question asks when A House Without Balconies was longlisted")
	}
}

// TestRemainingShareNotAsked: "the remaining 46 percent" after "54
// percent" is the rest of a whole, worked out without reading, and
// never offered beside 64 percent.
func TestRemainingShareNotAsked(t *testing.T) {
	noCandidate(t, `Airlines agree merger

Under the terms of the agreement, Aerovia shareholders will own 54 percent of the new company, with Voa Brasil investors holding the remaining 46 percent, said Ann Lee.`, func(q Question) bool {
		return q.Correct() == "46 percent"
	})
}

// TestLiveMomentsAskNoWho: a live page's "Okafor is a sitting duck." and
// "He is out and walking." ask no "Who is…?"; "Okafor is the new world
// champion after winning in Singapore." still can.
func TestLiveMomentsAskNoWho(t *testing.T) {
	noCandidate(t, `Singapore Grand Prix: live

Sam Okafor and Oliver Grant lead the race after 40 laps, with Luca Marchetti third.

Lap 44: Okafor is a sitting duck.

Lap 45: Grant is within DRS range.

Lap 46: Marchetti is eight seconds back.`, func(q Question) bool {
		return (q.Kind == KindWho || q.Kind == KindCloze) && (strings.Contains(q.Prompt, "sitting duck") || strings.Contains(q.Prompt, "DRS range") || strings.Contains(q.Prompt, "seconds back"))
	})
}

// TestLivePageMomentsAskNothing: on a page of stamped entries, "The
// leading group is down to six." holds a moment, whatever it counts; the
// same line in an ordinary story may be asked about.
func TestLivePageMomentsAskNothing(t *testing.T) {
	live := `Harbour Marathon: live

09:02 - The men's race is under way in cool, still conditions at the harbour.

09:40 - Daniel Moraa and Peter Kiptum lead a pack of 14 through ten kilometres.

10:15 - The leading group is down to six.

10:30 - Moraa's two seconds down on Kiptum with the drinks station ahead.

10:35 - Kiptum is tucked in behind the pacers, Moraa on his shoulder.

10:40 - Moraa is handed a bottle at the drinks station by his pacer.

10:48 - Kiptum breaks clear at 30 kilometres and opens a gap of eight seconds.`
	noCandidate(t, live, func(q Question) bool {
		return strings.Contains(q.Evidence.Text, "down to six") || strings.Contains(q.Evidence.Text, "seconds down") || strings.Contains(q.Evidence.Text, "tucked in") || strings.Contains(q.Evidence.Text, "handed a bottle")
	})
	a, err := ParseArticle(live)
	if err != nil || a.stamped != 7 {
		t.Errorf("stamped = %d (err %v), want 7", a.stamped, err)
	}
	for _, head := range []string{"11:31 p.m. CT - ", "10.42 EAT - ", "14 min: ", "Lap 42 of 44: "} {
		if !liveStamp(head) {
			t.Errorf("liveStamp(%q) = false", head)
		}
	}
	if liveStamp("LONDON, 14 March - ") {
		t.Error("a dateline taken for a live page's time")
	}
}

// TestScoreLinesAreNotAsked: a live page's "Mehra 68, Deshpande 21." and
// "India 151-2 after 45 overs." hold figures of a passing moment.
func TestScoreLinesAreNotAsked(t *testing.T) {
	noCandidate(t, `England v India, first Test: live

India won the toss at Lord's and chose to bat, with Rohan Mehra and Aditya Rao opening, said the captain, Vikram Iyer.

14:05 - Mehra 68, Deshpande 21.

14:40 - India 151-2 after 45 overs.

17:30 - Rohan Mehra 121 not out, Aditya Rao 14 not out.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "Deshpande 21") || strings.Contains(q.Prompt, "after _____ overs") || strings.Contains(q.Prompt, "151-2") || strings.Contains(q.Prompt, "not out")
	})
}

// TestNoStemEndsOnASubject: a statement cut at the aside after "but Tobi
// Adeyemi's Autolycus," would leave that subject without its verb.
func TestNoStemEndsOnASubject(t *testing.T) {
	noCandidate(t, `Review: The Winter's Tale finds its warmth late

The sheep-shearing festival runs to almost 50 minutes and occasionally sags, but Tobi Adeyemi's Autolycus, a fast-talking market trader with a suitcase of counterfeit perfume, keeps it moving, and his ad-libbed exchanges with the front row were a reliable source of laughter.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "Autolycus.")
	})
	// A longer subject: "and a subplot involving a mining company's
	// water licence, while clearly well researched, drifts…".
	noCandidate(t, `Red Earth review: slow to start but hard to shake off

The first episode spends nearly 20 minutes establishing the station's tangled family relationships before the central mystery kicks in, and a subplot involving a mining company's water licence, while clearly well researched, drifts into exposition.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "water licence.")
	})
}

// TestNotWithoutItsBut: "has set the action not in a moonlit forest but in
// a drained reservoir" asks no "Who has set the action not in a moonlit
// forest?"; "in the third period" of a hockey game is never the sixth.
func TestNotWithoutItsBut(t *testing.T) {
	noCandidate(t, `Review: Swan Lake goes to a drained reservoir

The new Swan Lake is the work of the choreographer Tomás Ferreira, with designs by Hannah Okoye and a cast led by Mei Lin Harcourt.

Ferreira, 41, has set the action not in a moonlit forest but in a drained reservoir on the edge of an unnamed northern town, sometime in the 1970s.

Gord Maclean blocked three shots during a Chicago power play in the third period, said Réjean Thibault, his team-mate.`, func(q Question) bool {
		return strings.HasSuffix(q.Prompt, "not in a moonlit forest?") || slices.Contains(q.Options, "sixth") || slices.Contains(q.Options, "fifth")
	})
}
