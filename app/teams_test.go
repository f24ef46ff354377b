//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// TestHostTeams keeps each student's team, with the choice that moves them,
// in the support list behind its button (teams are named by a shape
// beside the colour's name), sends a move, and shows the teams above the students on the leaderboard
// and the podium, ties as ties.
func TestHostTeams(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, TeamCount: 2,
		Players: []session.PlayerStatus{{ID: "p1", Name: "Ada", Team: 1}, {ID: "p2", Name: "Grace", Team: 2}}})
	checkShown(t, h, map[string]string{
		"support-toggle": "Teams and support for individual students"}, []string{"support-list"})
	act(d, h, func(app.Context) { h.supportOpen = true })
	checkShown(t, h, map[string]string{"support-list": "Student Team Read aloud One fewer option Ada ▲ Red team ◆ Blue team"}, nil)
	if doc := app.HTMLString(h); !strings.Contains(doc, `aria-label="Team of Grace"`) || strings.Contains(doc, "Green team") {
		t.Error("the team choices are not named for their student, or offer a team the session lacks")
	}
	act(d, h, func(ctx app.Context) { h.moveTeam(ctx, "p2", 1) })
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
	if len(calls) == 0 || calls[len(calls)-1].Body != `{"action":"team","playerId":"p2","team":1}` {
		t.Errorf("control requests = %+v, want Grace moved to team 1", calls)
	}

	qs, rs := liveQuestions()
	q := qs[0]
	f.push(d, session.View{Phase: session.PhaseReveal, Count: 2, Version: 2, TeamCount: 2, Question: &q, Reveal: &rs[0],
		Answers:     &session.AnswerStats{Counts: make([]int, len(q.Options)), Total: 2},
		Teams:       []session.LeaderEntry{{Rank: 1, Name: session.TeamLabel(2), Score: 3}, {Rank: 2, Name: session.TeamLabel(1), Score: 1}},
		Leaderboard: []session.LeaderEntry{{Rank: 1, Name: "Grace", Score: 3}, {Rank: 2, Name: "Ada", Score: 1}}})
	checkShown(t, h, map[string]string{"teams": "Teams 1st ◆ Blue team 3 points 2nd ▲ Red team 1 point", "leaders": "1st Grace"}, nil)

	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Version: 3, TeamCount: 2,
		Teams:   []session.LeaderEntry{{Rank: 1, Name: session.TeamLabel(1), Score: 2}, {Rank: 1, Name: session.TeamLabel(2), Score: 2}},
		Results: &session.Results{Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 2, Asked: 2}}}})
	checkShown(t, h, map[string]string{"team-podium": "Team podium Joint 1st ▲ Red team, ◆ Blue team 2 points"}, []string{"support"})

	// Without teams nothing of this shows.
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 4, Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}}})
	if doc := app.HTMLString(h); strings.Contains(doc, "team") {
		t.Error("a session without teams mentions teams")
	}
}

// TestPlayTeams shows a student their team in the lobby, its place after
// each reveal ("▲ Red team · joint 2nd of 3") and the team podium at the end.
func TestPlayTeams(t *testing.T) {
	qs, rs := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, TeamCount: 3, You: &session.You{ID: "p1", Name: "Ada", Team: 1}})
	checkShown(t, p, map[string]string{"my-team": "Your team: ▲ Red team"}, nil)
	teams := []session.LeaderEntry{{Rank: 1, Name: session.TeamLabel(2), Score: 3}, {Rank: 2, Name: session.TeamLabel(1), Score: 1}, {Rank: 2, Name: session.TeamLabel(3), Score: 1}}
	f.push(d, session.View{Phase: session.PhaseReveal, Count: 2, Version: 2, TeamCount: 3, Question: &qs[0], Reveal: &rs[0], Teams: teams,
		You: &session.You{ID: "p1", Name: "Ada", Team: 1, Answer: intp(0), Correct: boolp(false)}})
	checkShown(t, p, map[string]string{"my-team": "Your team: ▲ Red team · joint 2nd of 3"}, nil)
	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Version: 3, TeamCount: 3, Teams: teams,
		You:     &session.You{ID: "p1", Name: "Ada", Team: 1},
		Results: &session.Results{Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Asked: 2, Answers: []int{0, -1}}}}})
	checkShown(t, p, map[string]string{"my-team": "joint 2nd of 3", "team-podium": "1st ◆ Blue team 3 points Joint 2nd ▲ Red team, ● Green team 1 point"}, nil)
}

// TestSetupTeams offers no teams by default, then 2, 3 or 4, and sends
// the choice.
func TestSetupTeams(t *testing.T) {
	f := newFakeAPI()
	f.reply("POST", "/api/sessions", 201, map[string]string{"code": testCode, "hostSecret": "s3cret"})
	s := &hostPage{api: f}
	d := mount(t, s, "/host", nil)
	checkShown(t, s, map[string]string{"teams": "No teams 2 teams 3 teams 4 teams", "teams-help": "at random"}, nil)
	if doc := app.HTMLString(s); !strings.Contains(doc, `<label for="teams">Teams</label>`) {
		t.Error("the teams choice has no label")
	}
	act(d, s, func(ctx app.Context) {
		s.req.Teams = 3
		s.create(ctx, app.Event{Value: app.Undefined()})
	})
	calls := f.callsTo("POST", "/api/sessions")
	if got, want := calls[len(calls)-1].Body, `{"story":"trump-lavrov-oval-office","mode":"teacher","teams":3}`; got != want {
		t.Errorf("create body = %s, want %s", got, want)
	}
}
