package session

import (
	"errors"
	"testing"
)

// TestKickAfterEnd checks that removing a student is refused once the
// session has ended: a kick deletes the student's row, and after the end that
// row is the class's results, which the teacher is about to export.
func TestKickAfterEnd(t *testing.T) {
	played := []Event{
		join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 1),
		answer("p1", "q1", 0, 2), answer("p2", "q1", 1, 2),
	}
	tests := []struct {
		name     string
		st       Settings
		finish   []Event
		want     error
		wantRows int
	}{
		{"in the lobby", Settings{}, nil, nil, 1},
		{"during a question", Settings{}, played[2:], nil, 1},
		{"after end", Settings{}, append(played[2:], ctl(EvEnd, 3)), ErrEnded, 2},
		{"after the last question", Settings{}, append(played[2:],
			ctl(EvNext, 3), ctl(EvNext, 4), ctl(EvNext, 5)), ErrEnded, 2},
		{"self-paced, after end", Settings{Mode: ModeSelf}, append(played[2:], ctl(EvEnd, 3)), ErrEnded, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, tt.st, append(played[:2:2], tt.finish...)...)
			before := s.Version()
			err := s.Apply(Event{Type: EvKick, At: at(9), PlayerID: "p1"})
			if !errors.Is(err, tt.want) {
				t.Fatalf("kick = %v, want %v", err, tt.want)
			}
			if got := len(s.Rows()); got != tt.wantRows {
				t.Errorf("after the kick, %d result rows, want %d", got, tt.wantRows)
			}
			if err != nil {
				if got := s.Version(); got != before {
					t.Errorf("a refused kick changed the version from %d to %d", before, got)
				}
				if got := s.HostView(at(9)).Players; len(got) != 2 || got[0].Name != "Ana" || got[0].Progress != 1 {
					t.Errorf("host roster after a refused kick = %+v, want Ana with her answer first", got)
				}
			}
		})
	}
}
