//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// The create page says how many questions a short quiz has and why.

func TestCreateShortQuiz(t *testing.T) {
	const short = `Ferry returns

The island ferry returned to service on Monday after a week of storms.

Captain Ines Moreau said the crossing to Skerra was calm and took 40 minutes.`
	tests := []struct {
		name      string
		text      string
		n         int
		wantShort string // part of the #create-short status, "" when none is shown
	}{
		{name: "fewer than asked", text: short, n: 10, wantShort: "Storyquiz made "},
		{name: "no text", text: "", n: 10},
		{name: "nothing to ask", text: "A day out\n\nI went to the party and I got lost on the way there.\n\nThen I found the door and I had a good time with my friends.", n: 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &createPage{}
			d := mount(t, c, "/create", nil)
			q, rep, err := quiz.GenerateReport(tt.text, quiz.Options{N: tt.n, Seed: 1})
			act(d, c, func(ctx app.Context) { c.made(ctx, q, rep, err) })
			got, ok := textByID(c, "create-short")
			if tt.wantShort == "" {
				if ok {
					t.Fatalf("#create-short shown: %q", got)
				}
				if !hasID(c, "create-problem") {
					t.Error("no #create-problem for text that gives no quiz")
				}
				return
			}
			if !ok {
				t.Fatal("no #create-short")
			}
			if !strings.Contains(got, tt.wantShort) || !strings.Contains(got, "not the 10 you asked for") || !strings.Contains(got, rep.Reason) {
				t.Errorf("#create-short = %q", got)
			}
			if doc := app.HTMLString(c); !strings.Contains(doc, `id="create-short"`) || !strings.Contains(doc, `role="status"`) {
				t.Error(`#create-short is not role="status"`)
			}
			href := ""
			if doc := app.HTMLString(c); strings.Contains(doc, `href="/review/`) {
				href = "ok"
			}
			if href == "" {
				t.Error("no link to review the questions")
			}
			// The quiz is saved, so that the link opens it.
			var saved *quiz.Quiz
			act(d, c, func(ctx app.Context) { saved, _ = getMyQuiz(ctx, c.shortID) })
			if saved == nil || len(saved.Questions) != rep.Made {
				t.Errorf("saved quiz = %v, want %d questions", saved, rep.Made)
			}
		})
	}
}

func TestShortNotice(t *testing.T) {
	for _, tc := range []struct {
		rep  quiz.Report
		want string
	}{
		{quiz.Report{Wanted: 10, Made: 1, Reason: "the article is short (40 words)"}, "Storyquiz made 1 question, not the 10 you asked for: the article is short (40 words)."},
		{quiz.Report{Wanted: 8, Made: 6, Reason: "only 6 of the article's 9 sentences hold a fact."}, "Storyquiz made 6 questions, not the 8 you asked for: only 6 of the article's 9 sentences hold a fact."},
	} {
		if got := shortNotice(tc.rep); got != tc.want {
			t.Errorf("shortNotice(%+v)\n got %q\nwant %q", tc.rep, got, tc.want)
		}
	}
}

func TestExplainNothingToAsk(t *testing.T) {
	_, err := quiz.Generate("A day out\n\nI went to the party and I got lost on the way there.\n\nThen I found the door and I had a good time with my friends.", quiz.Options{})
	got := explainInputError(err)
	if !strings.Contains(got, "No questions could be made: no sentence of the article holds a fact") {
		t.Errorf("explainInputError = %q", got)
	}
}
