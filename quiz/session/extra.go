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

// EvAccommodate sets the accommodations of the player PlayerID (host
// only): extra time, read-aloud, one fewer option. An event from before
// read-aloud and fewer options existed leaves them off, as they were.
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
	if p.extra == ev.Extra && p.readAloud == ev.ReadAloud && p.fewer == ev.Fewer {
		return false, nil
	}
	p.extra, p.readAloud, p.fewer = ev.Extra, ev.ReadAloud, ev.Fewer
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

// optionOrder returns the options of question i as player p sees them
// (place on screen → the quiz's option), or nil for the quiz's own order.
// With one fewer option, a wrong option is left out: the last in the
// player's order, never the right one, nor one the player already chose
// (fewer options may be turned on after an answer).
func (s *Session) optionOrder(p *player, i int) []int {
	var base []int
	if p.options != nil {
		base = p.options[i]
	}
	q := s.quiz.Questions[i]
	if !p.fewer || len(q.Options) < 3 {
		return base
	}
	if base == nil {
		base = make([]int, len(q.Options))
		for k := range base {
			base[k] = k
		}
	}
	for k := len(base) - 1; k >= 0; k-- {
		if c := base[k]; c != q.Answer && c != p.answers[i] {
			return append(append(make([]int, 0, len(base)-1), base[:k]...), base[k+1:]...)
		}
	}
	return base
}

// canonicalIn turns an option as the player saw it (shown) into the quiz's,
// for a player's option order (nil: the quiz's order).
func canonicalIn(order []int, shown int) int {
	if order == nil || shown < 0 || shown >= len(order) {
		return shown
	}
	return order[shown]
}

// shownIn turns one of the quiz's options into its place on the player's
// screen, for a player's option order (nil: the quiz's order).
func shownIn(order []int, canonical int) int {
	for d, c := range order {
		if c == canonical {
			return d
		}
	}
	return canonical
}
