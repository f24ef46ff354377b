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

func support(id string, extra ExtraTime, readAloud, fewer bool, sec float64) Event {
	return Event{Type: EvAccommodate, At: at(sec), PlayerID: id, Extra: extra, ReadAloud: readAloud, Fewer: fewer}
}

// TestFewerOptions leaves one wrong option out of Ana's questions only:
// she answers among three, her choice is read in her own order, the class's
// answer counts and her reveal agree, and turning it on after she answered
// keeps the option she chose.
func TestFewerOptions(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), join("p2", "Ben"), support("p1", ExtraNone, false, true, 0.5), ctl(EvStart, 1))
	ana, _ := s.PlayerView("p1", at(2))
	ben, _ := s.PlayerView("p2", at(2))
	if got := ana.Question.Options; len(got) != 3 || got[0] != "Alpha0" || !ana.You.Fewer {
		t.Fatalf("Ana sees %v (fewer %v), want three options with the answer Alpha0 first", got, ana.You.Fewer)
	}
	if len(ben.Question.Options) != 4 || ben.You.Fewer {
		t.Errorf("Ben sees %v, want all four", ben.Question.Options)
	}
	if err := s.Apply(answer("p1", "q1", 3, 2)); !errors.Is(err, ErrBadChoice) {
		t.Errorf("Ana answering a fourth option: %v, want ErrBadChoice", err)
	}
	if err := s.Apply(answer("p1", "q1", 0, 2)); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(ctl(EvReveal, 3)); err != nil {
		t.Fatal(err)
	}
	ana, _ = s.PlayerView("p1", at(4))
	if *ana.You.Answer != 0 || ana.Reveal.Answer != 0 || !*ana.You.Correct {
		t.Errorf("Ana's reveal: answer %d, key %d, correct %v", *ana.You.Answer, ana.Reveal.Answer, *ana.You.Correct)
	}
	if c := s.HostView(at(4)).Answers.Counts; c[0] != 1 {
		t.Errorf("the class's counts %v, want Ana's answer on Alpha0", c)
	}

	// Ben picks the option a fewer-options view leaves out; turned on
	// afterwards, his view still shows what he chose, in its place.
	s = newSession(t, Settings{}, join("p2", "Ben"), ctl(EvStart, 1), answer("p2", "q1", 3, 2), support("p2", ExtraNone, false, true, 3))
	ben, _ = s.PlayerView("p2", at(4))
	if got := ben.Question.Options; len(got) != 3 || got[*ben.You.Answer] != "Delta0" {
		t.Errorf("Ben sees %v with his answer at %d, want three options keeping Delta0", got, *ben.You.Answer)
	}
}

// TestReadAloud shows read-aloud in the student's own view and the host's
// roster only; an older accommodate event (extra time alone) turns it off.
func TestReadAloud(t *testing.T) {
	s := newSession(t, Settings{TimeLimitSeconds: 10}, join("p1", "Ana"), join("p2", "Ben"), support("p1", ExtraHalf, true, false, 0.5))
	ana, _ := s.PlayerView("p1", at(1))
	ben, _ := s.PlayerView("p2", at(1))
	if !ana.You.ReadAloud || ana.You.Extra != ExtraHalf || ben.You.ReadAloud {
		t.Errorf("Ana: read-aloud %v, extra %q; Ben: read-aloud %v", ana.You.ReadAloud, ana.You.Extra, ben.You.ReadAloud)
	}
	if hv := s.HostView(at(1)); !hv.Players[0].ReadAloud || hv.Players[1].ReadAloud {
		t.Errorf("the roster shows read-aloud %v, %v", hv.Players[0].ReadAloud, hv.Players[1].ReadAloud)
	}
	if err := s.Apply(accommodate("p1", ExtraDouble, 2)); err != nil {
		t.Fatal(err)
	}
	if ana, _ = s.PlayerView("p1", at(3)); ana.You.ReadAloud || ana.You.Extra != ExtraDouble {
		t.Errorf("after extra time alone: read-aloud %v, extra %q", ana.You.ReadAloud, ana.You.Extra)
	}
}
