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
