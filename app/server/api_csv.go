//go:build !wasm

package server

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"storyquiz/app/printout"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// handleResultsCSV sends the host one row per student: name (and team, in
// a session with teams), score, how
// many questions they were asked, the quiz's title and date, and per
// question asked the answer's text, right or wrong, and the seconds it took.
// The title and date repeat on every row so that the rows of several
// sessions can be pasted into one sheet and still be told apart.
// The host's secret comes only in the Authorization header: in a link's URL
// it would stay in the history of a shared classroom computer.
func (a *API) handleResultsCSV(w http.ResponseWriter, r *http.Request) {
	room, _, ok := a.lookupHost(w, r, "only the host can download the results")
	if !ok {
		return
	}
	var q *quiz.Quiz
	var rows []session.Row
	var asked []int
	var created time.Time
	var bonus bool // the session scores bonuses: a Points column follows Score
	var teams bool // the session has teams: a Team column follows Name
	if err := room.Read(func(s *session.Session) {
		q, rows, asked, created = s.Quiz(), s.Rows(), s.AskedQuestions(), s.Created()
		bonus = s.Settings().Streaks || s.Settings().SpeedBonus
		teams = s.Settings().Teams > 0
	}); err != nil {
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
	head := resultsHeader(q, asked)
	if bonus {
		head = slices.Insert(head, 2, "Points (with bonuses)")
	}
	if teams {
		head = slices.Insert(head, 1, "Team")
	}
	cw.Write(head)
	// The server runs in the school, so its time zone is the class's.
	title, date := printout.SafeCell(q.Title), created.Local().Format("2006-01-02 15:04")
	for _, row := range rows {
		n := 0
		for _, i := range asked {
			if row.Asked[i] {
				n++
			}
		}
		rec := []string{printout.SafeCell(row.Name), fmt.Sprint(row.Score), fmt.Sprint(n), title, date}
		if bonus {
			rec = slices.Insert(rec, 2, fmt.Sprint(row.Points))
		}
		if teams {
			rec = slices.Insert(rec, 1, session.TeamName(row.Team))
		}
		for _, i := range asked {
			rec = append(rec, answerCells(q.Questions[i], row.Answers[i], row.Asked[i], row.Took[i])...)
		}
		cw.Write(rec)
	}
	cw.Flush()
}

// resultsHeader names the columns: Name, Score, Questions asked, Quiz, Date,
// then three per question asked: its text with the right answer, whether
// the student was right, and how many seconds they took.
func resultsHeader(q *quiz.Quiz, asked []int) []string {
	head := []string{"Name", "Score", "Questions asked", "Quiz", "Date"}
	for _, i := range asked {
		qu := q.Questions[i]
		head = append(head,
			printout.SafeCell(fmt.Sprintf("Q%d. %s (answer: %s)", i+1, qu.Prompt, qu.Correct())),
			fmt.Sprintf("Q%d right/wrong", i+1),
			fmt.Sprintf("Q%d seconds", i+1))
	}
	return head
}

// answerCells writes one student's answer to qu: the option's text,
// "right" or "wrong", and the seconds it took to one decimal; the answer
// cells say "no answer" or "not asked" and the time is empty when there is
// no answer.
func answerCells(qu quiz.Question, choice int, asked bool, took time.Duration) []string {
	switch {
	case !asked:
		return []string{"", "not asked", ""}
	case choice < 0 || choice >= len(qu.Options):
		return []string{"", "no answer", ""}
	}
	verdict := "wrong"
	if choice == qu.Answer {
		verdict = "right"
	}
	return []string{printout.SafeCell(qu.Options[choice]), verdict, strconv.FormatFloat(took.Seconds(), 'f', 1, 64)}
}
