//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// TestSoundToggle shows one sound control, off until the teacher turns it
// on, in the lobby and beside Fullscreen on the presenter view even with
// the teacher's panel hidden; the choice outlives a reload.
func TestSoundToggle(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1})
	doc := app.HTMLString(h)
	if !strings.Contains(doc, `id="sound"`) || !strings.Contains(doc, `aria-pressed="false"`) {
		t.Fatalf("the lobby has no sound toggle that is off: %s", doc)
	}
	checkShown(t, h, map[string]string{"sound": "Sound off"}, nil)
	act(d, h, func(ctx app.Context) { h.toggleSound(ctx, app.Event{}) })
	checkShown(t, h, map[string]string{"sound": "Sound on"}, nil)

	f.push(d, questionView(session.PhaseQuestion, 2))
	act(d, h, func(app.Context) { h.panelHidden = true })
	checkShown(t, h, map[string]string{"sound": "Sound on", "panel-toggle": "Show teacher controls"}, nil)

	// A reload (a new page in the same browser) finds sounds on.
	var on bool
	act(d, h, func(ctx app.Context) { on = load[bool](ctx, soundKey) })
	if !on {
		t.Error("turning sounds on is not kept in local storage")
	}
	act(d, h, func(ctx app.Context) { h.toggleSound(ctx, app.Event{}) })
	act(d, h, func(ctx app.Context) { on = load[bool](ctx, soundKey) })
	if on || h.snd.on {
		t.Error("turning sounds off again is not kept")
	}
}

// TestSoundCues plays a cue for each change the class should hear, and
// none for a change only the teacher sees (a student answering).
func TestSoundCues(t *testing.T) {
	lobby := &session.View{Phase: session.PhaseLobby, Mode: session.ModeTeacher}
	q1 := &session.View{Phase: session.PhaseQuestion, Mode: session.ModeTeacher, Version: 2}
	q1b := &session.View{Phase: session.PhaseQuestion, Mode: session.ModeTeacher, Version: 3}
	r1 := &session.View{Phase: session.PhaseReveal, Mode: session.ModeTeacher}
	q2 := &session.View{Phase: session.PhaseQuestion, Mode: session.ModeTeacher, Index: 1}
	self := &session.View{Phase: session.PhaseQuestion, Mode: session.ModeSelf}
	end := &session.View{Phase: session.PhaseFinished, Mode: session.ModeTeacher}
	for _, tt := range []struct {
		name    string
		prev, v *session.View
		want    string
	}{
		{"first view", nil, q1, ""},
		{"start", lobby, q1, "start"},
		{"an answer", q1, q1b, ""},
		{"reveal", q1, r1, "reveal"},
		{"next", r1, q2, "start"},
		{"self-paced start", lobby, self, ""},
		{"end", q2, end, "end"},
	} {
		if got := cueOf(tt.prev, tt.v); got != tt.want {
			t.Errorf("%s: cue %q, want %q", tt.name, got, tt.want)
		}
	}
	for left, want := range map[time.Duration]string{9 * time.Second: "", 5 * time.Second: "tick", 4 * time.Second: "tick", 3 * time.Second: "last", time.Second: "last", 0: "timeup"} {
		if got := tickCue(left); got != want {
			t.Errorf("%v left: cue %q, want %q", left, got, want)
		}
		if c := tickCue(left); c != "" && cues[c] == nil {
			t.Errorf("cue %q has no notes", c)
		}
	}
	for _, c := range []string{"start", "reveal", "end", "tune"} {
		if len(cues[c]) == 0 {
			t.Errorf("cue %q has no notes", c)
		}
	}
}
