package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// reviewList is the end-of-quiz review: each question with the answer given
// (answers[i], -1 or missing for none), the right one when they differ, and
// the sentence it comes from. The practice results and a student's live
// results share it.
func reviewList(qs []quiz.Question, answers []int) app.UI {
	return app.Ol().Class("review").Body(
		app.Range(qs).Slice(func(i int) app.UI {
			q := qs[i]
			given := -1
			if i < len(answers) {
				given = answers[i]
			}
			yours := "no answer"
			if given >= 0 && given < len(q.Options) {
				yours = q.Options[given]
			}
			right := given == q.Answer
			cls := "wrong"
			if right {
				cls = "correct"
			}
			return app.Li().Class("review-item "+cls).Body(
				app.H3().Text(q.Prompt),
				// The ✓ or ✗ is drawn by the style sheet: a mark alone in
				// an element has no text whose contrast can be checked, and
				// the words already say which answer was right.
				app.P().Class("yours").Text("Your answer: "+yours),
				app.If(!right, app.P().Text("Right answer: "+q.Correct())),
				app.If(q.Evidence.Text != "", evidenceQuote(q.Evidence, "")),
			)
		}),
	)
}
