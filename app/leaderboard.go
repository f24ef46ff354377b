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

// teamList shows the team standings with the leaderboard's widget: all
// teams, or the first three places on the podium; nil without teams.
func teamList(ts []session.LeaderEntry, podium bool) app.UI {
	if podium {
		return rankList(ts, "team-podium", "podium", "Team podium", 3)
	}
	return rankList(ts, "teams", "leaderboard", "Teams", 0)
}

// teamLine shows a student their team and, once the quiz runs, its place:
// "Your team: ◆ Blue team · 2nd of 3"; nil without teams.
func teamLine(v *session.View) app.UI {
	y := v.You
	if y == nil || y.Team == 0 {
		return nil
	}
	s := "Your team: " + session.TeamLabel(y.Team)
	for _, t := range v.Teams {
		if t.Name == session.TeamLabel(y.Team) {
			tied := 0
			for _, u := range v.Teams {
				tied += btoi(u.Rank == t.Rank)
			}
			s += fmt.Sprintf(" · %s of %d", placeName(t.Rank, tied), len(v.Teams))
		}
	}
	return app.P().ID("my-team").Class("my-score").Text(s)
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
