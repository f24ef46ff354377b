//go:build !wasm

package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// TestReviewList checks the end-of-quiz review that the practice results
// and a student's live results share.
func TestReviewList(t *testing.T) {
	qs := testQuiz(1).Questions
	tests := []struct {
		name    string
		answers []int
		want    string // tags become spaces, so a highlight at the end of a sentence leaves one before its full stop
		marks   string // each item's class, which the style sheet draws as ✓ or ✗
	}{
		{"one wrong, one right", []int{0, 0},
			"Where did Ada Lovelace meet Charles Babbage? Your answer: Paris Right answer: London Ada Lovelace met Charles Babbage in London in June 1833. " +
				"What did Babbage design? Your answer: The Analytical Engine Babbage designed the Analytical Engine .",
			"wrong correct"},
		{"unanswered", []int{-1},
			"Where did Ada Lovelace meet Charles Babbage? Your answer: no answer Right answer: London Ada Lovelace met Charles Babbage in London in June 1833. " +
				"What did Babbage design? Your answer: no answer Right answer: The Analytical Engine Babbage designed the Analytical Engine .",
			"wrong wrong"},
	}
	items := regexp.MustCompile(`class="review-item (\w+)"`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ui := app.Div().ID("review").Body(reviewList(qs, tt.answers))
			got, _ := textByID(ui, "review")
			if got != tt.want {
				t.Errorf("review = %q\nwant     %q", got, tt.want)
			}
			var marks []string
			for _, m := range items.FindAllStringSubmatch(renderHTML(t, ui), -1) {
				marks = append(marks, m[1])
			}
			if got := strings.Join(marks, " "); got != tt.marks {
				t.Errorf("items marked %q, want %q", got, tt.marks)
			}
		})
	}
}

// TestReviewListWithoutEvidence checks a question imported without
// feedback: no empty quotation is shown under it.
func TestReviewListWithoutEvidence(t *testing.T) {
	qs := testQuiz(1).Questions[:1]
	qs[0].Evidence = quiz.Evidence{}
	html := renderHTML(t, app.Div().Body(reviewList(qs, []int{1})))
	if strings.Contains(html, "blockquote") {
		t.Errorf("an empty evidence quotation is shown:\n%s", html)
	}
}
