//go:build !wasm

package main

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

func TestCountdown(t *testing.T) {
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	dl := now.Add(time.Hour) // deliberately wrong: the remaining time counts
	tests := []struct {
		name   string
		view   *session.View
		at     time.Duration
		want   string
		wantOK bool
	}{
		{"no limit", &session.View{Phase: session.PhaseQuestion}, 0, "", false},
		{"running", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 20000}, 0, "Time left: 0:20", true},
		{"rounds up", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 20000}, 500 * time.Millisecond, "Time left: 0:20", true},
		{"low", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 90000}, 85 * time.Second, "Time left: 0:05", true},
		{"over", &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 1000}, 3 * time.Second, "Time is up", true},
		{"revealed", &session.View{Phase: session.PhaseReveal, Deadline: &dl, RemainingMs: 1000}, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c countdown
			c.set(tt.view, now)
			_, ok := c.left(now.Add(tt.at))
			if ok != tt.wantOK {
				t.Fatalf("running = %v, want %v", ok, tt.wantOK)
			}
			if !ok {
				return
			}
			got, _ := textByID(app.Div().Body(c.render(now.Add(tt.at))), "timer")
			if got != tt.want {
				t.Errorf("timer = %q, want %q", got, tt.want)
			}
		})
	}
}
