//go:build !wasm

package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// TestPlayBonuses shows a student what a revealed question earned with the
// session's bonuses ("+3 · quick · 4 in a row"), their points beside their
// right answers, and at the end their points with bonuses.
func TestPlayBonuses(t *testing.T) {
	qs, rs := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	you := &session.You{ID: "p1", Name: "Ada", Answer: intp(1), Correct: boolp(true), Score: 4, Points: 9,
		Gained: &session.Gain{Points: 3, Speed: true, Streak: 4}, Rank: 1, Tied: 1, Players: 27}
	f.push(d, session.View{Phase: session.PhaseReveal, Count: 5, Index: 3, Version: 10, Streaks: true, SpeedBonus: true,
		Question: &qs[0], Reveal: &rs[0], You: you})
	checkShown(t, p, map[string]string{"outcome": "+3 · quick · 4 in a row · you are 1st of 27", "my-score": "Your score: 9 points · 4 right"}, nil)

	f.push(d, session.View{Phase: session.PhaseFinished, Count: 5, Version: 11, Streaks: true, You: you,
		Results: &session.Results{Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 4, Points: 9, Asked: 5}}}})
	checkShown(t, p, map[string]string{"score": "You scored 4 of 5", "points": "9 points with bonuses"}, nil)

	// Without bonuses nothing changes: "+1", points are right answers.
	plain := &session.You{ID: "p1", Name: "Ada", Answer: intp(1), Correct: boolp(true), Score: 2}
	f.push(d, session.View{Phase: session.PhaseReveal, Count: 5, Index: 1, Version: 12, Question: &qs[0], Reveal: &rs[0], You: plain})
	checkShown(t, p, map[string]string{"outcome": "+1", "my-score": "Your score: 2 points"}, []string{"points"})
}

// TestHostBonuses names the bonuses in the lobby and gives the results a
// Points column beside each score; the setup sends them, and a speed bonus
// only with a time limit.
func TestHostBonuses(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1, TimeLimitSeconds: 20, Streaks: true, SpeedBonus: true})
	checkShown(t, h, map[string]string{"start-hint": "20 s per question · streak bonus · speed bonus"}, nil)
	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Mode: session.ModeTeacher, Version: 2, Streaks: true,
		Results: &session.Results{Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 2, Points: 3, Asked: 2}}}})
	checkShown(t, h, map[string]string{"scores": "Student Score Points with bonuses Ada 2 of 2 3"}, nil)

	f.reply("POST", "/api/sessions", 201, map[string]string{"code": testCode, "hostSecret": "s3cret"})
	s := &hostPage{api: f}
	d = mount(t, s, "/host", nil)
	act(d, s, func(ctx app.Context) {
		s.req.Streaks, s.req.SpeedBonus = true, true // speed ticked, then the limit set back to none
		s.create(ctx, app.Event{Value: app.Undefined()})
	})
	calls := f.callsTo("POST", "/api/sessions")
	if got, want := calls[len(calls)-1].Body, `{"story":"trump-lavrov-oval-office","mode":"teacher","streaks":true}`; got != want {
		t.Errorf("create body = %s, want %s", got, want)
	}
	// Without a time limit the speed bonus cannot be ticked.
	tag := regexp.MustCompile(`<input[^>]*id="speed"[^>]*>`).FindString(app.HTMLString(s))
	if !strings.Contains(tag, " disabled") || strings.Contains(tag, `disabled="false"`) {
		t.Errorf("the speed bonus can be ticked without a time limit: %s", tag)
	}
}
