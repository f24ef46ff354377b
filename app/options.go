package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// optionList renders a question's options as large buttons named by their
// text. Once answered, the chosen and the correct option are marked with
// words and symbols, not colour alone. A nil pick locks the options before
// the reveal (a live session's answer waiting for the teacher), marking only
// the chosen one. The practice quiz and the student's live page share it.
func optionList(q quiz.Question, chosen int, revealed bool, pick func(app.Context, int)) app.UI {
	locked := revealed || pick == nil
	cls := "options"
	if locked && !revealed && chosen >= 0 {
		// Locked in: the other options must not look as if a tap would
		// still change the answer.
		cls += " locked"
	}
	return app.Div().Class(cls).Role("group").Aria("labelledby", "prompt").Body(
		app.Range(q.Options).Slice(func(j int) app.UI {
			cls := "option"
			var note string
			switch {
			case !revealed && j == chosen:
				cls, note = cls+" chosen", "● Your answer"
			case revealed && j == q.Answer && j == chosen:
				cls, note = cls+" correct chosen", "✓ Your answer · correct"
			case revealed && j == q.Answer:
				cls, note = cls+" correct", "✓ Correct answer"
			case revealed && j == chosen:
				cls, note = cls+" wrong chosen", "✗ Your answer"
			case revealed:
				cls += " dim"
			}
			b := app.Button().ID(fmt.Sprintf("option-%d", j)).Class(cls).Type("button").
				Aria("disabled", locked).
				Body(
					app.Span().Class("key").Aria("hidden", "true").Text(quiz.Letter(j)),
					app.Span().Class("text").Text(q.Options[j]),
					app.If(note != "", app.Span().Class("note").Text(note)),
				)
			if !locked {
				b = b.Aria("keyshortcuts", fmt.Sprintf("%d %s", j+1, quiz.Letter(j))).
					OnClick(func(ctx app.Context, _ app.Event) { pick(ctx, j) })
			}
			return b
		}),
	)
}

// answerKey reads the option a keydown event picks (1–9 or A–I), ignoring
// keys typed into a form field and shortcuts with Ctrl, Alt or Meta. The
// practice quiz and the live session's student page share it.
func answerKey(e app.Event) (int, bool) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return 0, false
	}
	if tag := e.Get("target").Get("tagName"); tag.Truthy() {
		switch strings.ToUpper(tag.String()) {
		case "INPUT", "TEXTAREA", "SELECT":
			return 0, false
		}
	}
	return optionForKey(e.Get("key").String())
}

// optionForKey maps 1–9 and A–I (either case) to an option index.
func optionForKey(key string) (int, bool) {
	if len(key) != 1 {
		return 0, false
	}
	c := key[0]
	switch {
	case c >= '1' && c <= '9':
		return int(c - '1'), true
	case c >= 'a' && c <= 'i':
		return int(c - 'a'), true
	case c >= 'A' && c <= 'I':
		return int(c - 'A'), true
	}
	return 0, false
}
