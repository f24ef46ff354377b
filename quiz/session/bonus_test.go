package session

import (
	"errors"
	"reflect"
	"testing"
)

// TestStreakBonus adds a point from the third right answer in a row, counts
// it only once a question is revealed, and restarts the run after a miss;
// the score "of N" stays the right answers.
func TestStreakBonus(t *testing.T) {
	evs := []Event{join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 1)}
	// Ana answers all three right; Ben misses the second.
	for i, q := range []string{"q1", "q2", "q3"} {
		sec := float64(10 * (i + 1))
		ben := i
		if i == 1 {
			ben = 0
		}
		evs = append(evs, answer("p1", q, i, sec), answer("p2", q, ben, sec))
		if i < 2 {
			evs = append(evs, ctl(EvReveal, sec+1), ctl(EvNext, sec+2))
		}
	}
	s := newSession(t, Settings{Streaks: true, Leaderboard: true}, evs...)
	ana, _ := s.PlayerView("p1", at(31))
	if ana.You.Points != 2 || ana.You.Gained != nil {
		t.Errorf("before the third reveal Ana has %d points, gained %+v; want 2 and nothing shown", ana.You.Points, ana.You.Gained)
	}
	if err := s.Apply(ctl(EvReveal, 32)); err != nil {
		t.Fatal(err)
	}
	ana, _ = s.PlayerView("p1", at(33))
	if ana.You.Score != 3 || ana.You.Points != 4 || !reflect.DeepEqual(ana.You.Gained, &Gain{Points: 2, Streak: 3}) {
		t.Errorf("Ana: score %d, points %d, gained %+v; want 3, 4, +2 for a run of 3", ana.You.Score, ana.You.Points, ana.You.Gained)
	}
	ben, _ := s.PlayerView("p2", at(33))
	if ben.You.Points != 2 || !reflect.DeepEqual(ben.You.Gained, &Gain{Points: 1}) {
		t.Errorf("Ben: points %d, gained %+v; want 2 and +1 (the miss broke his run)", ben.You.Points, ben.You.Gained)
	}
	if want := []LeaderEntry{{1, "Ana", 4, 0}, {2, "Ben", 2, 0}}; !reflect.DeepEqual(ana.Leaderboard, want) {
		t.Errorf("leaderboard %+v, want %+v", ana.Leaderboard, want)
	}
	if ana.You.Rank != 1 || ben.You.Rank != 2 {
		t.Errorf("places %d and %d, want 1 and 2", ana.You.Rank, ben.You.Rank)
	}
	if err := s.Apply(ctl(EvNext, 34)); err != nil {
		t.Fatal(err)
	}
	res := s.HostView(at(35)).Results
	rows := s.Rows()
	for i, w := range []struct{ score, points int }{{3, 4}, {2, 2}} {
		if p := res.Players[i]; p.Score != w.score || p.Points != w.points {
			t.Errorf("results of %s: %d of %d, %d points; want %d, %d points", p.Name, p.Score, p.Asked, p.Points, w.score, w.points)
		}
		if r := rows[i]; r.Score != w.score || r.Points != w.points {
			t.Errorf("export row of %s: score %d, points %d; want %d, %d", r.Name, r.Score, r.Points, w.score, w.points)
		}
	}
}

// TestSpeedBonus adds a point for a right answer within the first half of
// each student's own time: Ana with twice the time and Cy untimed answer
// after 9 s of a 10 s question and still earn it; Ben, on standard time,
// does not after 6 s, nor does a wrong answer.
func TestSpeedBonus(t *testing.T) {
	s := newSession(t, Settings{TimeLimitSeconds: 10, SpeedBonus: true, Leaderboard: true},
		join("p1", "Ana"), join("p2", "Ben"), join("p3", "Cy"), join("p4", "Dee"),
		accommodate("p1", ExtraDouble, 0.5), accommodate("p3", ExtraUntimed, 0.5), ctl(EvStart, 1),
		answer("p1", "q1", 0, 10), answer("p2", "q1", 0, 7), answer("p3", "q1", 0, 10), answer("p4", "q1", 1, 2),
		ctl(EvReveal, 11))
	for id, want := range map[string]Gain{"p1": {Points: 2, Speed: true}, "p2": {Points: 1}, "p3": {Points: 2, Speed: true}, "p4": {}} {
		v, _ := s.PlayerView(id, at(12))
		if v.You.Gained == nil || *v.You.Gained != want {
			t.Errorf("%s gained %+v, want %+v", v.You.Name, v.You.Gained, want)
		}
	}
	lb := s.HostView(at(12)).Leaderboard
	if want := []LeaderEntry{{1, "Ana", 2, 2}, {1, "Cy", 2, 2}, {3, "Ben", 1, 0}, {4, "Dee", 0, 0}}; !reflect.DeepEqual(lb, want) {
		t.Errorf("leaderboard %+v, want %+v", lb, want)
	}
	if _, err := New(s.Quiz(), Settings{SpeedBonus: true}, t0); !errors.Is(err, ErrBadSettings) {
		t.Errorf("a speed bonus without a time limit: %v, want ErrBadSettings", err)
	}
}

// TestNoBonusByDefault scores right answers only and sends no points, so a
// session without bonuses looks as before.
func TestNoBonusByDefault(t *testing.T) {
	s := newSession(t, Settings{TimeLimitSeconds: 10, Leaderboard: true}, join("p1", "Ana"), ctl(EvStart, 1),
		answer("p1", "q1", 0, 2), ctl(EvReveal, 3), ctl(EvNext, 4), answer("p1", "q2", 1, 5), ctl(EvReveal, 6),
		ctl(EvNext, 7), answer("p1", "q3", 2, 8), ctl(EvReveal, 9))
	v, _ := s.PlayerView("p1", at(10))
	if v.You.Points != 0 || v.You.Gained != nil || v.Leaderboard[0].Score != 3 || v.Streaks || v.SpeedBonus {
		t.Errorf("without bonuses: points %d, gained %+v, leaderboard %+v", v.You.Points, v.You.Gained, v.Leaderboard)
	}
}
