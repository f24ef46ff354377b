//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session/sessiontest"
)

// TestPrintoutsAPI plays a short session and asks for its printouts: only
// the host gets them, only once the session has finished, and they hold
// the students' answers and the sentences from the session's article.
func TestPrintoutsAPI(t *testing.T) {
	e := newMemEnv(t, nil)
	cr := e.create(nil)
	code, host := cr.Code, cr.HostSecret
	ana, ben := e.join(code, "Ana"), e.join(code, "Ben")
	base := sessionapi.SessionPath(code, "")
	pages := []string{sessionapi.ResultsPage, sessionapi.ReportsPage, sessionapi.WorksheetPage, sessionapi.ItemsCSV}

	v := e.control(code, host, "start")
	for _, p := range pages {
		e.must(http.StatusConflict, "GET", base+"/"+p, host, nil, nil)
	}
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody(v.Question.ID, 0), nil)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody(v.Question.ID, 1), nil)
	e.control(code, host, "reveal")
	e.control(code, host, "end")

	for _, p := range pages {
		e.must(http.StatusForbidden, "GET", base+"/"+p, ana.PlayerSecret, nil, nil)
		e.must(http.StatusUnauthorized, "GET", base+"/"+p, "", nil, nil)
	}
	var res sessionapi.Printout
	e.must(200, "GET", base+"/"+sessionapi.ResultsPage, host, nil, &res)
	if !strings.HasPrefix(res.Title, "Item analysis: ") || !strings.Contains(res.Head, `id="results-h"`) || !strings.Contains(res.Body, `id="item-1"`) {
		t.Errorf("results page = %+v", res)
	}
	var rep sessionapi.Printout
	e.must(200, "GET", base+"/"+sessionapi.ReportsPage+"?student="+ben.PlayerID, host, nil, &rep)
	if !strings.Contains(rep.Body, ">Ben<") || strings.Contains(rep.Body, ">Ana<") {
		t.Errorf("Ben's report holds %q", rep.Body)
	}
	var ws sessionapi.Printout
	e.must(200, "GET", base+"/"+sessionapi.WorksheetPage, host, nil, &ws)
	q := sessiontest.Quiz(3)
	if first := q.Article.Paragraphs[0][0]; !strings.Contains(ws.Body, first) {
		t.Errorf("the session's worksheet lacks the article's first sentence %q", first)
	}
	if strings.Count(ws.Body, `<tr><th scope="row">`) != 1 {
		t.Errorf("the worksheet's key should hold the one question asked:\n%s", ws.Body)
	}
	csv := string(e.must(200, "GET", base+"/"+sessionapi.ItemsCSV, host, nil, nil))
	if !strings.HasPrefix(csv, "\ufeffQuestion,Prompt,Right answer,Students") || strings.Count(csv, "\r\n") != 2 {
		t.Errorf("items.csv = %q, want a header and one question", csv)
	}
	for _, secret := range []string{host, ana.PlayerSecret, ben.PlayerSecret} {
		for _, page := range []string{res.Head + res.Body, rep.Body, ws.Body, csv} {
			if strings.Contains(page, secret) {
				t.Fatal("a printout holds a secret")
			}
		}
	}
}

// TestWorksheetAPI makes worksheets of a quiz sent by the browser and of a
// shipped story, and refuses what is neither.
func TestWorksheetAPI(t *testing.T) {
	e := newMemEnv(t, nil)
	doc, _ := json.Marshal(sessiontest.Quiz(2))
	var own sessionapi.Printout
	e.must(200, "POST", sessionapi.WorksheetPath, "", sessionapi.WorksheetRequest{ID: "my-abc123", Quiz: doc, Versions: true}, &own)
	if !strings.Contains(own.Body, `id="ws-A"`) || !strings.Contains(own.Body, `id="key-B"`) || !strings.Contains(own.Head, `href="/worksheet/my-abc123?versions=ab"`) {
		t.Errorf("versions A and B of the sent quiz: %+v", own)
	}
	var story sessionapi.Printout
	e.must(200, "POST", sessionapi.WorksheetPath, "", sessionapi.WorksheetRequest{ID: "launch"}, &story)
	if !strings.Contains(story.Body, `id="ws"`) || strings.Contains(story.Body, `id="ws-A"`) {
		t.Errorf("one version of the story: %+v", story)
	}
	tests := []struct {
		name string
		req  sessionapi.WorksheetRequest
		want int
	}{
		{"unknown story", sessionapi.WorksheetRequest{ID: "no-such-story"}, http.StatusNotFound},
		{"id with markup", sessionapi.WorksheetRequest{ID: `"><script>`, Quiz: doc}, http.StatusBadRequest},
		{"not a quiz", sessionapi.WorksheetRequest{ID: "my-x", Quiz: json.RawMessage(`{"format":"storyquiz/v1"}`)}, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.must(tt.want, "POST", sessionapi.WorksheetPath, "", tt.req, nil)
		})
	}
}
