package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// leaderboardList shows the top scores when the session has a leaderboard;
// the teacher's dashboard and the students' pages show the same one.
func leaderboardList(entries []session.LeaderEntry) app.UI {
	if len(entries) == 0 {
		return nil
	}
	return app.Section().Class("leaderboard").Aria("labelledby", "leaders-h").Body(
		app.H2().ID("leaders-h").Text("Leaderboard"),
		app.Ol().Class("leaders").Body(
			app.Range(entries).Slice(func(i int) app.UI {
				e := entries[i]
				return app.Li().Body(
					app.Span().Class("rank").Text(fmt.Sprintf("%d.", e.Rank)),
					app.Span().Class("who").Text(e.Name),
					app.Span().Class("pts").Text(points(e.Score)),
				)
			}),
		),
	)
}
