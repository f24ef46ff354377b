//go:build !wasm

package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"

	"storyquiz/quiz"
)

// handleResultsCSV sends the host one row per student: name, score, and per
// question the chosen letter with "right" or "wrong", empty when unanswered.
// The host's secret comes only in the Authorization header: in a link's URL
// it would stay in the history of a shared classroom computer.
func (a *API) handleResultsCSV(w http.ResponseWriter, r *http.Request) {
	l, c, ok := a.lookupCaller(w, r, false)
	if !ok {
		return
	}
	if !c.host {
		writeError(w, http.StatusForbidden, "only the host can download the results")
		return
	}
	l.mu.Lock()
	q := l.s.Quiz()
	rows := l.s.Rows()
	l.mu.Unlock()

	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="storyquiz-%s.csv"`, l.code))
	h.Set("Cache-Control", "no-store")
	// The byte order mark makes spreadsheet programs read the file as UTF-8,
	// so that names with accents survive.
	w.Write([]byte("\ufeff"))
	cw := csv.NewWriter(w)
	cw.Write(resultsHeader(q))
	for _, row := range rows {
		rec := []string{safeCell(row.Name), fmt.Sprint(row.Score)}
		for i, ans := range row.Answers {
			rec = append(rec, answerCell(ans, q.Questions[i].Answer))
		}
		cw.Write(rec)
	}
	cw.Flush()
}

// resultsHeader names the columns: Name, Score (of N), then "Q1 (B)" per
// question with its correct letter.
func resultsHeader(q *quiz.Quiz) []string {
	head := []string{"Name", fmt.Sprintf("Score (of %d)", len(q.Questions))}
	for i, qu := range q.Questions {
		head = append(head, fmt.Sprintf("Q%d (%s)", i+1, quiz.Letter(qu.Answer)))
	}
	return head
}

// answerCell writes a choice as "B right" or "C wrong", or "" when unanswered.
func answerCell(choice, correct int) string {
	switch {
	case choice < 0:
		return ""
	case choice == correct:
		return quiz.Letter(choice) + " right"
	}
	return quiz.Letter(choice) + " wrong"
}

// safeCell defuses spreadsheet formula injection: a cell that starts with
// a character a spreadsheet reads as the start of a formula gets a leading
// apostrophe, which shows the text as typed.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
