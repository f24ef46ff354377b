//go:build !wasm

package server

import (
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// TestTeams creates a session with two teams through the API: students are
// split between them as they join, only the host moves one, to a team the
// session has, and the results file gains a Team column after Name.
func TestTeams(t *testing.T) {
	e := newEnv(t, nil)
	for _, n := range []int{1, 5, -2} {
		if st, _, _ := e.do("POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3), "teams": n}); st != 400 {
			t.Errorf("%d teams: %d, want 400", n, st)
		}
	}
	cr := e.create(map[string]any{"teams": 2})
	ana, ben, cy := e.join(cr.Code, "Ana"), e.join(cr.Code, "Ben"), e.join(cr.Code, "Cy")
	teamOf := func() map[string]int {
		out := map[string]int{}
		for _, p := range e.state(cr.Code, cr.HostSecret).Players {
			out[p.Name] = p.Team
		}
		return out
	}
	first := teamOf()
	if first["Ana"]+first["Ben"] != 3 || first["Cy"] < 1 || first["Cy"] > 2 {
		t.Fatalf("teams after joining %v: Ana and Ben should be apart", first)
	}
	other := 3 - first["Ana"]
	base := "/api/sessions/" + cr.Code
	tests := []struct {
		name, secret string
		body         map[string]any
		want         int
	}{
		{"by a student", ana.PlayerSecret, map[string]any{"action": "team", "playerId": ana.PlayerID, "team": other}, 403},
		{"without a student", cr.HostSecret, map[string]any{"action": "team", "team": other}, 400},
		{"without a team", cr.HostSecret, map[string]any{"action": "team", "playerId": ana.PlayerID}, 400},
		{"a fifth team", cr.HostSecret, map[string]any{"action": "team", "playerId": ana.PlayerID, "team": 5}, 400},
		{"a team the session lacks", cr.HostSecret, map[string]any{"action": "team", "playerId": ana.PlayerID, "team": 3}, 400},
		{"unknown student", cr.HostSecret, map[string]any{"action": "team", "playerId": "nobody", "team": other}, 404},
		{"moved, whatever question the host saw (like a removal)", cr.HostSecret, map[string]any{"action": "team", "playerId": ana.PlayerID, "team": other, "index": 7}, 200},
	}
	for _, tt := range tests {
		if got, body, _ := e.do("POST", base+"/control", tt.secret, tt.body); got != tt.want {
			t.Errorf("%s: %d %s, want %d", tt.name, got, body, tt.want)
		}
	}
	if got := teamOf(); got["Ana"] != other || got["Ben"] != other {
		t.Errorf("after the move %v, want Ana in Ben's team %d", got, other)
	}
	if pv := e.state(cr.Code, ana.PlayerSecret); pv.You.Team != other || pv.Teams != nil {
		t.Errorf("Ana's lobby view: team %d, standings %+v", pv.You.Team, pv.Teams)
	}

	e.control(cr.Code, cr.HostSecret, "start")
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 0), nil)
	e.must(200, "POST", base+"/answers", cy.PlayerSecret, answerBody("q1", 0), nil)
	v := e.control(cr.Code, cr.HostSecret, "reveal")
	// All three were right: each team scores its number of students.
	inOther := 2 + btoi(teamOf()["Cy"] == other)
	if want := []session.LeaderEntry{{Rank: 1, Name: session.TeamLabel(other), Score: inOther}, {Rank: 2, Name: session.TeamLabel(3 - other), Score: 3 - inOther}}; !reflect.DeepEqual(v.Teams, want) {
		t.Errorf("teams after the reveal %+v, want %+v", v.Teams, want)
	}
	e.control(cr.Code, cr.HostSecret, "end")
	if st, _, _ := e.do("POST", base+"/control", cr.HostSecret, map[string]any{"action": "team", "playerId": cy.PlayerID, "team": other}); st != 409 {
		t.Errorf("a move after the end: %d, want 409", st)
	}
	_, data, _ := e.do("GET", base+"/results.csv", cr.HostSecret, nil)
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0][:3], ","); got != "Name,Team,Score" {
		t.Errorf("CSV header starts %q", got)
	}
	if got, want := recs[1][1], session.TeamName(other); got != want {
		t.Errorf("Ana's team in the CSV %q, want %q", got, want)
	}

	// Without teams the file has no Team column.
	plain := e.create(nil)
	e.join(plain.Code, "Dee")
	e.control(plain.Code, plain.HostSecret, "end")
	_, data, _ = e.do("GET", "/api/sessions/"+plain.Code+"/results.csv", plain.HostSecret, nil)
	if strings.Contains(strings.SplitN(string(data), "\n", 2)[0], "Team") {
		t.Errorf("a session without teams has a Team column: %q", data)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
