//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
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

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Trump meets Russia's Lavrov for 'rare' Oval Office talks", "trump-meets-russia-s-lavrov-for-rare-oval-office"},
		{"  ¡Hola!  ", "hola"},
		{"", "storyquiz"},
	}
	for _, tt := range tests {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExplainInputError(t *testing.T) {
	if got := explainInputError(errUnknown{}); !strings.Contains(got, "boom") {
		t.Errorf("explainInputError = %q", got)
	}
}

type errUnknown struct{}

func (errUnknown) Error() string { return "boom" }
