//go:build !wasm

package main

import (
	"encoding/csv"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/printout"
	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/itemstats"
	"storyquiz/quiz/session"
)

// tenStudents answer testQuiz's two questions (keys B and A). Their totals
// are 2 2 2 1 1 1 1 0 0 0: the top group is the first three, the bottom
// the last three. For question 1 by hand: x = 1 1 1 1 1 0 0 0 0 0, the rest
// scores R = 1 1 1 0 0 1 1 0 0 0, ΣxR = 3, so (3 − 10·0.5·0.5) / √(2.5·2.5)
// = 0.2; question 2 is the mirror image, also 0.2.
var tenStudents = [][]int{{1, 0}, {1, 0}, {1, 0}, {1, 1}, {1, -1}, {0, 0}, {0, 0}, {2, 1}, {0, 2}, {-1, 1}}

// finishedView is testQuiz's session finished with students answering as given.
func finishedView(answers [][]int) session.View {
	q := testQuiz(1)
	res := &session.Results{Players: []session.PlayerResult{}}
	for i, a := range answers {
		score := 0
		for j, c := range a {
			if c == q.Questions[j].Answer {
				score++
			}
		}
		res.Players = append(res.Players, session.PlayerResult{ID: "p" + string(rune('a'+i)), Name: names[i], Score: score, Answers: a, Asked: len(a)})
	}
	for i, qu := range q.Questions {
		res.Questions = append(res.Questions, session.QuestionResult{ID: qu.ID, Prompt: qu.Prompt, Options: qu.Options, Answer: qu.Answer,
			Evidence: qu.Evidence, Number: i + 1, Asked: len(answers)})
	}
	return session.View{Phase: session.PhaseFinished, Count: 2, Title: q.Title, Version: 9, Results: res}
}

// ptr returns a pointer to v.
func ptr[T any](v T) *T { return &v }

var names = []string{"Ada", "Grace", "Linus", "Alan", "Barbara", "Edsger", "Frances", "Dennis", "Ken", "Margaret"}

// mountFinished mounts page c (one of the pages after a session) at path,
// with the host key kept. The fake server answers as the real one does:
// with the page app/printout makes from view when the session has
// finished, a 409 when it has not, and nothing when view is nil.
func mountFinished(t *testing.T, c app.Composer, f *fakeAPI, path string, view *session.View) {
	t.Helper()
	u, _ := url.Parse(path)
	kind, _, _ := strings.Cut(strings.TrimPrefix(u.Path, "/"), "/")
	api := sessionapi.SessionPath(testCode, kind)
	if u.RawQuery != "" {
		api += "?" + u.RawQuery
	}
	switch {
	case view == nil:
	case view.Phase != session.PhaseFinished:
		f.reply("GET", api, 409, sessionapi.Error{Code: sessionapi.ErrConflict, Message: "the session has not finished yet: its results appear here once it ends"})
	case kind == "results":
		f.reply("GET", api, 200, printout.Results(view, testCode))
	case kind == "reports":
		f.reply("GET", api, 200, printout.Reports(view, testCode, u.Query().Get("student")))
	}
	mount(t, c, path, map[string]any{hostStateKey(testCode): hostKey{Secret: "host-secret"}})
}

func TestResultsPage(t *testing.T) {
	tests := []struct {
		name   string
		view   *session.View
		want   map[string]string
		absent []string
	}{
		{
			name: "ten students", view: ptr(finishedView(tenStudents)),
			want: map[string]string{
				"results-h":    "Item analysis",
				"item-1-h":     "Question 1. Where did Ada Lovelace meet Charles Babbage?",
				"item-1":       "Right: 5 of 10 (50%) · Wrong: 4 · Unanswered: 1 · Discrimination: 0.20",
				"item-1-chart": "A Paris 3 students (30%) · top: 0 of 3 · bottom: 1 of 3",
				"item-1-flags": "This option fooled nobody: D “Rome”",
				"item-2":       "From the story: Babbage designed the Analytical Engine",
			},
			absent: []string{"counts-only", "problem"},
		},
		{
			name: "right answer in words", view: ptr(finishedView(tenStudents)),
			want: map[string]string{"item-1-chart": "B London ✓ Right answer 5 students (50%) · top: 3 of 3 · bottom: 0 of 3"},
		},
		{
			name: "unanswered apart", view: ptr(finishedView(tenStudents)),
			want: map[string]string{"item-1-chart": "No answer 1 student (10%) · top: 0 of 3 · bottom: 1 of 3"},
		},
		{
			name: "three students: counts only", view: ptr(finishedView(tenStudents[:3])),
			want: map[string]string{
				"counts-only":  "Fewer than 10 students took part, so only counts are shown",
				"item-1":       "Right: 3 of 3 · Wrong: 0 · Unanswered: 0",
				"item-1-chart": "B London ✓ Right answer 3 students",
			},
			absent: []string{"item-1-flags"},
		},
		{
			name: "not finished", view: &session.View{Phase: session.PhaseQuestion, Count: 2, Version: 3},
			want: map[string]string{"problem": "The results of session " + testCode + " could not be loaded: the session has not finished yet"},
		},
		{
			name: "refused", view: nil,
			want: map[string]string{"problem": "could not be loaded"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			p := &afterPage{api: f}
			mountFinished(t, p, f, "/results/"+testCode, tt.view)
			checkShown(t, p, tt.want, tt.absent)
			if calls := f.callsTo("GET", sessionapi.SessionPath(testCode, sessionapi.ResultsPage)); len(calls) != 1 || calls[0].Secret != "host-secret" {
				t.Errorf("requests for the page = %+v, want one with the host secret", calls)
			}
			if strings.Contains(app.HTMLString(p), "host-secret") {
				t.Error("the page shows the host secret")
			}
		})
	}
}

func TestResultsWithoutHostKey(t *testing.T) {
	f := newFakeAPI()
	p := &afterPage{api: f}
	mount(t, p, "/results/"+testCode, nil)
	checkShown(t, p, map[string]string{"problem": "does not hold the host key for session " + testCode}, nil)
	if len(f.calls) != 0 {
		t.Errorf("made %d requests without a host key", len(f.calls))
	}
}

func TestItemsCSV(t *testing.T) {
	v := finishedView(tenStudents)
	got := printout.ItemsCSV(v.Results)
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(got, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Question", "Prompt", "Right answer", "Students", "Right", "Wrong", "Unanswered", "Facility", "Discrimination",
			"Option A", "A chosen", "A top 27 %", "A bottom 27 %", "Option B", "B chosen", "B top 27 %", "B bottom 27 %",
			"Option C", "C chosen", "C top 27 %", "C bottom 27 %", "Option D", "D chosen", "D top 27 %", "D bottom 27 %",
			"Flags", "Source sentence"},
		{"1", "Where did Ada Lovelace meet Charles Babbage?", "London", "10", "5", "4", "1", "0.50", "0.20",
			"Paris", "3", "0.00", "0.33", "London", "5", "1.00", "0.00", "Berlin", "1", "0.00", "0.33", "Rome", "0", "0.00", "0.00",
			"This option fooled nobody: D “Rome”", "Ada Lovelace met Charles Babbage in London in June 1833."},
		{"2", "What did Babbage design?", "The Analytical Engine", "10", "5", "4", "1", "0.50", "0.20",
			"The Analytical Engine", "5", "1.00", "0.00", "The telephone", "3", "0.00", "0.67", "The telegraph", "1", "0.00", "0.33",
			"The steam engine", "0", "0.00", "0.00", "This option fooled nobody: D “The steam engine”", "Babbage designed the Analytical Engine."},
	}
	if !strings.HasPrefix(got, "\ufeff") {
		t.Error("no byte order mark: spreadsheet programs would not read the file as UTF-8")
	}
	if len(recs) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(recs), len(want), got)
	}
	for i := range want {
		if strings.Join(recs[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d\n got  %q\n want %q", i, recs[i], want[i])
		}
	}
}

// TestItemsCSVHostile checks a small class's file, byte for byte: counts
// only, hostile text quoted and defused, a number (an option "-5") left a
// number, since a spreadsheet cannot run it.
func TestItemsCSVHostile(t *testing.T) {
	res := &session.Results{
		Players: []session.PlayerResult{{Answers: []int{1}}, {Answers: []int{-1}}},
		Questions: []session.QuestionResult{{Prompt: `=HYPERLINK("http://x")`, Options: []string{"-5", "a, b"}, Answer: 1,
			Evidence: quiz.Evidence{Text: "He said \"no\"\nthen left."}}},
	}
	got := printout.ItemsCSV(res)
	want := "\ufeffQuestion,Prompt,Right answer,Students,Right,Wrong,Unanswered,Facility,Discrimination," +
		"Option A,A chosen,A top 27 %,A bottom 27 %,Option B,B chosen,B top 27 %,B bottom 27 %,Flags,Source sentence\r\n" +
		`1,"'=HYPERLINK(""http://x"")","a, b",2,1,0,1,,,-5,0,,,"a, b",1,,,` + `"` + itemstats.CountsOnlyNote + `","He said ""no""` + "\nthen left.\"\r\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
