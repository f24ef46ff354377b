package session

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"storyquiz/quiz/session/sessiontest"
)

// TestSelfPacedOrderPerStudent checks that each self-paced student sees the
// questions and options in an order of their own, that answers and reveals
// are read in that order, and that a replay rebuilds the same order.
func TestSelfPacedOrderPerStudent(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	q := sessiontest.Quiz(8)
	var events []Event
	s, err := New(q, Settings{Mode: ModeSelf}, t0)
	if err != nil {
		t.Fatal(err)
	}
	apply := func(ev Event) error {
		ev.At = t0
		err := s.Apply(ev)
		if err == nil {
			events = append(events, ev)
		}
		return err
	}
	for i, seed := range []uint64{11, 12, 0} {
		if err := apply(Event{Type: EvJoin, PlayerID: fmt.Sprint("p", i), Name: fmt.Sprint("S", i), SecretHash: fmt.Sprint("h", i), Shuffle: seed}); err != nil {
			t.Fatal(err)
		}
	}
	if err := apply(Event{Type: EvStart}); err != nil {
		t.Fatal(err)
	}
	// Each student answers every question by the key's text as shown to them.
	seen := map[string][]string{}
	for _, id := range []string{"p0", "p1", "p2"} {
		for range q.Questions {
			v, err := s.PlayerView(id, t0)
			if err != nil {
				t.Fatal(err)
			}
			qv := v.Question
			seen[id] = append(seen[id], qv.ID+":"+qv.Options[0])
			var key string
			for _, qq := range q.Questions {
				if qq.ID == qv.ID {
					key = qq.Options[qq.Answer]
				}
			}
			shown := -1
			for d, o := range qv.Options {
				if o == key {
					shown = d
				}
			}
			if err := apply(Event{Type: EvAnswer, PlayerID: id, QuestionID: qv.ID, Choice: shown}); err != nil {
				t.Fatalf("%s answers %s: %v", id, qv.ID, err)
			}
			v, _ = s.PlayerView(id, t0)
			if v.Reveal == nil || v.Reveal.Answer != shown || v.You.Correct == nil || !*v.You.Correct || *v.You.Answer != shown {
				t.Fatalf("%s after answering %s: reveal %+v, you %+v; want the key at %d, marked correct", id, qv.ID, v.Reveal, v.You, shown)
			}
			if err := apply(Event{Type: EvNext, PlayerID: id}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if fmt.Sprint(seen["p0"]) == fmt.Sprint(seen["p1"]) {
		t.Errorf("two students with different seeds saw the same order: %v", seen["p0"])
	}
	var want []string
	for _, qq := range q.Questions {
		want = append(want, qq.ID+":"+qq.Options[0])
	}
	if fmt.Sprint(seen["p2"]) != fmt.Sprint(want) {
		t.Errorf("a student without a seed saw %v, want the quiz's order %v", seen["p2"], want)
	}
	for _, r := range s.Rows() {
		if r.Score != len(q.Questions) {
			t.Errorf("%s scored %d, want %d: answers were not read in the order shown", r.Name, r.Score, len(q.Questions))
		}
	}
	// A replay of the log rebuilds the same session.
	again, _ := New(q, Settings{Mode: ModeSelf}, t0)
	for _, ev := range events {
		if err := again.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := json.Marshal(s.HostView(t0))
	b, _ := json.Marshal(again.HostView(t0))
	if string(a) != string(b) {
		t.Errorf("replay differs:\n%s\n%s", a, b)
	}
}

// TestShuffleIgnoredWhenTeacherPaced checks that a seed changes nothing in a
// teacher-paced session, where everyone sees the projector's order.
func TestShuffleIgnoredWhenTeacherPaced(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	q := sessiontest.Quiz(4)
	s, _ := New(q, Settings{}, t0)
	if err := s.Apply(Event{Type: EvJoin, At: t0, PlayerID: "p", Name: "P", SecretHash: "h", Shuffle: 99}); err != nil {
		t.Fatal(err)
	}
	s.Apply(Event{Type: EvStart, At: t0})
	v, _ := s.PlayerView("p", t0)
	if got, want := fmt.Sprint(v.Question.Options), fmt.Sprint(q.Questions[0].Options); v.Question.ID != "q1" || got != want {
		t.Errorf("teacher-paced question %s %s, want q1 %s", v.Question.ID, got, want)
	}
}
