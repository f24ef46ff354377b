package session

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestEndedEarly ends sessions before their last question: results, the
// export and each student's own results count only the questions asked,
// and never hold the answer of one that was not.
func TestEndedEarly(t *testing.T) {
	type want struct {
		questions []string // ids in the host's results
		asked     []int    // per player, in join order
		scores    []int
		pct       []int // per question in the results
		exported  []int // AskedQuestions
	}
	tests := []struct {
		name string
		st   Settings
		evs  []Event
		want want
	}{
		{
			name: "teacher-paced, ended on question 2 of 3",
			evs: []Event{join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 1),
				answer("p1", "q1", 0, 2), answer("p2", "q1", 1, 3), ctl(EvReveal, 4), ctl(EvNext, 5),
				answer("p1", "q2", 1, 6), ctl(EvEnd, 7)},
			want: want{questions: []string{"q1", "q2"}, asked: []int{2, 2}, scores: []int{2, 0}, pct: []int{50, 50}, exported: []int{0, 1}},
		},
		{
			name: "ended in the lobby",
			evs:  []Event{join("p1", "Ana"), ctl(EvEnd, 1)},
			want: want{asked: []int{0}, scores: []int{0}},
		},
		{
			name: "self-paced, one student ahead of the other",
			st:   Settings{Mode: ModeSelf},
			evs: []Event{join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 1),
				answer("p1", "q1", 0, 2), {Type: EvNext, At: at(3), PlayerID: "p1"}, answer("p1", "q2", 1, 4),
				{Type: EvNext, At: at(5), PlayerID: "p1"}, ctl(EvEnd, 6)},
			want: want{questions: []string{"q1", "q2", "q3"}, asked: []int{3, 1}, scores: []int{2, 0}, pct: []int{50, 100, 0}, exported: []int{0, 1, 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, tt.st, tt.evs...)
			res := s.HostView(at(10)).Results
			var ids []string
			var pct []int
			for _, q := range res.Questions {
				ids, pct = append(ids, q.ID), append(pct, q.PercentCorrect)
			}
			var asked, scores []int
			for _, p := range res.Players {
				asked, scores = append(asked, p.Asked), append(scores, p.Score)
				if len(p.Answers) != len(res.Questions) {
					t.Errorf("%s has %d answers for %d questions", p.Name, len(p.Answers), len(res.Questions))
				}
			}
			got := want{questions: ids, asked: asked, scores: scores, pct: pct, exported: s.AskedQuestions()}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("results = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestEndedEarlyReviewKeepsSecrets checks a student's results after an
// early end: only the questions put to them, and no key of the others.
func TestEndedEarlyReviewKeepsSecrets(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), ctl(EvStart, 1), answer("p1", "q1", 0, 2), ctl(EvEnd, 3))
	v, err := s.PlayerView("p1", at(4))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	for _, secret := range []string{`"q2"`, `"q3"`, "Who won round 1?", "Bravo1"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("a student's results after an early end hold %s: %s", secret, b)
		}
	}
	me := v.Results.Players[0]
	if got, want := [2]int{me.Score, me.Asked}, [2]int{1, 1}; got != want {
		t.Errorf("score, asked = %v, want %v", got, want)
	}
}

// TestRowsTimeToAnswer checks the export's time to answer: from when the
// question opened (for everyone, or for a self-paced student alone).
func TestRowsTimeToAnswer(t *testing.T) {
	tests := []struct {
		name string
		st   Settings
		evs  []Event
		want []time.Duration
	}{
		{"teacher-paced", Settings{}, []Event{join("p1", "Ana"), ctl(EvStart, 1), answer("p1", "q1", 0, 3.5),
			ctl(EvNext, 10), answer("p1", "q2", 0, 12)}, []time.Duration{2500 * time.Millisecond, 2 * time.Second, 0}},
		{"self-paced", Settings{Mode: ModeSelf}, []Event{join("p1", "Ana"), ctl(EvStart, 1), answer("p1", "q1", 0, 4),
			{Type: EvNext, At: at(20), PlayerID: "p1"}, answer("p1", "q2", 0, 21)}, []time.Duration{3 * time.Second, time.Second, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, tt.st, tt.evs...)
			if got := s.Rows()[0].Took; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Took = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOwnPlace gives every student their place, inside the leaderboard's
// top ten or not, with the number of students who share it.
func TestOwnPlace(t *testing.T) {
	evs := []Event{}
	for i := range 12 {
		evs = append(evs, join(string(rune('a'+i)), "Player "+string(rune('A'+i))))
	}
	evs = append(evs, ctl(EvStart, 1))
	// a, b answer right; the ten others wrong.
	for i := range 12 {
		choice := 1
		if i < 2 {
			choice = 0
		}
		evs = append(evs, answer(string(rune('a'+i)), "q1", choice, 2))
	}
	evs = append(evs, ctl(EvReveal, 3))
	s := newSession(t, Settings{Leaderboard: true}, evs...)
	tests := []struct {
		id               string
		rank, tied, of   int
		leaderRank, lead int // the first leaderboard entry
	}{
		{"a", 1, 2, 12, 1, 2},
		{"l", 3, 10, 12, 1, 2},
	}
	for _, tt := range tests {
		v, err := s.PlayerView(tt.id, at(4))
		if err != nil {
			t.Fatal(err)
		}
		if got := [3]int{v.You.Rank, v.You.Tied, v.You.Players}; got != [3]int{tt.rank, tt.tied, tt.of} {
			t.Errorf("%s: rank, tied, players = %v, want %d, %d, %d", tt.id, got, tt.rank, tt.tied, tt.of)
		}
		lb := v.Leaderboard
		if lb[0].Rank != tt.leaderRank || lb[0].Shared != tt.lead || lb[9].Rank != 3 || lb[9].Shared != 10 {
			t.Errorf("leaderboard = %+v, want joint 1st of 2, then joint 3rd of 10", lb)
		}
	}
	if v, _ := newSession(t, Settings{}, join("p1", "Ana"), ctl(EvStart, 1)).PlayerView("p1", at(2)); v.You.Rank != 0 {
		t.Errorf("without a leaderboard the place is shown: %+v", v.You)
	}
}
