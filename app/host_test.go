//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

const testCode = "K7M4QX"

func newTestHost(t *testing.T, withSecret bool) (*hostPage, *fakeAPI, app.ClientDispatcher) {
	t.Helper()
	f := newFakeAPI()
	h := &hostPage{api: f}
	state := map[string]any{}
	if withSecret {
		state[hostStateKey(testCode)] = hostKey{Secret: "host-secret"}
	}
	d := mount(t, h, "/host/"+testCode, state)
	return h, f, d
}

func TestHostWithoutSecret(t *testing.T) {
	h, f, _ := newTestHost(t, false)
	got, _ := textByID(h, "problem")
	if want := "does not hold the host key for session " + testCode; !strings.Contains(got, want) {
		t.Errorf("problem = %q, want it to contain %q", got, want)
	}
	if n := len(f.calls); n != 0 {
		t.Errorf("made %d requests without a secret", n)
	}
}

func TestHostUnknownSession(t *testing.T) {
	f := newFakeAPI()
	f.reply("GET", sessionapi.SessionPath(testCode, "state"), 403, map[string]string{"error": "no session with this code accepts this key"})
	h := &hostPage{api: f}
	mount(t, h, "/host/"+testCode, map[string]any{hostStateKey(testCode): hostKey{Secret: "host-secret"}})
	got, _ := textByID(h, "problem")
	if want := "Session " + testCode + " does not accept the host key saved in this browser. It may have been removed"; !strings.Contains(got, want) {
		t.Errorf("problem = %q, want it to contain %q", got, want)
	}
}

func TestHostStates(t *testing.T) {
	qs, rs := liveQuestions()
	players := []session.PlayerStatus{
		{ID: "p1", Name: "Ada", Answered: true, Score: 1},
		{ID: "p2", Name: "Grace", Answered: true},
		{ID: "p3", Name: "Linus"},
	}
	finished := &session.Results{
		Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 2, Answers: []int{1, 0}, Asked: 2}, {ID: "p2", Name: "Grace", Score: 1, Answers: []int{0, 0}, Asked: 2}},
		Questions: []session.QuestionResult{
			{ID: "q1", Prompt: qs[0].Prompt, Options: qs[0].Options, Answer: 1, Correct: 1, Answered: 2, PercentCorrect: 50, Number: 1, Asked: 2},
			{ID: "q2", Prompt: qs[1].Prompt, Options: qs[1].Options, Answer: 0, Correct: 2, Answered: 2, PercentCorrect: 100, Number: 2, Asked: 2},
		},
	}
	tests := []struct {
		name   string
		view   session.View
		want   map[string]string // element id → text it must contain
		absent []string          // ids that must not be there
	}{
		{
			name: "empty lobby",
			view: session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1},
			want: map[string]string{"join-code": testCode, "player-count": "0 students joined", "start": "Start the quiz"},
		},
		{
			name: "lobby with students",
			view: session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 2, Players: players[:2]},
			want: map[string]string{"player-count": "2 students joined", "roster": "Ada Remove Grace Remove", "join-link": "/join?code=" + testCode},
		},
		{
			name: "question open",
			view: session.View{Phase: session.PhaseQuestion, Count: 2, Mode: session.ModeTeacher, Version: 3, Players: players,
				Question: &qs[0], Answers: &session.AnswerStats{Counts: []int{1, 1, 0, 0}, Answered: 2, Total: 3}},
			want: map[string]string{
				"counter": "Question 1 of 2", "host-h": qs[0].Prompt, "answered": "2 of 3 students answered",
				"chart": "A Paris B London C Berlin D Rome", "reveal": "Reveal the answer", "keys": "Space or to reveal the answer", /* → is drawn by CSS */
				"roster": "Ada ✓ answered Remove Grace ✓ answered Remove Linus … thinking Remove",
			},
			absent: []string{"host-evidence", "reveal-next"},
		},
		{
			name: "revealed",
			view: session.View{Phase: session.PhaseReveal, Count: 2, Mode: session.ModeTeacher, Version: 4, Players: players,
				Question: &qs[0], Reveal: &rs[0], Answers: &session.AnswerStats{Counts: []int{1, 1, 0, 0}, Answered: 2, Total: 3}},
			want: map[string]string{
				"chart":         "B London ✓ Correct answer 1 answer (50%)",
				"host-evidence": "From the story: Ada Lovelace met Charles Babbage in London in June 1833.",
				"reveal-next":   "Next question",
			},
			absent: []string{"reveal"},
		},
		{
			name: "last question revealed",
			view: session.View{Phase: session.PhaseReveal, Index: 1, Count: 2, Mode: session.ModeTeacher, Version: 5, Players: players,
				Question: &qs[1], Reveal: &rs[1], Answers: &session.AnswerStats{Counts: []int{2, 0, 0, 0}, Answered: 2, Total: 3},
				Leaderboard: []session.LeaderEntry{{Rank: 1, Name: "Ada", Score: 2}, {Rank: 2, Name: "Grace", Score: 1}}},
			want: map[string]string{"reveal-next": "Finish and show results", "leaders-h": "Leaderboard"},
		},
		{
			name: "self-paced",
			view: session.View{Phase: session.PhaseQuestion, Count: 2, Mode: session.ModeSelf, Version: 6,
				Players: []session.PlayerStatus{{ID: "p1", Name: "Ada", Index: 2, Progress: 2, Score: 2}, {ID: "p2", Name: "Grace", Index: 0}}},
			want: map[string]string{"answered": "1 of 2 students finished", "progress": "Ada ✓ Finished 2 2 Remove Grace 1 of 2 0 0 Remove"},
		},
		{
			name: "finished",
			view: session.View{Phase: session.PhaseFinished, Count: 2, Mode: session.ModeTeacher, Version: 7, Results: finished},
			want: map[string]string{
				"host-h": "Session finished", "csv": "Download results (CSV)",
				"scores":    "Ada 2 of 2 Grace 1 of 2",
				"questions": "1 " + qs[0].Prompt + " London 50% (1 of 2 right) 2 " + qs[1].Prompt + " The Analytical Engine 100% (2 of 2 right)",
			},
		},
	}
	h, f, d := newTestHost(t, true)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.push(d, tt.view)
			checkShown(t, h, tt.want, tt.absent)
		})
	}
	if doc := app.HTMLString(h); strings.Contains(doc, "host-secret") {
		t.Errorf("the page puts the host secret where the browser's history or a screen could keep it")
	}
	// The download asks with the secret in a header; a refusal is shown.
	path := "/api/sessions/" + testCode + "/results.csv"
	f.reply("GET", path, 403, map[string]string{"error": "refused"})
	act(d, h, func(ctx app.Context) { h.downloadCSV(ctx, app.Event{Value: app.Undefined()}) })
	if calls := f.callsTo("GET", path); len(calls) != 1 || calls[0].Secret != "host-secret" {
		t.Errorf("CSV requests = %+v, want one with the host secret as its credential", calls)
	}
	if got, _ := textByID(h, "host-notice"); !strings.Contains(got, "could not be downloaded: refused") {
		t.Errorf("after a refused download the notice says %q", got)
	}
}

func TestHostStaleViewIgnored(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 5, Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}}})
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 4})
	if got, _ := textByID(h, "player-count"); got != "1 student joined" {
		t.Errorf("after a stale view player-count = %q, want 1 student joined", got)
	}
}

func TestHostControls(t *testing.T) {
	h, f, d := newTestHost(t, true)
	lobby := session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}, {ID: "p2", Name: "Grace"}}}
	f.push(d, lobby)
	started := lobby
	started.Phase, started.Version = session.PhaseQuestion, 2
	qs, _ := liveQuestions()
	started.Question = &qs[0]
	f.reply("POST", sessionapi.SessionPath(testCode, "control"), 200, started)

	tests := []struct {
		name     string
		do       func(ctx app.Context)
		wantBody string
	}{
		{"remove a student", func(ctx app.Context) { h.control(ctx, "kick", "p2", "") }, `{"action":"kick","playerId":"p2"}`},
		{"start", func(ctx app.Context) { h.control(ctx, "start", "", "") }, `{"action":"start"}`},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			act(d, h, tt.do)
			calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
			if len(calls) != i+1 {
				t.Fatalf("%d control calls, want %d", len(calls), i+1)
			}
			if got := calls[i]; got.Body != tt.wantBody || got.Secret != "host-secret" {
				t.Errorf("call = %+v, want body %s with the host secret", got, tt.wantBody)
			}
		})
	}
	if got, _ := textByID(h, "counter"); got != "Question 1 of 2" {
		t.Errorf("after start counter = %q", got)
	}

	// Next names the question this dashboard shows; when another tab moved
	// on first, the server's current view replaces this one, with a word why.
	moved := started
	moved.Index, moved.Version, moved.Question = 1, 9, &qs[1]
	f.reply("POST", sessionapi.SessionPath(testCode, "control"), 409, sessionapi.Error{Message: "stale", Code: sessionapi.ErrStale, View: &moved})
	act(d, h, func(ctx app.Context) { h.control(ctx, sessionapi.ActionNext, "", "") })
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
	if got, want := calls[len(calls)-1].Body, `{"action":"next","index":0}`; got != want {
		t.Errorf("next sent %s, want %s", got, want)
	}
	if got, _ := textByID(h, "counter"); got != "Question 2 of 2" {
		t.Errorf("after a stale next counter = %q, want the server's current question", got)
	}
	if got, _ := textByID(h, "host-notice"); !strings.Contains(got, "already moved on") {
		t.Errorf("after a stale next the notice says %q", got)
	}
}

func TestHostSetupCreates(t *testing.T) {
	f := newFakeAPI()
	f.reply("POST", "/api/sessions", 201, map[string]string{"code": testCode, "hostSecret": "s3cret"})
	s := &hostPage{api: f}
	d := mount(t, s, "/host", nil)
	act(d, s, func(ctx app.Context) {
		s.req.Mode, s.req.TimeLimitSeconds, s.req.Leaderboard = session.ModeSelf, 30, true
		s.create(ctx, app.Event{Value: app.Undefined()})
	})
	calls := f.callsTo("POST", "/api/sessions")
	if len(calls) != 1 {
		t.Fatalf("%d create calls, want 1", len(calls))
	}
	if got, want := calls[0].Body, `{"story":"trump-lavrov-oval-office","mode":"self","timeLimitSeconds":30,"leaderboard":true}`; got != want {
		t.Errorf("create body = %s, want %s", got, want)
	}
	var k hostKey
	act(d, s, func(ctx app.Context) { k = load[hostKey](ctx, hostStateKey(testCode)) })
	if k.Secret != "s3cret" {
		t.Errorf("kept host secret = %q, want s3cret", k.Secret)
	}
}

func TestOnlyThisComputer(t *testing.T) {
	tests := []struct {
		link string
		want bool
	}{
		{"http://127.0.0.1:8000/join?code=ABCDEF", true},
		{"http://localhost:8000/join", true},
		{"http://[::1]:8000/join", true},
		{"http://192.168.1.20:8000/join?code=ABCDEF", false},
		{"https://quiz.school.example/join", false},
		{"::not a url", false},
	}
	for _, tt := range tests {
		if got := onlyThisComputer(tt.link); got != tt.want {
			t.Errorf("onlyThisComputer(%q) = %v, want %v", tt.link, got, tt.want)
		}
	}
}

// TestLoopbackWarning tells a teacher whose join link only works on this
// computer how to start the program so that students can reach it.
func TestLoopbackWarning(t *testing.T) {
	tests := []struct {
		link string
		want string // "" for no warning
	}{
		{"http://127.0.0.1:8000/join?code=K7M4QX", "Start Storyquiz with storyquiz serve -addr 0.0.0.0:8000 and open it here by this computer's network address"},
		{"http://192.168.1.20:8000/join?code=K7M4QX", ""},
	}
	for _, tt := range tests {
		got, shown := textByID(app.Div().Body(loopbackWarning(tt.link)), "loopback-warning")
		if shown != (tt.want != "") || !strings.Contains(got, tt.want) {
			t.Errorf("warning for %s = %q (shown %v), want %q", tt.link, got, shown, tt.want)
		}
		if strings.Contains(got, "make run") {
			t.Errorf("warning for %s tells teachers to run a developer command: %q", tt.link, got)
		}
	}
}

// TestHostBackToSetup leaves a dashboard for the setup ("Host another
// session"), which the same component shows: the setup starts afresh and
// the session's stream is closed.
func TestHostBackToSetup(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Mode: session.ModeTeacher, Version: 1, Results: &session.Results{}})
	checkShown(t, h, map[string]string{"host-h": "Session finished"}, []string{"setup-h"})
	u, _ := url.Parse("/host")
	d.Nav(u)
	d.Consume()
	checkShown(t, h, map[string]string{"setup-h": "Host a live session", "create": "Create the session"}, []string{"host-h"})
	if h.live.cancel != nil || h.live.view != nil || h.stopKeys != nil {
		t.Error("the setup still follows the session it left")
	}
	if h.req.Story == "" || h.req.Mode != session.ModeTeacher {
		t.Errorf("the setup's form is %+v, want the defaults", h.req)
	}
}
