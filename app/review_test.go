//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

func newTestReview(t *testing.T) (*reviewPage, app.ClientDispatcher) {
	t.Helper()
	r := &reviewPage{}
	d := app.NewClientTester(r)
	t.Cleanup(d.Close)
	act(d, r, func(ctx app.Context) { saveMyQuiz(ctx, "my-test", testQuiz(1)) })
	u, _ := url.Parse("/review/my-test")
	d.Nav(u)
	d.Consume()
	if r.quiz == nil {
		t.Fatal("the review page did not load the saved quiz")
	}
	return r, d
}

func prompts(r *reviewPage) []string {
	var out []string
	for _, q := range r.quiz.Questions {
		out = append(out, q.Prompt)
	}
	return out
}

func TestReviewEditor(t *testing.T) {
	const p1, p2 = "Where did Ada Lovelace meet Charles Babbage?", "What did Babbage design?"
	tests := []struct {
		name        string
		action      func(r *reviewPage, ctx app.Context)
		wantPrompts []string
		wantProblem string // part of an explained rejection, "" for none
		wantStatus  string
	}{
		{
			name:        "move down",
			action:      func(r *reviewPage, ctx app.Context) { r.move(ctx, 0, 1) },
			wantPrompts: []string{p2, p1},
			wantStatus:  "Question moved to position 2.",
		},
		{
			name: "edit with two identical options is rejected and explained",
			action: func(r *reviewPage, ctx app.Context) {
				r.startEdit(ctx, 0)
				r.form.Options[1] = r.form.Options[0]
				r.saveEdit(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, p2},
			wantProblem: "are the same",
		},
		{
			name: "edit of the prompt and the correct option is kept",
			action: func(r *reviewPage, ctx app.Context) {
				r.startEdit(ctx, 1)
				r.form.Prompt = "  Which machine did Babbage design?  "
				r.saveEdit(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, "Which machine did Babbage design?"},
			wantStatus:  "Question 2 saved.",
		},
		{
			name: "choosing a wrong option as correct is rejected",
			action: func(r *reviewPage, ctx app.Context) {
				r.startEdit(ctx, 0)
				r.form.Answer = 0 // "Paris" is not in the evidence sentence
				r.saveEdit(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, p2},
			wantProblem: "may be right too",
		},
		{
			name:        "remove",
			action:      func(r *reviewPage, ctx app.Context) { r.remove(ctx, 0) },
			wantPrompts: []string{p2},
			wantStatus:  "Question 1 removed.",
		},
		{
			name: "undo a removal",
			action: func(r *reviewPage, ctx app.Context) {
				r.remove(ctx, 0)
				r.undoRemove(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, p2},
			wantStatus:  "Question 1 is back.",
		},
		{
			name: "a question added and saved",
			action: func(r *reviewPage, ctx app.Context) {
				r.addQuestion(ctx, app.Event{Value: app.Undefined()})
				r.form.Prompt = "Who met Charles Babbage in London?"
				r.form.Options = []string{"Ada Lovelace", "Grace Hopper", "Alan Turing", "Ken Thompson"}
				r.form.Answer = 0
				r.saveEdit(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, p2, "Who met Charles Babbage in London?"},
			wantStatus:  "Question 3 saved.",
		},
		{
			name: "a question added and cancelled",
			action: func(r *reviewPage, ctx app.Context) {
				r.addQuestion(ctx, app.Event{Value: app.Undefined()})
				r.form.Prompt = "Half written"
				r.cancelEdit(ctx, app.Event{Value: app.Undefined()})
			},
			wantPrompts: []string{p1, p2},
		},
		{
			name: "another change drops an unsaved added question",
			action: func(r *reviewPage, ctx app.Context) {
				r.addQuestion(ctx, app.Event{Value: app.Undefined()})
				r.move(ctx, 0, 1)
			},
			wantPrompts: []string{p2, p1},
			wantStatus:  "Question moved to position 2.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := newTestReview(t)
			act(d, r, func(ctx app.Context) { tt.action(r, ctx) })
			if got := prompts(r); strings.Join(got, "|") != strings.Join(tt.wantPrompts, "|") {
				t.Errorf("prompts = %q, want %q", got, tt.wantPrompts)
			}
			gotProblems := strings.Join(r.problems, "; ")
			if tt.wantProblem == "" && gotProblems != "" || !strings.Contains(gotProblems, tt.wantProblem) {
				t.Errorf("problems = %q, want one containing %q", gotProblems, tt.wantProblem)
			}
			if r.status != tt.wantStatus {
				t.Errorf("status = %q, want %q", r.status, tt.wantStatus)
			}
			// What is kept in the browser is what the page shows.
			var saved []string
			act(d, r, func(ctx app.Context) {
				q, _ := getMyQuiz(ctx, "my-test")
				for _, qu := range q.Questions {
					saved = append(saved, qu.Prompt)
				}
			})
			if strings.Join(saved, "|") != strings.Join(tt.wantPrompts, "|") {
				t.Errorf("saved prompts = %q, want %q", saved, tt.wantPrompts)
			}
		})
	}
}

func TestReviewRendersProblems(t *testing.T) {
	r, d := newTestReview(t)
	act(d, r, func(ctx app.Context) {
		r.startEdit(ctx, 0)
		r.form.Options[2] = "  "
		r.saveEdit(ctx, app.Event{Value: app.Undefined()})
	})
	// frame → main → ol.qlist → first li → form → problems div → first paragraph.
	err := app.TestMatch(r, app.TestUIDescriptor{
		Path:     app.TestPath(0, 2, 4, 0, 0, 4, 0, 0),
		Expected: app.Text("This edit cannot be kept:"),
	})
	if err != nil {
		t.Error(err)
	}
}

// TestAddedQuestionChecked refuses an added question whose answer is not
// in the sentence chosen for it, keeps nothing of it in the browser, and
// names each question's kind in words.
func TestAddedQuestionChecked(t *testing.T) {
	r, d := newTestReview(t)
	act(d, r, func(ctx app.Context) {
		r.addQuestion(ctx, app.Event{Value: app.Undefined()})
		r.form.Prompt = "Who met Charles Babbage in London?"
		r.form.Options = []string{"Grace Hopper", "Ada Lovelace", "Alan Turing", "Ken Thompson"}
		r.form.Answer = 0
		r.saveEdit(ctx, app.Event{Value: app.Undefined()})
	})
	if got := strings.Join(r.problems, "; "); !strings.Contains(got, "not supported by the evidence sentence") {
		t.Errorf("problems = %q, want the answer not in its sentence", got)
	}
	var saved int
	act(d, r, func(ctx app.Context) {
		q, _ := getMyQuiz(ctx, "my-test")
		saved = len(q.Questions)
	})
	if saved != 2 {
		t.Errorf("the browser keeps %d questions, want the 2 saved ones", saved)
	}
	if got, _ := textByID(r, "edit-2-sentence"); !strings.Contains(got, "1. Ada Lovelace met Charles Babbage") {
		t.Errorf("sentence list = %q, want the article's sentences", got)
	}
	act(d, r, func(ctx app.Context) { r.cancelEdit(ctx, app.Event{Value: app.Undefined()}) })
	if got, _ := textByID(r, "q0"); !strings.Contains(got, "Question 1 · "+kindWords(r.quiz.Questions[0].Kind)) {
		t.Errorf("card = %q, want its kind in words", got)
	}
}

func TestRemoveLastQuestionRefused(t *testing.T) {
	r, d := newTestReview(t)
	act(d, r, func(ctx app.Context) { r.remove(ctx, 0); r.remove(ctx, 0) })
	if got := len(r.quiz.Questions); got != 1 {
		t.Fatalf("questions = %d, want 1", got)
	}
	if !strings.Contains(r.status, "at least one question") {
		t.Errorf("status = %q", r.status)
	}
}

// TestOpenQuizFile opens quiz files as a teacher brings them from a
// platform: each good one becomes a new quiz kept in this browser, with a
// note on what was left out; a bad one is refused with the reason.
func TestOpenQuizFile(t *testing.T) {
	tests := []struct {
		name, file, data string
		wantQuestions    int
		wantNotes        []string
		wantErr          string
	}{
		{"GIFT", "week 2.gift", "$CATEGORY: Rivers\n\n::r1:: Which river flows through Cairo? {=the Nile ~the Amazon ~the Danube}\n\nWhat is a delta?{}\n",
			1, []string{"Opened “week 2.gift”: 1 question.", "left out: it is an essay question"}, ""},
		{"Aiken", "quiz.txt", "Where is Lima?\nA. Peru\nB. Chile\nANSWER: A\n\nWho wrote Hamlet?\nA) Marlowe\nB) Shakespeare\nANSWER: B\n",
			2, []string{"Opened “quiz.txt”: 2 questions."}, ""},
		{"Moodle XML", "bank.xml", `<quiz><question type="truefalse"><name><text>t1</text></name><questiontext format="html"><text>Water boils at 100 °C at sea level.</text></questiontext>` +
			`<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`,
			1, nil, ""},
		{"not a quiz", "notes.txt", "Buy milk.", 0, nil, "“notes.txt” cannot be opened: this is not a quiz file"},
	}
	api := newServerAPI(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, d := newTestReview(t)
			var id, notes string
			var err error
			act(d, r, func(ctx app.Context) {
				importQuiz(ctx, api, tt.file, []byte(tt.data), func(_ app.Context, i, n string, e error) { id, notes, err = i, n, e })
			})
			d.Consume()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range tt.wantNotes {
				if !strings.Contains(notes, n) {
					t.Errorf("notes %q lack %q", notes, n)
				}
			}
			var got *quiz.Quiz
			act(d, r, func(ctx app.Context) { got, _ = getMyQuiz(ctx, id) })
			if got == nil || len(got.Questions) != tt.wantQuestions {
				t.Fatalf("kept quiz = %+v, want %d questions", got, tt.wantQuestions)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("the kept quiz does not validate: %v", err)
			}
		})
	}
}

// TestReviewImportedQuiz checks the editor on a quiz without an article:
// no swap (there is no article to find other questions in), no empty
// evidence, and edits are still checked.
func TestReviewImportedQuiz(t *testing.T) {
	r, d := newTestReview(t)
	var id string
	act(d, r, func(ctx app.Context) {
		// As onOpenQuiz does, the notes go to the page navigated to.
		importQuiz(ctx, newServerAPI(t), "q.gift", []byte("::a:: Which river flows through Cairo? {=the Nile ~the Amazon####It is the longest river in Africa.}\n\n::b:: Who wrote Hamlet? {=Shakespeare ~Marlowe}\n"),
			func(_ app.Context, i, n string, _ error) { id, openedNotes = i, n })
	})
	d.Consume()
	u, _ := url.Parse("/review/" + id)
	d.Nav(u)
	d.Consume()
	if r.quiz == nil || len(r.quiz.Questions) != 2 {
		t.Fatalf("imported quiz not loaded: %+v", r.quiz)
	}
	if !strings.Contains(r.status, "Opened “q.gift”: 2 questions.") {
		t.Errorf("status = %q", r.status)
	}
	html := renderHTML(t, r)
	for _, want := range []string{"imported, without an article", "Feedback: ", "It is the longest river in Africa."} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, unwanted := range []string{`id="q0-swap"`, "From the story: "} {
		if strings.Contains(html, unwanted) {
			t.Errorf("page has %q", unwanted)
		}
	}
	act(d, r, func(ctx app.Context) {
		r.startEdit(ctx, 1)
		r.form.Options[1] = "SHAKESPEARE"
		r.saveEdit(ctx, app.Event{Value: app.Undefined()})
	})
	if !strings.Contains(strings.Join(r.problems, ";"), "are the same") {
		t.Errorf("problems = %q", r.problems)
	}
	act(d, r, func(ctx app.Context) {
		r.form.Options[1] = "Christopher Marlowe"
		r.saveEdit(ctx, app.Event{Value: app.Undefined()})
	})
	if r.status != "Question 2 saved." || r.quiz.Questions[1].Options[1] != "Christopher Marlowe" {
		t.Errorf("status %q, options %q", r.status, r.quiz.Questions[1].Options)
	}
}

// renderHTML renders a page component to HTML.
func renderHTML(t *testing.T, c app.UI) string {
	t.Helper()
	var b strings.Builder
	app.PrintHTML(&b, c)
	return b.String()
}

func TestExplainInputError(t *testing.T) {
	if got := explainInputError(errUnknown{}); !strings.Contains(got, "boom") {
		t.Errorf("explainInputError = %q", got)
	}
}

type errUnknown struct{}

func (errUnknown) Error() string { return "boom" }
