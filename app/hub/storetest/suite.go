//go:build !wasm

package storetest

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// Harness is what Run needs of a store implementation.
type Harness struct {
	// New makes empty storage for one test and returns how to open a store
	// over it; opened again after the previous store was closed, the store
	// holds the same data, as a restarted server would see it.
	New func(t *testing.T) (open func() hub.Store)
	// Break makes every later write of st fail, as a full disk would, until
	// repair is called.
	Break func(t *testing.T, st hub.Store) (repair func())
}

var t0 = time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

// Run runs the store contract against h.
func Run(t *testing.T, h Harness) {
	tests := []struct {
		name string
		run  func(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func())
	}{
		{"CreateAndLoad", testCreateAndLoad},
		{"Restart", testRestart},
		{"DeleteExpired", testDeleteExpired},
		{"AppendAfterClose", testAppendAfterClose},
		{"ConcurrentAppends", testConcurrentAppends},
		{"FailureHoldsLaterAppends", testFailureHoldsLaterAppends},
		{"Seq", testSeq},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			open := h.New(t)
			tt.run(t, func(t *testing.T) hub.Store {
				st := open()
				t.Cleanup(func() { st.Close() })
				return st
			}, h.Break)
		})
	}
}

// newSession creates a session of a three-question quiz in st.
func newSession(t *testing.T, st hub.Store, code string, set session.Settings) *session.Session {
	t.Helper()
	ss, err := session.New(sessiontest.Quiz(3), set, t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession(code, "hosthash-"+code, ss); err != nil {
		t.Fatal(err)
	}
	return ss
}

// apply applies ev to ss and appends it to st, as the server does.
func apply(t *testing.T, st hub.Store, code string, ss *session.Session, ev session.Event) {
	t.Helper()
	if err := ss.Apply(ev); err != nil {
		t.Fatalf("apply %+v: %v", ev, err)
	}
	if err := st.Append(code, ev)(); err != nil {
		t.Fatal(err)
	}
}

// viewsJSON is everything a session shows: the host's view and the players'.
func viewsJSON(t *testing.T, ss *session.Session, players ...string) string {
	t.Helper()
	all := []any{ss.HostView(at(100))}
	for _, p := range players {
		v, err := ss.PlayerView(p, at(100))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, v)
	}
	b, _ := json.Marshal(all)
	return string(b)
}

func codes(t *testing.T, st hub.Store, notBefore time.Time) string {
	t.Helper()
	es, err := st.Sessions(notBefore)
	if err != nil {
		t.Fatal(err)
	}
	var cs []string
	for _, e := range es {
		cs = append(cs, e.Code+":"+e.HostSecretHash)
	}
	sort.Strings(cs)
	return fmt.Sprint(cs)
}

func testCreateAndLoad(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	newSession(t, st, "ABCDEF", session.Settings{})
	ss, _ := session.New(sessiontest.Quiz(1), session.Settings{}, t0)
	if err := st.CreateSession("ABCDEF", "x", ss); !errors.Is(err, hub.ErrCodeTaken) {
		t.Errorf("second CreateSession = %v, want ErrCodeTaken", err)
	}
	if _, err := st.LoadSession("NOPE23"); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("LoadSession(unknown) = %v, want ErrNotFound", err)
	}
	u, err := st.Usage()
	if err != nil || u.Sessions != 1 || u.QuizBytes < 100 {
		t.Errorf("Usage = %+v, %v; want 1 session with its quiz's bytes", u, err)
	}
}

// testRestart writes sessions, closes the store, opens it again and checks
// that the rebuilt sessions are identical and go on.
func testRestart(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	ss := newSession(t, st, "ABCDEF", session.Settings{TimeLimitSeconds: 60, Leaderboard: true})
	other := newSession(t, st, "GHJKMN", session.Settings{Mode: session.ModeSelf})
	for _, ev := range []session.Event{
		{Type: session.EvJoin, At: at(1), PlayerID: "p1", Name: "Ana", SecretHash: "s1"},
		{Type: session.EvJoin, At: at(2), PlayerID: "p2", Name: "Ben", SecretHash: "s2"},
		{Type: session.EvStart, At: at(3)},
		{Type: session.EvAnswer, At: at(4), PlayerID: "p1", QuestionID: "q1", Choice: 0},
		{Type: session.EvAnswer, At: at(5), PlayerID: "p2", QuestionID: "q1", Choice: 3},
		{Type: session.EvReveal, At: at(6)},
		{Type: session.EvNext, At: at(7)},
	} {
		apply(t, st, "ABCDEF", ss, ev)
	}
	apply(t, st, "GHJKMN", other, session.Event{Type: session.EvJoin, At: at(1), PlayerID: "x", Name: "Xi", SecretHash: "sx"})
	want := viewsJSON(t, ss, "p1", "p2")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st2 := open(t)
	if got, want := codes(t, st2, t0), "[ABCDEF:hosthash-ABCDEF GHJKMN:hosthash-GHJKMN]"; got != want {
		t.Fatalf("sessions after restart %s, want %s", got, want)
	}
	rec, err := st2.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if rec.HostSecretHash != "hosthash-ABCDEF" || rec.Skipped != 0 {
		t.Errorf("record: host hash %q, skipped %d", rec.HostSecretHash, rec.Skipped)
	}
	if got := viewsJSON(t, rec.Session, "p1", "p2"); got != want {
		t.Errorf("after restart\n got %s\nwant %s", got, want)
	}
	if rec.Session.Settings() != ss.Settings() || !rec.Session.Updated().Equal(at(7)) {
		t.Errorf("settings %+v updated %v; want %+v, %v", rec.Session.Settings(), rec.Session.Updated(), ss.Settings(), at(7))
	}
	apply(t, st2, "ABCDEF", rec.Session, session.Event{Type: session.EvAnswer, At: at(8), PlayerID: "p2", QuestionID: "q2", Choice: 1})
	apply(t, st2, "ABCDEF", rec.Session, session.Event{Type: session.EvEnd, At: at(9)})
	want = viewsJSON(t, rec.Session, "p1", "p2")
	st2.Close()

	st3 := open(t)
	rec3, err := st3.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got := viewsJSON(t, rec3.Session, "p1", "p2"); got != want {
		t.Errorf("after a second restart\n got %s\nwant %s", got, want)
	}
}

func testDeleteExpired(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	old := newSession(t, st, "OLDOLD", session.Settings{})
	apply(t, st, "OLDOLD", old, session.Event{Type: session.EvJoin, At: at(10), PlayerID: "p", Name: "P", SecretHash: "h"})
	fresh := newSession(t, st, "NEWNEW", session.Settings{})
	apply(t, st, "NEWNEW", fresh, session.Event{Type: session.EvJoin, At: at(100), PlayerID: "p", Name: "P", SecretHash: "h"})
	tests := []struct {
		before    time.Time
		deleted   int
		notBefore time.Time
		want      string
	}{
		{at(10), 0, at(10), "[NEWNEW:hosthash-NEWNEW OLDOLD:hosthash-OLDOLD]"}, // updated == before is kept
		{at(10), 0, at(11), "[NEWNEW:hosthash-NEWNEW]"},
		{at(11), 1, t0, "[NEWNEW:hosthash-NEWNEW]"},
		{at(1000), 1, t0, "[]"},
	}
	for i, tt := range tests {
		n, err := st.DeleteExpired(tt.before)
		if err != nil || n != tt.deleted {
			t.Errorf("%d: DeleteExpired(%v) = %d, %v; want %d", i, tt.before, n, err, tt.deleted)
		}
		if got := codes(t, st, tt.notBefore); got != tt.want {
			t.Errorf("%d: Sessions = %s, want %s", i, got, tt.want)
		}
	}
	if _, err := st.LoadSession("OLDOLD"); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("an expired session still loads: %v", err)
	}
	if u, err := st.Usage(); err != nil || u.Sessions != 0 || u.QuizBytes != 0 {
		t.Errorf("Usage after deleting everything = %+v, %v", u, err)
	}
}

func testAppendAfterClose(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	st.Close()
	if err := st.Append("ABCDEF", session.Event{Type: session.EvStart})(); !errors.Is(err, hub.ErrClosed) {
		t.Errorf("Append after Close = %v, want ErrClosed", err)
	}
}

// testConcurrentAppends has a thousand students answer at once and checks
// that every answer is stored once.
func testConcurrentAppends(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	const n = 1000
	ss := newSession(t, st, "ABCDEF", session.Settings{MaxPlayers: n})
	for i := range n {
		ev := session.Event{Type: session.EvJoin, At: at(1), PlayerID: fmt.Sprint("p", i), Name: fmt.Sprint("Student ", i), SecretHash: fmt.Sprint("h", i)}
		if err := ss.Apply(ev); err != nil {
			t.Fatal(err)
		}
		st.Append("ABCDEF", ev) // not waited for: the next append's wait covers it
	}
	apply(t, st, "ABCDEF", ss, session.Event{Type: session.EvStart, At: at(2)})
	var mu sync.Mutex // the server's per-session lock
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			ev := session.Event{Type: session.EvAnswer, At: at(3), PlayerID: fmt.Sprint("p", i), QuestionID: "q1", Choice: i % 4}
			mu.Lock()
			err := ss.Apply(ev)
			wait := st.Append("ABCDEF", ev)
			mu.Unlock()
			if err == nil {
				err = wait()
			}
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	rec, err := st.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := viewsJSON(t, rec.Session), viewsJSON(t, ss); got != want {
		t.Errorf("reloaded session differs\n got %.300s\nwant %.300s", got, want)
	}
	if got := rec.Session.HostView(at(4)).Answers.Answered; got != n {
		t.Errorf("answered = %d, want %d", got, n)
	}
}

// testFailureHoldsLaterAppends checks the rule that keeps acknowledged
// answers: after a failed write, the session's later appends fail unwritten
// until Resync, while other sessions go on.
func testFailureHoldsLaterAppends(t *testing.T, open func(*testing.T) hub.Store, brk func(*testing.T, hub.Store) func()) {
	st := open(t)
	ss := newSession(t, st, "ABCDEF", session.Settings{})
	other := newSession(t, st, "GHJKMN", session.Settings{})
	apply(t, st, "ABCDEF", ss, session.Event{Type: session.EvJoin, At: at(1), PlayerID: "p1", Name: "Ana", SecretHash: "s1"})

	repair := brk(t, st)
	if err := st.Append("ABCDEF", session.Event{Type: session.EvStart, At: at(2)})(); err == nil {
		t.Fatal("an append to a broken store succeeded")
	}
	repair()
	answer := session.Event{Type: session.EvAnswer, At: at(3), PlayerID: "p1", QuestionID: "q1", Choice: 1}
	if err := st.Append("ABCDEF", answer)(); !errors.Is(err, hub.ErrEarlierFailed) {
		t.Errorf("append after a failed one = %v, want ErrEarlierFailed", err)
	}
	apply(t, st, "GHJKMN", other, session.Event{Type: session.EvJoin, At: at(3), PlayerID: "p9", Name: "Zed", SecretHash: "s9"})

	rec, err := st.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Skipped != 0 || rec.Session.Phase() != session.PhaseLobby {
		t.Errorf("after the failure: phase %s, skipped %d; want lobby, 0 (nothing of the failed run written)", rec.Session.Phase(), rec.Skipped)
	}
	st.Resync("ABCDEF")
	apply(t, st, "ABCDEF", rec.Session, session.Event{Type: session.EvStart, At: at(4)})
	rec, err = st.LoadSession("ABCDEF")
	if err != nil || rec.Session.Phase() != session.PhaseQuestion || rec.Skipped != 0 {
		t.Errorf("after Resync: %v, skipped %d, %v; want question, 0", rec.Session.Phase(), rec.Skipped, err)
	}
}
