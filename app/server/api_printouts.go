//go:build !wasm

package server

import (
	"fmt"
	"net/http"

	"storyquiz/app/hub"
	"storyquiz/app/printout"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// finishedView is the host's view of a finished session, for the
// printouts; when it returns false it has written the refusal.
func (a *API) finishedView(w http.ResponseWriter, r *http.Request) (*hub.Room, *session.View, bool) {
	room, c, ok := a.lookupHost(w, r, "only the host can see a session's results")
	if !ok {
		return nil, nil, false
	}
	v, err := room.View(c)
	if err != nil {
		a.writeSessionError(w, err, nil)
		return nil, nil, false
	}
	if v.Phase != session.PhaseFinished || v.Results == nil {
		writeError(w, http.StatusConflict, "the session has not finished yet: its results appear here once it ends")
		return nil, nil, false
	}
	return room, &v, true
}

// handleResultsPage sends the host the item analysis of a finished session.
func (a *API) handleResultsPage(w http.ResponseWriter, r *http.Request) {
	if room, v, ok := a.finishedView(w, r); ok {
		writeJSON(w, http.StatusOK, printout.Results(v, room.Code()))
	}
}

// handleReportsPage sends the host the student reports of a finished
// session, or one student's with ?student=.
func (a *API) handleReportsPage(w http.ResponseWriter, r *http.Request) {
	if room, v, ok := a.finishedView(w, r); ok {
		writeJSON(w, http.StatusOK, printout.Reports(v, room.Code(), r.URL.Query().Get("student")))
	}
}

// handleItemsCSV sends the host the item analysis as a spreadsheet, with
// the secret in the header as for results.csv.
func (a *API) handleItemsCSV(w http.ResponseWriter, r *http.Request) {
	room, v, ok := a.finishedView(w, r)
	if !ok {
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="storyquiz-%s-items.csv"`, room.Code()))
	h.Set("Cache-Control", "no-store")
	w.Write([]byte(printout.ItemsCSV(v.Results)))
}

// handleSessionWorksheet sends the host a worksheet of a finished
// session's questions (those asked, in their order) with the session's
// whole article, so that the key can cite sentence numbers.
func (a *API) handleSessionWorksheet(w http.ResponseWriter, r *http.Request) {
	room, v, ok := a.finishedView(w, r)
	if !ok {
		return
	}
	var article quiz.Article
	if err := room.Read(func(s *session.Session) { article = s.Quiz().Article }); err != nil {
		a.writeSessionError(w, err, nil)
		return
	}
	q := &quiz.Quiz{Format: quiz.Format, Title: v.Title, Article: article}
	for _, res := range v.Results.Questions {
		q.Questions = append(q.Questions, quiz.Question{ID: res.ID, Prompt: res.Prompt, Options: res.Options, Answer: res.Answer, Evidence: res.Evidence})
	}
	writeJSON(w, http.StatusOK, printout.Worksheet(q, "/worksheet/"+room.Code(), r.URL.Query().Get("versions") == "ab"))
}
