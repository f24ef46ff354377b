//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

var testSeat = playerKey{ID: "p1", Secret: "player-secret", Name: "Ada"}

func newTestPlay(t *testing.T, seat playerKey, f *fakeAPI) (*playPage, app.ClientDispatcher) {
	t.Helper()
	p := &playPage{api: f}
	d := mount(t, p, "/play/"+testCode, map[string]any{playerStateKey(testCode): seat})
	return p, d
}

func TestPlayStates(t *testing.T) {
	qs, rs := liveQuestions()
	you := func(answer *int, correct *bool, score int) *session.You {
		return &session.You{ID: "p1", Name: "Ada", Answer: answer, Correct: correct, Score: score}
	}
	tests := []struct {
		name   string
		view   session.View
		want   map[string]string
		absent []string
	}{
		{
			name: "lobby",
			view: session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, You: you(nil, nil, 0)},
			want: map[string]string{"prompt": "You're in, Ada!", "status": "Waiting for your teacher to start…"},
		},
		{
			name:   "question",
			view:   session.View{Phase: session.PhaseQuestion, Count: 2, Version: 2, Question: &qs[0], You: you(nil, nil, 0)},
			want:   map[string]string{"counter": "Question 1 of 2", "prompt": qs[0].Prompt, "option-1": "B London", "answer-status": ""},
			absent: []string{"feedback"},
		},
		{
			name: "answer locked in",
			view: session.View{Phase: session.PhaseQuestion, Count: 2, Version: 3, Question: &qs[0], You: you(intp(0), nil, 0)},
			want: map[string]string{"answer-status": "Answer locked in. Waiting for the reveal…", "option-0": "A Paris ● Your answer"},
		},
		{
			name: "revealed wrong",
			view: session.View{Phase: session.PhaseReveal, Count: 2, Version: 4, Question: &qs[0], Reveal: &rs[0], You: you(intp(0), boolp(false), 0)},
			want: map[string]string{
				"feedback": "Not quite — the answer is London. From the story: Ada Lovelace met Charles Babbage in London in June 1833.",
				"option-1": "London ✓ Correct answer", "option-0": "Paris ✗ Your answer", "my-score": "Your score: 0 points",
			},
		},
		{
			name: "second question right",
			view: session.View{Phase: session.PhaseReveal, Index: 1, Count: 2, Version: 6, Question: &qs[1], Reveal: &rs[1], You: you(intp(0), boolp(true), 1)},
			want: map[string]string{"feedback": "Correct", "my-score": "Your score: 1 point"},
		},
		{
			name: "finished",
			view: session.View{Phase: session.PhaseFinished, Count: 2, Version: 7, You: you(nil, nil, 1), Results: &session.Results{
				Players: []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 1, Answers: []int{0, 0}, Asked: 2}},
				Questions: []session.QuestionResult{
					{ID: "q1", Prompt: qs[0].Prompt, Options: qs[0].Options, Answer: 1, Evidence: rs[0].Evidence},
					{ID: "q2", Prompt: qs[1].Prompt, Options: qs[1].Options, Answer: 0, Evidence: rs[1].Evidence},
				}}},
			want: map[string]string{"score": "You scored 1 of 2"},
		},
	}
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.push(d, tt.view)
			checkShown(t, p, tt.want, tt.absent)
		})
	}
}

// TestPlayAnswerOffline answers without a connection: the answer is kept,
// the student is told, and it is sent again once the stream is back.
func TestPlayAnswerOffline(t *testing.T) {
	qs, _ := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	open := session.View{Phase: session.PhaseQuestion, Count: 2, Version: 2, Question: &qs[0], You: &session.You{ID: "p1", Name: "Ada"}}
	f.push(d, open)
	answers := sessionapi.SessionPath(testCode, "answers")

	act(d, p, func(ctx app.Context) { p.pick(ctx, 1) })
	if got, _ := textByID(p, "answer-status"); got != "Sending your answer…" {
		t.Errorf("status = %q, want Sending your answer…", got)
	}
	if got, _ := textByID(p, "play-notice"); !strings.Contains(got, "You seem to be offline") {
		t.Errorf("notice = %q, want the offline message", got)
	}
	var saved playerKey
	act(d, p, func(ctx app.Context) { saved = load[playerKey](ctx, playerStateKey(testCode)) })
	if saved.Pending == nil || *saved.Pending != (pendingAnswer{QuestionID: "q1", Choice: 1}) {
		t.Fatalf("saved pending answer = %+v, want q1/1", saved.Pending)
	}
	// A second click while the first answer is pending changes nothing.
	act(d, p, func(ctx app.Context) { p.pick(ctx, 2) })

	accepted := open
	accepted.Version, accepted.You = 3, &session.You{ID: "p1", Name: "Ada", Answer: intp(1)}
	f.reply("POST", answers, 200, accepted)
	f.onState(streamRetrying, "")
	f.onState(streamOpen, "")
	d.Consume()

	calls := f.callsTo("POST", answers)
	if len(calls) < 2 {
		t.Fatalf("%d answer requests, want the answer sent again", len(calls))
	}
	for _, c := range calls {
		if c.Body != `{"questionId":"q1","choice":1}` || c.Secret != testSeat.Secret {
			t.Errorf("answer request = %+v, want q1/1 with the player secret", c)
		}
	}
	if got, _ := textByID(p, "answer-status"); !strings.Contains(got, "Answer locked in") {
		t.Errorf("status = %q, want Answer locked in", got)
	}
	if got, _ := textByID(p, "play-notice"); got != "" {
		t.Errorf("after the answer was taken the notice still says %q", got)
	}
	act(d, p, func(ctx app.Context) { saved = load[playerKey](ctx, playerStateKey(testCode)) })
	if saved.Pending != nil {
		t.Errorf("pending answer kept after it was accepted: %+v", saved.Pending)
	}
}

// TestPlayResumesPendingAnswer reloads with an unsent answer in storage:
// it is sent at once.
func TestPlayResumesPendingAnswer(t *testing.T) {
	f := newFakeAPI()
	f.reply("POST", sessionapi.SessionPath(testCode, "answers"), 200, session.View{Phase: session.PhaseQuestion, Version: 9})
	seat := testSeat
	seat.Pending = &pendingAnswer{QuestionID: "q2", Choice: 3}
	newTestPlay(t, seat, f)
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "answers"))
	if len(calls) != 1 || calls[0].Body != `{"questionId":"q2","choice":3}` {
		t.Errorf("answer requests after reload = %+v, want one for q2/3", calls)
	}
}

func TestPlayRefused(t *testing.T) {
	tests := []struct {
		name   string
		status int
		want   string
	}{
		{"removed or unknown", 403, "You are no longer in session K7M4QX: your teacher may have removed you, or the session has ended"},
		{"route gone", 404, "You are no longer in session K7M4QX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			f.reply("GET", sessionapi.SessionPath(testCode, "state"), tt.status, map[string]string{"error": "refused"})
			p, d := newTestPlay(t, testSeat, f)
			if got, _ := textByID(p, "problem"); !strings.Contains(got, tt.want) {
				t.Errorf("problem = %q, want it to contain %q", got, tt.want)
			}
			var k playerKey
			act(d, p, func(ctx app.Context) { k = load[playerKey](ctx, playerStateKey(testCode)) })
			if k.Secret != "" {
				t.Errorf("the seat is still kept after %d", tt.status)
			}
		})
	}
}

func TestPlayReconnectingBanner(t *testing.T) {
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 1})
	f.onState(streamRetrying, "")
	d.Consume()
	if got, _ := textByID(p, "conn"); !strings.HasPrefix(got, "Reconnecting…") {
		t.Errorf("banner = %q, want Reconnecting…", got)
	}
	f.onState(streamOpen, "")
	d.Consume()
	if got, _ := textByID(p, "conn"); got != "" {
		t.Errorf("banner after reconnect = %q, want none", got)
	}
}

// TestPlayNextNamesItsQuestion: a self-paced student's Next names the
// question they are moving on from, so that two quick taps on two
// questions both count; when the session has moved on already (another
// tab), the page shows where it is instead of an error.
func TestPlayNextNamesItsQuestion(t *testing.T) {
	qs, rs := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	revealed := session.View{Phase: session.PhaseReveal, Mode: session.ModeSelf, Index: 0, Count: 2, Version: 4, Question: &qs[0], Reveal: &rs[0],
		You: &session.You{ID: "p1", Name: "Ada", Answer: intp(1), Correct: boolp(true), Score: 1}}
	f.push(d, revealed)
	control := sessionapi.SessionPath(testCode, sessionapi.Control)
	moved := session.View{Phase: session.PhaseQuestion, Mode: session.ModeSelf, Index: 1, Count: 2, Version: 6, Question: &qs[1], You: &session.You{ID: "p1", Name: "Ada", Score: 1}}
	f.reply("POST", control, 409, sessionapi.Error{Message: "stale", Code: sessionapi.ErrStale, View: &moved})
	act(d, p, func(ctx app.Context) { p.nextQuestion(ctx, app.Event{}) })
	calls := f.callsTo("POST", control)
	if len(calls) != 1 || calls[0].Body != `{"action":"next","index":0}` {
		t.Fatalf("control requests %+v, want one Next for question 0", calls)
	}
	if got, _ := textByID(p, "counter"); got != "Question 2 of 2" {
		t.Errorf("counter = %q, want the question the session moved on to", got)
	}
	if got, _ := textByID(p, "play-notice"); got != "" {
		t.Errorf("notice = %q, want none", got)
	}
}
