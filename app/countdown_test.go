//go:build !wasm

package main

import (
	"strings"
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

// TestCountdownBar checks the bar that shrinks with the time left and the
// emphasis of the last ten, then five, seconds.
func TestCountdownBar(t *testing.T) {
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	dl := now.Add(30 * time.Second)
	v := &session.View{Phase: session.PhaseQuestion, Deadline: &dl, RemainingMs: 30000, TimeLimitSeconds: 30}
	tests := []struct {
		at        time.Duration
		width     string
		low, last bool
	}{
		{0, "width:96%", false, false},
		{15 * time.Second, "width:46%", false, false},
		{22 * time.Second, "width:23%", true, false},
		{26 * time.Second, "width:10%", true, true},
		{31 * time.Second, "width:0%", true, true},
	}
	for _, tt := range tests {
		var c countdown
		c.set(v, now)
		doc := app.HTMLString(app.Div().Body(c.render(now.Add(tt.at))))
		got := [3]bool{strings.Contains(doc, tt.width), strings.Contains(doc, `timer low`), strings.Contains(doc, "final")}
		if want := [3]bool{true, tt.low, tt.last}; got != want {
			t.Errorf("at %v: width %s, low, final = %v, want %v in %s", tt.at, tt.width, got, want, doc)
		}
	}
}
