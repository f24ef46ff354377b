package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// speak reads text aloud with the browser's own speech synthesis, which
// uses the device's voices and so works offline; a new request cuts the
// one still speaking short, so taps do not queue up.
func speak(text string) {
	if !app.IsClient {
		return
	}
	w := app.Window()
	synth, utterance := w.Get("speechSynthesis"), w.Get("SpeechSynthesisUtterance")
	if !synth.Truthy() || !utterance.Truthy() {
		return
	}
	synth.Call("cancel")
	synth.Call("speak", utterance.New(text))
}

// readAloud is the read-aloud accommodation on a student's question: one
// button reads the question and its options, and one per option reads
// that option alone, so a student can hear again just the one they doubt.
func readAloud(q quiz.Question) app.UI {
	all := q.Prompt
	for j, o := range q.Options {
		all += " " + quiz.Letter(j) + ": " + o + "."
	}
	return app.Div().ID("read-aloud").Class("read-aloud").Role("group").Aria("label", "Read aloud").Body(
		app.Button().ID("read-all").Class("btn btn-small").Type("button").
			OnClick(func(app.Context, app.Event) { speak(all) }).Text("Read aloud"),
		app.Range(q.Options).Slice(func(j int) app.UI {
			text := quiz.Letter(j) + ": " + q.Options[j]
			return app.Button().ID("read-"+quiz.Letter(j)).Class("btn btn-small").Type("button").
				Aria("label", "Read option "+quiz.Letter(j)+" aloud").
				OnClick(func(app.Context, app.Event) { speak(text) }).Text(quiz.Letter(j))
		}),
	)
}
