package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// The presenter's sounds are short tones made by the browser's own Web
// Audio synthesiser: nothing is downloaded, so they work offline and cost
// the bundle a few tables instead of audio files. They are off until the
// teacher turns them on, and browsers only let a page make sound after a
// click or key press, so the AudioContext is made in one: nothing ever
// starts playing by surprise.

// tone is one note of a cue: its frequency (Hz), start and length (s).
type tone struct{ hz, at, dur float64 }

// cues are the sounds of the presenter view, by name; the tune is the
// lobby's music, played bar after bar while students join.
var cues = map[string][]tone{
	"start":  {{523.3, 0, .16}, {659.3, .12, .16}, {784, .24, .3}},
	"tick":   {{880, 0, .07}},
	"last":   {{1175, 0, .1}},
	"timeup": {{330, 0, .18}, {247, .16, .4}},
	"reveal": {{523.3, 0, .4}, {659.3, .08, .4}, {784, .16, .4}, {1046.5, .24, .7}},
	"end":    {{392, 0, .2}, {523.3, .18, .2}, {659.3, .36, .2}, {784, .54, .9}, {659.3, .54, .9}},
	"tune": {{392, 0, .4}, {523.3, .5, .4}, {587.3, 1, .4}, {659.3, 1.5, .9},
		{587.3, 2.5, .4}, {523.3, 3, .4}, {440, 3.5, .9}, {392, 4.5, .4},
		{440, 5, .4}, {523.3, 5.5, .4}, {587.3, 6, 1.4}},
}

// tuneBar is how long one pass of the lobby tune lasts.
const tuneBar = 7.5

// sounds plays the presenter's cues when the teacher has turned them on.
type sounds struct {
	on bool
	ac app.Value // the AudioContext, made on the teacher's first click or key
	// music is the gain node the lobby tune plays through (nil when it is
	// silent): disconnecting it silences the notes already scheduled.
	// tunes counts the tunes started, so a stopped one's next bar is not.
	music app.Value
	tunes int
	// played holds the last cues played, shown on the button as data-cues
	// so that a test can tell which sounds were made; tick is the second
	// last ticked.
	played []string
	tick   time.Duration
}

// load reads whether this browser's teacher turned sounds on.
func (s *sounds) load(ctx app.Context) { s.on = load[bool](ctx, soundKey) }

// toggle turns sounds on or off and remembers the choice; turning them on
// is a click, so the browser lets the page play.
func (s *sounds) toggle(ctx app.Context, c app.Composer, v *session.View) {
	s.on = !s.on
	keep(ctx, soundKey, s.on)
	if !s.on {
		s.stopTune()
		return
	}
	s.wake(ctx, c, v)
}

// wake makes or resumes the AudioContext during a click or key press, and
// starts the lobby tune when the lobby is on screen.
func (s *sounds) wake(ctx app.Context, c app.Composer, v *session.View) {
	if !s.on || !app.IsClient {
		return
	}
	if s.ac == nil {
		w := app.Window()
		ctor := w.Get("AudioContext")
		if !ctor.Truthy() {
			ctor = w.Get("webkitAudioContext")
		}
		if !ctor.Truthy() {
			return
		}
		s.ac = ctor.New()
	}
	if s.ac.Get("state").String() == "suspended" {
		s.ac.Call("resume")
	}
	if v != nil && v.Phase == session.PhaseLobby && s.music == nil {
		s.playTune(ctx, c)
	}
}

// follow plays the cue of the change from view prev to v: the tune in the
// lobby, a rising call when a question opens, a chime on the reveal and a
// fanfare at the end.
func (s *sounds) follow(ctx app.Context, c app.Composer, prev, v *session.View) {
	if v.Phase != session.PhaseLobby {
		s.stopTune()
	}
	switch cue := cueOf(prev, v); {
	case !s.on:
	case v.Phase == session.PhaseLobby && s.music == nil && s.ac != nil:
		s.playTune(ctx, c)
	case cue != "":
		s.tick = -1
		s.play(cue)
	}
}

// cueOf names the cue of the change from view prev to v: a rising call
// when a teacher-paced question opens, a chime on the reveal, a fanfare at
// the end; none when nothing changed for the shared screen.
func cueOf(prev, v *session.View) string {
	switch {
	case prev == nil || v.Phase == prev.Phase && v.Index == prev.Index:
		return ""
	case v.Phase == session.PhaseQuestion && v.Mode == session.ModeTeacher:
		return "start"
	case v.Phase == session.PhaseReveal:
		return "reveal"
	case v.Phase == session.PhaseFinished:
		return "end"
	}
	return ""
}

// ticked counts down the last seconds of a question with its cue.
func (s *sounds) ticked(left time.Duration) {
	if c := tickCue(left); c != "" && left != s.tick {
		s.tick = left
		s.play(c)
	}
}

// tickCue is the cue of a second with left to go: a tick for each of the
// last five, higher for the last three, and a low call when time is up.
func tickCue(left time.Duration) string {
	switch {
	case left > 5*time.Second:
		return ""
	case left == 0:
		return "timeup"
	case left <= 3*time.Second:
		return "last"
	}
	return "tick"
}

// play sounds cue name now, when sounds are on and the browser lets the
// page play.
func (s *sounds) play(name string) {
	if !s.on || s.ac == nil {
		return
	}
	s.notes(s.ac.Get("destination"), cues[name], 0, .2)
	s.heard(name)
}

// heard records that cue name was played, keeping the last few.
func (s *sounds) heard(name string) {
	s.played = append(s.played[max(0, len(s.played)-5):], name)
}

// notes schedules ts, offset by at seconds from now, through node out at
// volume vol: each a triangle wave that fades in and out, so no click.
func (s *sounds) notes(out app.Value, ts []tone, at, vol float64) {
	now := s.ac.Get("currentTime").Float() + at + .02
	for _, t := range ts {
		o, g := s.ac.Call("createOscillator"), s.ac.Call("createGain")
		o.Set("type", "triangle")
		o.Get("frequency").Set("value", t.hz)
		gain := g.Get("gain")
		gain.Call("setValueAtTime", .0001, now+t.at)
		gain.Call("exponentialRampToValueAtTime", vol, now+t.at+.02)
		gain.Call("exponentialRampToValueAtTime", .0001, now+t.at+t.dur)
		o.Call("connect", g)
		g.Call("connect", out)
		o.Call("start", now+t.at)
		o.Call("stop", now+t.at+t.dur+.05)
	}
}

// playTune plays the lobby tune softly, one bar ahead, until stopTune.
func (s *sounds) playTune(ctx app.Context, c app.Composer) {
	s.music = s.ac.Call("createGain")
	s.music.Get("gain").Set("value", .5)
	s.music.Call("connect", s.ac.Get("destination"))
	s.tunes++
	s.heard("tune")
	n := s.tunes
	var bar func(app.Context)
	bar = func(ctx app.Context) {
		if s.music == nil || s.tunes != n {
			return
		}
		s.notes(s.music, cues["tune"], 0, .12)
		later(ctx, c, time.Duration(tuneBar*float64(time.Second)), bar)
	}
	bar(ctx)
}

// stopTune silences the lobby tune at once.
func (s *sounds) stopTune() {
	if s.music != nil {
		s.music.Call("disconnect")
		s.music = nil
	}
}

// button is the presenter's one sound control, a toggle whose state a
// screen reader reads as pressed or not. It has no letter shortcut: a
// single-letter key would fire on speech input (WCAG 2.1.4).
func (s *sounds) button(onClick app.EventHandler) app.UI {
	state := "off"
	if s.on {
		state = "on"
	}
	return app.Button().ID("sound").Class("btn btn-small sound").Type("button").
		Aria("pressed", s.on).DataSet("cues", strings.Join(s.played, " ")).
		OnClick(onClick).Body(
		app.Text("Sound "),
		app.Span().Class("sound-state").Aria("hidden", "true").Text(state),
	)
}
