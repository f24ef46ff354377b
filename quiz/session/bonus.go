package session

// Scoring counts right answers by default. A teacher may add two bonuses
// when creating a session, each worth one point on top of a right answer:
// a streak bonus from the StreakFrom-th right answer in a row, and a speed
// bonus for a right answer given within the first half of the student's
// own time limit, so that a student with extra time is measured against
// their own clock, not the class's. The points decide the leaderboard and
// the podium; a score "of N" stays the count of right answers.

// StreakFrom is the length of a run of right answers that starts earning
// the streak bonus.
const StreakFrom = 3

// Gain is what one revealed question earned a player.
type Gain struct {
	Points int  `json:"points"`
	Speed  bool `json:"speed,omitempty"`  // the speed bonus was earned
	Streak int  `json:"streak,omitempty"` // the run of right answers, when it earned the streak bonus
}

// bonuses reports whether the session scores more than right answers.
func (s *Session) bonuses() bool { return s.settings.Streaks || s.settings.SpeedBonus }

// points is p's total over the questions revealed to them.
func (s *Session) points(p *player) int {
	if !s.bonuses() {
		return s.score(p)
	}
	pts, _ := s.tally(p, -1, false)
	return pts
}

// tally walks the questions revealed to p (all asked of p, for the
// teacher's export) in the order they were asked, which is the order a
// streak runs in, and returns p's points and what question at (-1 for
// none) earned. Those questions come first in that order, so the walk
// stops at the first one that is not.
func (s *Session) tally(p *player, at int, all bool) (points int, gain Gain) {
	streak := 0
	for pos := range s.quiz.Questions {
		i := pos
		if s.settings.Mode == ModeSelf {
			i = p.questionAt(pos)
		}
		if all && !s.asked(p, i) || !all && !s.revealedTo(p, i) {
			break
		}
		var g Gain
		if a := p.answers[i]; a >= 0 && a == s.quiz.Questions[i].Answer {
			streak++
			g.Points = 1
			if s.settings.Streaks && streak >= StreakFrom {
				g.Points++
				g.Streak = streak
			}
			if s.settings.SpeedBonus && s.quick(p, i) {
				g.Points++
				g.Speed = true
			}
		} else {
			streak = 0
		}
		points += g.Points
		if i == at {
			gain = g
		}
	}
	return points, gain
}

// quick reports whether p answered question i within the first half of
// their own time; an untimed student is measured against twice the limit,
// the most extra time a timed student gets.
func (s *Session) quick(p *player, i int) bool {
	l := s.playerLimit(p)
	if l == 0 {
		l = 2 * s.limit()
	}
	return p.answers[i] >= 0 && p.took[i] <= l/2 && l > 0
}

// gainOf is what question i earned p, for their view once it is revealed;
// nil when the session has no bonuses.
func (s *Session) gainOf(p *player, i int) *Gain {
	if !s.bonuses() || !s.revealedTo(p, i) {
		return nil
	}
	_, g := s.tally(p, i, false)
	return &g
}
