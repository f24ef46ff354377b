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
	// Streaks and SpeedBonus say which bonuses the session scores.
	Streaks    bool `json:"streaks,omitempty"`
	SpeedBonus bool `json:"speedBonus,omitempty"`
	// TeamCount is the number of teams, 0 in a session without teams.
	TeamCount int `json:"teamCount,omitempty"`
	// Deadline is when the current question closes, if it has a time limit;
	// RemainingMs is the time left when the view was made, for clients whose
	// clock is not in step with the server's.
	Deadline    *time.Time `json:"deadline,omitempty"`
	RemainingMs int64      `json:"remainingMs,omitempty"`

	Question *QuestionView `json:"question,omitempty"`
	Reveal   *Reveal       `json:"reveal,omitempty"`

	Players []PlayerStatus `json:"players,omitempty"` // host only
	// Paired counts the devices paired as the host's remote (host only):
	// the dashboard that showed a pairing code hides it when this grows.
	Paired  int          `json:"paired,omitempty"`
	Answers *AnswerStats `json:"answers,omitempty"` // host only, teacher-paced
	You     *You         `json:"you,omitempty"`     // player only

	Leaderboard []LeaderEntry `json:"leaderboard,omitempty"`
	// Teams are the team standings once the quiz has started, in a
	// session with teams: every team, best first, named by TeamLabel.
	Teams   []LeaderEntry `json:"teams,omitempty"`
	Results *Results      `json:"results,omitempty"`
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
	// Paragraph is the article's paragraph around the evidence sentence, so
	// that a student who got it wrong can read the sentence in its place.
	Paragraph []string `json:"paragraph,omitempty"`
	raw       []byte
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
	// Points is the score with bonuses, when the session has them.
	Points int `json:"points,omitempty"`
	// Answered says whether the player has answered the question they are on
	// (the current one when teacher-paced).
	Answered bool `json:"answered"`
	// Progress is how many questions the player has answered.
	Progress int `json:"progress"`
	// Index is the question a self-paced player is on (Count when done).
	Index int `json:"index"`
	// Extra, ReadAloud and Fewer are the accommodations the teacher gave
	// the player.
	Extra     ExtraTime `json:"extra,omitempty"`
	ReadAloud bool      `json:"readAloud,omitempty"`
	Fewer     bool      `json:"fewer,omitempty"`
	// Team is the player's team (from 1) in a session with teams.
	Team int `json:"team,omitempty"`
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
	// Points is the score with bonuses, when the session has them; Gained
	// is what the question in the view earned, once it is revealed.
	Points int   `json:"points,omitempty"`
	Gained *Gain `json:"gained,omitempty"`
	// Answer is the player's choice for the question in the view, if any;
	// Correct is set only once that question is revealed to them.
	Answer  *int  `json:"answer,omitempty"`
	Correct *bool `json:"correct,omitempty"`
	// Rank is the player's place by score when the leaderboard is shown,
	// even outside its top entries; Tied counts the players who share it
	// (the player included) and Players everyone in the session.
	Rank    int `json:"rank,omitempty"`
	Tied    int `json:"tied,omitempty"`
	Players int `json:"players,omitempty"`
	// Extra is the extra time the teacher gave this player; the view's
	// time limit and deadline are already theirs. ReadAloud offers the
	// question and options read aloud; Fewer says the question shows one
	// wrong option less (already left out of it).
	Extra     ExtraTime `json:"extra,omitempty"`
	ReadAloud bool      `json:"readAloud,omitempty"`
	Fewer     bool      `json:"fewer,omitempty"`
	// Team is the player's team (from 1) in a session with teams.
	Team int `json:"team,omitempty"`
}

// LeaderEntry is one line of the leaderboard; equal scores share a rank.
// Score is the player's points: their right answers plus any bonuses.
type LeaderEntry struct {
	Rank  int    `json:"rank"`
	Name  string `json:"name"`
	Score int    `json:"score"`
	// Shared counts the players in the whole session with this rank when
	// more than one has it, so that a tie reads "joint 1st, 10 students"
	// even when the list shows only some of them.
	Shared int `json:"shared,omitempty"`
}

// Results summarise a finished session (or a self-paced player's finished
// run). They hold only the questions asked: a session ended early neither
// scores nor reveals the ones it did not reach.
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
	Points  int    `json:"points,omitempty"` // the score with bonuses, when the session has them
	Answers []int  `json:"answers"`          // chosen option per question of the results, -1 when unanswered
	// Asked is how many of the questions were put to this student: the
	// score is out of it.
	Asked int `json:"asked"`
}

// QuestionResult is how the class did on one question. PercentCorrect is
// the share of the players it was asked of (answered or not) who chose the
// right option, rounded to a whole percent.
type QuestionResult struct {
	ID             string        `json:"id"`
	Prompt         string        `json:"prompt"`
	Options        []string      `json:"options"`
	Answer         int           `json:"answer"`
	Evidence       quiz.Evidence `json:"evidence"`
	Answered       int           `json:"answered"`
	Correct        int           `json:"correct"`
	PercentCorrect int           `json:"percentCorrect"`
	// Number is the question's place in the quiz, from 1.
	Number int `json:"number"`
	// Asked is how many players the question was put to.
	Asked int `json:"asked"`
}

func (s *Session) baseView() View {
	return View{
		Phase: s.phase, Index: s.index, Count: len(s.quiz.Questions), Mode: s.settings.Mode,
		Title: s.quiz.Title, Version: s.ver, TimeLimitSeconds: s.settings.TimeLimitSeconds,
		Streaks: s.settings.Streaks, SpeedBonus: s.settings.SpeedBonus, TeamCount: s.settings.Teams,
	}
}

// setDeadline puts into v the deadline of a question opened at opened and
// limited to l (none when 0).
func setDeadline(v *View, opened time.Time, l time.Duration, now time.Time) {
	if l > 0 {
		d := opened.Add(l)
		v.Deadline = &d
		v.RemainingMs = max(0, d.Sub(now).Milliseconds())
	}
}

// HostView returns the host's view at time now.
func (s *Session) HostView(now time.Time) View {
	v := s.baseView()
	v.Paired = len(s.pair.keys)
	v.Players = make([]PlayerStatus, 0, len(s.players))
	for _, p := range s.players {
		ps := PlayerStatus{ID: p.id, Name: p.name, Score: s.score(p), Index: p.pos, Extra: p.extra, ReadAloud: p.readAloud, Fewer: p.fewer, Team: p.team}
		if s.bonuses() {
			ps.Points = s.points(p)
		}
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
		} else if d, ok := s.teacherDeadline(); ok {
			setDeadline(&v, s.opened, d.Sub(s.opened), now)
		}
	}
	if s.phase == PhaseFinished {
		v.Results = s.results(nil)
	}
	v.Leaderboard = s.leaderboard()
	v.Teams = s.teams()
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
	you := &You{ID: p.id, Name: p.name, Score: s.score(p), Extra: p.extra, ReadAloud: p.readAloud, Fewer: p.fewer, Team: p.team}
	v.TimeLimitSeconds = int(s.playerLimit(p) / time.Second)
	v.You = you
	v.Leaderboard = s.leaderboard()
	v.Teams = s.teams()
	if s.bonuses() {
		you.Points = s.points(p)
	}
	if v.Leaderboard != nil {
		you.Rank, you.Tied = s.rank(s.points(p))
		you.Players = len(s.players)
	}

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
			setDeadline(&v, p.opened, s.playerLimit(p), now)
		} else {
			v.Phase = PhaseReveal
		}
	case s.phase == PhaseQuestion:
		setDeadline(&v, s.opened, s.playerLimit(p), now)
	}
	q := s.questions[idx]
	order := s.optionOrder(p, idx)
	if order != nil {
		q = shownQuestion(q, order)
	}
	v.Question = &q
	if a := p.answers[idx]; a >= 0 {
		shown := shownIn(order, a)
		you.Answer = &shown
	}
	if s.revealedTo(p, idx) {
		r := s.reveals[idx]
		if order != nil {
			r = Reveal{QuestionID: r.QuestionID, Answer: shownIn(order, r.Answer), Evidence: r.Evidence, Paragraph: r.Paragraph}
		}
		v.Reveal = &r
		if a := p.answers[idx]; a >= 0 {
			ok := a == s.quiz.Questions[idx].Answer
			you.Correct = &ok
		}
		you.Gained = s.gainOf(p, idx)
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
		all[i] = LeaderEntry{Name: p.name, Score: s.points(p)}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Score > all[j].Score })
	n := min(len(all), LeaderboardSize)
	for i := range n {
		if i > 0 && all[i].Score == all[i-1].Score {
			all[i].Rank = all[i-1].Rank
		} else {
			all[i].Rank = i + 1
		}
		if _, tied := s.rank(all[i].Score); tied > 1 {
			all[i].Shared = tied
		}
	}
	return all[:n:n]
}

// rank returns the place of a score (in points) among the players' (1 for
// the best; equal scores share a place) and how many players share it.
func (s *Session) rank(score int) (place, tied int) {
	desc := s.sortedScores()
	place = 1 + sort.Search(len(desc), func(i int) bool { return desc[i] <= score })
	for _, x := range desc[place-1:] {
		if x != score {
			break
		}
		tied++
	}
	return place, tied
}

// sortedScores returns every player's points, best first. It is kept until
// the next change: a reveal builds a view for each of a thousand players,
// and each view's rank needs every score.
func (s *Session) sortedScores() []int {
	if s.scores != nil && s.scoresVer == s.ver {
		return s.scores
	}
	desc := make([]int, len(s.players))
	for i, p := range s.players {
		desc[i] = s.points(p)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	s.scores, s.scoresVer = desc, s.ver
	return desc
}

// results summarises the session over the questions asked; only is nil
// for the host, or the player whose own row is the only one to include.
func (s *Session) results(only *player) *Results {
	r := &Results{Players: []PlayerResult{}}
	var in []*player
	for _, p := range s.players {
		if only == nil || p == only {
			in = append(in, p)
		}
	}
	qs := s.askedOfAny(in)
	for _, p := range in {
		pr := PlayerResult{ID: p.id, Name: p.name, Score: s.score(p), Answers: make([]int, len(qs))}
		if s.bonuses() {
			pr.Points = s.points(p)
		}
		for k, i := range qs {
			pr.Answers[k] = p.answers[i]
			if s.asked(p, i) {
				pr.Asked++
			}
		}
		r.Players = append(r.Players, pr)
	}
	for _, i := range qs {
		qu := s.quiz.Questions[i]
		qr := QuestionResult{ID: qu.ID, Prompt: qu.Prompt, Options: qu.Options, Answer: qu.Answer, Evidence: qu.Evidence, Number: i + 1}
		for _, p := range s.players {
			if !s.asked(p, i) {
				continue
			}
			qr.Asked++
			if a := p.answers[i]; a >= 0 {
				qr.Answered++
				if a == qu.Answer {
					qr.Correct++
				}
			}
		}
		if n := qr.Asked; n > 0 {
			qr.PercentCorrect = (qr.Correct*100 + n/2) / n
		}
		r.Questions = append(r.Questions, qr)
	}
	return r
}

// askedOfAny returns, in quiz order, the questions asked of at least one of
// ps; teacher-paced, the questions opened, even with no one to ask.
func (s *Session) askedOfAny(ps []*player) []int {
	var out []int
	for i := range s.quiz.Questions {
		ok := s.settings.Mode == ModeTeacher && i < s.reached
		for _, p := range ps {
			ok = ok || s.asked(p, i)
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// Row is one student's line of the results export.
type Row struct {
	ID, Name string
	Team     int   // from 1; 0 in a session without teams
	Score    int   // correct answers, revealed or not: the export is for the teacher
	Points   int   // the score with bonuses, counted the same way; 0 when the session has none
	Answers  []int // chosen option per question, -1 when unanswered
	// Asked says, per question, whether it was put to the student; Took is
	// how long each answer took after its question opened (0 when none).
	Asked []bool
	Took  []time.Duration
}

// Rows returns every student's answers in join order for a results export.
func (s *Session) Rows() []Row {
	rows := make([]Row, 0, len(s.players))
	for _, p := range s.players {
		r := Row{ID: p.id, Name: p.name, Team: p.team, Answers: append([]int(nil), p.answers...),
			Asked: make([]bool, len(p.answers)), Took: append([]time.Duration(nil), p.took...)}
		for i, a := range p.answers {
			r.Asked[i] = s.asked(p, i)
			if a >= 0 && a == s.quiz.Questions[i].Answer {
				r.Score++
			}
		}
		if s.bonuses() {
			r.Points, _ = s.tally(p, -1, true)
		}
		rows = append(rows, r)
	}
	return rows
}

// AskedQuestions returns, in quiz order, the questions asked of anyone: the
// export leaves the others out.
func (s *Session) AskedQuestions() []int { return s.askedOfAny(s.players) }
