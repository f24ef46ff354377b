package session

import (
	"fmt"
	"time"
)

// EventType names a kind of change to a session.
type EventType string

// The event types.
const (
	// EvJoin adds a player: PlayerID, Name and SecretHash are required.
	EvJoin EventType = "join"
	// EvKick removes the player PlayerID (host only).
	EvKick EventType = "kick"
	// EvStart leaves the lobby and opens the first question.
	EvStart EventType = "start"
	// EvAnswer records PlayerID's Choice for the question QuestionID.
	EvAnswer EventType = "answer"
	// EvReveal closes the current question and shows its answer (teacher-paced).
	EvReveal EventType = "reveal"
	// EvNext opens the next question, or finishes after the last one. With a
	// PlayerID it moves that self-paced player on instead.
	EvNext EventType = "next"
	// EvEnd finishes the session.
	EvEnd EventType = "end"
	// EvTick lets time pass: questions whose time limit ran out by At close
	// and are revealed.
	EvTick EventType = "tick"
)

// Event is one change to a session. It is a flat record so that a store can
// persist it as JSON and replay it unchanged; At is the time the server
// accepted it, and every time-dependent rule uses At rather than a clock.
type Event struct {
	Type       EventType `json:"type"`
	At         time.Time `json:"at"`
	PlayerID   string    `json:"playerId,omitempty"`
	Name       string    `json:"name,omitempty"`
	SecretHash string    `json:"secretHash,omitempty"`
	QuestionID string    `json:"questionId,omitempty"`
	Choice     int       `json:"choice"`
	// Index, on a host's Reveal or Next, is the question the host acted on;
	// when it is no longer the current one the event is refused with
	// ErrStale, so two host tabs (or a retried click) cannot skip a question.
	Index *int `json:"index,omitempty"`
	// Shuffle, on a join in a self-paced session, seeds the student's own
	// order of questions and options; 0 keeps the quiz's order.
	Shuffle uint64 `json:"shuffle,omitempty"`
	// Extra, ReadAloud and Fewer, on an accommodate event, are the
	// player's accommodations: all three are set at once.
	Extra     ExtraTime `json:"extra,omitempty"`
	ReadAloud bool      `json:"readAloud,omitempty"`
	Fewer     bool      `json:"fewer,omitempty"`
	// Team, on a team event, is the team (from 1) the player moves to.
	Team int `json:"team,omitempty"`
	// PairHash, on a pairing offer or claim, is the hash of the pairing
	// code (see pair.go).
	PairHash string `json:"pairHash,omitempty"`
}

// Apply validates ev against the current state and, if it is allowed,
// applies it. On error the session is unchanged. Some allowed events change
// nothing — a replayed identical answer, a reveal of a revealed question, an
// end of an ended session, a tick before any deadline — so that retried
// requests are harmless; Version tells whether anything changed.
func (s *Session) Apply(ev Event) error {
	var err error
	changed := false
	switch ev.Type {
	case EvJoin:
		changed, err = s.join(ev)
	case EvKick:
		changed, err = s.kick(ev)
	case EvStart:
		changed, err = s.start(ev)
	case EvAnswer:
		changed, err = s.answer(ev)
	case EvReveal:
		changed, err = s.reveal(ev)
	case EvNext:
		changed, err = s.next(ev)
	case EvEnd:
		changed, err = s.end(ev)
	case EvTick:
		changed, err = s.tick(ev)
	case EvAccommodate:
		changed, err = s.accommodate(ev)
	case EvTeam:
		changed, err = s.moveTeam(ev)
	case EvPair:
		changed, err = s.offerPair(ev)
	case EvPairClaim:
		changed, err = s.claimPair(ev)
	case EvUnpairAll:
		changed, err = s.unpairAll(ev)
	default:
		err = fmt.Errorf("%w: unknown type %q", ErrBadEvent, ev.Type)
	}
	if err != nil || !changed {
		return err
	}
	if ev.At.After(s.updated) {
		s.updated = ev.At
	}
	return nil
}

// Tick lets time pass until now: a question whose time limit has run out
// is closed and revealed. It is Apply of an EvTick event; a server that
// persists events should apply and store that event instead, and only when
// NextDeadline says one is due.
func (s *Session) Tick(now time.Time) error {
	return s.Apply(Event{Type: EvTick, At: now})
}

// bump records a change; shared says whether every player's view changed.
func (s *Session) bump(shared bool, ps ...*player) {
	s.ver++
	if shared {
		s.sharedVer = s.ver
	}
	for _, p := range ps {
		p.ver = s.ver
	}
}

// leaderboardShown reports whether players see a leaderboard now, in which
// case any score or roster change alters every player's view.
func (s *Session) leaderboardShown() bool {
	return s.settings.Leaderboard && s.phase != PhaseLobby
}

func (s *Session) join(ev Event) (bool, error) {
	if ev.PlayerID == "" || ev.SecretHash == "" {
		return false, fmt.Errorf("%w: a join needs a player id and a secret", ErrBadEvent)
	}
	if s.phase == PhaseFinished {
		return false, ErrEnded
	}
	name, err := CleanName(ev.Name)
	if err != nil {
		return false, err
	}
	if s.byID[ev.PlayerID] != nil || s.bySecret[ev.SecretHash] != nil {
		return false, fmt.Errorf("%w: duplicate player id or secret", ErrBadEvent)
	}
	key := nameKey(name)
	if s.byName[key] != nil || s.removed[key] {
		return false, ErrNameTaken
	}
	if len(s.players) >= s.settings.MaxPlayers {
		return false, ErrFull
	}
	p := &player{id: ev.PlayerID, name: name, secretHash: ev.SecretHash, opened: ev.At}
	if s.settings.Mode == ModeSelf && ev.Shuffle != 0 {
		s.shuffleOrder(p, ev.Shuffle)
	}
	s.assignTeam(p, ev.Shuffle)
	p.answers = make([]int, len(s.quiz.Questions))
	p.took = make([]time.Duration, len(s.quiz.Questions))
	for i := range p.answers {
		p.answers[i] = -1
	}
	s.players = append(s.players, p)
	s.byID[p.id], s.bySecret[p.secretHash], s.byName[key] = p, p, p
	s.bump(s.leaderboardShown(), p)
	return true, nil
}

func (s *Session) kick(ev Event) (bool, error) {
	p := s.byID[ev.PlayerID]
	if p == nil {
		return false, ErrUnknownPlayer
	}
	// Removing a student deletes their row, and once the session is over the
	// rows are the class's results: a removal then would lose a student's
	// answers from the results and the export, with nothing left to protect.
	if s.phase == PhaseFinished {
		return false, fmt.Errorf("%w: its results are kept, so no one can be removed from it", ErrEnded)
	}
	for i, q := range s.players {
		if q == p {
			s.players = append(s.players[:i], s.players[i+1:]...)
			break
		}
	}
	delete(s.byID, p.id)
	delete(s.bySecret, p.secretHash)
	delete(s.byName, nameKey(p.name))
	s.removed[nameKey(p.name)] = true
	s.bump(s.standingsShown())
	return true, nil
}

func (s *Session) start(ev Event) (bool, error) {
	switch s.phase {
	case PhaseFinished:
		return false, ErrEnded
	case PhaseLobby:
	default:
		return false, ErrBadAction
	}
	s.phase, s.index, s.opened, s.reached = PhaseQuestion, 0, ev.At, 1
	for _, p := range s.players {
		p.pos, p.opened, p.timedOut = 0, ev.At, false
	}
	s.bump(true)
	return true, nil
}

func (s *Session) answer(ev Event) (bool, error) {
	p := s.byID[ev.PlayerID]
	if p == nil {
		return false, ErrUnknownPlayer
	}
	qi := -1
	for i, qu := range s.quiz.Questions {
		if qu.ID == ev.QuestionID {
			qi = i
			break
		}
	}
	if qi < 0 {
		return false, ErrUnknownQuestion
	}
	// The choice is the option as the player saw it.
	order := s.optionOrder(p, qi)
	n := len(s.quiz.Questions[qi].Options)
	if order != nil {
		n = len(order)
	}
	if ev.Choice < 0 || ev.Choice >= n {
		return false, ErrBadChoice
	}
	choice := canonicalIn(order, ev.Choice)
	// A retried request whose first response was lost must succeed, whatever
	// happened to the question since.
	if p.answers[qi] >= 0 && p.answers[qi] == choice {
		return false, nil
	}
	if p.answers[qi] >= 0 {
		return false, ErrAlreadyAnswered
	}
	switch s.phase {
	case PhaseFinished:
		return false, ErrEnded
	case PhaseLobby, PhaseReveal:
		return false, ErrClosed
	}
	opened, current := s.opened, s.index
	if s.settings.Mode == ModeSelf {
		opened, current = p.opened, p.questionAt(p.pos)
		if p.timedOut {
			return false, ErrClosed
		}
	}
	if qi != current {
		return false, ErrClosed
	}
	if l := s.playerLimit(p); l > 0 && !ev.At.Before(opened.Add(l)) {
		return false, ErrClosed
	}
	p.answers[qi] = choice
	p.took[qi] = ev.At.Sub(opened)
	// A self-paced answer reveals the question to this player and so moves
	// their score, which everyone sees when there is a leaderboard.
	s.bump(s.settings.Mode == ModeSelf && s.standingsShown(), p)
	return true, nil
}

func (s *Session) reveal(ev Event) (bool, error) {
	if ev.PlayerID != "" || s.settings.Mode == ModeSelf {
		return false, ErrBadAction
	}
	if err := s.checkIndex(ev); err != nil {
		return false, err
	}
	switch s.phase {
	case PhaseQuestion:
	case PhaseReveal:
		return false, nil // a retried reveal
	case PhaseFinished:
		return false, ErrEnded
	default:
		return false, ErrBadAction
	}
	s.phase = PhaseReveal
	s.bump(true)
	return true, nil
}

func (s *Session) next(ev Event) (bool, error) {
	if s.phase == PhaseFinished {
		return false, ErrEnded
	}
	if s.phase == PhaseLobby {
		return false, ErrBadAction
	}
	if ev.PlayerID != "" {
		return s.playerNext(ev)
	}
	if s.settings.Mode == ModeSelf {
		return false, ErrBadAction
	}
	if err := s.checkIndex(ev); err != nil {
		return false, err
	}
	if s.index+1 >= len(s.quiz.Questions) {
		s.phase = PhaseFinished
	} else {
		s.phase, s.index, s.opened = PhaseQuestion, s.index+1, ev.At
		s.reached = s.index + 1
	}
	s.bump(true)
	return true, nil
}

// checkIndex refuses a host action on a question that is no longer the
// current one.
func (s *Session) checkIndex(ev Event) error {
	if ev.Index != nil && *ev.Index != s.index {
		return ErrStale
	}
	return nil
}

// playerNext moves a self-paced player from their answered (or timed-out)
// question to the next one, or to their own finish after the last.
func (s *Session) playerNext(ev Event) (bool, error) {
	p := s.byID[ev.PlayerID]
	if p == nil {
		return false, ErrUnknownPlayer
	}
	if s.settings.Mode != ModeSelf || p.pos >= len(s.quiz.Questions) {
		return false, ErrBadAction
	}
	if ev.Index != nil && *ev.Index != p.pos {
		return false, ErrStale // a repeated tap, or another tab of this student, moved on already
	}
	if s.playerOpen(p) {
		return false, ErrBadAction
	}
	p.pos, p.opened, p.timedOut = p.pos+1, ev.At, false
	s.bump(false, p)
	return true, nil
}

func (s *Session) end(ev Event) (bool, error) {
	if ev.PlayerID != "" {
		return false, ErrBadAction
	}
	if s.phase == PhaseFinished {
		return false, nil
	}
	s.phase = PhaseFinished
	s.bump(true)
	return true, nil
}

func (s *Session) tick(ev Event) (bool, error) {
	if s.limit() == 0 || s.phase != PhaseQuestion {
		return false, nil
	}
	if s.settings.Mode == ModeTeacher {
		if d, ok := s.teacherDeadline(); !ok || ev.At.Before(d) {
			return false, nil
		}
		s.phase = PhaseReveal
		s.bump(true)
		return true, nil
	}
	var due []*player
	for _, p := range s.players {
		if l := s.playerLimit(p); l > 0 && s.playerOpen(p) && !ev.At.Before(p.opened.Add(l)) {
			p.timedOut = true
			due = append(due, p)
		}
	}
	if len(due) == 0 {
		return false, nil
	}
	s.bump(false, due...)
	return true, nil
}
