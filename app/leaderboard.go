package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// leaderboardList shows the top scores when the session has a leaderboard;
// the teacher's dashboard and the students' pages show the same one. Equal
// scores share one line, so a tie reads as a tie.
func leaderboardList(entries []session.LeaderEntry) app.UI {
	return rankList(entries, "leaders", "leaderboard", "Leaderboard", 0)
}

// rankList lists the places of entries (the first limit places, or all for
// 0) under a heading, in a section of class cls whose heading's id is
// id+"-h"; nil when there are none. The leaderboard and the podium share it.
func rankList(entries []session.LeaderEntry, id, cls, title string, limit int) app.UI {
	gs := rankGroups(entries)
	if len(gs) == 0 {
		return nil
	}
	if limit > 0 {
		gs = gs[:min(len(gs), limit)]
	}
	return app.Section().ID(id).Class(cls).Aria("labelledby", id+"-h").Body(
		app.H2().ID(id+"-h").Text(title),
		app.Ol().Body(
			app.Range(gs).Slice(func(i int) app.UI {
				g := gs[i]
				return app.Li().Class(fmt.Sprintf("step step-%d", i+1)).Body(
					app.Span().Class("rank").Text(g.label()),
					app.Span().Class("who").Text(g.who()),
					app.Span().Class("pts").Text(points(g.score)),
				)
			}),
		),
	)
}
