//go:build !wasm

package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// handleResultsCSV sends the host one row per student: name, score, and per
// question the chosen letter with "right" or "wrong", empty when unanswered.
// The host's secret comes only in the Authorization header: in a link's URL
// it would stay in the history of a shared classroom computer.
func (a *API) handleResultsCSV(w http.ResponseWriter, r *http.Request) {
	room, c, ok := a.lookupCaller(w, r, false)
	if !ok {
		return
	}
	if !c.Host {
		writeError(w, http.StatusForbidden, "only the host can download the results")
		return
	}
	var q *quiz.Quiz
	var rows []session.Row
	if err := room.Read(func(s *session.Session) { q, rows = s.Quiz(), s.Rows() }); err != nil {
		a.writeSessionError(w, err, nil)
		return
	}

	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="storyquiz-%s.csv"`, room.Code()))
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

// safeCell defuses spreadsheet formula injection. A cell that starts with a
// formula sign (= + - @, or their fullwidth and small forms, which some
// spreadsheets also take), perhaps after blanks they trim, or with a tab or
// carriage return, gets a leading apostrophe, which shows the text as typed.
// A spreadsheet in a locale that separates cells with semicolons splits the
// file's cells at every ";" (and some split at tabs), so a formula sign after
// one of those, or after a comma, gets the same apostrophe in front of it.
func safeCell(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	if s != "" && (s[0] == '\t' || s[0] == '\r' || startsFormula(s)) {
		b.WriteByte('\'')
	}
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if strings.IndexByte(";,\t", s[i]) >= 0 && startsFormula(s[i+1:]) {
			b.WriteByte('\'')
		}
	}
	return b.String()
}

// startsFormula reports whether s, after any blanks, starts with a sign that
// makes a spreadsheet read a cell as a formula.
func startsFormula(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", r)
}
