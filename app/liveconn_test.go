//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// recordingPage is a livePage that writes down what its connection tells it.
type recordingPage struct {
	app.Compo
	live   liveConn
	events []string
}

func (r *recordingPage) Render() app.UI { return app.Div().Body(r.live.banner()) }

func (r *recordingPage) liveShown(_ app.Context, prev *session.View) {
	from := "none"
	if prev != nil {
		from = string(prev.Phase)
	}
	r.events = append(r.events, "shown "+from+"→"+string(r.live.view.Phase))
}
func (r *recordingPage) liveRefused(app.Context)          { r.events = append(r.events, "refused") }
func (r *recordingPage) liveGone(_ app.Context, w string) { r.events = append(r.events, "gone: "+w) }
func (r *recordingPage) liveReconnected(app.Context)      { r.events = append(r.events, "reconnected") }

func TestLiveConn(t *testing.T) {
	lobby := session.View{Phase: session.PhaseLobby, Version: 1}
	question := session.View{Phase: session.PhaseQuestion, Version: 2}
	tests := []struct {
		name  string
		state int // the reply to the first state request; 0 for none
		do    func(f *fakeAPI, d app.ClientDispatcher)
		want  []string
	}{
		{
			name:  "first view, then newer ones only",
			state: 200,
			do: func(f *fakeAPI, d app.ClientDispatcher) {
				f.push(d, question)
				f.push(d, lobby) // older: overtaken by the question
			},
			want: []string{"shown none→lobby", "shown lobby→question"},
		},
		{
			name:  "secret refused",
			state: 403,
			want:  []string{"refused"},
		},
		{
			name: "stream ended for good",
			do: func(f *fakeAPI, d app.ClientDispatcher) {
				f.onState(streamGone, "the session has expired")
				d.Consume()
			},
			want: []string{"gone: This session is no longer available: the session has expired"},
		},
		{
			name: "back after an interruption",
			do: func(f *fakeAPI, d app.ClientDispatcher) {
				f.onState(streamOpen, "") // the first opening is no reconnection
				f.onState(streamRetrying, "")
				f.onState(streamOpen, "")
				d.Consume()
			},
			want: []string{"reconnected"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			if tt.state != 0 {
				f.reply("GET", sessionapi.SessionPath(testCode, sessionapi.State), tt.state, lobby)
			}
			r := &recordingPage{}
			d := mount(t, r, "/", nil)
			act(d, r, func(ctx app.Context) { r.live.follow(ctx, r, f, testCode, "secret") })
			if tt.do != nil {
				tt.do(f, d)
			}
			if got, want := strings.Join(r.events, "; "), strings.Join(tt.want, "; "); got != want {
				t.Errorf("events = %q, want %q", got, want)
			}
			if calls := f.callsTo("GET", sessionapi.SessionPath(testCode, sessionapi.State)); len(calls) != 1 || calls[0].Secret != "secret" {
				t.Errorf("state requests = %+v, want one with the secret", calls)
			}
		})
	}
}

// TestLiveConnControl sends one control action at a time and shows the view
// the server answers with; without a view the page hears why.
func TestLiveConnControl(t *testing.T) {
	f, r, d, control := followingPage(t)
	f.reply("POST", control, 200, session.View{Phase: session.PhaseQuestion, Version: 3})
	act(d, r, func(ctx app.Context) {
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionStart}, "", nil)
		// A second press before the answer arrives is not sent.
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionStart}, "", nil)
	})
	if got := len(f.callsTo("POST", control)); got != 1 {
		t.Errorf("%d control requests, want 1", got)
	}
	if r.live.view == nil || r.live.view.Version != 3 || r.live.busy {
		t.Errorf("after the answer view = %+v, busy = %v; want version 3 and not busy", r.live.view, r.live.busy)
	}

	f.reply("POST", control, 409, sessionapi.Error{Message: "refused"})
	var failed string
	act(d, r, func(ctx app.Context) {
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionEnd}, "", func(_ app.Context, res apiResult) { failed = res.message() })
	})
	if failed != "refused" {
		t.Errorf("failure told as %q, want refused", failed)
	}
}

// TestLiveConnNextPerQuestion: a self-paced student's Next names the
// question it moves on from, so a tap on the next question's Next, made
// before the first one's reply arrived, is sent after it rather than
// dropped as a repeat.
func TestLiveConnNextPerQuestion(t *testing.T) {
	f, r, d, control := followingPage(t)
	f.reply("POST", control, 200, session.View{Phase: session.PhaseQuestion, Version: 3})
	four, five := 4, 5
	act(d, r, func(ctx app.Context) {
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionNext, Index: &four}, "", nil)
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionNext, Index: &five}, "", nil)
		r.live.control(ctx, sessionapi.ControlRequest{Action: sessionapi.ActionNext, Index: &five}, "", nil) // a double tap
	})
	var got []string
	for _, c := range f.callsTo("POST", control) {
		got = append(got, c.Body)
	}
	want := []string{`{"action":"next","index":4}`, `{"action":"next","index":5}`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("control requests %q, want %q", got, want)
	}
}

// followingPage mounts a recordingPage that follows the test session, and
// returns its fake API, the page, its dispatcher and the control path.
func followingPage(t *testing.T) (*fakeAPI, *recordingPage, app.ClientDispatcher, string) {
	t.Helper()
	f := newFakeAPI()
	r := &recordingPage{}
	d := mount(t, r, "/", nil)
	act(d, r, func(ctx app.Context) { r.live.follow(ctx, r, f, testCode, "secret") })
	return f, r, d, sessionapi.SessionPath(testCode, sessionapi.Control)
}
