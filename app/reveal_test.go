//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// TestPlayReveal checks what a student's phone shows after the reveal: the
// screen's colour, "+1 · you are 4th of 27" with the place even outside
// the leaderboard, one verdict for an unanswered question, and the
// paragraph around the source sentence for a wrong answer.
func TestPlayReveal(t *testing.T) {
	qs, rs := liveQuestions()
	rs[0].Paragraph = []string{rs[0].Evidence.Text, "Babbage designed the Analytical Engine."}
	you := func(answer *int, correct *bool, rank, tied int) *session.You {
		return &session.You{ID: "p1", Name: "Ada", Answer: answer, Correct: correct, Rank: rank, Tied: tied, Players: 27}
	}
	tests := []struct {
		name      string
		you       *session.You
		class     string
		want      map[string]string
		absent    []string
		forbidden string
	}{
		{"right", you(intp(1), boolp(true), 4, 1), "play won",
			map[string]string{"outcome": "+1 · you are 4th of 27", "feedback": "Correct"}, []string{"paragraph"}, ""},
		{"right, shared place", you(intp(1), boolp(true), 1, 10), "play won",
			map[string]string{"outcome": "+1 · you are joint 1st of 27"}, nil, ""},
		{"wrong, outside the top ten", you(intp(0), boolp(false), 12, 1), "play lost",
			map[string]string{"outcome": "+0 · you are 12th of 27", "feedback": "Not quite — the answer is London.",
				"paragraph": "Read the paragraph around it"}, nil, ""},
		{"no answer", you(nil, nil, 12, 1), "play lost",
			map[string]string{"feedback": "You did not answer — the answer is London."}, nil, "Not quite"},
		{"no leaderboard", &session.You{ID: "p1", Name: "Ada", Answer: intp(1), Correct: boolp(true)}, "play won",
			map[string]string{"outcome": "+1"}, nil, "you are"},
	}
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f.push(d, session.View{Phase: session.PhaseReveal, Count: 2, Version: uint64(10 + i), Question: &qs[0], Reveal: &rs[0], You: tt.you})
			checkShown(t, p, tt.want, tt.absent)
			doc := app.HTMLString(p)
			if !strings.Contains(doc, `class="`+tt.class+`"`) {
				t.Errorf("the page is not %q", tt.class)
			}
			if tt.forbidden != "" && strings.Contains(doc, tt.forbidden) {
				t.Errorf("the page says %q", tt.forbidden)
			}
		})
	}
}

// TestPlayLockedOptions checks that once an answer is locked in the options
// are marked locked, so the others stop looking tappable.
// TestPlayParagraph opens the paragraph around the source sentence after
// a wrong answer, and closes it again.
func TestPlayParagraph(t *testing.T) {
	qs, rs := liveQuestions()
	rs[0].Paragraph = []string{rs[0].Evidence.Text, "Babbage designed the Analytical Engine."}
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	f.push(d, session.View{Phase: session.PhaseReveal, Count: 2, Version: 5, Question: &qs[0], Reveal: &rs[0],
		You: &session.You{ID: "p1", Name: "Ada", Answer: intp(0), Correct: boolp(false)}})
	for _, want := range []string{
		"Hide the paragraph Ada Lovelace met Charles Babbage in London in June 1833. Babbage designed the Analytical Engine.",
		"Read the paragraph around it",
	} {
		act(d, p, func(app.Context) { p.context = !p.context })
		if got, _ := textByID(p, "paragraph"); got != want {
			t.Errorf("paragraph = %q, want %q", got, want)
		}
	}
}

func TestPlayLockedOptions(t *testing.T) {
	qs, _ := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	open := session.View{Phase: session.PhaseQuestion, Count: 2, Version: 2, Question: &qs[0], You: &session.You{ID: "p1", Name: "Ada"}}
	f.push(d, open)
	if strings.Contains(app.HTMLString(p), "options locked") {
		t.Error("the options look locked before an answer")
	}
	open.Version, open.You = 3, &session.You{ID: "p1", Name: "Ada", Answer: intp(1)}
	f.push(d, open)
	if !strings.Contains(app.HTMLString(p), `class="options locked"`) {
		t.Error("the options do not look locked after the answer")
	}
}

// TestPlayEndedEarly shows a student the score out of the questions asked.
func TestPlayEndedEarly(t *testing.T) {
	qs, rs := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	f.push(d, session.View{Phase: session.PhaseFinished, Count: 2, Version: 7,
		You: &session.You{ID: "p1", Name: "Ada", Score: 1, Rank: 2, Tied: 3, Players: 27},
		Results: &session.Results{
			Players:   []session.PlayerResult{{ID: "p1", Name: "Ada", Score: 1, Answers: []int{1}, Asked: 1}},
			Questions: []session.QuestionResult{{ID: "q1", Prompt: qs[0].Prompt, Options: qs[0].Options, Answer: 1, Evidence: rs[0].Evidence, Number: 1, Asked: 1}},
		}})
	checkShown(t, p, map[string]string{"score": "You scored 1 of 1", "place": "You came joint 2nd of 27"}, nil)
	if strings.Contains(app.HTMLString(p), qs[1].Prompt) {
		t.Error("the review shows a question that was not asked")
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestLeaderboardTies shows a tie as one line with its size, even when the
// list holds only some of the students who share the place.
func TestLeaderboardTies(t *testing.T) {
	var entries []session.LeaderEntry
	for _, n := range []string{"Ada", "Ben", "Cy"} {
		entries = append(entries, session.LeaderEntry{Rank: 1, Name: n, Score: 3, Shared: 10})
	}
	entries = append(entries, session.LeaderEntry{Rank: 11, Name: "Dee", Score: 2})
	got, _ := textByID(app.Div().Body(leaderboardList(entries)), "leaders-h")
	if got != "Leaderboard" {
		t.Fatalf("heading = %q", got)
	}
	doc := strings.Join(strings.Fields(tagRE.ReplaceAllString(app.HTMLString(leaderboardList(entries)), " ")), " ")
	want := "Joint 1st · 10 students Ada, Ben, Cy and 7 more 3 points 11th Dee 2 points"
	if !strings.Contains(doc, want) {
		t.Errorf("leaderboard = %q, want it to contain %q", doc, want)
	}
}

// TestPlayOfflineNoticeClears answers while the answer request fails, then
// gets the confirmation by the stream: "offline" must not stay on screen
// beside "Answer locked in".
func TestPlayOfflineNoticeClears(t *testing.T) {
	qs, _ := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	open := session.View{Phase: session.PhaseQuestion, Count: 2, Version: 2, Question: &qs[0], You: &session.You{ID: "p1", Name: "Ada"}}
	f.push(d, open)
	act(d, p, func(ctx app.Context) { p.pick(ctx, 1) })
	if got, _ := textByID(p, "play-notice"); !strings.Contains(got, "offline") {
		t.Fatalf("notice = %q, want the offline message", got)
	}
	open.Version, open.You = 3, &session.You{ID: "p1", Name: "Ada", Answer: intp(1)}
	f.push(d, open)
	checkShown(t, p, map[string]string{"answer-status": "Answer locked in", "play-notice": ""}, nil)
	if got, _ := textByID(p, "play-notice"); got != "" {
		t.Errorf("after the stream confirmed the answer the notice says %q", got)
	}
}
