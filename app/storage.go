package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// Everything Storyquiz keeps in a browser goes through this file: go-app
// state persisted to local storage, under the keys below. Teachers' and
// students' browsers already hold data under these keys and in these JSON
// shapes, so neither may change: a renamed key or field loses a host's
// control of a running session, a student's seat or a teacher's quizzes.
// storage_test.go pins both.

// Local-storage keys. Keys with a variable part are made by the functions
// below; the constants are whole keys or prefixes.
const (
	// draftKey holds the article being typed on /create.
	draftKey = "create:draft"
	// myQuizzesKey holds the index of the quizzes made in this browser; each
	// quiz is under its own key, so listing them does not load every article.
	myQuizzesKey = "myquizzes"
	// soundKey holds whether the teacher turned the presenter's sounds on
	// (a bool; off when absent).
	soundKey = "sound"
	// myQuizPrefix starts the id of every quiz made in this browser, which
	// tells it apart from a shipped story's id in /practice/{id}.
	myQuizPrefix = "my-"
)

// hostStateKey is where a teacher's browser keeps the host key of session code.
func hostStateKey(code string) string { return "host:" + code }

// playerStateKey is where a student's browser keeps its seat in session code.
func playerStateKey(code string) string { return "player:" + code }

// progressKey is where a practice run of quiz id is kept.
func progressKey(id string) string { return "practice:" + id }

// myQuizKey is where a quiz made in this browser is kept.
func myQuizKey(id string) string { return "myquiz:" + id }

// hostKey is what the teacher's browser keeps for a session it created:
// without the secret nobody can run the session, so it is persisted in
// local storage and a reload of the dashboard keeps control.
type hostKey struct {
	Secret string `json:"secret"`
	// Remote says the key came from pairing (see quiz/session/pair.go):
	// the host may take it back, and this device then says so.
	Remote bool `json:"remote,omitempty"`
}

// playerKey is what a student's browser keeps for a session it joined, so
// that a reload resumes in place. Pending is an answer not yet confirmed by
// the server; it survives a reload and is sent again until accepted.
type playerKey struct {
	ID      string         `json:"id"`
	Secret  string         `json:"secret"`
	Name    string         `json:"name"`
	Pending *pendingAnswer `json:"pending,omitempty"`
}

// pendingAnswer is an answer saved before it is sent: the question it
// answers and the option chosen.
type pendingAnswer struct {
	QuestionID string `json:"questionId"`
	Choice     int    `json:"choice"`
}

// progress is a practice run, so that a reload returns to the same question
// with the same answers given.
type progress struct {
	Seed     int64     `json:"seed"`
	Index    int       `json:"index"`   // the question on screen
	Answers  []int     `json:"answers"` // one per question, -1 while unanswered
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	// Only lists the questions of a run that retries the ones missed, in
	// order; empty for a run over the whole quiz.
	Only []int `json:"only,omitempty"`
}

// newProgress starts a run of n questions drawn with seed.
func newProgress(seed int64, n int) progress {
	ans := make([]int, n)
	for i := range ans {
		ans[i] = -1
	}
	return progress{Seed: seed, Answers: ans, Started: time.Now()}
}

// valid reports whether saved progress still fits a quiz of n questions.
func (p progress) valid(n int) bool {
	for _, i := range p.Only {
		if i < 0 || i >= n {
			return false
		}
	}
	return p.Seed != 0 && len(p.Answers) == n && p.Index >= 0 && p.Index < n
}

// draft is what the teacher has typed on /create, kept so that nothing is
// lost to an error, a reload or a slip of the mouse.
type draft struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	N     int    `json:"n"`
}

// myQuizEntry is one line of the "My quizzes" list.
type myQuizEntry struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Questions int       `json:"questions"`
	Updated   time.Time `json:"updated"`
}

// stored is a kept value as local storage holds it: in the shape of
// go-app's persistent states ({"Value": …}), which earlier versions used, so
// what they kept still loads. The app reads and writes local storage itself
// rather than through go-app's states, whose code for encrypted states
// (AES-GCM) would otherwise be in the bundle.
type stored struct {
	Value json.RawMessage `json:",omitempty"`
}

// load returns what is kept under key, or T's zero value when nothing
// (or something unreadable) is.
func load[T any](ctx app.Context, key string) T {
	var s stored
	var v T
	if ctx.LocalStorage().Get(key, &s) != nil || len(s.Value) == 0 || json.Unmarshal(s.Value, &v) != nil {
		var zero T
		return zero
	}
	return v
}

// keep stores v under key, in local storage so that it outlives the tab.
func keep(ctx app.Context, key string, v any) {
	if b, err := json.Marshal(v); err == nil {
		ctx.LocalStorage().Set(key, stored{Value: b})
	}
}

// forget drops what is kept under key.
func forget(ctx app.Context, key string) { ctx.LocalStorage().Del(key) }

// loadHostKey returns the host key kept for session code (empty if none).
func loadHostKey(ctx app.Context, code string) hostKey { return load[hostKey](ctx, hostStateKey(code)) }

// saveHostKey keeps the host key of session code.
func saveHostKey(ctx app.Context, code string, k hostKey) { keep(ctx, hostStateKey(code), k) }

// loadSeat returns this browser's seat in session code (empty if none).
func loadSeat(ctx app.Context, code string) playerKey {
	return load[playerKey](ctx, playerStateKey(code))
}

// saveSeat keeps this browser's seat in session code.
func saveSeat(ctx app.Context, code string, k playerKey) { keep(ctx, playerStateKey(code), k) }

// forgetSeat drops the seat in session code, so the join form starts fresh.
func forgetSeat(ctx app.Context, code string) { forget(ctx, playerStateKey(code)) }

// loadProgress returns the practice run kept for quiz id (zero if none).
func loadProgress(ctx app.Context, id string) progress { return load[progress](ctx, progressKey(id)) }

// saveProgress keeps the practice run of quiz id.
func saveProgress(ctx app.Context, id string, p progress) { keep(ctx, progressKey(id), p) }

// forgetProgress drops the practice run of quiz id, when the quiz changed
// under it or is deleted.
func forgetProgress(ctx app.Context, id string) { forget(ctx, progressKey(id)) }

// loadDraft returns the article being typed on /create (zero if none).
func loadDraft(ctx app.Context) draft { return load[draft](ctx, draftKey) }

// saveDraft keeps the article being typed on /create.
func saveDraft(ctx app.Context, d draft) { keep(ctx, draftKey, d) }

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
	list := load[[]myQuizEntry](ctx, myQuizzesKey)
	sort.SliceStable(list, func(i, j int) bool { return list[i].Updated.After(list[j].Updated) })
	return list
}

// getMyQuiz loads a quiz kept in this browser.
func getMyQuiz(ctx app.Context, id string) (*quiz.Quiz, bool) {
	q := load[quiz.Quiz](ctx, myQuizKey(id))
	if q.Format == "" {
		return nil, false
	}
	return &q, true
}

// saveMyQuiz stores a quiz and its entry in the list.
func saveMyQuiz(ctx app.Context, id string, q *quiz.Quiz) {
	keep(ctx, myQuizKey(id), q)
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
	keep(ctx, myQuizzesKey, list)
}

// deleteMyQuiz forgets a quiz and its practice progress.
func deleteMyQuiz(ctx app.Context, id string) {
	forget(ctx, myQuizKey(id))
	forgetProgress(ctx, id)
	list := listMyQuizzes(ctx)
	kept := list[:0]
	for _, e := range list {
		if e.ID != id {
			kept = append(kept, e)
		}
	}
	keep(ctx, myQuizzesKey, kept)
}
