//go:build !wasm

package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// TestHostPauseUpdates pauses the presenter's auto-updating parts (WCAG
// 2.2.2): answers that arrive leave the count, the chart and, after the
// reveal, the leaderboard as they were; the teacher's own reveal still
// shows; pressing again shows the session as it is.
func TestHostPauseUpdates(t *testing.T) {
	h, f, d := newTestHost(t, true)
	qs, rs := liveQuestions()
	players := []session.PlayerStatus{{ID: "p1", Name: "Ada"}, {ID: "p2", Name: "Ben"}}
	view := func(ver uint64, phase session.Phase, answered int, leaders ...session.LeaderEntry) session.View {
		v := session.View{Phase: phase, Count: 2, Mode: session.ModeTeacher, Version: ver, Players: players, Question: &qs[0],
			Answers: &session.AnswerStats{Counts: []int{0, answered, 0, 0}, Answered: answered, Total: 2}, Leaderboard: leaders}
		if phase == session.PhaseReveal {
			v.Reveal = &rs[0]
		}
		return v
	}
	pauseTag := regexp.MustCompile(`<button[^>]*id="pause"[^>]*>`)
	pressed := func() string {
		tag := pauseTag.FindString(app.HTMLString(h))
		switch {
		case tag == "":
			return "missing"
		case strings.Contains(tag, "aria-pressed") && !strings.Contains(tag, `aria-pressed="false"`):
			return "true" // go-app writes a true attribute without its value
		}
		return "false"
	}
	f.push(d, view(1, session.PhaseQuestion, 0))
	if got := pressed(); got != "false" {
		t.Fatalf("the pause button is %s, want shown and not pressed", got)
	}
	act(d, h, func(ctx app.Context) { h.togglePause(ctx, app.Event{Value: app.Undefined()}) })
	if got := pressed(); got != "true" {
		t.Errorf("after pausing the button is pressed=%s", got)
	}
	f.push(d, view(2, session.PhaseQuestion, 1))
	checkShown(t, h, map[string]string{"answered": "0 of 2 students answered"}, nil)

	// The teacher's reveal shows, with the leaderboard of that moment.
	f.push(d, view(3, session.PhaseReveal, 1, session.LeaderEntry{Rank: 1, Name: "Ben", Score: 1}))
	checkShown(t, h, map[string]string{"answered": "1 of 2 students answered", "host-evidence": "From the story", "leaders": "Ben"}, nil)
	f.push(d, view(4, session.PhaseReveal, 1, session.LeaderEntry{Rank: 1, Name: "Ada", Score: 2}))
	if got, _ := textByID(h, "leaders"); strings.Contains(got, "Ada") {
		t.Errorf("a paused leaderboard changed: %q", got)
	}
	act(d, h, func(ctx app.Context) { h.togglePause(ctx, app.Event{Value: app.Undefined()}) })
	checkShown(t, h, map[string]string{"leaders": "Ada"}, nil)
	if got := pressed(); got != "false" {
		t.Errorf("after resuming the button is pressed=%s", got)
	}
}
