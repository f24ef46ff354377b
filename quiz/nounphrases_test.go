package quiz

import (
	"slices"
	"strings"
	"testing"
)

// Noun phrases and the "what" questions made from them, on texts written
// for the project.

func TestNounPhrases(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // phrases as det+words, joined by "|"
	}{
		{"The council approved a new timetable for the island ferry.", "the:council|a:new timetable|the:island ferry"},
		{"Details of the plan were released on Monday by the harbour board.", "the:plan|the:harbour board"},
		{"The trend shows that gamers want cheap games.", "the:trend"},
		{"Shops sold portable players in large numbers.", ":portable players"},
		{"The bakery is the most successful in the town.", "the:bakery|the:town"},
		// Superlatives rank what a sentence measures: no phrase to ask
		// or offer ("the strongest annual growth").
		{"The council approved the strongest annual growth plan for the island ferry.", "the:council|the:island ferry"},
		{"The council named the weakest-performing region in the report.", "the:council|the:report"},
		{"The council approved a poor harvest plan for the island ferry.", "the:council|a:poor harvest plan|the:island ferry"},
		{"The council had closed piers in the past and would do so in the future.", "the:council"},
		{"The home side lost seven wickets in a little over 28 overs on a damp pitch.", "a:damp pitch"},
		// "shot" before "that" ends a compound noun, no verb of "a drop".
		{"She saved it with a drop shot that her rival could only push into the net.", "the:rival|the:net"},
	} {
		s := sent{text: tc.s, toks: tokenize(tc.s)}
		var got []string
		for _, p := range nounPhrases(&s) {
			got = append(got, p.det+":"+p.words)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("nounPhrases(%q)\n got %q\nwant %q", tc.s, g, tc.want)
		}
	}
}

func TestWhatQuestions(t *testing.T) {
	text := `Harbour board approves timetable

The harbour board approved a new timetable for the island ferry on Monday.

The new timetable gives the island two crossings a day.

The ferry company ordered a second boat from a yard in Gdansk.

The second boat will carry cars as well as passengers.

The island school asked for an early crossing so that pupils can reach the mainland.

A fuel surcharge will be added to every ticket from May.

The harbour master welcomed the new slipway and the longer opening hours.

The old slipway was closed after a storm damaged the harbour wall.

The harbour master presented the ferry captain with a medal for her long service.

The surcharge and the slipway will be discussed again when the timetable is reviewed.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	var got []Question
	for i := range an.sents {
		for _, c := range an.whatQuestions(&an.sents[i], 1) {
			got = append(got, c.q)
		}
	}
	if len(got) == 0 {
		t.Fatal("no what-question")
	}
	for _, q := range got {
		if !strings.HasPrefix(q.Prompt, "What ") || !strings.HasSuffix(q.Prompt, "?") {
			t.Errorf("prompt %q", q.Prompt)
		}
		if !containsFold(q.Evidence.Text, strings.TrimPrefix(strings.TrimPrefix(q.Correct(), "the "), "a ")) {
			t.Errorf("%q: key %q is not in the evidence", q.Prompt, q.Correct())
		}
		heads := map[string]bool{}
		for _, o := range q.Options {
			f := strings.Fields(o)
			h := f[len(f)-1]
			if heads[h] {
				t.Errorf("%q: two options end in %q: %v", q.Prompt, h, q.Options)
			}
			heads[h] = true
			if o != q.Correct() && containsFold(q.Evidence.Text, o) {
				t.Errorf("%q: distractor %q is in the evidence", q.Prompt, o)
			}
		}
	}
	for _, q := range got {
		if q.Correct() == "the ferry captain" {
			t.Errorf("%q: in \"presented the captain with a medal\" the captain is not what was presented", q.Prompt)
		}
	}
	if got[0].Prompt != "What did the harbour board approve for the island ferry on Monday?" {
		t.Errorf("first what-question %q", got[0].Prompt)
	}
}

func TestMainCharacterPronoun(t *testing.T) {
	text := `Skipper retires

Captain Ines Moreau will retire from the island ferry in June.

Ines Moreau joined the ferry in 1990 and has sailed it for 34 years.

The ferry will get a new captain from the mainland.

She said the crossing had been her life.

Moreau will stay on the island, the harbour board said.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	lead, ok := an.standaloneLead(&an.sents[3])
	if !ok || lead.text != "Ines Moreau" {
		t.Errorf("standaloneLead = %q %v, want Ines Moreau", lead.text, ok)
	}
}

// TestWhatDistractorsOnTopic checks that a "what" question is not asked
// when its wrong options would be things the article names only in
// passing: "the coma" and "the pole" beside "the storm" give the answer
// away.
func TestWhatDistractorsOnTopic(t *testing.T) {
	text := `Storm threatens parade

The storm has left the fate of the parade balloons in the air.

A driver slipped into a coma after a crash on the coast road.

A worker climbed a pole to mend a broken cable.

A listener made a call to the radio station about the storm.

Officials said the forecast would decide the parade, and the forecast was for wind.

The parade balloons will fly if the winds stay below 30 miles per hour.`
	a, err := ParseArticle(text)
	if err != nil {
		t.Fatal(err)
	}
	once := map[string]bool{"the coma": true, "the crash": true, "the pole": true, "the cable": true, "the call": true, "the station": true}
	for _, q := range Candidates(a) {
		if q.Kind != KindWhat {
			continue
		}
		n := 0
		for _, o := range q.Options {
			if once[o] {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%q offers %d things named once: %q", q.Prompt, n, q.Options)
		}
	}
}

// TestSameMeaning tells nouns a story uses for one thing, which cannot be
// offered beside each other.
func TestSameMeaning(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"prize", "award", true},
		{"awards", "prize", true},
		{"film", "movie", true},
		{"prize", "festival", false},
		{"report", "curriculum", false},
	} {
		if got := sameMeaning(tc.a, tc.b); got != tc.want {
			t.Errorf("sameMeaning(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNoWhatForABarePrize asks no "What did X win …?" whose answer is a
// bare "the prize": the rest of the sentence already says what it is.
func TestNoWhatForABarePrize(t *testing.T) {
	an := analyseText(t, `The Irish drama Small Hours has won the Golden Bear for best film at the Berlin International Film Festival.

Directed by Niamh Corrigan, the film follows a night-shift nurse in Dublin who cares for her ageing father.

It is the first Irish film to win the festival's top prize since it was first held in 1951.

Corrigan, 38, thanked her mother, who she said had worked nights as a nurse for thirty years.

"This film is for every woman who works while the rest of us sleep," she said as she accepted the award.

The jury, led by American actress Lupita Nyong'o, described the film as "quiet, tender and devastating".

The Silver Bear for best director went to Brazil's Rafael Moura for his thriller Coastline.

German actor Lars Eidinger won the prize for best leading performance for his role in Winter Sun.

Small Hours cost just 1.8 million euros to make and was filmed in 24 days.

It will be released in cinemas in Ireland and the UK in April.

The festival, which ran for 11 days, screened more than 200 films from 60 countries.`)
	for _, c := range an.makeCandidates() {
		if c.answer == "the prize" {
			t.Errorf("asked %q", c.q.Prompt)
		}
	}
}

// TestIndefiniteKeyOptions: beside "a card", no "a water" (a mass noun)
// nor "a harbour" (a single noun the story wrote with "the").
func TestIndefiniteKeyOptions(t *testing.T) {
	an := analyseText(t, `The fisherman took the lifeboat out past the harbour with a crew of volunteers.

He had loved the water since he was a boy.

The harbour was busy all day.

Mr Pennock received a card from the King at the party.`)
	s := &an.sents[3]
	for _, key := range nounPhrases(s) {
		if key.words != "card" {
			continue
		}
		for _, o := range an.phraseDistractors(s, key, "received", 3, false) {
			if o == "a water" || o == "a harbour" {
				t.Errorf("options for %q: %q", key.words, o)
			}
		}
		return
	}
	t.Fatal("no phrase \"a card\"")
}

// TestNoMeasureAsThing: "from a metre out" measures a distance; "the
// metre" is offered as nothing a side regained.
func TestNoMeasureAsThing(t *testing.T) {
	an := analyseArticle(t, `Scotland edge Wales

Centre Finlay Drummond broke the line on halfway and fed wing Jamie Strachan, who scored in the corner.

Wales levelled when flanker Owain Prosser was driven over from a lineout five metres out, said Ann Lee.

Scotland regained the lead in the 48th minute when scrum-half Niall Ferguson sniped round the side of a ruck.

Rennie converted from the touchline to make it 7-3, and added a penalty on 19 minutes.

Pugh added the extras before the break, said Tom Reed.

Pugh pulled a penalty wide of the left post, and Aitken burrowed over from a metre out to seal the result.`)
	for _, c := range an.makeCandidates() {
		if c.q.Kind == KindWhat && slices.Contains(c.q.Options, "the metre") {
			t.Errorf("%q offers %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestNoWhatQuestionOnAnIdiom: "Munro has done the sums" gives no "What
// has Munro done? the sums".
func TestNoWhatQuestionOnAnIdiom(t *testing.T) {
	an := analyseArticle(t, `Creels, cold water and Spanish buyers: a day on a Wester Ross langoustine boat

At 4.30am the harbour lights at Gairloch are the only thing visible across the water, and Calum MacKenzie has already loaded four boxes of salted herring onto the deck of the Ron Glas.

"You get used to the dark," says the 61-year-old skipper, pulling on his oilskins in the wheelhouse of his 9.8-metre creel boat. "It's the wind you never get used to."

MacKenzie has fished for langoustine, the small orange-pink lobsters known to biologists as Nephrops norvegicus and to most British shoppers as scampi, since he left school at 16. His father worked the same grounds in Loch Gairloch and along the edge of the Minch. Today he fishes about 600 creels, strung in fleets of 50 across the soft mud where the animals live in burrows at depths of 40 to 120 metres.

His only crew member is Euan Munro, 24, who grew up in nearby Poolewe and joined the boat three years ago after a spell on a salmon farm. The two men barely speak once the hauler starts turning. Munro lifts each creel onto a steel table, empties it, rebaits it with herring and stacks it at the stern, ready to be shot again. MacKenzie sorts the catch.

Anything below the legal minimum size goes straight back over the side, as do females carrying eggs, which MacKenzie returns out of habit rather than obligation. "You leave something for next year, or there is no next year," he says.

The larger langoustine are slipped one by one into plastic tubes that stop them fighting and breaking their claws. The whole business depends on them arriving alive. Most of the catch is sold to a buyer in Inverness who trucks it south to be shipped to Spain, where live langoustine command far higher prices than frozen tails sold for breading at home.

On a good week the top grade fetches about 24 pounds a kilogram at the quayside. The smallest grade might make 8 pounds. By 1.40pm, after hauling all twelve fleets, the boxes on deck hold 162 kilograms, 41 of them top grade. MacKenzie estimates the day's catch at roughly 2,500 pounds before costs.

Those costs add up quickly. The boat burned about 180 litres of fuel, roughly 140 pounds' worth, and the bait cost another 180 pounds. Then there is Munro's share, insurance, the licence, engine maintenance and the steady replacement of creels lost to storms or towed away by passing trawlers.

Since the United Kingdom left the European Union, exporters have faced health certificates and customs checks that add cost and time. "A lorry held up for half a day at the wrong point and the whole consignment can be lost," MacKenzie says. "That comes back to us in the price."

Morag Fraser, secretary of the North West Highlands Static Gear Fishermen's Association, says the number of member boats has fallen from 58 in 2010 to 31 this year. Older skippers are retiring, and few young people can afford to start. "It isn't a lack of interest. It's housing," she says. "A young deckhand in Wester Ross is competing with holiday lets for a two-bedroom cottage, and then he needs a boat."

Munro has done the sums. A second-hand boat with gear and a licence would cost him about 150,000 pounds, he reckons, and he would like his own by the time he is 30. "The sea's fine. It's the bank that's the problem," he says, grinning.

Creel fishermen in the area have long argued for tighter limits on trawling in inshore waters, saying mobile gear damages their creels and the sea bed. Trawler operators counter that they too depend on the same grounds. The argument has run for more than a decade and shows little sign of ending.

At 3pm a refrigerated van reverses onto the pier. The tubes are packed into boxes, the boxes are weighed, and MacKenzie signs the docket. By the end of the week, some of the langoustine hauled from Loch Gairloch this morning will be on restaurant plates in Madrid.

"People there know exactly where they came from," he says. "Half the people here don't."`)
	for i := range an.sents {
		for _, c := range an.whatQuestions(&an.sents[i], 1) {
			if k := c.q.Correct(); k == "the sums" || k == "the lead" || k == "the seat" {
				t.Errorf("%q: an idiom's object asked: %q", c.q.Prompt, k)
			}
		}
	}
}

// TestPhraseOptionArticle: "a one-shot lead" and "a unique chance" take
// "a", whatever letter opens them; "an offer" takes "an".
func TestPhraseOptionArticle(t *testing.T) {
	for _, tc := range []struct{ words, want string }{
		{"one-shot lead", "a one-shot lead"},
		{"unique chance", "a unique chance"},
		{"offer", "an offer"},
		{"urgent appeal", "an urgent appeal"},
		{"underdog", "an underdog"},
		{"unidentified man", "an unidentified man"},
	} {
		if got := phraseOption("a", tc.words); got != tc.want {
			t.Errorf("phraseOption(a, %q) = %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestStandInNounsAreNoKeys: "the objects", "the items" and "the
// artefacts" all stand for the plaques named before, so none is a phrase
// to ask about or to offer beside another.
func TestStandInNounsAreNoKeys(t *testing.T) {
	an := analyseText(t, `The museum's trustees voted in March to return the items after a claim from the government.

Staff have also digitised the objects, and the artefacts will be flown to Lagos with the bronze plaques.`)
	var got []string
	for i := range an.sents {
		for _, np := range nounPhrases(&an.sents[i]) {
			got = append(got, np.words)
		}
	}
	for _, w := range []string{"items", "objects", "artefacts"} {
		if slices.Contains(got, w) {
			t.Errorf("phrases %q hold %q", got, w)
		}
	}
	if !slices.Contains(got, "bronze plaques") {
		t.Errorf("phrases %q lack the bronze plaques", got)
	}
}

// TestAdjectiveEnding: "a great many Sevenths" leaves no phrase "the
// great"; "the brass" and "the orchestra" are nouns.
func TestAdjectiveEnding(t *testing.T) {
	for w, want := range map[string]bool{"great": true, "successful": true, "large": true, "brass": false, "orchestra": false, "symphony": false} {
		if got := adjectiveEnding(w); got != want {
			t.Errorf("adjectiveEnding(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestActorNounsAreNoWhatKeys: "placed the company on review" names a firm
// told before; "What did a ratings agency place on review? the company"
// asks nothing.
func TestActorNounsAreNoWhatKeys(t *testing.T) {
	noCandidate(t, `Judge quashes water bill rise

A judge on Thursday quashed a decision allowing Harlow Vale Water to raise bills by 19 per cent, ruling that the regulator had failed to weigh the company's record on leaks before approving the increase.

The judge said the regulator's approval of the rise had been irrational because the company had cut its own forecasts.

She ordered the regulator to reconsider the increase within 120 days.

A ratings agency placed the company on review for a possible downgrade last October.

The company said the rise was needed to pay for new pipes.`, func(q Question) bool {
		return q.Kind == KindWhat && q.Options[q.Answer] == "the company"
	})
}
