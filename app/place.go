package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// ordinal writes 1 as "1st", 2 as "2nd", 11 as "11th", 23 as "23rd".
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprint(n) + suffix
}

// placeName says a place, "joint" when others share it: "4th", "joint 1st".
func placeName(rank, shared int) string {
	if shared > 1 {
		return "joint " + ordinal(rank)
	}
	return ordinal(rank)
}

// rankGroup is the entries of a leaderboard that share one place.
type rankGroup struct {
	rank, shared, score int
	names               []string
}

// rankGroups gathers leaderboard entries by place, so a tie reads as one
// line ("joint 1st · 10 students") rather than a column of "1.".
func rankGroups(entries []session.LeaderEntry) []rankGroup {
	var out []rankGroup
	for _, e := range entries {
		if n := len(out); n > 0 && out[n-1].rank == e.Rank {
			out[n-1].names = append(out[n-1].names, e.Name)
			continue
		}
		out = append(out, rankGroup{rank: e.Rank, shared: max(e.Shared, 1), score: e.Score, names: []string{e.Name}})
	}
	return out
}

// who lists a group's names, with how many more share the place when the
// leaderboard shows only some of them.
func (g rankGroup) who() string {
	s := strings.Join(g.names, ", ")
	if more := g.shared - len(g.names); more > 0 {
		s += fmt.Sprintf(" and %d more", more)
	}
	return s
}

// label is a group's place with the number of students who share it; teams
// that share a place are "Joint 1st".
func (g rankGroup) label() string {
	if g.shared > 1 {
		return fmt.Sprintf("Joint %s · %d students", ordinal(g.rank), g.shared)
	}
	if len(g.names) > 1 {
		return "Joint " + ordinal(g.rank)
	}
	return ordinal(g.rank)
}

// podium shows the first three places at the end of a session, ties as
// ties; nil without a leaderboard.
func podium(entries []session.LeaderEntry) app.UI {
	return rankList(entries, "podium", "podium", "Podium", 3)
}
