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
// Each button carries its words in data-say and shares one handler: go-app
// keeps an element's old handler when the new one has the same code, so a
// closure over the words would read the previous question's.
func readAloud(q quiz.Question) app.UI {
	all := q.Prompt
	for j, o := range q.Options {
		all += " " + quiz.Letter(j) + ": " + o + "."
	}
	return app.Div().ID("read-aloud").Class("read-aloud").Role("group").Aria("label", "Read aloud").Body(
		app.Button().ID("read-all").Class("btn btn-small").Type("button").DataSet("say", all).OnClick(onSay).Text("Read aloud"),
		app.Range(q.Options).Slice(func(j int) app.UI {
			return app.Button().ID("read-"+quiz.Letter(j)).Class("btn btn-small").Type("button").
				Aria("label", "Read option "+quiz.Letter(j)+" aloud").
				DataSet("say", quiz.Letter(j)+": "+q.Options[j]).OnClick(onSay).Text(quiz.Letter(j))
		}),
	)
}

// onSay reads aloud the words of the button pressed.
func onSay(ctx app.Context, _ app.Event) { speak(ctx.JSSrc().Get("dataset").Get("say").String()) }
