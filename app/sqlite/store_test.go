//go:build !wasm

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"

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
	if err := s.Append(code, ev)(); err != nil {
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

func TestSkippedEvents(t *testing.T) {
	s, _ := openTemp(t)
	newSession(t, s, "ABCDEF", session.Settings{})
	// An event the session would reject, as left by a failed batch.
	if err := s.Append("ABCDEF", session.Event{Type: session.EvKick, At: at(1), PlayerID: "ghost"})(); err != nil {
		t.Fatal(err)
	}
	rec, err := s.LoadSession("ABCDEF")
	if err != nil || rec.Skipped != 1 {
		t.Errorf("LoadSession: skipped %d, %v; want 1, nil", rec.Skipped, err)
	}
}

// TestContract runs the store contract that every hub.Store passes.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		New: func(t *testing.T) func() hub.Store {
			path := filepath.Join(t.TempDir(), "test.db")
			return func() hub.Store {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
		},
		Break: func(t *testing.T, st hub.Store) func() {
			return breakWrites(t, st.(*Store))
		},
	})
}

// breakWrites makes every later event write fail, as a full disk would,
// until repair is called.
func breakWrites(t *testing.T, s *Store) (repair func()) {
	t.Helper()
	if _, err := s.db.Exec(`CREATE TRIGGER fail BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		t.Fatal(err)
	}
	return func() {
		t.Helper()
		if _, err := s.db.Exec(`DROP TRIGGER fail`); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLockedByAnotherProcess holds the write lock from another connection
// past the busy timeout, as another process would: the write that was
// waiting fails, the session's appends queued behind it fail unwritten, and
// nothing that failed is found after a reload.
func TestLockedByAnotherProcess(t *testing.T) {
	old := busyTimeout
	busyTimeout = 200 * time.Millisecond
	t.Cleanup(func() { busyTimeout = old })
	s, path := openTemp(t)
	ss := newSession(t, s, "ABCDEF", session.Settings{})
	for i := range 3 {
		apply(t, s, "ABCDEF", ss, session.Event{Type: session.EvJoin, At: at(1), PlayerID: fmt.Sprint("p", i), Name: fmt.Sprint("S", i), SecretHash: fmt.Sprint("h", i)})
	}
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	start := session.Event{Type: session.EvStart, At: at(2)}
	if err := ss.Apply(start); err != nil {
		t.Fatal(err)
	}
	waits := []func() error{s.Append("ABCDEF", start)}
	// Let the writer take the start alone and block on the lock, as it does
	// when the host's click comes first; the answers queue behind it.
	time.Sleep(50 * time.Millisecond)
	for i := range 3 {
		ev := session.Event{Type: session.EvAnswer, At: at(3), PlayerID: fmt.Sprint("p", i), QuestionID: "q1", Choice: 1}
		if err := ss.Apply(ev); err != nil {
			t.Fatal(err)
		}
		waits = append(waits, s.Append("ABCDEF", ev))
	}
	// The other process lets go as soon as the first write gave up, so the
	// answers queued behind it could be written: they must not be.
	errs := []error{waits[0]()}
	if _, err := conn.ExecContext(context.Background(), `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	for _, w := range waits[1:] {
		errs = append(errs, w())
	}
	for i, err := range errs {
		if err == nil {
			t.Errorf("append %d succeeded behind a write that failed", i)
		}
	}
	rec, err := s.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Skipped != 0 || rec.Session.Phase() != session.PhaseLobby || rec.Session.PlayerCount() != 3 {
		t.Errorf("after the lock: phase %s, %d players, %d skipped; want lobby, 3, 0", rec.Session.Phase(), rec.Session.PlayerCount(), rec.Skipped)
	}
}

// TestFilesOwnerOnly checks that the database and its journal files can be
// read by their owner only: they hold names, answers and every answer key.
func TestFilesOwnerOnly(t *testing.T) {
	s, path := openTemp(t)
	newSession(t, s, "ABCDEF", session.Settings{})
	for _, p := range []string{path, path + "-wal", path + "-shm", filepath.Dir(path)} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got&0o077 != 0 {
			t.Errorf("%s has mode %v, want no access for group and others", filepath.Base(p), got)
		}
	}
}

// TestDamagedFile finds a damaged database out: Open or Check says so.
func TestDamagedFile(t *testing.T) {
	s, path := openTemp(t)
	for i := range 50 {
		newSession(t, s, fmt.Sprintf("AB%04d", i), session.Settings{})
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check of a sound file: %v", err)
	}
	s.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Scribble over pages after the first, where the tables live.
	for i := 4096 * 2; i < len(data) && i < 4096*6; i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err == nil {
		defer s2.Close()
		err = s2.Check()
	}
	if err == nil || !strings.Contains(err.Error(), "damaged") && !strings.Contains(err.Error(), "malformed") {
		t.Errorf("a damaged file: %v; want an error that says it is damaged", err)
	}
}

// TestDeleteExpiredReclaimsSpace checks that the file shrinks once expired
// sessions are deleted.
func TestDeleteExpiredReclaimsSpace(t *testing.T) {
	s, path := openTemp(t)
	for i := range 200 {
		newSession(t, s, fmt.Sprintf("AB%04d", i), session.Settings{})
	}
	if _, err := s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	full := fileSize(t, path)
	if n, err := s.DeleteExpired(at(1)); err != nil || n != 200 {
		t.Fatalf("DeleteExpired = %d, %v; want 200", n, err)
	}
	if got := fileSize(t, path); got*2 > full {
		t.Errorf("file is %d bytes after deleting every session, was %d: space not reclaimed", got, full)
	}
	if got := fileSize(t, path+"-wal"); got != 0 {
		t.Errorf("write-ahead log is %d bytes after the clean-up, want 0", got)
	}
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
