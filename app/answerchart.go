package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// answerChart shows the class the options, on the projector in a 2×2 grid,
// and, when counts is true, how many students chose each, as numbers in the
// text and as bars; after the reveal the correct option is marked in words.
// The teacher keeps the counts hidden until the reveal, so that the class
// does not follow the crowd.
func answerChart(options []string, st *session.AnswerStats, answer int, revealed, counts bool) app.UI {
	return app.Ol().ID("chart").Class("chart").Aria("label", "Answers per option").Body(
		app.Range(options).Slice(func(j int) app.UI {
			n := 0
			if j < len(st.Counts) {
				n = st.Counts[j]
			}
			pct := 0
			if st.Answered > 0 {
				pct = (n*100 + st.Answered/2) / st.Answered
			}
			cls := "chart-row"
			correct := revealed && j == answer
			if correct {
				cls += " correct"
			} else if revealed {
				cls += " dim"
			}
			return app.Li().Class(cls).Body(
				app.Div().Class("chart-label").Body(
					app.Span().Class("key").Aria("hidden", "true").Text(string(rune('A'+j))),
					app.Span().Class("text").Text(options[j]),
					app.If(correct, app.Span().Class("note").Text("✓ Correct answer")),
					app.If(counts, app.Span().Class("count").Text(fmt.Sprintf("%s (%d%%)", plural(n, "answer", "answers"), pct))),
				),
				app.If(counts, app.Div().Class("chart-bar").Aria("hidden", "true").Body(
					app.Div().Class("chart-fill").Style("width", fmt.Sprintf("%d%%", pct)),
				)),
			)
		}),
	)
}
