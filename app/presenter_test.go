//go:build !wasm

package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// questionView is a teacher-paced view of the first test question with
// Ada and Grace answered and Linus not.
func questionView(phase session.Phase, version uint64) session.View {
	qs, rs := liveQuestions()
	v := session.View{Phase: phase, Count: 2, Mode: session.ModeTeacher, Version: version, Question: &qs[0],
		Players: []session.PlayerStatus{{ID: "p1", Name: "Ada", Answered: true}, {ID: "p2", Name: "Grace", Answered: true}, {ID: "p3", Name: "Linus"}},
		Answers: &session.AnswerStats{Counts: []int{1, 1, 0, 0}, Answered: 2, Total: 3}}
	if phase == session.PhaseReveal {
		v.Reveal = &rs[0]
	}
	return v
}

// TestPresenterSpreadAndPanel hides the answer counts until the reveal
// unless the teacher shows them, and hides the teacher's controls (End,
// Remove, who is still thinking) from the shared screen on request.
func TestPresenterSpreadAndPanel(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, questionView(session.PhaseQuestion, 3))
	steps := []struct {
		name   string
		do     func()
		want   map[string]string
		absent []string
	}{
		{"counts hidden", func() {}, map[string]string{"chart": "A Paris B London", "answered": "2 of 3 students answered", "spread": "Show the answers so far"}, nil},
		{"counts shown", func() { h.spread = true }, map[string]string{"chart": "A Paris 1 answer (50%)", "spread": "Hide the answers so far"}, nil},
		{"panel hidden", func() { h.panelHidden = true }, map[string]string{"panel-toggle": "Show teacher controls", "host-h": "Where did"}, []string{"end", "roster", "spread"}},
		{"panel back", func() { h.panelHidden = false }, map[string]string{"roster": "Linus … thinking", "end": "End the session"}, nil},
	}
	for _, st := range steps {
		act(d, h, func(app.Context) { st.do() })
		t.Run(st.name, func(t *testing.T) { checkShown(t, h, st.want, st.absent) })
	}
	// A new question hides the counts again.
	next := questionView(session.PhaseQuestion, 5)
	next.Index = 1
	f.push(d, next)
	if h.spread {
		t.Error("the answer counts stay shown on the next question")
	}
}

// TestPresenterReveal shows after the reveal who did not answer as "no
// answer", not as still thinking, and the keys that move on.
func TestPresenterReveal(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, questionView(session.PhaseReveal, 4))
	checkShown(t, h, map[string]string{
		"roster": "Linus – no answer", "keys": "Space or to move on" /* → is drawn by CSS */, "chart": "B London ✓ Correct answer 1 answer (50%)",
	}, []string{"spread"})
	if got, _ := textByID(h, "roster"); strings.Contains(got, "thinking") {
		t.Errorf("after the reveal the roster says %q", got)
	}
}

// TestPresenterKeys checks that the key (Space, → or a clicker's Page Down)
// reveals an open question and moves on from a revealed one.
func TestPresenterKeys(t *testing.T) {
	tests := []struct {
		phase session.Phase
		want  string
	}{
		{session.PhaseQuestion, `{"action":"reveal","index":0}`},
		{session.PhaseReveal, `{"action":"next","index":0}`},
	}
	for _, tt := range tests {
		h, f, d := newTestHost(t, true)
		f.push(d, questionView(tt.phase, 4))
		act(d, h, func(ctx app.Context) { h.advance(ctx, h.live.view) })
		calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
		if len(calls) == 0 || calls[0].Body != tt.want {
			t.Errorf("%s: the key sent %+v, want %s", tt.phase, calls, tt.want)
		}
	}
}

// TestHostActionRetried presses Reveal and then Remove while the server is
// unreachable: both are kept, the page says so, and when the connection is
// back they are sent again in the order pressed; the message then goes.
func TestHostActionRetried(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, questionView(session.PhaseQuestion, 4))
	control := sessionapi.SessionPath(testCode, "control")
	act(d, h, func(ctx app.Context) { h.control(ctx, sessionapi.ActionReveal, "", "") })
	act(d, h, func(ctx app.Context) { h.control(ctx, sessionapi.ActionReveal, "", "") }) // a second press
	act(d, h, func(ctx app.Context) { h.control(ctx, sessionapi.ActionKick, "p3", "") })
	if got, _ := textByID(h, "conn"); !strings.Contains(got, "can't be reached") {
		t.Errorf("while unreachable the banner says %q", got)
	}
	if got, _ := textByID(h, "host-notice"); got != "" {
		t.Errorf("while unreachable the notice says %q; the banner says it", got)
	}
	f.reply("POST", control, 200, questionView(session.PhaseReveal, 6))
	f.onState(streamRetrying, "")
	f.onState(streamOpen, "")
	d.Consume()
	var bodies []string
	for _, c := range f.callsTo("POST", control) {
		if len(bodies) == 0 || bodies[len(bodies)-1] != c.Body {
			bodies = append(bodies, c.Body)
		}
	}
	want := []string{`{"action":"reveal","index":0}`, `{"action":"kick","playerId":"p3"}`}
	if strings.Join(bodies, " ") != strings.Join(want, " ") {
		t.Errorf("control requests in order = %v, want %v (each possibly repeated)", bodies, want)
	}
	if got, _ := textByID(h, "conn"); got != "" {
		t.Errorf("after recovery the banner says %q", got)
	}
	if !hasID(h, "reveal-next") {
		t.Error("the reveal sent again did not show")
	}
}

// TestHostEndedEarly shows the results of a session ended after one of two
// questions: scored out of one, the other question nowhere, no Remove.
func TestHostEndedEarly(t *testing.T) {
	qs, rs := liveQuestions()
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Version: 9, Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}},
		Leaderboard: []session.LeaderEntry{{Rank: 1, Name: "Ada", Score: 1, Shared: 2}, {Rank: 1, Name: "Grace", Score: 1, Shared: 2}, {Rank: 3, Name: "Linus"}},
		Results: &session.Results{
			Players:   []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 1, Answers: []int{1}, Asked: 1}},
			Questions: []session.QuestionResult{{ID: "q1", Prompt: qs[0].Prompt, Options: qs[0].Options, Answer: 1, Evidence: rs[0].Evidence, Correct: 1, Answered: 1, Asked: 1, PercentCorrect: 100, Number: 1}},
		}})
	checkShown(t, h, map[string]string{
		"took-part": "1 student took part · 1 of 2 questions asked",
		"scores":    "Ada 1 of 1",
		"podium":    "Joint 1st · 2 students Ada, Grace 1 point 3rd Linus 0 points",
	}, []string{"roster", "end"})
	if doc := app.HTMLString(h); strings.Contains(doc, qs[1].Prompt) || strings.Contains(doc, ">Remove<") {
		t.Errorf("the results show the unasked question or a Remove button")
	}
}

// TestSelfPacedEndConfirms asks before ending a self-paced session while a
// student is still working, as teacher-paced does.
func TestSelfPacedEndConfirms(t *testing.T) {
	tests := []struct {
		players []session.PlayerStatus
		want    bool
	}{
		{[]session.PlayerStatus{{ID: "p1", Name: "Ada", Index: 2}, {ID: "p2", Name: "Grace", Index: 1}}, true},
		{[]session.PlayerStatus{{ID: "p1", Name: "Ada", Index: 2}}, false},
	}
	for _, tt := range tests {
		v := &session.View{Phase: session.PhaseQuestion, Mode: session.ModeSelf, Count: 2, Players: tt.players}
		if got := unfinished(v); got != tt.want {
			t.Errorf("unfinished(%+v) = %v, want %v", tt.players, got, tt.want)
		}
	}
}

// TestHostExtraTime offers extra time per student in a timed session (and
// not in an untimed one) and sends the teacher's choice.
func TestHostExtraTime(t *testing.T) {
	h, f, d := newTestHost(t, true)
	lobby := session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, TimeLimitSeconds: 30,
		Players: []session.PlayerStatus{{ID: "p1", Name: "Ada", Extra: session.ExtraDouble}, {ID: "p2", Name: "Grace"}}}
	f.push(d, lobby)
	act(d, h, func(app.Context) { h.supportOpen = true })
	doc := app.HTMLString(h)
	for _, want := range []string{`aria-label="Time for Ada"`, `aria-label="Time for Grace"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("the roster lacks %s", want)
		}
	}
	// The renderer writes an element's attributes in no fixed order, so the
	// option is found by its value and then checked for "selected".
	if !optionSelected(doc, "x2") {
		t.Errorf("the roster has no selected option x2 for Ada: %s", doc)
	}
	act(d, h, func(ctx app.Context) { h.accommodate(ctx, "p2", session.ExtraUntimed, false, false) })
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
	if len(calls) == 0 || calls[0].Body != `{"action":"accommodate","playerId":"p2","extra":"untimed"}` {
		t.Errorf("control requests = %+v, want Grace untimed", calls)
	}
	lobby.Version, lobby.TimeLimitSeconds = 2, 0
	f.push(d, lobby)
	if strings.Contains(app.HTMLString(h), "Time for Ada") {
		t.Error("extra time is offered in an untimed session")
	}
}

// optionSelected reports an <option> with the given value that is
// selected, whatever the order of its attributes.
func optionSelected(doc, value string) bool {
	for _, tag := range regexp.MustCompile(`<option[^>]*>`).FindAllString(doc, -1) {
		if strings.Contains(tag, `value="`+value+`"`) && regexp.MustCompile(`\sselected(\s|>|=)`).MatchString(tag) {
			return true
		}
	}
	return false
}
