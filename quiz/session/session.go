// Package session is the live classroom session as a pure state machine:
// lobby → question → reveal → … → finished, with players, answers and scores.
//
// It does no I/O, reads no clock and draws no random numbers: every change is
// an Event that carries its own time and identifiers, applied with Apply. A
// store can therefore persist the events and rebuild a session after a
// restart by replaying them in order. The package also defines the JSON views
// sent to the browser, so it compiles for GOOS=js GOARCH=wasm.
//
// A Session is not safe for concurrent use; the server guards each one with a
// mutex.
package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storyquiz/quiz"
)

// Mode says who moves the session from one question to the next.
type Mode string

// The session modes.
const (
	// ModeTeacher lets the host open, reveal and advance every question for everyone.
	ModeTeacher Mode = "teacher"
	// ModeSelf lets each student answer and move on at their own pace.
	ModeSelf Mode = "self"
)

// Phase is where a session (or, in self-paced mode, one player) stands.
type Phase string

// The phases, in the order a session goes through them.
const (
	PhaseLobby    Phase = "lobby"
	PhaseQuestion Phase = "question"
	PhaseReveal   Phase = "reveal"
	PhaseFinished Phase = "finished"
)

// Limits and defaults of a session.
const (
	DefaultMaxPlayers = 300
	MaxNameRunes      = 24
	MaxTimeLimit      = 3600 // seconds
	LeaderboardSize   = 10
)

// The errors returned by Apply and the views. Their messages are meant to be
// shown to people as they are.
var (
	ErrUnknownPlayer   = errors.New("you are not (or no longer) a player in this session")
	ErrNameTaken       = errors.New("that name is already taken in this session; please choose another")
	ErrBadName         = errors.New("a name must be 1 to 24 characters, without control characters")
	ErrFull            = errors.New("this session is full")
	ErrEnded           = errors.New("this session has ended")
	ErrAlreadyAnswered = errors.New("you have already answered this question with a different choice")
	ErrClosed          = errors.New("this question is not open for answers")
	ErrBadChoice       = errors.New("that choice is not one of the options")
	ErrUnknownQuestion = errors.New("there is no question with that id in this quiz")
	ErrBadAction       = errors.New("that action is not possible at this point of the session")
	ErrStale           = errors.New("the session has already moved on from that question")
	ErrBadEvent        = errors.New("malformed session event")
	ErrBadSettings     = errors.New("invalid session settings")
)

// Settings are chosen when a session is created and never change.
type Settings struct {
	// Mode is ModeTeacher (the default when empty) or ModeSelf.
	Mode Mode `json:"mode"`
	// TimeLimitSeconds limits each question; 0 means no limit.
	TimeLimitSeconds int `json:"timeLimitSeconds,omitempty"`
	// Leaderboard shows the top scores to everyone.
	Leaderboard bool `json:"leaderboard,omitempty"`
	// MaxPlayers caps the number of players; 0 means DefaultMaxPlayers.
	MaxPlayers int `json:"maxPlayers,omitempty"`
	// Streaks and SpeedBonus add a point for a run of right answers and
	// for a quick right answer (see bonus.go); both off by default, so a
	// score counts accuracy alone. A speed bonus needs a time limit.
	Streaks    bool `json:"streaks,omitempty"`
	SpeedBonus bool `json:"speedBonus,omitempty"`
	// Teams splits the class into that many teams (2 to MaxTeams) whose
	// scores add up; 0, the default, plays without teams (see teams.go).
	Teams int `json:"teams,omitempty"`
}

// normalize fills defaults and checks ranges.
func (st Settings) normalize() (Settings, error) {
	if st.Mode == "" {
		st.Mode = ModeTeacher
	}
	if st.Mode != ModeTeacher && st.Mode != ModeSelf {
		return st, fmt.Errorf("%w: mode must be %q or %q", ErrBadSettings, ModeTeacher, ModeSelf)
	}
	if st.TimeLimitSeconds < 0 || st.TimeLimitSeconds > MaxTimeLimit {
		return st, fmt.Errorf("%w: the time limit must be 0 (none) to %d seconds", ErrBadSettings, MaxTimeLimit)
	}
	if st.SpeedBonus && st.TimeLimitSeconds == 0 {
		return st, fmt.Errorf("%w: a speed bonus needs a time limit", ErrBadSettings)
	}
	if st.Teams != 0 && (st.Teams < 2 || st.Teams > MaxTeams) {
		return st, fmt.Errorf("%w: teams must be 0 (none) or 2 to %d", ErrBadSettings, MaxTeams)
	}
	if st.MaxPlayers == 0 {
		st.MaxPlayers = DefaultMaxPlayers
	}
	if st.MaxPlayers < 0 {
		return st, fmt.Errorf("%w: negative player limit", ErrBadSettings)
	}
	return st, nil
}

// player is one joined (and not kicked) player.
type player struct {
	id, name, secretHash string
	answers              []int // chosen option per question, -1 when none
	// took is the time each answer came after its question opened for the
	// player, for the teacher's export; 0 when unanswered.
	took []time.Duration
	// Self-paced state: the question the player is on, when it was opened
	// for them, and whether its time ran out before they answered.
	pos      int
	opened   time.Time
	timedOut bool
	// order and options are a self-paced player's own order of questions
	// (position → question) and of each question's options (shown → the
	// quiz's); nil when the player sees the quiz's order (see shuffle.go).
	order   []int
	options [][]int
	extra   ExtraTime // the teacher's accommodation
	ver     uint64    // session version of the last change to this player's view
	// readAloud and fewer are the teacher's other accommodations: the
	// question read aloud, one fewer option (see extra.go).
	readAloud, fewer bool
	team             int // from 1; 0 in a session without teams
}

// Session is one live classroom session.
type Session struct {
	quiz     *quiz.Quiz
	settings Settings
	created  time.Time
	updated  time.Time

	phase  Phase
	index  int       // teacher-paced: the current question
	opened time.Time // teacher-paced: when the current question opened
	// reached counts the questions opened so far when teacher-paced; in
	// both modes it is 0 until the start. A session ended early is scored
	// against the questions asked, so it must know which they were.
	reached int

	players  []*player // in join order
	byID     map[string]*player
	bySecret map[string]*player
	byName   map[string]*player
	// removed holds the names of players the host removed, so a removed
	// name (often the reason for the removal) cannot come straight back.
	removed map[string]bool
	// pair is the pairing of other devices as the host's remote.
	pair pairing

	// scores holds every player's score, best first, as of version
	// scoresVer (see sortedScores).
	scores    []int
	scoresVer uint64
	// teamsCache holds the team standings as of version teamsVer.
	teamsCache []LeaderEntry
	teamsVer   uint64

	// ver counts changes; sharedVer is ver at the last change that alters
	// every player's view (phase, question, leaderboard).
	ver, sharedVer uint64

	// Encoded once at creation because every view sends them.
	questions []QuestionView
	reveals   []Reveal
}

// New starts a session in the lobby for a valid quiz. The quiz is shared,
// not copied, and must not be modified afterwards.
func New(q *quiz.Quiz, st Settings, now time.Time) (*Session, error) {
	if q == nil || len(q.Questions) == 0 {
		return nil, fmt.Errorf("%w: the quiz has no questions", ErrBadSettings)
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	st, err := st.normalize()
	if err != nil {
		return nil, err
	}
	s := &Session{
		quiz: q, settings: st, created: now, updated: now,
		phase:    PhaseLobby,
		byID:     map[string]*player{},
		bySecret: map[string]*player{},
		byName:   map[string]*player{},
		removed:  map[string]bool{},
	}
	for _, qu := range q.Questions {
		qv := QuestionView{ID: qu.ID, Kind: qu.Kind, Prompt: qu.Prompt, Options: qu.Options}
		qv.raw, _ = json.Marshal(qv)
		s.questions = append(s.questions, qv)
		rv := Reveal{QuestionID: qu.ID, Answer: qu.Answer, Evidence: qu.Evidence}
		if ps := q.Article.Paragraphs; qu.Evidence.Paragraph >= 0 && qu.Evidence.Paragraph < len(ps) {
			rv.Paragraph = ps[qu.Evidence.Paragraph]
		}
		rv.raw, _ = json.Marshal(rv)
		s.reveals = append(s.reveals, rv)
	}
	return s, nil
}

// Quiz returns the session's quiz (shared; do not modify).
func (s *Session) Quiz() *quiz.Quiz { return s.quiz }

// Settings returns the normalized settings.
func (s *Session) Settings() Settings { return s.settings }

// Phase returns the session's phase.
func (s *Session) Phase() Phase { return s.phase }

// Created returns the time the session was created.
func (s *Session) Created() time.Time { return s.created }

// Updated returns the time of the last applied event that changed the
// session (or its creation time), which is what idle expiry measures.
func (s *Session) Updated() time.Time { return s.updated }

// Version counts the changes applied so far; it grows by one per change and
// stays the same when Apply accepted an event that changed nothing (such as
// a replayed answer).
func (s *Session) Version() uint64 { return s.ver }

// ViewVersion returns a number that changes whenever the view of the given
// player may have changed; the empty id stands for the host, whose view
// changes with every change. A server uses it to skip sending unchanged
// views to the other 999 students when one of them answers.
func (s *Session) ViewVersion(playerID string) uint64 {
	if playerID == "" {
		return s.ver
	}
	p := s.byID[playerID]
	if p == nil {
		return s.ver // a kicked player's view changed (to an error)
	}
	return max(s.sharedVer, p.ver)
}

// PlayerBySecretHash returns the id of the player whose secret hashes to h.
func (s *Session) PlayerBySecretHash(h string) (string, bool) {
	if p := s.bySecret[h]; p != nil {
		return p.id, true
	}
	return "", false
}

// PlayerCount returns the number of players.
func (s *Session) PlayerCount() int { return len(s.players) }

// NextDeadline returns the earliest time at which a Tick would change the
// session, if there is one.
func (s *Session) NextDeadline() (time.Time, bool) {
	switch {
	case s.limit() == 0 || s.phase != PhaseQuestion:
		return time.Time{}, false
	case s.settings.Mode == ModeTeacher:
		return s.teacherDeadline()
	}
	var first time.Time
	for _, p := range s.players {
		l := s.playerLimit(p)
		if l > 0 && s.playerOpen(p) && (first.IsZero() || p.opened.Add(l).Before(first)) {
			first = p.opened.Add(l)
		}
	}
	return first, !first.IsZero()
}

func (s *Session) limit() time.Duration {
	return time.Duration(s.settings.TimeLimitSeconds) * time.Second
}

// playerOpen reports whether a self-paced player has an open question.
func (s *Session) playerOpen(p *player) bool {
	return p.pos < len(s.quiz.Questions) && p.answers[p.questionAt(p.pos)] < 0 && !p.timedOut
}

// revealedTo reports whether question i's answer is visible to player p
// (or, for p == nil, to the host in teacher-paced mode).
func (s *Session) revealedTo(p *player, i int) bool {
	switch {
	case s.phase == PhaseFinished:
		return p == nil || s.asked(p, i)
	case s.phase == PhaseLobby:
		return false
	case s.settings.Mode == ModeSelf && p != nil:
		pos := p.position(i)
		return pos < p.pos || pos == p.pos && (p.answers[i] >= 0 || p.timedOut)
	case s.settings.Mode == ModeSelf:
		return false
	}
	return i < s.index || i == s.index && s.phase == PhaseReveal
}

// asked reports whether question i was put to player p: a question counts
// from the moment it opened for them, answered or not. Questions a session
// ended before are not asked; their answers stay secret and nobody is
// scored on them.
func (s *Session) asked(p *player, i int) bool {
	switch {
	case s.reached == 0:
		return false
	case s.settings.Mode == ModeSelf:
		return p.position(i) <= p.pos
	}
	return i < s.reached
}

// score counts p's correct answers among the questions revealed to them, so
// that a score never gives away an answer before its reveal. Self-paced
// answers are revealed to the player the moment they answer.
func (s *Session) score(p *player) int {
	n := 0
	for i, a := range p.answers {
		if a >= 0 && a == s.quiz.Questions[i].Answer && s.revealedTo(p, i) {
			n++
		}
	}
	return n
}
