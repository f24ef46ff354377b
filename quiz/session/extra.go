package session

import (
	"fmt"
	"time"
)

// ExtraTime is a student's accommodation on timed questions, set by the
// teacher from the roster and seen by nobody else.
type ExtraTime string

// The accommodations: the standard time, one and a half or twice the time
// limit, or no limit at all.
const (
	ExtraNone    ExtraTime = ""
	ExtraHalf    ExtraTime = "x1.5"
	ExtraDouble  ExtraTime = "x2"
	ExtraUntimed ExtraTime = "untimed"
)

// EvAccommodate sets the extra time of the player PlayerID (host only).
const EvAccommodate EventType = "accommodate"

func (s *Session) accommodate(ev Event) (bool, error) {
	p := s.byID[ev.PlayerID]
	switch {
	case p == nil:
		return false, ErrUnknownPlayer
	case s.phase == PhaseFinished:
		return false, ErrEnded
	}
	switch ev.Extra {
	case ExtraNone, ExtraHalf, ExtraDouble, ExtraUntimed:
	default:
		return false, fmt.Errorf("%w: extra time must be %q, %q, %q or empty", ErrBadEvent, ExtraHalf, ExtraDouble, ExtraUntimed)
	}
	if p.extra == ev.Extra {
		return false, nil
	}
	p.extra = ev.Extra
	s.bump(false, p)
	return true, nil
}

// playerLimit is p's time per question: the session's limit stretched by
// their extra time; 0 means none.
func (s *Session) playerLimit(p *player) time.Duration {
	l := s.limit()
	switch p.extra {
	case ExtraHalf:
		return l * 3 / 2
	case ExtraDouble:
		return 2 * l
	case ExtraUntimed:
		return 0
	}
	return l
}

// teacherDeadline is when a teacher-paced question closes by itself: at the
// time limit, or later while a student with extra time has not answered;
// never while an untimed student has not.
func (s *Session) teacherDeadline() (time.Time, bool) {
	l := s.limit()
	if l == 0 {
		return time.Time{}, false
	}
	end := s.opened.Add(l)
	for _, p := range s.players {
		if p.extra == ExtraNone || p.answers[s.index] >= 0 {
			continue
		}
		pl := s.playerLimit(p)
		if pl == 0 {
			return time.Time{}, false
		}
		if d := s.opened.Add(pl); d.After(end) {
			end = d
		}
	}
	return end, true
}
