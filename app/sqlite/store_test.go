//go:build !wasm

package sqlite

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

var t0 = time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "test.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// newSession creates a session in the store and returns it.
func newSession(t *testing.T, s *Store, code string, st session.Settings) *session.Session {
	t.Helper()
	ss, err := session.New(sessiontest.Quiz(3), st, t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CreateSession(code, "hosthash-"+code, ss); err != nil {
		t.Fatal(err)
	}
	return ss
}

// apply applies ev to ss and appends it to the store, as the server does.
func apply(t *testing.T, s *Store, code string, ss *session.Session, ev session.Event) {
	t.Helper()
	if err := ss.Apply(ev); err != nil {
		t.Fatalf("apply %+v: %v", ev, err)
	}
	if err := s.AppendEvent(code, ev); err != nil {
		t.Fatal(err)
	}
}

func viewsJSON(t *testing.T, ss *session.Session, players ...string) string {
	t.Helper()
	now := at(100)
	all := []any{ss.HostView(now)}
	for _, p := range players {
		v, err := ss.PlayerView(p, now)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, v)
	}
	b, _ := json.Marshal(all)
	return string(b)
}

func TestOpenSchema(t *testing.T) {
	s, _ := openTemp(t)
	var v int
	if err := s.db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != len(migrations) {
		t.Errorf("schema version = %d, %v; want %d", v, err, len(migrations))
	}
	for _, p := range []struct{ pragma, want string }{
		{"journal_mode", "wal"}, {"synchronous", "2"}, {"busy_timeout", "10000"},
	} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + p.pragma).Scan(&got); err != nil || got != p.want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", p.pragma, got, err, p.want)
		}
	}
}

func TestOpenDefaultPath(t *testing.T) {
	t.Chdir(t.TempDir())
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(DefaultPath); err != nil {
		t.Errorf("default database not created: %v", err)
	}
}

func TestOpenNewerSchema(t *testing.T) {
	s, path := openTemp(t)
	if _, err := s.db.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s2, err := Open(path); err == nil {
		s2.Close()
		t.Error("Open accepted a database from a newer version")
	}
}

func TestCreateSessionCodeTaken(t *testing.T) {
	s, _ := openTemp(t)
	newSession(t, s, "ABCDEF", session.Settings{})
	ss, _ := session.New(sessiontest.Quiz(1), session.Settings{}, t0)
	if err := s.CreateSession("ABCDEF", "x", ss); !errors.Is(err, ErrCodeTaken) {
		t.Errorf("second CreateSession = %v, want ErrCodeTaken", err)
	}
	if _, err := s.LoadSession("NOPE23"); !errors.Is(err, ErrNotFound) {
		t.Errorf("LoadSession(unknown) = %v, want ErrNotFound", err)
	}
}

// TestRestart writes a session, closes the store, reopens the same file and
// checks that the rebuilt session is identical and can go on.
func TestRestart(t *testing.T) {
	s, path := openTemp(t)
	st := session.Settings{TimeLimitSeconds: 60, Leaderboard: true}
	ss := newSession(t, s, "ABCDEF", st)
	other := newSession(t, s, "GHJKMN", session.Settings{Mode: session.ModeSelf})
	evs := []session.Event{
		{Type: session.EvJoin, At: at(1), PlayerID: "p1", Name: "Ana", SecretHash: "s1"},
		{Type: session.EvJoin, At: at(2), PlayerID: "p2", Name: "Ben", SecretHash: "s2"},
		{Type: session.EvStart, At: at(3)},
		{Type: session.EvAnswer, At: at(4), PlayerID: "p1", QuestionID: "q1", Choice: 0},
		{Type: session.EvAnswer, At: at(5), PlayerID: "p2", QuestionID: "q1", Choice: 3},
		{Type: session.EvReveal, At: at(6)},
		{Type: session.EvNext, At: at(7)},
	}
	for _, ev := range evs {
		apply(t, s, "ABCDEF", ss, ev)
	}
	apply(t, s, "GHJKMN", other, session.Event{Type: session.EvJoin, At: at(1), PlayerID: "x", Name: "Xi", SecretHash: "sx"})
	want := viewsJSON(t, ss, "p1", "p2")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	recs, err := s2.LoadSessions(t0)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, r := range recs {
		codes = append(codes, r.Code)
	}
	sort.Strings(codes)
	if fmt.Sprint(codes) != "[ABCDEF GHJKMN]" {
		t.Fatalf("loaded sessions %v, want [ABCDEF GHJKMN]", codes)
	}
	var rec Record
	for _, r := range recs {
		if r.Code == "ABCDEF" {
			rec = r
		}
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
	// The session goes on after the restart, and survives another one.
	apply(t, s2, "ABCDEF", rec.Session, session.Event{Type: session.EvAnswer, At: at(8), PlayerID: "p2", QuestionID: "q2", Choice: 1})
	apply(t, s2, "ABCDEF", rec.Session, session.Event{Type: session.EvEnd, At: at(9)})
	want = viewsJSON(t, rec.Session, "p1", "p2")
	s2.Close()
	s3, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s3.Close()
	rec3, err := s3.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got := viewsJSON(t, rec3.Session, "p1", "p2"); got != want {
		t.Errorf("after second restart\n got %s\nwant %s", got, want)
	}
}

func TestSkippedEvents(t *testing.T) {
	s, _ := openTemp(t)
	newSession(t, s, "ABCDEF", session.Settings{})
	// An event the session would reject, as left by a failed batch.
	if err := s.AppendEvent("ABCDEF", session.Event{Type: session.EvKick, At: at(1), PlayerID: "ghost"}); err != nil {
		t.Fatal(err)
	}
	rec, err := s.LoadSession("ABCDEF")
	if err != nil || rec.Skipped != 1 {
		t.Errorf("LoadSession: skipped %d, %v; want 1, nil", rec.Skipped, err)
	}
}

func TestDeleteExpired(t *testing.T) {
	s, _ := openTemp(t)
	old := newSession(t, s, "OLDOLD", session.Settings{})
	apply(t, s, "OLDOLD", old, session.Event{Type: session.EvJoin, At: at(10), PlayerID: "p", Name: "P", SecretHash: "h"})
	fresh := newSession(t, s, "NEWNEW", session.Settings{})
	apply(t, s, "NEWNEW", fresh, session.Event{Type: session.EvJoin, At: at(100), PlayerID: "p", Name: "P", SecretHash: "h"})

	tests := []struct {
		before   time.Time
		deleted  int
		notAfter time.Time // LoadSessions cut-off
		want     int
	}{
		{at(10), 0, at(10), 2}, // updated == before is kept
		{at(11), 1, t0, 1},
		{at(1000), 1, t0, 0},
	}
	for i, tt := range tests {
		n, err := s.DeleteExpired(tt.before)
		if err != nil || n != tt.deleted {
			t.Errorf("%d: DeleteExpired(%v) = %d, %v; want %d", i, tt.before, n, err, tt.deleted)
		}
		recs, err := s.LoadSessions(tt.notAfter)
		if err != nil || len(recs) != tt.want {
			t.Errorf("%d: LoadSessions = %d sessions, %v; want %d", i, len(recs), err, tt.want)
		}
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM events`).Scan(&n)
	if n != 0 {
		t.Errorf("%d events left after deleting every session", n)
	}
}

func TestAppendAfterClose(t *testing.T) {
	s, _ := openTemp(t)
	s.Close()
	if err := s.AppendEvent("ABCDEF", session.Event{Type: session.EvStart}); !errors.Is(err, ErrClosed) {
		t.Errorf("AppendEvent after Close = %v, want ErrClosed", err)
	}
}

// TestConcurrentAppends has a thousand students answer at once and checks
// that every answer is stored once, in a few group commits.
func TestConcurrentAppends(t *testing.T) {
	s, _ := openTemp(t)
	const n = 1000
	ss := newSession(t, s, "ABCDEF", session.Settings{MaxPlayers: n})
	for i := range n {
		ev := session.Event{Type: session.EvJoin, At: at(1), PlayerID: fmt.Sprint("p", i), Name: fmt.Sprint("Student ", i), SecretHash: fmt.Sprint("h", i)}
		if err := ss.Apply(ev); err != nil {
			t.Fatal(err)
		}
		s.Append("ABCDEF", ev) // not waited for: the next append's wait covers it
	}
	apply(t, s, "ABCDEF", ss, session.Event{Type: session.EvStart, At: at(2)})

	var mu sync.Mutex // the server's per-session lock
	var wg sync.WaitGroup
	lat := make([]time.Duration, n)
	start := time.Now()
	for i := range n {
		wg.Go(func() {
			t0 := time.Now()
			ev := session.Event{Type: session.EvAnswer, At: at(3), PlayerID: fmt.Sprint("p", i), QuestionID: "q1", Choice: i % 4}
			mu.Lock()
			err := ss.Apply(ev)
			wait := s.Append("ABCDEF", ev)
			mu.Unlock()
			if err == nil {
				err = wait()
			}
			if err != nil {
				t.Error(err)
			}
			lat[i] = time.Since(t0)
		})
	}
	wg.Wait()
	total := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("%d concurrent durable appends in %v; p50 %v, p99 %v", n, total, lat[n/2], lat[n*99/100])

	rec, err := s.LoadSession("ABCDEF")
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
