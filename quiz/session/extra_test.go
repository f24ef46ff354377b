package session

import (
	"errors"
	"testing"
)

func accommodate(id string, extra ExtraTime, sec float64) Event {
	return Event{Type: EvAccommodate, At: at(sec), PlayerID: id, Extra: extra}
}

// TestExtraTime gives students extra time on a 10-second question: each may
// answer within their own limit, the others' views do not show it, and a
// teacher-paced question closes by itself only when the last timed student's
// time is up (never while an untimed one has not answered).
func TestExtraTime(t *testing.T) {
	tests := []struct {
		name     string
		extra    ExtraTime
		answerAt float64 // seconds; the question opens at 1
		accepted bool
		limit    int     // the student's own time limit in their view
		closes   float64 // when the question closes by itself; 0 for never
	}{
		{"standard, too late", ExtraNone, 11.5, false, 10, 11},
		{"x1.5 in time", ExtraHalf, 15.5, true, 15, 16},
		{"x1.5 too late", ExtraHalf, 16.5, false, 15, 16},
		{"x2 in time", ExtraDouble, 20.5, true, 20, 21},
		{"untimed", ExtraUntimed, 100, true, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, Settings{TimeLimitSeconds: 10}, join("p1", "Ana"), join("p2", "Ben"),
				accommodate("p1", tt.extra, 0.5), ctl(EvStart, 1), answer("p2", "q1", 0, 2))
			d, ok := s.NextDeadline()
			if got := map[bool]float64{true: d.Sub(t0).Seconds(), false: 0}[ok]; got != tt.closes {
				t.Errorf("the question closes at %v s, want %v", got, tt.closes)
			}
			v, _ := s.PlayerView("p1", at(2))
			if v.TimeLimitSeconds != tt.limit || v.You.Extra != tt.extra {
				t.Errorf("own view: limit %d, extra %q; want %d, %q", v.TimeLimitSeconds, v.You.Extra, tt.limit, tt.extra)
			}
			if other, _ := s.PlayerView("p2", at(2)); other.TimeLimitSeconds != 10 || other.You.Extra != ExtraNone {
				t.Errorf("another student's view shows %d s, %q", other.TimeLimitSeconds, other.You.Extra)
			}
			if err := s.Apply(answer("p1", "q1", 0, tt.answerAt)); (err == nil) != tt.accepted {
				t.Errorf("answer at %v s: %v, want accepted %v", tt.answerAt, err, tt.accepted)
			}
		})
	}
}

// TestExtraTimeSelfPaced times each self-paced student out at their own limit.
func TestExtraTimeSelfPaced(t *testing.T) {
	s := newSession(t, Settings{Mode: ModeSelf, TimeLimitSeconds: 10}, join("p1", "Ana"), join("p2", "Ben"),
		accommodate("p1", ExtraDouble, 0.5), ctl(EvStart, 1))
	if err := s.Tick(at(12)); err != nil {
		t.Fatal(err)
	}
	ana, _ := s.PlayerView("p1", at(12))
	ben, _ := s.PlayerView("p2", at(12))
	if ana.Phase != PhaseQuestion || ben.Phase != PhaseReveal {
		t.Errorf("11 s after the start: Ana %s, Ben %s; want Ana still answering, Ben timed out", ana.Phase, ben.Phase)
	}
	if d, ok := s.NextDeadline(); !ok || !d.Equal(at(21)) {
		t.Errorf("next deadline = %v, %v; want Ana's at 21 s", d, ok)
	}
}

// TestAccommodateRefused checks the events a host cannot send.
func TestAccommodateRefused(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"))
	for _, tt := range []struct {
		ev   Event
		want error
	}{
		{accommodate("p9", ExtraHalf, 1), ErrUnknownPlayer},
		{accommodate("p1", "x3", 1), ErrBadEvent},
		{accommodate("p1", ExtraHalf, 1), nil},
	} {
		if err := s.Apply(tt.ev); !errors.Is(err, tt.want) {
			t.Errorf("%+v: %v, want %v", tt.ev, err, tt.want)
		}
	}
	if v := s.HostView(at(2)); v.Players[0].Extra != ExtraHalf {
		t.Errorf("the roster shows %q, want x1.5", v.Players[0].Extra)
	}
}
