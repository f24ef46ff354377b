//go:build !wasm

package server

import (
	"testing"

	"storyquiz/quiz/session"
)

// TestAccommodate sets a student's extra time through the control endpoint:
// only the host may, for a student in the session, with a known value; the
// student's own view then carries their longer limit.
func TestAccommodate(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(map[string]any{"timeLimitSeconds": 20})
	ana := e.join(cr.Code, "Ana")
	base := "/api/sessions/" + cr.Code
	tests := []struct {
		name, secret string
		body         map[string]string
		want         int
	}{
		{"by a student", ana.PlayerSecret, map[string]string{"action": "accommodate", "playerId": ana.PlayerID, "extra": "x2"}, 403},
		{"without a student", cr.HostSecret, map[string]string{"action": "accommodate", "extra": "x2"}, 400},
		{"unknown student", cr.HostSecret, map[string]string{"action": "accommodate", "playerId": "nobody", "extra": "x2"}, 404},
		{"unknown extra time", cr.HostSecret, map[string]string{"action": "accommodate", "playerId": ana.PlayerID, "extra": "x9"}, 400},
		{"twice the time", cr.HostSecret, map[string]string{"action": "accommodate", "playerId": ana.PlayerID, "extra": "x2"}, 200},
	}
	for _, tt := range tests {
		if got, _, _ := e.do("POST", base+"/control", tt.secret, tt.body); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
	if hv := e.state(cr.Code, cr.HostSecret); hv.Players[0].Extra != session.ExtraDouble {
		t.Errorf("the host's roster shows %q, want x2", hv.Players[0].Extra)
	}
	if pv := e.state(cr.Code, ana.PlayerSecret); pv.TimeLimitSeconds != 40 || pv.You.Extra != session.ExtraDouble {
		t.Errorf("Ana's view: %d s, %q; want 40 s, x2", pv.TimeLimitSeconds, pv.You.Extra)
	}
}
