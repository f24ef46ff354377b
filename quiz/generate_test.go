package quiz

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// checkQuiz applies the rules every generated quiz must follow.
func checkQuiz(t *testing.T, q *Quiz, n int) {
	t.Helper()
	if err := q.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if len(q.Questions) != n {
		t.Errorf("got %d questions, want %d", len(q.Questions), n)
	}
	kinds := map[Kind]int{}
	perSentence := map[[2]int]int{}
	positions := make([]int, 4)
	for i, qu := range q.Questions {
		if want := "q" + itoa(i+1); qu.ID != want {
			t.Errorf("question %d has id %q, want %q", i, qu.ID, want)
		}
		kinds[qu.Kind]++
		perSentence[[2]int{qu.Evidence.Paragraph, qu.Evidence.Sentence}]++
		if qu.Evidence.Highlight == "" || !strings.Contains(qu.Evidence.Text, qu.Evidence.Highlight) {
			t.Errorf("%s: highlight %q not in evidence %q", qu.ID, qu.Evidence.Highlight, qu.Evidence.Text)
		}
		switch qu.Kind {
		case KindTrueFalse:
			if !reflect.DeepEqual(qu.Options, []string{"True", "False"}) {
				t.Errorf("%s: true/false options %q", qu.ID, qu.Options)
			}
		default:
			if len(qu.Options) != 4 {
				t.Errorf("%s: %d options, want 4", qu.ID, len(qu.Options))
			}
			positions[qu.Answer]++
			if containsFold(qu.Prompt, qu.Correct()) {
				t.Errorf("%s: the prompt %q gives away the answer %q", qu.ID, qu.Prompt, qu.Correct())
			}
			if qu.Kind == KindCloze && !strings.Contains(qu.Prompt, "_____") {
				t.Errorf("%s: cloze without a blank: %q", qu.ID, qu.Prompt)
			}
		}
	}
	for k, c := range perSentence {
		if c > 1 {
			t.Errorf("sentence %v has %d questions", k, c)
		}
	}
	if len(kinds) < 4 && n >= 8 {
		t.Errorf("only %d kinds: %v", len(kinds), kinds)
	}
	mc := 0
	for _, c := range positions {
		mc += c
	}
	for p, c := range positions {
		if c > (mc+3)/4+1 {
			t.Errorf("answer position %s used %d times of %d: %v", Letter(p), c, mc, positions)
		}
	}
}

func TestGenerateLaunch(t *testing.T) {
	text := launchText(t)
	q, err := Generate(text, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkQuiz(t, q, DefaultQuestions)
	if q.Format != Format || q.Title == "" {
		t.Errorf("format %q title %q", q.Format, q.Title)
	}
	// Deterministic for a seed.
	again, _ := Generate(text, Options{Seed: 1})
	if !reflect.DeepEqual(q, again) {
		t.Error("two runs with the same seed differ")
	}
	// Other seeds still give valid quizzes.
	for seed := int64(2); seed < 12; seed++ {
		q, err := Generate(text, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		checkQuiz(t, q, DefaultQuestions)
	}
	// Round trip through the interchange format.
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(b); err != nil {
		t.Errorf("Decode of a generated quiz: %v", err)
	}
	for _, qu := range q.Questions {
		t.Logf("%s [%s] %s %q answer %d", qu.ID, qu.Kind, qu.Prompt, qu.Options, qu.Answer)
	}
}

// TestLaunchKeyFacts checks that the candidates cover the story's key facts
// with the right answers.
func TestLaunchKeyFacts(t *testing.T) {
	a, _ := ParseArticle(launchText(t))
	cs := Candidates(a)
	want := map[string]string{
		"Who arrived at the White House on Wednesday":                         "Sergei Lavrov",
		"Who fired FBI director James Comey?":                                 "Donald Trump",
		"Who was fired after heading":                                         "James Comey",
		"Who is Sergei Lavrov, according to the article?":                     "Russia's foreign minister",
		"Who said the two sides were seeking":                                 "Sergei Lavrov",
		"When was an agreement to start military communications first signed": "October 2015",
		"In which month did the Trump administration order an airstrike":      "April",
		"Of which organisation is James Comey the director?":                  "FBI",
		"suspended by _____":                                                  "Moscow",
		"the _____ FBI director":                                              "second",
	}
	for prefix, answer := range want {
		found := false
		for _, c := range cs {
			if strings.Contains(c.Prompt, prefix) {
				found = true
				if c.Correct() != answer {
					t.Errorf("%q: answer %q, want %q", c.Prompt, c.Correct(), answer)
				}
			}
		}
		if !found {
			t.Errorf("no candidate asks %q", prefix)
		}
	}
	for _, c := range cs {
		// The White House and the West Wing are both where Lavrov arrived.
		if strings.HasPrefix(c.Prompt, "Where did") && strings.Contains(c.Prompt, "arrive") {
			for _, o := range c.Options {
				if o != c.Correct() && (o == "the White House" || o == "the West Wing") {
					t.Errorf("%q offers %q, which the article also makes true", c.Prompt, o)
				}
			}
		}
	}
}

func TestOtherArticles(t *testing.T) {
	for _, f := range []string{"harbour-bridge-strike.txt", "comet-mission.txt"} {
		t.Run(f, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + f)
			if err != nil {
				t.Fatal(err)
			}
			q, rep, err := GenerateReport(string(b), Options{Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			// Both texts are under 250 words and get at most one question
			// per sentence: a shorter quiz must say why.
			if rep.Made != len(q.Questions) || rep.Wanted != DefaultQuestions {
				t.Errorf("report %+v for %d questions", rep, len(q.Questions))
			}
			if rep.Made < 6 {
				t.Errorf("got %d questions, want at least 6", rep.Made)
			}
			if (rep.Made < rep.Wanted) != (rep.Reason != "") {
				t.Errorf("made %d of %d with reason %q", rep.Made, rep.Wanted, rep.Reason)
			}
			checkQuiz(t, q, rep.Made)
			for _, qu := range q.Questions {
				t.Logf("%s [%s] %s %q answer %d", qu.ID, qu.Kind, qu.Prompt, qu.Options, qu.Answer)
			}
		})
	}
	b, _ := os.ReadFile("testdata/harbour-bridge-strike.txt")
	a, _ := ParseArticle(string(b))
	if a.Title != "Dock workers end week-long strike after pay deal in Rotterdam" || len(a.Headings) != 1 || a.Headings[0].Text != "Negotiations" {
		t.Errorf("harbour article: title %q headings %+v", a.Title, a.Headings)
	}
	for _, p := range a.Paragraphs {
		for _, s := range p {
			if strings.Contains(s, "Reuters") || strings.HasPrefix(s, "By ") || strings.Contains(s, "min read") {
				t.Errorf("boilerplate kept: %q", s)
			}
		}
	}
}

func TestGenerateN(t *testing.T) {
	text := launchText(t)
	for _, n := range []int{1, 3, 5} {
		q, err := Generate(text, Options{N: n, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if len(q.Questions) != n {
			t.Errorf("N=%d: got %d questions", n, len(q.Questions))
		}
	}
	q, err := Generate(text, Options{N: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Questions) > MaxQuestions || q.Validate() != nil {
		t.Errorf("N=500: %d questions, %v", len(q.Questions), q.Validate())
	}
}

func TestShuffledAndAlternatives(t *testing.T) {
	q, err := Generate(launchText(t), Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := json.Marshal(q)
	s := q.Shuffled(42)
	after, _ := json.Marshal(q)
	if string(before) != string(after) {
		t.Error("Shuffled changed the original quiz")
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(s.Questions, q.Questions) {
		t.Error("Shuffled(42) left the quiz as it was")
	}
	byID := map[string]*Question{}
	for i := range q.Questions {
		byID[q.Questions[i].ID] = &q.Questions[i]
	}
	for _, qu := range s.Questions {
		if byID[qu.ID].Correct() != qu.Correct() {
			t.Errorf("%s: correct option changed from %q to %q", qu.ID, byID[qu.ID].Correct(), qu.Correct())
		}
	}
	if !reflect.DeepEqual(s, q.Shuffled(42)) {
		t.Error("Shuffled is not deterministic")
	}
	total := 0
	for i := range q.Questions {
		alts := Alternatives(q, i)
		total += len(alts)
		for _, alt := range alts {
			if alt.ID != q.Questions[i].ID || len(alt.Problems(&q.Article)) > 0 {
				t.Errorf("alternative %+v: id or problems %v", alt, alt.Problems(&q.Article))
			}
			for _, x := range q.Questions {
				if x.Prompt == alt.Prompt {
					t.Errorf("alternative %q is already in the quiz", alt.Prompt)
				}
			}
		}
	}
	if total == 0 {
		t.Error("no alternatives for any question")
	}
	if Alternatives(q, -1) != nil || Alternatives(q, 99) != nil {
		t.Error("Alternatives out of range returned questions")
	}
}
