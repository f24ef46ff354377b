package session

import (
	"errors"
	"testing"
	"time"

	"storyquiz/quiz/session/sessiontest"
)

// TestStaleHostActions checks that a host action names the question it was
// meant for: two Next presses for question 1 (two tabs, a retried click)
// move on once, and a Reveal meant for question 1 cannot reveal question 2.
func TestStaleHostActions(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	idx := func(i int) *int { return &i }
	tests := []struct {
		name      string
		events    []Event
		wantErr   error
		wantIndex int
		wantPhase Phase
	}{
		{"next twice from the same question", []Event{{Type: EvNext, Index: idx(0)}, {Type: EvNext, Index: idx(0)}}, ErrStale, 1, PhaseQuestion},
		{"reveal meant for the question before", []Event{{Type: EvNext, Index: idx(0)}, {Type: EvReveal, Index: idx(0)}}, ErrStale, 1, PhaseQuestion},
		{"reveal retried", []Event{{Type: EvReveal, Index: idx(0)}, {Type: EvReveal, Index: idx(0)}}, nil, 0, PhaseReveal},
		{"next then next of the new question", []Event{{Type: EvNext, Index: idx(0)}, {Type: EvNext, Index: idx(1)}}, nil, 2, PhaseQuestion},
		{"without an index, as before", []Event{{Type: EvNext}, {Type: EvNext}}, nil, 2, PhaseQuestion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(sessiontest.Quiz(3), Settings{}, t0)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Apply(Event{Type: EvStart, At: t0}); err != nil {
				t.Fatal(err)
			}
			var last error
			for _, ev := range tt.events {
				ev.At = t0
				last = s.Apply(ev)
			}
			if !errors.Is(last, tt.wantErr) {
				t.Errorf("last event: %v, want %v", last, tt.wantErr)
			}
			if v := s.HostView(t0); v.Index != tt.wantIndex || v.Phase != tt.wantPhase {
				t.Errorf("now at question %d, %s; want %d, %s", v.Index, v.Phase, tt.wantIndex, tt.wantPhase)
			}
		})
	}
}
