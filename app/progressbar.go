package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// progressBar shows how far through the quiz the student is: done of total
// questions, for the practice quiz and the live pages.
func progressBar(done, total int) app.UI {
	pct := 0
	if total > 0 {
		pct = done * 100 / total
	}
	return app.Div().Class("bar").Role("progressbar").
		Aria("label", "Quiz progress").Aria("valuemin", 0).Aria("valuemax", total).Aria("valuenow", done).
		Body(app.Div().Class("bar-fill").Style("width", fmt.Sprintf("%d%%", pct)))
}

// btoi is 1 for true: a question answered or revealed counts as done.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
