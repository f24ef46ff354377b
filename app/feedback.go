package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// feedback says whether the answer was right and shows the source sentence
// with the answer highlighted. The practice quiz shows it after each answer
// and the student's live page after each reveal.
func feedback(q quiz.Question, chosen int) app.UI {
	verdict, cls := "Not quite", "verdict wrong"
	if chosen == q.Answer {
		verdict, cls = "Correct", "verdict correct"
	}
	return app.Div().Class("feedback").ID("feedback").Body(
		app.P().Class(cls).Body(
			app.Strong().Text(verdict),
			app.If(chosen != q.Answer, app.Text(" — the answer is "+q.Correct()+".")),
		),
		evidenceQuote(q.Evidence, fromTheStory),
	)
}
