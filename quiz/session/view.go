package session

import (
	"encoding/json"
	"sort"
	"time"

	"storyquiz/quiz"
)

// View is what the host's dashboard or a player's device shows, sent as JSON
// by the state endpoint and the event stream. Fields that do not apply are
// left out; a missing list means an empty one. A player's view never holds
// the answer or the evidence of a question before it is revealed to them.
type View struct {
	Phase Phase  `json:"phase"`
	Index int    `json:"index"` // the current question, 0-based
	Count int    `json:"count"` // the number of questions
	Mode  Mode   `json:"mode"`
	Title string `json:"title"`
	// Version grows with every change that alters this view. A client may
	// drop an update older than one it has, but should take any view after
	// reconnecting: a server that lost an unsaved change rebuilds from disk.
	Version uint64 `json:"version"`
	// TimeLimitSeconds is the per-question limit, 0 when there is none.
	TimeLimitSeconds int `json:"timeLimitSeconds,omitempty"`
	// Deadline is when the current question closes, if it has a time limit;
	// RemainingMs is the time left when the view was made, for clients whose
	// clock is not in step with the server's.
	Deadline    *time.Time `json:"deadline,omitempty"`
	RemainingMs int64      `json:"remainingMs,omitempty"`

	Question *QuestionView `json:"question,omitempty"`
	Reveal   *Reveal       `json:"reveal,omitempty"`

	Players []PlayerStatus `json:"players,omitempty"` // host only
	Answers *AnswerStats   `json:"answers,omitempty"` // host only, teacher-paced
	You     *You           `json:"you,omitempty"`     // player only

	Leaderboard []LeaderEntry `json:"leaderboard,omitempty"`
	Results     *Results      `json:"results,omitempty"`
}

// QuestionView is a question as players see it: without answer or evidence.
type QuestionView struct {
	ID      string    `json:"id"`
	Kind    quiz.Kind `json:"kind"`
	Prompt  string    `json:"prompt"`
	Options []string  `json:"options"`
	raw     []byte    // the JSON encoding, made once per session
}

// MarshalJSON returns the encoding made when the session was created, so
// that sending one question to a thousand players encodes it once.
func (q QuestionView) MarshalJSON() ([]byte, error) {
	if q.raw != nil {
		return q.raw, nil
	}
	type plain QuestionView
	return json.Marshal(plain(q))
}

// Reveal is the answer to a question and the article sentence that supports it.
type Reveal struct {
	QuestionID string        `json:"questionId"`
	Answer     int           `json:"answer"`
	Evidence   quiz.Evidence `json:"evidence"`
	raw        []byte
}

// MarshalJSON returns the encoding made when the session was created.
func (r Reveal) MarshalJSON() ([]byte, error) {
	if r.raw != nil {
		return r.raw, nil
	}
	type plain Reveal
	return json.Marshal(plain(r))
}

// PlayerStatus is one row of the host's player list.
type PlayerStatus struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Score int    `json:"score"` // correct answers among revealed questions
	// Answered says whether the player has answered the question they are on
	// (the current one when teacher-paced).
	Answered bool `json:"answered"`
	// Progress is how many questions the player has answered.
	Progress int `json:"progress"`
	// Index is the question a self-paced player is on (Count when done).
	Index int `json:"index"`
}

// AnswerStats is the spread of answers to the current question.
type AnswerStats struct {
	Counts   []int `json:"counts"`   // per option
	Answered int   `json:"answered"` // players who answered
	Total    int   `json:"total"`    // players in the session
}

// You is a player's own state in their view.
type You struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Score int    `json:"score"`
	// Answer is the player's choice for the question in the view, if any;
	// Correct is set only once that question is revealed to them.
	Answer  *int  `json:"answer,omitempty"`
	Correct *bool `json:"correct,omitempty"`
}

// LeaderEntry is one line of the leaderboard; equal scores share a rank.
type LeaderEntry struct {
	Rank  int    `json:"rank"`
	Name  string `json:"name"`
	Score int    `json:"score"`
}

// Results summarise a finished session (or a self-paced player's finished run).
type Results struct {
	// Players holds every student for the host, only the player themselves
	// in a player's view.
	Players   []PlayerResult   `json:"players"`
	Questions []QuestionResult `json:"questions"`
}

// PlayerResult is one student's outcome.
type PlayerResult struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Score   int    `json:"score"`
	Answers []int  `json:"answers"` // chosen option per question, -1 when unanswered
}

// QuestionResult is how the class did on one question. PercentCorrect is
// the share of all players (answered or not) who chose the right option,
// rounded to a whole percent.
type QuestionResult struct {
	ID             string        `json:"id"`
	Prompt         string        `json:"prompt"`
	Options        []string      `json:"options"`
	Answer         int           `json:"answer"`
	Evidence       quiz.Evidence `json:"evidence"`
	Answered       int           `json:"answered"`
	Correct        int           `json:"correct"`
	PercentCorrect int           `json:"percentCorrect"`
}

func (s *Session) baseView() View {
	return View{
		Phase: s.phase, Index: s.index, Count: len(s.quiz.Questions), Mode: s.settings.Mode,
		Title: s.quiz.Title, Version: s.ver, TimeLimitSeconds: s.settings.TimeLimitSeconds,
	}
}

func (s *Session) setDeadline(v *View, opened, now time.Time) {
	if l := s.limit(); l > 0 {
		d := opened.Add(l)
		v.Deadline = &d
		v.RemainingMs = max(0, d.Sub(now).Milliseconds())
	}
}

// HostView returns the host's view at time now.
func (s *Session) HostView(now time.Time) View {
	v := s.baseView()
	v.Players = make([]PlayerStatus, 0, len(s.players))
	for _, p := range s.players {
		ps := PlayerStatus{ID: p.id, Name: p.name, Score: s.score(p), Index: p.pos}
		for _, a := range p.answers {
			if a >= 0 {
				ps.Progress++
			}
		}
		switch {
		case s.settings.Mode == ModeSelf:
			ps.Answered = p.pos < len(p.answers) && p.answers[p.questionAt(p.pos)] >= 0
		case s.phase != PhaseLobby && s.phase != PhaseFinished:
			ps.Answered = p.answers[s.index] >= 0
		}
		v.Players = append(v.Players, ps)
	}
	if s.settings.Mode == ModeTeacher && (s.phase == PhaseQuestion || s.phase == PhaseReveal) {
		q := s.questions[s.index]
		v.Question = &q
		st := &AnswerStats{Counts: make([]int, len(q.Options)), Total: len(s.players)}
		for _, p := range s.players {
			if a := p.answers[s.index]; a >= 0 {
				st.Counts[a]++
				st.Answered++
			}
		}
		v.Answers = st
		if s.phase == PhaseReveal {
			r := s.reveals[s.index]
			v.Reveal = &r
		} else {
			s.setDeadline(&v, s.opened, now)
		}
	}
	if s.phase == PhaseFinished {
		v.Results = s.results(nil)
	}
	v.Leaderboard = s.leaderboard()
	return v
}

// PlayerView returns the view of one player at time now, or
// ErrUnknownPlayer for an id that never joined or was kicked.
func (s *Session) PlayerView(playerID string, now time.Time) (View, error) {
	p := s.byID[playerID]
	if p == nil {
		return View{}, ErrUnknownPlayer
	}
	v := s.baseView()
	v.Version = s.ViewVersion(playerID)
	you := &You{ID: p.id, Name: p.name, Score: s.score(p)}
	v.You = you
	v.Leaderboard = s.leaderboard()

	idx := s.index // the question shown
	switch {
	case s.phase == PhaseLobby:
		return v, nil
	case s.phase == PhaseFinished:
		v.Results = s.results(p)
		return v, nil
	case s.settings.Mode == ModeSelf:
		v.Index = p.pos
		idx = p.questionAt(p.pos)
		if p.pos >= len(s.quiz.Questions) {
			v.Phase = PhaseFinished
			v.Results = s.results(p)
			return v, nil
		}
		if s.playerOpen(p) {
			v.Phase = PhaseQuestion
			s.setDeadline(&v, p.opened, now)
		} else {
			v.Phase = PhaseReveal
		}
	case s.phase == PhaseQuestion:
		s.setDeadline(&v, s.opened, now)
	}
	q := s.questions[idx]
	if p.options != nil {
		q = shownQuestion(q, p.options[idx])
	}
	v.Question = &q
	if a := p.answers[idx]; a >= 0 {
		shown := p.shown(idx, a)
		you.Answer = &shown
	}
	if s.revealedTo(p, idx) {
		r := s.reveals[idx]
		if p.options != nil {
			r = Reveal{QuestionID: r.QuestionID, Answer: p.shown(idx, r.Answer), Evidence: r.Evidence}
		}
		v.Reveal = &r
		if a := p.answers[idx]; a >= 0 {
			ok := a == s.quiz.Questions[idx].Answer
			you.Correct = &ok
		}
	}
	return v, nil
}

// shownQuestion is q with its options in a player's order (shown → quiz).
func shownQuestion(q QuestionView, order []int) QuestionView {
	opts := make([]string, len(order))
	for d, c := range order {
		opts[d] = q.Options[c]
	}
	return QuestionView{ID: q.ID, Kind: q.Kind, Prompt: q.Prompt, Options: opts}
}

// leaderboard returns the top scores when the leaderboard is on and shown.
func (s *Session) leaderboard() []LeaderEntry {
	if !s.leaderboardShown() || len(s.players) == 0 {
		return nil
	}
	all := make([]LeaderEntry, len(s.players))
	for i, p := range s.players {
		all[i] = LeaderEntry{Name: p.name, Score: s.score(p)}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Score > all[j].Score })
	n := min(len(all), LeaderboardSize)
	for i := range n {
		if i > 0 && all[i].Score == all[i-1].Score {
			all[i].Rank = all[i-1].Rank
		} else {
			all[i].Rank = i + 1
		}
	}
	return all[:n:n]
}

// results summarises the session; only is nil for the host, or the player
// whose own row is the only one to include.
func (s *Session) results(only *player) *Results {
	r := &Results{Players: []PlayerResult{}}
	for _, p := range s.players {
		if only != nil && p != only {
			continue
		}
		r.Players = append(r.Players, PlayerResult{
			ID: p.id, Name: p.name, Score: s.score(p), Answers: append([]int(nil), p.answers...),
		})
	}
	for i, qu := range s.quiz.Questions {
		qr := QuestionResult{ID: qu.ID, Prompt: qu.Prompt, Options: qu.Options, Answer: qu.Answer, Evidence: qu.Evidence}
		for _, p := range s.players {
			if a := p.answers[i]; a >= 0 {
				qr.Answered++
				if a == qu.Answer {
					qr.Correct++
				}
			}
		}
		if n := len(s.players); n > 0 {
			qr.PercentCorrect = (qr.Correct*100 + n/2) / n
		}
		r.Questions = append(r.Questions, qr)
	}
	return r
}

// Row is one student's line of the results export.
type Row struct {
	ID, Name string
	Score    int   // correct answers, revealed or not: the export is for the teacher
	Answers  []int // chosen option per question, -1 when unanswered
}

// Rows returns every student's answers in join order for a results export.
func (s *Session) Rows() []Row {
	rows := make([]Row, 0, len(s.players))
	for _, p := range s.players {
		r := Row{ID: p.id, Name: p.name, Answers: append([]int(nil), p.answers...)}
		for i, a := range p.answers {
			if a >= 0 && a == s.quiz.Questions[i].Answer {
				r.Score++
			}
		}
		rows = append(rows, r)
	}
	return rows
}
