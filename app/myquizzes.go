package main

import (
	"crypto/rand"
	"encoding/hex"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// Quizzes a teacher makes stay in their browser (go-app state persisted to
// local storage): an index under myQuizzesKey and each quiz under its own key,
// so listing them does not load every article.
const (
	myQuizzesKey = "myquizzes"
	myQuizPrefix = "my-"
)

// myQuizEntry is one line of the "My quizzes" list.
type myQuizEntry struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Questions int       `json:"questions"`
	Updated   time.Time `json:"updated"`
}

func myQuizKey(id string) string { return "myquiz:" + id }

// isMyQuiz reports whether id names a quiz kept in this browser.
func isMyQuiz(id string) bool { return strings.HasPrefix(id, myQuizPrefix) }

// newMyQuizID returns a fresh id for a quiz made in this browser.
func newMyQuizID() string {
	var b [6]byte
	rand.Read(b[:])
	return myQuizPrefix + hex.EncodeToString(b[:])
}

// listMyQuizzes returns the quizzes kept in this browser, newest first.
func listMyQuizzes(ctx app.Context) []myQuizEntry {
	var list []myQuizEntry
	ctx.GetState(myQuizzesKey, &list)
	sort.SliceStable(list, func(i, j int) bool { return list[i].Updated.After(list[j].Updated) })
	return list
}

// getMyQuiz loads a quiz kept in this browser.
func getMyQuiz(ctx app.Context, id string) (*quiz.Quiz, bool) {
	var q quiz.Quiz
	ctx.GetState(myQuizKey(id), &q)
	if q.Format == "" {
		return nil, false
	}
	return &q, true
}

// saveMyQuiz stores a quiz and its entry in the list.
func saveMyQuiz(ctx app.Context, id string, q *quiz.Quiz) {
	ctx.SetState(myQuizKey(id), q, app.Persist)
	list := listMyQuizzes(ctx)
	entry := myQuizEntry{ID: id, Title: q.Title, Questions: len(q.Questions), Updated: time.Now()}
	replaced := false
	for i := range list {
		if list[i].ID == id {
			list[i], replaced = entry, true
		}
	}
	if !replaced {
		list = append(list, entry)
	}
	ctx.SetState(myQuizzesKey, list, app.Persist)
}

// deleteMyQuiz forgets a quiz and its practice progress.
func deleteMyQuiz(ctx app.Context, id string) {
	ctx.DelState(myQuizKey(id))
	ctx.DelState(progressKey(id))
	list := listMyQuizzes(ctx)
	kept := list[:0]
	for _, e := range list {
		if e.ID != id {
			kept = append(kept, e)
		}
	}
	ctx.SetState(myQuizzesKey, kept, app.Persist)
}
