package session

import (
	"fmt"
	"sort"
)

// Team mode: a teacher may split the class into 2 to MaxTeams teams when
// creating a session. Each student joins the team with the fewest members
// (a random one of them when several tie), and the teacher may move a
// student to another team until the session ends. A team's score is the
// sum of its members' points; a student's own score does not change.

// MaxTeams is the most teams a session may have.
const MaxTeams = 4

// EvTeam moves the player PlayerID into team Team (host only; 1 to the
// session's number of teams).
const EvTeam EventType = "team"

// teamNames and teamShapes name the teams on a projector: a colour word
// and a shape, so that no team is told apart by colour alone.
var (
	teamNames  = [MaxTeams]string{"Red team", "Blue team", "Green team", "Gold team"}
	teamShapes = [MaxTeams]string{"▲", "◆", "●", "■"}
)

// TeamName names team t (from 1), "Red team"; empty for no team.
func TeamName(t int) string {
	if t < 1 || t > MaxTeams {
		return ""
	}
	return teamNames[t-1]
}

// TeamLabel is team t's shape and name, as the standings show it: "◆ Blue
// team"; empty for no team.
func TeamLabel(t int) string {
	if t < 1 || t > MaxTeams {
		return ""
	}
	return teamShapes[t-1] + " " + teamNames[t-1]
}

// assignTeam gives a joining player the team with the fewest members; when
// several have as few, draw (the join's random Shuffle) picks among them,
// so a class is split at random and evenly. A join without one (a test, an
// old log) takes the first of them.
func (s *Session) assignTeam(p *player, draw uint64) {
	n := s.settings.Teams
	if n == 0 {
		return
	}
	size := make([]int, n+1)
	for _, q := range s.players {
		size[q.team]++
	}
	var fewest []int
	for t := 1; t <= n; t++ {
		switch {
		case len(fewest) == 0 || size[t] < size[fewest[0]]:
			fewest = append(fewest[:0], t)
		case size[t] == size[fewest[0]]:
			fewest = append(fewest, t)
		}
	}
	// The low bit of a server's draw is always 1: use the others.
	p.team = fewest[(draw>>8)%uint64(len(fewest))]
}

// moveTeam moves a player to another team. Their points go with them, so
// once the quiz has started every view's standings change.
func (s *Session) moveTeam(ev Event) (bool, error) {
	p := s.byID[ev.PlayerID]
	switch {
	case s.settings.Teams == 0:
		return false, fmt.Errorf("%w: this session has no teams", ErrBadAction)
	case p == nil:
		return false, ErrUnknownPlayer
	case s.phase == PhaseFinished:
		return false, ErrEnded
	case ev.Team < 1 || ev.Team > s.settings.Teams:
		return false, fmt.Errorf("%w: the team must be 1 to %d", ErrBadEvent, s.settings.Teams)
	case p.team == ev.Team:
		return false, nil
	}
	p.team = ev.Team
	s.bump(s.standingsShown(), p)
	return true, nil
}

// standingsShown reports whether players see standings (the leaderboard or
// the teams' places) now, in which case any change of points alters every
// player's view.
func (s *Session) standingsShown() bool {
	return s.leaderboardShown() || s.settings.Teams > 0 && s.phase != PhaseLobby
}

// teams returns the team standings once the quiz has started: every team
// (named by TeamLabel, the score its members' points), best first; equal
// scores share a place, in team order. nil without teams.
func (s *Session) teams() []LeaderEntry {
	n := s.settings.Teams
	if n == 0 || s.phase == PhaseLobby {
		return nil
	}
	if s.teamsCache != nil && s.teamsVer == s.ver {
		return append([]LeaderEntry(nil), s.teamsCache...)
	}
	out := make([]LeaderEntry, n)
	for i := range out {
		out[i].Name = TeamLabel(i + 1)
	}
	for _, p := range s.players {
		out[p.team-1].Score += s.points(p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && out[i].Score == out[i-1].Score {
			out[i].Rank = out[i-1].Rank
		}
	}
	s.teamsCache, s.teamsVer = out, s.ver
	return append([]LeaderEntry(nil), out...)
}
