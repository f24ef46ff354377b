//go:build !wasm

package main

import (
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TestReviewList checks the end-of-quiz review that the practice results
// and a student's live results share.
func TestReviewList(t *testing.T) {
	qs := testQuiz(1).Questions
	tests := []struct {
		name    string
		answers []int
		want    string // tags become spaces, so a highlight at the end of a sentence leaves one before its full stop
	}{
		{"one wrong, one right", []int{0, 0},
			"Where did Ada Lovelace meet Charles Babbage? ✗ Your answer: Paris Right answer: London Ada Lovelace met Charles Babbage in London in June 1833. " +
				"What did Babbage design? ✓ Your answer: The Analytical Engine Babbage designed the Analytical Engine ."},
		{"unanswered", []int{-1},
			"Where did Ada Lovelace meet Charles Babbage? ✗ Your answer: no answer Right answer: London Ada Lovelace met Charles Babbage in London in June 1833. " +
				"What did Babbage design? ✗ Your answer: no answer Right answer: The Analytical Engine Babbage designed the Analytical Engine ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := textByID(app.Div().ID("review").Body(reviewList(qs, tt.answers)), "review")
			if got != tt.want {
				t.Errorf("review = %q\nwant     %q", got, tt.want)
			}
		})
	}
}
