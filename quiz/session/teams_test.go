package session

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

func joinDraw(id, name string, draw uint64) Event {
	ev := join(id, name)
	ev.Shuffle = draw
	return ev
}

// te is team t's line of the standings.
func te(t, rank, score int) LeaderEntry {
	return LeaderEntry{Rank: rank, Name: TeamLabel(t), Score: score}
}

func moveTo(id string, team int, sec float64) Event {
	return Event{Type: EvTeam, At: at(sec), PlayerID: id, Team: team}
}

// teamsOf lists the host's view of each player's team, in join order.
func teamsOf(s *Session) []int {
	var out []int
	for _, p := range s.HostView(at(100)).Players {
		out = append(out, p.Team)
	}
	return out
}

// TestTeamAssignment puts each joining student into the team with the
// fewest members, the join's draw choosing among equal ones, so teams
// never differ by more than one; without teams nobody has one.
func TestTeamAssignment(t *testing.T) {
	const b = 1 << 8 // one step of the draw (its low bits are not used)
	for _, tc := range []struct {
		name  string
		teams int
		evs   []Event
		want  []int
	}{
		{"no teams", 0, []Event{join("p1", "Ana"), join("p2", "Ben")}, []int{0, 0}},
		{"two teams, first drawn", 2, []Event{joinDraw("p1", "Ana", 0), joinDraw("p2", "Ben", 0), joinDraw("p3", "Cy", 0), joinDraw("p4", "Dee", 0)}, []int{1, 2, 1, 2}},
		{"two teams, second drawn", 2, []Event{joinDraw("p1", "Ana", 1*b+1), joinDraw("p2", "Ben", 1*b+1), joinDraw("p3", "Cy", 0)}, []int{2, 1, 1}},
		{"three teams", 3, []Event{joinDraw("p1", "Ana", 2*b), joinDraw("p2", "Ben", 1*b), joinDraw("p3", "Cy", 5*b), joinDraw("p4", "Dee", 7*b), joinDraw("p5", "Eve", 3*b)}, []int{3, 2, 1, 2, 3}},
		{"a removal leaves a place", 2, []Event{join("p1", "Ana"), join("p2", "Ben"), join("p3", "Cy"), {Type: EvKick, At: t0, PlayerID: "p2"}, join("p4", "Dee")}, []int{1, 1, 2}},
		{"four teams", 4, []Event{join("p1", "A1"), join("p2", "A2"), join("p3", "A3"), join("p4", "A4"), join("p5", "A5")}, []int{1, 2, 3, 4, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, Settings{Teams: tc.teams}, tc.evs...)
			if got := teamsOf(s); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("teams %v, want %v", got, tc.want)
			}
		})
	}
}

func TestTeamSettings(t *testing.T) {
	for _, n := range []int{-1, 1, 5} {
		if _, err := New(newSession(t, Settings{}).Quiz(), Settings{Teams: n}, t0); !errors.Is(err, ErrBadSettings) {
			t.Errorf("%d teams: %v, want ErrBadSettings", n, err)
		}
	}
}

// TestMoveTeam moves a student from one team to another until the session
// ends, refusing teams that do not exist.
func TestMoveTeam(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings Settings
		before   []Event
		move     Event
		err      error
		want     []int
		changed  bool
	}{
		{"in the lobby", Settings{Teams: 2}, nil, moveTo("p1", 2, 1), nil, []int{2, 2}, true},
		{"during the quiz", Settings{Teams: 3}, []Event{ctl(EvStart, 1)}, moveTo("p2", 3, 2), nil, []int{1, 3}, true},
		{"to the same team", Settings{Teams: 2}, nil, moveTo("p2", 2, 1), nil, []int{1, 2}, false},
		{"team 0", Settings{Teams: 2}, nil, moveTo("p1", 0, 1), ErrBadEvent, []int{1, 2}, false},
		{"past the last team", Settings{Teams: 2}, nil, moveTo("p1", 3, 1), ErrBadEvent, []int{1, 2}, false},
		{"unknown student", Settings{Teams: 2}, nil, moveTo("p9", 2, 1), ErrUnknownPlayer, []int{1, 2}, false},
		{"no teams", Settings{}, nil, moveTo("p1", 2, 1), ErrBadAction, []int{0, 0}, false},
		{"after the end", Settings{Teams: 2}, []Event{ctl(EvStart, 1), ctl(EvEnd, 2)}, moveTo("p1", 2, 3), ErrEnded, []int{1, 2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, tc.settings, append([]Event{join("p1", "Ana"), join("p2", "Ben")}, tc.before...)...)
			ver := s.Version()
			if err := s.Apply(tc.move); !errors.Is(err, tc.err) {
				t.Fatalf("move: %v, want %v", err, tc.err)
			}
			if got := teamsOf(s); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("teams %v, want %v", got, tc.want)
			}
			if changed := s.Version() != ver; changed != tc.changed {
				t.Errorf("changed %v, want %v", changed, tc.changed)
			}
		})
	}
}

// TestTeamTotals adds up the members' points, bonuses included, once each
// question is revealed; a moved student takes their points along; every
// student keeps their own score.
func TestTeamTotals(t *testing.T) {
	// Red: Ana and Cy; Blue: Ben and Dee. Ana answers all three right
	// (a streak bonus on the third), Ben two, Cy one, Dee none.
	evs := []Event{join("p1", "Ana"), join("p2", "Ben"), join("p3", "Cy"), join("p4", "Dee"), ctl(EvStart, 1)}
	right := map[string][]bool{"p1": {true, true, true}, "p2": {true, true, false}, "p3": {false, false, true}, "p4": {false, false, false}}
	for i, q := range []string{"q1", "q2", "q3"} {
		sec := float64(10 * (i + 1))
		for _, id := range []string{"p1", "p2", "p3", "p4"} {
			c := (i + 1) % 3
			if right[id][i] {
				c = i
			}
			evs = append(evs, answer(id, q, c, sec))
		}
		evs = append(evs, ctl(EvReveal, sec+1))
		if i < 2 {
			evs = append(evs, ctl(EvNext, sec+2))
		}
	}
	s := newSession(t, Settings{Teams: 2, Streaks: true}, evs...)
	for _, tc := range []struct {
		name   string
		events []Event
		teams  []LeaderEntry
		you    map[string]int // player → team
	}{
		{"after the third reveal", nil, []LeaderEntry{te(1, 1, 5), te(2, 2, 2)}, map[string]int{"p1": 1, "p2": 2, "p3": 1, "p4": 2}},
		{"Cy moved to Blue", []Event{moveTo("p3", 2, 40)}, []LeaderEntry{te(1, 1, 4), te(2, 2, 3)}, map[string]int{"p1": 1, "p3": 2}},
		{"Ana moved too", []Event{moveTo("p1", 2, 41)}, []LeaderEntry{te(2, 1, 7), te(1, 2, 0)}, map[string]int{"p1": 2}},
	} {
		for _, ev := range tc.events {
			if err := s.Apply(ev); err != nil {
				t.Fatal(err)
			}
		}
		if got := s.HostView(at(50)).Teams; !reflect.DeepEqual(got, tc.teams) {
			t.Errorf("%s: host's teams %+v, want %+v", tc.name, got, tc.teams)
		}
		for id, team := range tc.you {
			v, _ := s.PlayerView(id, at(50))
			if v.You.Team != team || !reflect.DeepEqual(v.Teams, tc.teams) {
				t.Errorf("%s: %s sees team %d and %+v, want %d and %+v", tc.name, id, v.You.Team, v.Teams, team, tc.teams)
			}
		}
	}
	if ana, _ := s.PlayerView("p1", at(50)); ana.You.Score != 3 || ana.You.Points != 4 {
		t.Errorf("Ana's own score %d, points %d; want 3 and 4", ana.You.Score, ana.You.Points)
	}
	if rows := s.Rows(); rows[0].Team != 2 || rows[1].Team != 2 || rows[3].Team != 2 || rows[2].Team != 2 {
		t.Errorf("export rows' teams: %+v", rows)
	}
}

// TestTeamsBeforeReveal shows no standings in the lobby nor any point
// before its reveal: standings appear once
// the quiz runs, counting only revealed answers; ties share a place.
func TestTeamsBeforeReveal(t *testing.T) {
	s := newSession(t, Settings{Teams: 3}, join("p1", "Ana"), join("p2", "Ben"))
	if v := s.HostView(at(1)); v.Teams != nil {
		t.Errorf("lobby teams %+v, want none", v.Teams)
	}
	if v, _ := s.PlayerView("p2", at(1)); v.You.Team != 2 || v.Teams != nil {
		t.Errorf("Ben in the lobby: team %d, standings %+v; want team 2 and none", v.You.Team, v.Teams)
	}
	for _, ev := range []Event{ctl(EvStart, 1), answer("p1", "q1", 0, 2)} {
		if err := s.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := s.HostView(at(3)).Teams, []LeaderEntry{te(1, 1, 0), te(2, 1, 0), te(3, 1, 0)}; !reflect.DeepEqual(got, want) {
		t.Errorf("before the reveal %+v, want %+v", got, want)
	}
	if err := s.Apply(ctl(EvReveal, 4)); err != nil {
		t.Fatal(err)
	}
	if got, want := s.HostView(at(5)).Teams, []LeaderEntry{te(1, 1, 1), te(2, 2, 0), te(3, 2, 0)}; !reflect.DeepEqual(got, want) {
		t.Errorf("after the reveal %+v, want %+v", got, want)
	}
}

// TestTeamReplay rebuilds a session with teams from its stored log (as
// JSON, the way a store keeps it) with the same views; a log written
// before teams existed still replays, without teams.
func TestTeamReplay(t *testing.T) {
	st := Settings{Teams: 2, Leaderboard: true, Streaks: true}
	evs := []Event{joinDraw("p1", "Ana", 12345), joinDraw("p2", "Ben", 999), joinDraw("p3", "Cy", 77), moveTo("p1", 2, 0.5),
		ctl(EvStart, 1), answer("p1", "q1", 0, 2), answer("p3", "q1", 0, 3), ctl(EvReveal, 3.5), moveTo("p3", 1, 4), moveTo("p2", 2, 5)}
	orig := newSession(t, st)
	var log []Event
	for _, ev := range evs {
		before := orig.Version()
		if err := orig.Apply(ev); err != nil {
			t.Fatal(err)
		}
		if orig.Version() != before {
			log = append(log, ev)
		}
	}
	data, err := json.Marshal(log)
	if err != nil {
		t.Fatal(err)
	}
	var stored []Event
	if err := json.Unmarshal(data, &stored); err != nil {
		t.Fatal(err)
	}
	copy := newSession(t, st, stored...)
	if got, want := mustJSON(t, copy.HostView(at(9))), mustJSON(t, orig.HostView(at(9))); got != want {
		t.Errorf("replayed host view\n got %s\nwant %s", got, want)
	}
	for _, id := range []string{"p1", "p2", "p3"} {
		a, _ := orig.PlayerView(id, at(9))
		b, _ := copy.PlayerView(id, at(9))
		if got, want := mustJSON(t, b), mustJSON(t, a); got != want {
			t.Errorf("replayed view of %s\n got %s\nwant %s", id, got, want)
		}
	}

	// A log from before teams: its settings and events have no team fields.
	var old Settings
	var oldLog []Event
	if err := json.Unmarshal([]byte(`{"mode":"teacher","leaderboard":true}`), &old); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(`[{"type":"join","at":"2025-05-01T09:00:00Z","playerId":"p1","name":"Ana","secretHash":"h","choice":0,"shuffle":3},
		{"type":"start","at":"2025-05-01T09:00:01Z","choice":0},
		{"type":"answer","at":"2025-05-01T09:00:02Z","playerId":"p1","questionId":"q1","choice":0},
		{"type":"reveal","at":"2025-05-01T09:00:03Z","choice":0}]`), &oldLog); err != nil {
		t.Fatal(err)
	}
	s := newSession(t, old, oldLog...)
	v := s.HostView(at(4))
	if v.Teams != nil || v.Players[0].Team != 0 || v.Leaderboard[0].Score != 1 {
		t.Errorf("an old log: teams %+v, Ana's team %d, leaderboard %+v", v.Teams, v.Players[0].Team, v.Leaderboard)
	}
}
