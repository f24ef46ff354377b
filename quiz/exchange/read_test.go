package exchange

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"storyquiz/quiz"
)

// carried is what a quiz keeps through a platform format: no article, no
// seed, and evidence as text only (its place in the article and the
// highlight are lost).
func carried(q *quiz.Quiz) *quiz.Quiz {
	out := &quiz.Quiz{Format: q.Format, Title: q.Title}
	for _, qu := range q.Questions {
		qu.Options = append([]string(nil), qu.Options...)
		qu.Evidence = quiz.Evidence{Text: qu.Evidence.Text}
		out.Questions = append(out.Questions, qu)
	}
	return out
}

// aikenCarried is what Aiken keeps of a quiz besides: it has no ids, kinds,
// feedback or title (the title comes from the file name), and it folds
// every text onto one line.
func aikenCarried(q *quiz.Quiz, title string) *quiz.Quiz {
	out := carried(q)
	out.Title = title
	for i := range out.Questions {
		qu := &out.Questions[i]
		qu.ID = "q" + string(rune('1'+i))
		qu.Evidence = quiz.Evidence{}
		qu.Prompt = fold(qu.Prompt)
		for j := range qu.Options {
			qu.Options[j] = fold(qu.Options[j])
		}
		if qu.Kind != quiz.KindTrueFalse {
			qu.Kind = guessKind(qu.Prompt)
		}
	}
	return out
}

// TestRoundTrip exports quizzes and reads them back: GIFT and Moodle XML
// give the same quiz minus the article, the seed and the evidence's place
// and highlight; Aiken gives it minus those and its ids, kinds, source
// sentences, title and line breaks.
func TestRoundTrip(t *testing.T) {
	for qname, q := range map[string]*quiz.Quiz{"garden": gardenQuiz(), "hostile": hostileQuiz()} {
		tests := []struct {
			format string
			file   string
			write  func(*quiz.Quiz) []byte
			want   *quiz.Quiz
		}{
			{"gift", "quiz.gift.txt", func(q *quiz.Quiz) []byte { return []byte(GIFT(q)) }, carried(q)},
			{"moodle", "quiz.moodle.xml", MoodleXML, carried(q)},
			{"aiken", "my_class-quiz.aiken.txt", func(q *quiz.Quiz) []byte { return []byte(Aiken(q)) }, aikenCarried(q, "my class quiz")},
			{"json", "quiz.json", writeJSON, q},
		}
		for _, tt := range tests {
			t.Run(qname+"/"+tt.format, func(t *testing.T) {
				got, err := Read(tt.file, tt.write(q))
				if err != nil {
					t.Fatal(err)
				}
				if len(got.Notes) > 0 {
					t.Errorf("notes: %q", got.Notes)
				}
				if tt.format == "gift" || tt.format == "moodle" {
					// The title survives up to the spaces folded.
					tt.want.Title = fold(tt.want.Title)
				}
				if !reflect.DeepEqual(got.Quiz, tt.want) {
					t.Errorf("got\n%#v\nwant\n%#v", got.Quiz, tt.want)
				}
			})
		}
	}
}

// TestHostileBlackboard checks the one format with no reader: every field is
// on its line, in order, as HTML of the folded text.
func TestHostileBlackboard(t *testing.T) {
	q := hostileQuiz()
	lines := strings.Split(strings.TrimSuffix(string(Blackboard(q)), "\n"), "\n")
	if len(lines) != len(q.Questions) {
		t.Fatalf("%d lines for %d questions", len(lines), len(q.Questions))
	}
	for i, line := range lines {
		qu := q.Questions[i]
		var want []string
		if isTrueFalse(&qu) {
			want = []string{"TF", htmlEscape(fold(qu.Prompt)), strings.ToLower(qu.Correct())}
		} else {
			want = []string{"MC", htmlEscape(fold(qu.Prompt))}
			for j, o := range qu.Options {
				mark := "incorrect"
				if j == qu.Answer {
					mark = "correct"
				}
				want = append(want, htmlEscape(fold(o)), mark)
			}
		}
		if got := strings.Split(line, "\t"); !reflect.DeepEqual(got, want) {
			t.Errorf("line %d = %q, want %q", i+1, got, want)
		}
		if got := htmlToText(strings.Split(line, "\t")[1]); got != fold(qu.Prompt) {
			t.Errorf("line %d prompt reads back as %q", i+1, got)
		}
	}
}

// TestReadForeign reads files as platforms and teachers write them.
func TestReadForeign(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		data      string
		want      []quiz.Question
		title     string
		wantNotes []string // parts of the notes, in order
	}{
		{
			name: "Moodle's GIFT examples", file: "bank.gift",
			data: "// a comment\n$CATEGORY: $course$/top/Default for Biology/Cells\n\n" +
				"::Q1:: Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}\n\n" +
				"Grant is {~buried =entombed ~living} in Grant's tomb.\n\n" +
				"Grant is buried in Grant's tomb.{FALSE}\n\n" +
				"Who's buried in Grant's tomb?{=no one =nobody}\n\n" +
				"When was Ulysses S. Grant born?{#1822:5}\n\n" +
				"Match the following.{=Canada->Ottawa =Italy->Rome}\n\n" +
				"Describe a cell.{}\n\n" +
				"What is two plus two? {~%50%three =four#Yes! ~five####Count on your fingers.}\n\n" +
				"Which are primes? {~%50%2 ~%50%3 ~%-100%4}\n\n" +
				"Just a description.\n",
			title: "Cells",
			want: []quiz.Question{
				{ID: "Q1", Kind: quiz.KindWho, Prompt: "Who's buried in Grant's tomb?", Options: []string{"Grant", "Jefferson", "no one"}, Answer: 2},
				{ID: "q1", Kind: quiz.KindCloze, Prompt: "Grant is _____ in Grant's tomb.", Options: []string{"buried", "entombed", "living"}, Answer: 1},
				{ID: "q2", Kind: quiz.KindTrueFalse, Prompt: "Grant is buried in Grant's tomb.", Options: []string{"True", "False"}, Answer: 1},
				{ID: "q3", Kind: quiz.KindWhat, Prompt: "What is two plus two?", Options: []string{"three", "four", "five"}, Answer: 1,
					Evidence: quiz.Evidence{Text: "Count on your fingers."}},
			},
			wantNotes: []string{"Question 4 was left out: it is a short-answer", "numerical", "matching", "essay",
				"Question 8: partial credit", "Question 9 was left out: it has several right options"},
		},
		{
			name: "Aiken with A) options and a missing answer", file: "week 3.txt",
			data: "What colour is the sky on a clear day?\nA) Green\nB) Blue\nC) Red\nANSWER: B\n\n" +
				"Broken question\nA. One\nB. Two\n\nWhere is Lima?\nA. Peru\nB. Chile\nANSWER: A\n",
			title: "week 3",
			want: []quiz.Question{
				{ID: "q1", Kind: quiz.KindWhat, Prompt: "What colour is the sky on a clear day?", Options: []string{"Green", "Blue", "Red"}, Answer: 1},
				{ID: "q2", Kind: quiz.KindWhere, Prompt: "Where is Lima?", Options: []string{"Peru", "Chile"}, Answer: 0},
			},
			wantNotes: []string{"Question 2 was left out: it has no ANSWER line"},
		},
		{
			name: "Moodle XML as Moodle exports it", file: "questions-Biology.xml",
			data: `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category"><category><text>$course$/top/Default for Biology</text></category></question>
  <question type="multichoice">
    <name><text>Cell wall</text></name>
    <questiontext format="html"><text><![CDATA[<p dir="ltr">Which cells have a <strong>cell wall</strong>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Plant cells &amp; fungi.</p>]]></text></generalfeedback>
    <single>true</single>
    <answer fraction="0" format="html"><text><![CDATA[<p>Animal cells</p>]]></text></answer>
    <answer fraction="100" format="html"><text><![CDATA[<p>Plant cells</p>]]></text></answer>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="plain_text"><text>Cells divide. &lt;Always&gt;</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Many</text></name>
    <questiontext format="html"><text>Pick two</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>a</text></answer>
    <answer fraction="50"><text>b</text></answer>
  </question>
  <question type="essay"><name><text>E</text></name><questiontext format="html"><text>Why?</text></questiontext></question>
</quiz>`,
			title: "Default for Biology",
			want: []quiz.Question{
				{ID: "q1", Kind: quiz.KindWhat, Prompt: "Which cells have a cell wall?", Options: []string{"Animal cells", "Plant cells"}, Answer: 1,
					Evidence: quiz.Evidence{Text: "Plant cells & fungi."}},
				{ID: "TF", Kind: quiz.KindTrueFalse, Prompt: "Cells divide. <Always>", Options: []string{"True", "False"}, Answer: 1},
			},
			wantNotes: []string{"Question 3 (Many) was left out: several of its options may be right", "Question 4 (E) was left out: it is a essay question"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.file, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got.Quiz.Title != tt.title {
				t.Errorf("title = %q, want %q", got.Quiz.Title, tt.title)
			}
			if !reflect.DeepEqual(got.Quiz.Questions, tt.want) {
				t.Errorf("questions:\n%#v\nwant\n%#v", got.Quiz.Questions, tt.want)
			}
			notes := strings.Join(got.Notes, "\n")
			from := 0
			for _, n := range tt.wantNotes {
				i := strings.Index(notes[from:], n)
				if i < 0 {
					t.Errorf("notes lack %q (in order):\n%s", n, notes)
					break
				}
				from += i
			}
		})
	}
}

func TestReadLongFeedback(t *testing.T) {
	got, err := Read("a.gift", []byte("Who? {=Ann ~Bob ####"+strings.Repeat("long ", 500)+"}"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(got.Quiz.Questions); n != 1 || got.Quiz.Questions[0].Evidence.Text != "" {
		t.Errorf("questions = %+v", got.Quiz.Questions)
	}
	if len(got.Notes) != 1 || !strings.Contains(got.Notes[0], "feedback was left out") {
		t.Errorf("notes = %q", got.Notes)
	}
}

func TestReadRefuses(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"empty", "a.txt", "  \n", "is empty"},
		{"plain text", "a.txt", "Just some notes.\nNothing else.", "not a quiz file"},
		{"UTF-16", "a.xml", "\xff\xfe<\x00q\x00", "UTF-16"},
		{"Latin-1", "a.gift", "Caf\xe9? {=yes ~no}", "not UTF-8"},
		{"not well-formed", "a.xml", "<quiz><question></quiz>", "not well-formed"},
		{"other XML", "a.xml", "<html><body/></html>", "not Moodle XML"},
		{"no usable question", "a.gift", "Describe it.{}\n", "no question in this GIFT file"},
		{"bad JSON", "a.json", `{"format":"storyquiz/v1"`, "not a Storyquiz quiz file"},
		{"too large", "a.gift", strings.Repeat("x", MaxImportBytes) + "{=a ~b}", "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := Read("a.txt", []byte("x")); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("err = %v, want ErrUnknownFormat", err)
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", `a & b <c> "d" 'e'`},
		{"&#37;&#x41;&nbsp;&hellip;&unknown; & &#0; &#xZZ;", "%A\u00a0…&unknown; & &#0; &#xZZ;"},
		{"<p dir=\"ltr\">one</p><p>two<br/>three<BR>four</p>", "one\ntwo\nthree\nfour"},
		{"<b>bold</b> <i>it</i> 2 < 3", "bold it 2 < 3"},
		{htmlEscape("x <b> & y\nz"), "x <b> & y\nz"},
	}
	for _, tt := range tests {
		if got := htmlToText(tt.in); got != tt.want {
			t.Errorf("htmlToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
