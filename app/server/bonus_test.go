//go:build !wasm

package server

import (
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"storyquiz/quiz/session/sessiontest"
)

// TestBonusesCSV creates a session with a speed bonus through the API: the
// setting reaches the session, needs a time limit, and the results file
// gains a Points column after Score that agrees with the leaderboard.
func TestBonusesCSV(t *testing.T) {
	e := newEnv(t, nil)
	if st, _, _ := e.do("POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3), "speedBonus": true}); st != 400 {
		t.Errorf("a speed bonus without a time limit: %d, want 400", st)
	}
	cr := e.create(map[string]any{"timeLimitSeconds": 20, "speedBonus": true, "streaks": true, "leaderboard": true})
	ana, ben := e.join(cr.Code, "Ana"), e.join(cr.Code, "Ben")
	base := "/api/sessions/" + cr.Code
	e.control(cr.Code, cr.HostSecret, "start")
	e.clock.Add(2 * time.Second)
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.clock.Add(12 * time.Second)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 0), nil)
	v := e.control(cr.Code, cr.HostSecret, "reveal")
	if !v.SpeedBonus || !v.Streaks || len(v.Leaderboard) != 2 || v.Leaderboard[0].Name != "Ana" || v.Leaderboard[0].Score != 2 || v.Leaderboard[1].Score != 1 {
		t.Fatalf("after the reveal: bonuses %v/%v, leaderboard %+v; want Ana 2 (quick), Ben 1", v.SpeedBonus, v.Streaks, v.Leaderboard)
	}
	e.control(cr.Code, cr.HostSecret, "end")
	_, data, _ := e.do("GET", base+"/results.csv", cr.HostSecret, nil)
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0][:4], ","); got != "Name,Score,Points (with bonuses),Questions asked" {
		t.Errorf("CSV header starts %q", got)
	}
	for i, want := range []string{"Ana,1,2", "Ben,1,1"} {
		if got := strings.Join(recs[i+1][:3], ","); got != want {
			t.Errorf("CSV row %d starts %q, want %q", i+1, got, want)
		}
	}
}
