//go:build !wasm

package main

import (
	"net/url"
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

func newTestPractice(t *testing.T) (*practicePage, app.ClientDispatcher) {
	t.Helper()
	p := &practicePage{source: func(_ app.Context, _ string, seed int64) (*quiz.Quiz, error) { return testQuiz(seed), nil }}
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	u, _ := url.Parse("/practice/test-quiz")
	d.Nav(u)
	d.Consume()
	return p, d
}

// Paths into practicePage's tree: page() → main is the frame's third
// child; the quiz section is main's first child.
var (
	pathCounter = app.TestPath(0, 2, 0, 1, 0)
	pathPrompt  = app.TestPath(0, 2, 0, 3, 0)
	pathVerdict = app.TestPath(0, 2, 0, 5, 0, 0, 0, 0)
)

func TestPracticeStates(t *testing.T) {
	p, d := newTestPractice(t)

	tests := []struct {
		name   string
		action func(app.Context)
		checks []app.TestUIDescriptor
		index  int
		score  int
	}{
		{
			name: "first question",
			checks: []app.TestUIDescriptor{
				{Path: pathCounter, Expected: app.Text("Question 1 of 2")},
				{Path: pathPrompt, Expected: app.Text("Where did Ada Lovelace meet Charles Babbage?")},
			},
		},
		{
			name:   "wrong answer shows Not quite",
			action: func(ctx app.Context) { p.choose(ctx, 0) },
			checks: []app.TestUIDescriptor{{Path: pathVerdict, Expected: app.Text("Not quite")}},
		},
		{
			name:   "a second choice is ignored",
			action: func(ctx app.Context) { p.choose(ctx, 1) },
			checks: []app.TestUIDescriptor{{Path: pathVerdict, Expected: app.Text("Not quite")}},
		},
		{
			name:   "next question",
			action: func(ctx app.Context) { p.next(ctx, app.Event{}) },
			index:  1,
			checks: []app.TestUIDescriptor{
				{Path: pathCounter, Expected: app.Text("Question 2 of 2")},
				{Path: pathPrompt, Expected: app.Text("What did Babbage design?")},
			},
		},
		{
			name:   "right answer shows Correct",
			action: func(ctx app.Context) { p.choose(ctx, 0) },
			index:  1,
			score:  1,
			checks: []app.TestUIDescriptor{{Path: pathVerdict, Expected: app.Text("Correct")}},
		},
		{
			name:   "results",
			action: func(ctx app.Context) { p.next(ctx, app.Event{}) },
			index:  1,
			score:  1,
			checks: []app.TestUIDescriptor{{Path: app.TestPath(0, 2, 0, 1, 0), Expected: app.Text("You scored 1 of 2")}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.action != nil {
				act(d, p, tt.action)
			}
			for _, c := range tt.checks {
				if err := app.TestMatch(p, c); err != nil {
					t.Error(err)
				}
			}
			if got := p.prog.Index; got != tt.index {
				t.Errorf("index = %d, want %d", got, tt.index)
			}
			if got := p.quiz.Grade(p.prog.Answers).Score; got != tt.score {
				t.Errorf("score = %d, want %d", got, tt.score)
			}
		})
	}
}

// TestPracticeResumes checks that a new page on the same quiz resumes from
// the saved progress, and that Try again starts over with a new seed.
func TestPracticeResumes(t *testing.T) {
	p, d := newTestPractice(t)
	act(d, p, func(ctx app.Context) { p.choose(ctx, 1); p.next(ctx, app.Event{}) })

	// A second page in the same browser storage stands for a reload.
	var saved progress
	act(d, p, func(ctx app.Context) { saved = load[progress](ctx, progressKey("test-quiz")) })
	if got, want := saved.Index, 1; got != want {
		t.Fatalf("saved index = %d, want %d", got, want)
	}
	if got, want := saved.Answers, []int{1, -1}; !slices.Equal(got, want) {
		t.Fatalf("saved answers = %v, want %v", got, want)
	}
	act(d, p, func(ctx app.Context) { p.load(ctx) })
	if got := p.prog.Index; got != 1 {
		t.Fatalf("after reload index = %d, want 1", got)
	}

	act(d, p, func(ctx app.Context) { p.choose(ctx, 0); p.next(ctx, app.Event{}); p.restart(ctx, app.Event{}) })
	if got, want := p.prog.Seed, int64(2); got != want {
		t.Errorf("seed after Try again = %d, want %d", got, want)
	}
	if got, want := p.prog.Answers, []int{-1, -1}; !slices.Equal(got, want) || p.prog.Index != 0 || !p.prog.Finished.IsZero() {
		t.Errorf("after Try again progress = %+v, want a fresh run", p.prog)
	}
}

func TestOptionForKey(t *testing.T) {
	tests := []struct {
		key  string
		want int
		ok   bool
	}{
		{"1", 0, true}, {"4", 3, true}, {"a", 0, true}, {"D", 3, true},
		{"Enter", 0, false}, {"z", 0, false}, {"0", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := optionForKey(tt.key)
		if got != tt.want || ok != tt.ok {
			t.Errorf("optionForKey(%q) = %d, %v; want %d, %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMarkedSentence(t *testing.T) {
	tests := []struct {
		text, highlight string
		want            int // nodes
	}{
		{"Ada met Babbage.", "Babbage", 3},
		{"Ada met Babbage.", "Ada", 2},
		{"Ada met Babbage.", "", 1},
		{"Ada met Babbage.", "Turing", 1},
	}
	for _, tt := range tests {
		if got := len(markedSentence(tt.text, tt.highlight)); got != tt.want {
			t.Errorf("markedSentence(%q, %q) has %d nodes, want %d", tt.text, tt.highlight, got, tt.want)
		}
	}
}

// TestPracticeRetryMissed finishes with one question wrong, then tries the
// ones missed: only that question comes back, the right answer is kept,
// and the score at the end counts the whole quiz.
func TestPracticeRetryMissed(t *testing.T) {
	p, d := newTestPractice(t)
	for _, step := range []func(app.Context){
		func(ctx app.Context) { p.choose(ctx, 0) }, // q1 wrong (London is 1)
		func(ctx app.Context) { p.next(ctx, app.Event{Value: app.Undefined()}) },
		func(ctx app.Context) { p.choose(ctx, 0) }, // q2 right
		func(ctx app.Context) { p.next(ctx, app.Event{Value: app.Undefined()}) },
		func(ctx app.Context) { p.retryMissed(ctx, app.Event{Value: app.Undefined()}) },
	} {
		act(d, p, step)
	}
	if got, want := [2]any{p.prog.Index, p.prog.Answers}, [2]any{0, []int{-1, 0}}; !slices.Equal(p.prog.Answers, []int{-1, 0}) || p.prog.Index != 0 {
		t.Fatalf("after Try the ones I missed: index, answers = %v, want %v", got, want)
	}
	if got, _ := textByID(p, "counter"); got != "Question 1 of 2 · trying again" {
		t.Errorf("counter = %q", got)
	}
	act(d, p, func(ctx app.Context) { p.choose(ctx, 1) })
	if got, _ := textByID(p, "next"); got != "See your score" {
		t.Errorf("the last missed question's button says %q, want See your score", got)
	}
	act(d, p, func(ctx app.Context) { p.next(ctx, app.Event{Value: app.Undefined()}) })
	if got, _ := textByID(p, "score"); got != "You scored 2 of 2" {
		t.Errorf("score = %q, want You scored 2 of 2", got)
	}
	if hasID(p, "missed") {
		t.Error("Try the ones I missed is offered with none missed")
	}
}
