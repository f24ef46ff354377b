//go:build !wasm

package main

import (
	"fmt"
	"strings"
	"testing"

	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// keptQuiz is the local state of a browser that keeps testQuiz as quiz id.
func keptQuiz(id string, q *quiz.Quiz) map[string]any {
	return map[string]any{
		myQuizKey(id):          q,
		myQuizzesKey:           []myQuizEntry{{ID: id, Title: q.Title, Questions: len(q.Questions)}},
		hostStateKey(testCode): hostKey{Secret: "host-secret"},
	}
}

// keyText is the answer key's text for q: question, answer, sentence number.
func keyText(q *quiz.Quiz) string {
	num := sentenceNumbers(&q.Article)
	var rows []string
	for i, qu := range q.Questions {
		rows = append(rows, fmt.Sprintf("%d %c. %s %d", i+1, 'A'+qu.Answer, qu.Correct(), num[qu.Evidence.Paragraph]+qu.Evidence.Sentence+1))
	}
	return strings.Join(rows, " ")
}

func TestWorksheet(t *testing.T) {
	q := testQuiz(1)
	tests := []struct {
		name   string
		path   string
		exact  map[string]string // element id → its whole text
		want   map[string]string // element id → text it must contain
		absent []string
	}{
		{
			name: "one version", path: "/worksheet/my-abc123",
			want: map[string]string{"worksheet-h": "A meeting in London"},
			exact: map[string]string{
				"ws": "Worksheet A meeting in London Name: ______________________ Date: ____________ The article " +
					"1 Ada Lovelace met Charles Babbage in London in June 1833. 2 Babbage designed the Analytical Engine. " +
					"Questions Circle the letter of the best answer. " +
					"Where did Ada Lovelace meet Charles Babbage? A. Paris B. London C. Berlin D. Rome " +
					"What did Babbage design? A. The Analytical Engine B. The telephone C. The telegraph D. The steam engine",
				"key": "For the teacher Answer key A meeting in London Question Answer Sentence 1 B. London 1 2 A. The Analytical Engine 2",
			},
			absent: []string{"ws-A", "key-B", "partial"},
		},
		{
			name: "versions A and B", path: "/worksheet/my-abc123?versions=ab",
			want: map[string]string{"ws-A": "Worksheet · Version A A meeting in London", "ws-B": "Worksheet · Version B"},
			exact: map[string]string{
				"key-A": "For the teacher · Version A Answer key · Version A A meeting in London Question Answer Sentence " + keyText(q.Shuffled(versionSeedA)),
				"key-B": "For the teacher · Version B Answer key · Version B A meeting in London Question Answer Sentence " + keyText(q.Shuffled(versionSeedB)),
			},
			absent: []string{"ws", "key"},
		},
		{
			name: "unknown", path: "/worksheet/my-000000",
			want: map[string]string{"problem": "There is no worksheet to print: this quiz is not kept in this browser any more."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &afterPage{}
			mount(t, p, tt.path, keptQuiz("my-abc123", q))
			for id, w := range tt.exact {
				if got, _ := textByID(p, id); got != w {
					t.Errorf("#%s\n got  %q\n want %q", id, got, w)
				}
			}
			checkShown(t, p, tt.want, tt.absent)
		})
	}
}

// TestWorksheetVersionsKeys checks that each version's key gives, for every
// question as that version asks it, the option that is right in the quiz,
// and the number of the sentence the answer comes from.
func TestWorksheetVersionsKeys(t *testing.T) {
	s, _ := stories.Get(stories.LaunchID)
	q, err := s.Quiz(1)
	if err != nil {
		t.Fatal(err)
	}
	var flat []string
	for _, p := range q.Article.Paragraphs {
		flat = append(flat, p...)
	}
	right := map[string]string{}
	for _, qu := range q.Questions {
		right[qu.Prompt] = qu.Correct()
	}
	for _, v := range []*quiz.Quiz{q, q.Shuffled(versionSeedA), q.Shuffled(versionSeedB)} {
		num := sentenceNumbers(&v.Article)
		for _, qu := range v.Questions {
			n := num[qu.Evidence.Paragraph] + qu.Evidence.Sentence + 1
			if got := flat[n-1]; got != qu.Evidence.Text {
				t.Errorf("%q cites sentence %d, %q; want %q", qu.Prompt, n, got, qu.Evidence.Text)
			}
			if qu.Correct() != right[qu.Prompt] {
				t.Errorf("%q: key %q, want %q", qu.Prompt, qu.Correct(), right[qu.Prompt])
			}
		}
	}
	if keyText(q.Shuffled(versionSeedA)) == keyText(q.Shuffled(versionSeedB)) {
		t.Error("versions A and B have the same key: neighbours could copy")
	}
}

// TestSessionQuiz rebuilds a finished session's quiz for a worksheet: with
// the article when this browser keeps it, else from the questions' sentences.
func TestSessionQuiz(t *testing.T) {
	q := testQuiz(1)
	far := finishedView(tenStudents)
	// Sentences far into an article that this browser does not keep: the
	// worksheet numbers them in the order of the questions.
	far.Results.Questions[0].Evidence = quiz.Evidence{Paragraph: 3, Sentence: 2, Text: "Later."}
	far.Results.Questions[1].Evidence = quiz.Evidence{Paragraph: 1, Sentence: 0, Text: "Earlier."}
	tests := []struct {
		name        string
		view        session.View
		kept        bool
		wantPartial bool
		wantKey     string
	}{
		{"article kept in this browser", finishedView(tenStudents), true, false, keyText(q)},
		{"article not kept", far, false, true, "1 B. London 1 2 A. The Analytical Engine 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			p := &afterPage{res: finished{api: f}}
			state := map[string]any{}
			if tt.kept {
				state = keptQuiz("my-abc123", q)
			}
			state[hostStateKey(testCode)] = hostKey{Secret: "host-secret"}
			f.reply("GET", "/api/sessions/"+testCode+"/state", 200, tt.view)
			mount(t, p, "/worksheet/"+testCode, state)
			if p.quiz == nil {
				t.Fatalf("no quiz; page says %q", p.res.problem)
			}
			if p.partial != tt.wantPartial {
				t.Errorf("partial = %v, want %v", p.partial, tt.wantPartial)
			}
			got, _ := textByID(p, "key")
			if want := "Question Answer Sentence " + tt.wantKey; !strings.HasSuffix(got, want) {
				t.Errorf("key = %q, want it to end %q", got, want)
			}
			if tt.wantPartial {
				checkShown(t, p, map[string]string{"ws": "Sentences from the article 1 Later. 2 Earlier.", "partial": "does not hold the session's whole article"}, nil)
			}
		})
	}
}

func TestSentenceNumbers(t *testing.T) {
	a := &quiz.Article{Paragraphs: [][]string{{"a", "b"}, {}, {"c"}, {"d", "e", "f"}}}
	if got, want := fmt.Sprint(sentenceNumbers(a)), fmt.Sprint([]int{0, 2, 2, 3}); got != want {
		t.Errorf("sentenceNumbers = %s, want %s", got, want)
	}
}
