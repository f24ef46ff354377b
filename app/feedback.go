package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// feedback says whether the answer was right (or that there was none) and
// shows the source sentence with the answer highlighted. The practice quiz
// shows it after each answer and the student's live page after each reveal.
func feedback(q quiz.Question, chosen int) app.UI {
	verdict, cls := "Not quite", "verdict wrong"
	switch {
	case chosen < 0:
		verdict, cls = "You did not answer", "verdict missed"
	case chosen == q.Answer:
		verdict, cls = "Correct", "verdict correct"
	}
	return app.Div().Class("feedback").ID("feedback").Body(
		app.P().Class(cls).Body(
			app.Strong().Text(verdict),
			app.If(chosen != q.Answer, app.Text(" — the answer is "+q.Correct()+".")),
		),
		app.If(q.Evidence.Text != "", evidenceQuote(q.Evidence, fromTheStory)),
	)
}

// paragraphAround lets a student open the article's paragraph around the
// evidence sentence, which is marked in it: open says whether it is shown,
// and toggle shows or hides it. (A button rather than a details element:
// each go-app element type used adds to the bundle.)
func paragraphAround(paragraph []string, ev quiz.Evidence, open bool, toggle app.EventHandler) app.UI {
	if len(paragraph) < 2 {
		return nil // the sentence is the whole paragraph: nothing more to read
	}
	label := "Read the paragraph around it"
	if open {
		label = "Hide the paragraph"
	}
	return app.Div().ID("paragraph").Class("context").Body(
		app.Button().ID("paragraph-toggle").Class("btn btn-small").Type("button").Aria("expanded", open).OnClick(toggle).Text(label),
		app.If(open, app.P().Body(app.Range(paragraph).Slice(func(i int) app.UI {
			if i == ev.Sentence {
				return app.Span().Class("source").Body(markedSentence(paragraph[i]+" ", ev.Highlight)...)
			}
			return app.Text(paragraph[i] + " ")
		}))),
	)
}
