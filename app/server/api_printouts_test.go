//go:build !wasm

package server

import (
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
